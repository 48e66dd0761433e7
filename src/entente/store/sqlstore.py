"""The store's logic in SQL, shared by the DuckDB and PostgreSQL backends.

A backend supplies the connection primitives (execute, transactions, locks) and its dialect
(placeholders, types); everything else, including the story merging of events, lives here.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from entente.errors import StoreError
from entente.records import Article, Event
from entente.store import queries
from entente.store.base import (
    DyadCount,
    EventQuery,
    PeriodRow,
    Store,
    StoreStats,
    article_row,
    event_row,
    row_article,
    row_event,
)
from entente.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS, MIGRATIONS, SCHEMA_VERSION


class SqlStore(Store):
    """Articles, events and mentions in SQL tables, whatever the database."""

    # -- what a backend supplies --------------------------------------------------------

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement with `?` placeholders; return a cursor."""

    @abstractmethod
    def _executemany(self, sql: str, rows: list[list[Any]]) -> None: ...

    @abstractmethod
    def _begin(self) -> None: ...

    @abstractmethod
    def _commit(self) -> None: ...

    @abstractmethod
    def _rollback(self) -> None: ...

    def _ddl(self, statement: str) -> str:
        """A schema statement in this database's dialect."""
        return statement

    def _lock_schema(self) -> None:
        """Serialise schema upgrades between processes (where several may write)."""

    def _lock_story(self, story_id: str) -> None:
        """Serialise the merging of one story's events between processes."""

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
            self._begin()
            try:
                self._lock_schema()
                if self.schema_version() >= version:  # another process got there first
                    self._commit()
                    continue
                for statement in MIGRATIONS[version - 1]:
                    self._execute(self._ddl(statement))
                self._execute("INSERT INTO schema_version VALUES (?, ?)",
                                 [version, datetime.now(UTC).replace(tzinfo=None)])
                self._commit()
            except BaseException:
                self._rollback()
                raise

    def _too_new(self) -> str:
        return (f"{self.location}: database schema v{self.schema_version()} is newer than this "
                f"entente understands (v{SCHEMA_VERSION}); upgrade entente")

    # -- writing ------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self._execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add_article(self, article: Article, events: Sequence[Event], story_id: str | None = None,
                    minhash: bytes | None = None) -> bool:
        if self.has_article(article.id):
            return False
        story = story_id or article.id
        now = datetime.now(UTC).replace(tzinfo=None)
        marks_a = ", ".join("?" for _ in ARTICLE_COLUMNS)
        self._begin()
        try:
            self._lock_story(story)
            inserted = self._execute(
                f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({marks_a}) "
                "ON CONFLICT DO NOTHING", list(article_row(article, now, story)))
            if inserted.rowcount == 0:  # another process stored the same text meanwhile
                self._rollback()
                return False
            if minhash is not None:
                self._execute("UPDATE articles SET minhash = ? WHERE id = ?",
                                 [minhash, article.id])
            if story == article.id:  # a new story: nothing to merge with, insert in bulk
                self._insert_new(article, [replace(e, story_id=story) for e in events])
            else:
                for event in events:
                    self._add_event(replace(event, story_id=story), article)
            self._commit()
        except BaseException:
            self._rollback()
            raise
        return True

    def _insert_new(self, article: Article, events: list[Event]) -> None:
        if not events:
            return
        marks = ", ".join("?" for _ in EVENT_COLUMNS)
        self._executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})",
                             [list(event_row(e)) for e in events])
        self._executemany(queries.insert_mention(events[0].id, events[0], None)[0],
                             [queries.insert_mention(e.id, e, article.outlet)[1] for e in events])

    def _add_event(self, event: Event, article: Article) -> None:
        """Insert an event, or, if its story already holds it, add this article's mention."""
        found = self._execute(*queries.find_story_event(event)).fetchone()
        if found is None:
            marks = ", ".join("?" for _ in EVENT_COLUMNS)
            self._execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})",
                             list(event_row(event)))
            event_id = event.id
        else:
            event_id = found[0]
            if event.published and (found[1] is None or event.published < found[1]):
                # the earliest outlet is the event's first source
                self._execute(*queries.make_first_source(event_id, event))
        self._execute(*queries.insert_mention(event_id, event, article.outlet))
        self._execute(*queries.recount(event_id))

    def story_signatures(self) -> list[tuple[str, str, bytes]]:
        rows = self._execute("SELECT id, story_id, minhash FROM articles "
                                "WHERE minhash IS NOT NULL ORDER BY ingested_at, id").fetchall()
        return [(a, s, bytes(m)) for a, s, m in rows]

    # -- reading ------------------------------------------------------------------------

    def events(self, query: EventQuery) -> list[Event]:
        sql, params = queries.select_events(query)
        return [row_event(r) for r in self._dicts(sql, params)]

    def articles(self, limit: int = 100) -> list[Article]:
        sql = (f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles "
               "ORDER BY published NULLS LAST, id LIMIT ?")
        return [row_article(r) for r in self._dicts(sql, [limit])]

    def stats(self, top: int = 5) -> StoreStats:
        def count(sql: str) -> int:
            row = self._execute(sql).fetchone()
            return int(row[0]) if row else 0

        def grouped(column: str) -> dict[str, int]:
            rows = self._execute(f"SELECT coalesce({column}, 'unknown'), count(*) FROM articles "
                                    "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
            return {str(k): int(v) for k, v in rows}

        sql, params = queries.top_dyads(top)
        dyads = [DyadCount(a, b, int(n), float(g))
                 for a, b, n, g in self._execute(sql, params).fetchall()]
        return StoreStats(
            articles=count("SELECT count(*) FROM articles"),
            events=count("SELECT count(*) FROM events"),
            events_happened=count(
                "SELECT count(*) FROM events WHERE modality IN ('asserted', 'reported')"),
            articles_by_lang=grouped("lang"),
            articles_by_format=grouped("source_format"),
            top_dyads=dyads,
        )

    def dyad_periods(self, period: str, a: str | None = None,
                     b: str | None = None) -> list[PeriodRow]:
        sql, params = queries.dyad_periods(period, a, b)
        return [PeriodRow(p, s, t, int(n), float(g), (int(q1), int(q2), int(q3), int(q4)))
                for p, s, t, n, g, q1, q2, q3, q4 in self._execute(sql, params).fetchall()]

    def articles_per_period(self, period: str) -> dict[date, int]:
        sql, params = queries.articles_per_period(period)
        return {p: int(n) for p, n in self._execute(sql, params).fetchall()}

    def dyad_sequence(self, a: str, b: str) -> list[Event]:
        sql, params = queries.dyad_event_sequence(a, b)
        return [row_event(r) for r in self._dicts(sql, params)]

    def active_dyads(self, min_events: int) -> list[tuple[str, str, int]]:
        sql, params = queries.active_dyads(min_events)
        return [(a, b, int(n)) for a, b, n in self._execute(sql, params).fetchall()]

    def articles_by_id(self, ids: list[str]) -> dict[str, Article]:
        if not ids:
            return {}
        sql = queries.articles_by_id(len(ids)).format(cols=", ".join(ARTICLE_COLUMNS))
        return {r["id"]: row_article(r) for r in self._dicts(sql, list(ids))}

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cur = self._execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
