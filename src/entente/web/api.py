"""The REST API under /api/: the JSON twin of every dashboard page, plus ingestion.

Routes are thin: they validate parameters (params.py), call the relations service
(services/relations.py) or the ingest session, and return its `to_dict()`. Errors are
ApiError or validation errors, both rendered in the shared shape by errors.py.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import JSONResponse

from entente.analysis.shifts import ShiftParams
from entente.errors import EntenteError, InputError, ModelError, StoreError
from entente.services.relations import EventPage
from entente.services.resolution import resolve as resolve_mention
from entente.vocabulary import Language, Period
from entente.web.encoding import PiecewiseJSON
from entente.web.errors import ApiError
from entente.web.params import (
    ACTOR_CODE,
    ARTICLE_ID,
    COUNTRY,
    EventFilters,
    IsoDate,
    NarrowFilters,
    Pages,
    QuoteFilters,
    page_url,
)
from entente.web.schemas import (
    ArticleIn,
    ErrorResponse,
    EventPageOut,
    Health,
    IngestResult,
    QuotePageOut,
    Resolution,
)
from entente.web.site import Site

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": text} for code, text in (
        (404, "Not found"), (422, "Invalid parameters or body"), (500, "Server error"))}
router = APIRouter(prefix="/api", responses=ERRORS)

DEFAULT_SHIFTS = ShiftParams()
CountryPath = Annotated[str, Path(pattern=COUNTRY, description="ISO 3166-1 alpha-3: CUB")]


async def current_site(request: Request) -> Site:
    site: Site = request.app.state.site
    return site


SiteDep = Annotated[Site, Depends(current_site)]


def require_writer(request: Request, site: SiteDep) -> None:
    """Writes need a configured token, offered as `Authorization: Bearer TOKEN` (the body
    limit middleware checks it first, before reading the body; this says so in the API's
    description and guards a route mounted without it)."""
    refused = site.write_refusal({k.encode("latin-1"): v.encode("latin-1")
                                  for k, v in request.headers.items()})
    if refused is not None:
        status, message = refused
        raise ApiError(status, message,
                       headers={"WWW-Authenticate": "Bearer"} if status == 401 else None)


def answer(content: dict[str, Any]) -> JSONResponse:
    """A view's JSON as FastAPI sends a returned dict, without FastAPI's pass over it
    first (jsonable_encoder, or the response model's validation): a view's `to_dict()` is
    JSON already, and that pass held the interpreter for some 20 ms for a page of 100
    events, while the other requests and the health check waited for it. It is encoded
    here, on the request's worker thread (a returned dict is encoded on the event loop),
    and in pieces (encoding.py), so that no other request waits for all of it."""
    return PiecewiseJSON(content)


def event_page_dict(request: Request, page: EventPage) -> dict[str, Any]:
    return {**page.to_dict(), "next": page_url(request, page.next_offset),
            "previous": page_url(request, page.previous_offset)}


@router.get("/health", response_model=Health, tags=["health"])
async def health(site: SiteDep) -> dict[str, Any]:
    """Whether the server can read its store, with counts (counted in the background at
    most a second ago: the check waits for no connection while dear requests hold them)."""
    found = site.health()  # a healthy check is answered by ProbeFirst before it gets here
    if found is None:
        raise StoreError(site.store_error or "the store could not be read")
    return found


@router.get("/overview", tags=["overview"])
def overview(site: SiteDep, period: Period = "month") -> JSONResponse:
    """Twin of the overview page (/): counts, active dyads, biggest shifts, volume."""
    return answer(site.relations.overview(period).to_dict())


@router.get("/events", response_model=EventPageOut, tags=["events"])
def events(request: Request, site: SiteDep, query: EventFilters,
           paging: Pages) -> JSONResponse:
    """Stored events matching the filters of `entente events` (twin of /search)."""
    return answer(event_page_dict(request, site.relations.events(query, paging)))


@router.get("/quotes", response_model=QuotePageOut, tags=["quotes"])
def quotes(request: Request, site: SiteDep, query: QuoteFilters,
           paging: Pages) -> JSONResponse:
    """Stored quotes and reported claims with their speakers, matching the filters of
    `entente quotes` (speaker, sector, anonymity, outlet, words, kind, dates)."""
    page = site.relations.quotes(query, paging)
    return answer({**page.to_dict(), "next": page_url(request, page.next_offset),
                   "previous": page_url(request, page.previous_offset)})


@router.get("/dyads", tags=["dyads"])
def dyads(site: SiteDep, min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
          limit: Annotated[int, Query(ge=1, le=500)] = 100) -> JSONResponse:
    """Pairs of countries with events that happened, most active first."""
    found = site.store.active_dyads(min_events, limit)
    return answer({"dyads": [{"a": a, "b": b, "events": n, "href": f"/dyads/{a}/{b}"}
                             for a, b, n in found]})


@router.get("/dyads/{a}/{b}", tags=["dyads"])
def dyad(request: Request, site: SiteDep, a: CountryPath, b: CountryPath,
         query: NarrowFilters, paging: Pages, period: Period = "month") -> JSONResponse:
    """Twin of the dyad page: series each way and both, shifts, and the dyad's events."""
    view = site.relations.dyad(a, b, period, query, paging)
    return answer({**view.to_dict(), "events": event_page_dict(request, view.events)})


@router.get("/dyads/{a}/{b}/series", tags=["dyads"])
def series(site: SiteDep, a: CountryPath, b: CountryPath,
           period: Period = "month") -> JSONResponse:
    """Events, Goldstein sum and mean, QuadClass counts and events per 100 articles, per
    period, from a to b, from b to a, and both."""
    return answer(site.relations.relation(a, b, period).to_dict())


@router.get("/shifts", tags=["shifts"])
def shifts(site: SiteDep,
           a: Annotated[str | None, Query(pattern=COUNTRY, description="With b: one dyad.")
                        ] = None,
           b: Annotated[str | None, Query(pattern=COUNTRY)] = None,
           top: Annotated[int, Query(ge=1, le=500)] = 20,
           min_events: Annotated[int, Query(ge=2, le=100_000)] = DEFAULT_SHIFTS.min_events,
           min_size: Annotated[int, Query(ge=1, le=10_000)] = DEFAULT_SHIFTS.min_size,
           beta: Annotated[float, Query(gt=0, le=1000)] = DEFAULT_SHIFTS.beta,
           min_delta: Annotated[float, Query(ge=0, le=20)] = DEFAULT_SHIFTS.min_delta,
           ) -> JSONResponse:
    """The largest changes in relations, each with the events that drive it and their
    articles (as `entente shifts --format json`)."""
    if (a is None) != (b is None):
        raise ApiError(422, "give both a and b for one dyad", code="invalid_request")
    params = ShiftParams(min_events=min_events, min_size=min_size, beta=beta,
                         min_delta=min_delta)

    found = site.relations.shifts(params, top, between=(a, b) if a and b else None)
    return answer({"shifts": site.relations.shift_dicts(found)})


@router.get("/actors/resolve", response_model=Resolution, tags=["actors"])
def resolve(site: SiteDep,
            text: Annotated[str, Query(min_length=1, max_length=300,
                                       description="A mention: Cuban doctors")],
            date: Annotated[IsoDate | None, Query(description="Read on this day")] = None,
            lang: Language = "en",
            context: Annotated[str, Query(max_length=2000)] = "") -> dict[str, Any]:
    """How a mention resolves to an actor code, country and sector, and why (the shape of
    `entente actor`)."""
    return resolve_mention(site.pipeline().kb, text, lang, date, context).to_dict()


@router.get("/actors/{code}", tags=["actors"])
def actor(request: Request, site: SiteDep,
          code: Annotated[str, Path(pattern=ACTOR_CODE, description="VEN, VENGOV, USAMIL")],
          query: NarrowFilters, paging: Pages) -> JSONResponse:
    """Twin of the actor page: who the actor deals with, its events per month, its events."""
    view = site.relations.actor(code.upper(), query, paging)
    return answer({**view.to_dict(), "events": event_page_dict(request, view.events)})


@router.get("/articles/{article_id}", tags=["articles"])
def article(site: SiteDep, article_id: Annotated[str, Path(pattern=ARTICLE_ID)]
            ) -> JSONResponse:
    """Twin of the article page: the text, its events, and the character spans (`marks`)
    of the sentences that state them."""
    view = site.relations.article(article_id)
    if view is None:
        raise ApiError(404, f"no article {article_id}")
    return answer(view.to_dict())


@router.post("/articles", response_model=IngestResult, status_code=201, tags=["articles"],
             dependencies=[Depends(require_writer)],
             responses={200: {"model": IngestResult, "description": "Already stored"},
                        401: {"model": ErrorResponse, "description": "No or wrong token"},
                        403: {"model": ErrorResponse, "description": "Writes disabled"},
                        413: {"model": ErrorResponse, "description": "Body too large"}})
def add_article(body: ArticleIn, response: Response, site: SiteDep) -> dict[str, Any]:
    """Code an article and store it with its events (201); the same text sent again is
    not stored twice (200, with the events stored the first time)."""
    try:
        outcome = site.ingest(body.record(), "html" if body.html and not body.text else "text")
    except InputError as exc:
        raise ApiError(422, exc.reason + (f" ({exc.fix})" if exc.fix else ""),
                       code="invalid_article") from exc
    except ModelError as exc:
        raise ApiError(503, str(exc)) from exc
    except EntenteError as exc:
        raise ApiError(503, f"the article could not be stored: {exc}") from exc
    if not outcome["stored"]:
        response.status_code = 200
    return outcome
