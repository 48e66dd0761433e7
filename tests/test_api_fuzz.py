"""Fuzzing the REST API from its own OpenAPI description (issue 17): for every operation,
hypothesis makes parameters from the described schemas, valid and not (patterns and
bounds kept or broken, any text, hostile characters), and bodies for POST /api/articles.
No answer may be a server error, and every answer has the API's one error shape or JSON.
Bounded in examples, so it runs in CI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest

hypothesis = pytest.importorskip("hypothesis")
st = pytest.importorskip("hypothesis.strategies")

from entente.pipeline import Pipeline  # noqa: E402
from entente.records import Actor, Article, Modality  # noqa: E402
from entente.store import open_store  # noqa: E402
from entente.web.app import create_app  # noqa: E402
from tests.test_records import make_event  # noqa: E402
from tests.test_web_api import Client  # noqa: E402

TOKEN = "fuzz-token"
HOSTILE = st.sampled_from(["\x00", "%", "_", "'", '"', "\\", "\ud800", "<script>", "../",
                           "%00", "0001-01-01", "9999-12-31", "1e309", "-1", "NaN", " ", "",
                           "\u202e", "a" * 5000, "𝔘", "\r\n"])
TEXT = st.text(max_size=40) | HOSTILE


def seed(path: Path) -> None:
    with open_store(path) as store:
        cub, ven = Actor("Cuba", "CUB", "CUB"), Actor("Venezuela", "VEN", "VENGOV", "GOV")
        for i in range(12):
            day = date(2025, 1 + i % 12, 1 + i)
            article = Article(id=f"a{i:02d}", text=f"Cuba and Venezuela signed pact {i}.",
                              published=day, lang="en", content_hash=f"h{i}",
                              url="javascript:alert(1)" if i == 3 else f"https://x.example/{i}")
            store.add_article(article, [make_event(
                article_id=article.id, source=cub if i % 2 else ven, target=ven if i % 2 else cub,
                goldstein=-7.0 if i > 6 else 6.0, quad_class=4 if i > 6 else 1, date=day,
                published=day, modality=Modality.ASSERTED if i % 5 else Modality.NEGATED)])


@pytest.fixture(scope="module")
def apps(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[
        tuple[Client, Client, dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("fuzz")
    seed(folder / "read.duckdb")
    reader = create_app(str(folder / "read.duckdb"), pipeline_factory=lambda: pipeline)
    writer = create_app(str(folder / "write.duckdb"), token=TOKEN,
                        pipeline_factory=lambda: pipeline)
    read, write = Client(reader), Client(writer)
    yield read, write, read.json("/openapi.json")
    reader.state.site.close()
    writer.state.site.close()


def value_for(schema: dict[str, Any], spec: dict[str, Any]) -> Any:
    """A strategy of values for one parameter's schema: mostly what it describes, else
    anything (a wrong type, broken bounds, hostile text)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = spec["components"]["schemas"][name]
    if "anyOf" in schema:
        return st.one_of([value_for(s, spec) for s in schema["anyOf"]
                          if s.get("type") != "null"] or [TEXT])
    kind = schema.get("type")
    if "enum" in schema:
        good = st.sampled_from(schema["enum"])
    elif kind == "integer":
        low, high = schema.get("minimum", -10**6), schema.get("maximum", 10**6)
        low, high = schema.get("exclusiveMinimum", low), schema.get("exclusiveMaximum", high)
        good = st.integers(int(low) - 3, int(high) + 3) | st.integers()
    elif kind == "number":
        good = st.floats(allow_nan=True, allow_infinity=True)
    elif kind == "boolean":
        good = st.booleans()
    elif kind == "array":
        good = st.lists(value_for(schema.get("items", {}), spec), max_size=4)
    elif kind == "string" and "pattern" in schema:
        good = st.from_regex(schema["pattern"], fullmatch=True)
    elif kind == "string" and schema.get("format") == "date":
        good = st.dates().map(date.isoformat)
    else:
        good = TEXT
    return st.one_of(good, good, TEXT)


def requests_for(spec: dict[str, Any]) -> Any:
    """A strategy of GET addresses over every operation the description lists."""
    choices = []
    for path, item in spec["paths"].items():
        operation = item.get("get")
        if operation is None:
            continue
        params = operation.get("parameters", [])
        fields = {p["name"]: (p["in"], p.get("required", False),
                              value_for(p.get("schema", {}), spec)) for p in params}

        @st.composite
        def build(draw: Any, path: str = path, fields: dict[str, Any] = fields) -> str:
            url, query = path, []
            for name, (where, required, strategy) in fields.items():
                if where == "path":
                    raw = (str(draw(strategy)) or "x").encode("utf-8", "surrogatepass")
                    url = url.replace("{" + name + "}", quote(raw, safe=""))
                elif required or draw(st.booleans()):
                    value = draw(strategy)
                    for v in value if isinstance(value, list) else [value]:
                        query.append((name, str(v).lower() if isinstance(v, bool) else str(v)))
            return url + ("?" + urlencode(query, errors="surrogatepass") if query else "")

        choices.append(build())
    return st.one_of(choices)


def check(response: Any) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:500])
    if response.headers.get("content-type", "").startswith("application/json"):
        body = response.json()
        if response.status_code >= 400:
            assert set(body) == {"error"} and set(body["error"]) == {"code", "message",
                                                                       "detail"}


@pytest.mark.slow
def test_no_get_of_any_operation_is_a_server_error(apps: tuple[Client, Client, dict[str, Any]]
                                                   ) -> None:
    read, _write, spec = apps
    strategy = requests_for(spec)

    @hypothesis.settings(max_examples=400, deadline=None, database=None,
                         suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(strategy)
    def get(url: str) -> None:
        check(read.get(url))

    get()


ARTICLE = st.fixed_dictionaries({}, optional={
    "text": st.one_of(TEXT, st.just("Cuba and Venezuela signed an energy agreement on Monday "
                                    "in Caracas, officials said.") .map(
                                        lambda t: t), TEXT.map(lambda h: f"Cuba and Venezuela "
                                                               f"signed{h} a deal today.")),
    "html": TEXT.map(lambda h: f"<html><body><article><p>{h * 3} Cuba signed a pact "
                               "with Venezuela in Havana on Friday.</p></article></body></html>"),
    "title": TEXT, "outlet": TEXT, "url": TEXT, "published": TEXT | st.dates().map(str),
    "lang": TEXT | st.sampled_from(["en", "es", "fr", "EN"]) | st.integers(),
    "extra": TEXT})


@pytest.mark.slow
def test_no_posted_article_is_a_server_error(apps: tuple[Client, Client, dict[str, Any]]
                                             ) -> None:
    _read, write, _spec = apps

    @hypothesis.settings(max_examples=60, deadline=None, database=None,
                         suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(ARTICLE, st.sampled_from([f"Bearer {TOKEN}", "Bearer nope", ""]))
    def post(body: dict[str, Any], authorization: str) -> None:
        headers = {"Content-Type": "application/json"}
        if authorization:
            headers["Authorization"] = authorization
        # json.dumps escapes a lone surrogate, as a hostile client may send it
        check(write.post("/api/articles", content=json.dumps(body).encode(), headers=headers))

    post()
