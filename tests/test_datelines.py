"""Datelines in the forms wires and papers use, in English and Spanish (written for these
tests): where the story was filed, the day, the agency, and where the story itself begins."""

from __future__ import annotations

from pathlib import Path

import pytest

from entente.ingest.datelines import first_dateline
from entente.pipeline import mask_datelines


def _forms() -> list[tuple[str | None, ...]]:
    rows = []
    for line in (Path(__file__).parent / "data" / "datelines.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(tuple(None if c == "-" else c for c in line.split("\t")))
    return rows


# (opening of a story, place, region, day, agency, the words the story begins with)
FORMS = _forms()

NOT_DATELINES = [
    "Cuba - the island - has long depended on Venezuelan oil.",
    "Venezuela y Cuba firmaron un acuerdo el lunes.",
    "The Kremlin said on Monday that talks would resume.",
    "Russia's foreign minister - Sergei Lavrov - arrived in Caracas.",
    "Los médicos cubanos: una misión en crisis.",
    # a headline in capitals with a hyphened word: the hyphen joins, it separates nothing
    "IRAN SEIZES GREEK-OWNED OIL TANKER IN GULF OF OMAN",
    "MALI JUNTA EXPELS FRENCH-BACKED ENVOY",
]


@pytest.mark.parametrize("text, place, region, day, agency, begins", FORMS)
def test_dateline_forms(text: str, place: str | None, region: str | None, day: str | None,
                        agency: str | None, begins: str | None) -> None:
    found = first_dateline(text)
    if begins is None:  # a dateline with no separator before the story is not one
        assert found is None
        return
    assert found is not None
    assert (found.place, found.region, found.day, found.agency) == (place, region, day, agency)
    assert text[found.end:].split()[0] == begins


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_sentences_that_are_not_datelines(text: str) -> None:
    assert first_dateline(text) is None


def test_there_are_sixty_forms_in_both_languages() -> None:
    assert len(FORMS) >= 60


@pytest.mark.parametrize("text, source", [
    ("LA PAZ, 3 feb (EFE).- Transportistas bloquearon las principales carreteras del país.",
     "BOLLAB"),
    ("LA PAZ.- Transportistas bloquearon las carreteras.", "BOLLAB"),
])
def test_the_subject_after_a_blanked_dateline(  # type: ignore[no-untyped-def]
        code, text: str, source: str) -> None:
    # (the run of spaces left where the dateline was is a word the parser may take for the
    # subject, with the real one hung on it)
    assert [e.source.code for e in code(text, "es")] == [source]
    masked = mask_datelines(text)
    assert len(masked) == len(text) and masked.lstrip().startswith("Transportistas")
