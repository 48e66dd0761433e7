"""Who says so, continued: speakers of coordinated and embedded reports, names given after a
role, anonymity cues and their denials, quotes inside quotes (passages written for these
tests)."""

from __future__ import annotations

from datetime import date

import pytest

from entente.coding.quotes import anonymity_cue, quote_marks
from entente.pipeline import Pipeline
from entente.records import Article, Quote

pytestmark = pytest.mark.slow


def read(pipeline: Pipeline, text: str, lang: str = "en") -> list[Quote]:
    coded = next(iter(pipeline.read_many([Article(id="s", text=text, lang=lang,
                                                  published=date(2026, 3, 2))])))
    return coded.quotes


def claims(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_ref) for q in quotes if q.kind == "reported"]


def test_a_second_report_in_the_same_sentence_is_the_same_speakers(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "Minsk denied that its troops had crossed the border and said "
                            "the photographs were old.")
    assert claims(quotes) == [("its troops had crossed the border", "Minsk"),
                              ("the photographs were old", "Minsk")]


def test_a_spanish_report_with_no_subject_inside_a_claim(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "La Cancillería chilena dijo que no comentaría «rumores sin "
                            "fundamento» sobre la frontera.", "es")
    assert {q.speaker_ref for q in quotes} == {"Cancillería chilena"}
    assert {q.kind for q in quotes} == {"direct", "reported"}


def test_coordinated_que_clauses_are_claims_each(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "Los transportistas denunciaron ante la prensa que la policía "
                            "les cobra peajes y que quien se niega pierde el camión.", "es")
    texts = [t for t, _ in claims(quotes)]
    assert texts == ["la policía les cobra peajes", "quien se niega pierde el camión"]


def test_a_subject_inside_a_quote_is_not_who_the_story_is_about(pipeline: Pipeline) -> None:
    text = ("El alcalde de Quito, Andrés Molina, habló el lunes ante los vecinos. «Quito no "
            "se rinde», afirmó el alcalde. Añadió que la ciudad pedirá ayuda al Estado.")
    quotes = read(pipeline, text, "es")
    assert [q.speaker_ref for q in quotes] == ["Andrés Molina", "Andrés Molina"]


def test_a_quote_that_opens_a_paragraph_is_by_the_person_just_described(
        pipeline: Pipeline) -> None:
    text = ("Capt. Irina Volkova, who flies rescue helicopters over the Black Sea, spoke "
            "slowly about the winter.\n“We go out at night. The wind is the enemy.\n“Nobody "
            "sleeps much.”")
    (q,) = read(pipeline, text)
    assert q.speaker_ref is not None and q.speaker_ref.endswith("Irina Volkova")


@pytest.mark.parametrize("text, lang, speaker, anonymity", [
    ("“The market has no bread left,” said a baker in Aleppo who gave only his first name, "
     "Rami.", "en", "Rami", "anonymous"),
    ("«Ya no quedan medicinas», advirtió el director del hospital de la ciudad, Tomás "
     "Arregui, ante los diputados.", "es", "Tomás Arregui", "named"),
    ("«Las tropas siguen en sus puestos», informó el Mando Conjunto de las Fuerzas Armadas "
     "en un comunicado.", "es", "Mando Conjunto de las Fuerzas Armadas", "institution"),
    ("«No hay luz desde el martes», relató a la radio una maestra de la escuela Bolívar de "
     "Maracay.", "es", "una maestra de la escuela Bolívar de Maracay", "unnamed"),
    ("Tres mineros de la empresa estatal, que hablaron bajo anonimato, aseguraron que la "
     "mina lleva un mes cerrada.", "es", "Tres mineros de la empresa estatal", "anonymous"),
    ("«Nos quitaron todo», cuenta Elena, una comerciante de 50 años que pidió no publicar "
     "su apellido.", "es", "Elena", "anonymous"),
    ("“The checkpoints are back,” said Leila, a teacher in Herat who uses that name for her "
     "safety.", "en", "Leila", "pseudonym"),
])
def test_names_and_anonymity(pipeline: Pipeline, text: str, lang: str, speaker: str,
                             anonymity: str) -> None:
    q = read(pipeline, text, lang)[0]
    assert speaker in (q.said_by, q.speaker_ref)
    assert q.anonymity == anonymity


def test_a_cue_in_the_sentence_that_introduced_the_speaker(pipeline: Pipeline) -> None:
    text = ("Omar, whose name has been changed to protect him, was 16 when he was recruited "
            "in Idlib. “They gave us guns and no food,” he told researchers.")
    q = read(pipeline, text)[0]
    assert (q.speaker_ref, q.anonymity) == ("Omar", "pseudonym")


@pytest.mark.parametrize("text, found", [
    ("an official who requested anonymity", "requested anonymity"),
    ("a soldier who was not authorised to discuss the operation", "not authorised to discuss"),
    ("un funcionario que habló bajo condición de anonimato", "bajo condición de anonimato"),
    ("una vecina que prefirió no dar su nombre", "prefirió no dar su nombre"),
    ("a guard, speaking on condition that he not be named", "on condition that he not be named"),
    ("a nurse who did not ask for anonymity", None),
    ("un vecino que no pidió el anonimato", None),
])
def test_anonymity_cues_and_their_denials(text: str, found: str | None) -> None:
    cue = anonymity_cue(text)
    assert (cue.text if cue else None) == found


def test_quotes_inside_quotes() -> None:
    text = "«Como dijo el ministro, “no hay vuelta atrás”», recordó ella. “He told me, ‘Go " \
           "home,’ and I didn’t,” she said."
    found = [(text[m.start:m.end], m.within is not None) for m in quote_marks(text)]
    assert ("no hay vuelta atrás", True) in found
    assert ("Go home,", True) in found
    assert all("didn" not in t or not inner for t, inner in found)


def test_a_quote_inside_a_quote_is_by_whom_the_speaker_quotes(pipeline: Pipeline) -> None:
    text = ("Marta Ibáñez, a nurse from Valencia, remembered the last night. “A soldier "
            "stopped us and told me, ‘Nobody leaves this town tonight,’” she said. “So we "
            "stayed.”")
    quotes = read(pipeline, text)
    by = {q.text: q.said_by for q in quotes}
    assert by["Nobody leaves this town tonight,"] == "A soldier"
    assert [q.speaker_ref for q in quotes if q.text != "Nobody leaves this town tonight,"] == \
        ["Marta Ibáñez", "Marta Ibáñez"]


def test_a_that_clause_wholly_quoted_is_a_claim_and_a_quote(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "The World Bank said in a report that “growth has stalled in "
                            "every region.”")
    assert sorted(q.kind for q in quotes) == ["direct", "reported"]


def test_spanish_reporting_verbs_with_de_que(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "La Cruz Roja alertó de que los hospitales del norte se quedan "
                            "sin oxígeno.", "es")
    assert claims(quotes) == [("los hospitales del norte se quedan sin oxígeno", "Cruz Roja")]
