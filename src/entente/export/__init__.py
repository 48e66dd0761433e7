"""Exports in the formats the field reads: GDELT 2.0 event TSV, PLOVER JSON, CSV, Parquet."""

from entente.export.formats import FORMATS, export_events, export_quotes

__all__ = ["FORMATS", "export_events", "export_quotes"]
