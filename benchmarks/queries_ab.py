"""The server part of benchmarks/queries.py for two source trees in turn, on one store:
before/after figures under the same load on a shared, noisy machine.

    git archive REV src | tar -x -C /tmp/base
    .venv/bin/python benchmarks/queries_ab.py --db STORE.duckdb --before /tmp/base/src \\
        [--rounds 4] [--repeat 7]

Each round serves the store from both trees, in turn (the order swapped every round);
printed: each run's medians (and first answers), then per tree the median of the runs'
medians and first answers, the worst health check and the most memory of any run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import queries  # noqa: E402

HERE = str(Path(__file__).resolve().parent.parent / "src")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--before", required=True, help="the other tree's src folder")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    trees = [("after", HERE), ("before", args.before)]
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in trees}
    for n in range(args.rounds):
        for name, src in trees if n % 2 == 0 else trees[::-1]:
            os.environ["PYTHONPATH"] = src
            run = queries.serve(args.db, args.repeat)
            runs[name].append(run)
            print(n, name, json.dumps({u: (p["median_ms"], p["first_ms"])
                                       for u, p in run["pages"].items()}), flush=True)
    for name, mine in runs.items():
        cells = " | ".join(
            f"{statistics.median(r['pages'][u]['median_ms'] for r in mine):.0f} ms "
            f"({statistics.median(r['pages'][u]['first_ms'] for r in mine):.0f})"
            for u in queries.PAGES)
        print(f"| {name} | {cells} | {max(r['health_while_busy_ms']['max'] for r in mine)} ms "
              f"| {max(r['server_peak_rss_mb'] for r in mine):.0f} |")


if __name__ == "__main__":
    main()
