"""Benchmark: the full coding path against a bare spaCy parse of the same text.

Each measurement runs in its own process so that peak memory is its own. The texts are the
bundled corpus, repeated to make the run long enough to time (--repeat). Results go to
benchmarks/results/coding.json and are printed as a Markdown table.

    .venv/bin/python benchmarks/coding.py [--repeat 6]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = {
    "parse-full": "bare spaCy parse, every component of the model (incl. NER)",
    "parse": "bare spaCy parse, the components entente loads (no NER)",
    "code": "entente coding path (segment, parse, code events and quotes)",
}


def corpus(repeat: int) -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "src"))
    from entente.ingest.readers import read_paths

    docs = [(r.article.lang or "en", r.article.text) for r in read_paths([ROOT / "examples/corpus"])
            if r.article is not None]
    return docs * repeat


def count_sentences(docs: list[tuple[str, str]]) -> int:
    """Sentences by rule (the same count for every mode, outside the timing)."""
    import spacy

    splitters = {}
    for lang in {lg for lg, _ in docs}:
        splitters[lang] = spacy.blank(lang)
        splitters[lang].add_pipe("sentencizer")
    return sum(sum(1 for _ in splitters[lg](t).sents) for lg, t in docs)


def measure(mode: str, repeat: int) -> dict[str, float]:
    """Run one mode in this process and return its figures."""
    warnings.filterwarnings("ignore")
    docs = corpus(repeat)
    import spacy

    from entente.nlp import DEFAULT_MODELS, EXCLUDED_COMPONENTS
    from entente.pipeline import Pipeline
    from entente.records import Article

    started = time.perf_counter()
    sentences = events = 0
    if mode.startswith("parse"):
        exclude = [] if mode == "parse-full" else list(EXCLUDED_COMPONENTS)
        models = {lang: spacy.load(name, exclude=exclude) for lang, name in DEFAULT_MODELS.items()}
        load = time.perf_counter() - started
        started = time.perf_counter()
        for lang in models:
            for doc in models[lang].pipe(t for lg, t in docs if lg == lang):
                sentences += sum(1 for _ in doc.sents)
        elapsed = time.perf_counter() - started
    else:
        from entente.places.gazetteer import load_gazetteer

        pipeline = Pipeline()
        for lang in DEFAULT_MODELS:
            pipeline.models.get(lang)
            pipeline.coder(lang)
        load_gazetteer()  # loaded once per process, like the models
        load = time.perf_counter() - started
        started = time.perf_counter()
        articles = [Article(id=str(i), text=t, lang=lg) for i, (lg, t) in enumerate(docs)]
        for _, evs in pipeline.code_many(articles):
            events += len(evs)
        elapsed = time.perf_counter() - started
        sentences = count_sentences(docs)
    words = sum(len(t.split()) for _, t in docs)
    return {
        "articles": len(docs), "sentences": sentences, "words": words, "events": events,
        "seconds": round(elapsed, 3), "load_seconds": round(load, 3),
        "articles_per_s": round(len(docs) / elapsed, 1),
        "sentences_per_s": round(sentences / elapsed, 1),
        "words_per_s": round(words / elapsed, 0),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=6)
    parser.add_argument("--mode", choices=sorted(MODES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:  # child process
        print(json.dumps(measure(args.mode, args.repeat)))
        return
    results = {}
    for mode in MODES:
        out = subprocess.run([sys.executable, __file__, "--mode", mode, "--repeat",
                              str(args.repeat)], capture_output=True, text=True, check=True)
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    base = results["parse"]["words_per_s"]
    lines = ["| path | articles/s | sentences/s | words/s | peak RSS MB | "
             "throughput vs bare parse (same components) |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for mode, r in results.items():
        lines.append(f"| {MODES[mode]} | {r['articles_per_s']} | {r['sentences_per_s']} | "
                     f"{r['words_per_s']:.0f} | {r['peak_rss_mb']} | "
                     f"{r['words_per_s'] / base:.2f} |")
    table = "\n".join(lines)
    print(table)
    report = {"machine": f"{platform.machine()}, {platform.python_version()}",
              "repeat": args.repeat, "results": results, "table": table}
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "coding.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
