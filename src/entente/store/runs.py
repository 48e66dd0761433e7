"""The output folder of `entente run`: a run's articles and events as Parquet, by month.

    manifest.json                            what was run, and the layout's version
    articles/part-<partition>.parquet        the flat Article (columns.py)
    events/month=YYYY-MM/part-<partition>.parquet   the flat Event

Layout 2 stores the records' own columns, typed; layout 1 (before the manifest had a
`layout_version`) stored each record as a JSON string, and is still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from entente.errors import StoreError
from entente.records import Article, Event
from entente.tables import read_parquet, write_parquet
from entente.vocabulary import parse_date

LAYOUT_VERSION = 2
MANIFEST = "manifest.json"


def is_run_output(path: str | Path) -> bool:
    return (Path(path) / MANIFEST).is_file()


def write_partition(out: Path, pid: str, coded: Sequence[tuple[Article, Sequence[Event]]]
                    ) -> None:
    """One partition's articles, and its events by month, each file written atomically."""
    by_month: dict[str, list[Event]] = {}
    for _, events in coded:
        for e in events:
            day = e.date or e.published
            by_month.setdefault(day.strftime("%Y-%m") if day else "undated", []).append(e)
    write_parquet(Article, (a for a, _ in coded), out / "articles" / f"part-{pid}.parquet")
    for month, events in by_month.items():
        write_parquet(Event, events, out / "events" / f"month={month}" / f"part-{pid}.parquet")


def layout_version(out: Path) -> int:
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    return int(manifest.get("layout_version", 1))


def read_run(out: Path) -> Iterator[tuple[Article, list[Event]]]:
    """Every article of a run's output with its events, in id order.

    Raises StoreError for a layout newer than this entente reads."""
    version = layout_version(out)
    if version > LAYOUT_VERSION:
        raise StoreError(f"{out}: run output of layout {version} is newer than this entente "
                         f"reads (layout {LAYOUT_VERSION}); upgrade entente to load it")
    events: dict[str, list[Event]] = {}
    if list(out.glob("events/*/*.parquet")):
        for e in _events(out, version):
            events.setdefault(e.article_id, []).append(e)
    if not list(out.glob("articles/*.parquet")):
        return
    for article in _articles(out, version):
        yield article, sorted(events.get(article.id, []), key=lambda e: (e.sentence_index, e.id))


def _events(out: Path, version: int) -> Iterator[Event]:
    pattern = str(out / "events" / "*" / "*.parquet")
    if version >= 2:
        yield from read_parquet(Event, pattern)
        return
    for row in _legacy_rows(pattern, "event_json"):
        yield Event.from_dict(row)


def _articles(out: Path, version: int) -> Iterator[Article]:
    pattern = str(out / "articles" / "*.parquet")
    if version >= 2:
        yield from read_parquet(Article, pattern, order="id")
        return
    for d in _legacy_rows(pattern, "article_json"):
        d["published"] = parse_date(d.get("published"))
        yield Article(**d)


def _legacy_rows(pattern: str, column: str) -> Iterator[dict[str, Any]]:
    """Layout 1: each record a JSON string in `column`."""
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        rows = con.execute(f"SELECT {column} FROM read_parquet(?, hive_partitioning=true) "
                           "ORDER BY id", [pattern]).fetchall()
    finally:
        con.close()
    for (text,) in rows:
        yield json.loads(text)
