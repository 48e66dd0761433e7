"""How an actor mention resolves, in one shape: `entente actor` and /api/actors/resolve."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from entente.actors.kb import KnowledgeBase

NOTHING = "nothing in the knowledge base matches"


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention, what it resolves to, and why."""

    text: str
    lang: str
    date: str | None  # the day it is read on (people hold offices for a time)
    resolved: bool  # a country or an international body's code was found
    code: str | None  # ---GOV for a sector whose country is unknown (CAMEO's mark)
    country: str | None
    sector: str | None
    kb_id: str | None
    how: str
    id: Any = None  # the caller's id of the mention (JSONL input), given back

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def resolve(kb: KnowledgeBase, text: str, lang: str = "en", on: date | None = None,
            context: str = "", mention_id: Any = None, towns: bool = True) -> Resolution:
    """Resolve one mention against the knowledge base, as the coder would; with `towns`,
    a town the knowledge base does not hold gives its country from the gazetteer
    ("Sao Paulo police")."""
    from entente.actors.resolver import resolve_text
    from entente.places.resolver import city_country

    found = resolve_text(text, kb, lang, on, context=context,
                         cities=city_country if towns else None)
    day = on.isoformat() if on else None
    if found is None:
        return Resolution(text, lang, day, False, None, None, None, None, NOTHING, mention_id)
    code = found.code
    if code is None and found.sector:
        code = f"---{found.sector}"
    return Resolution(text, lang, day, found.code is not None, code, found.country,
                      found.sector, found.kb_id, found.how or "", mention_id)
