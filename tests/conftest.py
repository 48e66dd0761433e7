"""Shared fixtures: one Pipeline per test session (models load once), fresh stores per test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from entente.pipeline import Pipeline
from entente.records import Article, Event
from entente.store.duck import DuckStore

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture
def store() -> Iterator[DuckStore]:
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
