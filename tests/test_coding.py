"""The coder on sentences written for these tests: who did what to whom, and did it happen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from entente.coding.dates import event_date, find_dates
from entente.coding.ontology import load_ontology, parse_ontology
from entente.coding.patterns import load_patterns, parse_patterns
from entente.errors import DataFileError
from tests.conftest import triples

pytestmark = pytest.mark.slow

ENGLISH = [
    # (sentence, expected (source, target, code, modality) set) -- labelled before running
    ("Cuba and Venezuela signed an agreement on energy cooperation.",
     {("CUB", "VEN", "057", "asserted"), ("VEN", "CUB", "057", "asserted")}),
    ("Venezuela signed a cooperation agreement with Cuba and Russia.",
     {("VEN", "CUB", "057", "asserted"), ("VEN", "RUS", "057", "asserted")}),
    ("Nicolás Maduro was captured by U.S. troops in Caracas on January 3.",
     {("USAMIL", "VENGOV", "173", "asserted")}),
    ("Havana condemned Washington for the raid.",
     {("CUBGOV", "USAGOV", "111", "asserted")}),
    ("The United States has not imposed new sanctions on Cuba.",
     {("USA", "CUB", "163", "negated")}),
    ("If Caracas halts oil shipments to Cuba, the island will face blackouts.",
     {("VENGOV", "CUB", "1621", "hypothetical")}),
    # labelling rules v2: a sector-only actor is CAMEO's ---GOV, the visit is planned
    ("The foreign minister is expected to visit Havana next month.",
     {("---GOV", "CUBGOV", "042", "planned")}),
    # labelling rules v2: an actor's "will not" is a refusal (12x), asserted
    ("Venezuela will not renew the agreement with Cuba.",
     {("VEN", "CUB", "120", "asserted")}),
    ("Venezuela reportedly expelled Cuban advisers.",
     {("VEN", "CUBGOV", "166", "rumoured")}),
    ("Did Cuba criticize Venezuela?", {("CUB", "VEN", "111", "question")}),
    ("The minister said that U.S. forces attacked Venezuela.",
     {("USAMIL", "VEN", "190", "reported")}),
    ("Cuban doctors stayed home on Monday.", set()),  # no trigger, no event
]

SPANISH = [
    ("Cuba y Venezuela firmaron un convenio de cooperación.",
     {("CUB", "VEN", "057", "asserted"), ("VEN", "CUB", "057", "asserted")}),
    ("Maduro fue capturado por tropas estadounidenses el 3 de enero.",
     {("USAMIL", "VENGOV", "173", "asserted")}),
    # labelling rule: the owner of the thing acted on is the target ("X's operation" -> X)
    ("La Habana condenó la operación de Washington.",
     {("CUBGOV", "USAGOV", "111", "asserted")}),
    ("La Habana condenó la operación.", {("CUBGOV", None, "111", "asserted")}),
    ("Estados Unidos no ha impuesto sanciones contra Cuba.",
     {("USA", "CUB", "163", "negated")}),
    ("Si Washington levanta las sanciones contra Venezuela, Caracas reanudaría los envíos.",
     {("USAGOV", "VEN", "085", "hypothetical")}),
    ("¿Criticó Cuba a Venezuela?", {("CUB", "VEN", "111", "question")}),
    ("Según fuentes no confirmadas, Venezuela expulsó a asesores cubanos.",
     {("VEN", "CUBGOV", "166", "rumoured")}),
    ("Los médicos cubanos esperan instrucciones en sus casas.", set()),
]


@pytest.mark.parametrize("sentence, expected", ENGLISH)
def test_english_sentences(code, sentence: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert triples(code(sentence, "en", date(2026, 1, 20))) == expected


@pytest.mark.parametrize("sentence, expected", SPANISH)
def test_spanish_sentences(code, sentence: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert triples(code(sentence, "es", date(2026, 1, 20))) == expected


def test_event_carries_the_contract_fields(code) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in code("Cuba praised Venezuela on Monday.", "en", date(2025, 5, 7))]
    d = event.to_dict()
    assert d["cameo"] == "051" and d["root"] == "05" and d["plover"] == "SUPPORT"
    assert d["goldstein"] == 3.4 and d["quad_class"] == 1
    assert d["source"]["country"] == "CUB" and d["target"]["code"] == "VEN"
    assert d["date"] == "2025-05-05" and d["date_precision"] == "day"
    assert d["trigger"] == "praised" and d["evidence"] == "Cuba praised Venezuela on Monday."


def test_roles_depend_on_the_event_date(code) -> None:  # type: ignore[no-untyped-def]
    before = code("Maduro visited Havana on December 14, 2024.", "en", date(2024, 12, 15))
    assert triples(before) == {("VENGOV", "CUBGOV", "042", "asserted")}
    # after 3 January 2026 Maduro holds no Venezuelan office: he is one of its elites
    after = code("Maduro praised Cuba on March 2, 2026.", "en", date(2026, 3, 3))
    assert triples(after) == {("VENELI", "CUB", "051", "asserted")}


def test_repeated_event_in_an_article_counts_mentions(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Havana condemned Washington. Later, Havana condemned Washington again.")
    assert len(events) == 1 and events[0].mentions == 2


def test_dates_explicit_and_relative() -> None:
    pub = date(2026, 1, 21)  # a Wednesday
    got = {d.text: (d.day, d.precision) for d in find_dates(
        "On January 3rd troops landed; el pasado sábado hubo otra; en enero de 2025 no; "
        "yesterday and last week too", pub)}
    assert got["January 3rd"] == (date(2026, 1, 3), "day")
    assert got["el pasado sábado"] == (date(2026, 1, 17), "day")
    assert got["en enero de 2025"] == (date(2025, 1, 1), "month")
    assert got["yesterday"] == (date(2026, 1, 20), "day")
    assert got["last week"] == (date(2026, 1, 12), "week")
    assert event_date("No date here.", 0, pub) == (pub, "published")
    # a day after publication with no year belongs to the previous year
    assert find_dates("on December 30", date(2026, 1, 2))[0].day == date(2025, 12, 30)


def test_date_words_are_looked_for_before_the_patterns_run_and_find_the_same() -> None:
    """A kind's pattern runs only on a sentence whose lowercased text holds one of its
    words; in any case, and with a letter that matches an ASCII one without regard to
    case, the dates found are the ones the patterns alone find."""
    from entente.coding import dates

    pub = date(2026, 1, 21)
    sentences = ["ON JANUARY 3RD, 2026 TROOPS LANDED; EL PASADO SÁBADO HUBO OTRA",
                 "Talks resumed Yesterday, three Weeks Ago, and Last Month",
                 "El MIÉRCOLES pasado y hace DOS SEMANAS; la Semana Pasada; HOY",
                 "The envoy returned in Sept. 4 after a visit in December",
                 "The talks stalled yeſterday and reſumed on Sunday",  # a long s: the slow way
                 "Nothing dated here at all."]
    for sentence in sentences:
        got = dates._find_dates.__wrapped__(sentence, pub)
        hints = dates._HINTS
        try:
            dates._HINTS = {}
            alone = dates._find_dates.__wrapped__(sentence, pub)
        finally:
            dates._HINTS = hints
        assert got == alone, sentence
    assert dates.find_dates("They met yeſterday.", pub)[0].text == "yeſterday"


def test_credit_words_are_looked_for_before_the_patterns_run_and_find_the_same() -> None:
    from entente.actors.kb import load_kb
    from entente.coding import attribution

    kb = load_kb()
    sentences = [("The figures rose, ACCORDING TO A NEW REPORT BY Human Rights Watch.", "en"),
                 ("Amnesty International said in a Report that the arrests went on.", "en"),
                 ("The minister spoke, ACCORDING TO the daily El País.", "en"),
                 ("The envoy told Reuters the talks had stalled.", "en"),
                 ("The envoy ſpoke to nobody, accordinG to The Guardian.", "en"),
                 ("Nothing here names an outlet.", "en"),
                 ("SEGÚN un informe de Amnistía Internacional, hubo detenciones.", "es"),
                 ("El ministro lo dijo a la agencia EFE.", "es"),
                 ("Human Rights Watch denunció en un INFORME que hubo abusos.", "es"),
                 ("Nada aquí nombra un medio.", "es")]
    hold = attribution.may_hold
    for sentence, lang in sentences:
        got = attribution.credited_outlet(sentence, lang, kb)
        try:
            attribution.may_hold = lambda low, words: True
            alone = attribution.credited_outlet(sentence, lang, kb)
        finally:
            attribution.may_hold = hold
        assert got == alone, sentence
    assert attribution.credited_outlet(sentences[0][0], "en", kb) == "Human Rights Watch"


def test_the_words_looked_for_are_found_wherever_their_patterns_would_match() -> None:
    """Lowering a text must turn every letter that a pattern matches to a word's letter
    without regard to case into that letter, but for the four kept from the check."""
    import re
    import sys

    from entente.coding import attribution, dates
    from entente.coding.hints import FOLDS_TO_ASCII

    tables = [dates._HINTS, attribution._CUE_WORDS, attribution._REPORT_WORDS,
              attribution._SAID_IN_REPORT_WORDS]
    words = [w for table in tables for ws in table.values() for w in ws]
    assert all(w == w.lower() for w in words)
    letters = {ch for w in words for ch in w if ch.isalpha()}
    others = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    matching = set(re.findall("[" + "".join(sorted(letters)) + "]", others, re.I))
    assert all(c.lower() in letters or FOLDS_TO_ASCII.match(c) for c in matching)
    assert {c for c in others if FOLDS_TO_ASCII.match(c)} <= matching


def test_ontology_has_every_code_with_quad_class_from_the_root() -> None:
    onto = load_ontology()
    assert len(onto) >= 300
    assert onto["173"].quad_class == 4 and onto["057"].goldstein == 8.0
    roots = {c.root for c in onto.values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    expected_quad = {1: range(1, 6), 2: range(6, 9), 3: range(9, 14), 4: range(14, 21)}
    for c in onto.values():
        assert int(c.root) in expected_quad[c.quad_class]


def test_ontology_errors_name_the_line() -> None:
    text = "code\tname\tgoldstein\troot\tquad_class\tplover\tplover_mode\n" \
           "01\tX\t0.0\t01\t1\t\t\n042\tY\tlots\t04\t1\tCONSULT\t\n"
    with pytest.raises(DataFileError, match=r"o\.tsv:3: bad number"):
        parse_ontology(text, "o.tsv")


@pytest.mark.parametrize("line, fault", [
    ("999\tvisit\t-\tobj", "unknown CAMEO code"),
    ("042\tvisit\t-\tsomewhere", "bad target slot"),
    ("042\tvisit\tobj", "expected 4"),
])
def test_pattern_errors_name_the_file_line_and_fault(line: str, fault: str) -> None:
    with pytest.raises(DataFileError, match=fault) as info:
        parse_patterns(f"# comment\n{line}\n", "mine_en.tsv")
    assert info.value.line == 2 and info.value.path == "mine_en.tsv"


def test_packaged_patterns_load_and_user_patterns_extend_them(tmp_path: Path) -> None:
    for lang in ("en", "es"):
        assert len(load_patterns(lang)) > 40
    extra = tmp_path / "extra_en.tsv"
    extra.write_text("0831\tgreenlight\t-\tobj\n")
    index = load_patterns("en", [extra])
    assert [p.code for p in index.candidates("greenlight")] == ["0831"]
    assert index.candidates("visit")  # packaged ones still there


@pytest.mark.parametrize("sentence, lang, outlet", [
    ("Venezuela expelled Cuban advisers, a doctor said in a statement to 14ymedio.", "en",
     "14ymedio"),
    ("According to El Confidencial, Venezuela expelled Cuban diplomats.", "en",
     "El Confidencial"),
    ("Según Diario de Cuba, Venezuela expulsó a asesores cubanos.", "es", "Diario de Cuba"),
    ("According to the minister, Venezuela expelled Cuban diplomats.", "en", None),
    ("According to Cuba, Venezuela expelled Cuban diplomats.", "en", None),
    # a body's report is credited, whoever the body is
    ("Nicaraguan police detained dozens of students, according to a report by Amnesty "
     "International.", "en", "Amnesty International"),
    ("Según un informe de la ONU, las fuerzas sudanesas atacaron un campamento.", "es", "ONU"),
])
def test_credited_outlets_are_kept_on_the_events(code, sentence: str, lang: str,  # type: ignore[no-untyped-def]
                                                 outlet: str | None) -> None:
    events = code(sentence, lang)
    assert events and {e.credited_source for e in events} == {outlet}
    assert all(e.modality.value == "reported" for e in events)


@pytest.mark.parametrize("text, lang, agencies", [
    ("Cuba and Venezuela signed an energy agreement on Monday.\n— EFE", "en", "EFE"),
    ("Cuba y Venezuela firmaron un acuerdo energético.\nCon información de AFP y EFE.", "es",
     "AFP; EFE"),
    ("Cuba and Venezuela signed an energy agreement on Monday. The Associated Press "
     "reported the deal. AP contributed to this report.", "en", "AP"),
])
def test_a_story_credited_to_agencies_credits_every_event(code, text: str, lang: str,  # type: ignore[no-untyped-def]
                                                         agencies: str) -> None:
    events = code(text, lang)
    assert events and {e.credited_source for e in events} == {agencies}


def test_the_span_is_exactly_the_evidence_in_the_article(pipeline) -> None:  # type: ignore[no-untyped-def]
    from entente.records import Article

    text = "HAVANA — Cuba praised Venezuela on Monday.\n\nLater, Havana condemned Washington.\n"
    events = pipeline.code_article(Article(id="s", text=text, lang="en",
                                           published=date(2025, 5, 7)))
    assert len(events) == 2
    for e in events:
        assert text[e.span_start:e.span_end] == e.evidence
