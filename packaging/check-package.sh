#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from an already built tree, checks it with lintian (an error
# or a warning fails; overrides: packaging/debian/lintian-overrides), installs it with apt as
# a user would, checks that the installed programs run and find their bundled models, validates
# the desktop entry and the AppStream metainfo, and removes the package again.
#   packaging/check-package.sh [BUILD_DIR]    (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
app_id=io.github.patch_diffusion_studio.PatchDiffusionStudio

start=$(date +%s)
as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
export DEBIAN_FRONTEND=noninteractive

cmake --build "$build" --target package
deb=$(ls -t "$build"/patchdiff_*_*.deb | head -n 1)
echo "check-package: $deb ($(du -h "$deb" | cut -f1))"
depends=$(dpkg-deb --field "$deb" Depends)
echo "check-package: Depends: $depends"
if grep -q -- '-dev\b' <<<"$depends"; then
  echo "check-package: the package depends on a -dev package" >&2
  exit 1
fi
# Debian policy as lintian checks it; I: (info) lines are shown, not counted. (Not with
# --show-overrides: lintian 2.116 then exits 2 on a clean package.)
if ! lintian --fail-on error,warning --display-info "$deb"; then
  echo "check-package: lintian reports errors or warnings on $deb" >&2
  exit 1
fi
echo "check-package: lintian: no errors, no warnings"

if dpkg-query -W -f='${Status}' patchdiff 2>/dev/null | grep -q 'install ok installed'; then
  "${as_root[@]}" apt-get remove -y -q patchdiff
fi
"${as_root[@]}" apt-get install -y -q --no-install-recommends "$(realpath "$deb")"
trap '"${as_root[@]}" apt-get remove -y -q patchdiff >/dev/null' EXIT

models=/usr/share/patchdiff/models
# Runs a command, shows the start of its output, and fails unless a line matches the pattern.
expect_line() {
  local pattern=$1; shift
  local out
  out=$("$@")
  sed -n 1,3p <<<"$out"
  if ! grep -qE "$pattern" <<<"$out"; then
    echo "check-package: '$*' printed no line matching '$pattern'" >&2
    exit 1
  fi
}
expect_line "^bundled models: $models\$" /usr/bin/patchdiff --version
expect_line "^  file: +$models/emoji64_p8.pt\$" /usr/bin/patchdiff info emoji64_p8
expect_line "^  file: +$models/emoji64_p4.pt\$" /usr/bin/patchdiff info "$models/emoji64_p4.pt"
expect_line "^bundled models: $models\$" env QT_QPA_PLATFORM=offscreen /usr/bin/patchdiff-studio --version
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
test -s /usr/share/doc/patchdiff/copyright
test -s /usr/share/doc/patchdiff/user-guide.md  # Help > User Guide
gzip -t /usr/share/doc/patchdiff/changelog.gz
for page in patchdiff patchdiff-studio; do
  gzip -t "/usr/share/man/man1/$page.1.gz"
done

"${as_root[@]}" apt-get remove -y -q patchdiff
trap - EXIT
if [ -e /usr/bin/patchdiff ] || [ -e /usr/bin/patchdiff-studio ]; then
  echo "check-package: removing the package left its programs behind" >&2
  exit 1
fi
echo "check-package: OK ($(( $(date +%s) - start )) s)"
