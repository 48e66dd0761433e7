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
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entente.ingest.readers import Discovered, discover
from entente.records import Article, Event, Quote
from entente.services.ingest import IngestSession
from entente.store.model import Pending
from entente.store.runs import write_partition

if TYPE_CHECKING:
    from entente.pipeline import Pipeline

SMALL_FILES_PER_PARTITION = 25


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


class PartitionSink:
    """Where a partition's session puts its articles: kept in memory, then written as the
    partition's Parquet files (a partition is small by construction)."""

    def __init__(self) -> None:
        self.coded: list[tuple[Article, Sequence[Event]]] = []
        self._ids: set[str] = set()

    def held_articles(self, article_ids: Sequence[str]) -> set[str]:
        return self._ids.intersection(article_ids)

    def story_signatures(self) -> list[tuple[str, str, bytes]]:
        return []

    def add_article(self, article: Article, events: Sequence[Event], story_id: str | None = None,
                    minhash: bytes | None = None, quotes: Sequence[Quote] = ()) -> bool:
        """Keep an article and its events (a run's files hold no quotes yet: ingest into a
        store to keep them)."""
        if article.id in self._ids:
            return False
        self._ids.add(article.id)
        self.coded.append((article, events))
        return True

    def add_articles(self, batch: Sequence[Pending]) -> list[bool]:
        return [self.add_article(p.article, p.events, p.story_id, p.minhash) for p in batch]


def done_marker(out: Path, partition_id: str) -> Path:
    return out / "_done" / f"{partition_id}.json"


def code_partition(partition: Partition, out: Path, pipeline: Pipeline) -> PartitionResult:
    """Code one partition with `pipeline` (through the ingest session every front end
    uses) and write its Parquet files and done-marker. Stories are grouped when the run
    is loaded, across all partitions."""
    import resource

    sink = PartitionSink()
    session = IngestSession(sink, pipeline, stories=False)
    report = session.ingest(partition.inputs)
    result = PartitionResult(partition.id, articles=len(sink.coded),
                             events=sum(len(evs) for _, evs in sink.coded),
                             failures=[(f.origin, f.reason) for f in report.failures],
                             peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    write_partition(out, partition.id, sink.coded)
    marker = done_marker(out, partition.id)
    marker.parent.mkdir(parents=True, exist_ok=True)
    tmp = marker.with_name(marker.name + ".tmp")
    tmp.write_text(json.dumps(result.to_dict()))
    os.replace(tmp, marker)  # a killed run never leaves a marker of a partition not written
    return result
