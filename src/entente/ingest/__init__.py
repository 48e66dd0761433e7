"""Reading: files, folders and JSONL into Articles (with clear errors for bad input)."""

from entente.ingest.readers import ReadResult, discover, read_paths

__all__ = ["ReadResult", "discover", "read_paths"]
