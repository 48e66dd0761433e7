"""Typed records that flow between the stages: Article in, Event out.

Each record's fields are its column specification (columns.py): its JSON shape, its flat
row (store, CSV, Parquet) and the API's schema are all derived from them, so a new field
is one line here (with `spec(since=N)` for the store schema version that adds it).

Nothing here imports another entente module but columns and the vocabulary; every other
room may import this one.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from entente.columns import from_json, spec, to_json
from entente.vocabulary import HAPPENED, Modality

__all__ = ["ANONYMITY", "CODER_VERSION", "HAPPENED", "UNNAMED", "Actor", "Article", "Event",
           "Modality", "Place", "Quote"]

CODER_VERSION = "0.1.0"


@dataclass(frozen=True, slots=True)
class Article:
    """One news document, read and cleaned, ready for coding."""

    id: str = field(metadata=spec(key=True))
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    lang: str | None = None
    origin: str | None = None  # file path (and "#line") or URL it was read from
    source_format: str = "text"  # html | text | markdown | jsonl
    content_hash: str = field(default="", metadata=spec(unique=True))

    @staticmethod
    def hash_text(text: str) -> str:
        """Content hash of the main text, insensitive to whitespace and case."""
        norm = " ".join(text.split()).casefold()
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved (or unresolved) participant in an event."""

    text: str
    code: str | None = None  # CAMEO style: VENGOV, USAMIL, CUB
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # GOV, MIL, HLH, ...
    kb_id: str | None = None  # knowledge-base entry for a known person or organisation
    how: str | None = None  # why it resolved so, e.g. "person:maduro", "demonym+sector"


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, as the text states it, resolved offline."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None = None  # GeoNames first-level division code ("VE.14")
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = field(default=None, metadata=spec(sql="BIGINT"))
    precision: str = "city"  # city | region | country
    how: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when, and how sure the text is."""

    article_id: str = field(metadata=spec(json="doc_id"))
    sentence_index: int
    evidence: str
    # character offsets of the sentence in the article text; JSON "span": [start, end]
    span_start: int = field(metadata=spec(json="span[0]"))
    span_end: int = field(metadata=spec(json="span[1]"))
    source: Actor
    target: Actor | None
    cameo: str
    root: str
    plover: str | None
    goldstein: float
    quad_class: int
    trigger: str
    modality: Modality = Modality.ASSERTED
    date: datetime.date | None = None
    date_precision: str | None = None  # day | month | year | published
    published: datetime.date | None = None
    asserted_by: str | None = None  # who says it, when not the outlet
    mentions: int = field(default=1, metadata=spec(aliases=("num_mentions",)))
    lang: str | None = None
    plover_mode: str | None = None
    place: Place | None = field(default=None, metadata=spec(since=2))
    # articles of the story that state it, distinct outlets among them, the story (group of
    # near-duplicate articles) it belongs to
    num_articles: int = field(default=1, metadata=spec(since=3))
    num_sources: int = field(default=1, metadata=spec(since=3))
    story_id: str | None = field(default=None, metadata=spec(since=3))
    # the outlet the article credits for the claim
    credited_source: str | None = field(default=None, metadata=spec(since=4))
    # the CAMEO code of the act intended, threatened, refused, asked
    intended: str | None = field(default=None, metadata=spec(since=5))
    # the quote or reported claim it was coded inside
    quote_id: str | None = field(default=None, metadata=spec(since=6))
    coder_version: str = CODER_VERSION
    # Derived from the fields, never passed in: `replace(event, target=...)` gives the new
    # event its own id (a copied id once let a mediation "between Russia and Ukraine" store
    # two events under one key). Only a record read back (columns.unflat, from_json) keeps
    # the id it was stored with, e.g. a story's event whose first source changed since.
    id: str = field(default="", init=False, metadata=spec(key=True))

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", self.make_id())

    def make_id(self) -> str:
        """Stable id from everything the store keeps apart: the article, sentence, dyad,
        code, date and modality (one sentence may state an act as fact and as a claim)."""
        tgt = (self.target.code or self.target.text) if self.target else ""
        key = "|".join(
            [
                self.article_id,
                str(self.sentence_index),
                self.source.code or self.source.text,
                tgt or "",
                self.cameo,
                self.date.isoformat() if self.date else "",
                self.modality.value,
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]

    def under_id(self, event_id: str) -> Event:
        """This event keeping a stored id: a story's event whose first source changes keeps
        the id its mentions point to."""
        kept = replace(self)
        object.__setattr__(kept, "id", event_id)
        return kept

    @property
    def dyadic(self) -> bool:
        """Both sides resolved to a country (or an international body's code)."""
        return bool(self.source.code and self.target is not None and self.target.code
                    and "-" not in self.source.code[:3] and "-" not in self.target.code[:3])

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `entente code` and `entente events --format jsonl`."""
        return to_json(self)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Event:
        """An Event from its JSON shape. Raises KeyError for a missing required field."""
        return from_json(Event, d)  # type: ignore[no-any-return]


# How a quote's speaker is known: by name, a pseudonym, no name at all (anonymous), an
# unnamed official or source, unnamed otherwise, an institution; unknown when not found.
ANONYMITY = ("named", "pseudonym", "anonymous", "unnamed_official", "unnamed_source",
             "unnamed", "institution", "unknown")
# ... those that give no real name
UNNAMED = ("pseudonym", "anonymous", "unnamed_official", "unnamed_source", "unnamed")


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote or a reported claim, and who makes it (coding/quotes.py)."""

    id: str = field(metadata=spec(key=True))
    article_id: str = field(metadata=spec(json="doc_id"))
    sentence_index: int
    kind: str  # direct | reported
    text: str  # the quoted words, or the claim
    # character offsets of the quoted text in the article; JSON "span": [start, end]
    span_start: int = field(metadata=spec(json="span[0]"))
    span_end: int = field(metadata=spec(json="span[1]"))
    said_by: str | None = None  # the speaker as written nearest the quote
    speaker_ref: str | None = None  # the fullest naming of that speaker in the article
    speaker: Actor | None = None
    description: str | None = None  # "a 32-year-old Cuban doctor on official assignment"
    anonymity: str = "unknown"  # one of ANONYMITY
    anonymity_cue: str | None = None  # "who requested anonymity", "sources in Caracas"
    outlet: str | None = None  # the outlet it was given or credited to
    cue: str | None = None  # the speech verb or marker ("says", "según")
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return to_json(self)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Quote:
        return from_json(Quote, d)  # type: ignore[no-any-return]
