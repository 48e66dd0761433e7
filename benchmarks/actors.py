"""Benchmark: loading the actor knowledge base, and resolving a mention.

Three loads, each in a fresh process: building everything from the data files (no cache),
loading from the cache that the first build writes, and the same with a user's file added.
Then resolving: every mention of the hand-written actor cases (both languages), once (the
first pass: each mention new to the process, nothing cached), then many times over, timed
per mention (on average over all rounds; also the median round's, and the processor time
the process had, which other programs sharing the machine sway less). Results go to
benchmarks/results/actors.json and print as a table.

    .venv/bin/python benchmarks/actors.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = [ROOT / "tests" / "data" / "actor_cases.jsonl",
         ROOT / "tests" / "data" / "actor_cases_world.jsonl",
         ROOT / "tests" / "data" / "actor_cases_world2.jsonl"]
USER_FILE = ("id\tnames\tcountry\tsector\trole\tstart\tend\n"
             "ana_perez\tAna Pérez\tVEN\tGOV\tMinister\t2026\t\n")


def load_once(extra: str | None) -> dict[str, float]:
    """Import and load the knowledge base in this process (with its name index)."""
    started = time.perf_counter()
    from entente.actors.kb import load_kb

    kb = load_kb([Path(extra)] if extra else [])
    kb.find("")
    return {"seconds": time.perf_counter() - started, "names": len(kb.aliases),
            "people": len(kb.people), "organisations": len(kb.orgs)}


def run_load(cache: str, extra: str | None = None) -> dict[str, float]:
    env = {**os.environ, "ENTENTE_CACHE": cache, "PYTHONPATH": str(ROOT / "src")}
    args = [sys.executable, __file__, "--load-once"] + (["--extra", extra] if extra else [])
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def resolve(rounds: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT / "src"))
    from datetime import date

    from entente.actors.kb import load_kb
    from entente.actors.resolver import resolve_text

    kb = load_kb()
    cases = [json.loads(line) for path in CASES if path.exists()
             for line in path.read_text("utf-8").splitlines() if line.strip()]
    mentions = [(c["text"], c["lang"], date.fromisoformat(c["date"]) if c.get("date") else None,
                 c.get("context", "")) for c in cases]
    started = time.perf_counter()
    for text, lang, day, context in mentions:  # the first pass warms up: nothing cached yet
        resolve_text(text, kb, lang, day, context)
    first = time.perf_counter() - started
    per_round = []  # wall seconds of each round
    cpu_started = time.process_time()
    for _ in range(rounds):
        started = time.perf_counter()
        for text, lang, day, context in mentions:
            resolve_text(text, kb, lang, day, context)
        per_round.append(time.perf_counter() - started)
    cpu = time.process_time() - cpu_started
    n = rounds * len(mentions)
    return {"mentions": len(mentions), "resolutions": n,
            "microseconds_per_mention": round(sum(per_round) / n * 1e6, 1),
            "first_pass_microseconds_per_mention": round(first / len(mentions) * 1e6, 1),
            # the same rounds read two ways that other programs on the machine sway less:
            # the middle round, and the processor time this process had (not the wall's)
            "median_round_microseconds_per_mention": round(
                statistics.median(per_round) / len(mentions) * 1e6, 1),
            "cpu_microseconds_per_mention": round(cpu / n * 1e6, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--load-once", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--extra", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load_once:
        print(json.dumps(load_once(args.extra)))
        return
    with tempfile.TemporaryDirectory() as cache:
        user = Path(cache) / "people-mine.tsv"
        user.write_text(USER_FILE, encoding="utf-8")
        cold = run_load(cache)
        warm = min((run_load(cache) for _ in range(3)), key=lambda r: r["seconds"])
        with_user = min((run_load(cache, str(user)) for _ in range(3)),
                        key=lambda r: r["seconds"])
    results = {"load_built": cold, "load_cached": warm, "load_cached_with_user_file": with_user,
               "resolve": resolve(args.rounds)}
    out = ROOT / "benchmarks" / "results" / "actors.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("| step | seconds |\n| --- | ---: |")
    for name in ("load_built", "load_cached", "load_cached_with_user_file"):
        print(f"| {name.replace('_', ' ')} | {results[name]['seconds']:.2f} |")
    r = results["resolve"]
    print(f"\n{cold['names']} names, {cold['people']} people, {cold['organisations']} "
          f"organisations; resolving {r['mentions']} mentions: "
          f"{r['microseconds_per_mention']} µs each on average "
          f"({r['first_pass_microseconds_per_mention']} µs on the first pass, each mention new; "
          f"median round {r['median_round_microseconds_per_mention']} µs, processor time "
          f"{r['cpu_microseconds_per_mention']} µs)")


if __name__ == "__main__":
    main()
