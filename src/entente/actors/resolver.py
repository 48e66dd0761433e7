"""Noun phrase -> Actor: people by their role on the day, organisations, countries and
their capitals (a capital or nickname standing for its government), demonyms with sector
words.

Works on plain words so it serves both the coder (tokens of a parse) and `resolve_text`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache, partial
from operator import attrgetter
from typing import NamedTuple

from entente.actors.kb import Alias, KnowledgeBase
from entente.actors.names import fold
from entente.records import Actor

PLACE_KINDS = ("country", "capital", "nickname", "demonym")  # plus subdivisions (_kind)
_PLACES = (*PLACE_KINDS, "subdivision")  # the kinds (_kind) that name a place
# an alias's kind -> its kind for the resolver: subdivisions and their adjectives are one
_KINDS = {"subdivision_adj": "subdivision"}
_PLACE_ALIASES = frozenset({*PLACE_KINDS, "subdivision", "subdivision_adj"})  # by alias.kind
# the prefixes of warships' names, by navy ("USS", "HMS")
# (only prefixes that are no other common abbreviation: not "INS", "ARA", "JS")
SHIP_PREFIXES = {"USS": "USA", "USNS": "USA", "HMS": "GBR", "HMCS": "CAN", "HMAS": "AUS",
                 "HMNZS": "NZL", "ROKS": "KOR", "FGS": "DEU", "HNLMS": "NLD", "HDMS": "DNK",
                 "HNoMS": "NOR", "HSwMS": "SWE", "TCG": "TUR", "ROCS": "TWN"}
# "former president", "ex ministro": CAMEO's elites (ELI) rather than the office
FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time", "antiguo", "antigua"})
# words that say a title's holder is not (yet, or any more) in the office
NOT_IN_OFFICE = FORMER | {"elect", "electo", "electa", "designate", "designado", "designada",
                          "late", "fallecido", "fallecida", "expresidente", "expresidenta",
                          "exministro", "exministra", "then", "entonces", "deposed",
                          "ousted", "toppled", "overthrown", "exiled", "jailed", "depuesto",
                          "depuesta", "derrocado", "derrocada", "destituido", "destituida",
                          "exiliado", "exiliada", "encarcelado", "encarcelada"}
# "Russian-backed separatists" are not Russian
PATRON_SUFFIX = re.compile(r"-(?:backed|allied|aligned|funded|supported|sponsored|armed|"
                           r"trained|style|born|based)\b", re.I)


class Word(NamedTuple):
    """One word of a phrase: its text, lemma and whether it is the phrase's head (a named
    tuple rather than a dataclass: a phrase makes several, and a tuple is made 3x faster)."""

    text: str
    lemma: str
    is_head: bool = False
    space_after: bool = True
    proper: bool = False  # a proper noun: an unknown name, not a common noun
    locative: bool = False  # inside "in X"/"en X": says where a sector actor is, nothing else


class _Hit(NamedTuple):
    start: int
    end: int
    alias: Alias
    on_head: bool


# Word((...)) and _Hit((...)) made from a tuple of all their fields, in C: a NamedTuple's own
# constructor is a Python function, and the resolver makes a few of these for each phrase
_new_word: Callable[[tuple[str, str, bool, bool, bool, bool]], Word] = partial(
    tuple.__new__, Word)
_new_hit: Callable[[tuple[int, int, Alias, bool]], _Hit] = partial(tuple.__new__, _Hit)
_TEXT = attrgetter("text")


# "its embassy in Quito", "la embajada en Caracas": a mission is another country's, never
# the one it stands in
ABROAD = frozenset({"embassy", "embassies", "consulate", "consulates",
                    "embajada", "embajadas", "consulado", "consulados"})


def stands_abroad(text: str) -> bool:
    """The phrase names an embassy or a consulate: of a country other than where it is."""
    return any(fold(w) in ABROAD for w in re.findall(r"\w+", text.lower()))


NO_ONE_COUNTRY = ", of no one country"


def of_no_one_country(actor: Actor) -> bool:
    """"European diplomats": a sector of a region's countries, whose country no place in
    the sentence can give."""
    return bool(actor.how and actor.how.endswith(NO_ONE_COUNTRY))


def resolve_words(words: Sequence[Word], kb: KnowledgeBase, lang: str,
                  day: date | None, context: str = "") -> Actor | None:
    """The actor a phrase names, or None when nothing in it points anywhere.

    `context` (the sentence, or nearby words) rules out readings of ambiguous names:
    "Georgia" near "Atlanta" is no country.
    """
    if not words:
        return None
    phrase, spans = _layout(words)
    head_i = -1  # the first head word, else the last word
    where: list[tuple[int, int]] = []  # the spans of the words inside "in X"
    # loops rather than comprehensions here and below: each of those makes a function
    # (Python 3.11), and a long ingest passes these lines millions of times
    for i, w in enumerate(words):
        if w.is_head and head_i < 0:
            head_i = i
        if w.locative:
            where.append(spans[i])
    if head_i < 0:
        head_i = len(words) - 1
    return _resolved(words, head_i, phrase, spans[head_i], where,
                     _sector(words, head_i, kb, lang), kb, lang, day, context)


def _resolved(words: Sequence[Word], head_i: int, phrase: str, head_span: tuple[int, int],
              where: list[tuple[int, int]], sector: str | None, kb: KnowledgeBase, lang: str,
              day: date | None, context: str) -> Actor | None:
    """resolve_words once the phrase's text, its head (and where it is in the text), the
    spans of its words inside "in X" and the head's sector (_sector) are known."""
    navy = next((SHIP_PREFIXES[w.text] for w, after in zip(words, words[1:], strict=False)
                 if w.text in SHIP_PREFIXES and after.text[:1].isupper()), None)
    if navy is not None:
        # "the USS Abraham Lincoln", "HMS Defender": a warship of the navy its prefix names,
        # whatever the name after it (a president, a town) would say
        return Actor(phrase, navy + "MIL", navy, "MIL", how=f"a warship of {navy}'s navy")
    hits, instead = _hits(phrase, head_span, kb, lang, context)
    if where:
        def located(h: _Hit) -> bool:
            return any(s <= h.start < e for s, e in where)

        # "the attack in Caracas" names no actor by its place; "police in Lima" does, but
        # less surely than a nationality: "U.S. special forces in Caracas"
        hits = ([h for h in hits if not located(h)]
                if sector is None or fold(words[head_i].text.lower()) in ABROAD
                else sorted(hits, key=located))
    if instead is not None:
        if sector and instead in kb.countries:
            instead += sector  # "Georgia's governor" (in Atlanta): the U.S. state's
        return _coded(phrase, instead, kb, how=f"ambiguous name read from its context: {instead}")

    people: list[_Hit] = []
    orgs: list[_Hit] = []
    places: list[_Hit] = []
    for h in hits:
        if h.alias.kind == "person":
            people.append(h)
        elif h.alias.kind == "org":
            orgs.append(h)
        elif h.alias.kind in _PLACE_ALIASES:
            places.append(h)

    # one name, several people ("Khamenei", "Kabila"): the one in office on the day
    if len(people) > 1:
        people = sorted(people, key=lambda x: (not x.on_head,
                                               kb.people[x.alias.key].role_on(day) is None))
    for h in people:
        person = _person(kb, h.alias, phrase, day)
        if person.sector == "ELI" and person.country and (h.on_head or sector in _TITLE_SECTORS):
            # "Justice Minister Yariv Levin" on a day the knowledge base holds no office of
            # his: the title the text gives him says his sector (not "former", "-elect")
            titled = _title_sector(words, head_i, kb, lang) if h.on_head else sector
            lowered = {w.text.lower() for w in words}
            if titled not in (None, "ELI") and lowered.isdisjoint(NOT_IN_OFFICE) and not any(
                    w.endswith(("-elect", "-designate")) for w in lowered):
                return Actor(phrase, person.country + str(titled), person.country, titled,
                             kb_id=person.kb_id, how=f"{person.how}; titled so here")
        if not h.on_head and sector and person.country and \
                sector not in _TITLE_SECTORS and sector != person.sector:
            # "Maduro's supporters", "los abogados de Maduro": his country, their sector
            return Actor(phrase, person.country + sector, person.country, sector,
                         how=f"'{words[head_i].text}' of {h.alias.text}")
        return person
    if len(places) > 1:  # countries first, then capitals, nicknames, demonyms, regions
        places.sort(key=lambda h: _PLACES.index(_kind(h.alias)))
        if where and sector is not None:
            # "Russian forces in Ukraine": the nationality before the place, whatever its kind
            places.sort(key=lambda h: any(s <= h.start < e for s, e in where))
    for h in orgs:
        org = kb.orgs[h.alias.key].role_on(day)
        country, org_sector = org.country, org.sector
        other = [_country_of(p.alias, kb) for p in places if not p.on_head]
        other = [c for c in other if c != country]
        if country and org_sector and not other and h.on_head and context and \
                kb.sector_of(h.alias.text, lang) == org_sector:
            # "South Koreans rallied outside the National Assembly": a name any country's
            # body bears is the body of the one country the sentence is about
            about = country_in_context(context, kb, lang)
            if about and about != country:
                other = [about]
        if country is None and org.code.endswith("PKO"):
            # "Kenyan peacekeepers", "cascos azules uruguayos": a country's contingent is
            # its armed forces, whoever's mission it serves (a nationality only: the
            # peacekeepers "in Lebanon" are not Lebanon's)
            nation = [p.alias.key for p in places if p.alias.kind.startswith("demonym")]
            if nation:
                return Actor(phrase, nation[0] + "MIL", nation[0], "MIL",
                             how=f"'{h.alias.text}' of {kb.countries.get(nation[0], nation[0])}")
        if country and other and org_sector and (h.on_head or sector is not None) and not (
                org_sector in NON_STATE and org.code != org_sector):
            # "Peru's Congress", "el diario uruguayo El País": the organisation's kind, the
            # phrase's country (an armed group or a party of its own country stays its own
            # wherever it is: "Hamas leaders in Doha")
            return Actor(phrase, other[0] + org_sector, other[0], org_sector,
                         how=f"'{h.alias.text}' of {kb.countries.get(other[0], other[0])}")
        if not h.on_head and sector is not None:
            if country is None or org_sector in NON_STATE or org.code.endswith("PTY"):
                # "NATO defence ministers", "ministros de la OEA", "Hezbollah militiamen",
                # "los diputados del PSOE": the group's members are the group
                return Actor(phrase, org.code, country, org_sector, kb_id=h.alias.key,
                             how=f"members of {h.alias.text}")
            # "PSUV lawmakers" of a state body: the organisation's country, the phrase's sector
            return Actor(phrase, country + sector, country, sector,
                         how=f"'{words[head_i].text}' of {h.alias.text}")
        return Actor(phrase, org.code, country, org_sector, kb_id=h.alias.key,
                     how=f"organisation: {h.alias.text}")

    head_places = [h.alias for h in places if h.on_head]
    modifiers = [h.alias for h in places if not h.on_head]
    if head_places and sector is None:
        # "Drones ucranianos" parsed with the nationality for the head: the noun the parser
        # left as a modifier still says the sector
        kind_beside: str | None = next((beside for i, w in enumerate(words)
                                  if i != head_i and not w.locative
                                  and (beside := kb.sector_of(w.text, lang))), None)
        if kind_beside is not None and head_places[0].kind.startswith("demonym"):
            iso = _country_of(head_places[0], kb)
            return Actor(phrase, iso + kind_beside, iso, kind_beside,
                         how=f"{_label(head_places[0])} '{head_places[0].text}' + sector word "
                             f"beside it")
        return _state_actor(phrase, head_places[0], kb, "")
    title = _title_sector(words, head_i, kb, lang) if sector is None else None
    if (modifiers or head_places) and (sector or title):
        alias = (modifiers or head_places)[0]
        iso = _country_of(alias, kb)
        if sector:
            return Actor(phrase, iso + sector, iso, sector,
                         how=f"{_label(alias)} '{alias.text}' + sector word "
                             f"'{words[head_i].text}'")
        return Actor(phrase, iso + str(title), iso, title,
                     how=f"{_label(alias)} '{alias.text}' + title of an unknown person")
    if modifiers:
        # any noun with a country's name or demonym gives at least the country: "Chadian
        # mercenaries", "Venezuela's decision", "la operación de Washington"
        return _state_actor(phrase, modifiers[0], kb, " modifier")
    region = next((h.alias.text for h in hits if h.alias.kind == "region" and not h.alias.key
                   and not any(s <= h.start < e for s, e in where)), None)
    if (sector or title) and region is not None:
        # "European diplomats", "diplomáticos europeos": of many countries, none that the
        # sentence's places could give
        return Actor(phrase, None, None, sector or title,
                     how=f"region '{region}' + sector word '{words[head_i].text}'"
                         f"{NO_ONE_COUNTRY}")
    if sector or title:
        return Actor(phrase, None, None, sector or title,
                     how=f"sector word '{words[head_i].text}', country unknown")
    return None


def _kind(alias: Alias) -> str:
    """Subdivisions and their adjectives count as places of their country."""
    return _KINDS.get(alias.kind, alias.kind)


def _country_of(alias: Alias, kb: KnowledgeBase) -> str:
    if alias.kind.startswith("subdivision"):
        return kb.subdivisions[alias.key].country
    return alias.key


def _label(alias: Alias) -> str:
    if alias.kind.startswith("subdivision"):
        return "region of its country"
    return alias.kind


# Where a city is: a town's name -> the ISO3 country it is in, or None (a gazetteer lookup
# that callers provide, so that the resolver stays independent of the places room).
CityCountry = Callable[[str], str | None]


def resolve_text(text: str, kb: KnowledgeBase, lang: str = "en",
                 day: date | None = None, context: str = "",
                 cities: CityCountry | None = None) -> Actor | None:
    """Resolve a bare phrase without a parse: its last sector word (else its last word) is
    taken as the head, which fits "Cuban doctors" and "los médicos cubanos" alike. With
    `cities`, a town the knowledge base does not hold gives its country ("Sao Paulo
    police", "Guadalajara")."""
    tokens = _BARE_TOKEN.findall(text)
    while tokens and tokens[-1].endswith(".") and "." not in tokens[-1][:-1]:
        tokens[-1] = tokens[-1].rstrip(".")  # a full stop, not an abbreviation like "EE.UU."
    if "" in tokens:
        tokens = [t for t in tokens if t]
    if not tokens:
        return None
    owner_before, owner_after = _owner_in_context(text, context)
    if owner_after and any(a.kind in PLACE_KINDS for _s, _e, a in kb.find(text, lang)):
        owner_after = []  # "Santiago de Cuba" is a city, not Cuba's Santiago
    head, head_sector = _head_index(tokens, kb, lang)
    words = []
    for i, t in enumerate(tokens):
        words.append(_new_word((t, t.lower(), i == head, True, i > 0 and t[:1].isupper(),
                                False)))
    if owner_before or owner_after:
        # "Peru's Congress", "la Asamblea Nacional de Ecuador": the owner the context gives
        words = ([Word(w, w.lower()) for w in owner_before]
                 + words + [Word(w, w.lower()) for w in owner_after])
        found = resolve_words(words, kb, lang, day, context)
    else:
        # resolve_words' work, less what is known already: the words laid out with a space
        # after each, the head, no "in X", and (plain ASCII, which folds as it lowercases)
        # the head's sector as _sector finds it
        start = sum(map(len, tokens[:head])) + head
        sector = (_as_former(_spoken_for(head_sector, tokens[head].lower(), [
            t.lower() for t in (tokens[:head] if lang == "en" else tokens[head + 1:])], kb,
            lang), map(str.lower, tokens))
            if text.isascii() else _sector(words, head, kb, lang))
        found = _resolved(words, head, " ".join(tokens), (start, start + len(tokens[head])),
                          [], sector, kb, lang, day, context)
    if (found is None or (found.code is None and not found.kb_id)) and cities is not None:
        town = _town(tokens, cities)
        if town is not None:
            name, iso3 = town
            sector = found.sector if found is not None else None
            return Actor(text, iso3 + (sector or ""), iso3, sector,
                         how=f"town {name} in {kb.countries.get(iso3, iso3)}"
                             + (" + sector word" if sector else ""))
    if found is not None and found.code is None and found.sector and context:
        country = country_in_context(context, kb, lang)
        if country is not None:
            return Actor(found.text, country + found.sector, country, found.sector,
                         how=f"{found.how}; country from the context")
    return found


_BARE_TOKEN = re.compile(r"[\w.'’-]+|,(?=\s*[A-Z])")  # a comma before a capital: "Lima, Ohio"
# titles before a given name (or the name of an office) rather than a place
_NAME_TITLES = frozenset({
    "queen", "king", "prince", "princess", "emperor", "empress", "pope", "sultan", "emir",
    "sheikh", "dalai", "lady", "lord", "sir", "reina", "rey", "príncipe", "princesa", "papa",
    "emperador", "emperatriz", "sultán", "jeque", "dalái",
})


def _town(tokens: list[str], cities: CityCountry) -> tuple[str, str] | None:
    """The longest run of capitalised words in the phrase that names a town. A word in
    capitals is an acronym, no town ("TAP", "ENA": news agencies)."""
    caps = [i for i, t in enumerate(tokens) if t[:1].isupper() and not (
        len(t) > 1 and t.isupper())]
    for size in range(min(4, len(tokens)), 0, -1):
        for lo in range(len(tokens) - size + 1):
            span = tokens[lo:lo + size]
            if not all(i in caps or tokens[i].lower() in ("de", "del", "la", "los")
                       for i in range(lo, lo + size)) or tokens[lo].lower() in _TITLE_WORDS \
                    or (lo and tokens[lo - 1].lower() in _NAME_TITLES):
                continue  # after "Queen" or "Dalai", "Elizabeth" and "Lama" are no towns
            name = " ".join(span)
            country = cities(name)
            if country is not None:
                return name, country
    return None


def country_in_context(context: str, kb: KnowledgeBase, lang: str) -> str | None:
    """The country a sentence is plainly about: the only one it names, or the one it names
    after "in" / "en"."""
    named: list[tuple[int, str]] = []
    for start, end, alias in kb.find(context, lang):
        kind = _kind(alias)
        if kind in _PLACES and alias.key and \
                not _not_a_place(context, start, end, alias, kb, lang):
            unless, instead = kb.ambiguous.get(alias.text, ((), None))
            if unless and _clue(unless).search(context.lower()):
                if instead and instead[:3] in kb.countries:
                    named.append((start, instead[:3]))  # "Congo's North Kivu": the DRC
                continue
            named.append((start, _country_of(alias, kb)))
    countries = list(dict.fromkeys(c for _s, c in named))
    if len(countries) == 1:
        return countries[0]
    for start, country in named:
        if _IN_BEFORE.search(context[:start]):
            return country
    return None


_IN_BEFORE = re.compile(r"\b(?:in|en|at)\s+(?:the\s+|el\s+|la\s+)?$", re.I)


def _head_index(tokens: list[str], kb: KnowledgeBase, lang: str) -> tuple[int, str | None]:
    """The head of a bare phrase: where a sector term starts (Spanish: "fuerzas de
    seguridad ecuatorianas") or ends (English: "Ecuadorian security forces"), else the last
    sector word, else the last word; and the sector of that term or word (None for the
    last word that names none), before "former" makes it ELI."""
    folded = _fold_all(tokens)
    term = _sector_term(folded, kb, lang)
    if term is not None:
        lo, size, sector = term
        return (lo if lang == "es" else lo + size - 1), sector
    # a Spanish phrase opens with its head ("seguidores del expresidente Evo Morales"), an
    # English one ends with it ("Evo Morales's supporters")
    sectors, head, head_sector = kb.sectors, len(tokens) - 1, None
    for i, t in enumerate(folded):
        found = sectors.get((lang, t))
        if found:
            if lang == "es":
                return i, found
            head, head_sector = i, found
    return head, head_sector


_OWNER_BEFORE = re.compile(r"((?:[A-ZÁÉÍÓÚ][\w.]+\s)?[A-ZÁÉÍÓÚ][\w.]+)['’]s\s+$")
_OWNER_AFTER = re.compile(r"\s+(de|del|of)\s+((?:el\s|la\s|the\s)?"
                          r"[A-ZÁÉÍÓÚ][\w.]+(?:\s[A-ZÁÉÍÓÚ][\w.]+)?)")


def _owner_in_context(text: str, context: str) -> tuple[list[str], list[str]]:
    """The possessor the context puts before or after the mention, as words. The mention
    may open the sentence there with a capital it does not have ("la Asamblea Nacional" in
    "La Asamblea Nacional de Nicaragua aprobó..."), or the other way round."""
    at = context.find(text) if context else -1
    if at < 0 and context and text[:1].isalpha():
        text = text[:1].swapcase() + text[1:]
        at = context.find(text)
    while at >= 0:
        near = context[max(0, at - 60):at]
        # what the pattern needs at its end, checked first: most mentions have no owner
        before = _OWNER_BEFORE.search(near) if near[-1:].isspace() and near.rstrip().endswith(
            ("'s", "’s")) else None
        if before:
            return [*before.group(1).split(), "'s"], []
        after = _OWNER_AFTER.match(context, at + len(text))
        if after:
            return [], [after.group(1), *after.group(2).split()]
        at = context.find(text, at + 1)
    return [], []


def _hits(phrase: str, head_span: tuple[int, int], kb: KnowledgeBase, lang: str,
          context: str) -> tuple[list[_Hit], str | None]:
    """The names found in the phrase that count, and the code an ambiguous one means
    instead in this context, if any."""
    clues = None
    hits: list[_Hit] = []
    for start, end, alias in kb.find(phrase, lang):
        unless, instead = kb.ambiguous.get(alias.text, ((), None))
        if unless:
            if clues is None:
                clues = f"{phrase} {context}".lower()
            if _clue(unless).search(clues):
                if instead:
                    return [], instead
                continue
        if alias.kind in _PLACE_ALIASES and _not_a_place(phrase, start, end, alias, kb, lang):
            continue
        if alias.kind == "person" and " " not in alias.text and _other_given_names(
                phrase, start, alias, kb):
            continue  # "Julio César Chávez" is not Hugo Chávez
        on_head = start < head_span[1] and head_span[0] < end
        hits.append(_new_hit((start, end, alias, on_head)))
    return _where_after_comma(phrase, hits), None


def _where_after_comma(phrase: str, hits: list[_Hit]) -> list[_Hit]:
    """"Lima, Ohio", "Córdoba, Argentina": a place followed by a comma and another place is
    a town of the second; the first then names no actor."""
    if len(hits) < 2:
        return hits
    places = [h for h in hits if h.alias.kind in _PLACE_ALIASES]
    if len(places) < 2:
        return hits
    drop: set[int] = set()
    for a, b in zip(places, places[1:], strict=False):
        if _COMMA.fullmatch(phrase[a.end:b.start]) and a.alias.key != b.alias.key:
            drop.add(id(a))
    return [h for h in hits if id(h) not in drop]


_COMMA = re.compile(r"\s*,\s*")
# a capitalised word just before a place (its end)
_WORD_BEFORE = re.compile(r"([A-ZÁÉÍÓÚ][\w'’]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-ZÁÉÍÓÚ][\w'’]*)")
_WORD_NEXT = re.compile(r"\s+([\w'’]+)")
_PRO_ANTI = re.compile(r"(?:pro|anti)-$", re.I)
_OF_PLACE = re.compile(r"\s+(?:de|of)\s+[A-ZÁÉÍÓÚ]")


def _other_given_names(phrase: str, start: int, alias: Alias, kb: KnowledgeBase) -> bool:
    """A bare surname a person is known by, with other given names before it than theirs."""
    before = _WORD_BEFORE.findall(phrase[:start])
    if not before:
        return False
    word = before[-1]
    if word.lower() in _TITLE_WORDS or kb.sector_of(word, "en") or kb.sector_of(word, "es"):
        return False
    person = kb.people[alias.key]
    return not any(word in name.split() for name in person.names)


@lru_cache(maxsize=1024)
def _clue(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the clue words, as whole words."""
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words))


def _not_a_place(phrase: str, start: int, end: int, alias: Alias, kb: KnowledgeBase,
                 lang: str) -> bool:
    """A country or capital name that is here part of something else: the first half of
    a hyphenated compound ("Cuban-American", "Russian-backed"), a person's or a brand's
    name ("George Washington", "Paris Hilton", "Washington Post"), or a place named after
    it ("la isla de Margarita")."""
    after = phrase[end:]
    if after.startswith("-") or PATRON_SUFFIX.match(after):
        return not _LED.match(after)  # "the Saudi-led coalition" is led by Saudi Arabia
    if phrase[start - 1:start] in ("-", "\n") and _PRO_ANTI.search(phrase[:start]):
        return True  # "pro-Russian separatists" are not Russian
    if alias.kind == "nickname" and _OF_PLACE.match(after):
        return True  # "la isla de Margarita"
    name = phrase[start:end]
    if not name[:1].isupper():
        return False
    # a capitalised word before a demonym is an adjective that opens a sentence or a
    # headline ("Young Moroccans"), never a given name
    before = None if alias.kind.startswith("demonym") else _WORD_BEFORE.search(phrase[:start])
    following = _WORD_AFTER.match(after)
    for m in (before, following):
        if m is None:
            continue
        word = m.group(1)
        if kb.sector_of(word, lang) or kb.is_name(word) or word.lower() in _TITLE_WORDS:
            continue
        if m is following and alias.kind.startswith("demonym"):
            # "Syrian Kurdish forces", "Iraqi Shiite militias": a second adjective, then
            # the noun; a name would not be followed by a sector word
            then = _WORD_NEXT.match(after, m.end())
            if then is not None and kb.sector_of(then.group(1), lang):
                continue
        return True
    return False


def _state_actor(phrase: str, alias: Alias, kb: KnowledgeBase, role: str) -> Actor:
    """The state a place's name, its capital or its demonym gives a phrase: its government
    for a capital or a nickname ("Washington"), its armed forces for a force it leads ("the
    Saudi-led coalition"), else the country (`role` says how the name stood in the phrase)."""
    iso = _country_of(alias, kb)
    if alias.kind in ("capital", "nickname"):
        return Actor(phrase, iso + "GOV", iso, "GOV",
                     how=f"{alias.kind} standing for its government: {alias.text}")
    if ("-led" in phrase or "oalici" in phrase) and _LED_FORCE.search(phrase):
        return Actor(phrase, iso + "MIL", iso, "MIL", how=f"a force led by {alias.text}")
    return Actor(phrase, iso, iso, None, how=f"{_label(alias)}{role}: {alias.text}")


_LED = re.compile(r"-led\b", re.I)
# a coalition or a mission that a country leads stands for that country's armed forces
_LED_FORCE = re.compile(r"-led\s+(?:\w+\s+)?(?:coalition|coalitions|operation|"
                        r"intervention)\b|\bcoalici[oó]n(?:\s+\w+)?\s+(?:liderada|encabezada|"
                        r"dirigida|comandada)\s+por\b", re.I)

# Groups whose members are the group itself: armed groups, criminal groups, parties.
NON_STATE = frozenset({"REB", "UAF", "SEP", "CRM", "PTY", "OPP", "NGO", "IGO", "HRI"})

# sectors of the titles a person is named with ("President Maduro", "Putin's spokesman")
_TITLE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "ELI", "OPP"})

# capitalised words that may stand next to a country name without making it a person's name
_TITLE_WORDS = frozenset({
    "president", "prime", "foreign", "minister", "vice", "defence", "defense", "interior",
    "secretary", "state", "general", "navy", "army", "air", "force", "coast", "guard",
    "central", "bank", "national", "supreme", "court", "senate", "congress", "embassy",
    "the", "el", "la", "los", "las", "de", "del", "mr", "mrs", "ms", "dr", "gen", "sen",
    "rep", "former", "acting", "interim", "new", "north", "south", "east", "west",
    "presidente", "presidenta", "canciller", "ministro", "ministra", "embajada",
    # words that open a sentence in capitals without being names
    "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "two",
    "three", "four", "five", "several", "some", "many", "most", "all", "both", "every", "one",
    "un", "una", "unos", "unas", "este", "esta", "estos", "estas", "ese", "esa", "esos",
    "esas", "su", "sus", "dos", "tres", "cuatro", "cinco", "varios", "varias", "algunos",
    "algunas", "muchos", "muchas", "todos", "todas", "otro", "otra", "otros", "otras",
    "according", "según", "segun", "after", "tras", "when", "cuando", "if", "si", "but",
    "pero", "and", "y", "while", "mientras", "in", "en", "on", "at", "for", "por", "para",
})


def _coded(phrase: str, code: str, kb: KnowledgeBase, how: str) -> Actor:
    country = code[:3] if code[:3] in kb.countries else None
    sector = code[3:6] or None if country else None
    return Actor(phrase, code, country, sector, how=how)


def _person(kb: KnowledgeBase, alias: Alias, phrase: str, day: date | None) -> Actor:
    person = kb.people[alias.key]
    role = person.role_on(day)
    if role is not None and role.code is not None:
        return Actor(phrase, role.code, role.country, role.sector, kb_id=person.id,
                     how=f"person {person.names[0]}: {role.role}")
    nearest = person.nearest_role(day)
    when = day.isoformat() if day else "the date"
    if nearest is None or nearest.country is None:
        return Actor(phrase, None, None, None, kb_id=person.id,
                     how=f"person {person.names[0]}: no role known on {when}")
    # outside every role a person keeps their country, as one of its elites
    return Actor(phrase, nearest.country + "ELI", nearest.country, "ELI", kb_id=person.id,
                 how=f"person {person.names[0]}: no office on {when}; was {nearest.role}")


def _sector(words: Sequence[Word], head_i: int, kb: KnowledgeBase,
            lang: str) -> str | None:
    """The sector the head names: the longest sector term ending or starting at the head
    ("defence minister", "ministro de Defensa", "fuerzas de seguridad"), else the head
    word; a "former" official is an elite (ELI)."""
    head = words[head_i]
    at = min(head_i, 3)  # the head's place among the words around it
    # the terms around the head, up to 4 words, in the head's words and up to 3 either side
    texts = list(map(_TEXT, words[max(0, head_i - 3):head_i + 4]))
    plain = "".join(texts).isascii()
    folded = list(map(str.lower, texts)) if plain else [fold(t.lower()) for t in texts]
    term = _sector_term(folded, kb, lang, covering=at)
    found = ((term[2] if term else None)
             # kb.sector_of(head.text): plain ASCII folds as it lowercases, as done above
             or (kb.sectors.get((lang, folded[at])) if plain else kb.sector_of(head.text, lang))
             or kb.sector_of(head.lemma, lang))
    if term is None:
        found = _spoken_for(found, folded[at], folded[:at] if lang == "en" else folded[at + 1:],
                            kb, lang)
    return _as_former(found, map(str.lower, map(_TEXT, words)))


def _spoken_for(sector: str | None, head: str, before: list[str], kb: KnowledgeBase,
                lang: str) -> str | None:
    """"an army spokesman", "a military official", "un vocero militar": one who speaks for
    a body has the sector of the body the words around the head name (`before`: those before
    it in English, after it in Spanish; all folded)."""
    if sector != "GOV" or head not in VOICES:
        return sector
    return next((found for w in before if (found := kb.sectors.get((lang, w)))
                 and found != "GOV"), sector)


# Who speaks for a body: their sector is the body's ("army spokesman": MIL)
VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "official",
                    "officials", "representative", "representatives", "portavoz", "vocero",
                    "vocera", "voceros", "funcionario", "funcionarios", "representante",
                    "representantes"})


def _as_former(sector: str | None, lowered: Iterable[str]) -> str | None:
    """A "former" official (among the phrase's words, lowercased) is an elite (ELI); a
    government, leader or army called separatist or rebel ("Nagorno-Karabakh's separatist
    government", "el gobierno rebelde", "rebel soldiers") is that side (SEP, REB). Not
    lawmakers: "rebel MPs" vote against their own party."""
    if sector in ("GOV", "LEG", "MIL"):
        words = list(lowered)
        if not FORMER.isdisjoint(words):
            return "ELI"
        if sector != "LEG" and not _ARMED_WORDS.isdisjoint(words):
            return next(_ARMED_SIDE[w] for w in words if w in _ARMED_SIDE)
    return sector


# adjectives that make a government or an army the armed side they name
_ARMED_SIDE = {**dict.fromkeys(("separatist", "separatists", "secessionist", "separatista",
                                "separatistas"), "SEP"),
               **dict.fromkeys(("rebel", "rebels", "insurgent", "insurgents", "rebelde",
                                "rebeldes", "insurgente", "insurgentes"), "REB")}
_ARMED_WORDS = frozenset(_ARMED_SIDE)


def _fold_all(texts: list[str]) -> list[str]:
    """fold() of each text; plain ASCII (most phrases) is only lowercased."""
    return list(map(str.lower if "".join(texts).isascii() else fold, texts))


def _sector_term(folded: list[str], kb: KnowledgeBase, lang: str,
                 covering: int | None = None) -> tuple[int, int, str] | None:
    """The longest sector term of 2 to 4 words among `folded` (words folded one by one:
    kb.sector_of of their run, see there), the first of that length (of those that take in
    the word at `covering`, if given), as (start, size, sector).

    Only runs that open with the first word of such a term are looked up (or with a word
    that has a space in it, which a parser's tokens never have)."""
    starts = kb.sector_term_starts(lang)
    if starts.isdisjoint(folded) and " " not in "".join(folded):
        return None  # most phrases: nothing to look up
    opening = [lo for lo, w in enumerate(folded) if w in starts or " " in w]
    sectors, count = kb.sectors, len(folded)
    for size in (4, 3, 2):
        for lo in opening:
            if lo + size > count:
                break
            if covering is not None and not lo <= covering < lo + size:
                continue
            found = sectors.get((lang, " ".join(folded[lo:lo + size])))
            if found:
                return lo, size, found
    return None


def _title_sector(words: Sequence[Word], head_i: int, kb: KnowledgeBase,
                  lang: str) -> str | None:
    """The sector of a title before an unknown name: "Foreign Minister Rosa Villavicencio"."""
    if not words[head_i].proper:
        return None
    for i, w in enumerate(words):
        found = None if i == head_i else kb.sector_of(w.text, lang) or kb.sector_of(w.lemma, lang)
        if found:
            return found
    return None


def _layout(words: Sequence[Word]) -> tuple[str, list[tuple[int, int]]]:
    """The phrase as text, and where each word is in it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for w in words:
        end = pos + len(w.text)
        spans.append((pos, end))
        if w.space_after:
            parts.append(w.text + " ")
            pos = end + 1
        else:
            parts.append(w.text)
            pos = end
    return "".join(parts).strip(), spans
