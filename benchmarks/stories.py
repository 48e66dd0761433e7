"""Grouping one story told by many outlets: pairwise precision and recall, and speed.

The test set is built from the example corpus: each article gets copies as outlets make
them (verbatim with a credit line, trimmed, words swapped for synonyms, paragraphs
reordered, a "Did you know?" or FAQ box added), and the corpus' own syndicated pairs count
too; every other pair of articles, many on the same topic, must stay apart.

    .venv/bin/python benchmarks/stories.py
"""

from __future__ import annotations

import itertools
import json
import random
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYNONYMS = {
    "said": "stated", "says": "states", "government": "administration", "officials": "authorities",
    "minister": "secretary", "visit": "trip", "agreement": "accord", "meeting": "talks",
    "country": "nation", "president": "leader", "announced": "declared", "began": "started",
    "week": "seven days", "also": "as well", "before": "prior to", "after": "following",
    "gobierno": "Ejecutivo", "dijo": "afirmó", "acuerdo": "convenio", "país": "nación",
    "presidente": "mandatario", "reunión": "encuentro", "anunció": "informó",
    "médicos": "galenos", "también": "asimismo", "después": "luego",
}
BOXES = [
    "Did you know? The first agreement between the two countries was signed more than two "
    "decades ago and has been renewed several times since.",
    "Frequently asked questions. What does the agreement cover? Health, education and energy. "
    "Who pays? Each side covers part of the cost.",
    "¿Sabías que...? El primer convenio entre ambos países se firmó hace más de dos décadas y "
    "se ha renovado varias veces desde entonces.",
]


def variants(text: str, rng: random.Random) -> list[str]:
    paras = [p for p in text.split("\n") if p.strip()]
    out = [text + "\n(Reporting by staff; editing by the desk)"]
    if len(paras) > 3:
        out.append("\n".join(paras[:-1]))  # trimmed
        swapped = paras[:]
        swapped[1], swapped[2] = swapped[2], swapped[1]
        out.append("\n".join(swapped))  # reordered
    words = re.split(r"(\W+)", text)
    out.append("".join(SYNONYMS.get(w, w) if rng.random() < 0.9 else w for w in words))
    out.append(text + "\n" + rng.choice(BOXES))
    return out


def build(seed: int = 3) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(doc id, text) pairs and each doc's true story."""
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from entente.ingest.readers import read_paths

    rng = random.Random(seed)
    docs: list[tuple[str, str]] = []
    truth: dict[str, str] = {}
    syndicated = {"34": "34", "35": "34", "36": "34", "58": "58", "59": "58"}
    for r in read_paths([ROOT / "examples" / "corpus"]):
        if r.article is None:
            continue
        num = re.search(r"/(\d\d)-|#(\d+)", r.origin)
        key = r.origin
        if "wire.jsonl#5" in r.origin:
            key = "34"
        elif "agencias.jsonl#5" in r.origin:
            key = "58"
        elif num and num.group(1) in syndicated:
            key = num.group(1)
        story = syndicated.get(key, r.origin)
        docs.append((r.origin, r.article.text))
        truth[r.origin] = story
        for i, text in enumerate(variants(r.article.text, rng)):
            docs.append((f"{r.origin}~{i}", text))
            truth[f"{r.origin}~{i}"] = story
    return docs, truth


def measure(seed: int = 3) -> dict[str, float]:
    from entente.ingest.stories import StoryIndex, signature

    docs, truth = build(seed)
    started = time.perf_counter()
    index = StoryIndex()
    assigned = {doc_id: index.assign(doc_id, signature(text)) for doc_id, text in docs}
    elapsed = time.perf_counter() - started
    tp = fp = fn = 0
    for a, b in itertools.combinations(assigned, 2):
        same_true = truth[a] == truth[b]
        same_found = assigned[a] == assigned[b]
        tp += same_true and same_found
        fp += same_found and not same_true
        fn += same_true and not same_found
    return {"documents": len(docs), "true_pairs": tp + fn,
            "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
            "docs_per_second": round(len(docs) / elapsed, 1)}


def main() -> None:
    result = measure()
    print(json.dumps(result))
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "stories.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
