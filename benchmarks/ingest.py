"""Ingest throughput against a bare spaCy parse of the same text with the same components,
on one core and on two, in the same run; and ingest into a store of 200,000 events.

The corpus is benchmarks/corpus.py's: the English and Spanish articles of the stories
set (730, most of them other outlets' copies of earlier stories), one JSONL file. Every
measurement is a process of its own, timed from its start to its end (imports and model
loading included, growing a store excluded); the two-process parse runs two such
processes at once, each on half the articles. Measurements are interleaved and repeated
(the machine is shared), and the best and worst of each are reported.

    .venv/bin/python benchmarks/ingest.py [--repeat 2] [--grow 200000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def parse(path: Path, part: int, parts: int) -> dict[str, Any]:
    """A bare parse of every `parts`-th article from `part`, with entente's pipelines."""
    from entente.nlp import Models

    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    mine = docs[part::parts]
    models = Models()
    sentences = 0
    for lang in ("en", "es"):
        texts = [d["text"] for d in mine if d["lang"] == lang]
        for doc in models.get(lang).pipe(texts):
            sentences += sum(1 for _ in doc.sents)
    return {"articles": len(mine), "sentences": sentences,
            "words": sum(len(d["text"].split()) for d in mine)}


def ingest(path: Path, workers: int, grow: int, db: Path) -> dict[str, Any]:
    from entente.pipeline import Pipeline
    from entente.services.ingest import IngestSession
    from entente.store import open_store

    setup = setup_cpu = 0.0
    with open_store(db) as store:
        if grow:
            t, c = time.perf_counter(), time.process_time()
            corpus.grow(store, grow)
            setup, setup_cpu = time.perf_counter() - t, time.process_time() - c
        session = IngestSession(store, Pipeline(), workers=workers, pipeline_factory=Pipeline)
        report = session.ingest([path])
    stop_forkserver()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"articles": report.stored, "events": report.events, "setup": setup,
            "setup_cpu": setup_cpu,
            "worker_peak_rss_mb": round(children, 1)}


def stop_forkserver() -> None:
    """Stop the fork server the workers were forked from (services/workers.py) and wait
    for it: its CPU time and its workers' then count among this process's children's
    (it is this process's child; the workers are its), as a spawned worker's did."""
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # (CPython's, for its tests)
    if stop is not None:
        stop()


def cpu_seconds() -> float:
    """CPU time of every finished child process and theirs (the workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def child(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE,
                            text=True)


def collect(procs: list[subprocess.Popen[str]]) -> list[dict[str, Any]]:
    out = []
    for p in procs:
        stdout, _ = p.communicate()
        if p.returncode:
            raise SystemExit(f"a measurement failed: {p.args}")
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--grow", type=int, default=200_000)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--part", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--parts", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        path = Path(args.corpus)
        if args.mode == "parse":
            result = parse(path, args.part, args.parts)
        else:
            result = ingest(path, args.workers, args.grow, Path(args.db))
        result["seconds"] = round(time.perf_counter() - STARTED - result.get("setup", 0), 2)
        result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                      / 1024, 1)
        print(json.dumps(result))
        return
    tmp = Path(tempfile.mkdtemp())
    path = corpus.write_jsonl(tmp / "corpus.jsonl")
    words = corpus.words(path)
    plans = {
        "bare parse, one process": [["--mode", "parse"]],
        "bare parse, two processes at once": [["--mode", "parse", "--part", "0", "--parts",
                                               "2"], ["--mode", "parse", "--part", "1",
                                                      "--parts", "2"]],
        "entente ingest, --workers 1 (codes in the writing process)": [
            ["--mode", "ingest", "--workers", "1", "--grow", "0"]],
        "entente ingest, --workers 2 (two coding processes, one writer)": [
            ["--mode", "ingest", "--workers", "2", "--grow", "0"]],
        f"entente ingest, --workers 2, into a store of {args.grow:,} events": [
            ["--mode", "ingest", "--workers", "2", "--grow", str(args.grow)]],
    }
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in plans}
    for r in range(args.repeat):
        for label, commands in plans.items():
            db = tmp / f"store-{r}-{list(plans).index(label)}.duckdb"
            started, cpu = time.perf_counter(), cpu_seconds()
            load = os.getloadavg()[0]
            results = collect([child([*c, "--corpus", str(path), "--db", str(db)])
                               for c in commands])
            wall = max(x["seconds"] for x in results)
            runs[label].append({"seconds": wall, "parent_wall": round(
                time.perf_counter() - started, 2), "cpu_seconds": round(
                cpu_seconds() - cpu - sum(x.get("setup_cpu", 0) for x in results), 1),
                "load_before": round(load, 2), "parts": results})
            print(label, json.dumps(runs[label][-1]), flush=True)
    sentences = runs["bare parse, one process"][0]["parts"][0]["sentences"]
    articles = runs["bare parse, one process"][0]["parts"][0]["articles"]
    base = min(x["seconds"] for x in runs["bare parse, two processes at once"])
    lines = ["| path | articles/s | sentences/s | words/s | seconds (runs) | CPU seconds | "
             "peak RSS MB | words/s vs two-process bare parse |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for label, mine in runs.items():
        best = min(x["seconds"] for x in mine)
        parts = mine[0]["parts"]
        rss = " + ".join(f"{p['peak_rss_mb']:.0f}" for p in parts)
        if "worker_peak_rss_mb" in parts[0] and parts[0]["worker_peak_rss_mb"]:
            rss += f" (workers {parts[0]['worker_peak_rss_mb']:.0f} each)"
        lines.append(f"| {label} | {articles / best:.1f} | {sentences / best:.0f} | "
                     f"{words / best:.0f} | {' / '.join(str(x['seconds']) for x in mine)} | "
                     f"{min(x['cpu_seconds'] for x in mine)} | {rss} | {base / best:.2f} |")
    table = "\n".join(lines)
    print(table)
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "ingest.json").write_text(json.dumps(
        {"load_average_after": os.getloadavg(), "articles": articles, "sentences": sentences,
         "words": words, "runs": runs,
         "table": table}, indent=2) + "\n")


if __name__ == "__main__":
    main()
