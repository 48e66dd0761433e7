"""Splitting a corpus into partitions, and coding one partition into Parquet files.

A partition is a list of input files (small files grouped; a JSONL shard, a WARC or a
Parquet of articles on its own). Coding one writes, atomically, its articles and its events
(by month) as Parquet, then a done-marker with its counts and failures. A partition with a
marker is never coded again, which is what makes a run resumable.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from entente.ingest.readers import Discovered, ReadResult, discover, read_discovered
from entente.records import Article, Event

SMALL_FILES_PER_PARTITION = 25
ARTICLE_FIELDS = ("id", "text", "title", "outlet", "url", "published", "lang", "origin",
                  "source_format", "content_hash")


@dataclass(frozen=True, slots=True)
class Partition:
    id: str
    inputs: tuple[str, ...]


@dataclass
class PartitionResult:
    partition: str
    articles: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    peak_rss_mb: float = 0.0  # of the worker process, when it finished this partition

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def plan(inputs: Iterable[str | Path]) -> tuple[list[Partition], list[Discovered]]:
    """Partitions of the readable inputs, and the inputs that could not be used."""
    groups: list[list[str]] = []
    small: list[str] = []
    bad: list[Discovered] = []
    for item in discover(inputs):
        if item.error is not None or item.source_format is None:
            bad.append(item)
        elif item.source_format in ("jsonl", "warc", "feed") or str(item.path).endswith(
                ".parquet"):
            groups.append([str(item.path)])
        else:
            small.append(str(item.path))
            if len(small) >= SMALL_FILES_PER_PARTITION:
                groups.append(small)
                small = []
    if small:
        groups.append(small)
    parts = [Partition(hashlib.sha256("\n".join(g).encode()).hexdigest()[:16], tuple(g))
             for g in groups]
    return parts, bad


def read_partition(partition: Partition) -> Iterator[ReadResult]:
    for item in discover(partition.inputs):
        yield from read_discovered(item)


def done_marker(out: Path, partition_id: str) -> Path:
    return out / "_done" / f"{partition_id}.json"


def code_partition(partition: Partition, out: Path, pipeline: Any) -> PartitionResult:
    """Code one partition with `pipeline` and write its Parquet files and done-marker."""
    from entente.jobs import code_safely

    result = PartitionResult(partition.id)
    articles: list[Article] = []
    for r in read_partition(partition):
        if r.article is None:
            result.failures.append((r.origin, r.error.reason if r.error else "unreadable"))
        else:
            articles.append(r.article)
    coded: list[tuple[Article, list[Event]]] = []

    def fail(origin: str, reason: str) -> None:
        result.failures.append((origin, reason))

    for article, events in code_safely(pipeline, iter(articles), fail):
        coded.append((article, events))
    import resource

    result.articles = len(coded)
    result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result.events = sum(len(evs) for _, evs in coded)
    write_partition(out, partition.id, coded)
    marker = done_marker(out, partition.id)
    marker.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(marker, json.dumps(result.to_dict()).encode())
    return result


def write_partition(out: Path, pid: str, coded: list[tuple[Article, list[Event]]]) -> None:
    """Articles in articles/part-PID.parquet, events in events/month=YYYY-MM/part-PID.parquet."""
    import duckdb

    by_month: dict[str, list[Event]] = {}
    for _, events in coded:
        for e in events:
            day = e.date or e.published
            by_month.setdefault(day.strftime("%Y-%m") if day else "undated", []).append(e)
    con = duckdb.connect(":memory:")
    try:
        con.execute("CREATE TABLE a (id VARCHAR, published DATE, lang VARCHAR, outlet VARCHAR, "
                    "article_json VARCHAR)")
        con.executemany("INSERT INTO a VALUES (?, ?, ?, ?, ?)", [
            [a.id, a.published, a.lang, a.outlet, json.dumps(_article_dict(a))]
            for a, _ in coded])
        _copy(con, "a", out / "articles" / f"part-{pid}.parquet")
        for month, events in by_month.items():
            con.execute("CREATE OR REPLACE TABLE e (id VARCHAR, doc_id VARCHAR, date DATE, "
                        "source_country VARCHAR, target_country VARCHAR, cameo VARCHAR, "
                        "goldstein DOUBLE, quad_class INTEGER, modality VARCHAR, "
                        "event_json VARCHAR)")
            con.executemany("INSERT INTO e VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                [e.id, e.article_id, e.date, e.source.country,
                 e.target.country if e.target else None, e.cameo, e.goldstein, e.quad_class,
                 e.modality.value, json.dumps(e.to_dict(), ensure_ascii=False)]
                for e in events])
            _copy(con, "e", out / "events" / f"month={month}" / f"part-{pid}.parquet")
    finally:
        con.close()


def _copy(con: Any, table: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    con.execute(f"COPY {table} TO ? (FORMAT parquet)", [str(tmp)])
    os.replace(tmp, path)  # a killed run never leaves half a file under the real name


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _article_dict(a: Article) -> dict[str, Any]:
    d = {k: getattr(a, k) for k in ARTICLE_FIELDS}
    d["published"] = a.published.isoformat() if a.published else None
    return d


def read_output(out: Path) -> Iterator[tuple[Article, list[Event]]]:
    """Every article of a run's output with its events (for `entente load`)."""
    import duckdb

    from entente.ingest.extract import parse_date

    con = duckdb.connect(":memory:")
    try:
        events: dict[str, list[Event]] = {}
        if list(out.glob("events/*/*.parquet")):
            for doc_id, ej in con.execute(
                    "SELECT doc_id, event_json FROM read_parquet(?, hive_partitioning=true) "
                    "ORDER BY doc_id, id", [str(out / "events" / "*" / "*.parquet")]).fetchall():
                events.setdefault(doc_id, []).append(Event.from_dict(json.loads(ej)))
        for (aj,) in con.execute("SELECT article_json FROM read_parquet(?) ORDER BY id",
                                 [str(out / "articles" / "*.parquet")]).fetchall():
            d = json.loads(aj)
            d["published"] = parse_date(d.get("published"))
            article = Article(**d)
            yield article, sorted(events.get(article.id, []),
                                  key=lambda e: (e.sentence_index, e.id))
    finally:
        con.close()
