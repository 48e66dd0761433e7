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
])
def test_ambiguous_names(name: str, prefer: list[str], country: str, precision: str) -> None:
    place = resolve_place(name, load_gazetteer(), load_kb(), prefer)
    assert place is not None and (place.country, place.precision) == (country, precision)
    if precision == "city":
        assert place.latitude is not None and place.longitude is not None and place.admin1


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
