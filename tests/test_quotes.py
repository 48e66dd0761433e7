"""Quotes and reported claims as records: speakers, anonymity, outlets, and the events
inside them (passages written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from entente.coding.quotes import quote_marks
from entente.pipeline import Pipeline
from entente.records import Article, Quote

pytestmark = pytest.mark.slow


def read(pipeline: Pipeline, text: str, lang: str = "en") -> tuple[list[Quote], list]:  # type: ignore[type-arg]
    coded = next(iter(pipeline.read_many([Article(id="q", text=text, lang=lang,
                                                  published=date(2026, 1, 21))])))
    return coded.quotes, coded.events


def test_quote_marks_join_paragraphs_and_skip_nothing() -> None:
    text = "“We will stay.\n“We will not leave until they pay us,” she said. «Nos vamos», dijo."
    found = [text[m.start:m.end] for m in quote_marks(text)]
    assert found == ["We will stay.\n“We will not leave until they pay us,", "Nos vamos"]


def test_a_named_speaker_with_a_description_and_an_outlet(pipeline: Pipeline) -> None:
    quotes, _ = read(pipeline, "“We have no medicines left for the patients,” says Lucía, a "
                     "41-year-old Cuban nurse in Maracaibo, in a statement to Radio Sur.")
    (q,) = quotes
    assert (q.kind, q.said_by, q.outlet, q.anonymity) == ("direct", "Lucía", "Radio Sur",
                                                                "named")
    assert q.description == "a 41-year-old Cuban nurse in Maracaibo"
    assert q.speaker is not None and q.speaker.code == "CUBHLH"


def test_pronouns_and_descriptions_point_back_and_anonymity_carries(pipeline: Pipeline) -> None:
    text = ("“The clinic is empty,” says Lucía, a Cuban nurse in Maracaibo. The nurse, who "
            "asked not to be named, said that her colleagues had gone home. “Nobody tells "
            "us anything,” she added.")
    quotes, _ = read(pipeline, text)
    assert [q.speaker_ref for q in quotes] == ["Lucía", "Lucía", "Lucía"]
    assert [q.kind for q in quotes] == ["direct", "reported", "direct"]
    assert quotes[1].anonymity_cue == "asked not to be named"
    assert quotes[2].anonymity == "anonymous"


@pytest.mark.parametrize("text, lang, speaker, anonymity", [
    ("Sources in Caracas said the embassy would close within days.", "en",
     "Sources in Caracas", "unnamed_source"),
    ("A senior official said the talks had stalled.", "en", "A senior official",
     "unnamed_official"),
    ("Amnesty International said in a report that detainees had been tortured.", "en",
     "Amnesty International", "institution"),
    ("Según fuentes diplomáticas en Bogotá, el gobierno colombiano expulsará a dos "
     "diplomáticos.", "es", "fuentes diplomáticas en Bogotá", "unnamed_source"),
    ("Un funcionario del ministerio, que pidió no ser identificado, aseguró que los médicos "
     "dejaron de recibir pacientes.", "es", "Un funcionario del ministerio", "anonymous"),
    ("—Nos quedaremos hasta el final —afirmó la enfermera, que usa un nombre ficticio por "
     "temor a represalias.", "es", "la enfermera", "pseudonym"),
])
def test_anonymity(pipeline: Pipeline, text: str, lang: str, speaker: str,
                   anonymity: str) -> None:
    quotes, _ = read(pipeline, text, lang)
    assert [(q.said_by, q.anonymity) for q in quotes] == [(speaker, anonymity)]


def test_scare_quotes_are_no_quotes(pipeline: Pipeline) -> None:
    quotes, _ = read(pipeline, "Critics speak of a “Cubanization” of the ministries.")
    assert quotes == []


def test_events_inside_a_claim_point_to_it(pipeline: Pipeline) -> None:
    quotes, events = read(pipeline, "The Venezuelan foreign minister, Yván Gil, said that "
                          "Colombia had expelled two Venezuelan diplomats.")
    (q,) = quotes
    assert q.speaker_ref == "Yván Gil" and q.speaker is not None and q.speaker.code == "VENGOV"
    expelled = [e for e in events if e.root == "16"]
    assert expelled and all(e.quote_id == q.id and e.asserted_by for e in expelled)


@pytest.mark.parametrize("text", [
    "«No hay medicinas», afirmó el portavoz del sindicato, Julio Quispe.",
    "«No hay medicinas», dijo el dirigente sindical boliviano Julio Quispe.",
])
def test_a_role_with_a_name_after_it_is_the_person(pipeline: Pipeline, text: str) -> None:
    quotes, _ = read(pipeline, text, "es")
    assert [q.said_by for q in quotes] == ["Julio Quispe"]
    assert quotes[0].description is not None and "sindica" in quotes[0].description


def test_quote_evaluation_names_anonymity_confusions(pipeline: Pipeline) -> None:
    from entente.quote_eval import GoldPassage, GoldQuote, evaluate_quotes, format_quote_report

    text = "“We have no medicines left,” says Lucía, a nurse in Maracaibo."
    labelled = GoldQuote("direct", "We have no medicines left,", "Lucía", None, None,
                         "anonymous", None)  # labelled anonymous on purpose: read as named
    report = evaluate_quotes(pipeline, [GoldPassage("q-en-0001", "en", text, (labelled,))])
    assert report.speaker.tp == 1
    assert report.anonymity_confusions == {("anonymous", "named"): 1}
    assert "anonymous->named 1" in format_quote_report(report)
