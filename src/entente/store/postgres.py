"""PostgreSQL as the shared server database (psycopg 3): several processes may ingest and
serve at once.

The same schema and SQL as DuckDB; placeholders and two types are translated. Schema
upgrades take an advisory lock, and so does the merging of each story's events, so two
ingest processes never store one article or one event twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from entente.errors import StoreError
from entente.store.sqlstore import SqlStore

SCHEMA_LOCK = 0x656E74  # an arbitrary advisory-lock key of entente's


def to_pg(sql: str) -> str:
    """`?` placeholders to `%s`, outside quoted strings."""
    parts = sql.split("'")
    for i in range(0, len(parts), 2):
        parts[i] = parts[i].replace("%", "%%").replace("?", "%s")
    return "'".join(parts)


def masked(url: str) -> str:
    """The address without its password, for messages."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


class PgStore(SqlStore):
    """Articles and events in a PostgreSQL database."""

    def __init__(self, url: str, read_only: bool = False) -> None:
        import psycopg

        self.location = masked(url)
        self.read_only = read_only
        try:
            self.con = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: cannot connect to PostgreSQL ({exc}); check "
                             "the address, user and password, and that the server runs") from exc
        self._migrate()  # under an advisory lock: safe with several processes

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(to_pg(sql), list(params))

    def _executemany(self, sql: str, rows: list[list[Any]]) -> None:
        with self.con.cursor() as cur:
            cur.executemany(to_pg(sql), rows)

    def _begin(self) -> None:
        self.con.execute("BEGIN")

    def _commit(self) -> None:
        self.con.execute("COMMIT")

    def _rollback(self) -> None:
        self.con.execute("ROLLBACK")

    def _ddl(self, statement: str) -> str:
        statement = re.sub(r"\bDOUBLE\b(?! PRECISION)", "DOUBLE PRECISION", statement)
        return re.sub(r"\bBLOB\b", "BYTEA", statement)

    def _lock_schema(self) -> None:
        self.con.execute("SELECT pg_advisory_xact_lock(%s)", [SCHEMA_LOCK])

    def _lock_story(self, story_id: str) -> None:
        self.con.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [story_id])

    def close(self) -> None:
        self.con.close()
