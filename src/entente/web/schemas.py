"""The JSON bodies the API takes and gives, as pydantic models for validation and for the
OpenAPI description. Events stay plain objects in the shape of `Event.to_dict` (the shape
of `entente code`); their schema is derived from the Event record's own fields
(columns.json_schema), never re-declared here."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, model_validator

from entente.columns import json_schema
from entente.records import Event, Quote
from entente.web.params import LANG

# An event in the JSON shape of `entente code`, described from the Event record's fields.
EventJson = Annotated[dict[str, Any], WithJsonSchema(json_schema(Event))]
# A quote or reported claim in the JSON shape of `entente quotes --format jsonl`.
QuoteJson = Annotated[dict[str, Any], WithJsonSchema(json_schema(Quote))]

MAX_TEXT_CHARS = 1_000_000  # the body limit (2 MB) usually stops a longer one first


class ErrorInfo(BaseModel):
    code: str = Field(description="not_found, invalid_request, unauthorized, forbidden, "
                                  "payload_too_large, internal_error, ...")
    message: str
    detail: Any = None


class ErrorResponse(BaseModel):
    """The one shape of every error the API returns."""

    error: ErrorInfo


class ArticleIn(BaseModel):
    """An article to code and store: `text` or `html`, and what is known about it."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "text": "Cuba and Venezuela signed a new energy agreement in Caracas on Tuesday.",
        "title": "Energy pact", "published": "2026-01-20", "outlet": "Andes Wire",
        "lang": "en"}]})

    text: str | None = Field(None, max_length=MAX_TEXT_CHARS)
    html: str | None = Field(None, max_length=MAX_TEXT_CHARS,
                             description="A whole page; its main text is extracted.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://\S+$")
    published: date | None = Field(None, description="YYYY-MM-DD; relative dates in the "
                                                     "text resolve against it.")
    outlet: str | None = Field(None, max_length=300)
    lang: str | None = Field(None, pattern=LANG, description="en or es; detected if absent.")

    @model_validator(mode="after")
    def _has_text(self) -> ArticleIn:
        if not (self.text or "").strip() and not (self.html or "").strip():
            raise ValueError("give the article as `text` or `html`")
        return self

    def record(self) -> dict[str, object]:
        """As a line of a JSONL input, which is how entente reads it."""
        out: dict[str, object] = self.model_dump(exclude_none=True, mode="json")
        return out


class IngestResult(BaseModel):
    id: str
    stored: bool = Field(description="False when the same text was stored before.")
    coded: bool = Field(description="False for a language entente does not code.")
    lang: str | None
    story_id: str | None
    href: str
    events: list[EventJson]


class EventPageOut(BaseModel):
    total: int
    limit: int
    offset: int
    sort: str
    next: str | None = None
    previous: str | None = None
    events: list[EventJson]


class QuotePageOut(BaseModel):
    total: int
    limit: int
    offset: int
    next: str | None = None
    previous: str | None = None
    quotes: list[QuoteJson]


class Health(BaseModel):
    status: str
    version: str
    schema_version: int
    articles: int
    events: int
    writes: bool = Field(description="True when a token is set and POST is accepted.")


class Resolution(BaseModel):
    id: Any = None
    text: str
    lang: str
    date: str | None
    resolved: bool
    code: str | None
    country: str | None
    sector: str | None
    kb_id: str | None
    how: str
