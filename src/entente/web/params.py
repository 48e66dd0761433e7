"""Request parameters, validated before anything reaches the store.

Codes, dates and period names have strict forms (a bad one is a 422 in the shared error
shape, naming the parameter); page sizes are bounded. The same dependencies serve the
API and the pages, so /search and /api/events accept exactly the same filters.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BeforeValidator, StringConstraints

from entente.records import UNNAMED
from entente.services.relations import Paging
from entente.store import EventQuery, QuoteQuery
from entente.vocabulary import Modality, ModalityName

MAX_LIMIT = 500
MAX_WORDS = 10
MAX_WORD_CHARS = 100
ACTOR_CODE = r"^[A-Za-z]{3}[A-Za-z0-9]{0,12}$"  # "VEN", "VENGOV", "IGOABA"
COUNTRY = r"^[A-Za-z]{3}$"
CAMEO = r"^[0-9]{2,4}$"
ROOT = r"^[0-9]{1,2}$"
ARTICLE_ID = r"^[A-Za-z0-9_-]{1,64}$"
LANG = r"^[a-z]{2}$"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Sort = Literal["date", "-date"]


def _iso_date(value: object) -> object:
    """Only YYYY-MM-DD: pydantic alone would also take timestamps and datetimes."""
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
        raise ValueError("use a date as YYYY-MM-DD")
    return value


def _upper(value: str | None) -> str | None:
    return value.upper() if value else value


def _blank_is_none(value: object) -> object:
    """An empty field of a submitted form means "no filter", not an invalid value."""
    return None if isinstance(value, str) and not value.strip() else value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Blank = BeforeValidator(_blank_is_none)
# Optional filters: blank is None, and the constraint applies to the text only (pydantic
# cannot apply a pattern to a value that may be None)
OptionalDate = Annotated[IsoDate | None, Blank]
OptionalActor = Annotated[Annotated[str, StringConstraints(pattern=ACTOR_CODE)] | None, Blank]
OptionalCameo = Annotated[Annotated[str, StringConstraints(pattern=CAMEO)] | None, Blank]
OptionalRoot = Annotated[Annotated[str, StringConstraints(pattern=ROOT)] | None, Blank]
OptionalSector = Annotated[Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")] | None,
                           Blank]
AnonymityName = Literal["named", "pseudonym", "anonymous", "unnamed_official",
                        "unnamed_source", "unnamed", "institution", "unknown"]
OptionalWords = Annotated[Annotated[str, StringConstraints(max_length=300)] | None, Blank]


def invalid(field: str, message: str) -> RequestValidationError:
    """A validation error for a rule that spans parameters, shaped as pydantic's are."""
    return RequestValidationError([{"loc": ("query", field), "msg": message,
                                    "type": "value_error"}])


def narrow_query(
    cameo: Annotated[OptionalCameo, Query(description="CAMEO code or prefix: 042, 17.")
                     ] = None,
    root: Annotated[OptionalRoot, Query(description="CAMEO root.")] = None,
    since: Annotated[OptionalDate, Query(description="On or after (YYYY-MM-DD).")] = None,
    until: Annotated[OptionalDate, Query(description="On or before (YYYY-MM-DD).")] = None,
    text: Annotated[list[str], Query(description="A word the evidence must contain; "
                                     "repeatable.")] = [],  # noqa: B006 - FastAPI copies it
    q: Annotated[OptionalWords, Query(description="Words the evidence must all contain, "
                                                  "separated by spaces.")] = None,
    modality: Annotated[ModalityName, Query(description="happened = asserted or reported; "
                                            "all = every modality.")] = "happened",
) -> EventQuery:
    """The filters of `entente events` other than the actors (pages about one actor or
    one dyad take those from their path)."""
    if since and until and since > until:
        raise invalid("until", "until is before since")
    words = tuple(w for w in [*text, *(q or "").split()] if w.strip())
    if len(words) > MAX_WORDS:
        raise invalid("q", f"at most {MAX_WORDS} words")
    if any(len(w) > MAX_WORD_CHARS for w in words):
        raise invalid("q", f"words of at most {MAX_WORD_CHARS} characters")
    return EventQuery(cameo=cameo, root=root, since=since, until=until, words=words,
                      modalities=Modality.selection(modality))


NarrowFilters = Annotated[EventQuery, Depends(narrow_query)]


def event_query(
    narrow: NarrowFilters,
    actor: Annotated[OptionalActor, Query(description="Actor code prefix or country on "
                                                      "either side: VEN, USAMIL.")] = None,
    a: Annotated[OptionalActor, Query(description="Dyad: one side (with b).")] = None,
    b: Annotated[OptionalActor, Query(description="Dyad: the other side (with a).")] = None,
    directed: Annotated[bool, Query(description="With a and b: only a as source and b as "
                                                "target.")] = False,
) -> EventQuery:
    """All the filters of `entente events`, as query parameters."""
    if (a is None) != (b is None):
        raise invalid("b" if b is None else "a", "give both a and b for a dyad")
    return replace(narrow, actor=_upper(actor),
                   dyad=(a.upper(), b.upper()) if a and b else None, directed=directed)


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Events per page, at most "
                                f"{MAX_LIMIT}.")] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    sort: Annotated[Sort, Query(description="date (oldest first) or -date (newest first).")
                    ] = "date",
) -> Paging:
    return Paging(limit, offset, sort == "-date")


EventFilters = Annotated[EventQuery, Depends(event_query)]
Pages = Annotated[Paging, Depends(paging)]


def page_url(request: Request, offset: int | None) -> str | None:
    """This request's address (path and query, no host) at another offset."""
    if offset is None:
        return None
    url = request.url.include_query_params(offset=offset)
    return f"{url.path}?{url.query}"


def quote_query(
    speaker: Annotated[OptionalActor, Query(description="The speaker's actor code prefix or "
                                                        "country: CUB, VENGOV.")] = None,
    sector: Annotated[OptionalSector, Query(description="The speaker's sector: HLH, GOV.")
                      ] = None,
    anonymity: Annotated[list[AnonymityName], Query(description="How the speaker is known; "
                                                    "repeatable.")] = [],  # noqa: B006
    anonymous: Annotated[bool, Query(description="Only speakers without a real name.")
                         ] = False,
    outlet: Annotated[OptionalWords, Query(description="Words of the outlet it was given "
                                                       "or credited to.")] = None,
    text: Annotated[list[str], Query(description="A word the quote must contain; "
                                     "repeatable.")] = [],  # noqa: B006
    kind: Annotated[Literal["direct", "reported"] | None, Query()] = None,
    since: Annotated[OptionalDate, Query(description="Articles published on or after.")
                     ] = None,
    until: Annotated[OptionalDate, Query(description="Articles published on or before.")
                     ] = None,
) -> QuoteQuery:
    """The filters of `entente quotes`, as query parameters."""
    if since and until and since > until:
        raise invalid("until", "until is before since")
    words = tuple(w for w in text if w.strip())
    if len(words) > MAX_WORDS or any(len(w) > MAX_WORD_CHARS for w in words):
        raise invalid("text", f"at most {MAX_WORDS} words of {MAX_WORD_CHARS} characters")
    chosen = tuple(dict.fromkeys([*anonymity, *(UNNAMED if anonymous else ())]))
    return QuoteQuery(speaker=_upper(speaker), sector=sector.upper() if sector else None,
                      anonymity=chosen, outlet=outlet, words=words, since=since,
                      until=until, kind=kind)


QuoteFilters = Annotated[QuoteQuery, Depends(quote_query)]
