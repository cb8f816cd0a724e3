#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The CUDA check, in one run on a machine with only pip's PyTorch (CUDA): builds core + CLI
# against pip's LibTorch, checks CUDA results against the original's references
# (patchdiff selftest), then times the README presets (patchdiff bench). Writes JSON and a
# summary to $OUT and prints a compact summary. About 5 to 8 minutes. Files in $OUT (the
# device tool returns 8 at most): log.txt, summary.txt, selftest_fp32.json,
# selftest_half.json, bench_<precision>.json (two), bench_noise.json, bench_ab.json.
#
# usage: packaging/gpu/check.sh [REFERENCE_DIR]        (default: shared/reference)
# Run from the repository root. Needs third_party/include/{nlohmann,stb} (copies of
# /usr/include/nlohmann and /usr/include/stb), cmake, ninja, a C++17 compiler, python3 with
# torch, and the CUDA toolkit that pip's TorchConfig looks for.
#
# Knobs (environment): BUILD_DIR (build/gpu), JOBS (16), DEVICE (cuda), PRESETS (all),
# BATCHES (1,4,16), NOISE_BATCHES (4,16), STEPS (30), PRECISIONS ("fp16 fp32"), AB_PRESET (lsun_p4),
# COMPARE_MODELS (the bundled emoji checkpoints), COMPARE_PRESETS (tiny,tiny_cond,tiny_legacy),
# SKIP_BUILD=1 with BIN=path/to/patchdiff (reuse a build), Torch_DIR (else asked of python3).
# A smoke run on a CPU machine:
#   SKIP_BUILD=1 BIN=build/bench/app/patchdiff/patchdiff DEVICE=cpu PRESETS=tiny,tiny_cond \
#   BATCHES=1,2 NOISE_BATCHES=2 STEPS=3 PRECISIONS="bf16 fp32" AB_PRESET=tiny \
#   COMPARE_MODELS=resources/models/emoji64_p8.pt \
#   OUT=/tmp/gpu-out packaging/gpu/check.sh ../shared/reference
set -u -o pipefail

REF=${1:-shared/reference}
OUT=${OUT:-$PWD/gpu-out}
DEVICE=${DEVICE:-cuda}
PRESETS=${PRESETS:-all}
BATCHES=${BATCHES:-1,4,16}
STEPS=${STEPS:-30}
NOISE_BATCHES=${NOISE_BATCHES:-4,16}
PRECISIONS=${PRECISIONS:-fp16 fp32}
AB_PRESET=${AB_PRESET:-lsun_p4}
mkdir -p "$OUT"
LOG="$OUT/log.txt"
: >"$LOG"
started=$(date +%s)
failures=()

# say, step, build_cli
source "$(dirname "$0")/common.sh"

say "repository $(pwd), reference $REF, output $OUT, device $DEVICE"
command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L | tee -a "$LOG"
[ -f "$REF/index.json" ] || { say "no $REF/index.json: pass the reference folder as the first argument"; exit 2; }
ls resources/models/emoji64_p*.pt >/dev/null 2>&1 || { say "run from the repository root"; exit 2; }

# ---- build ---------------------------------------------------------------------------
build_cli || exit $?

# ---- correctness: the original's references on this device ---------------------------
# The reference cases present in $REF (a partial copy skips the rest), and the bundled
# checkpoints plus random-weight presets (legacy attention order, splits, guidance) on the
# device against this build's CPU float32 path. float32 with the fast paths (fused
# attention, graphs), float32 on the plain paths, and the half torso with graphs (loose
# bounds: a broken path shows, rounding does not).
graphs=on
[ "$DEVICE" = cpu ] && graphs=off
COMPARE_MODELS=${COMPARE_MODELS:-$(ls resources/models/emoji64_p*.pt | paste -sd, -)}
COMPARE_PRESETS=${COMPARE_PRESETS:-tiny,tiny_cond,tiny_legacy}
compare=(--compare_models "$COMPARE_MODELS" --compare_presets "$COMPARE_PRESETS")
step selftest-fp32 240 "$BIN" selftest --reference "$REF" "${compare[@]}" --device "$DEVICE" \
  --precision fp32 --cuda_graphs "$graphs" --json "$OUT/selftest_fp32.json"
step selftest-fp32-plain 240 "$BIN" selftest --reference "$REF" "${compare[@]}" --device "$DEVICE" \
  --precision fp32 --fast_paths all=0
half=$(echo "$PRECISIONS" | awk '{print $1}')
[ "$half" = fp32 ] || step "selftest-$half" 240 "$BIN" selftest --reference "$REF" "${compare[@]}" \
  --device "$DEVICE" --precision "$half" --cuda_graphs "$graphs" --json "$OUT/selftest_half.json"
say "selftest: $(grep -cE '^  ok ' "$LOG") ok, $(grep -cE '^  skip ' "$LOG") skipped, $(grep -cE '^  FAIL ' "$LOG") failed"

# ---- speed: the README presets ---------------------------------------------------------
for precision in $PRECISIONS; do
  step "bench-$precision" 300 "$BIN" bench --preset "$PRESETS" --batch "$BATCHES" --steps "$STEPS" \
    --device "$DEVICE" --precision "$precision" --cuda_graphs "$graphs" --json "$OUT/bench_$precision.json"
done
# What the host's seeded noise costs (as patchdiff sample draws it: images in parallel)
# against device noise as the original draws it; then the fast
# paths one by one on one preset, all at the first precision.
step bench-noise 300 "$BIN" bench --preset "$PRESETS" --batch "$NOISE_BATCHES" --steps "$STEPS" \
  --device "$DEVICE" --precision "$half" --cuda_graphs "$graphs" \
  --ab "noise=seeded;noise=device" --json "$OUT/bench_noise.json"
step bench-ab 240 "$BIN" bench --preset "$AB_PRESET" --batch "1,16" --steps "$STEPS" --device "$DEVICE" \
  --precision "$half" --cuda_graphs on --noise device --repeats 2 \
  --ab "graphs=0,attn=0;graphs=0,attn=1;graphs=1,attn=1;graphs=1,attn=1,channels_last=1" \
  --json "$OUT/bench_ab.json"

# ---- summary: the selftests' verdicts and the bench tables as the programs printed them ---
{
  grep -E '^[0-9]+ cases, ' "$LOG"
  # Each table: the line before its header (device, LibTorch, precision), the header, its rows.
  awk '/^target +batch / { print ""; print prev; print; on = 1; next }
       on && /^[A-Za-z0-9_.]+ +[0-9]+ / { print; next }
       { on = 0; prev = $0 }' "$LOG"
} | tee "$OUT/summary.txt"
say "done in $(( $(date +%s) - started )) s; failed steps: ${failures[*]:-none}"
[ ${#failures[@]} -eq 0 ]
