#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quality per network pass (docs/samplers.md): `patchdiff score` of the bundled P=4 network,
# guidance 1.5, 500 images (balanced over the 9 classes), seed 0 (the same x_T for every
# solver), against network passes for ddpm, ddim, dpmpp_2m (karras) and unipc (exponential).
# One JSON per point in this folder; points already there are skipped, so the run can be
# stopped and continued. The points run in the order the goals need them; several processes
# may run at once (one per core, OMP_NUM_THREADS=1): each claims its point with a folder
# .running_<point> (left behind by a killed run: delete it).
#   usage: [POINTS="unipc:10 ..."] [OUT=DIR] [SEED=S] docs/data/sampler_quality/run.sh PATCHDIFF DATA_DIR [score flags]
#   (POINTS: other points; OUT: another folder, e.g. for a build that snaps to table entries;
#   SEED: another seed set, other x_T and the same classes, for the spread between sets)
#   (data: patchdiff data emoji DIR)
set -euo pipefail
patchdiff=${1:?usage: run.sh PATCHDIFF DATA_DIR}
data_dir=${2:?usage: run.sh PATCHDIFF DATA_DIR}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../run_point.sh"
model=$here/../../../resources/models/emoji64_p4.pt

# solver:schedule of each curve
declare -A schedule_of=([ddpm]=uniform [ddim]=uniform [dpmpp_2m]=karras [unipc]=exponential)
out_dir=${OUT:-$here}
mkdir -p "$out_dir"
points=(
  ddpm:250
  unipc:20 dpmpp_2m:20 ddim:20 unipc:10 dpmpp_2m:10 ddim:10
  unipc:5 dpmpp_2m:5 ddim:5 ddpm:5 unipc:15 dpmpp_2m:15 ddim:15 ddpm:15
  unipc:25 dpmpp_2m:25 ddim:25 ddpm:25 ddpm:10 ddpm:20
  unipc:50 dpmpp_2m:50 ddim:50 ddpm:50 ddpm:100 unipc:100 dpmpp_2m:100 ddim:100
  unipc:250 dpmpp_2m:250 ddim:250
)
[[ -n ${POINTS:-} ]] && read -ra points <<< "$POINTS"
for point in "${points[@]}"; do
  solver=${point%%:*} steps=${point##*:}
  run_point "$out_dir/${solver}_${steps}.json" "$solver (${schedule_of[$solver]}), $steps passes" \
    "$patchdiff" score --model_path "$model" --data_dir "$data_dir" \
    --sampler "$solver" --schedule "${schedule_of[$solver]}" --timestep_respacing "$steps" \
    --guidance_scale 1.5 --num_samples 500 --batch_size 50 --seed "${SEED:-0}" "$@"
done
