"""The ingest session: accept a document, code it, join its story, store it, say what
happened. `entente ingest` and `entente demo`, `POST /api/articles`, `entente load` and
every partition of `entente run` go through it.

Articles are coded and stored in batches, one transaction per batch (store/writes.py), so
a crash never leaves half an article in the database; a batch the store refuses is stored
again one article at a time, so one bad article never sinks the others. A session may be
shared by threads (the web server's): the pipeline codes one batch at a time, and the story
index, the store's writes and the report change under one lock, while articles are coded
outside it.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from entente.errors import EntenteError, InputError
from entente.ingest.readers import ReadContext, ReadResult, read_inputs
from entente.records import Article, Event, Quote
from entente.store.model import Pending
from entente.vocabulary import BATCH_SIZE

if TYPE_CHECKING:
    from entente.ingest.stories import StoryIndex
    from entente.pipeline import Pipeline
    from entente.services.workers import Coded, PipelineFactory

log = logging.getLogger(__name__)
T = TypeVar("T")
# An article to store with its events and its quotes.
ToStore = tuple[Article, Sequence[Event], Sequence[Quote]]
LOAD_BATCH = 500  # articles of a run stored per transaction (they come coded)
# While workers code, this many of their batches are stored in one transaction: the
# writer's statements cost about as much for 16 articles as for 64, and its time is taken
# from the workers' cores (the tables are the same whatever the batch, store/writes.py)
STORE_GROUP = 4

SEEN_MARGIN = timedelta(minutes=1)


class Sink(Protocol):
    """Where accepted articles go: a Store, or a partition's files (scale/partitions.py)."""

    def held_articles(self, article_ids: Sequence[str]) -> set[str]: ...

    def story_signatures(self) -> list[tuple[str, str, bytes]]: ...

    def add_article(self, article: Article, events: Sequence[Event], story_id: str | None = None,
                    minhash: bytes | None = None, quotes: Sequence[Quote] = ()) -> bool: ...

    def add_articles(self, batch: Sequence[Pending]) -> list[bool]: ...


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
    progress). With `workers` > 1 and a `pipeline_factory` (a picklable callable that
    makes the Pipeline), `accept_many` codes in that many worker processes when there is
    more than one batch to code (services/workers.py); this process stays the one writer
    and stores in the input's order.
    """

    def __init__(self, sink: Sink, pipeline: Pipeline | None = None, *, stories: bool = True,
                 on_outcome: Callable[[Outcome], None] | None = None,
                 batch_size: int = BATCH_SIZE, workers: int = 1,
                 pipeline_factory: PipelineFactory | None = None) -> None:
        self.sink = sink
        self.pipeline = pipeline
        self.report = IngestReport()
        self._group = stories
        self._stories: StoryIndex | None = None
        self._signatures: dict[str, bytes] = {}  # made by the workers, not yet used
        self._seen: datetime | None = None  # the latest storing time of signatures read
        self._on_outcome = on_outcome
        self._batch_size = batch_size
        self._workers = workers if pipeline_factory is not None else 1
        self._factory = pipeline_factory
        self._lock = threading.RLock()  # the sink's writes, the story index, the report
        self._code_lock = threading.Lock()  # a spaCy pipeline is not thread-safe

    # -- reading inputs -------------------------------------------------------------------

    def ingest(self, inputs: Iterable[str | Path], context: ReadContext | None = None,
               on_input: Callable[[int, int], None] | None = None) -> IngestReport:
        """Read, code and store every document of `inputs` (files, folders, addresses);
        `on_input(done, total)` as each input is finished."""
        context = context or ReadContext()

        def read() -> Iterator[Article]:
            for done, total, results in read_inputs(inputs, context):
                for result in results:
                    article = self._read(result)
                    if article is not None:
                        yield article
                if on_input:
                    on_input(done, total)

        for _outcome in self.accept_many(self._new(read(), _itself)):
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
        return bool(list(self._new([article], _itself)))

    def _new(self, items: Iterable[T], article_of: Callable[[T], Article]) -> Iterator[T]:
        """The items whose article the sink does not hold yet, looked up a batch at a
        time; the others are settled as duplicates."""
        for batch in _batches(items, self._batch_size):
            held = self.sink.held_articles([article_of(item).id for item in batch])
            for item in batch:
                article = article_of(item)
                if article.id in held:
                    self._settle(Outcome(Status.DUPLICATE, _origin(article), article))
                else:
                    yield item

    # -- accepting articles ---------------------------------------------------------------

    def accept(self, article: Article, events: Sequence[Event] | None = None,
               quotes: Sequence[Quote] = ()) -> Outcome:
        """Code (unless `events` are given, with their `quotes`), join a story, store; what
        became of it."""
        if not self._is_new(article):
            return Outcome(Status.DUPLICATE, _origin(article), article)
        if events is None:
            coded = self._code([article])
            if not coded:
                return Outcome(Status.FAILED, _origin(article), article,
                               reason="coding failed")
            return self._store(coded)[0]
        return self._store([(article, events, quotes)])[0]

    def accept_many(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Code articles in batches and store each batch; a batch that fails to code is
        coded one article at a time, so one poisoned document never sinks the others."""
        for coded in self._coded(_batches(articles, self._batch_size)):
            yield from self._store(coded)

    def _coded(self, batches: Iterator[list[Article]]
               ) -> Iterator[Sequence[ToStore | Outcome]]:
        """Each batch coded, in order: in worker processes when there are several batches
        and workers to share them (STORE_GROUP of their batches at a time), else here. An
        article that failed to code comes as its outcome, before the others of its batch
        (as `_code` settles it)."""
        first = next(batches, None)
        second = next(batches, None) if first is not None else None
        if first is None:
            return
        if second is None or self._workers <= 1 or self._factory is None:
            yield self._code(first)
            if second is not None:
                yield self._code(second)
            for batch in batches:
                yield self._code(batch)
            return
        from entente.services.workers import CodingPool

        with CodingPool(self._workers, self._factory, signatures=self._group) as pool:
            group: list[ToStore | Outcome] = []
            for k, (coded, signatures) in enumerate(
                    pool.code(itertools.chain([first, second], batches)), start=1):
                self._signatures.update(signatures)
                failed, fine = self._coding_failures(coded)
                group += [*failed, *fine]
                if k % STORE_GROUP == 0:
                    yield group
                    group = []
            if group:
                yield group

    def store_many(self, coded: Iterable[tuple[Article, Sequence[Event]]]) -> Iterator[Outcome]:
        """Store articles that come with their events (a run's output), in batches."""
        for batch in _batches(coded, self._batch_size):
            yield from self._store([(article, events, ()) for article, events in batch])

    def _code(self, batch: list[Article]) -> list[ToStore]:
        if self.pipeline is None:
            raise ValueError("this session has no pipeline: give each article its events")
        from entente.services.workers import code_batch

        with self._code_lock:
            return self._settle_coding(code_batch(self.pipeline, batch))

    def _settle_coding(self, coded: list[Coded]) -> list[ToStore]:
        """The coded articles; those that failed to code are settled as failures."""
        failed, out = self._coding_failures(coded)
        for outcome in failed:
            self._settle(outcome)
        return out

    def _coding_failures(self, coded: list[Coded]) -> tuple[list[Outcome], list[ToStore]]:
        """The outcomes of the articles that failed to code (not settled yet), and the
        coded articles."""
        failed: list[Outcome] = []
        out: list[ToStore] = []
        for article, events, quotes in coded:
            if isinstance(events, str):
                self._signatures.pop(article.id, None)
                failed.append(Outcome(Status.FAILED, _origin(article), article, reason=events))
            else:
                out.append((article, events, quotes))
        return failed, out

    def _store(self, coded: Sequence[ToStore | Outcome]) -> list[Outcome]:
        """Join each article to its story and store the batch in one transaction; what
        became of each, in order (an outcome given, of an article that failed to code, is
        settled in its place)."""
        with self._lock, self._story_lock():
            self._refresh_stories()
            pending: list[Pending] = []
            outcomes: dict[int, Outcome] = {}
            for i, item in enumerate(coded):
                if isinstance(item, Outcome):
                    outcomes[i] = item
                    continue
                article, events, quotes = item
                self._count_cut(article)
                try:
                    story, sig = self._join_story(article)
                except EntenteError as exc:
                    outcomes[i] = Outcome(Status.FAILED, _origin(article), article,
                                          reason=f"not stored: {exc}")
                    continue
                pending.append(Pending(article, [placed_in_time(e) for e in events], story,
                                       sig, quotes))
            stored = self._add(pending)
            slots = [i for i in range(len(coded)) if i not in outcomes]
            for i, one, result in zip(slots, pending, stored, strict=True):
                outcomes[i] = self._outcome(one, result)
            return [self._settle(outcomes[i]) for i in range(len(coded))]

    def _add(self, pending: list[Pending]) -> list[bool | EntenteError]:
        """The sink's answer for each article: stored, already there, or why not."""
        if not pending:
            return []
        if len(pending) > 1:
            try:
                return list(self.sink.add_articles(pending))
            except Exception:  # noqa: BLE001 - find the culprit one article at a time
                log.info("a batch of %d articles was refused; storing them one by one",
                         len(pending))
        out: list[bool | EntenteError] = []
        for p in pending:
            try:
                out.append(self.sink.add_articles([p])[0])
            except EntenteError as exc:
                out.append(exc)
            except Exception as exc:  # noqa: BLE001 - one article's failure, never the run's
                log.exception("storing failed for %s", _origin(p.article))
                out.append(EntenteError(f"{type(exc).__name__}: {exc}"[:300]))
        return out

    def _count_cut(self, article: Article) -> None:
        """Count an article longer than the coder reads (the summary says so)."""
        if self.pipeline is not None and self.pipeline.supports(article.lang):
            from entente.pipeline import MAX_CODED_CHARS

            if len(article.text) > MAX_CODED_CHARS:
                self.report.cut += 1

    def _outcome(self, p: Pending, result: bool | EntenteError) -> Outcome:
        article = p.article
        coded = self.pipeline.supports(article.lang) if self.pipeline else bool(p.events)
        if isinstance(result, EntenteError):
            return Outcome(Status.FAILED, _origin(article), article,
                           reason=f"not stored: {result}")
        if not result:  # stored before, or by another process meanwhile
            return Outcome(Status.DUPLICATE, _origin(article), article, coded)
        # the events as coded from this text; a story copy's repeats are stored as
        # mentions of the story's earlier events
        story = p.story_id or article.id
        return Outcome(Status.STORED, _origin(article), article, coded, story,
                       tuple(replace(e, story_id=story) for e in p.events))

    def _story_lock(self) -> AbstractContextManager[None]:
        """Where several processes write one store, the story assignment and the storing
        of an article are one step among all of them (the store's lock)."""
        shared = self._group and getattr(self.sink, "SHARED_WRITERS", False)
        return self.sink.story_lock() if shared else nullcontext()  # type: ignore[attr-defined]

    def _refresh_stories(self) -> None:
        """The stories known before a batch is stored: all of the store's, read once; where
        several processes write, what the others stored since we last looked (a minute's
        margin for clocks), read once a batch under the story lock, so two processes never
        start one story twice (the batch's own articles join the index as they are
        assigned)."""
        if not self._group:
            return
        from entente.ingest.stories import StoryIndex

        if getattr(self.sink, "SHARED_WRITERS", False):
            since = self._seen - SEEN_MARGIN if self._seen else None
            known, self._seen = self.sink.story_signatures_since(since)  # type: ignore[attr-defined]
            self._stories = (self._stories or StoryIndex()).load(known)
        elif self._stories is None:
            self._stories = StoryIndex().load(self.sink.story_signatures())

    def _join_story(self, article: Article) -> tuple[str | None, bytes | None]:
        if not self._group or self._stories is None:
            return None, None
        from entente.ingest.stories import signature

        sig = (self._signatures.pop(article.id, None)
               or signature(article.text, article.published, article.title))
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


def _itself(article: Article) -> Article:
    return article


def _origin(article: Article) -> str:
    return article.origin or article.id


def load_run(store: Sink, out: Path,
             on_article: Callable[[int], None] | None = None) -> IngestReport:
    """Store every article of a run's output (`entente run`) with its events, in
    batches, grouping stories as ingestion does; returns the session's report."""
    from entente.store.runs import read_run

    session = IngestSession(store, batch_size=LOAD_BATCH)

    fresh = session._new(read_run(out), lambda item: item[0])
    for i, _outcome in enumerate(session.store_many(fresh), start=1):
        if on_article:
            on_article(i)
    return session.report


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _tally(counts: Counter[str]) -> str:
    """"en 42, es 22": a count per kind, the most first."""
    return ", ".join(f"{k} {v}" for k, v in counts.most_common())


def describe(report: IngestReport) -> list[str]:
    """The summary lines of a report, as `entente ingest` prints them."""
    langs = _tally(report.by_lang) or "none"
    fmts = _tally(report.by_format) or "none"
    lines = [f"read {report.read} articles ({langs}; {fmts})",
             f"stored {report.stored} new, {report.duplicates} already stored, "
             f"{report.events} events coded"]
    if report.joined_stories:
        lines.append(f"{report.joined_stories} articles are other outlets' copies of a story: "
                     "their events count once, with more articles and sources")
    if report.not_coded:
        lines.append("not coded (language not supported): " + _tally(report.not_coded))
    if report.cut:
        from entente.pipeline import MAX_CODED_CHARS

        lines.append(f"{report.cut} articles longer than {MAX_CODED_CHARS:,} characters: only "
                     "their beginning was coded")
    if report.by_encoding:
        lines.append("read in other encodings than UTF-8: " + _tally(report.by_encoding))
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
