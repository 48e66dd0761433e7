"""The store: articles, their events and the mentions of each, behind one interface, the
same SQL for DuckDB (duck.py) and PostgreSQL (postgres.py).

A backend supplies connections and its dialect (placeholders, types); everything else,
including the story merging of events, lives here. Rows are the records' flat rows
(columns.py), so the store never lists a record's columns by hand.

A store may be used by many threads at once: each statement borrows a connection from a
small pool (a transaction keeps its one until it ends), so readers never wait behind one
lock, and a connection is never used by two threads at a time.
"""

from __future__ import annotations

import queue
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any

from entente.columns import unflat
from entente.errors import StoreError, clip
from entente.records import Article, Event, Quote
from entente.store import pages, queries, writes
from entente.store.model import (
    DyadCount,
    EventQuery,
    LeftOut,
    Pending,
    PeriodRow,
    Point,
    QuoteQuery,
    Signal,
    StoreStats,
)
from entente.store.schema import (
    ARTICLE_COLUMNS,
    ARTICLE_TYPES,
    EVENT_COLUMNS,
    EVENT_TYPES,
    MIGRATIONS,
    QUOTE_COLUMNS,
    QUOTE_TYPES,
    SCHEMA_VERSION,
)
from entente.vocabulary import happened_sql

__all__ = ["POOL_SIZE", "DyadCount", "EventQuery", "LeftOut", "Pending", "PeriodRow",
           "Pool", "Point", "Result", "Store", "StoreStats"]

POOL_SIZE = 8
POOL_WAIT_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class Result:
    """A statement's answer, read in full before its connection goes back to the pool."""

    rows: list[tuple[Any, ...]]
    names: list[str]
    rowcount: int

    def fetchone(self) -> tuple[Any, ...] | None:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self.rows

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.names, row, strict=True)) for row in self.rows]


class Pool:
    """At most `size` connections made by `connect`, lent to one thread at a time."""

    def __init__(self, connect: Any, size: int = POOL_SIZE) -> None:
        self._connect = connect
        self._idle: queue.LifoQueue[Any] = queue.LifoQueue()
        self._made: list[Any] = []
        self._size = size
        self._lock = threading.Lock()

    @contextmanager
    def connection(self) -> Iterator[Any]:
        con = self._take()
        try:
            yield con
        finally:
            self._idle.put(con)

    def _take(self) -> Any:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._made) < self._size:
                con = self._connect()
                self._made.append(con)
                return con
        try:
            return self._idle.get(timeout=POOL_WAIT_SECONDS)
        except queue.Empty:
            raise StoreError(f"no database connection free after {POOL_WAIT_SECONDS:.0f} s "
                             f"({self._size} in use); the server is overloaded") from None

    def close(self) -> None:
        with self._lock:
            for con in self._made:
                con.close()
            self._made.clear()


class Store(ABC):
    """Articles and their events; one transaction per batch so nothing is half-written.

    Answers what the front ends ask: events by filters, counted, in date order either
    way, a page at a time; series per period; dyads; shifts' sequences; a revision key.
    """

    location: str
    pool: Pool

    # -- what a backend supplies --------------------------------------------------------

    @abstractmethod
    def _run(self, con: Any, sql: str, params: Sequence[Any]) -> Result:
        """Run one statement with `?` placeholders on `con`."""

    @abstractmethod
    def _run_many(self, con: Any, sql: str, rows: list[list[Any]]) -> None: ...

    def _ddl(self, statement: str) -> str:
        """A schema statement in this database's dialect."""
        return statement

    def _lock_schema(self) -> None:  # noqa: B027 - a no-op where one process writes
        """Serialise schema upgrades between processes (where several may write)."""

    def _lock_story(self, story_id: str) -> None:  # noqa: B027 - as _lock_schema
        """Serialise the merging of one story's events between processes."""

    BEGIN = "BEGIN"

    # -- connections --------------------------------------------------------------------

    _local: threading.local

    def _start_pool(self, connect: Any, size: int = POOL_SIZE) -> None:
        self.pool = Pool(connect, size)
        self._local = threading.local()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Result:
        """Run one statement: inside this thread's transaction if one is open, else on a
        connection borrowed for it."""
        con = getattr(self._local, "con", None)
        if con is not None:
            return self._run(con, sql, params)
        with self.pool.connection() as borrowed:
            return self._run_read(borrowed, sql, params)

    # At most this many seconds for one statement outside a transaction (None: no limit);
    # the web server sets it, so that one dear request cannot hold a connection for long.
    query_timeout: float | None = None

    def _run_read(self, con: Any, sql: str, params: Sequence[Any]) -> Result:
        """A statement on a borrowed connection, within `query_timeout` where the backend
        can interrupt one (a backend's override)."""
        return self._run(con, sql, params)

    def _too_slow(self) -> StoreError:
        return StoreError(f"the query took longer than {self.query_timeout:.0f} s and was "
                          "stopped; ask for less (a shorter range, fewer periods) or try "
                          "again later")

    def _executemany(self, sql: str, rows: list[list[Any]]) -> None:
        con = getattr(self._local, "con", None)
        assert con is not None, "bulk writes run inside a transaction"
        self._run_many(con, sql, rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One connection for this thread until the block ends: committed, or rolled back
        if the block raises."""
        with self.pool.connection() as con:
            self._local.con = con
            try:
                self._run(con, self.BEGIN, ())
                try:
                    yield
                except BaseException:
                    self._run(con, "ROLLBACK", ())
                    raise
                self._run(con, "COMMIT", ())
            finally:
                self._local.con = None

    def limit_memory(self, limit: str) -> None:  # noqa: B027 - a server's own affair
        """Hold at most `limit` (e.g. "384MB") of the database's pages in memory (DuckDB
        keeps a store's pages in memory up to most of the machine's)."""

    def close(self) -> None:
        self.pool.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------

    def schema_version(self) -> int:
        exists = self._execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self._execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(self._too_new())
        if current == 0:
            self._execute("CREATE TABLE IF NOT EXISTS schema_version "
                          "(version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            with self._transaction():
                self._lock_schema()
                if self.schema_version() >= version:  # another process got there first
                    continue
                for statement in MIGRATIONS[version - 1]:
                    self._execute(self._ddl(statement))
                self._execute("INSERT INTO schema_version VALUES (?, ?)",
                              [version, datetime.now(UTC).replace(tzinfo=None)])

    def _too_new(self) -> str:
        return (f"{self.location}: database schema v{self.schema_version()} is newer than this "
                f"entente understands (v{SCHEMA_VERSION}); upgrade entente")

    # -- writing ------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return article_id in self.held_articles([article_id])

    def held_articles(self, article_ids: Sequence[str]) -> set[str]:
        """Those of `article_ids` the store holds, in one look-up."""
        if not article_ids:
            return set()
        marks = ", ".join("?" for _ in article_ids)
        return {r[0] for r in self._execute(f"SELECT id FROM articles WHERE id IN ({marks})",
                                            list(article_ids)).fetchall()}

    def add_article(self, article: Article, events: Sequence[Event], story_id: str | None = None,
                    minhash: bytes | None = None, quotes: Sequence[Quote] = ()) -> bool:
        """Store an article, its events and its quotes atomically; False if it was already
        there. `add_articles` with a batch of one."""
        return self.add_articles([Pending(article, events, story_id, minhash, quotes)])[0]

    def add_articles(self, batch: Sequence[Pending]) -> list[bool]:
        """Store articles, their events and their quotes in one transaction; for each,
        False if it was already there (or earlier in the batch).

        With a `story_id` of an earlier article, an event the story already holds (same
        source, target, code and modality) is not stored again: it gains a mention,
        and its counts of articles and outlets are updated; the earliest-published article
        becomes its first source. The rows are those of storing the batch's articles one
        at a time (store/writes.py).
        """
        if not batch:
            return []
        now = datetime.now(UTC).replace(tzinfo=None)
        with self._transaction(), self._database_errors(batch):
            for story in sorted({writes.story_id_of(p) for p in batch}):
                self._lock_story(story)
            fresh = self._fresh(batch)
            if not fresh:
                return [False] * len(batch)
            rows = writes.article_rows(fresh, now)
            stored = self._insert_articles(fresh, rows)
            self._write_events(stored)
            self._insert_rows("quotes", QUOTE_COLUMNS, QUOTE_TYPES, writes.quote_rows(stored),
                              conflict=True)
        ids = {p.article.id for p in stored}
        done: set[str] = set()
        out = []
        for p in batch:
            out.append(p.article.id in ids and p.article.id not in done)
            done.add(p.article.id)
        return out

    def _insert_articles(self, fresh: list[Pending], rows: list[list[Any]]) -> list[Pending]:
        """Insert the articles' rows; those inserted. Where other processes write too,
        one may have stored an article since `_fresh` looked: it is skipped. Where this
        process is the one writer, `_fresh` looked inside this transaction, so every row
        goes in as it is (a conflict clause costs a look-up in the key's index for every
        row, dearer as the table grows; a row stored meanwhile by another connection of
        this process fails the batch, which is then stored one article at a time)."""
        names = (*ARTICLE_COLUMNS, "minhash")
        if not self.SHARED_WRITERS:
            self._insert_rows("articles", names, ARTICLE_TYPES, rows)
            return fresh
        inserted = {r[0] for r in self._insert_rows(
            "articles", names, ARTICLE_TYPES, rows, conflict=True, returning="id").rows}
        return [p for p in fresh if p.article.id in inserted]

    def _fresh(self, batch: Sequence[Pending]) -> list[Pending]:
        """The batch's articles not stored yet, each once."""
        held = self.held_articles([p.article.id for p in batch])
        fresh = []
        for p in batch:
            if p.article.id not in held:
                held.add(p.article.id)
                fresh.append(p)
        return fresh

    def _write_events(self, stored: list[Pending]) -> None:
        plan = writes.BatchPlan()
        earlier = sorted({writes.story_id_of(p) for p in stored
                          if writes.story_id_of(p) != p.article.id})
        if earlier:  # the events of the stories this batch joins, read once
            sql = writes.story_events_sql(len(earlier))
            for event_id, published, story, source, target, cameo, modality in self._execute(
                    sql, earlier).fetchall():
                plan.learn((story, source, target, cameo, modality),
                           writes.Known(event_id, published))
        for p in stored:
            events = writes.with_story(p)
            if writes.story_id_of(p) == p.article.id:
                plan.add_new_story(events, p.article.outlet)
            else:
                plan.add_copy(events, p.article.outlet)
        self._insert_rows("events", EVENT_COLUMNS, EVENT_TYPES,
                          [writes.event_cells(e) for e in plan.new_events.values()])
        if plan.first_sources:
            self._executemany(writes.first_source_sql(), [
                [*(getattr(e, f) for f in writes.FIRST_SOURCE_FIELDS), event_id]
                for event_id, e in plan.first_sources.items()])
        # a mention's article is new to the store, so only another writing process can
        # have stored the same one (a conflict clause only where there are others)
        self._insert_rows("mentions", writes.MENTION_COLUMNS, writes.MENTION_TYPES,
                          list(plan.mentions.values()), conflict=self.SHARED_WRITERS)
        if plan.touched:
            self._execute(writes.recount_sql(), [sorted(plan.touched)])

    # what a backend raises for a row it cannot take (a value too large or not encodable,
    # a constraint): that article's failure, not the run's
    DATA_ERRORS: tuple[type[BaseException], ...] = (UnicodeError, ValueError, OverflowError)

    @contextmanager
    def _database_errors(self, batch: Sequence[Pending]) -> Iterator[None]:
        try:
            yield
        except StoreError:
            raise
        except self.DATA_ERRORS as exc:
            which = (f"article {batch[0].article.id}" if len(batch) == 1 else
                     f"a batch of {len(batch)} articles")
            raise StoreError(f"{which} not stored: "
                             f"{type(exc).__name__}: {clip(str(exc))}") from exc

    def _insert_rows(self, table: str, names: Sequence[str], types: Sequence[str],
                     rows: list[list[Any]], conflict: bool = False,
                     returning: str | None = None) -> Result:
        """Insert rows by column, in one statement."""
        if not rows:
            return Result([], [], 0)
        sql = writes.columnar_insert(table, names, [self._ddl(t) for t in types], conflict,
                                     returning)
        return self._execute(sql, writes.by_column(rows, len(names)))

    def story_signatures(self) -> list[tuple[str, str, bytes]]:
        """(article id, story id, MinHash signature) of every article that has one."""
        rows = self._execute("SELECT id, story_id, minhash FROM articles "
                             "WHERE minhash IS NOT NULL ORDER BY ingested_at, id").fetchall()
        return [(a, s, bytes(m)) for a, s, m in rows]

    # -- several writing processes -----------------------------------------------------

    # Where several processes may write (PostgreSQL), an ingest session assigns stories
    # under `story_lock`, after reading the signatures stored since it last looked: every
    # process then sees every other's stories. A backend with one writer says False.
    SHARED_WRITERS = False

    @contextmanager
    def story_lock(self) -> Iterator[None]:
        """Held while a session assigns an article's story and stores it (a no-op where
        one process writes)."""
        yield

    def story_signatures_since(self, since: datetime | None
                               ) -> tuple[list[tuple[str, str, bytes]], datetime | None]:
        """The signatures of articles stored at or after `since` (all with None), and the
        latest storing time among them: where to look from next time."""
        sql = "SELECT id, story_id, minhash, ingested_at FROM articles WHERE minhash IS NOT NULL"
        rows = self._execute(sql + (" AND ingested_at >= ?" if since else "")
                             + " ORDER BY ingested_at, id", [since] if since else []).fetchall()
        latest = max((r[3] for r in rows), default=since)
        return [(a, s, bytes(m)) for a, s, m, _t in rows], latest

    # -- reading ------------------------------------------------------------------------

    def events(self, query: EventQuery) -> list[Event]:
        """The events `query` matches, in date order (newest first with `descending`),
        the page `limit` and `offset` select."""
        return [unflat(Event, r) for r in self._execute(*queries.select_events(query)).dicts()]

    # A column that names a row within one statement (DuckDB's rowid, PostgreSQL's ctid);
    # None where the tables are views that have none (a run's Parquet files).
    ROW_KEY: str | None = None

    def event_page(self, query: EventQuery) -> tuple[list[Event], int]:
        """The page of `query` (as `events` answers it) and how many it matches in all.

        One statement where rows have a key (`ROW_KEY`): the matches are read once and
        counted per day, and only the days the page falls on are sorted
        (queries.event_page). Without one, the same in three: the count per day, the
        page's ids among the events of its days (store/pages.py), its events by id.
        """
        if query.limit is None:
            return self.events(query), self.count_events(query)
        if self.ROW_KEY is not None:
            rows = self._execute(*queries.event_page(query, self.ROW_KEY)).rows
            events = [unflat(Event, dict(zip(EVENT_COLUMNS, r[2:], strict=True)))
                      for r in rows if r[1] is not None]
            return events, int(rows[0][0] or 0) if rows else 0
        per_day = {day: int(n) for day, n in self._execute(*queries.event_days(query)).rows}
        total = sum(per_day.values())
        span = pages.day_span(per_day, query.offset, query.limit, query.descending)
        if span is None:
            return [], total
        ids = [r[0] for r in self._execute(*queries.select_event_ids(query, span)).rows]
        found = self.events_by_id(ids)
        return [found[i] for i in ids if i in found], total

    def count_events(self, query: EventQuery) -> int:
        """How many events `query` matches in all (its limit and offset aside)."""
        row = self._execute(*queries.count_events(query)).fetchone()
        return int(row[0]) if row else 0

    def quotes(self, query: QuoteQuery) -> list[Quote]:
        """The quotes and reported claims `query` matches, in the order of their articles'
        dates and of the text, the page `limit` and `offset` select."""
        return [unflat(Quote, r) for r in self._execute(*queries.select_quotes(query)).dicts()]

    def quotes_by_id(self, ids: Sequence[str]) -> dict[str, Quote]:
        """The quotes of these ids (those the store holds)."""
        found: dict[str, Quote] = {}
        wanted = sorted(set(ids))
        for lo in range(0, len(wanted), 500):
            chunk = wanted[lo:lo + 500]
            for row in self._execute(queries.quotes_by_id(len(chunk)), chunk).dicts():
                quote = unflat(Quote, row)
                found[quote.id] = quote
        return found

    def count_quotes(self, query: QuoteQuery) -> int:
        row = self._execute(*queries.count_quotes(query)).fetchone()
        return int(row[0]) if row else 0

    def counterparts(self, query: EventQuery, actor: str) -> list[tuple[str, int]]:
        """Who `actor` deals with among the events `query` matches: the other side's code
        (or text when it has none) and its number of events, most first."""
        rows = self._execute(*queries.counterparts(query, actor)).fetchall()
        return [(str(other), int(n)) for other, n in rows]

    def quad_periods(self, query: EventQuery, period: str) -> list[Point]:
        """The events `query` matches per period by QuadClass (dated ones only)."""
        rows = self._execute(*queries.quad_periods(query, period)).fetchall()
        return [Point(p, int(n), float(g), (int(q1), int(q2), int(q3), int(q4)))
                for p, n, g, q1, q2, q3, q4 in rows]

    def left_out(self, a: str, b: str) -> LeftOut:
        """Events that happened between countries `a` and `b` that no series counts."""
        row = self._execute(*queries.left_out(a, b)).fetchone()
        return LeftOut(int(row[0] or 0), int(row[1] or 0)) if row else LeftOut()

    def revision(self) -> str:
        """Changes whenever the stored events may have: a key for caches of results."""
        row = self._execute(*queries.revision()).fetchone()
        return f"{row[0]}@{row[1]}" if row else "0"

    def counts(self) -> tuple[int, int]:
        """(articles, events) stored, in one cheap query (the health check's)."""
        row = self._execute("SELECT (SELECT count(*) FROM articles), "
                            "(SELECT count(*) FROM events)").fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def articles(self, limit: int = 100) -> list[Article]:
        sql = (f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles "
               "ORDER BY published NULLS LAST, id LIMIT ?")
        return [unflat(Article, r) for r in self._execute(sql, [limit]).dicts()]

    def stats(self, top: int = 5) -> StoreStats:
        def count(sql: str) -> int:
            row = self._execute(sql).fetchone()
            return int(row[0]) if row else 0

        def grouped(column: str) -> dict[str, int]:
            rows = self._execute(f"SELECT coalesce({column}, 'unknown'), count(*) FROM articles "
                                 "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
            return {str(k): int(v) for k, v in rows}

        dyads = [DyadCount(a, b, int(n), float(g))
                 for a, b, n, g in self._execute(*queries.top_dyads(top)).fetchall()]
        return StoreStats(
            articles=count("SELECT count(*) FROM articles"),
            events=count("SELECT count(*) FROM events"),
            events_happened=count(f"SELECT count(*) FROM events WHERE {happened_sql()}"),
            articles_by_lang=grouped("lang"),
            articles_by_format=grouped("source_format"),
            top_dyads=dyads,
        )

    def dyad_periods(self, period: str, a: str | None = None,
                     b: str | None = None) -> list[PeriodRow]:
        """Events per period and direction (all country pairs, or between `a` and `b`)."""
        rows = self._execute(*queries.dyad_periods(period, a, b)).fetchall()
        return [PeriodRow(p, s, t, int(n), float(g), (int(q1), int(q2), int(q3), int(q4)))
                for p, s, t, n, g, q1, q2, q3, q4 in rows]

    def articles_per_period(self, period: str) -> dict[date, int]:
        return {p: int(n) for p, n in
                self._execute(*queries.articles_per_period(period)).fetchall()}

    def dyad_signals(self, min_events: int, between: tuple[str, str] | None = None
                     ) -> Iterator[Signal]:
        """Each country pair with at least `min_events` current events (or the pair
        `between`), as the signal change points are found in; most active first."""
        for a, b, ids, scores, days in self._execute(
                *queries.dyad_signals(min_events, between)).fetchall():
            yield Signal(a, b, ids, [float(g) for g in scores], days)

    HASH = "hash({})"  # a text's hash in this database's SQL

    def dyad_fingerprints(self, min_events: int) -> dict[tuple[str, str], tuple[int, str]]:
        """Per country pair with at least `min_events` current events: a fingerprint of
        its signal (changes whenever the signal may have)."""
        rows = self._execute(*queries.dyad_fingerprints(min_events, self.HASH)).fetchall()
        return {(a, b): (int(n), str(h)) for a, b, n, h in rows}

    def events_by_id(self, ids: Sequence[str]) -> dict[str, Event]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE id IN ({marks})"
        return {r["id"]: unflat(Event, r) for r in self._execute(sql, list(ids)).dicts()}

    def active_dyads(self, min_events: int, limit: int | None = None
                     ) -> list[tuple[str, str, int]]:
        rows = self._execute(*queries.active_dyads(min_events, limit)).fetchall()
        return [(a, b, int(n)) for a, b, n in rows]

    def articles_by_id(self, ids: list[str]) -> dict[str, Article]:
        if not ids:
            return {}
        sql = queries.articles_by_id(len(ids)).format(cols=", ".join(ARTICLE_COLUMNS))
        return {r["id"]: unflat(Article, r) for r in self._execute(sql, list(ids)).dicts()}
