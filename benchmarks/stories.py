"""Grouping one story told by many outlets: pairwise precision and recall, and speed.

The test set (eval/stories_gold.jsonl, written for the project) holds stories told four
ways (an original, an agency copy, a light and a full rewrite by other outlets) and
same-topic stories that are not the same story. Articles are grouped in the order of their
dates, as ingestion would; every pair of articles is then right or wrong. The grouping's
weights were chosen on the even-numbered stories ("dev"); the odd-numbered ones ("test")
are held out. Recall is also given per kind of copy. The speed is of signing and grouping,
once the imports are done (they take a second once a process), by the clock and by the
process's CPU time (which other work on a shared machine slows less).

    .venv/bin/python benchmarks/stories.py [--split dev|test|all]
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "stories_gold.jsonl"


def load(part: str) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    if part != "all":
        even = part == "dev"
        rows = [r for r in rows if (int(re.search(r"\d+", r["group"]).group()) % 2 == 0) == even]
    return sorted(rows, key=lambda r: (r["date"], r["id"]))


def measure(part: str = "all") -> dict[str, object]:
    sys.path.insert(0, str(ROOT / "src"))
    from entente.ingest.stories import StoryIndex, signature

    rows = load(part)
    StoryIndex().assign("", signature(""))  # imports (numpy), the permutations: once a process
    started, cpu = time.perf_counter(), time.process_time()
    index = StoryIndex()
    found = {r["id"]: index.assign(r["id"], signature(r["text"], date.fromisoformat(r["date"]),
                                                      r["title"]))
             for r in rows}
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    group = {r["id"]: r["group"] for r in rows}
    role = {r["id"]: r["role"] for r in rows}
    tp = fp = fn = 0
    kinds: dict[str, list[int]] = {"copy": [0, 0], "light": [0, 0], "full": [0, 0]}
    for a, b in itertools.combinations(found, 2):
        same, joined = group[a] == group[b], found[a] == found[b]
        tp += same and joined
        fp += joined and not same
        fn += same and not joined
        if same and "original" in (role[a], role[b]):
            kind = role[b] if role[a] == "original" else role[a]
            kinds[kind][0] += joined
            kinds[kind][1] += 1
    return {"part": part, "documents": len(rows), "stories": len(set(group.values())),
            "true_pairs": tp + fn, "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
            "recall_with_the_original": {k: round(n / d, 4) for k, (n, d) in kinds.items() if d},
            "docs_per_second": round(len(rows) / elapsed, 1),
            "docs_per_cpu_second": round(len(rows) / cpu, 1)}


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"),
                        help="one part only (the held-out one is not looked at while "
                             "studying); without it, all three, written to results/")
    args = parser.parse_args()
    results = [measure(part) for part in ((args.split,) if args.split else ("dev", "test", "all"))]
    for r in results:
        print(json.dumps(r))
    if args.split:
        return
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "stories.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
