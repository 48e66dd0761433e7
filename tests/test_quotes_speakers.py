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


@pytest.mark.parametrize("text, found", [
    ("An Official Who REQUESTED ANONYMITY", "REQUESTED ANONYMITY"),
    ("Un funcionario habló BAJO CONDICIÓN DE ANONIMATO.", "BAJO CONDICIÓN DE ANONIMATO"),
    # a letter outside ASCII that matches "s" without regard to case: the slow way
    ("an official who requeſted anonymity", "requeſted anonymity"),
])
def test_anonymity_cues_in_any_case(text: str, found: str) -> None:
    cue = anonymity_cue(text)
    assert cue is not None and cue.text == found


def test_the_cues_are_matched_in_case_only_where_that_finds_the_same() -> None:
    """The cues run in case over ASCII-lowered text, which is the same as without regard to
    case only while they are written in lowercase ASCII, and a text holds none of the
    letters outside ASCII that match an ASCII letter without regard to case."""
    import re
    import sys

    from entente.coding import speaker_words

    for cues in (speaker_words.ANONYMOUS_CUES, speaker_words.PSEUDONYM_CUES):
        for cue in (c for by_lang in cues.values() for c in by_lang):
            assert cue.isascii() and cue == cue.lower(), cue
    others = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    folding = set(re.findall("[a-z]", others, re.I))
    assert folding == {c for c in others if speaker_words.FOLDS_TO_ASCII.match(c)}


def test_every_cue_holds_one_of_the_words_looked_for_before_its_pattern_runs() -> None:
    """The cue patterns run only on text that holds one of their kind's words: every
    alternative of every cue must hold one, as a run of plain letters it cannot match
    without (read from the parsed pattern)."""
    from re import _constants as c
    from re import _parser

    from entente.coding import speaker_words

    def holds(items: list, words: tuple[str, ...]) -> bool:  # type: ignore[type-arg]
        runs, run = [], ""
        for op, av in items:
            if op is c.LITERAL:
                run += chr(av)
                continue
            runs.append(run)
            run = ""
        runs.append(run)
        if any(w in r for r in runs for w in words):
            return True
        for op, av in items:
            if op is c.SUBPATTERN and holds(list(av[3]), words):
                return True
            if op is c.BRANCH and all(holds(list(alt), words) for alt in av[1]):
                return True
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 and holds(list(av[2]), words):
                return True
        return False

    for caseless, _cased, kind in speaker_words._CUE_KINDS:
        words = speaker_words.CUE_WORDS[kind]
        parsed = list(_parser.parse(caseless.pattern))
        assert len(parsed) == 1 and parsed[0][0] is c.BRANCH
        for alt in parsed[0][1][1]:
            assert holds(list(alt), words), (kind, alt)
    # the check can fail: a kind without the word its only cue holds
    assert not holds(list(_parser.parse("(?:asked|requested) for anonymity")), ("name",))
    assert anonymity_cue("He spoke on background.") is not None


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


# -- rules that carry: each written for these tests, one general fact of how news names its
# speakers

@pytest.mark.parametrize("text, lang, speaker, anonymity", [
    # cues and nouns matched with the accents left out
    ("Un funcionario del Ministerio de Defensa, que hablo bajo condicion de anonimato, "
     "aseguro que las tropas se retiraron.", "es", "funcionario", "anonymous"),
    ("La Fiscalia aseguro que el sospechoso confeso.", "es", "Fiscalia", "institution"),
    # an institution's noun with no actor the knowledge base knows
    ("The central bank said inflation had slowed.", "en", "central bank", "institution"),
    ("El Banco Central informó que la inflación bajó.", "es", "Banco Central", "institution"),
    # a name that ends in a city's is a person's
    ("“We want the truth,” said Ana Lima, the mother of one of the missing students.", "en",
     "Ana Lima", "named"),
    # "un policía" is one of the police, "la Policía" the body
    ("Un policía de tránsito dijo que el retén se levantó a medianoche.", "es", "policía",
     "unnamed_official"),
    # "según", taken by the parser for a name at the head of the sentence
    ("Segun fuentes cercanas a la negociacion, el alto el fuego empezara el lunes.", "es",
     "fuentes", "unnamed_source"),
    # the words of a source's ties
    ("Three people with knowledge of the deal said the bid would be raised.", "en",
     "people", "unnamed_source"),
    # pseudonym cues: "under the name", "a quien llamaremos", "pidió ser identificado como"
    ("A blogger who writes under the name Night Owl said the site had been blocked.", "en",
     "blogger", "pseudonym"),
    ("Una maestra, a quien llamaremos Rosa, contó que la escuela cerró en mayo.", "es",
     "maestra", "pseudonym"),
    # "sólo dio su nombre de pila", either order
    ("«Es una masacre», dijo una testigo que solo dio su nombre de pila, Leila.", "es",
     "Leila", "anonymous"),
    # a rank is an official's
    ("Un coronel del Ejército dijo que la base fue atacada de madrugada.", "es", "coronel",
     "unnamed_official"),
])
def test_rules_that_carry(pipeline: Pipeline, text: str, lang: str, speaker: str,
                          anonymity: str) -> None:
    q = read(pipeline, text, lang)[-1]
    assert speaker in (q.said_by or "") or speaker in (q.speaker_ref or "")
    assert q.anonymity == anonymity


@pytest.mark.parametrize("text, lang, said_by, ref, anonymity", [
    # a pronoun takes the anonymity of the person it points back to ("él" written "el")
    ("Un taxista que pidio no ser identificado dijo que los retenes se movieron. «Le cobran "
     "a todo el mundo», aseguro el.", "es", "el", "Un taxista", "anonymous"),
    ("Ahmed, whose name has been changed, fled in March. “They burned our house,” he said.",
     "en", "he", "Ahmed", "pseudonym"),
    # "one of them": one of the people quoted together
    ("According to three people briefed on the talks, the deal is close. One of them said "
     "the signing could come “within days.”", "en", "One of them", "three people",
     "unnamed_source"),
    # "it": the body quoted before
    ("The Interior Ministry said 14 people had been arrested. More arrests would follow, it "
     "added.", "en", "it", "Interior Ministry", "institution"),
    # a definite description is the person the sentence before described
    ("Una madre cuyo hijo desapareció, y que prefirió no dar su nombre, habló con la radio "
     "local.\n—Nadie me dice nada —dijo la mujer.", "es", "la mujer", "Una madre",
     "anonymous"),
    # "the officer": the unnamed official quoted last
    ("Un general de la Policía explicó que los mineros tomaron los socavones. «Tienen más "
     "armas que nosotros», admitió el oficial.", "es", "el oficial", "general",
     "unnamed_official"),
])
def test_speakers_pointed_back_to(pipeline: Pipeline, text: str, lang: str, said_by: str,
                                  ref: str, anonymity: str) -> None:
    q = read(pipeline, text, lang)[-1]
    assert said_by in (q.said_by or "") or ref in (q.said_by or "")  # as written, or named
    assert ref in (q.speaker_ref or "")
    assert q.anonymity == anonymity


def test_a_cue_in_a_later_sentence_about_the_speaker(pipeline: Pipeline) -> None:
    text = ("“The convoy was turned back at the crossing,” said an aid worker in Rafah. “Nobody "
            "told us why.” The aid worker spoke on condition of anonymity.\nPor la noche, un "
            "vecino dijo que no quedaba agua.")
    quotes = read(pipeline, text)
    assert [q.anonymity for q in quotes[:2]] == ["anonymous", "anonymous"]
    assert quotes[0].anonymity_cue == "on condition of anonymity"


def test_a_later_sentence_about_someone_else_says_nothing_of_the_speaker(
        pipeline: Pipeline) -> None:
    text = ("“The convoy was turned back,” said Miriam Haddad, a nurse in Rafah. A driver who "
            "asked not to be named was detained.")
    (q,) = read(pipeline, text)
    assert q.anonymity == "named"


def test_an_outlet_citing_its_sources(pipeline: Pipeline) -> None:
    (q,) = read(pipeline, "Citing two officials familiar with the plan, Bloomberg reported "
                          "that the sale would be delayed.")
    assert (q.said_by, q.outlet, q.anonymity) == ("two officials familiar with the plan",
                                                  "Bloomberg", "unnamed_source")


def test_a_quote_inside_a_quote_takes_no_cue_from_the_outer_speaker(
        pipeline: Pipeline) -> None:
    text = ("“The guard opened the door and said, ‘Nobody will look for you,’” recalled Iván, "
            "a student who asked to be identified by a pseudonym.")
    by = {q.text: q for q in read(pipeline, text)}
    assert by["Nobody will look for you,"].anonymity == "unnamed_official"
    assert by["The guard opened the door and said, ‘Nobody will look for you,’"].anonymity == \
        "pseudonym"


def _first(quotes: list[Quote], start: str) -> Quote:
    return next(q for q in quotes if q.text.startswith(start))


def test_a_noun_of_sex_or_age_points_back_to_the_person_quoted(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "PUNO.– Rosalía, nombre ficticio de una comerciante aimara de 38 "
                            "años, asegura que la patrulla le quitó la mercadería en el "
                            "puente. «Nadie nos devuelve nada», dijo la mujer.", "es")
    q = _first(quotes, "Nadie")
    assert (q.speaker_ref, q.anonymity) == ("Rosalía", "pseudonym")


def test_a_later_sentence_about_the_woman_just_quoted(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "«Aquí el agua llega dos horas por semana», explicó una "
                            "enfermera del hospital del barrio.\n"
                            "La mujer pidió no ser identificada por temor a represalias.", "es")
    assert _first(quotes, "Aquí").anonymity == "anonymous"


def test_a_sentence_with_a_cue_is_about_the_first_person_it_names(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "Anselmo, nombre ficticio que usamos para protegerlo, perdió su "
                            "tierra en marzo. «Nos sacaron a punta de fusil», contó a la "
                            "agencia EFE.", "es")
    q = _first(quotes, "Nos sacaron")
    assert (q.speaker_ref, q.anonymity) == ("Anselmo", "pseudonym")


def test_a_name_given_as_a_pseudonym_earlier_keeps_its_cue(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "Un estudiante de Derecho, que pidió ser identificado como "
                            "Tomás, fue detenido dos días en Managua. «Me golpearon con "
                            "tubos», relató Tomás.", "es")
    assert _first(quotes, "Me golpearon").anonymity == "pseudonym"


@pytest.mark.parametrize(("text", "kind"), [
    ("El pastor aceptó hablar siempre que no se revelara su nombre.", "anonymous"),
    ("El francotirador, que se identifica solo por su indicativo de radio, Halcón, habló "
     "desde la trinchera.", "pseudonym"),
])
def test_spanish_cues_of_consent_and_call_signs(text: str, kind: str) -> None:
    cue = anonymity_cue(text)
    assert cue is not None and cue.kind == kind


@pytest.mark.parametrize(("text", "anonymity"), [
    ("«Llegan cada noche unas 300 familias», alertó un responsable de Cruz Roja en la "
     "frontera.", "unnamed_official"),
    ("La Cancillería pidió explicaciones a Lima. «Es un hecho inaceptable», señaló la "
     "dependencia en un comunicado.", "institution"),
    ("«El servicio se restablecerá el lunes», informó la empresa Aguas del Norte.",
     "institution"),
])
def test_officials_and_bodies_named_by_their_nouns(pipeline: Pipeline, text: str,
                                                   anonymity: str) -> None:
    quotes = [q for q in read(pipeline, text, "es") if q.kind == "direct"]
    assert quotes[-1].anonymity == anonymity


# -- third Spanish round: sentences written for these tests --------------------------------

def test_a_cue_in_the_speakers_own_words_counts(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "De acuerdo con el diario El Universal, que citó a un funcionario "
                            "anónimo de la Cancillería, México expulsará al embajador ruso esta "
                            "semana.", "es")
    q = next(q for q in quotes if q.said_by == "un funcionario anónimo de la Cancillería")
    assert (q.anonymity, q.anonymity_cue) == ("anonymous", "anónimo")


def test_a_later_cue_is_judged_by_its_sentences_own_subject(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "«Nos quitaron los documentos en el puesto de control», denunció "
                            "una madre de familia de Tapachula. Habló con la condición de que "
                            "no se publicara su nombre ni el de la ONG que la ayuda.", "es")
    assert _first(quotes, "Nos quitaron").anonymity == "anonymous"


def test_a_speech_verb_the_tagger_misreads(pipeline: Pipeline) -> None:
    quotes = read(pipeline, '"Budapest siempre cede al final", ironizo un diplomatico '
                            'europeo.', "es")
    q = _first(quotes, "Budapest")
    assert (q.said_by, q.anonymity) == ("un diplomatico europeo", "unnamed_official")


@pytest.mark.parametrize(("text", "words", "ref", "anonymity"), [
    ("Tres concejales de la oposición dijeron que el alcalde vetará el presupuesto. «No tiene "
     "los votos», ironizó uno de los concejales.", "No tiene", "uno de los concejales",
     "unnamed_official"),  # members of an elected body, officials (quotes10)
    ("La Fiscalía abrió una investigación tras las denuncias de cuatro funcionarios del penal. "
     "Uno de ellos, que habló sin autorización, lo dijo así: «Los presos mandan en el "
     "pabellón».", "Los presos", "cuatro funcionarios del penal", "unnamed_official"),
    ("Las lluvias volverán el jueves en la región andina, segun fuentes del instituto de "
     "meteorología. «No hay que confiarse», admitió una de esas fuentes.", "No hay",
     "fuentes del instituto de meteorología", "unnamed_source"),
])
def test_one_of_a_group_is_as_the_group_is(pipeline: Pipeline, text: str, words: str,
                                          ref: str, anonymity: str) -> None:
    q = _first(read(pipeline, text, "es"), words)
    assert ref in (q.said_by, q.speaker_ref) and q.anonymity == anonymity
    assert q.said_by.lower().startswith("un")  # the one who speaks, not all of them


def test_segun_taken_for_a_verb_credits_its_object(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "Las lluvias volverán el jueves en la región andina, segun fuentes "
                            "del instituto de meteorología.", "es")
    assert claims(quotes) == [("Las lluvias volverán el jueves en la región andina",
                               "fuentes del instituto de meteorología")]


@pytest.mark.parametrize("text", [
    "Testigos de la barriada 12 de Octubre aseguraron que hombres armados se llevaron a dos "
    "jovenes.",
    "Pobladores de la vereda El Carmen denunciaron que los soldados quemaron tres casas.",
])
def test_a_group_of_people_opening_a_sentence_is_not_a_name(pipeline: Pipeline,
                                                            text: str) -> None:
    assert [q.anonymity for q in read(pipeline, text, "es")] == ["unnamed"]


def test_a_country_in_a_reported_clause_is_not_whom_the_story_is_about(
        pipeline: Pipeline) -> None:
    quotes = read(pipeline, "Una portavoz de la Cruz Roja informó de que Colombia envió dos "
                            "aviones con ayuda. «Es solo el comienzo», añadió.", "es")
    q = _first(quotes, "Es solo")
    assert (q.said_by, q.anonymity) == ("Una portavoz de la Cruz Roja", "unnamed_official")


def test_a_name_after_a_blanked_dateline_is_whom_the_story_is_about(
        pipeline: Pipeline) -> None:
    quotes = read(pipeline, "MARACAY (Venezuela).– Rosa Huamán no ha visto a su hijo desde "
                            "junio, cuando Estados Unidos lo expulsó. Ella sostiene que el "
                            "muchacho es inocente.", "es")
    q = _first(quotes, "el muchacho")
    assert (q.speaker_ref, q.anonymity) == ("Rosa Huamán", "named")


@pytest.mark.parametrize(("text", "words", "ref", "anonymity"), [
    ("Una enfermera venezolana en Lima, a quien llamaremos Ana para proteger su identidad, "
     "conto a la radio que le retienen el sueldo. \"Si protestas, te echan\", explicó la "
     "enfermera.", "Si protestas", "Ana", "pseudonym"),
    ("La directora de una escuela rural, que solicitó reserva de su identidad, confirmó al "
     "diario que la banda exige dinero. \"Ya no vienen los niños\", dijo la docente.",
     "Ya no vienen", "La directora de una escuela rural", "anonymous"),
])
def test_the_person_described_before_named_by_a_noun_again(
        pipeline: Pipeline, text: str, words: str, ref: str, anonymity: str) -> None:
    q = _first(read(pipeline, text, "es"), words)
    assert (q.speaker_ref, q.anonymity) == (ref, anonymity)


@pytest.mark.parametrize("text", [
    "Pide que no se publique su nombre: ya la amenazaron dos veces.",
    "Los dos guardias piden no ser identificados.",
    "El médico solicita reserva de su identidad.",
])
def test_spanish_cues_of_a_name_withheld_in_the_present(text: str) -> None:
    cue = anonymity_cue(text)
    assert cue is not None and cue.kind == "anonymous"


def test_a_cue_sentence_is_not_about_the_cues_own_words(pipeline: Pipeline) -> None:
    quotes = read(pipeline, "El dueño de la panadería lleva un año sin abrir. Pidió que no se "
                            "publicara su nombre. «Me cobran por respirar», dice.", "es")
    assert _first(quotes, "Me cobran").said_by != "su nombre"


@pytest.mark.parametrize(("text", "kind"), [
    ("Un guardia del penal habló a condición de no ser identificado.", "anonymous"),
    ("Un alto cargo de la Junta que pidió reserva lo confirmó.", "anonymous"),
    ("La asesora, en una llamada, pidió que no se citara su nombre.", "anonymous"),
    ("Un diputado oficialista admitió en off que faltan votos.", "anonymous"),
    ("Lo contó por teléfono, sin identificarse, un taxista de Cuenca.", "anonymous"),
    ("Pidió ser identificada solo por su nombre de pila, Nadia.", "anonymous"),
    ("Lo cuenta El Flaco, como pidió ser llamado este albañil de Tegucigalpa.", "pseudonym"),
])
def test_spanish_cues_of_a_name_withheld_in_more_words(text: str, kind: str) -> None:
    cue = anonymity_cue(text)
    assert cue is not None and cue.kind == kind


def test_a_reserve_that_is_no_name_is_no_cue() -> None:
    assert anonymity_cue("El parque pidió la ampliación de la reserva natural del río.") is None


def test_the_official_said_points_back_to_the_named_minister(pipeline: Pipeline) -> None:
    text = ("La ministra de Trabajo de Perú, Daniela Rojas, anunció que el salario mínimo "
            "subirá en enero. La funcionaria explicó que la medida beneficia a dos millones "
            "de personas.")
    q = _first(read(pipeline, text, "es"), "la medida beneficia")
    assert (q.speaker_ref, q.anonymity) == ("Daniela Rojas", "named")


def test_a_rank_of_two_words_before_the_name(pipeline: Pipeline) -> None:
    q = _first(read(pipeline, "«La frontera está cerrada», aseguró el general de división "
                              "Raúl Benítez Ortega en Cúcuta.", "es"), "La frontera")
    assert (q.speaker_ref, q.anonymity) == ("Raúl Benítez Ortega", "named")


def test_a_source_cue_is_not_the_named_person_the_source_quotes(pipeline: Pipeline) -> None:
    text = ("Un asesor del Congreso que pidió el anonimato contó a la radio que la presidenta "
            "de la cámara, Lucía Medina, dijo a los diputados: «No habrá otra votación».")
    quotes = read(pipeline, text, "es")
    q = _first(quotes, "No habrá otra")
    assert (q.speaker_ref, q.anonymity) == ("Lucía Medina", "named")


def test_el_written_for_el_before_a_preterite_the_tagger_takes_for_a_noun(
        pipeline: Pipeline) -> None:
    text = ("La alcaldesa de Cuenca, Pilar Vélez, visitó el mercado con los comerciantes. "
            "Luego habló el concejal Mario Pérez, quien se mostró escéptico. El nego que el "
            "municipio tenga dinero para las obras.")
    assert claims(read(pipeline, text, "es")) == [
        ("el municipio tenga dinero para las obras", "Mario Pérez")]


@pytest.mark.parametrize("text", ["El relato que hizo la víctima es estremecedor.",
                                  "El aviso que llegó ayer."])
def test_a_noun_after_el_is_no_speech_verb(pipeline: Pipeline, text: str) -> None:
    assert read(pipeline, text, "es") == []


@pytest.mark.parametrize(("text", "ref", "anonymity"), [
    ("—¿Quién nos va a pagar la cosecha? —preguntó Ramiro Condori, agricultor de Achacachi—. "
     "Nadie responde.", "Ramiro Condori", "named"),
    ("—¡Aquí nadie duerme! —gritó un vecino de Petare que pidió no ser identificado—. Las "
     "balas entran por las ventanas.", "un vecino de Petare", "anonymous"),
])
def test_a_dialogue_dash_quote_that_ends_its_sentence_is_the_narrators_speakers(
        pipeline: Pipeline, text: str, ref: str, anonymity: str) -> None:
    q = read(pipeline, text, "es")[0]
    assert (q.speaker_ref, q.anonymity) == (ref, anonymity)


def test_a_person_of_a_place_is_no_body(pipeline: Pipeline) -> None:
    q = read(pipeline, "«Ya nadie sale de noche», contó una vecina del barrio Los Pinos, en "
                       "Santiago de Cuba.", "es")[0]
    assert q.anonymity == "unnamed"


def test_a_speaker_set_off_after_an_opening_phrase(pipeline: Pipeline) -> None:
    text = ("MANAGUA.– En declaraciones a Canal 10, un productor de café que pidió no ser "
            "identificado denunció que el Gobierno le quitó la finca.")
    quotes = read(pipeline, text, "es")
    assert claims(quotes) == [("el Gobierno le quitó la finca", "un productor de café")]
    assert quotes[0].anonymity == "anonymous"


@pytest.mark.parametrize(("text", "ref"), [
    ("«No habrá prórroga para nadie», zanjó el ministro de Hacienda, Julio Ramos, en el "
     "Senado.", "Julio Ramos"),
    ("\"Nos quitaron hasta las gallinas\", relato a la radio una campesina de Jinotega.",
     "una campesina de Jinotega"),
])
def test_the_word_after_a_quote_and_its_comma_the_tagger_took_for_a_noun(
        pipeline: Pipeline, text: str, ref: str) -> None:
    assert read(pipeline, text, "es")[0].speaker_ref == ref


def test_a_quote_inside_a_segun_claim_is_by_whom_segun_names(pipeline: Pipeline) -> None:
    text = ("SANTIAGO.– El senador Felipe Kast criticó la reforma. Según Kast, el Gobierno "
            "\"juega con las pensiones de los chilenos\".")
    q = _first(read(pipeline, text, "es"), "juega con")
    assert (q.kind, q.said_by, q.anonymity) == ("direct", "Kast", "named")


def test_a_dash_paragraph_after_a_colon_is_by_that_lines_speaker(pipeline: Pipeline) -> None:
    text = ("Al salir del juzgado, la madre de la víctima explicó a los periodistas:\n—No vamos "
            "a parar hasta que haya justicia.")
    q = read(pipeline, text, "es")[0]
    assert (q.said_by, q.anonymity) == ("la madre de la víctima", "unnamed")


def test_no_one_is_no_speaker(pipeline: Pipeline) -> None:
    text = "Un comerciante de Tegucigalpa dijo que nadie denuncia porque \"los policías cobran\"."
    q = _first(read(pipeline, text, "es"), "los policías")
    assert q.said_by == "Un comerciante de Tegucigalpa"


@pytest.mark.parametrize("text", [
    # to be called is to be called by a name not theirs, with "como" or without
    "Un pescador de Tumaco, que pidió ser llamado Chucho, contó que la Armada le quemó la "
    "lancha.",
    "Una enfermera que pidió ser llamada solo por su apodo aseguró que «no hay jeringas».",
    # the outlet names them, a clitic for the person
    "Una vendedora de 40 años (la llamaremos Rosa) dijo que la policía le quitó el puesto.",
])
def test_asking_to_be_called_or_being_called_by_the_outlet_is_a_pseudonym(
        pipeline: Pipeline, text: str) -> None:
    quotes = read(pipeline, text, "es")
    assert quotes
    assert {q.anonymity for q in quotes} == {"pseudonym"}


def test_asking_not_to_be_called_is_no_pseudonym(pipeline: Pipeline) -> None:
    q = read(pipeline, "Un portero que pidió no ser llamado a declarar dijo que la puerta "
                       "estaba abierta.", "es")[0]
    assert q.anonymity != "pseudonym"


@pytest.mark.parametrize(("text", "lang"), [
    ("Enfermeros del hospital Roosevelt: «Trabajamos sin guantes desde octubre»", "es"),
    ("Camioneros peruanos denunciaron que les cobran cupos en la Panamericana Norte.", "es"),
])
def test_people_of_a_trade_opening_a_line_are_unnamed(pipeline: Pipeline, text: str,
                                                     lang: str) -> None:
    assert {q.anonymity for q in read(pipeline, text, lang)} == {"unnamed"}


@pytest.mark.parametrize("text", [
    "La aerolínea informó que cancelará doce vuelos por la huelga de controladores.",
    "La petrolera aseguró que el derrame fue contenido en la tarde del lunes.",
])
def test_a_company_by_its_trade_is_a_body(pipeline: Pipeline, text: str) -> None:
    assert read(pipeline, text, "es")[0].anonymity == "institution"


def test_a_role_after_a_body_quoted_is_a_speaker_of_its_own(pipeline: Pipeline) -> None:
    text = ("La Fiscalía informó que hay tres detenidos. El ministro del Interior aseguró que "
            "habrá más capturas esta semana.")
    q = _first(read(pipeline, text, "es"), "habrá más capturas")
    assert (q.speaker_ref, q.anonymity) == ("El ministro del Interior", "unnamed_official")


def test_a_number_of_people_after_the_verb_is_its_subject(pipeline: Pipeline) -> None:
    text = "El acuerdo se firmará en enero, dijeron bajo reserva dos negociadores del bloque."
    q = read(pipeline, text, "es")[0]
    assert q.said_by == "dos negociadores del bloque"


@pytest.mark.parametrize(("text", "ref", "anonymity"), [
    ("«La frontera es un colador». Así lo describió un agente de aduanas que pidió no ser "
     "identificado.", "un agente de aduanas", "anonymous"),
    ("«Aquí se vota con miedo». Con estas palabras resume Teresa Quispe, dirigente vecinal, "
     "la jornada electoral en su distrito.", "Teresa Quispe", "named"),
])
def test_a_sentence_pointing_back_at_a_quote_gives_its_speaker(
        pipeline: Pipeline, text: str, ref: str, anonymity: str) -> None:
    q = read(pipeline, text, "es")[0]
    assert (q.kind, q.anonymity) == ("direct", anonymity)
    assert ref in (q.speaker_ref or "")


def test_a_sentence_that_points_back_at_no_quote_gives_no_speaker(pipeline: Pipeline) -> None:
    text = "«Aquí se vota con miedo», escribió un vecino en la pared. Así lo vio el alcalde."
    assert read(pipeline, text, "es")[0].speaker_ref == "un vecino"


def test_a_name_after_a_rank_of_two_words_names_the_role(pipeline: Pipeline) -> None:
    text = ("El portavoz de la Armada, capitán de navío Ramón Dizon, denunció que dos buques "
            "chinos dispararon.")
    q = read(pipeline, text, "es")[0]
    assert (q.speaker_ref, q.anonymity) == ("Ramón Dizon", "named")


def test_segun_inside_a_speakers_relative_clause_is_of_that_clause(pipeline: Pipeline) -> None:
    text = ("WASHINGTON.– Un alto cargo del Pentágono, que habló con la prensa en condición de "
            "anonimato según las normas del encuentro, dijo que la operación fue un éxito.")
    quotes = read(pipeline, text, "es")
    q = _first(quotes, "la operación fue un éxito")
    assert (q.kind, q.anonymity) == ("reported", "anonymous")
    assert "Pentágono" in (q.said_by or "")
    by_rules = [q for q in quotes if (q.said_by or "").startswith("las normas")]
    assert by_rules and not any("operación" in q.text for q in by_rules)


@pytest.mark.parametrize(("text", "said_by", "anonymity"), [
    ("«No habrá adelanto electoral», insisten en el entorno de la presidenta.",
     "el entorno de la presidenta", "unnamed_source"),
    ("Desde el Ministerio de Hacienda aseguran que el déficit bajará este año.",
     "Ministerio de Hacienda", "institution"),
])
def test_an_impersonal_plural_speaks_from_where_it_says(pipeline: Pipeline, text: str,
                                                         said_by: str, anonymity: str) -> None:
    q = read(pipeline, text, "es")[0]
    assert (q.said_by, q.anonymity) == (said_by, anonymity)


@pytest.mark.parametrize("text", [
    "Desde la ventana gritan que no hay agua.",
    "En Caracas aseguran que el apagón durará días.",
])
def test_a_place_an_impersonal_plural_speaks_in_is_no_speaker(pipeline: Pipeline,
                                                              text: str) -> None:
    assert all(q.said_by is None for q in read(pipeline, text, "es"))


def test_a_narrators_aside_inside_a_quote_gives_its_speaker(pipeline: Pipeline) -> None:
    text = ("«Las ambulancias —denunció un chofer de la Cruz Roja que pidió no ser "
            "identificado— no pueden cruzar el puente desde el lunes».")
    q = read(pipeline, text, "es")[0]
    assert q.text == "Las ambulancias no pueden cruzar el puente desde el lunes"
    assert q.said_by and q.said_by.startswith("un chofer de la Cruz Roja")
    assert q.anonymity == "anonymous"


def test_an_aside_that_is_no_narrators_stays_in_the_quote(pipeline: Pipeline) -> None:
    q = read(pipeline, "«Es un desastre —y lo digo con tristeza— lo que pasó aquí», dijo un "
                       "vecino.", "es")[0]
    assert "con tristeza" in q.text and q.said_by == "un vecino"


def test_a_quote_called_someones_account_is_theirs(pipeline: Pipeline) -> None:
    text = ("«Dormimos en el suelo del estadio»: el testimonio de una desplazada de Goma\n"
            "GOMA.– Miles de familias siguen sin techo.")
    q = read(pipeline, text, "es")[0]
    assert (q.said_by, q.anonymity) == ("una desplazada de Goma", "unnamed")


@pytest.mark.parametrize(("text", "anonymity"), [
    ("Un guardia del penal, que habló bajo reserva, dijo que faltan custodios.", "anonymous"),
    ("«Faltan custodios», dijo un guardia del penal, que pidió que no lo identificáramos.",
     "anonymous"),
    ("Un guardia del penal, quien pidió ser identificado con el nombre de Julio, dijo que "
     "faltan custodios.", "pseudonym"),
    ("«Faltan custodios», dijo un guardia del penal que usa el alias de Tigre.", "pseudonym"),
    ("Julio —su nombre ha sido modificado— dijo que faltan custodios.", "pseudonym"),
    ("«Faltan custodios», dice Julio, que no es su verdadero nombre.", "pseudonym"),
    ("«Faltan custodios», dijo Julio, un guardia del penal que pidió ocultar su apellido.",
     "anonymous"),
    # an apposition set off after the speaker, which the parser hangs beside them
    ("«Esto es un infierno», dijo por teléfono Ahmed, un padre de familia de Rafah que "
     "pidió ocultar su apellido.", "anonymous"),
    ("Una guardia del penal que pidió proteger su identidad dijo que faltan custodios.",
     "anonymous"),
])
def test_more_spanish_cues_of_a_name_kept_back_or_not_theirs(pipeline: Pipeline, text: str,
                                                             anonymity: str) -> None:
    assert read(pipeline, text, "es")[0].anonymity == anonymity


@pytest.mark.parametrize("text", [
    "El fiscal Marcos Ibáñez dijo que el expediente está bajo reserva.",
    "«El expediente está bajo reserva», dijo el fiscal Marcos Ibáñez.",
])
def test_a_file_under_reserve_is_no_cue_of_its_speaker(pipeline: Pipeline, text: str) -> None:
    assert read(pipeline, text, "es")[0].anonymity == "named"


@pytest.mark.parametrize(("subject", "said_by", "anonymity"), [
    # a post for the official who holds it; ranks below an officer's are ranks too
    ("Un alto cargo del Ministerio de Hacienda", None, "unnamed_official"),
    ("Un suboficial de la Armada", None, "unnamed_official"),
    # a group of people is the people; a group that is a body stays a body
    ("Un grupo de manifestantes", None, "unnamed"),
    ("El grupo rebelde M23", "M23", "institution"),
    # an outlet's name that opens with its article
    ("El diario El Comercio", "El Comercio", "institution"),
])
def test_who_a_spanish_speakers_noun_makes_them(pipeline: Pipeline, subject: str,
                                               said_by: str | None, anonymity: str) -> None:
    q = read(pipeline, f"{subject} dijo que la carretera sigue cortada.", "es")[0]
    assert q.anonymity == anonymity
    assert q.said_by == (said_by or subject)


@pytest.mark.parametrize(("text", "said_by", "anonymity"), [
    ("Según explicó el ministro, la reforma entrará en vigor en enero.", "el ministro",
     "unnamed_official"),
    ("Según relató a la AFP un testigo, los soldados dispararon contra la multitud.",
     "un testigo", "unnamed"),
])
def test_segun_and_a_speech_verb_is_by_who_speaks(pipeline: Pipeline, text: str, said_by: str,
                                                  anonymity: str) -> None:
    q = read(pipeline, text, "es")[0]
    assert (q.said_by, q.anonymity) == (said_by, anonymity)
    assert not q.text.startswith(("Según", "relató", "explicó"))


@pytest.mark.parametrize(("text", "anonymity"), [
    ("El hospital informó que hay cuarenta heridos.", "institution"),
    ("La universidad aseguró que las clases se reanudarán el lunes.", "institution"),
    ("Personas familiarizadas con las conversaciones dijeron que el acuerdo está cerca.",
     "unnamed_source"),
    ("Fuentes próximas a la Fiscalía indicaron que habrá nuevas imputaciones.",
     "unnamed_source"),
])
def test_bodies_and_sources_by_their_spanish_words(pipeline: Pipeline, text: str,
                                                   anonymity: str) -> None:
    assert read(pipeline, text, "es")[0].anonymity == anonymity


@pytest.mark.parametrize(("text", "lang"), [
    ("Vecinos del barrio dijeron que los disparos empezaron a medianoche. Uno de ellos, que "
     "pidió no ser identificado, contó que su casa fue alcanzada.", "es"),
    ("Two residents said the shelling went on all night. One of them, who asked not to be "
     "named, said his house was hit.", "en"),
])
def test_what_one_of_several_says_of_themselves_is_not_the_groups(pipeline: Pipeline,
                                                                  text: str, lang: str) -> None:
    first, second = read(pipeline, text, lang)
    assert (first.anonymity, second.anonymity) == ("unnamed", "anonymous")


@pytest.mark.parametrize("text", [
    "MARACAIBO.- Un jubilado de la urbanizacion San Jacinto espera en la puerta de su casa. "
    "\"No hay luz desde el lunes\", dice.",
    "SANTO DOMINGO.- Un medico del hospital Moscoso Puello que pidio el anonimato denuncio "
    "que faltan camas. \"No damos abasto\", aseguro.",
])
def test_the_name_of_a_place_in_the_subjects_phrase_is_not_the_speaker(
        pipeline: Pipeline, text: str) -> None:
    q = _first(read(pipeline, text, "es"), "No ")
    assert q.said_by and q.said_by.startswith("Un ")


def test_an_outlets_report_of_someones_account_is_theirs(pipeline: Pipeline) -> None:
    text = ("La Casa Blanca congeló la ayuda a Honduras, reveló The New York Times a partir del "
            "testimonio de tres funcionarios del Departamento de Estado.")
    q = read(pipeline, text, "es")[0]
    assert (q.said_by, q.anonymity) == ("tres funcionarios del Departamento de Estado",
                                        "unnamed_official")
    assert q.outlet == "The New York Times"


def test_a_later_unaccented_sentence_that_asks_not_to_be_named_is_the_speakers(
        pipeline: Pipeline) -> None:
    text = ("Un comerciante del mercado conto que el cartel cobra 500 pesos a cada puesto. "
            "Pidio no ser identificado por temor a represalias.")
    q = read(pipeline, text, "es")[0]
    assert (q.said_by, q.anonymity) == ("Un comerciante del mercado", "anonymous")
