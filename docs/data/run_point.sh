# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the run.sh scripts of docs/data: one `patchdiff score` point, run once even when
# several processes share the list. A point whose JSON exists is skipped; a process claims a
# point with a folder .running_<name> beside it (left behind by a killed run: delete it) and
# writes the JSON under a temporary name, renamed when the run succeeds.
#   run_point OUT.json LABEL COMMAND...   (COMMAND gets --json TEMPORARY appended)
run_point() {
  local out=$1 label=$2
  shift 2
  local claim
  claim=$(dirname "$out")/.running_$(basename "$out" .json)
  [[ -f $out ]] && return 0
  mkdir "$claim" 2> /dev/null || return 0
  # Another process may have finished it between the test above and the claim.
  if [[ -f $out ]]; then rmdir "$claim"; return 0; fi
  trap "rmdir '$claim'" EXIT
  echo "== $label" >&2
  local start
  start=$(date +%s)
  "$@" --json "$out.partial.$$"
  mv "$out.partial.$$" "$out"
  rmdir "$claim"
  trap - EXIT
  echo "   $(( $(date +%s) - start )) s" >&2
}
