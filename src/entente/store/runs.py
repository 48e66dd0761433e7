"""The output folder of `entente run`: a run's articles and events as Parquet, by month.

    manifest.json                            what was run, and the layout's version
    articles/part-<partition>.parquet        the flat Article (columns.py)
    events/month=YYYY-MM/part-<partition>.parquet   the flat Event

Layout 2 stores the records' own columns, typed. Layout 1 (before the manifest had a
`layout_version`) stored each record as a JSON string: such a run is refused with what to
do (code it again; its inputs are listed in its manifest).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from entente.columns import columns
from entente.errors import StoreError
from entente.records import Article, Event
from entente.tables import read_parquet, write_parquet

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


def check_layout(out: Path) -> None:
    """Raises StoreError for a run of a layout this entente does not read."""
    version = layout_version(out)
    if version != LAYOUT_VERSION:
        newer = version > LAYOUT_VERSION
        raise StoreError(
            f"{out}: run output of layout {version}, which this entente does not read "
            f"(it reads layout {LAYOUT_VERSION}): "
            + ("upgrade entente to load it" if newer else
               f"run `entente run` again into a new folder (the inputs are listed in "
               f"{out / MANIFEST})"))


def _literal(value: Any) -> str:
    if value is None or value is dataclasses.MISSING:
        return "NULL"
    if isinstance(value, bool | int | float):
        return repr(value)
    return "'" + str(getattr(value, "value", value)).replace("'", "''") + "'"


def _view(table: str, cls: type, pattern: Path, present: set[str], extra: str) -> str:
    """A view of the store's `table` over Parquet files: a column the files lack (a run
    written before its field existed) takes the field's default."""
    cells = [f'"{c.name}"' if c.name in present else
             f"CAST({_literal(c.default)} AS {c.sql}) AS {c.name}" for c in columns(cls)]
    # the pattern is a path of ours (the run's folder), quoted as a SQL string
    source = f"read_parquet({_literal(str(pattern))}, union_by_name=true)"
    # two inputs of a run may hold the same text, in two partitions: one row per id
    return (f"CREATE VIEW {table} AS SELECT {', '.join(cells)}{extra} FROM {source} "
            "QUALIFY row_number() OVER (PARTITION BY id ORDER BY id) = 1")


def run_views(out: Path) -> list[str]:
    """Statements that turn an empty store's tables into views of a run's Parquet files
    (store/duck.py, DuckStore.over_run); a table the run has no files of stays empty."""
    import duckdb

    statements = []
    for table, cls, pattern, extra in (
            ("articles", Article, out / "articles" / "*.parquet",
             ", TIMESTAMP '1970-01-01' AS ingested_at, id AS story_id, "
             "CAST(NULL AS BLOB) AS minhash"),
            ("events", Event, out / "events" / "*" / "*.parquet", "")):
        if not list(out.glob(str(pattern.relative_to(out)))):
            continue
        with duckdb.connect(":memory:") as con:
            present = {r[0] for r in con.execute(
                f"DESCRIBE SELECT * FROM read_parquet({_literal(str(pattern))}, "
                "union_by_name=true)").fetchall()}
        view = _view(table, cls, pattern, present, extra)
        if table == "events":  # a story of its own: the article's
            view = view.replace('"story_id"', 'coalesce("story_id", "article_id") AS story_id')
            statements += ["DROP TABLE mentions",
                           "CREATE VIEW mentions AS SELECT id AS event_id, article_id, "
                           "sentence_index, evidence, CAST(NULL AS VARCHAR) AS outlet, "
                           "mentions FROM events"]
        statements += [f"DROP TABLE {table}", view]
    return statements


def read_run(out: Path) -> Iterator[tuple[Article, list[Event]]]:
    """Every article of a run's output with its events, in id order.

    Raises StoreError for a layout this entente does not read."""
    check_layout(out)
    # Two inputs of a run may hold the same text, in two partitions: the article (its id is
    # its content hash) and its events are read once, as ingestion stores them once.
    events: dict[str, dict[str, Event]] = {}
    if list(out.glob("events/*/*.parquet")):
        for e in read_parquet(Event, str(out / "events" / "*" / "*.parquet")):
            events.setdefault(e.article_id, {}).setdefault(e.id, e)
    if not list(out.glob("articles/*.parquet")):
        return
    last = None
    for article in read_parquet(Article, str(out / "articles" / "*.parquet"), order="id"):
        if article.id == last:
            continue
        last = article.id
        found = events.get(article.id, {}).values()
        yield article, sorted(found, key=lambda e: (e.sentence_index, e.id))


def run_counts(out: Path) -> tuple[int, int]:
    """(articles, events) of a run's output, each counted once however many partitions
    hold it."""
    import duckdb

    def distinct(table: str) -> int:
        if not list(out.glob(f"{table}/**/*.parquet")):
            return 0
        with duckdb.connect(":memory:") as con:
            pattern = str(out / table / ("*/*.parquet" if table == "events" else "*.parquet"))
            row = con.execute("SELECT count(DISTINCT id) FROM read_parquet(?, "
                              "hive_partitioning=true, union_by_name=true)",
                              [pattern]).fetchone()
        return int(row[0]) if row else 0

    return distinct("articles"), distinct("events")
