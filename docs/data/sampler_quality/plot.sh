#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The table and the figure of docs/samplers.md ("Quality per network pass") from the JSON
# files run.sh wrote: prints the Markdown table and writes docs/images/sampler-quality.png
# with gnuplot (Debian's gnuplot-nox; a documentation tool, not a dependency of patchdiff).
#   usage: docs/data/sampler_quality/plot.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
png=$here/../../images/sampler-quality.png
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

solvers=(ddpm ddim dpmpp_2m unipc)
echo "| solver (schedule) | network passes | FD | class accuracy | KID | precision | recall |"
echo "|---|---|---|---|---|---|---|"
for solver in "${solvers[@]}"; do
  for f in "$here/${solver}"_*.json; do
    [[ -f $f ]] || continue
    jq -r '[.sampler.network_passes, .fd, .class_accuracy, .kid, .precision, .recall, .sampler.schedule] | @tsv' "$f"
  done | sort -n > "$tmp/$solver.tsv"
  while IFS=$'\t' read -r passes fd acc kid precision recall schedule; do
    printf '| %s (%s) | %s | %.1f | %.3f | %.2f | %.2f | %.2f |\n' "$solver" "$schedule" "$passes" "$fd" "$acc" \
      "$kid" "$precision" "$recall"
  done < "$tmp/$solver.tsv"
done
floor=$(jq -r '.floor.fd' "$(ls "$here"/*.json | head -n 1)")
echo
printf "floor (500 held-out real images): FD %.2f\n" "$floor"

fd_plots=() accuracy_plots=()
for solver in "${solvers[@]}"; do
  [[ -s $tmp/$solver.tsv ]] || continue
  fd_plots+=("'$tmp/$solver.tsv' using 1:2 with linespoints lw 2 pt 7 title '$solver'")
  accuracy_plots+=("'$tmp/$solver.tsv' using 1:3 with linespoints lw 2 pt 7 title '$solver'")
done
floor_accuracy=$(jq -r '.floor.class_accuracy' "$(ls "$here"/*.json | head -n 1)")
fd_plots+=("$floor with lines dt 2 lc rgb 'gray' title 'floor (held-out real images)'")
accuracy_plots+=("$floor_accuracy with lines dt 2 lc rgb 'gray' title 'floor (held-out real images)'")
gnuplot <<GP
set terminal pngcairo size 1200,540 font 'DejaVu Sans,11' noenhanced
set output '$png'
set multiplot layout 1,2 title 'emoji64_p4, guidance 1.5, 500 images (classes balanced, seed 0): quality per network pass'
set logscale x
set xrange [4:300]
set xtics (5, 10, 15, 20, 25, 50, 100, 250)
set xlabel 'network passes per image (log scale)'
set grid
set key center right
set ylabel 'Fréchet distance (lower is better)'
set yrange [0:*]
plot $(IFS=,; echo "${fd_plots[*]}")
set ylabel 'class accuracy (higher is better)'
set yrange [0:1]
set key bottom right
plot $(IFS=,; echo "${accuracy_plots[*]}")
unset multiplot
GP
echo "wrote $png" >&2
