"""Benchmark: the coder's own work, with the parse done apart.

Parses the bundled corpus once (before anything is measured), then codes the parsed
documents: the text made ready for the parser, the quotes, the events, the dates. What is
left is the Python that `benchmarks/coding.py` adds to a bare parse. Prints the events found
and the processor seconds. To count instructions, which the clock of a shared machine
cannot give, run it under callgrind: the coding runs inside `operator.call`, which nothing
else here calls, so callgrind counts the coding alone:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=_operator_call .venv/bin/python benchmarks/coder_only.py
"""

from __future__ import annotations

import argparse
import operator
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="code the corpus this many times")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    sys.path.insert(0, str(ROOT / "src"))
    from entente.ingest.readers import read_paths
    from entente.pipeline import Pipeline
    from entente.places.gazetteer import load_gazetteer
    from entente.records import Article

    read = [r.article for r in read_paths([ROOT / "examples/corpus"]) if r.article is not None]
    articles = [Article(id=str(i), text=a.text, lang=a.lang or "en")
                for i, a in enumerate(read)]
    pipeline = Pipeline()
    load_gazetteer()
    docs: dict[str, Any] = {}
    for lang in sorted({str(a.lang) for a in articles}):
        mine = [a for a in articles if a.lang == lang]
        parsed = pipeline.models.get(lang).pipe(pipeline._parsable(a, lang) for a in mine)
        docs.update((a.id, d) for a, d in zip(mine, parsed, strict=True))

    def code() -> int:
        events = 0
        for _ in range(args.repeat):
            for a in articles:
                lang = str(a.lang)
                pipeline._parsable(a, lang)  # (its work is the coder's, its text the parse's)
                doc = docs[a.id]
                doc.user_data.clear()  # what the coder kept of a document, kept no longer
                events += len(pipeline._code_doc(a, doc, lang).events)
        return events

    started = time.process_time()
    events = operator.call(code)
    print(f"{len(articles) * args.repeat} articles coded, {events} events, "
          f"{time.process_time() - started:.3f} processor seconds")


if __name__ == "__main__":
    main()
