"""Spanish preterites written without accents get them back before the parse."""

from __future__ import annotations

import pytest

from entente.coding.accents import restore_accents
from entente.coding.inflect import FormIndex
from entente.coding.patterns import load_patterns


@pytest.fixture(scope="module")
def lemmas():  # type: ignore[no-untyped-def]
    return FormIndex(load_patterns("es").by_verb, "es").lemmas


@pytest.mark.parametrize("line, expected", [
    ("Rusia nego las acusaciones.", "Rusia negó las acusaciones."),
    ("La ONU exigio la liberacion de los rehenes.", "La ONU exigió la liberación de los rehenes."),
    ("Rusia se retiro de Siria.", "Rusia se retiró de Siria."),
    # a determiner or a preposition before it: a noun
    ("El rechazo de la propuesta fue total.", "El rechazo de la propuesta fue total."),
    ("Hubo un ataque con apoyo de Rusia.", "Hubo un ataque con apoyo de Rusia."),
    # an adjective before it: a noun ("alto cargo", "alto mando"), the verb after restored
    ("Un alto cargo del Gobierno pidio calma.", "Un alto cargo del Gobierno pidió calma."),
    ("El alto mando militar nego el ataque.", "El alto mando militar negó el ataque."),
    # a verb opening a sentence after the first is restored, a name inside one is not
    ("Hubo tres muertos. Nego el ataque.", "Hubo tres muertos. Negó el ataque."),
    ("Segun la policia, hubo tres muertos.", "Según la policía, hubo tres muertos."),
    ("Lo dijo Anuncio Perez ayer.", "Lo dijo Anuncio Perez ayer."),
    # a verb restored just before: the next is its object
    ("Brasil brindo apoyo a Bolivia.", "Brasil brindó apoyo a Bolivia."),
    # a line with accents was written with care: left alone
    ("Ya se firmó el acuerdo y Rusia nego", "Ya se firmó el acuerdo y Rusia nego"),
    # irregular preterites have no accent
    ("El ministro dijo que Rusia hizo todo.", "El ministro dijo que Rusia hizo todo."),
])
def test_restore_accents(lemmas, line: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    out = restore_accents(line, lemmas)
    assert out == expected
    assert len(out) == len(line)


def test_speech_verbs_are_restored_with_the_event_verbs() -> None:
    """The parse's text gets the accents of speech verbs as well ("conto a Diario de Cuba
    que ..."), which no event pattern holds."""
    from entente.pipeline import Pipeline
    from entente.records import Article

    text = "Un medico conto a la radio que no hay guantes. Relato que operan sin luz."
    parsed = Pipeline()._parsable(Article(id="a", text=text, lang="es"), "es")
    assert parsed == "Un medico contó a la radio que no hay guantes. Relató que operan sin luz."


@pytest.mark.parametrize("line, expected", [
    # an unaccented future in a main clause, or after "que" of a verb of saying
    ("Guatemala enviara 150 soldados a Haiti.", "Guatemala enviará 150 soldados a Haiti."),
    ("El Gobierno anuncio que liberara a los presos.",
     "El Gobierno anunció que liberará a los presos."),
    # ... the subjunctive after "que" of asking, after "si": left alone
    ("La ONU pidio que Israel liberara a los presos.",
     "La ONU pidió que Israel liberara a los presos."),
    ("Si Rusia atacara a Polonia habria guerra.", "Si Rusia atacara a Polonia habria guerra."),
])
def test_unaccented_futures(lemmas, line: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert restore_accents(line, lemmas) == expected


@pytest.mark.parametrize("line, expected", [
    # words that are no word without their accent get it anywhere in such a line
    ("La mision de paz exigio la liberacion de los presos.",
     "La misión de paz exigió la liberación de los presos."),
    ("Secuestran a mas de 280 alumnos en el pais", "Secuestran a más de 280 alumnos en el país"),
    ("MAS DE CIEN MUERTOS EN UN ATAQUE", "MÁS DE CIEN MUERTOS EN UN ATAQUE"),
    ("Los lideres se reunieron despues de la cumbre.",
     "Los líderes se reunieron después de la cumbre."),
    # ... but not "mas" where it may be the old "but", nor words that are words without it
    ("Pidio mas ayuda a Rusia.", "Pidió mas ayuda a Rusia."),
    ("La comision de la ciudad", "La comisión de la ciudad"),
    ("Las naciones y las misiones", "Las naciones y las misiones"),
])
def test_words_that_need_their_accent(lemmas, line: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    out = restore_accents(line, lemmas)
    assert out == expected
    assert len(out) == len(line)


@pytest.mark.parametrize("line, expected", [
    # nationalities written without their accent get it in lowercase, not in a name
    ("El canciller irani se reunio con el principe heredero saudi.",
     "El canciller iraní se reunió con el príncipe heredero saudí."),
    ("Los rebeldes huties atacaron un buque frances.",
     "Los rebeldes hutíes atacaron un buque francés."),
    ("Frances Ortega dijo que no", "Frances Ortega dijo que no"),
])
def test_nationalities_get_their_accent(lemmas, line: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert restore_accents(line, lemmas) == expected
