"""The actor resolver on its hand-written cases (tests/data/actor_cases*.jsonl), and its rules."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from entente.actors.kb import KnowledgeBase, add_file, load_kb
from entente.actors.resolver import resolve_text
from entente.errors import DataFileError
from entente.services.resolution import resolve

CASES = Path(__file__).parent / "data" / "actor_cases.jsonl"
# Accuracy floors (exact code match), pinned from the measured scores; they may only rise.
FLOORS = {"all": 0.97, "person": 0.98, "date_role": 0.99, "country": 0.98, "sector": 0.99,
          "trap": 0.90, "organisation": 0.98, "nickname": 1.0}


def cases() -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_there_are_enough_cases_in_both_languages() -> None:
    langs = Counter(c["lang"] for c in cases())
    assert sum(langs.values()) >= 300 and langs["en"] >= 150 and langs["es"] >= 100


def test_resolution_accuracy_stays_above_its_floors() -> None:
    kb = load_kb()
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for c in cases():
        day = date.fromisoformat(c["date"]) if c.get("date") else None
        actor = resolve_text(c["text"], kb, c["lang"], day, c.get("context", ""))
        hit = (actor.code if actor else None) == c["expect"]["code"]
        for tag in [*c["tags"], "all"]:
            total[tag] += 1
            right[tag] += hit
    scores = {tag: right[tag] / total[tag] for tag in FLOORS}
    assert {t: s for t, s in scores.items() if s < FLOORS[t]} == {}


@pytest.mark.parametrize("text, lang, day, context, code", [
    ("Nicolás Maduro", "en", date(2025, 12, 31), "", "VENGOV"),
    # captured on 3 January 2026: out of office he keeps his country, as an elite
    ("Nicolás Maduro", "en", date(2026, 1, 4), "", "VENELI"),
    ("Delcy Rodríguez", "es", date(2026, 2, 1), "", "VENGOV"),  # acting president
    ("Marco Rubio", "en", date(2024, 6, 1), "", "USALEG"),
    ("Marco Rubio", "en", date(2025, 6, 1), "", "USAGOV"),
    ("Cuban-American lawmakers", "en", None, "", "USALEG"),  # the last part is the nationality
    ("Russian-backed separatists", "en", None, "", None),  # backed by, not from
    ("George Washington", "en", None, "", None),  # a name, not the capital
    ("the Washington Post", "en", None, "", "USAMED"),  # the paper, not the capital
    ("New Jersey", "en", None, "", "USA"),  # a U.S. state, not Jersey
    ("Latin America", "en", None, "", None),  # not America
    ("china", "en", None, "a cabinet of bone china", None),  # English lowercase: porcelain
    ("la china", "es", None, "", "CHN"),  # Spanish demonym
    ("Congo", "en", None, "fighting near Goma in eastern Congo", "COD"),
    ("Congress", "en", None, "Peru's Congress removed the president", "PERLEG"),
    ("the former Venezuelan president", "en", None, "", "VENELI"),
    ("el ministro de Defensa venezolano", "es", None, "", "VENMIL"),
    ("la isla", "es", None, "", "CUBGOV"),
    ("la isla de Margarita", "es", None, "", None),
    # the mention opens the sentence with a capital: its owner after it still counts
    ("la Asamblea Nacional", "es", None, "La Asamblea Nacional de Nicaragua votó la reforma.",
     "NICLEG"),
    ("la Cámara de Diputados", "es", None, "La Cámara de Diputados de Argentina votó la ley.",
     "ARGLEG"),
    # a government or an army called separatist or rebel is that side; rebel MPs are not
    ("Transnistria's separatist government", "en", None, "", "MDASEP"),
    # a coalition a country leads stands for its armed forces ("-led" is no "-backed")
    ("the French-led coalition", "en", None, "", "FRAMIL"),
    ("la coalición encabezada por Francia", "es", None, "", "FRAMIL"),
    ("a Turkish-led operation", "en", None, "", "TURMIL"),
    ("Turkish-backed fighters", "en", None, "", None),
    ("el gobierno separatista de Transnistria", "es", None, "", "MDASEP"),
    # a nationality with peacekeepers is its contingent; the mission's host is not
    ("Kenyan peacekeepers", "en", None, "", "KENMIL"),
    ("cascos azules uruguayos", "es", None, "", "URYMIL"),
    ("UN peacekeepers in Lebanon", "en", None, "", "IGOPKO"),
    # a second capitalised adjective before the noun leaves the nationality its country
    ("Syrian Kurdish forces", "en", None, "", "SYRMIL"),
    ("Iraqi Shiite militias", "en", None, "", "IRQUAF"),
    ("Irish Times reporters", "en", None, "", "IRLMED"),
    # Spanish "fuerzas" as English "forces", a longer term first
    ("las fuerzas burkinesas", "es", None, "", "BFAMIL"),
    ("las fuerzas de seguridad venezolanas", "es", None, "", "VENCOP"),
    # in English "Papuan" is of Indonesia's Papua; in Spanish "papú" is Papua New Guinea's
    # unless the sentence is about Indonesia or separatists
    ("Papuan separatists", "en", None, "", "IDNSEP"),
    ("los separatistas papúes", "es", None, "", "IDNSEP"),
    ("el gobierno papú", "es", None, "El gobierno papú pidió ayuda a Australia.", "PNGGOV"),
    ("PTI", "en", date(2023, 6, 1), "PTI said hundreds of its workers had been arrested.",
     "PAKOPPPTY"),
    ("PTI", "en", None, "Officials told PTI the talks would resume.", "INDMED"),
    # the pope of the day
    ("the Pope", "en", date(2020, 6, 1), "", "VATGOV"),
    ("el papa", "es", date(2004, 6, 1), "", "VATGOV"),
])
def test_resolution_rules(text: str, lang: str, day: date | None, context: str,
                          code: str | None) -> None:
    actor = resolve_text(text, load_kb(), lang, day, context)
    assert (actor.code if actor else None) == code



@pytest.mark.parametrize("text, sector", [
    ("rebel soldiers", "REB"), ("the rebel commander", "REB"),
    ("rebel MPs", "LEG"),  # lawmakers who vote against their own party
    ("former separatist leaders", "ELI"),  # "former" first
])
def test_a_rebel_or_separatist_official_is_that_side(text: str, sector: str) -> None:
    actor = resolve_text(text, load_kb())
    assert actor is not None and (actor.code, actor.sector) == (None, sector)

@pytest.mark.parametrize("text, lang, code", [
    # one who speaks for a body is of the body's sector
    ("a Congolese army spokesman", "en", "CODMIL"), ("an opposition spokesman", "en", "---OPP"),
    ("a Kenyan police official", "en", "KENCOP"), ("un vocero militar venezolano", "es", "VENMIL"),
    # ... and a government's stays the government's
    ("a Kenyan government spokesman", "en", "KENGOV"), ("el portavoz del Gobierno", "es", "---GOV"),
])
def test_a_voice_is_of_the_body_it_speaks_for(text: str, lang: str, code: str) -> None:
    actor = resolve_text(text, load_kb(), lang)
    assert actor is not None and (actor.code or "---" + str(actor.sector)) == code, actor


def test_kb_files_report_the_bad_line() -> None:
    kb = KnowledgeBase()
    with pytest.raises(DataFileError, match=r"c\.tsv:3: iso3 'CU' is not three capital"):
        add_file(kb, "iso3\tnames_en\tnames_es\tdemonyms_en\tdemonyms_es\tcapitals\tnicknames\n"
                 "CUB\tCuba\tCuba\t\t\t\t\nCU\tX\t\t\t\t\t\n", "countries", "c.tsv")


WORLD = Path(__file__).parent / "data" / "actor_cases_world.jsonl"
# Floors on the 900 cases of the whole world (written by a helper who never saw the
# resolver); the odd ids are held out and never studied. Pinned from the measured scores.
WORLD_FLOORS = {"dev": {"code": 0.91, "country": 0.95, "sector": 0.92},
                "test": {"code": 0.89, "country": 0.94, "sector": 0.92}}


def world_scores(path: Path, part: str) -> dict[str, float]:
    """Code, country and sector accuracy on one half of a world file (even ids dev, odd
    test), resolved as `entente actor` does."""
    kb = load_kb()
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    chosen = [c for c in cases if int(c["id"].split("-")[1]) % 2 == (part == "test")]
    right: Counter[str] = Counter()
    for c in chosen:
        day = date.fromisoformat(c["date"]) if c.get("date") else None
        found = resolve(kb, c["text"], c["lang"], day, c.get("context", ""))  # `entente actor`
        want = c["expect"]
        right["code"] += found.code == want["code"]
        right["country"] += found.country == want["country"]
        right["sector"] += found.sector == want["sector"]
    return {k: right[k] / len(chosen) for k in ("code", "country", "sector")}


@pytest.mark.parametrize("part", ["dev", "test"])
def test_world_cases_stay_above_their_floors(part: str) -> None:
    scores = world_scores(WORLD, part)
    print(part, {k: round(v, 3) for k, v in scores.items()})
    assert {k: round(v, 3) for k, v in scores.items() if v < WORLD_FLOORS[part][k]} == {}


# The later world rounds, each labelled before the resolver was run on it, its odd ids held
# out and measured once: (file, id prefix, cases, cases per language, floors pinned at or a
# little under the measured scores).
def _floors(dev: tuple[float, float, float], test: tuple[float, float, float]
            ) -> dict[str, dict[str, float]]:
    """Floors of code, country and sector accuracy on each half."""
    return {part: dict(zip(("code", "country", "sector"), values, strict=True))
            for part, values in (("dev", dev), ("test", test))}


WORLD_ROUNDS = [
    # armed groups, cartels, parties, bodies of the world
    ("actor_cases_world2.jsonl", "w2", 400, {"en": 240, "es": 160},
     _floors((0.95, 0.98, 0.95), (0.94, 0.97, 0.93))),
    # heads of state and government, ministers, organisations of every region
    ("actor_cases_world3.jsonl", "w3", 566, {"en": 369, "es": 197},
     _floors((0.97, 0.99, 0.96), (0.97, 0.98, 0.97))),
    # foreign, defence and interior ministers and heads dated 2000-2026
    ("actor_cases_world4.jsonl", "w4", 322, {"en": 216, "es": 106},
     _floors((0.99, 0.99, 0.99), (0.99, 0.99, 0.99))),
    # central bank governors, army chiefs, speakers, opposition leaders
    ("actor_cases_world5.jsonl", "w5", 250, {"en": 170, "es": 80},
     _floors((0.99, 0.99, 0.99), (0.95, 0.98, 0.95))),
    # kb7: ministers of Europe and the Americas
    ("actor_cases_world6.jsonl", "w6", 203, {"en": 141, "es": 62},
     _floors((0.99, 0.99, 0.99), (0.98, 0.99, 0.98))),
    # kb8: ministers of Africa, Asia and Oceania
    ("actor_cases_world7.jsonl", "w7", 236, {"en": 166, "es": 70},
     _floors((0.99, 0.99, 0.99), (0.98, 0.98, 0.98))),
]


@pytest.mark.parametrize("name, prefix, count, langs", [r[:4] for r in WORLD_ROUNDS])
def test_a_world_file_is_as_described(name: str, prefix: str, count: int,
                                      langs: dict[str, int]) -> None:
    path = Path(__file__).parent / "data" / name
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [c["id"] for c in cases] == [f"{prefix}-{i:04d}" for i in range(1, count + 1)]
    assert Counter(c["lang"] for c in cases) == langs


@pytest.mark.parametrize("name, floors", [(r[0], r[4]) for r in WORLD_ROUNDS])
@pytest.mark.parametrize("part", ["dev", "test"])
def test_world_round_cases_stay_above_their_floors(name: str, floors: dict[str, dict[str, float]],
                                                   part: str) -> None:
    scores = world_scores(Path(__file__).parent / "data" / name, part)
    print(name, part, {k: round(v, 3) for k, v in scores.items()})
    assert {k: round(v, 3) for k, v in scores.items() if v < floors[part][k]} == {}


def test_a_sector_term_of_several_words_added_later_is_found(tmp_path: Path) -> None:
    """The resolver looks a run of words up only from a word that opens some sector term
    (kb.sector_term_starts): a term a user's file adds opens such runs too."""
    kb = load_kb()
    assert resolve_text("Cuban harbour wardens", kb).sector is None  # fills the look-up
    mine = tmp_path / "sectors-mine.tsv"
    mine.write_text("lang\twords\tsector\tnote\nen\tharbour wardens\tMIL\t\n", encoding="utf-8")
    found = resolve_text("Cuban harbour wardens", load_kb([mine]))
    assert (found.code, found.sector) == ("CUBMIL", "MIL")
    add_file(kb := KnowledgeBase(), "lang\twords\tsector\tnote\nen\tcoast watchers\tMIL\t\n",
             "sectors", "s.tsv")
    assert kb.sector_term_starts("en") == frozenset({"coast"})
    add_file(kb, "lang\twords\tsector\tnote\nen\tharbour wardens\tMIL\t\n", "sectors", "t.tsv")
    assert kb.sector_term_starts("en") == frozenset({"coast", "harbour"})


@pytest.mark.parametrize("text, day, code", [
    ("ENA", None, None),  # capitals: an acronym, not the German town
    ("Queen Elizabeth", date(2020, 6, 1), "GBRGOV"),  # a queen's name, not the U.S. town
    ("the Dalai Lama", None, "CHNREL"),  # not the town of Lama in Togo
    ("Sao Paulo police", None, "BRACOP"),  # a town the knowledge base lacks still counts
])
def test_a_town_is_read_only_where_a_town_can_be(text: str, day: date | None,
                                                  code: str | None) -> None:
    assert resolve(load_kb(), text, "en", day, "").code == code


@pytest.mark.parametrize("text, context, code", [
    ("Chad's defence minister", "Chad's defence minister visited the troops.", "TCDMIL"),
    ("Chad's president", "Chad's president met the rebels' envoys.", "TCDGOV"),
    ("Chad", "A man named Chad called the police.", None),  # the first name
])
def test_chad_with_a_possessive_is_the_country(text: str, context: str, code: str | None) -> None:
    assert resolve(load_kb(), text, "en", date(2016, 6, 1), context).code == code


@pytest.mark.parametrize("text, lang, day, expected", [
    # a known person outside every role the knowledge base holds keeps their country; a
    # title the text gives them says their sector ...
    ("Justice Minister Yariv Levin", "en", date(2025, 6, 1), "ISRGOV"),
    # ... unless it says they no longer hold, or do not yet hold, the office
    ("former Justice Minister Yariv Levin", "en", date(2025, 6, 1), "ISRELI"),
    ("ousted President Mohamed Bazoum", "en", date(2024, 3, 1), "NERELI"),
    ("presidente depuesto Mohamed Bazoum", "es", date(2024, 3, 1), "NERELI"),
    ("Yariv Levin", "en", date(2025, 6, 1), "ISRELI"),
    # a minister "of justice" is the government's, not the judiciary
    ("Norway's minister of justice and public security", "en", date(2022, 6, 1), "NORGOV"),
])
def test_a_title_gives_a_known_person_outside_their_roles_a_sector(
        text: str, lang: str, day: date, expected: str) -> None:
    assert resolve(load_kb(), text, lang, day, "").code == expected


@pytest.mark.parametrize("text, expected", [
    # a warship's prefix names its navy, whatever the name after it would say
    ("The USS George Washington", "USAMIL"),
    ("the destroyer USS Carney", "USAMIL"),
    ("HMS Defender", "GBRMIL"),
    # a town followed by a comma and a region is a town of the region's country
    ("the mayor of Lima, Ohio", "USAGOV"),
    ("Panama City, Florida", "USA"),
])
def test_prefixes_and_places_after_a_comma(text: str, expected: str) -> None:
    assert resolve(load_kb(), text, "en", date(2024, 6, 1), "").code == expected

