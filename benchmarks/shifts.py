"""Precision and recall of the shift detector on synthetic dyads with planted changes.

A detected shift matches a planted one when it falls within one month of it; each planted
change matches at most one detection.

    .venv/bin/python benchmarks/shifts.py [--dyads 300] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from entente.analysis.shifts import ShiftParams, dyad_shifts
from entente.analysis.synthetic import months_apart, synthetic_dyad


def measure(dyads: int, seed: int, params: ShiftParams) -> dict[str, float]:
    rng = random.Random(seed)
    tp = fp = fn = 0
    for i in range(dyads):
        planted = synthetic_dyad(rng, months=24, n_changes=i % 3)  # 0, 1 or 2 changes
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
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"dyads": dyads, "planted": tp + fn, "detected": tp + fp, "precision":
            round(precision, 3), "recall": round(recall, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dyads", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    result = measure(args.dyads, args.seed, ShiftParams())
    print(json.dumps(result))
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "shifts.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
