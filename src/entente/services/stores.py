"""Opening the store a front end names: a DuckDB file, a PostgreSQL address, or (to read
only) the output folder of `entente run`."""

from __future__ import annotations

from pathlib import Path

from entente.errors import StoreError
from entente.store import Store, open_store
from entente.store.runs import is_run_output
from entente.vocabulary import default_db


def open_for_reading(db: str | None = None) -> Store:
    """The store at `db`, read-only; a run's output folder is read where it lies, through
    DuckDB's Parquet reader (each article a story of its own: `entente load` groups
    them). Raises StoreError."""
    db = db or default_db()
    if is_run_output(db):
        from entente.store.duck import DuckStore

        return DuckStore.over_run(Path(db))
    return open_store(db, read_only=True)


def open_for_writing(db: str | None = None) -> Store:
    """The store at `db`, created or upgraded, for writing. Raises StoreError, also for a
    run's output folder, which is read-only: writing there would keep nothing."""
    db = db or default_db()
    if is_run_output(db):
        raise StoreError(f"{db} is the output of `entente run`, which commands read but never "
                         f"write: load it into a database first (`entente load {db} --db "
                         "FILE.duckdb`) and ingest into that")
    return open_store(db)
