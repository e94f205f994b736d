"""Baseline for the simulation speed comparison (docs/PERFORMANCE.md, "Simulation"): the finite-N network of
docs/MODEL.md sections 1 and 8 stepped by forward Euler with NumPy (OpenBLAS for the dense mat-vecs), the same
algorithm and work per step as `mrdmft simulate` with scheme: euler, lyapunov: false, recordEvery: 1:

    phi = erf(sqrt(pi) x / 2) per region; J[mu, nu] = n[mu, nu] . phi[nu] / N;
    dx[mu] = -x[mu] + sum_nu J[mu, nu] m[mu, nu] + g[mu] chi[mu] @ phi[mu];  dS = J - S;
    every step also the recorded observables <phi'(x)>, <x^2>, S, J and the first 20 neurons' x.

Usage: /usr/bin/python3 benchmarks/python/simulate_euler_numpy.py [--regions 5] [--neurons 3000] [--steps 400]
Prints the seconds spent sampling, stepping (and per step) and in total, and the late variance. The loading
vectors and couplings are drawn by NumPy (the numbers differ from the Java run; only the timing is compared).
Threads: OpenBLAS uses all cores unless OPENBLAS_NUM_THREADS is set.
"""
import argparse
import time

import numpy as np
from scipy.special import erf

SQRT_PI_2 = np.sqrt(np.pi) / 2


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--regions", type=int, default=5)
    p.add_argument("--neurons", type=int, default=3000)
    p.add_argument("--steps", type=int, default=400)
    p.add_argument("--dt", type=float, default=0.05)
    a = p.parse_args()
    r, n, dt = a.regions, a.neurons, a.dt
    start = time.perf_counter()
    rng = np.random.default_rng(5)
    g = np.full(r, 1.5)
    read_out = rng.standard_normal((r, r, n))        # n[mu, nu], lives in region nu
    landing = 0.3 * rng.standard_normal((r, r, n))   # m[mu, nu], lives in region mu
    chi = [rng.standard_normal((n, n)) / np.sqrt(n) for _ in range(r)]
    s = 2.5 * rng.standard_normal((r, r)) / np.sqrt(r)
    x = np.einsum('mn,mni->mi', s, landing)
    sampled = time.perf_counter()
    records = []
    for _ in range(a.steps):
        phi = erf(SQRT_PI_2 * x)
        j = np.einsum('mni,ni->mn', read_out, phi) / n
        gain = np.exp(-np.pi / 4 * x * x).mean(axis=1)
        variance = (x * x).mean(axis=1)
        records.append((s.copy(), j, gain, variance, x[:, :20].copy()))
        dx = -x + np.einsum('mn,mni->mi', j, landing)
        for mu in range(r):
            dx[mu] += g[mu] * (chi[mu] @ phi[mu])
        x = x + dt * dx
        s = s + dt * (j - s)
    done = time.perf_counter()
    print(f"sampling {sampled - start:.3f} s, {a.steps} Euler steps {done - sampled:.3f} s "
          f"({1e3 * (done - sampled) / a.steps:.2f} ms per step), total {done - start:.3f} s; "
          f"late variance {records[-1][3].mean():.4f}")


if __name__ == "__main__":
    main()
