# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the GPU scripts (check.sh, train_emoji.sh): log helpers and the build of core +
# CLI against pip's LibTorch on a machine without Qt. The caller sets LOG (a file), started
# ($(date +%s)) and failures=() before using them.
# Build knobs (environment): BUILD_DIR (build/gpu), JOBS (16), SKIP_BUILD=1 with
# BIN=path/to/patchdiff (reuse a build), Torch_DIR (else asked of python3).

say() { echo "[$(basename "$0") +$(( $(date +%s) - started ))s] $*" | tee -a "$LOG"; }

# step NAME TIMEOUT CMD...: runs CMD with a time limit, its output into the log, and
# records a failure without stopping the script.
step() {
  local name=$1 limit=$2
  shift 2
  say "$name: $*"
  timeout "$limit" "$@" >>"$LOG" 2>&1
  local rc=$?
  if [ $rc -ne 0 ]; then
    say "$name: FAILED (exit $rc)"
    failures+=("$name")
    tail -n 15 "$LOG"
  fi
  return $rc
}

# build_cli: builds $BUILD_DIR/app/patchdiff/patchdiff (unless SKIP_BUILD=1) and sets BIN.
# Returns 2 when a prerequisite is missing, 1 when there is no binary in the end.
build_cli() {
  BUILD_DIR=${BUILD_DIR:-build/gpu}
  JOBS=${JOBS:-16}
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    local header
    for header in nlohmann/json.hpp stb/stb_image.h; do
      [ -f "third_party/include/$header" ] || {
        say "third_party/include/$header is missing: copy /usr/include/nlohmann and /usr/include/stb there"
        return 2
      }
    done
    if [ -z "${Torch_DIR:-}" ]; then
      local prefix
      prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)' 2>>"$LOG") || {
        say "python3 cannot import torch: set Torch_DIR"
        return 2
      }
      Torch_DIR="$prefix/Torch"
    fi
    say "LibTorch from $Torch_DIR ($(python3 -c 'import torch; print(torch.__version__, torch.version.cuda)' 2>/dev/null))"
    configure() {  # $1: extra CXX flags
      step configure 240 cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DPATCHDIFF_BUILD_GUI=OFF -DPATCHDIFF_BUILD_TESTS=OFF -DTorch_DIR="$Torch_DIR" \
        -DCMAKE_CUDA_ARCHITECTURES=90 -DCMAKE_CXX_FLAGS="$1"
    }
    export TORCH_CUDA_ARCH_LIST=${TORCH_CUDA_ARCH_LIST:-9.0}
    configure "" && step build 420 cmake --build "$BUILD_DIR" -j "$JOBS" --target patchdiff
    if [ ! -x "$BUILD_DIR/app/patchdiff/patchdiff" ]; then
      # The CUDA-only extras (graphs, allocator statistics) are the likeliest to break on a
      # new LibTorch: without them the rest still runs.
      say "retrying without the CUDA-only extras (-DPATCHDIFF_NO_CUDA_EXTRAS)"
      rm -rf "$BUILD_DIR"
      configure "-DPATCHDIFF_NO_CUDA_EXTRAS" && step build-fallback 420 cmake --build "$BUILD_DIR" -j "$JOBS" --target patchdiff
    fi
    BIN="$BUILD_DIR/app/patchdiff/patchdiff"
  fi
  BIN=${BIN:-$BUILD_DIR/app/patchdiff/patchdiff}
  [ -x "$BIN" ] || { say "no patchdiff binary at $BIN"; return 1; }
  say "built $BIN"
}
