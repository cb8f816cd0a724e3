#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The model table of docs/quality.md ("Models"): `patchdiff score` of the bundled networks and
# the starters they were trained from, DDPM at 100 respaced steps, classes balanced (image i
# asks for class i mod 9), seed 0; and the spread of FD between seed sets at N = 500, 1000 and
# 2000 (bundled P = 8, the cheapest, seeds 0 to 2). One JSON per cell in this folder, named
# <bundled|starter>_p<P>_g<guidance>_n<N>[_s<seed>].json; cells already there are skipped, so the run
# can be stopped and continued, and several processes may share it (one per core,
# OMP_NUM_THREADS=1): each claims its cell with a folder .running_<cell> (left behind by a
# killed run: delete it).
#   usage: [CELLS="bundled:2:1.5:90 ..."] run.sh PATCHDIFF DATA_DIR STARTER_DIR [score flags]
#   (CELLS: which:P:guidance:N[:seed] of other cells; STARTER_DIR: the original code's emoji
#   starters, ../shared/models in a checkout beside the shared folder;
#   data: patchdiff data emoji DATA_DIR)
set -euo pipefail
patchdiff=${1:?usage: run.sh PATCHDIFF DATA_DIR STARTER_DIR}
data_dir=${2:?usage: run.sh PATCHDIFF DATA_DIR STARTER_DIR}
starter_dir=${3:?usage: run.sh PATCHDIFF DATA_DIR STARTER_DIR}
shift 3
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../run_point.sh"
bundled_dir=$here/../../../resources/models

# The table's missing cells cheapest first, then the spread, then P = 1, the dearest: a P = 2
# image costs about 3 times a P = 4 one, a P = 1 image about 12 times (docs/performance.md);
# guidance 1.0 makes one network pass per step, 1.5 two.
cells=(
  bundled:4:1.0:500 starter:4:1.0:500
  bundled:2:1.0:90 starter:2:1.0:90 bundled:2:1.5:90 starter:2:1.5:90
  bundled:8:1.0:500:0 bundled:8:1.0:500:1 bundled:8:1.0:500:2
  bundled:8:1.0:1000:0 bundled:8:1.0:1000:1 bundled:8:1.0:1000:2
  bundled:8:1.0:2000:0 bundled:8:1.0:2000:1 bundled:8:1.0:2000:2
  starter:1:1.0:90 starter:1:1.5:90
)
[[ -n ${CELLS:-} ]] && read -ra cells <<< "$CELLS"
for cell in "${cells[@]}"; do
  IFS=: read -r which patch guidance images seed <<< "$cell"
  case $which in
    bundled) model=$bundled_dir/emoji64_p$patch.pt ;;
    starter) model=$starter_dir/emoji64_p$patch.pt ;;
    *) echo "run.sh: unknown model '$which' in cell $cell (bundled or starter)" >&2; exit 2 ;;
  esac
  name=${which}_p${patch}_g${guidance}_n${images}${seed:+_s$seed}
  # Batches of 50, or of 45 for N = 90 (equal batches either way).
  batch=50
  (( images % batch == 0 )) || batch=45
  run_point "$here/$name.json" "$name" \
    "$patchdiff" score --model_path "$model" --data_dir "$data_dir" --timestep_respacing 100 \
    --guidance_scale "$guidance" --num_samples "$images" --batch_size "$batch" --seed "${seed:-0}" "$@"
done
