#!/usr/bin/python3
"""Whole-process timings: each pair runs a mrdmft command (A) and its anchor (B) as separate processes,
alternating A, B, A, B, ... so that both see the same load, and prints every pair, the medians and the
median of the per-pair ratios B/A (how many times faster A is). Timing on a shared machine is noisy: compare
ratios, not seconds.

Usage (from anywhere; /usr/bin/python3 for NumPy, SciPy and PyYAML):
    benchmarks/whole-process/timing.py [--runs 5] [--pair NAME ...] [--check]

Pairs (one entry of PAIRS each; add a pair by adding a function that returns a Pair):
    solve    ./mrdmft solve of r2-nt2500.yaml (R = 2, Nt = 2500) against the NumPy script of the authors'
             Euler scheme on the same network (benchmarks/python/euler_one_network.py), as a user runs it:
             the launcher sends the solve to its resident server (started by the untimed first run; the
             script waits until it listens and reports how many timed runs it served)
    solve-own-jvm
             the same with MRDMFT_SERVER=0: every solve in a JVM of its own (the first solve of a session)
    version  ./mrdmft --version against java -version
    simulate-double, simulate-single
             ./mrdmft simulate of benchmarks/python/simulate_euler_r5.yaml (R = 5, N = 3000, 400 Euler steps)
             in double / single precision against benchmarks/python/simulate_euler_numpy.py (the same
             algorithm in NumPy, float64, OpenBLAS on all cores)
--check first solves the network with dmft.scheme=reference-euler and checks that both give the same final
variance per region (to 1e-12 relative), i.e. that the NumPy anchor solves the same problem.

One untimed run of each command comes first: it builds the jar and makes the start-up archive if needed.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LAUNCHER = str(ROOT / "mrdmft")
PYTHON = "/usr/bin/python3"
NETWORK = str(HERE / "r2-nt2500.yaml")
EULER = str(ROOT / "benchmarks" / "python" / "euler_one_network.py")


@dataclass(frozen=True)
class Pair:
    """A timed pair: the mrdmft command A (run with a_env added to the environment), its anchor B, and what
    the ratio B/A means; served: whether A is to be run by the launcher's resident server."""
    name: str
    a: list
    b: list
    meaning: str
    a_env: dict = None
    served: bool = False


SERVER_LOG = ROOT / "app" / "target" / "mrdmft-server.log"


def solve_pair(out):
    return Pair("solve",
                [LAUNCHER, "solve", NETWORK, "--out", str(out / "solve"), "--force"],
                [PYTHON, EULER, NETWORK],
                "NumPy Euler script / ./mrdmft solve (R = 2, Nt = 2500), whole processes, the launcher's "
                "resident server running", served=True)


def solve_own_jvm_pair(out):
    return Pair("solve-own-jvm",
                [LAUNCHER, "solve", NETWORK, "--out", str(out / "solve-own"), "--force"],
                [PYTHON, EULER, NETWORK],
                "NumPy Euler script / MRDMFT_SERVER=0 ./mrdmft solve (R = 2, Nt = 2500), whole processes, a "
                "JVM for each solve", a_env={"MRDMFT_SERVER": "0"})


def version_pair(out):
    return Pair("version", [LAUNCHER, "--version"], ["java", "-version"],
                "java -version / ./mrdmft --version")


SIMULATION = str(ROOT / "benchmarks" / "python" / "simulate_euler_r5.yaml")
SIMULATION_NUMPY = str(ROOT / "benchmarks" / "python" / "simulate_euler_numpy.py")


def simulate_pair(precision):
    def pair(out):
        return Pair(f"simulate-{precision}",
                    [LAUNCHER, "simulate", SIMULATION, "--set", f"simulation.precision={precision}",
                     "--out", str(out / f"simulate-{precision}"), "--force"],
                    [PYTHON, SIMULATION_NUMPY],
                    f"NumPy float64 Euler simulation / ./mrdmft simulate in {precision} precision (R = 5, "
                    "N = 3000 per region, 400 Euler steps, both cores), whole processes")
    return pair


PAIRS = {"solve": solve_pair, "solve-own-jvm": solve_own_jvm_pair, "version": version_pair, "simulate-double": simulate_pair("double"),
         "simulate-single": simulate_pair("single")}


def timed(cmd, env=None):
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env=None if env is None else {**os.environ, **env})
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"timing: {' '.join(cmd)} failed with exit {done.returncode}:\n{done.stderr}")
    return seconds


def check_same_problem(out):
    """The NumPy anchor and mrdmft's reference-euler scheme give the same final variances."""
    run = out / "check"
    subprocess.run([LAUNCHER, "solve", NETWORK, "--set", "dmft.scheme=reference-euler", "--out", str(run),
                    "--force"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    java = json.loads((run / "summary.json").read_text())["final"]["variance"]
    numpy = [float(x) for x in subprocess.run([PYTHON, EULER, NETWORK], check=True, capture_output=True,
                                              text=True).stdout.split()]
    worst = max(abs(a - b) / abs(b) for a, b in zip(java, numpy))
    print(f"check: final variance mrdmft reference-euler {java}, NumPy {numpy}, largest relative difference "
          f"{worst:.1e}")
    if len(java) != len(numpy) or worst > 1e-12:
        sys.exit("check: the two solve different problems")


def served_commands():
    """Commands the resident server has ended so far (its log has one line each)."""
    try:
        return sum(1 for line in SERVER_LOG.read_text().splitlines() if " exit " in line)
    except FileNotFoundError:
        return 0


def await_server():
    """Waits (up to a minute) until the resident server started by the first run listens."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        status = subprocess.run([LAUNCHER, "server", "status"], capture_output=True, text=True).stdout
        if status.startswith("running"):
            return
        time.sleep(0.5)
    sys.exit("timing: the resident server did not start (see app/target/mrdmft-server.log)")


def measure(pair, runs):
    timed(pair.a, pair.a_env)
    timed(pair.b)
    if pair.served:
        await_server()
        timed(pair.a, pair.a_env)
    served_before = served_commands()
    a_times, b_times, ratios = [], [], []
    env = "".join(f"{k}={v} " for k, v in (pair.a_env or {}).items())
    print(f"{pair.name}: A = {env}{' '.join(pair.a)}\n{' ' * len(pair.name)}  B = {' '.join(pair.b)}")
    for i in range(runs):
        a = timed(pair.a, pair.a_env)
        b = timed(pair.b)
        a_times.append(a)
        b_times.append(b)
        ratios.append(b / a)
        print(f"  run {i + 1}: A {a:.3f} s  B {b:.3f} s  B/A {b / a:.2f}")
    print(f"  median: A {statistics.median(a_times):.3f} s  B {statistics.median(b_times):.3f} s  "
          f"B/A {statistics.median(ratios):.2f}  ({pair.meaning})")
    if pair.served:
        print(f"  the resident server ran {served_commands() - served_before} of the {runs} timed A runs")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed pairs per comparison (default 5)")
    parser.add_argument("--pair", action="append", choices=sorted(PAIRS), help="only these pairs (repeatable)")
    parser.add_argument("--check", action="store_true", help="check that the solve pair solves one problem")
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="mrdmft-timing-") as tmp:
        out = Path(tmp)
        if args.check:
            check_same_problem(out)
        for name in args.pair or list(PAIRS):
            measure(PAIRS[name](out), args.runs)


if __name__ == "__main__":
    main()
