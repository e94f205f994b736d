#!/usr/bin/env bash
# Remakes the README gallery: every figure at its quick default (timed), then 900-px copies of the panels
# the README shows. The full fig5 map comes from `./mrdmft sweep examples/sweeps/fig5.yaml` (pass its
# output directory as the first argument to include it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
full="${1:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for f in fig3 fig4a fig4b fig4c fig5 fig6 five-region input-switch polytope routing-phase; do
  start=$(date +%s.%N)
  "$root/mrdmft" figure "$f" --out "$work/$f" > /dev/null
  printf '%-14s %6.1f s\n' "$f" "$(echo "$(date +%s.%N) - $start" | bc)"
done
panels="fig3/fig3-case1-row-norms fig3/fig3-case3-final-currents fig4a/fig4a fig4b/fig4b
  fig4c/fig4c-case3-row-norms fig5/fig5-modal-label-pooled fig5/fig5-example-4-lag-slice fig6/fig6-T1-attractors
  fig6/fig6-T2-currents five-region/five-region-spectrum input-switch/input-switch-I2
  polytope/polytope-components routing-phase/routing-phase-gb"
args=()
for p in $panels; do
  args+=("$work/$p.png" "$root/docs/gallery/$(basename "$p").png")
done
if [ -n "$full" ]; then
  args+=("$full/modal-label-1.png" "$root/docs/gallery/fig5-full-modal-label-1.png")
fi
java "$root/docs/gallery/Thumb.java" 900 "${args[@]}"
