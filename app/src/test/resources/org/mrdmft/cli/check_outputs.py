"""Checks mrdmft output directories as a Python user meets them (h5py, csv, json).

Usage: python3 check_outputs.py KIND=DIR ...  (KIND: solve, stationary, simulate, validate, sweep)
Prints one line per violated rule and exits 1 when there is any; exits 0 and prints "ok N datasets" otherwise.
"""
import csv
import json
import math
import pathlib
import re
import sys

import h5py
import numpy as np

TIME_UNITS = "tau (neuronal time constant)"
# axes that index items without a coordinate dataset
FREE_AXES = {"row", "neuron"}
# axis names that must have a coordinate dataset in time units, first in every dataset that has them
TIME_AXES = {"time", "lag"}
JOINED_LIST = re.compile(r"^[\w.+-]+(,[\w.+-]+)+$")

problems = []


def fail(where, what):
    problems.append(f"{where}: {what}")


def text(value, where):
    """A string attribute, which must come back as str (variable-length UTF-8), never as bytes."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, np.bytes_)):
        fail(where, f"text read as bytes {value!r}: expected str (a variable-length UTF-8 string)")
        return bytes(value).decode("utf-8", errors="replace")
    fail(where, f"expected a string, found {type(value).__name__}")
    return ""


def strings(value, where):
    """An array-of-strings attribute: a 1-d numpy array of dtype object whose items are str."""
    if not isinstance(value, np.ndarray) or value.ndim != 1:
        fail(where, f"expected a 1-d array of strings, found {type(value).__name__} {value!r}")
        return []
    if value.dtype != object:
        fail(where, f"array of strings has dtype {value.dtype}: expected object (items of type str)")
    return [text(v, where) for v in value]


def check_attributes(node, where):
    for key, value in node.attrs.items():
        if isinstance(value, (str, bytes, np.bytes_)):
            s = text(value, f"{where}@{key}")
            if JOINED_LIST.match(s):
                fail(f"{where}@{key}", f"a list joined into one string: {s!r} (write an array)")
        elif isinstance(value, np.ndarray) and value.dtype.kind in "SUO":
            strings(value, f"{where}@{key}")
        elif not isinstance(value, (np.ndarray, np.number, int, float)):
            fail(f"{where}@{key}", f"unexpected attribute type {type(value).__name__}")


def resolve(f, group, name):
    """The coordinate dataset of an axis: in the dataset's group or the nearest enclosing one."""
    path = group
    while True:
        candidate = f"{path.rstrip('/')}/{name}"
        if candidate in f and isinstance(f[candidate], h5py.Dataset):
            return f[candidate]
        if path in ("", "/"):
            return None
        path = path.rsplit("/", 1)[0] or "/"


def check_h5(path):
    count = 0
    with h5py.File(path, "r") as f:
        check_attributes(f, f"{path.name}:/")
        for key in ("conventions", "timeUnit", "version", "gitCommit", "mode"):
            if key not in f.attrs:
                fail(path.name, f"root attribute {key} missing")
        if "timeUnit" in f.attrs and text(f.attrs["timeUnit"], "timeUnit") != TIME_UNITS:
            fail(path.name, "timeUnit is not the neuronal time constant")
        items = []
        f.visititems(lambda name, obj: items.append((name, obj)))
        for name, obj in items:
            where = f"{path.name}:/{name}"
            check_attributes(obj, where)
            if not isinstance(obj, h5py.Dataset):
                continue
            count += 1
            info = h5py.check_string_dtype(obj.dtype)
            if info is not None:
                if info.encoding != "utf-8" or info.length is not None:
                    fail(where, f"text dataset {info}: expected variable-length UTF-8")
                elif obj.size and not all(isinstance(v, str) for v in obj.asstr()[()].ravel()):
                    fail(where, "text dataset does not read as str through .asstr()")
            for key in ("description", "units", "axes"):
                if key not in obj.attrs:
                    fail(where, f"attribute {key} missing")
            if any(k not in obj.attrs for k in ("description", "units", "axes")):
                continue
            if not text(obj.attrs["description"], where).strip():
                fail(where, "empty description")
            units = text(obj.attrs["units"], where)
            if not units.strip():
                fail(where, "empty units")
            axes = strings(obj.attrs["axes"], f"{where}@axes")
            if len(axes) != obj.ndim:
                fail(where, f"{len(axes)} axis names {axes} for {obj.ndim} dimensions")
                continue
            for i, axis in enumerate(axes):
                if axis in TIME_AXES and any(a not in TIME_AXES for a in axes[:i]):
                    fail(where, f"axis {axis} is dimension {i}: time must come first")
                if axis in FREE_AXES:
                    continue
                coordinate = resolve(f, obj.parent.name, axis)
                if coordinate is None:
                    fail(where, f"no coordinate dataset for axis {axis}")
                    continue
                if coordinate.ndim != 1 or coordinate.shape[0] != obj.shape[i]:
                    fail(where, f"axis {axis}: coordinate {coordinate.name} has shape {coordinate.shape}, "
                                f"dimension {i} has {obj.shape[i]}")
                if axis in TIME_AXES:
                    values = coordinate[()]
                    if text(coordinate.attrs.get("units", ""), coordinate.name) != TIME_UNITS:
                        fail(coordinate.name, "a time axis not in units of the neuronal time constant")
                    if values.size > 1 and not np.all(np.diff(values) > 0):
                        fail(coordinate.name, "a time axis that does not increase")
            if obj.dtype.kind == "f" and obj.size and "time" in axes and not np.isfinite(obj[()]).any():
                fail(where, "no finite value")
    return count


def header(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return next(csv.reader(fh))


def numbers(node, where, out):
    if isinstance(node, dict):
        for k, v in node.items():
            numbers(v, f"{where}.{k}", out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            numbers(v, f"{where}[{i}]", out)
    elif isinstance(node, float):
        out.append((where, node))


def check_summary(kind, d):
    s = json.loads((d / "summary.json").read_text(encoding="utf-8"))
    config = s.get("sweep" if kind == "sweep" else "config", {})
    found = []
    numbers(config, "config", found)
    for where, x in found:
        if math.isfinite(x) and float(f"{x:.15g}") != x:
            fail(f"{kind} summary.json {where}", f"float noise {x!r}")
    for section, keys in {"validation": ["neurons", "spectrumNeurons"], "dmft": ["steps"],
                          "simulation": ["neurons", "draws"], "stationary": ["starts"]}.items():
        for key in keys:
            v = config.get(section, {}).get(key) if kind != "sweep" else None
            if v is not None and any(isinstance(x, float) for x in (v if isinstance(v, list) else [v])):
                fail(f"{kind} summary.json config.{section}.{key}", f"a count written as a float: {v}")
    if kind in ("solve", "simulate"):
        if "steps" in s:
            fail(f"{kind} summary.json", "ambiguous key steps (timePoints and endTime say what it counts)")
        if not isinstance(s.get("timePoints"), int) or not isinstance(s.get("endTime"), float):
            fail(f"{kind} summary.json", "timePoints (integer) and endTime missing")
        with h5py.File(d / "result.h5", "r") as f:
            for key, value in s["final"].items():
                if isinstance(value, (str, dict)):
                    continue  # a description of the aggregate, or the standard errors beside the numbers
                if key not in f:
                    fail(f"{kind} summary.json final.{key}", "no dataset of that name in result.h5")
            if s["timePoints"] != f["time"].shape[0] or abs(s["endTime"] - f["time"][-1]) > 1e-12:
                fail(f"{kind} summary.json", "timePoints/endTime disagree with result.h5's time")
    if kind == "stationary":
        labels = [fp.get("label") for fp in s["fixedPoints"]]
        if labels != list(range(1, len(labels) + 1)):
            fail("stationary summary.json", f"fixed-point labels {labels} are not 1..K")
        if s["representative"] not in labels:
            fail("stationary summary.json", "representative is not a fixed-point label")
        with h5py.File(d / "result.h5", "r") as f:
            groups = sorted(k for k in f["fixedPoints"] if isinstance(f["fixedPoints"][k], h5py.Group))
            if groups != sorted(str(k) for k in labels):
                fail("stationary result.h5", f"fixed-point groups {groups} differ from the labels {labels}")


def check_csv(kind, d):
    banned = re.compile(r"^(psi|delta|t|tau)(_\d+)?$")
    if kind in ("solve", "simulate"):
        h = header(d / "currents.csv")
        if h[0] != "time" or not {"gain_1", "variance_1"} <= set(h):
            fail(f"{kind} currents.csv", f"header {h[:3]}... lacks time, gain_1, variance_1")
        if any(banned.match(c) for c in h):
            fail(f"{kind} currents.csv", f"old names in header {h}")
    if kind == "stationary":
        h = header(d / "delta.csv")
        if h[0] != "lag" or h[1] != "delta_1_1":
            fail("stationary delta.csv", f"header starts {h[:2]}, expected lag, delta_1_1")
    if kind == "sweep":
        h = header(d / "sweep.csv")
        if h[:2] != ["point", "draw"] or "gain_1" not in h:
            fail("sweep sweep.csv", f"header {h}")
        with open(d / "sweep.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        if min(int(r["point"]) for r in rows) != 1 or min(int(r["draw"]) for r in rows) != 1:
            fail("sweep sweep.csv", "points and draws are not labelled from 1")
    if kind == "validate":
        with open(d / "comparison.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        if min(int(r["region"]) for r in rows) != 1:
            fail("validate comparison.csv", "regions are not labelled from 1")


def main(args):
    total = 0
    for arg in args:
        kind, d = arg.split("=", 1)
        d = pathlib.Path(d)
        files = sorted(d.glob("*.h5"))
        if not files:
            fail(kind, f"no .h5 file in {d}")
        for p in files:
            total += check_h5(p)
        check_summary(kind, d)
        check_csv(kind, d)
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"ok {total} datasets")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
