"""One network of a mrdmft config solved with the authors' forward-Euler scheme (docs/MODEL.md section 7), the
NumPy implementation of reference_euler_numpy.py: the whole-process anchor of benchmarks/whole-process.

Usage: /usr/bin/python3 benchmarks/python/euler_one_network.py CONFIG.yaml
Reads regions, disorder, interactions.tensor, overlaps.tensor (default: identity per region), dmft.dt,
dmft.steps and dmft.initialCurrents (required: the Java run draws its default from its own generator) and
prints the final variance Delta(t_final, t_final) per region with 17 significant digits, one line per region.
"""
import sys

import numpy as np
import yaml

from reference_euler_numpy import solve


def per_region(value, r):
    return np.full(r, float(value)) if np.isscalar(value) else np.asarray(value, dtype=float)


def main(path):
    with open(path) as f:
        cfg = yaml.safe_load(f)
    r = int(cfg["regions"])
    g = per_region(cfg["disorder"], r)
    t = np.asarray(cfg["interactions"]["tensor"], dtype=float)
    overlaps = cfg.get("overlaps") or {}
    u = np.asarray(overlaps["tensor"], dtype=float) if "tensor" in overlaps else np.array([np.eye(r)] * r)
    dmft = cfg["dmft"]
    s0 = np.asarray(dmft["initialCurrents"], dtype=float)
    delta, _ = solve(t, u, g, s0, float(dmft["dt"]), int(dmft["steps"]))
    for mu in range(r):
        print(f"{delta[mu, -1, -1]:.17g}")


if __name__ == "__main__":
    main(sys.argv[1])
