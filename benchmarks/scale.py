"""Throughput of `entente run` with 1 and 2 Dask workers on this machine, scaling
efficiency, and a projection to GDELT-scale volumes.

    .venv/bin/python benchmarks/scale.py [--articles 1200]

Projection assumptions (written out, not hidden): throughput per worker stays what one
worker does here (one core each, models loaded once, no shared state); the synthetic
articles are about 9 sentences long, shorter than real news (about 25 sentences), so the
projection scales articles/s by that ratio; coordination overhead at cluster scale is what
the 1 -> 2 worker efficiency shows here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

DAY_OF_NEWS = 250_000
BACKFILE = 100_000_000
SYNTHETIC_SENTENCES = 9.0
REAL_SENTENCES = 25.0


def main() -> None:
    from make_corpus import write

    from entente.scale.runner import run

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1200)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write(corpus, args.articles, shard=100)
        for workers in (1, 2):
            out = Path(tmp) / f"out{workers}"
            report = run([str(corpus)], out, workers=workers)
            results[workers] = {"articles": report.articles, "seconds": round(report.seconds, 1),
                                "articles_per_s": round(report.articles / report.seconds, 1),
                                "peak_worker_rss_mb": round(report.peak_worker_rss_mb, 1)}
    one, two = results[1]["articles_per_s"], results[2]["articles_per_s"]
    efficiency = two / (2 * one)
    per_worker_real = one * SYNTHETIC_SENTENCES / REAL_SENTENCES
    day_worker_hours = DAY_OF_NEWS / (per_worker_real * efficiency) / 3600
    backfile_worker_hours = BACKFILE / (per_worker_real * efficiency) / 3600
    projection = {
        "real_article_per_worker_per_s": round(per_worker_real, 2),
        "one_day_250k_worker_hours": round(day_worker_hours, 1),
        "one_day_250k_in_1_hour_workers": round(day_worker_hours),
        "backfile_100M_worker_hours": round(backfile_worker_hours),
        "backfile_100M_in_48_hours_workers": round(backfile_worker_hours / 48),
    }
    report = {"results": results, "scaling_efficiency_1_to_2": round(efficiency, 2),
              "projection": projection}
    print(json.dumps(report, indent=2))
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "scale.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
