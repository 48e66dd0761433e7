"""Ingestion throughput: articles per second and peak memory, from a web archive and from a
folder of files, reading only (extraction) and reading + coding + storing.

The inputs are made from the example corpus: its HTML pages, each repeated with a changed
sentence so that no two are the same text, written as a gzipped WARC and as a folder.

    .venv/bin/python benchmarks/ingest.py [--pages 300]
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_inputs(workdir: Path, pages: int) -> tuple[Path, Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = sorted((ROOT / "examples" / "corpus").glob("*/html/*.html"))
    folder = workdir / "pages"
    folder.mkdir()
    warc = workdir / "pages.warc.gz"
    with warc.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i in range(pages):
            src = html[i % len(html)].read_text(encoding="utf-8")
            body = src.replace("</article>", f"<p>Copy number {i} of this page.</p></article>")
            (folder / f"{i:05d}.html").write_text(body, encoding="utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example/{i}", "response", payload=io.BytesIO(body.encode()),
                http_headers=headers))
    return warc, folder


def run(mode: str, source: str) -> dict[str, float]:
    """One measurement in this process."""
    import warnings

    warnings.filterwarnings("ignore")
    from entente.ingest.readers import read_paths

    started = time.perf_counter()
    if mode == "read":
        n = sum(1 for r in read_paths([source]) if r.article is not None)
    else:
        from entente.pipeline import Pipeline
        from entente.services.ingest import IngestSession
        from entente.store.duck import DuckStore

        with DuckStore(":memory:") as store:
            n = IngestSession(store, Pipeline()).ingest([source]).stored
    elapsed = time.perf_counter() - started
    return {"articles": n, "seconds": round(elapsed, 2),
            "articles_per_s": round(n / elapsed, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run(args.mode, args.source)))
        return
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        warc, folder = make_inputs(Path(tmp), args.pages)
        for label, source in (("warc", warc), ("folder", folder)):
            for mode in ("read", "ingest"):
                out = subprocess.run([sys.executable, __file__, "--mode", mode, "--source",
                                      str(source)], capture_output=True, text=True, check=True)
                results[f"{label} {mode}"] = json.loads(out.stdout.strip().splitlines()[-1])
    lines = ["| input | step | articles/s | peak RSS MB |", "| --- | --- | ---: | ---: |"]
    for key, r in results.items():
        source, mode = key.split()
        step = "read + extract" if mode == "read" else "read + code + store"
        lines.append(f"| {source} | {step} | {r['articles_per_s']} | {r['peak_rss_mb']} |")
    table = "\n".join(lines)
    print(table)
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "ingest.json").write_text(json.dumps({"pages": args.pages, "results": results,
                                                     "table": table}, indent=2) + "\n")


if __name__ == "__main__":
    main()
