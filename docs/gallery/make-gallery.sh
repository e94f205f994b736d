#!/usr/bin/env bash
# Remakes the README gallery: every figure at its quick default (timed), then 1400-px copies of the five
# composites and 900-px copies of the single panels the README shows. MRDMFT overrides the command (default:
# the built jar app/target/mrdmft.jar when present, else ./mrdmft).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -z "${MRDMFT:-}" ]; then
  if [ -f "$root/app/target/mrdmft.jar" ]; then MRDMFT="java -jar $root/app/target/mrdmft.jar"; else MRDMFT="$root/mrdmft"; fi
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for f in fig3 fig4 fig5 fig6 lyapunov five-region input-switch polytope routing-phase; do
  start=$(date +%s.%N)
  $MRDMFT figure "$f" --out "$work/$f" > /dev/null
  printf '%-14s %6.1f s\n' "$f" "$(echo "$(date +%s.%N) - $start" | bc)"
done
composites=()
for f in fig3 fig4 fig5 fig6 lyapunov; do
  composites+=("$work/$f/$f.png" "$root/docs/gallery/$f.png")
done
java "$root/docs/gallery/Thumb.java" 1400 "${composites[@]}"
panels="fig4/fig4a fig5/fig5-modal-label-pooled fig6/fig6-T1-attractors five-region/five-region-spectrum
  input-switch/input-switch-I2 polytope/polytope-components routing-phase/routing-phase-gb
  routing-phase/routing-phase-ab"
args=()
for p in $panels; do
  args+=("$work/$p.png" "$root/docs/gallery/$(basename "$p").png")
done
java "$root/docs/gallery/Thumb.java" 900 "${args[@]}"
