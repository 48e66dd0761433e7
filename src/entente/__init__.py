"""entente: news articles in, coded political events out.

The Python API (docs/python.md), for notebooks and scripts:

    import entente
    entente.code(texts, lang="en")           # -> list[Event]
    entente.events(db, dyad=("CUB", "VEN"))  # -> pandas.DataFrame of the stored events
    entente.series("CUB", "VEN", db=db)      # -> DataFrame of the dyad per period
    entente.shifts(db, top=5)                # -> DataFrame of the largest shifts
    entente.frame(events)                    # records -> DataFrame

Nothing heavy is imported with `import entente`: the functions load on first use.
"""

from __future__ import annotations

from typing import Any

from entente.records import CODER_VERSION, Actor, Article, Event, Modality

__all__ = ["CODER_VERSION", "Actor", "Article", "Event", "Modality", "__version__", "code",
           "events", "frame", "series", "shift_list", "shifts"]
__version__ = "0.1.0"

_API = ("code", "events", "frame", "series", "shift_list", "shifts")


def __getattr__(name: str) -> Any:
    if name in _API:
        from entente.services import notebook

        return getattr(notebook, name)
    raise AttributeError(f"module 'entente' has no attribute {name!r}")
