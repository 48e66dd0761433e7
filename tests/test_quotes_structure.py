"""Who says so, by the structure of the speaker's phrase rather than by cue phrases: a name
withheld in the speaker's own clause in any words, a name of initials, the press in the
plural, a cue that belongs to another person, an inverted attribution with any verb, the
outlet's name the parser made a subject, and the subject a Spanish verb drops (passages
written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from entente.pipeline import Pipeline
from entente.records import Article, Quote

pytestmark = pytest.mark.slow


def read(pipeline: Pipeline, text: str, lang: str = "es") -> list[Quote]:
    coded = next(iter(pipeline.read_many([Article(id="s", text=text, lang=lang,
                                                  published=date(2026, 3, 2))])))
    return coded.quotes


def first(quotes: list[Quote], words: str) -> Quote:
    return next(q for q in quotes if words in q.text)


@pytest.mark.parametrize("text", [
    # the clause speaks of the speaker's name, with verbs no cue phrase lists
    "«El hospital no tiene oxígeno desde el lunes», dijo una enfermera, que habló a cambio "
    "de que no se supiera su apellido.",
    "Un policía de Rosario, cuyo nombre nos reservamos, contó que «las órdenes vienen de "
    "arriba».",
    "Una maestra rural que por prudencia calla su nombre aseguró que «la escuela lleva un "
    "año sin techo».",
    # the clause denies that the speaker is named
    "Un agente de aduanas, que no quiso ser citado, aseguró que «pasan camiones sin "
    "revisar».",
])
def test_a_name_withheld_in_the_speakers_own_clause_is_anonymous(
        pipeline: Pipeline, text: str) -> None:
    quotes = read(pipeline, text)
    assert quotes
    assert {q.anonymity for q in quotes} == {"anonymous"}
    assert all(q.anonymity_cue for q in quotes)


def test_a_name_not_theirs_in_the_speakers_clause_is_a_pseudonym(pipeline: Pipeline) -> None:
    text = ("Un minero de Potosí, que firma sus mensajes con un nombre prestado, dijo que "
            "«la cooperativa paga en negro».")
    assert {q.anonymity for q in read(pipeline, text)} == {"pseudonym"}


@pytest.mark.parametrize(("text", "anonymity"), [
    # a name that is something else's, not the speaker's
    ("Un médico del hospital que lleva el nombre de Simón Bolívar dijo que «faltan camas».",
     "unnamed"),
    # a naming verb the clause does not deny, or that is the speaker's own act
    ("Un portavoz del ministerio, que citó cifras oficiales, dijo que «la inflación bajó».",
     "unnamed_official"),
])
def test_a_clause_that_keeps_no_name_back_changes_nothing(
        pipeline: Pipeline, text: str, anonymity: str) -> None:
    assert {q.anonymity for q in read(pipeline, text)} == {anonymity}


def test_a_name_of_initials_only_is_anonymous(pipeline: Pipeline) -> None:
    text = "«Nos pegaban cada noche», relató M.R.G., una detenida de 40 años."
    q = first(read(pipeline, text), "pegaban")
    assert (q.anonymity, q.anonymity_cue) == ("anonymous", "M.R.G.")


def test_a_name_with_initials_is_still_named(pipeline: Pipeline) -> None:
    text = "«Nos pegaban cada noche», relató María R. Gómez, una detenida de 40 años."
    assert first(read(pipeline, text), "pegaban").anonymity == "named"


@pytest.mark.parametrize(("text", "anonymity"), [
    ("Según medios peruanos, el ministro presentará su renuncia el lunes.", "unnamed_source"),
    ("Varios detenidos fueron liberados de madrugada, informaron diarios locales.",
     "unnamed_source"),
    # one outlet, or outlets named, are no unnamed source
    ("Según el diario El Comercio, el ministro presentará su renuncia el lunes.",
     "institution"),
])
def test_the_press_in_the_plural_is_an_unnamed_source(
        pipeline: Pipeline, text: str, anonymity: str) -> None:
    q = next(q for q in read(pipeline, text) if q.kind == "reported")
    assert q.anonymity == anonymity


def test_a_cue_on_another_person_is_not_the_named_speakers(pipeline: Pipeline) -> None:
    text = ("Según un asesor del ministerio que pidió el anonimato, la ministra Carla Ruiz "
            "dijo en una reunión que el presupuesto «no alcanza».")
    q = next(q for q in read(pipeline, text) if q.kind == "direct")
    assert (q.speaker_ref, q.anonymity) == ("Carla Ruiz", "named")


@pytest.mark.parametrize(("text", "ref"), [
    ("«Es una vergüenza para el país», protestó la diputada Ana Ruiz.", "Ana Ruiz"),
    ("«No vamos a pagar esa deuda», se plantó el gobernador de Salta, Luis Peralta.",
     "Luis Peralta"),
])
def test_an_inverted_attribution_gives_the_speaker_whatever_its_verb(
        pipeline: Pipeline, text: str, ref: str) -> None:
    q = read(pipeline, text)[0]
    assert (q.kind, q.speaker_ref, q.anonymity) == ("direct", ref, "named")


def test_the_outlet_named_after_the_noun_told_is_not_the_speaker(pipeline: Pipeline) -> None:
    text = ("«El puerto está cerrado», dijo a la agencia EFE un funcionario de la Autoridad "
            "Portuaria que no estaba autorizado a declarar.")
    q = read(pipeline, text)[0]
    assert (q.said_by, q.anonymity) == ("un funcionario de la Autoridad Portuaria", "anonymous")
    assert q.outlet == "EFE"


def test_a_dropped_subject_is_the_sentence_befores(pipeline: Pipeline) -> None:
    text = ("La jueza del caso suspendió la audiencia. «No hay garantías para los testigos», "
            "explicó ante la prensa.")
    q = first(read(pipeline, text), "garantías")
    assert (q.said_by, q.anonymity) == ("La jueza del caso", "unnamed_official")


def test_a_dropped_subject_after_a_quoted_speaker_is_that_speakers(pipeline: Pipeline) -> None:
    text = ("«Vamos a apelar», dijo el abogado Iván Soto. La jueza del caso suspendió la "
            "audiencia. «Esto no termina aquí», añadió.")
    q = first(read(pipeline, text), "no termina")
    assert q.speaker_ref == "Iván Soto"


def test_what_a_writer_wrote_is_reported(pipeline: Pipeline) -> None:
    text = "La escritora Elena Poniatowska escribió que el país «no aprende de su historia»."
    q = next(q for q in read(pipeline, text) if q.kind == "reported")
    assert (q.speaker_ref, q.anonymity) == ("Elena Poniatowska", "named")


# -- quotes10: the name a speaker goes by, a refusal to be named, a blanked dateline -------

@pytest.mark.parametrize("text", [
    # the speaker names themselves
    "Un guardia del penal, quien se identificó como sargento Ramos, dijo que «los presos "
    "mandan en los pabellones».",
    "Un contrabandista que se hace llamar Cholo aseguró que «cada camión paga su cuota».",
    "Una enfermera que se presentó como Nelly contó que «no hay guantes desde marzo».",
    # the speaker is the one others call so, in a clause hung on the speech verb
    "«Me quitaron el celular y la cédula», relató a este diario un taxista, al que sus "
    "compañeros llaman Peluca.",
    "«Nos tuvieron dos días sin agua», contó por teléfono un pescador retenido en la isla, "
    "al que este diario llama Tito para protegerlo.",
])
def test_a_name_the_speaker_goes_by_is_a_pseudonym(pipeline: Pipeline, text: str) -> None:
    quotes = read(pipeline, text)
    assert quotes
    assert {q.anonymity for q in quotes} == {"pseudonym"}
    assert all(q.anonymity_cue for q in quotes)


@pytest.mark.parametrize("text", [
    # "se llama": their own name, told; "llamó ... al ministro": they name someone else
    "Un vecino que se llama Anselmo Ruiz dijo que «el agua llega turbia».",
    "Un diputado, quien llamó corrupto al ministro Peña, dijo que «no votará el "
    "presupuesto».",
    # the name denied
    "Un soldado que no se identificó como Pablo dijo que «el cuartel está vacío».",
])
def test_a_naming_verb_that_gives_no_name_to_go_by_is_no_pseudonym(
        pipeline: Pipeline, text: str) -> None:
    quotes = read(pipeline, text)
    assert quotes
    assert "pseudonym" not in {q.anonymity for q in quotes}


@pytest.mark.parametrize("text", [
    "Un comerciante, que declinó identificarse, aseguró que «la extorsión subió al doble».",
    "Una maestra que rehusó ser citada contó que «faltan pupitres en todas las aulas».",
])
def test_refusing_to_be_named_is_anonymous(pipeline: Pipeline, text: str) -> None:
    quotes = read(pipeline, text)
    assert quotes
    assert {q.anonymity for q in quotes} == {"anonymous"}


def test_a_verb_of_refusing_names_nobody_when_the_name_is_not_refused(
        pipeline: Pipeline) -> None:
    text = "Un comerciante que rechazó la nueva tasa aseguró que «nadie la va a pagar»."
    assert {q.anonymity for q in read(pipeline, text)} == {"unnamed"}


def test_the_speaker_after_a_blanked_dateline(pipeline: Pipeline) -> None:
    text = ("QUITO.– Gabriela Sommerfeld, canciller de Ecuador, sostuvo ante la prensa que "
            "los cierres de frontera «no son negociables».")
    quotes = read(pipeline, text)
    assert quotes
    assert {(q.said_by, q.anonymity) for q in quotes} == {("Gabriela Sommerfeld", "named")}


@pytest.mark.parametrize(("text", "anonymity"), [
    # a plural that opens the sentence, capitalised: the tagger's name, a common noun
    ("Voceros de la Guardia Civil informaron de que «no hubo heridos».", "unnamed_official"),
    ("Medios bolivianos informaron de que el ministro renunció.", "unnamed_source"),
    # the same word further on is no name either way
    ("Según portavoces del Ejército, «la frontera está cerrada».", "unnamed_official"),
])
def test_a_capitalised_plural_that_opens_the_sentence_is_no_name(
        pipeline: Pipeline, text: str, anonymity: str) -> None:
    quotes = read(pipeline, text)
    assert quotes
    assert {q.anonymity for q in quotes} == {anonymity}


@pytest.mark.parametrize(("text", "anonymity"), [
    ("Un concejal del partido opositor dijo que «el alcalde miente».", "unnamed_official"),
    ("La directora del Instituto de Medicina Legal advirtió que «las morgues están llenas».",
     "unnamed_official"),
    ("Una jueza de Guayaquil aseguró que «las audiencias se suspenden por amenazas».",
     "unnamed_official"),
    ("La ONG Cristosal denunció que «hay 300 muertos bajo custodia».", "institution"),
])
def test_elected_officials_judges_and_heads_of_services_unnamed(
        pipeline: Pipeline, text: str, anonymity: str) -> None:
    quotes = read(pipeline, text)
    assert quotes
    assert {q.anonymity for q in quotes} == {anonymity}


@pytest.mark.parametrize(("text", "said_by", "anonymity"), [
    # the name right after the outlet told, and the description after it
    ("«El pan llega dos veces por semana», cuenta a 14ymedio Yoandry, un albañil de Holguín "
     "que pidió no publicar su apellido.", "Yoandry", "anonymous"),
    ("«Nadie nos avisó del desalojo», dijo a este diario Rebeca, una inquilina de 60 años.",
     "Rebeca", "named"),
])
def test_the_name_after_the_outlet_told_is_the_speaker(
        pipeline: Pipeline, text: str, said_by: str, anonymity: str) -> None:
    q = read(pipeline, text)[0]
    assert (q.said_by, q.anonymity) == (said_by, anonymity)


@pytest.mark.parametrize("text", [
    "«No hay luz desde el lunes», dijo a María López un vecino del barrio.",  # whom told
    "«Nunca había visto el tomate tan caro», le dijo a BBC Mundo.",  # the outlet's name
])
def test_no_name_after_an_outlet_is_taken_from_whom_or_what_was_told(
        pipeline: Pipeline, text: str) -> None:
    q = read(pipeline, text)[0]
    assert q.said_by not in ("María", "María López", "Mundo")


def test_defender_que_reports_a_claim(pipeline: Pipeline) -> None:
    text = "La ministra de Vivienda, Isabel Rodríguez, defendió que el bono «llegó a tiempo»."
    quotes = read(pipeline, text)
    assert {q.kind for q in quotes} == {"reported", "direct"}
    assert all(q.speaker_ref == "Isabel Rodríguez" and q.anonymity == "named" for q in quotes)


def test_a_dialogue_dash_right_after_the_dateline_opens_a_quote(pipeline: Pipeline) -> None:
    text = ("MARACAY.– —Se llevaron a mi hijo sin orden de un juez —relató una vecina del "
            "barrio, que pidió no ser identificada.")
    quotes = read(pipeline, text)
    q = first(quotes, "Se llevaron")
    assert q.kind == "direct" and q.text.startswith("Se llevaron a mi hijo")
    assert q.said_by and q.said_by.startswith("una vecina") and q.anonymity == "anonymous"


@pytest.mark.parametrize("text", [
    "Un sargento de la Guardia, que habló extraoficialmente, dijo que «faltan fusiles».",
    "Un asesor del Congreso explicó de manera extraoficial que «la ley no pasará».",
])
def test_speaking_off_the_record_in_spanish_is_anonymous(pipeline: Pipeline, text: str) -> None:
    assert {q.anonymity for q in read(pipeline, text)} == {"anonymous"}


def test_the_speaker_before_an_aside_between_dashes_and_their_name_in_it(
        pipeline: Pipeline) -> None:
    text = ("Una estudiante de 16 años —su nombre se reserva por ser menor de edad— contó que "
            "«en el liceo venden droga».")
    quotes = read(pipeline, text)
    assert quotes
    assert all(q.said_by == "Una estudiante de 16 años" and q.anonymity == "anonymous"
               for q in quotes)


def test_an_aside_about_something_elses_name_keeps_the_speaker_unnamed(
        pipeline: Pipeline) -> None:
    text = ("Un vecino del barrio —el nombre de la calle cambió en 2020— contó que «el agua "
            "no llega».")
    assert "anonymous" not in {q.anonymity for q in read(pipeline, text)}


@pytest.mark.parametrize(("text", "anonymity"), [
    # someone of a person named, not that person
    ("Un portavoz de Maduro dijo que «no habrá diálogo».", "unnamed_official"),
    ("La esposa de Leopoldo López dijo que «seguirá luchando».", "unnamed"),
    ("El abogado de Alex Saab dijo que «apelará la condena».", "unnamed"),
    # a body named after its head, not its head
    ("El Gobierno de Nicolás Maduro aseguró que «la oposición prepara un golpe».",
     "institution"),
    ("La oposición venezolana denunció que «el régimen encarceló a 20 activistas».",
     "institution"),
    # the person named, still
    ("El canciller Yván Gil dijo que «Venezuela no acepta chantajes».", "named"),
])
def test_a_person_named_after_de_is_not_the_speaker(
        pipeline: Pipeline, text: str, anonymity: str) -> None:
    assert {q.anonymity for q in read(pipeline, text)} == {anonymity}


def test_spanish_relatives_are_people_not_sources(pipeline: Pipeline) -> None:
    text = "Familiares de los detenidos denunciaron que «no los dejan visitar»."
    assert {q.anonymity for q in read(pipeline, text)} == {"unnamed"}
    english = read(pipeline, 'People familiar with the talks said "no deal is near".', "en")
    assert {q.anonymity for q in english} == {"unnamed_source"}


def test_refusing_with_se_nego_a_reports_no_claim(pipeline: Pipeline) -> None:
    text = "«Ya no hay vuelta atrás», dijo a la radio un manifestante que se negó a dar su nombre."
    quotes = read(pipeline, text)
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].anonymity == "anonymous"
    denied = read(pipeline, "El ministro negó que la policía disparara contra los manifestantes.")
    assert [q.kind for q in denied] == ["reported"]


def test_a_name_kept_back_in_the_present_in_the_sentence_before(pipeline: Pipeline) -> None:
    text = "Yarelis, de 34 años, prefiere no dar su apellido. «Aquí todo es por la libreta», dice."
    q = first(read(pipeline, text), "libreta")
    assert q.said_by and q.said_by.startswith("Yarelis") and q.anonymity == "anonymous"
