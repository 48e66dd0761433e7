"""Loading a run's Parquet output into a store (DuckDB or PostgreSQL), grouping stories as
ingestion does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from entente.ingest.stories import StoryIndex, signature
from entente.scale.partitions import read_output
from entente.store.base import Store


def load_output(store: Store, out: Path,
                on_article: Callable[[int], None] | None = None) -> tuple[int, int, int]:
    """Store every article and its events; returns (stored, already there, events)."""
    stories = StoryIndex().load(store.story_signatures())
    stored = skipped = events = 0
    for i, (article, evs) in enumerate(read_output(out), start=1):
        if store.has_article(article.id):
            skipped += 1
        else:
            sig = signature(article.text)
            if store.add_article(article, evs, story_id=stories.assign(article.id, sig),
                                 minhash=sig):
                stored += 1
                events += len(evs)
            else:
                skipped += 1
        if on_article:
            on_article(i)
    return stored, skipped, events


def is_run_output(path: str) -> bool:
    return (Path(path) / "manifest.json").is_file()
