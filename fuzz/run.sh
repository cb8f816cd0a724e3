#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer harness of a `fuzz` build for FUZZ_SECONDS each (default 60), from
# its seed corpus (make_seeds) plus what earlier runs found (build/fuzz/fuzz/corpus/<name>), with
# its dictionary. Crashes, leaks, timeouts and out-of-memory inputs are kept in
# build/fuzz/fuzz/findings/<name>/ and make the script fail. Prints one summary line per harness:
# CPU seconds, executions, executions per second, coverage (edges) and features reached.
# Usage: fuzz/run.sh [BUILD_DIR] (FUZZ_SECONDS, FUZZ_JOBS: harnesses run at once, default 1,
# FUZZ_HARNESSES: names to run, default all)
set -uo pipefail
build=${1:-build/fuzz}
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-1}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$build/fuzz/harnesses.txt" ] || { echo "fuzz/run.sh: no fuzz build in $build (cmake --preset fuzz)" >&2; exit 2; }
"$build/fuzz/make_seeds" "$build/fuzz/seeds" "$source_dir" || exit 2
mkdir -p "$build/fuzz/logs"

run_one() {
  local name=$1 dict=$2 max_len=$3
  local corpus="$build/fuzz/corpus/$name" findings="$build/fuzz/findings/$name"
  mkdir -p "$corpus" "$findings"
  # Bounded memory and time per input: a reader must refuse what a header claims beyond
  # its limits instead of allocating it (2 GB of RSS, 10 s per input).
  LSAN_OPTIONS="suppressions=$source_dir/fuzz/lsan.supp:print_suppressions=0" \
  "$build/fuzz/fuzz_$name" "$corpus" "$build/fuzz/seeds/$name" -dict="$dict" -max_total_time="$seconds" \
    -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=10 -max_len="$max_len" -print_final_stats=1 \
    -artifact_prefix="$findings/" > "$build/fuzz/logs/$name.log" 2>&1
  local rc=$?
  # CPU time of the fuzzer (user + system; run_one is its own subshell, so `times` counts only
  # this harness): the campaign is reckoned in CPU-hours, not wall time, on a shared machine.
  times > "$build/fuzz/logs/$name.times"
  local cpu
  cpu=$(tail -1 "$build/fuzz/logs/$name.times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.0f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
  local stats
  stats=$(grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added" \
          "$build/fuzz/logs/$name.log" | awk '{printf "%s %s  ", $1, $2}')
  local cov
  cov=$(grep -E "^#[0-9]+.*(DONE|pulse)" "$build/fuzz/logs/$name.log" | tail -1 | grep -oE "cov: [0-9]+ ft: [0-9]+")
  echo "$name: rc=$rc cpu_s: $cpu $cov $stats"
  return $rc
}

failed=0
running=0
while read -r name dict max_len; do
  if [ -n "${FUZZ_HARNESSES:-}" ] && [[ " $FUZZ_HARNESSES " != *" $name "* ]]; then continue; fi
  run_one "$name" "$dict" "$max_len" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
done < "$build/fuzz/harnesses.txt"
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz/run.sh: findings in $build/fuzz/findings (logs in $build/fuzz/logs)" >&2
  exit 1
fi
