"""Loading a run's Parquet output into a store (DuckDB or PostgreSQL): the ingest session
stores each article with its events and groups stories as ingestion does."""

from entente.services.ingest import load_run
from entente.store.runs import is_run_output, read_run

__all__ = ["is_run_output", "load_run", "read_run"]
