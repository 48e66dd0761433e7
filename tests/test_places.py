"""Places resolved offline: ambiguous names, countries never towns, unknown names harmless."""

from __future__ import annotations

from datetime import date

import pytest

from entente.actors.kb import load_kb
from entente.places.gazetteer import load_gazetteer
from entente.places.resolver import resolve_place


@pytest.mark.parametrize("name, prefer, country, precision", [
    ("Mérida", ["VEN"], "VEN", "city"),
    ("Mérida", ["MEX"], "MEX", "city"),
    ("Merida", ["ESP"], "ESP", "city"),  # without the accent, as wires write it
    ("Santiago", [], "CHL", "city"),  # the most populous
    ("Santiago", ["DOM"], "DOM", "city"),  # Santiago de los Caballeros
    ("San José", [], "CRI", "city"),
    ("San José", ["USA"], "USA", "city"),
    ("Córdoba", ["ARG"], "ARG", "city"),
    ("Córdoba", ["ESP"], "ESP", "city"),
    ("Georgia", [], "GEO", "country"),  # a country name is the country, never a town
    ("Colombia", ["VEN"], "COL", "country"),
    ("Nueva York", [], "USA", "city"),  # Spanish exonym
    ("Londres", [], "GBR", "city"),
    ("La Habana", ["CUB"], "CUB", "city"),
    # a region the knowledge base holds, with no town of its very name, is a region
    ("North Kivu", [], "COD", "region"),
    ("Tigray", [], "ETH", "region"),
    ("Zulia", [], "VEN", "region"),  # not the Colombian town of El Zulia
    # a seat of a state's government or forces is a place in that state
    ("White House", ["JOR", "USA"], "USA", "country"),  # not Casablanca (Dar el Beida)
    ("Kremlin", ["HUN", "RUS"], "RUS", "country"),
    ("Casa Rosada", ["ARG"], "ARG", "country"),
    ("Pentagon", ["USA"], "USA", "country"),
])
def test_ambiguous_names(name: str, prefer: list[str], country: str, precision: str) -> None:
    place = resolve_place(name, load_gazetteer(), load_kb(), prefer)
    assert place is not None and (place.country, place.precision) == (country, precision)
    if precision == "city":
        assert place.latitude is not None and place.longitude is not None and place.admin1


def test_a_seat_of_government_stands_only_for_a_state_of_the_story() -> None:
    # "protesters outside the National Electoral Council" in Tegucigalpa: not Venezuela's
    place = resolve_place("Consejo Nacional Electoral", load_gazetteer(), load_kb(), ["HND"])
    assert place is None or place.country != "VEN"


def test_unknown_place_is_none() -> None:
    assert resolve_place("Xqzlandia", load_gazetteer(), load_kb(), ["VEN"]) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, lang, place, country", [
    ("Nicolás Maduro was captured by U.S. troops in Caracas on January 3.", "en", "Caracas",
     "VEN"),
    ("Venezuelan soldiers clashed with Colombian troops at the border with Colombia.", "en",
     "border with Colombia", "COL"),
    ("El presidente Maduro se reunió con Díaz-Canel en Mérida el lunes.", "es", "Mérida", "VEN"),
    ("Mexico hosted Cuban officials in Mérida on Monday.", "en", "Mérida", "MEX"),
    ("Cuba praised Venezuela.", "en", None, None),  # no place stated, none given
    ("Cuba praised Venezuela in Xqzlandia.", "en", None, None),  # unknown: the event stays
])
def test_events_get_the_place_the_sentence_states(code, text: str, lang: str,  # type: ignore[no-untyped-def]
                                                  place: str | None,
                                                  country: str | None) -> None:
    events = code(text, lang, date(2025, 6, 1))
    assert events, "the event itself must not be lost"
    got = events[0].place
    assert (got.name if got else None, got.country if got else None) == (place, country)


@pytest.mark.parametrize("text, code", [
    ("Sao Paulo police", "BRACOP"),
    ("the mayor of Lyon", "FRAGOV"),
    ("Guadalajara", "MEX"),
])
def test_a_town_the_kb_does_not_hold_gives_its_country(text: str, code: str) -> None:
    from entente.actors.kb import load_kb
    from entente.actors.resolver import resolve_text
    from entente.places.resolver import city_country

    alone = resolve_text(text, load_kb())
    assert alone is None or alone.code != code  # the knowledge base alone does not know
    found = resolve_text(text, load_kb(), cities=city_country)
    assert found is not None and found.code == code


def test_small_towns_do_not_name_a_country() -> None:
    from entente.places.resolver import city_country

    assert city_country("Springfield", min_population=10_000_000) is None
    assert city_country("Zzyzxville") is None
