"""Shared fixtures: one Pipeline and one coded corpus per test session (models load and the
corpus is coded once), fresh stores per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from entente.pipeline import Coded, Pipeline
from entente.records import Article, Event
from entente.services.ingest import IngestReport, IngestSession
from entente.store import open_store
from entente.store.base import Store
from entente.store.duck import DuckStore

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


# An administrative address of a PostgreSQL server for the tests (.ci/run starts one and
# sets it); without it the PostgreSQL half of the store suite is skipped.
PG_ADMIN = os.environ.get("ENTENTE_TEST_PG")


def fresh_pg_database() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    if not PG_ADMIN:
        pytest.skip("PostgreSQL tests need ENTENTE_TEST_PG (set by .ci/run)")
    import psycopg

    name = f"entente_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield urlunsplit(urlsplit(PG_ADMIN)._replace(path=f"/{name}"))
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["duckdb", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of each kind: a DuckDB file, a new PostgreSQL database."""
    if request.param == "duckdb":
        yield str(tmp_path / "test.duckdb")
    else:
        yield from fresh_pg_database()


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from fresh_pg_database()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture
def duck_store() -> Iterator[DuckStore]:
    s = DuckStore(":memory:")
    yield s
    s.close()


@pytest.fixture
def code(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    """code(text, lang, published) -> events of one ad-hoc article."""

    def run(text: str, lang: str = "en", published: date | None = date(2026, 2, 1)
            ) -> list[Event]:
        return pipeline.code_article(Article(id="t", text=text, lang=lang, published=published))

    return run


def triples(events: list[Event]) -> set[tuple[str | None, str | None, str, str]]:
    """(source code, target code, CAMEO code, modality) of each event."""
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality.value)
            for e in events}


def coded(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO code) of each event."""
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}


@pytest.fixture(scope="session")
def coded_corpus(pipeline: Pipeline) -> list[Coded]:
    """The bundled corpus read and coded once per test session (events and quotes): `fill`
    stores it in any store exactly as `entente ingest` would (stories grouped), without
    coding it again."""
    from entente.ingest.readers import read_paths

    articles = [r.article for r in read_paths([CORPUS]) if r.article is not None]
    return list(pipeline.read_many(articles))


def fill(store: Store, coded: list[Coded]) -> IngestReport:
    """Store coded articles through the ingest session (stories grouped as ingestion does)."""
    session = IngestSession(store)
    for c in coded:
        session.accept(c.article, c.events, c.quotes)
    return session.report
