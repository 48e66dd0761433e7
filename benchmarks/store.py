"""The store path alone: articles already coded, grouped into stories and stored, into an
empty store and into one of 200,000 events, on DuckDB (a file) and PostgreSQL.

The corpus is benchmarks/corpus.py's (530 articles, 440 of them copies of 110 stories by
other outlets), coded once outside the timing. The 200,000 filler events have ids like the
coder's (20 hex digits, spread among the corpus's own), so that finding a batch's events by
id cannot skip the filler by the ids' order. Each measurement runs in its own process.
Also checked: the tables (every column but the time of ingestion) are identical whatever
the batch size, and against one article at a time.

    .venv/bin/python benchmarks/store.py [--grow 200000] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def open_target(target: str) -> Any:
    from entente.store import open_store

    if target.startswith("postgresql://"):
        import psycopg

        # dropped before entente opens it: a tree of an older schema version may follow
        # one of a newer (runs of two trees in turn), and refuses a newer database
        with psycopg.connect(target, autocommit=True) as con:
            for table in ("mentions", "events", "articles", "quotes", "schema_version"):
                con.execute(f"DROP TABLE IF EXISTS {table}")
    return open_store(target)


def store_all(session: Any, pairs: list[tuple[Any, list[Any]]]) -> None:
    store_many = getattr(session, "store_many", None)
    if store_many is not None:
        for _ in store_many(pairs):
            pass
    else:  # the path before batches
        for article, events in pairs:
            session.accept(article, events)


def table_digest(store: Any) -> str:
    """A hash of the three tables of a DuckDB store, every column but the time of
    ingestion."""
    digest = hashlib.sha256()
    for sql in ("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id",
                "SELECT * FROM events ORDER BY id", "SELECT * FROM mentions ORDER BY 1, 2"):
        for row in store._execute(sql).fetchall():
            digest.update(repr(row).encode())
    return digest.hexdigest()[:16]


def measure(target: str, grow: int, batch: int) -> dict[str, Any]:
    from entente.services.ingest import IngestSession

    path = corpus.write_jsonl(Path(tempfile.mkdtemp()) / "corpus.jsonl")
    pairs = corpus.coded(path)
    store = open_target(target)
    if grow:
        corpus.grow(store, grow, hashed_ids=True)
    kwargs = {"batch_size": batch} if batch else {}
    session = IngestSession(store, **kwargs)
    started, cpu = time.perf_counter(), time.process_time()
    store_all(session, pairs)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu  # every thread of the process, DuckDB's too
    out = {"target": "postgresql" if "postgresql" in target else "duckdb", "grown": grow,
           "batch": batch, "articles": len(pairs), "stored": session.report.stored,
           "joined": session.report.joined_stories, "seconds": round(elapsed, 3),
           "ms_per_article": round(1000 * elapsed / len(pairs), 2),
           "cpu_ms_per_article": round(1000 * cpu / len(pairs), 2),
           "articles_per_s": round(len(pairs) / elapsed, 1)}
    if not grow and out["target"] == "duckdb":
        out["digest"] = table_digest(store)
    store.close()
    return out


def child(target: str, grow: int, batch: int) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", target, "--grow", str(grow),
                          "--batch", str(batch)], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grow", type=int, default=200_000)
    parser.add_argument("--pg", help="a PostgreSQL address to measure too (its tables "
                        "articles, events, mentions, quotes are dropped first)")
    parser.add_argument("--batch", type=int, default=0, help="batch size (0: the default)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.grow, args.batch)))
        return
    corpus.coded(corpus.write_jsonl(Path(tempfile.mkdtemp()) / "corpus.jsonl"))  # code once
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        targets = [f"{tmp}/store.duckdb", *([args.pg] if args.pg else [])]
        for _ in range(args.repeat):
            for target in targets:
                for grow in (0, args.grow):  # interleaved, so load on the machine hits both
                    Path(f"{tmp}/store.duckdb").unlink(missing_ok=True)
                    Path(f"{tmp}/store.duckdb.wal").unlink(missing_ok=True)
                    runs.append(child(target, grow, args.batch))
                    print(json.dumps(runs[-1]), flush=True)
        digests = {}
        for batch in (1, 7, 64):
            Path(f"{tmp}/store.duckdb").unlink(missing_ok=True)
            digests[batch] = child(f"{tmp}/store.duckdb", 0, batch)["digest"]
    lines = ["| store | events before | articles/s | ms per article (runs) | "
             "CPU ms per article (runs) |", "| --- | ---: | ---: | ---: | ---: |"]
    summary, cpu_summary = {}, {}
    for target in sorted({r["target"] for r in runs}):
        for grow in (0, args.grow):
            mine = [r for r in runs if r["target"] == target and r["grown"] == grow]
            ms = sorted(r["ms_per_article"] for r in mine)
            cpu = sorted(r["cpu_ms_per_article"] for r in mine)
            summary[f"{target} {grow}"], cpu_summary[f"{target} {grow}"] = ms, cpu
            lines.append(f"| {target} | {grow:,} | {1000 / ms[0]:.1f} | "
                         f"{' / '.join(f'{m:.2f}' for m in ms)} | "
                         f"{' / '.join(f'{m:.2f}' for m in cpu)} |")
    targets = sorted({r["target"] for r in runs})
    # the best run of each (the one the machine's other work slowed least)
    ratios = {t: round(min(summary[f"{t} {args.grow}"]) / min(summary[f"{t} 0"]), 2)
              for t in targets}
    cpu_ratios = {t: round(min(cpu_summary[f"{t} {args.grow}"])
                           / min(cpu_summary[f"{t} 0"]), 2) for t in targets}
    table = "\n".join(lines)
    print(table)
    print("per-article cost, grown store / empty store:", ratios)
    print("per-article CPU time, grown store / empty store:", cpu_ratios)
    print("table digests by batch size (identical rows):", digests)
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "store.json").write_text(json.dumps(
        {"runs": runs, "ratios": ratios, "cpu_ratios": cpu_ratios, "digests": digests,
         "load_average_after": os.getloadavg(), "table": table}, indent=2) + "\n")


if __name__ == "__main__":
    main()
