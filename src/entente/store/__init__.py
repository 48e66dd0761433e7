"""The store: articles and events behind one small interface (DuckDB by default)."""

from __future__ import annotations

from pathlib import Path

from entente.store.base import Store
from entente.store.model import EventQuery, QuoteQuery, StoreStats
from entente.vocabulary import DEFAULT_DB, default_db

__all__ = ["DEFAULT_DB", "EventQuery", "QuoteQuery", "Store", "StoreStats", "default_db",
           "open_store"]


def open_store(target: str | Path | None = None, read_only: bool = False) -> Store:
    """Open (and create or upgrade) the store named by a path or URL."""
    target = str(target or default_db())
    if target.startswith(("postgresql://", "postgres://")):
        from entente.store.postgres import PgStore

        return PgStore(target, read_only=read_only)
    from entente.store.duck import DuckStore

    return DuckStore(target, read_only=read_only)
