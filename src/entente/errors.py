"""One exception hierarchy for entente.

    EntenteError
    ├── InputError        a document or file that cannot be read (names the input and the fix)
    ├── DataFileError     a knowledge file (patterns, actors, ontology) with a bad entry
    ├── ModelError        a spaCy model that is not installed
    └── StoreError        the database cannot be opened, is locked, or is too new
"""

from __future__ import annotations


class EntenteError(Exception):
    """Base of every error entente raises on purpose."""


class InputError(EntenteError):
    """An input that cannot be read; `origin` names it (path, path#line or URL)."""

    def __init__(self, origin: str, reason: str, fix: str | None = None) -> None:
        self.origin = origin
        self.reason = reason
        self.fix = fix
        msg = f"{origin}: {reason}"
        if fix:
            msg += f" ({fix})"
        super().__init__(msg)


class DataFileError(EntenteError):
    """A knowledge file with a bad entry; the message names the file and line."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        super().__init__(f"{path}:{line}: {reason}")


class ModelError(EntenteError):
    """A spaCy pipeline that cannot be loaded."""


class StoreError(EntenteError):
    """A database that cannot be opened or used."""


def clip(text: str, limit: int = 100) -> str:
    """Input quoted in a message, cut to about `limit` characters: an error line stays one
    short line whatever the input held."""
    text = str(text)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"
