"""The ingest session: accept a document, code it, join its story, store it, say what
happened. `entente ingest` and `entente demo`, `POST /api/articles`, `entente load` and
every partition of `entente run` go through it.

One article per transaction, so a broken input or a crash loses nothing but that input and
never leaves half an article in the database. A session may be shared by threads (the web
server's): the pipeline codes one batch at a time, and the story index, the store's writes
and the report change under one lock, while articles are coded outside it.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from entente.errors import EntenteError, InputError
from entente.ingest.readers import ReadContext, ReadResult, read_inputs
from entente.records import Article, Event
from entente.vocabulary import BATCH_SIZE

if TYPE_CHECKING:
    from entente.ingest.stories import StoryIndex
    from entente.pipeline import Pipeline

log = logging.getLogger(__name__)

SEEN_MARGIN = timedelta(minutes=1)


class Sink(Protocol):
    """Where accepted articles go: a Store, or a partition's files (scale/partitions.py)."""

    def has_article(self, article_id: str) -> bool: ...

    def story_signatures(self) -> list[tuple[str, str, bytes]]: ...

    def add_article(self, article: Article, events: Sequence[Event], story_id: str | None = None,
                    minhash: bytes | None = None) -> bool: ...


class Status(StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"  # the same text was stored before
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Failure:
    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one document."""

    status: Status
    origin: str
    article: Article | None = None
    coded: bool = False  # False for a language the pipeline cannot code
    story_id: str | None = None
    events: tuple[Event, ...] = ()  # as coded from this text, in the story they joined
    reason: str | None = None  # why it failed

    @property
    def stored(self) -> bool:
        return self.status is Status.STORED

    @property
    def joined_story(self) -> bool:
        """Stored as another outlet's copy of a story already held."""
        return self.stored and self.article is not None and self.story_id != self.article.id


@dataclass
class IngestReport:
    """What one session did."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    joined_stories: int = 0  # stored articles that are another outlet's copy of a story
    events: int = 0
    not_coded: Counter[str] = field(default_factory=Counter)  # language -> articles
    by_lang: Counter[str] = field(default_factory=Counter)
    by_format: Counter[str] = field(default_factory=Counter)
    by_encoding: Counter[str] = field(default_factory=Counter)  # documents not in UTF-8
    cut: int = 0  # articles longer than the pipeline codes: only their start is coded
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Failure] = field(default_factory=list)  # read, but something dropped

    def count(self, outcome: Outcome) -> None:
        if outcome.status is Status.FAILED:
            self.failures.append(Failure(outcome.origin, outcome.reason or "failed"))
        elif outcome.status is Status.DUPLICATE:
            self.duplicates += 1
        else:
            self.stored += 1
            self.events += len(outcome.events)
            self.joined_stories += outcome.joined_story
            if not outcome.coded and outcome.article is not None:
                self.not_coded[outcome.article.lang or "unknown"] += 1


class IngestSession:
    """Accepts documents into a sink, one at a time or in batches, and keeps the report.

    `pipeline` codes articles that come without events (None: every article must bring
    its events, as a run's output does). With `stories` off, articles are not grouped
    into stories here (a partition's are grouped when the run is loaded).
    `on_outcome` is called as soon as each document is settled (for messages and
    progress).
    """

    def __init__(self, sink: Sink, pipeline: Pipeline | None = None, *, stories: bool = True,
                 on_outcome: Callable[[Outcome], None] | None = None,
                 batch_size: int = BATCH_SIZE) -> None:
        self.sink = sink
        self.pipeline = pipeline
        self.report = IngestReport()
        self._group = stories
        self._stories: StoryIndex | None = None
        self._seen: datetime | None = None  # the latest storing time of signatures read
        self._on_outcome = on_outcome
        self._batch_size = batch_size
        self._lock = threading.RLock()  # the sink's writes, the story index, the report
        self._code_lock = threading.Lock()  # a spaCy pipeline is not thread-safe

    # -- reading inputs -------------------------------------------------------------------

    def ingest(self, inputs: Iterable[str | Path], context: ReadContext | None = None,
               on_input: Callable[[int, int], None] | None = None) -> IngestReport:
        """Read, code and store every document of `inputs` (files, folders, addresses);
        `on_input(done, total)` as each input is finished."""
        context = context or ReadContext()

        def fresh() -> Iterator[Article]:
            for done, total, results in read_inputs(inputs, context):
                for result in results:
                    article = self._read(result)
                    if article is not None and self._is_new(article):
                        yield article
                if on_input:
                    on_input(done, total)

        for _outcome in self.accept_many(fresh()):
            pass
        return self.report

    def _read(self, result: ReadResult) -> Article | None:
        if result.error is not None or result.article is None:
            err = result.error or InputError(result.origin, "unreadable")
            self._settle(Outcome(Status.FAILED, err.origin,
                                 reason=err.reason + (f" ({err.fix})" if err.fix else "")))
            return None
        with self._lock:
            self.report.read += 1
            self.report.by_lang[result.article.lang or "unknown"] += 1
            self.report.by_format[result.source_format] += 1
            if result.encoding and result.encoding not in ("utf-8", "ascii"):
                self.report.by_encoding[result.encoding] += 1
            self.report.warnings += [Failure(result.origin, w) for w in result.warnings]
        return result.article

    def _is_new(self, article: Article) -> bool:
        if self.sink.has_article(article.id):
            self._settle(Outcome(Status.DUPLICATE, _origin(article), article))
            return False
        return True

    # -- accepting articles ---------------------------------------------------------------

    def accept(self, article: Article, events: Sequence[Event] | None = None) -> Outcome:
        """Code (unless `events` are given), join a story, store; what became of it."""
        if not self._is_new(article):
            return Outcome(Status.DUPLICATE, _origin(article), article)
        if events is None:
            coded = self._code([article])
            if not coded:
                return Outcome(Status.FAILED, _origin(article), article,
                               reason="coding failed")
            events = coded[0][1]
        return self._store(article, events)

    def accept_many(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Code articles in batches and store each; a batch that fails to code is coded
        one article at a time, so one poisoned document never sinks the others."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self._batch_size:
                yield from (self._store(a, evs) for a, evs in self._code(batch))
                batch = []
        if batch:
            yield from (self._store(a, evs) for a, evs in self._code(batch))

    def _code(self, batch: list[Article]) -> list[tuple[Article, list[Event]]]:
        if self.pipeline is None:
            raise ValueError("this session has no pipeline: give each article its events")
        pipeline = self.pipeline
        with self._code_lock:
            try:
                return list(pipeline.code_many(batch, batch_size=len(batch)))
            except Exception:  # noqa: BLE001 - isolate the culprit below
                coded = []
                for article in batch:
                    try:
                        coded.append((article, pipeline.code_article(article)))
                    except Exception as exc:  # noqa: BLE001 - one bad document is reported
                        log.exception("coding failed for %s", _origin(article))
                        self._settle(Outcome(Status.FAILED, _origin(article), article,
                                             reason=f"coding failed: {exc!r}"))
                return coded

    def _store(self, article: Article, events: Sequence[Event]) -> Outcome:
        coded = self.pipeline.supports(article.lang) if self.pipeline else bool(events)
        events = [placed_in_time(e) for e in events]
        if coded and self.pipeline is not None:
            from entente.pipeline import MAX_CODED_CHARS

            if len(article.text) > MAX_CODED_CHARS:
                with self._lock:
                    self.report.cut += 1
        with self._lock:
            try:
                with self._story_lock():
                    story, sig = self._join_story(article)
                    added = self.sink.add_article(article, events, story_id=story, minhash=sig)
                if added:
                    # the events as coded from this text; a story copy's repeats are stored
                    # as mentions of the story's earlier events
                    found = tuple(replace(e, story_id=story or article.id) for e in events)
                    outcome = Outcome(Status.STORED, _origin(article), article, coded,
                                      story or article.id, found)
                else:  # another process stored the same text meanwhile
                    outcome = Outcome(Status.DUPLICATE, _origin(article), article, coded)
            except EntenteError as exc:
                outcome = Outcome(Status.FAILED, _origin(article), article,
                                  reason=f"not stored: {exc}")
            except Exception as exc:  # noqa: BLE001 - one article's failure, never the run's
                log.exception("storing failed for %s", _origin(article))
                outcome = Outcome(Status.FAILED, _origin(article), article,
                                  reason=f"not stored: {type(exc).__name__}: {exc}"[:300])
            return self._settle(outcome)

    def _story_lock(self) -> AbstractContextManager[None]:
        """Where several processes write one store, the story assignment and the storing
        of an article are one step among all of them (the store's lock)."""
        shared = self._group and getattr(self.sink, "SHARED_WRITERS", False)
        return self.sink.story_lock() if shared else nullcontext()  # type: ignore[attr-defined]

    def _join_story(self, article: Article) -> tuple[str | None, bytes | None]:
        if not self._group:
            return None, None
        from entente.ingest.stories import StoryIndex, signature

        if getattr(self.sink, "SHARED_WRITERS", False):
            # what other processes stored since we last looked (a minute's margin for
            # clocks), read under the story lock: two processes never start one story twice
            since = self._seen - SEEN_MARGIN if self._seen else None
            known, self._seen = self.sink.story_signatures_since(since)  # type: ignore[attr-defined]
            self._stories = (self._stories or StoryIndex()).load(known)
        elif self._stories is None:
            self._stories = StoryIndex().load(self.sink.story_signatures())
        sig = signature(article.text)
        return self._stories.assign(article.id, sig), sig

    def _settle(self, outcome: Outcome) -> Outcome:
        with self._lock:
            self.report.count(outcome)
        if outcome.status is Status.FAILED:
            log.info("failed: %s: %s", outcome.origin, outcome.reason)
        if self._on_outcome:
            self._on_outcome(outcome)
        return outcome


def placed_in_time(event: Event) -> Event:
    """An event with no date of its own takes its article's, and says so."""
    if event.date is None and event.published is not None:
        return replace(event, date=event.published, date_precision="published")
    return event


def _origin(article: Article) -> str:
    return article.origin or article.id


def load_run(store: Sink, out: Path,
             on_article: Callable[[int], None] | None = None) -> IngestReport:
    """Store every article of a run's output (`entente run`) with its events, grouping
    stories as ingestion does; returns the session's report."""
    from entente.store.runs import read_run

    session = IngestSession(store)
    for i, (article, events) in enumerate(read_run(out), start=1):
        session.accept(article, events)
        if on_article:
            on_article(i)
    return session.report


def describe(report: IngestReport) -> list[str]:
    """The summary lines of a report, as `entente ingest` prints them."""
    langs = ", ".join(f"{k} {v}" for k, v in report.by_lang.most_common()) or "none"
    fmts = ", ".join(f"{k} {v}" for k, v in report.by_format.most_common()) or "none"
    lines = [f"read {report.read} articles ({langs}; {fmts})",
             f"stored {report.stored} new, {report.duplicates} already stored, "
             f"{report.events} events coded"]
    if report.joined_stories:
        lines.append(f"{report.joined_stories} articles are other outlets' copies of a story: "
                     "their events count once, with more articles and sources")
    if report.not_coded:
        lines.append("not coded (language not supported): "
                     + ", ".join(f"{k} {v}" for k, v in report.not_coded.items()))
    if report.cut:
        from entente.pipeline import MAX_CODED_CHARS

        lines.append(f"{report.cut} articles longer than {MAX_CODED_CHARS:,} characters: only "
                     "their beginning was coded")
    if report.by_encoding:
        lines.append("read in other encodings than UTF-8: "
                     + ", ".join(f"{k} {v}" for k, v in report.by_encoding.most_common()))
    for w in report.warnings[:10]:
        lines.append(f"warning: {w.origin}: {w.reason}")
    if len(report.warnings) > 10:
        lines.append(f"... and {len(report.warnings) - 10} warnings more")
    if report.failures:
        lines.append(f"{len(report.failures)} failed (listed above); fix them and run again: "
                     "stored articles are skipped")
    return lines


__all__ = ["Failure", "IngestReport", "IngestSession", "Outcome", "Sink", "Status",
           "describe", "load_run", "placed_in_time"]
