// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which build this is: the version and git revision baked in when CMake configured the
// tree (a generated header, cmake/build_info.h.in), so an installed binary's --version,
// checkpoints and sidecars name the build that made them with no source tree around.

namespace patchdiff {

// "0.1.0"
const char* build_version();
// The full commit hash of the configured source tree; "unknown" outside a git checkout
// (or what -DPATCHDIFF_GIT_REVISION=... gave, e.g. a packager building from a tarball).
const char* build_git_revision();

}  // namespace patchdiff
