"""Baseline for the README's speed comparison: the reference-euler scheme (docs/MODEL.md section 7) written
with NumPy array operations, the column recursion of Gamma done by scipy.signal.lfilter.

Usage: python3 benchmarks/python/reference_euler_numpy.py   (prints seconds per solve and the late variance)
Same problem as TransientSolveBenchmark: R = 2, g = 1.5, Nt = 2500, dt = 0.05 (T drawn by NumPy, so the
numbers differ from the Java run; only the timing is compared).
"""
import time

import numpy as np
from scipy.signal import lfilter

C = 2.0 / np.pi


def corr(d11, d22, d12):
    return C * np.arcsin(np.clip(d12 / np.sqrt((d11 + C) * (d22 + C)), -1.0, 1.0))


def gain(d):
    return 1.0 / np.sqrt(1.0 + d / C)


def solve(t, u, g, s0, dt, nt):
    r = len(g)
    delta = np.zeros((r, nt, nt))
    gamma = np.zeros((r, nt, nt))
    s = np.zeros((nt, r, r))
    j = np.zeros((nt, r, r))
    psi = np.zeros((nt, r))
    s[0] = s0
    delta[:, 0, 0] = g[0] ** 2
    for col in range(1, nt):
        psi[col] = gain(delta[:, col - 1, col - 1])
        j[col] = np.einsum('mnr,n,nr->mn', t, psi[col - 1], s[col - 1])
        s[col] = (1 - dt) * s[col - 1] + dt * j[col - 1]
        delta[:, :col, col] = (1 - dt) * delta[:, :col, col - 1] + dt * gamma[:, :col, col - 1]
        delta[:, col, col] = delta[:, col - 1, col - 1]
        rows = np.arange(1, col + 1)
        diag = delta[:, rows, rows]
        c = corr(diag, delta[:, col, col][:, None], delta[:, rows, col])
        a = np.einsum('mnr,tmn,mr->mt', u, j[rows], j[col])
        src = dt * ((g ** 2)[:, None] * c + a)
        gamma[:, rows, col] = lfilter([1.0], [1.0, -(1 - dt)], src, axis=1)
        delta[:, col, col] = (1 - dt) * delta[:, col - 1, col] + dt * gamma[:, col - 1, col]
    return delta, s


def main():
    rng = np.random.default_rng(7)
    r, nt, dt = 2, 2500, 0.05
    t = rng.standard_normal((r, r, r)) * 2.0 / np.sqrt(r)
    u = np.array([np.eye(r) for _ in range(r)])
    g = np.full(r, 1.5)
    s0 = rng.uniform(0, 1, (r, r))
    for _ in range(3):
        start = time.perf_counter()
        delta, _ = solve(t, u, g, s0, dt, nt)
        print(f"{time.perf_counter() - start:.2f} s per solve, late variance {delta[0, -1, -1]:.6f}")


if __name__ == "__main__":
    main()
