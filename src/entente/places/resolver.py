"""Place name -> Place, preferring what the story is about.

A country's name is always the country, never a town that shares it. Among cities of the
same name, one in a country of the event's actors or of the article wins; then one whose
name is written exactly so; then the most populous. A seat or body of a state's government
or forces named whole ("the White House", "the Kremlin", "the Casa Rosada", "the Pentagon")
is a place in that state, if the state is one of the story's. An unknown name gives None
and leaves everything else as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from entente.actors.kb import Alias, KnowledgeBase
from entente.places.gazetteer import Gazetteer
from entente.records import Place


def resolve_place(name: str, gazetteer: Gazetteer, kb: KnowledgeBase,
                  prefer: Sequence[str] = (), lang: str | None = None) -> Place | None:
    """The place `name` means; `prefer` lists ISO3 countries of the actors and the article."""
    name = name.strip()
    if not name:
        return None
    whole = [a for start, end, a in kb.find(name, lang) if end - start == len(name)]
    countries = [a.key for a in whole if a.kind == "country"]
    if countries:
        return _country(name, countries[0], gazetteer, "country name")
    # (only a state of the story: "the National Electoral Council" is in many countries)
    seats = [c for a in whole if (c := _seat_country(kb, a)) is not None and c in prefer]
    if seats:
        # "at the White House" (not Casablanca, whose Arabic name means it)
        return _country(name, seats[0], gazetteer, "seat of a state's government")
    cities = gazetteer.lookup(name)
    if not any(c.name == name for c in cities):
        # "Western Tigray", "North Kivu", "Zulia" (not the town of El Zulia): a region the
        # knowledge base holds, whole, is a place in its country
        regions = [kb.subdivisions[a.key].country for start, end, a in kb.find(name, lang)
                   if a.kind == "subdivision" and end - start == len(name)
                   and a.key in kb.subdivisions]
        if regions:
            return Place(name=name, country=regions[0], precision="region",
                         how="region of its country")
    if not cities:
        return None
    preferred = [c for c in cities if c.country in prefer]
    pool = preferred or cities
    # the order of `prefer` (actors first), then the name as written ("San José" with its
    # accent is Costa Rica's, "San Jose" California's), then population
    best = max(pool, key=lambda c: (-_rank(c.country, prefer), c.name == name, c.population))
    how = (f"city in {best.country}, a country of the story" if preferred
           else f"{MOST_POPULOUS} '{name}' ({len(cities)} known)")
    return Place(name=best.name, country=best.country, admin1=best.admin1,
                 latitude=best.latitude, longitude=best.longitude,
                 geonameid=best.geonameid, precision="city", how=how)


# How a town chosen in no country of the story is explained (`unpreferred` reads it).
MOST_POPULOUS = "most populous"
# The sectors of a state's organisations whose buildings stand for the state's place.
SEAT_SECTORS = frozenset({"GOV", "MIL"})


def _seat_country(kb: KnowledgeBase, alias: Alias) -> str | None:
    """The state a country's nickname ("the Kremlin") or a body of its government or forces
    stands for, or None."""
    if alias.kind == "nickname":
        return alias.key
    if alias.kind != "org" or alias.key not in kb.orgs:
        return None
    role = kb.orgs[alias.key].role_on(None)
    if role.sector in SEAT_SECTORS and role.country and len(role.country) == 3 \
            and role.country in kb.countries:
        return role.country
    return None


def unpreferred(place: Place) -> bool:
    """Whether a town was chosen only as the most populous of its name, in no country of
    the story: weak evidence of where the event was."""
    return (place.how or "").startswith(MOST_POPULOUS)


def _rank(country: str, prefer: Sequence[str]) -> int:
    return prefer.index(country) if country in prefer else len(prefer)


def _country(name: str, iso3: str, gazetteer: Gazetteer, how: str) -> Place:
    return Place(name=name, country=iso3, admin1=None, latitude=None, longitude=None,
                 geonameid=None, precision="country", how=how)



def city_country(name: str, min_population: int = 100_000) -> str | None:
    """The country of the largest town of this name with at least `min_population`
    people, or None: small towns share their names with people and words."""
    from entente.places.gazetteer import load_gazetteer

    found = [c for c in load_gazetteer().lookup(name) if c.population >= min_population]
    if not found:
        return None
    return max(found, key=lambda c: (c.name == name, c.population)).country
