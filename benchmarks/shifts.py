"""Precision and recall of the shift detector on synthetic dyads with planted changes, and
its breakpoints against the pure-Python PELT search it replaced (ruptures' Pelt, cost "l2").

A detected shift matches a planted one when it falls within one month of it; each planted
change matches at most one detection. With `--db`, the dyads of a store are compared too.

    .venv/bin/python benchmarks/shifts.py [--dyads 300] [--seed 7] [--db FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from entente.analysis import shifts
from entente.analysis.shifts import ShiftParams, dyad_shifts
from entente.analysis.synthetic import PlantedDyad, months_apart, synthetic_dyad

Search = Callable[[Sequence[float], ShiftParams], list[int]]


def pelt(signal: Sequence[float], params: ShiftParams) -> list[int]:
    """The former search: ruptures' PELT in Python, same cost and penalty."""
    import numpy as np
    import ruptures as rpt

    n = len(signal)
    if n < 2 * params.min_size:
        return []
    algo = rpt.Pelt(model="l2", min_size=params.min_size, jump=1)
    ends = algo.fit(np.asarray(signal, dtype=float).reshape(-1, 1)).predict(
        pen=penalty(signal, params))
    return [int(i) for i in ends if 0 < i < n]


def penalty(signal: Sequence[float], params: ShiftParams) -> float:
    import math
    from statistics import median

    diffs = [abs(signal[i + 1] - signal[i]) for i in range(len(signal) - 1)]
    sigma = max(median(diffs) / (0.6745 * math.sqrt(2)) if diffs else 0.0, 1.0)
    return params.beta * sigma**2 * math.log(len(signal))


def score(dyads: list[PlantedDyad], params: ShiftParams, search: Search) -> dict[str, Any]:
    original = shifts.change_points
    shifts.change_points = search  # type: ignore[assignment]
    tp = fp = fn = 0
    started = time.perf_counter()
    try:
        for planted in dyads:
            found = [s.date for s in dyad_shifts(planted.events, "AAA", "BBB", params)]
            unmatched = list(planted.changes)
            for day in found:
                hit = next((c for c in unmatched if months_apart(c, day) <= 1), None)
                if hit is None:
                    fp += 1
                else:
                    tp += 1
                    unmatched.remove(hit)
            fn += len(unmatched)
    finally:
        shifts.change_points = original
    return {"planted": tp + fn, "detected": tp + fp,
            "precision": round(tp / (tp + fp) if tp + fp else 1.0, 3),
            "recall": round(tp / (tp + fn) if tp + fn else 1.0, 3),
            "seconds": round(time.perf_counter() - started, 3)}


def measure(dyads: int, seed: int, params: ShiftParams) -> dict[str, Any]:
    """Precision and recall of the detector on `dyads` synthetic dyads."""
    rng = random.Random(seed)
    planted = [synthetic_dyad(rng, months=24, n_changes=i % 3) for i in range(dyads)]
    return {"dyads": dyads, **score(planted, params, shifts.change_points)}


def compare(signals: list[Sequence[float]], params: ShiftParams) -> dict[str, Any]:
    """Breakpoints of both searches on the same signals, and their time."""
    times = {"pelt": 0.0, "kernel": 0.0}
    same, differ = 0, []
    for g in signals:
        t = time.perf_counter()
        a = pelt(g, params)
        times["pelt"] += time.perf_counter() - t
        t = time.perf_counter()
        b = shifts.change_points(g, params)
        times["kernel"] += time.perf_counter() - t
        if a == b:
            same += 1
        else:
            differ.append({"events": len(g), "pelt": a, "kernel": b})
    return {"signals": len(signals), "identical": same, "differing": differ[:10],
            "pelt_seconds": round(times["pelt"], 3), "kernel_seconds": round(times["kernel"], 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dyads", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="a store whose dyads are compared too")
    args = parser.parse_args()
    params = ShiftParams()
    result = measure(args.dyads, args.seed, params)
    rng = random.Random(args.seed)
    dyads = [synthetic_dyad(rng, months=24, n_changes=i % 3) for i in range(args.dyads)]
    result["pelt"] = score(dyads, params, pelt)
    result["breakpoints"] = compare([[e.goldstein for e in d.events] for d in dyads], params)
    if args.db:
        from entente.store import open_store

        with open_store(args.db, read_only=True) as store:
            result["store_breakpoints"] = compare(
                [s.goldstein for s in store.dyad_signals(params.min_events)], params)
    print(json.dumps(result, indent=2))
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "shifts.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
