"""The store: articles and events behind one small interface (DuckDB by default)."""

from __future__ import annotations

from pathlib import Path

from entente.store.base import Store
from entente.store.model import EventQuery, QuoteQuery, StoreStats
from entente.vocabulary import DEFAULT_DB, default_db

__all__ = ["DEFAULT_DB", "EventQuery", "QuoteQuery", "Store", "StoreStats", "default_db",
           "open_store"]


def open_store(target: str | Path | None = None, read_only: bool = False,
               query_timeout: float | None = None) -> Store:
    """Open (and create or upgrade) the store named by a path or URL; with a
    `query_timeout`, a read statement running longer is stopped (StoreError)."""
    target = str(target or default_db())
    if target.startswith(("postgresql://", "postgres://")):
        from entente.store.postgres import PgStore

        return PgStore(target, read_only=read_only, query_timeout=query_timeout)
    from entente.store.duck import DuckStore

    store = DuckStore(target, read_only=read_only)
    store.query_timeout = query_timeout
    return store
