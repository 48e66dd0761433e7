"""The embedded DuckDB store: one file, one writing process."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

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


class DuckStore(Store):
    """Articles and events in a DuckDB file (or ":memory:")."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.location = str(path)
        if self.location != ":memory:":
            parent = Path(self.location).resolve().parent
            if not parent.exists():
                raise StoreError(f"{self.location}: folder {parent} does not exist; create it "
                                 "or choose another --db path")
            if read_only and not Path(self.location).exists():
                raise StoreError(f"{self.location}: no such database; run `entente ingest` "
                                 "or `entente demo` first")
        try:
            self.con = duckdb.connect(self.location, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(_lock_message(self.location, str(exc))) from exc
        except duckdb.Error as exc:
            raise StoreError(f"{self.location}: cannot open as a DuckDB database ({exc}); "
                             "point --db at an entente database or a new file") from exc
        if not read_only:
            self._migrate()
        elif self.schema_version() > SCHEMA_VERSION:
            raise StoreError(self._too_new())
        elif self.schema_version() < SCHEMA_VERSION:
            # an older database: upgrade it once (briefly as a writer), then read
            self.con.close()
            DuckStore(self.location).close()
            self.con = duckdb.connect(self.location, read_only=True)

    # -- schema -------------------------------------------------------------------------

    def schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(self._too_new())
        if current == 0:
            self.con.execute("CREATE TABLE IF NOT EXISTS schema_version "
                             "(version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            self.con.execute("BEGIN TRANSACTION")
            try:
                for statement in MIGRATIONS[version - 1]:
                    self.con.execute(statement)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?)",
                                 [version, datetime.now(UTC).replace(tzinfo=None)])
                self.con.execute("COMMIT")
            except duckdb.Error:
                self.con.execute("ROLLBACK")
                raise

    def _too_new(self) -> str:
        return (f"{self.location}: database schema v{self.schema_version()} is newer than this "
                f"entente understands (v{SCHEMA_VERSION}); upgrade entente")

    # -- writing ------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add_article(self, article: Article, events: Sequence[Event], story_id: str | None = None,
                    minhash: bytes | None = None) -> bool:
        if self.has_article(article.id):
            return False
        story = story_id or article.id
        now = datetime.now(UTC).replace(tzinfo=None)
        marks_a = ", ".join("?" for _ in ARTICLE_COLUMNS)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                             f"VALUES ({marks_a})", list(article_row(article, now, story)))
            if minhash is not None:
                self.con.execute("UPDATE articles SET minhash = ? WHERE id = ?",
                                 [minhash, article.id])
            if story == article.id:  # a new story: nothing to merge with, insert in bulk
                self._insert_new(article, [replace(e, story_id=story) for e in events])
            else:
                for event in events:
                    self._add_event(replace(event, story_id=story), article)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return True

    def _insert_new(self, article: Article, events: list[Event]) -> None:
        if not events:
            return
        marks = ", ".join("?" for _ in EVENT_COLUMNS)
        self.con.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})",
                             [list(event_row(e)) for e in events])
        self.con.executemany(queries.insert_mention(events[0].id, events[0], None)[0],
                             [queries.insert_mention(e.id, e, article.outlet)[1] for e in events])

    def _add_event(self, event: Event, article: Article) -> None:
        """Insert an event, or, if its story already holds it, add this article's mention."""
        found = self.con.execute(*queries.find_story_event(event)).fetchone()
        if found is None:
            marks = ", ".join("?" for _ in EVENT_COLUMNS)
            self.con.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})",
                             list(event_row(event)))
            event_id = event.id
        else:
            event_id = found[0]
            if event.published and (found[1] is None or event.published < found[1]):
                # the earliest outlet is the event's first source
                self.con.execute(*queries.make_first_source(event_id, event))
        self.con.execute(*queries.insert_mention(event_id, event, article.outlet))
        self.con.execute(*queries.recount(event_id))

    def story_signatures(self) -> list[tuple[str, str, bytes]]:
        rows = self.con.execute("SELECT id, story_id, minhash FROM articles "
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
            row = self.con.execute(sql).fetchone()
            return int(row[0]) if row else 0

        def grouped(column: str) -> dict[str, int]:
            rows = self.con.execute(f"SELECT coalesce({column}, '?'), count(*) FROM articles "
                                    "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
            return {str(k): int(v) for k, v in rows}

        sql, params = queries.top_dyads(top)
        dyads = [DyadCount(a, b, int(n), float(g))
                 for a, b, n, g in self.con.execute(sql, params).fetchall()]
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
                for p, s, t, n, g, q1, q2, q3, q4 in self.con.execute(sql, params).fetchall()]

    def articles_per_period(self, period: str) -> dict[date, int]:
        sql, params = queries.articles_per_period(period)
        return {p: int(n) for p, n in self.con.execute(sql, params).fetchall()}

    def dyad_sequence(self, a: str, b: str) -> list[Event]:
        sql, params = queries.dyad_event_sequence(a, b)
        return [row_event(r) for r in self._dicts(sql, params)]

    def active_dyads(self, min_events: int) -> list[tuple[str, str, int]]:
        sql, params = queries.active_dyads(min_events)
        return [(a, b, int(n)) for a, b, n in self.con.execute(sql, params).fetchall()]

    def articles_by_id(self, ids: list[str]) -> dict[str, Article]:
        if not ids:
            return {}
        sql = queries.articles_by_id(len(ids)).format(cols=", ".join(ARTICLE_COLUMNS))
        return {r["id"]: row_article(r) for r in self._dicts(sql, list(ids))}

    def close(self) -> None:
        self.con.close()

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _lock_message(path: str, detail: str) -> str:
    holder = ""
    if "PID" in detail:
        pid = detail.split("PID", 1)[1].split()[0].strip(" ):")
        holder = f" (process {pid}"
        cmdline = Path(f"/proc/{pid}/cmdline")
        if pid.isdigit() and cmdline.exists():
            holder += ": " + cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        holder = holder.strip() + ")"
    if "lock" in detail.lower():
        return (f"{path}: the database is in use by another process{holder}. DuckDB allows one "
                "writer per file: wait for it to finish, stop it, or use another --db file "
                f"(PID of this process: {os.getpid()})")
    return f"{path}: cannot open the database ({detail})"
