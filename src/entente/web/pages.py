"""The dashboard: server-rendered pages, each built from the same view as its JSON twin.

Templates are Jinja2 with autoescaping on, so text from articles (titles, evidence, the
article itself) is always shown as text; charts are inline SVG from render/charts.py (the
report's renderer too), with no script anywhere.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, Response
from starlette.templating import Jinja2Templates

from entente import __version__
from entente.analysis.series import DIRECTIONS
from entente.render.charts import quad_bars
from entente.vocabulary import MODALITY_NAMES, PERIODS, Period, safe_url
from entente.web.api import CountryPath, SiteDep
from entente.web.errors import ApiError
from entente.web.params import (
    ACTOR_CODE,
    ARTICLE_ID,
    EventFilters,
    NarrowFilters,
    Pages,
    page_url,
)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
_CODE = re.compile(ACTOR_CODE)


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    """A page from its template; `twin` links to the page's JSON under /api/."""
    templates: Jinja2Templates = request.app.state.templates
    path = request.url.path
    twin = "/api/overview" if path == "/" else "/api" + path.replace("/search", "/events", 1)
    if request.url.query:
        twin += "?" + request.url.query
    return templates.TemplateResponse(request, name, {"twin": twin, "version": __version__,
                                                      **context}, status_code=status)


def render_error(request: Request, status: int, error: dict[str, Any]) -> Response:
    """The HTML form of the shared error shape (errors.py calls it for pages)."""
    return render(request, "error.html", {"status": status, "error": error, "twin": None},
                  status)


@router.get("/")
def overview_page(request: Request, site: SiteDep, period: Period = "month") -> Response:
    view = site.relations.overview(period)
    chart = quad_bars(view.volume, period, f"events between countries per {period}")
    return render(request, "overview.html", {"view": view, "volume_chart": chart})


@router.get("/dyads/{a}/{b}")
def dyad_page(request: Request, site: SiteDep, a: CountryPath, b: CountryPath,
              query: NarrowFilters, paging: Pages, period: Period = "month") -> Response:
    a, b = a.upper(), b.upper()
    view = site.relations.dyad(a, b, period, query, paging)
    points = view.series.points
    rows = [(fwd, back, both) for fwd, back, both
            in zip(*(points[d] for d in DIRECTIONS), strict=True) if both.events]
    chart = quad_bars(points["both"], period, f"events between {a} and {b} per {period}",
                      view.shifts)
    return render(request, "dyad.html", {
        "view": view, "a": a, "b": b, "period": period, "periods": PERIODS, "chart": chart,
        "rows": rows, "total": view.relation.events, "left_out": view.relation.left_out,
        "a_to_b": sum(p.events for p in points["a->b"]),
        "b_to_a": sum(p.events for p in points["b->a"]),
        "previous_url": page_url(request, view.events.previous_offset),
        "next_url": page_url(request, view.events.next_offset)})


@router.get("/actors/{code}")
def actor_page(request: Request, site: SiteDep,
               code: Annotated[str, Path(pattern=ACTOR_CODE)], query: NarrowFilters,
               paging: Pages) -> Response:
    view = site.relations.actor(code.upper(), query, paging)
    counterparts = []
    for other, n in view.counterparts:
        linkable = bool(_CODE.fullmatch(other)) and other.isupper()
        dyad = (linkable and len(view.code) == 3 and other[:3] != view.code)
        counterparts.append({"label": other, "events": n,
                             "href": f"/actors/{other}" if linkable else None,
                             "dyad_href": f"/dyads/{view.code}/{other[:3]}" if dyad else None})
    chart = quad_bars(view.monthly, "month", f"events of {view.code} per month")
    return render(request, "actor.html", {
        "view": view, "chart": chart, "counterparts": counterparts,
        "previous_url": page_url(request, view.events.previous_offset),
        "next_url": page_url(request, view.events.next_offset)})


@router.get("/articles/{article_id}")
def article_page(request: Request, site: SiteDep,
                 article_id: Annotated[str, Path(pattern=ARTICLE_ID)]) -> Response:
    view = site.relations.article(article_id)
    if view is None:
        raise ApiError(404, f"no article {article_id}")
    mark_of = {event_id: i for i, m in enumerate(view.marks) for event_id in m.event_ids}
    happened = {e.id for e in view.events if e.modality.happened}
    mark_classes = ["" if happened.intersection(m.event_ids) else "not-happened"
                    for m in view.marks]
    return render(request, "article.html", {
        "view": view, "mark_of": mark_of, "mark_classes": mark_classes,
        "url": safe_url(view.article.url)})


@router.get("/search")
def search_page(request: Request, site: SiteDep, query: EventFilters,
                paging: Pages) -> Response:
    page = site.relations.events(query, paging)
    form = {key: request.query_params.get(key, "")
            for key in ("q", "actor", "a", "b", "cameo", "since", "until")}
    form["modality"] = request.query_params.get("modality", "happened")
    form["sort"] = paging.sort
    return render(request, "search.html", {
        "page": page, "form": form, "modality_names": MODALITY_NAMES,
        "previous_url": page_url(request, page.previous_offset),
        "next_url": page_url(request, page.next_offset)})
