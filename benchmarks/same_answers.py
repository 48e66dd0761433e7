"""Same-answers check: every event and quote the coding path gives, every field, as JSON.

Codes every sentence of the gold sets (eval/gold_*.jsonl and eval/quotes_gold.jsonl, each
sentence an article of its own, in batches as the evaluation codes them) and every article
of the bundled corpus (examples/corpus), and writes what came out to one JSON file. Run it
before and after a change that must not change answers (a speed-up) and compare the files:

    .venv/bin/python benchmarks/same_answers.py /tmp/before.json
    ... change ...
    .venv/bin/python benchmarks/same_answers.py /tmp/after.json
    cmp /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import enum
import json
import sys
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BATCH = 64  # gold sentences coded together, as the evaluation does


def plain(value: Any) -> Any:
    """A record as JSON data: every dataclass field (id included), dates as ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def articles() -> list[Any]:
    """The gold sentences (one article each) and the corpus articles, in a fixed order."""
    sys.path.insert(0, str(ROOT / "src"))
    from entente.ingest.readers import read_paths
    from entente.records import Article

    out = []
    for path in sorted((ROOT / "eval").glob("gold_*.jsonl")) + [ROOT / "eval/quotes_gold.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            published = datetime.date.fromisoformat(d["date"]) if d.get("date") else None
            out.append(Article(id=f"{path.stem}:{d['id']}", text=d["text"], lang=d["lang"],
                               published=published))
    out += [r.article for r in read_paths([ROOT / "examples/corpus"]) if r.article is not None]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSON file to write")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    docs = articles()
    from entente.pipeline import Pipeline

    pipeline = Pipeline()
    coded = []
    for lo in range(0, len(docs), BATCH):
        for c in pipeline.read_many(docs[lo:lo + BATCH], batch_size=BATCH):
            coded.append({"article": c.article.id, "events": plain(c.events),
                          "quotes": plain(c.quotes)})
    args.out.write_text(json.dumps(coded, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                        encoding="utf-8")
    events = sum(len(c["events"]) for c in coded)
    quotes = sum(len(c["quotes"]) for c in coded)
    print(f"{len(coded)} articles, {events} events, {quotes} quotes -> {args.out}")


if __name__ == "__main__":
    main()
