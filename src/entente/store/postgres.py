"""PostgreSQL as the shared server database (psycopg 3): several processes may ingest and
serve at once.

The same schema and SQL as DuckDB; placeholders and two types are translated. Schema
upgrades take an advisory lock, and so does the merging of each story's events, so two
ingest processes never store one article or one event twice. Connections come from a small
pool (base.Pool), so the web server's readers run side by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from entente.errors import StoreError
from entente.store.base import POOL_SIZE, Result, Store

SCHEMA_LOCK = 0x656E74  # an arbitrary advisory-lock key of entente's
STORY_INDEX_LOCK = 0x656E75  # held while a session assigns a story and stores the article


def to_pg(sql: str) -> str:
    """`?` placeholders to `%s`, outside quoted strings."""
    parts = sql.split("'")
    for i in range(0, len(parts), 2):
        parts[i] = parts[i].replace("%", "%%").replace("?", "%s")
    return "'".join(parts)


def masked(url: str) -> str:
    """The address without its password, for messages."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


class PgStore(Store):
    """Articles and events in a PostgreSQL database."""

    def __init__(self, url: str, read_only: bool = False, pool_size: int = POOL_SIZE,
                 query_timeout: float | None = None) -> None:
        import psycopg

        self.query_timeout = query_timeout
        # the server stops a statement that runs longer (it applies to each connection)
        options = "" if query_timeout is None else \
            f"-c statement_timeout={int(query_timeout * 1000)}"
        self.location = masked(url)
        self.read_only = read_only
        self.DATA_ERRORS = (*Store.DATA_ERRORS, psycopg.DataError, psycopg.IntegrityError)

        def connect() -> Any:
            try:
                return psycopg.connect(url, autocommit=True, connect_timeout=10,
                                       options=options)
            except psycopg.Error as exc:
                raise StoreError(f"{self.location}: cannot connect to PostgreSQL ({exc}); "
                                 "check the address, user and password, and that the server "
                                 "runs") from exc

        self._start_pool(connect, pool_size)
        self._migrate()  # under an advisory lock: safe with several processes
        # sessions read the signatures stored since they last looked (story_lock): by time
        self._execute("CREATE INDEX IF NOT EXISTS articles_ingested ON articles (ingested_at)")

    SHARED_WRITERS = True

    @contextmanager
    def story_lock(self) -> Iterator[None]:
        """A session-level advisory lock, on a connection of its own for the block."""
        with self.pool.connection() as con:
            self._run(con, "SELECT pg_advisory_lock(?)", [STORY_INDEX_LOCK])
            try:
                yield
            finally:
                self._run(con, "SELECT pg_advisory_unlock(?)", [STORY_INDEX_LOCK])

    def _run(self, con: Any, sql: str, params: Sequence[Any]) -> Result:
        import psycopg

        try:
            cur = con.execute(to_pg(sql), list(params))
        except psycopg.errors.QueryCanceled as exc:
            raise self._too_slow() from exc
        names = [d.name for d in cur.description] if cur.description else []
        return Result(cur.fetchall() if names else [], names, cur.rowcount)

    def _run_many(self, con: Any, sql: str, rows: list[list[Any]]) -> None:
        with con.cursor() as cur:
            cur.executemany(to_pg(sql), rows)

    def _ddl(self, statement: str) -> str:
        statement = re.sub(r"\bDOUBLE\b(?! PRECISION)", "DOUBLE PRECISION", statement)
        return re.sub(r"\bBLOB\b", "BYTEA", statement)

    HASH = "hashtext({})::bigint"
    ROW_KEY: str | None = "ctid"

    def _lock_schema(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", [SCHEMA_LOCK])

    def _lock_story(self, story_id: str) -> None:
        self._execute("SELECT pg_advisory_xact_lock(hashtext(?))", [story_id])
