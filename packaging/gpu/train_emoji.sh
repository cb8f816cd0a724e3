#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Trains the emoji models P = 2, 4 and 8 side by side on one GPU (three processes), each
# starting from the weights of $STARTERS/emoji64_p{P}.pt (default: the bundled models, which
# are this script's output since; the original-code starters it first ran from are
# ../shared/models/emoji64_p{P}.pt, see resources/models/MODEL_CARD.md), with
# the model card's settings (lr 2e-4, batch 128, label dropout 0.1, EMA 0.999, no flips),
# bf16 autocast, for TRAIN_MINUTES minutes. Builds core + CLI first (packaging/gpu/common.sh,
# as check.sh does). Writes to $OUT at most 8 files:
#   emoji64_p{2,4,8}_step{N}.pt + .json   the last EMA checkpoint of each run (float16, the
#                                         starters' format) and its sidecar
#   progress.csv                          the three runs' progress.csv, a column p in front
#   log.txt                               build, runs (their last lines), GPU use, summary
# Checkpoints of the runs themselves stay in WORK (not returned).
#
# usage: packaging/gpu/train_emoji.sh          (from the repository root)
# Data: DATA, a folder of <class>_*.png (patchdiff data emoji OUTDIR; OUTDIR/train), or a
# .tar/.tar.gz/.tar.xz of one (a train/ folder inside is used when present).
# Knobs (environment): DATA (data/emoji/train), TRAIN_MINUTES (5), BUDGET_S (560: the
# training time shrinks so that the whole script, build included, ends within this many
# seconds), PATCHES ("2 4 8"), DEVICE (cuda), PRECISION (bf16), BATCH (128), LR (2e-4),
# EMA_RATE (0.999), MAX_STEPS (0: none), SAVE_INTERVAL (500), LOG_INTERVAL (50),
# THREADS (2 per run), WORKERS (3 decoding threads per run), SEED (0), WORK
# (/tmp/patchdiff-train-emoji), STARTERS (resources/models), BUILD_ONLY=1 (build, then stop:
# a first call on a fresh machine, so the training call spends its limit training), and
# the build knobs of common.sh (BUILD_DIR, JOBS, SKIP_BUILD=1 with BIN, Torch_DIR).
# A smoke run on a CPU machine:
#   SKIP_BUILD=1 BIN=build/bench/app/patchdiff/patchdiff DEVICE=cpu PRECISION=fp32 BATCH=2 \
#   MAX_STEPS=2 THREADS=1 WORKERS=1 DATA=/tmp/emoji-small OUT=/tmp/train-out packaging/gpu/train_emoji.sh
set -u -o pipefail

OUT=${OUT:-$PWD/gpu-out}
DATA=${DATA:-data/emoji/train}
TRAIN_MINUTES=${TRAIN_MINUTES:-5}
BUDGET_S=${BUDGET_S:-560}
PATCHES=${PATCHES:-2 4 8}
DEVICE=${DEVICE:-cuda}
PRECISION=${PRECISION:-bf16}
BATCH=${BATCH:-128}
LR=${LR:-2e-4}
EMA_RATE=${EMA_RATE:-0.999}
MAX_STEPS=${MAX_STEPS:-0}
SAVE_INTERVAL=${SAVE_INTERVAL:-500}
LOG_INTERVAL=${LOG_INTERVAL:-50}
THREADS=${THREADS:-2}
WORKERS=${WORKERS:-3}
SEED=${SEED:-0}
WORK=${WORK:-/tmp/patchdiff-train-emoji}
STARTERS=${STARTERS:-resources/models}
# The model card's flags (identical to the starters' but for --patch_size).
MODEL_FLAGS="--image_size 64 --num_channels 64 --channel_mult 1,2,2 --num_res_blocks 2
  --learn_sigma True --num_head_channels 32 --attention_resolutions 16,8 --class_cond True
  --use_scale_shift_norm True --use_new_attention_order True --noise_schedule linear
  --diffusion_steps 1000"

mkdir -p "$OUT"
LOG="$OUT/log.txt"
: >"$LOG"
started=$(date +%s)
failures=()
# say, step, build_cli
source "$(dirname "$0")/common.sh"

say "repository $(pwd), data $DATA, output $OUT, device $DEVICE, precision $PRECISION, P = $PATCHES"
command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L | tee -a "$LOG"
for p in $PATCHES; do
  [ -f "$STARTERS/emoji64_p$p.pt" ] || { say "no $STARTERS/emoji64_p$p.pt: run from the repository root"; exit 2; }
done
rm -rf "$WORK"
mkdir -p "$WORK"
if [ -f "$DATA" ]; then
  say "unpacking $DATA"
  mkdir -p "$WORK/data" && tar xf "$DATA" -C "$WORK/data" || { say "cannot unpack $DATA"; exit 2; }
  DATA="$WORK/data"
  [ -d "$DATA/train" ] && DATA="$DATA/train"
fi
[ -d "$DATA" ] || { say "no data folder $DATA (patchdiff data emoji OUTDIR makes OUTDIR/train)"; exit 2; }
images=$(find "$DATA" -name '*.png' | wc -l)
[ "$images" -gt 0 ] || { say "no PNG images in $DATA"; exit 2; }
say "$images training images in $DATA"

# ---- build ---------------------------------------------------------------------------
build_cli || exit $?
if [ "${BUILD_ONLY:-0}" = 1 ]; then
  say "BUILD_ONLY=1: built, not training (a later call reuses the build: ninja has nothing to do)"
  exit 0
fi

# ---- train ---------------------------------------------------------------------------
# Minutes left for training: what remains of BUDGET_S after the build, less a margin for
# start-up, the final checkpoints and the copies.
minutes=$(awk -v want="$TRAIN_MINUTES" -v left=$(( BUDGET_S - ($(date +%s) - started) - 75 )) \
  'BEGIN { m = left / 60; if (want < m) m = want; printf "%.2f", m }')
if awk -v m="$minutes" 'BEGIN { exit !(m < 0.5) }'; then
  say "only $minutes minutes left of BUDGET_S=$BUDGET_S after the build: not training"
  exit 1
fi
say "training P = $PATCHES for $minutes minutes each, side by side"
pids=()
for p in $PATCHES; do
  # shellcheck disable=SC2086 # MODEL_FLAGS is a list of words
  timeout $(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 + 240 }') \
    "$BIN" train --data_dir "$DATA" --log_dir "$WORK/p$p" $MODEL_FLAGS --patch_size "$p" \
    --resume_checkpoint "$STARTERS/emoji64_p$p.pt" --lr "$LR" --batch_size "$BATCH" \
    --class_dropout_prob 0.1 --ema_rate "$EMA_RATE" --ema_dtype float16 --random_flip False \
    --precision "$PRECISION" --device "$DEVICE" --seed "$SEED" --max_minutes "$minutes" \
    --max_steps "$MAX_STEPS" --save_interval "$SAVE_INTERVAL" --log_interval "$LOG_INTERVAL" \
    --threads "$THREADS" --num_workers "$WORKERS" >"$WORK/p$p.log" 2>&1 &
  pids+=("$!")
done
# One look at the GPU while all three run.
if command -v nvidia-smi >/dev/null 2>&1; then
  sleep 60
  nvidia-smi --query-gpu=name,utilization.gpu,memory.used,memory.total --format=csv | tee -a "$LOG"
fi
i=0
for p in $PATCHES; do
  wait "${pids[$i]}"
  rc=$?
  i=$((i + 1))
  say "P=$p: exit $rc; its last lines:"
  tr '\r' '\n' <"$WORK/p$p.log" | grep -v '^training \[' | tail -n 12 | tee -a "$LOG"
  [ $rc -eq 0 ] || failures+=("train-p$p")
done

# ---- collect -------------------------------------------------------------------------
: >"$OUT/progress.csv"
for p in $PATCHES; do
  last=$(ls "$WORK/p$p"/ema_"$EMA_RATE"_*.pt 2>/dev/null | sort | tail -n 1)
  if [ -z "$last" ]; then
    say "P=$p: no EMA checkpoint in $WORK/p$p"
    failures+=("checkpoint-p$p")
    continue
  fi
  step=$(basename "$last" .pt | sed 's/.*_//')
  cp "$last" "$OUT/emoji64_p${p}_step$step.pt"
  cp "${last%.pt}.json" "$OUT/emoji64_p${p}_step$step.json"
  say "P=$p: $(basename "$last") -> emoji64_p${p}_step$step.pt ($(du -h "$last" | cut -f1))"
  if [ -f "$WORK/p$p/progress.csv" ]; then
    if [ ! -s "$OUT/progress.csv" ]; then
      head -n 1 "$WORK/p$p/progress.csv" | sed 's/^/p,/' >"$OUT/progress.csv"
    fi
    tail -n +2 "$WORK/p$p/progress.csv" | sed "s/^/$p,/" >>"$OUT/progress.csv"
  fi
done
say "files in $OUT: $(ls "$OUT" | paste -sd' ')"
say "done in $(( $(date +%s) - started )) s; failed steps: ${failures[*]:-none}"
[ ${#failures[@]} -eq 0 ]
