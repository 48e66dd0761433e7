"""The article the project was started from (../shared/seed/, read here, never copied):
Venezuela's distancing from Cuba after Maduro's capture must come out as analysts read it.
Skipped where the shared folder is not beside the repository."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from entente.pipeline import Pipeline
from entente.records import Article, Event

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"
pytestmark = [pytest.mark.seed, pytest.mark.slow]


@pytest.fixture(scope="module")
def events(pipeline: Pipeline) -> list[Event]:
    files = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    if not files:
        pytest.skip(f"no seed article in {SEED}")
    text = files[0].read_text(encoding="utf-8")
    return pipeline.code_article(Article(id="seed", text=text, lang="en",
                                         published=date(2026, 1, 21)))


def test_venezuela_distancing_from_cuba_is_coded(events: list[Event]) -> None:
    assert any(e.source.country == "VEN" and e.target is not None
               and e.target.country == "CUB" and e.root == "16" and e.modality.happened
               for e in events)


def test_what_did_not_happen_is_not_coded_as_happened(events: list[Event]) -> None:
    # "the cooperation agreement will not be renewed"; "neither Havana nor Caracas has
    # officially announced the end of cooperation"
    for e in events:
        if "will not be renewed" in e.evidence or "officially announced" in e.evidence:
            assert not e.modality.happened, e


def test_the_opposition_denunciation_has_a_target(events: list[Event]) -> None:
    found = [e for e in events if e.source.code == "VENOPP" and e.root == "11"]
    assert found and all(e.target is not None and e.target.code for e in found)
