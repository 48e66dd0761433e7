"""The embedded DuckDB store: one file, one writing process."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from entente.errors import StoreError, clip
from entente.store.base import Result, Store
from entente.store.schema import SCHEMA_VERSION
from entente.store.watchdog import Watchdog


class DuckStore(Store):
    """Articles and events in a DuckDB file (or ":memory:")."""

    DATA_ERRORS = (*Store.DATA_ERRORS, duckdb.ConstraintException, duckdb.ConversionException,
                   duckdb.DataError, duckdb.InvalidInputException,
                   duckdb.OutOfRangeException)
    ROW_KEY: str | None = "rowid"

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
            self._open(read_only)
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
            self.close()
            DuckStore(self.location).close()
            self._open(read_only=True)

    @classmethod
    def over_run(cls, out: Path) -> DuckStore:
        """The output folder of `entente run`, read where it lies: its Parquet files seen
        through DuckDB's Parquet reader as the store's tables (in memory, read-only;
        nothing is copied). Each article is a story of its own: `entente load` groups a
        run's stories. Raises StoreError for a layout this entente does not read."""
        from entente.store.runs import check_layout, run_views

        check_layout(out)
        store = cls.__new__(cls)
        store.location = str(out)
        store._open(read_only=False, path=":memory:")
        store.ROW_KEY = None  # views of Parquet files have no rowid
        store._migrate()  # the empty schema, for what the run has no files of
        for statement in run_views(out):
            store._execute(statement)
        return store

    def _open(self, read_only: bool, path: str | None = None) -> None:
        self.con = duckdb.connect(path or self.location, read_only=read_only)
        self.watchdog = Watchdog()  # stops read statements past query_timeout
        # each pooled connection is a cursor: DuckDB's own connection to the same database
        self._start_pool(self.con.cursor)

    def _run(self, con: Any, sql: str, params: Sequence[Any]) -> Result:
        cur = con.execute(sql, list(params))
        names = [d[0] for d in cur.description] if cur.description else []
        return Result(cur.fetchall() if names else [], names, cur.rowcount)

    def _run_many(self, con: Any, sql: str, rows: list[list[Any]]) -> None:
        con.executemany(sql, rows)

    def limit_memory(self, limit: str) -> None:
        self.con.execute(f"SET memory_limit = '{_memory(limit)}'")

    def _run_read(self, con: Any, sql: str, params: Sequence[Any]) -> Result:
        if self.query_timeout is None:
            return self._run(con, sql, params)
        try:
            with self.watchdog.watch(self.query_timeout, con.interrupt):
                return self._run(con, sql, params)
        except duckdb.InterruptException as exc:
            raise self._too_slow() from exc

    def close(self) -> None:
        self.watchdog.close()
        super().close()
        self.con.close()


def _memory(limit: str) -> str:
    """A memory size as DuckDB reads it ("384MB", "2GB"); raises StoreError for another."""
    if not re.fullmatch(r"\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)", limit.strip(), re.I):
        raise StoreError(f"memory limit {limit!r} is not a size such as 384MB or 2GB; "
                         "set ENTENTE_DUCKDB_MEMORY to one")
    return limit.strip()


def _lock_message(path: str, detail: str) -> str:
    """What to say when DuckDB cannot open `path`: for a lock, which process holds it
    (its PID and command line, from DuckDB's message and /proc) and what to do."""
    holder = ""
    found = re.search(r"PID (\d+)", detail)
    if found:
        pid = found.group(1)
        holder = f" (process {pid}"
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            holder += ": " + clip(" ".join(command.decode(errors="replace").split()))
        except OSError:
            pass
        holder += ")"
    if "lock" in detail.lower():
        return (f"{path}: the database is in use by another process{holder}. DuckDB allows one "
                "writer per file: wait for it to finish, stop it, or use another --db file "
                f"(PID of this process: {os.getpid()})")
    return f"{path}: cannot open the database ({clip(detail, 300)})"
