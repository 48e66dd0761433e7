"""Typed records that flow between the stages: Article in, Event out.

Nothing here imports another entente module; every other room may import this one.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

CODER_VERSION = "0.1.0"


class Modality(StrEnum):
    """Whether an event happened, as the sentence tells it."""

    ASSERTED = "asserted"  # stated as fact by the outlet
    REPORTED = "reported"  # stated as fact by someone the outlet quotes
    NEGATED = "negated"  # "has not announced", "denied that ..."
    HYPOTHETICAL = "hypothetical"  # conditionals, "would", "could"
    PLANNED = "planned"  # futures, plans, expectations
    QUESTION = "question"
    RUMOURED = "rumoured"  # "reportedly", "allegedly", "según fuentes"

    @property
    def happened(self) -> bool:
        """True for the modalities that counts and series use by default."""
        return self in (Modality.ASSERTED, Modality.REPORTED)

    @staticmethod
    def selection(name: str) -> tuple[Modality, ...] | None:
        """A filter by name: "happened" (asserted or reported), "all" (None: no filter), or
        one modality's value. Raises ValueError for anything else."""
        if name == "happened":
            return (Modality.ASSERTED, Modality.REPORTED)
        if name == "all":
            return None
        return (Modality(name),)


@dataclass(frozen=True, slots=True)
class Article:
    """One news document, read and cleaned, ready for coding."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    lang: str | None = None
    origin: str | None = None  # file path (and "#line") or URL it was read from
    source_format: str = "text"  # html | text | markdown | jsonl
    content_hash: str = ""

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "text": self.text,
            "kb_id": self.kb_id,
            "how": self.how,
        }

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Actor:
        return Actor(
            text=d.get("text") or "",
            code=d.get("code"),
            country=d.get("country"),
            sector=d.get("sector"),
            kb_id=d.get("kb_id"),
            how=d.get("how"),
        )


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, as the text states it, resolved offline."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None = None  # GeoNames first-level division code ("VE.14")
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    precision: str = "city"  # city | country
    how: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1,
                "latitude": self.latitude, "longitude": self.longitude,
                "geonameid": self.geonameid, "precision": self.precision, "how": self.how}

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Place:
        return Place(name=d["name"], country=d.get("country"), admin1=d.get("admin1"),
                     latitude=d.get("latitude"), longitude=d.get("longitude"),
                     geonameid=d.get("geonameid"), precision=d.get("precision", "city"),
                     how=d.get("how"))


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when, and how sure the text is."""

    article_id: str
    sentence_index: int
    evidence: str
    span_start: int  # character offsets of the sentence in the article text
    span_end: int
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
    mentions: int = 1
    lang: str | None = None
    plover_mode: str | None = None
    place: Place | None = None
    num_articles: int = 1  # articles of the story that state it
    num_sources: int = 1  # distinct outlets among them
    story_id: str | None = None  # the story (group of near-duplicate articles) it belongs to
    credited_source: str | None = None  # the outlet the article credits for the claim
    intended: str | None = None  # the CAMEO code of the act intended, threatened, refused, asked
    quote_id: str | None = None  # the quote or reported claim it was coded inside
    coder_version: str = CODER_VERSION
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", self.make_id())

    def make_id(self) -> str:
        """Stable id from everything the store keeps apart: the article, sentence, dyad,
        code, date and modality (one sentence may state an act as fact and as a claim)."""
        tgt = self.target.code or self.target.text if self.target else ""
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

    @property
    def dyadic(self) -> bool:
        """Both sides resolved to a country (or an international body's code)."""
        return bool(self.source.code and self.target is not None and self.target.code
                    and "-" not in self.source.code[:3] and "-" not in self.target.code[:3])

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `entente code` and `entente events --format jsonl`."""
        return {
            "id": self.id,
            "doc_id": self.article_id,
            "sentence_index": self.sentence_index,
            "evidence": self.evidence,
            "span": [self.span_start, self.span_end],
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "trigger": self.trigger,
            "modality": self.modality.value,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "published": self.published.isoformat() if self.published else None,
            "asserted_by": self.asserted_by,
            "mentions": self.mentions,
            "num_mentions": self.mentions,
            "num_articles": self.num_articles,
            "num_sources": self.num_sources,
            "story_id": self.story_id,
            "credited_source": self.credited_source,
            "intended": self.intended,
            "quote_id": self.quote_id,
            "lang": self.lang,
            "place": self.place.to_dict() if self.place else None,
            "coder_version": self.coder_version,
        }

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Event:
        span = d.get("span") or [0, 0]
        return Event(
            id=d.get("id") or "",
            article_id=d["doc_id"],
            sentence_index=int(d["sentence_index"]),
            evidence=d["evidence"],
            span_start=int(span[0]),
            span_end=int(span[1]),
            source=Actor.from_dict(d["source"]),
            target=Actor.from_dict(d["target"]) if d.get("target") else None,
            cameo=d["cameo"],
            root=d["root"],
            plover=d.get("plover"),
            plover_mode=d.get("plover_mode"),
            goldstein=float(d["goldstein"]),
            quad_class=int(d["quad_class"]),
            trigger=d["trigger"],
            modality=Modality(d.get("modality", "asserted")),
            date=date.fromisoformat(d["date"]) if d.get("date") else None,
            date_precision=d.get("date_precision"),
            published=date.fromisoformat(d["published"]) if d.get("published") else None,
            asserted_by=d.get("asserted_by"),
            mentions=int(d.get("mentions", 1)),
            lang=d.get("lang"),
            place=Place.from_dict(d["place"]) if d.get("place") else None,
            num_articles=int(d.get("num_articles", 1)),
            num_sources=int(d.get("num_sources", 1)),
            story_id=d.get("story_id"),
            credited_source=d.get("credited_source"),
            intended=d.get("intended"),
            quote_id=d.get("quote_id"),
            coder_version=d.get("coder_version", CODER_VERSION),
        )


ANONYMITY = ("named", "pseudonym", "anonymous", "unnamed_official", "unnamed_source",
             "unnamed", "institution", "unknown")


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote or a reported claim, and who makes it (coding/quotes.py)."""

    id: str
    article_id: str
    sentence_index: int
    kind: str  # direct | reported
    text: str  # the quoted words, or the claim
    span_start: int  # character offsets of the quoted text in the article
    span_end: int
    speaker_text: str | None = None  # the speaker as written nearest the quote
    speaker_ref: str | None = None  # the fullest naming of that speaker in the article
    speaker: Actor | None = None
    description: str | None = None  # "a 32-year-old Cuban doctor on official assignment"
    anonymity: str = "unknown"  # one of ANONYMITY
    anonymity_cue: str | None = None  # "who requested anonymity", "sources in Caracas"
    outlet: str | None = None  # the outlet it was given or credited to
    cue: str | None = None  # the speech verb or marker ("says", "según")
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "doc_id": self.article_id, "sentence_index": self.sentence_index,
                "kind": self.kind, "text": self.text, "span": [self.span_start, self.span_end],
                "speaker_text": self.speaker_text, "speaker_ref": self.speaker_ref,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "description": self.description, "anonymity": self.anonymity,
                "anonymity_cue": self.anonymity_cue, "outlet": self.outlet, "cue": self.cue,
                "lang": self.lang}

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Quote:
        span = d.get("span") or [0, 0]
        return Quote(id=d["id"], article_id=d["doc_id"], sentence_index=int(d["sentence_index"]),
                     kind=d["kind"], text=d["text"], span_start=int(span[0]),
                     span_end=int(span[1]), speaker_text=d.get("speaker_text"),
                     speaker_ref=d.get("speaker_ref"),
                     speaker=Actor.from_dict(d["speaker"]) if d.get("speaker") else None,
                     description=d.get("description"), anonymity=d.get("anonymity", "unknown"),
                     anonymity_cue=d.get("anonymity_cue"), outlet=d.get("outlet"),
                     cue=d.get("cue"), lang=d.get("lang"))
