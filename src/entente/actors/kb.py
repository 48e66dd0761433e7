"""The actor knowledge base: countries, organisations, people with dated roles, sector words.

Five tab-separated files in data/ (header line first, `|` between alternatives, `#` for
comments): countries.tsv, organisations.tsv, people.tsv, sectors.tsv, regions.tsv and
ambiguous.tsv (names that mean something else near certain words). A user
adds entries by passing more files of the same shapes (by file name) to `load_kb`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from entente.actors.names import NameIndex, fold
from entente.cache import cached, fingerprint
from entente.errors import DataFileError

KINDS = ("countries", "organisations", "people", "subdivisions", "sectors", "regions",
         "ambiguous")
HEADERS: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "names_en", "names_es", "demonyms_en", "demonyms_es", "capitals",
                  "nicknames"),
    "organisations": ("code", "names_en", "names_es", "country", "sector", "id", "start",
                      "end"),
    "people": ("id", "names", "country", "sector", "role", "start", "end", "office"),
    "subdivisions": ("country", "names_en", "names_es", "adjectives_en", "adjectives_es",
                     "kind", "note"),
    "sectors": ("lang", "words", "sector", "note"),
    "regions": ("names", "note"),
    "ambiguous": ("name", "unless", "instead", "note"),
}
# Older files may stop after this many columns (the later ones were added since).
MIN_HEADER = {"organisations": 5, "people": 7}
# What a role is, for coverage checks and for the resolver's titles ("the Uzbek president").
OFFICES = frozenset({
    "head_of_state", "governor_general", "head_of_government", "foreign", "defence",
    "interior", "central_bank", "army_chief", "speaker", "opposition_leader", "other",
})
SUBDIVISION_KINDS = frozenset({"region", "province", "state", "breakaway", "territory",
                               "city"})


_ORG_AT_END = re.compile(r"\(([A-Z]{3,12})\)\s*$")


class Role(NamedTuple):
    country: str | None
    sector: str | None
    role: str
    start: date | None
    end: date | None
    offices: frozenset[str] = frozenset()  # head_of_state, foreign, ... (see OFFICES)

    @property
    def code(self) -> str | None:
        """Country + sector, or for an international official the organisation's code
        written at the end of the role ("UN Secretary-General (IGOUNO)")."""
        if self.country:
            return self.country + (self.sector or "")
        m = _ORG_AT_END.search(self.role)
        return m.group(1) if m else None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class Person:
    id: str
    names: tuple[str, ...]
    roles: list[Role] = field(default_factory=list)

    def role_on(self, day: date | None) -> Role | None:
        """The role held on `day`; with no day, the current (open) or latest role."""
        if not self.roles:
            return None
        if day is None:
            return max(self.roles, key=lambda r: r.end or date.max)
        # the held role that started last (the first such): a loop, with r.holds_on(day)
        # inlined, as this runs for each person named
        latest = None
        for r in self.roles:
            if (r.start is None or r.start <= day) and (r.end is None or day <= r.end) and (
                    latest is None or (r.start or date.min) > (latest.start or date.min)):
                latest = r
        return latest

    def nearest_role(self, day: date | None) -> Role | None:
        """The role held on `day`, else the last one that ended before it, else the first
        one after it: a person outside every role still has a country."""
        held = self.role_on(day)
        if held is not None or day is None or not self.roles:
            return held
        before = [r for r in self.roles if r.end is not None and r.end < day]
        if before:
            return max(before, key=lambda r: r.end or date.min)
        return min(self.roles, key=lambda r: r.start or date.min)


class OrgRole(NamedTuple):
    """What an organisation's name codes as over a period: a party governs, then opposes."""

    code: str
    country: str | None
    sector: str | None
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class Organisation:
    id: str
    names: tuple[str, ...]
    roles: list[OrgRole] = field(default_factory=list)

    def role_on(self, day: date | None) -> OrgRole:
        """The code on `day`; with no day, or outside every period, the latest."""
        if day is not None:
            held = [r for r in self.roles if r.holds_on(day)]
            if held:
                return max(held, key=lambda r: r.start or date.min)
        return max(self.roles, key=lambda r: (r.end or date.max, r.start or date.min))


class Subdivision(NamedTuple):
    """A region, province, state or breakaway territory of a country."""

    country: str
    kind: str


class Alias(NamedTuple):
    """One name that points at an entry: kind is country|capital|demonym|nickname|org|person|
    subdivision|subdivision_adj, or region (a place name that contains a country's name but
    is not the country)."""

    text: str
    kind: str
    key: str  # iso3, organisation id, person id or subdivision id
    lang: str | None = None  # the language of the name; None for names of any language


@dataclass(slots=True)
class KnowledgeBase:
    countries: dict[str, str] = field(default_factory=dict)  # iso3 -> English name
    orgs: dict[str, Organisation] = field(default_factory=dict)  # organisation id -> entry
    subdivisions: dict[str, Subdivision] = field(default_factory=dict)  # id -> entry
    people: dict[str, Person] = field(default_factory=dict)
    sectors: dict[tuple[str, str], str] = field(default_factory=dict)  # (lang, word) -> sector
    aliases: list[Alias] = field(default_factory=list)
    # name -> (words that, near it, mean it is not its usual entry, what it means then)
    ambiguous: dict[str, tuple[tuple[str, ...], str | None]] = field(default_factory=dict)
    _names: NameIndex | None = None
    # the last texts looked up: a sentence is searched by several readers in turn
    _found: dict[tuple[str, str | None], tuple[tuple[int, int, Alias], ...]] = field(
        default_factory=dict)
    # lang -> the first words of its sector terms of several words (sector_term_starts)
    _term_starts: dict[str, frozenset[str]] = field(default_factory=dict)

    def sector_of(self, word: str, lang: str) -> str | None:
        """The sector a word or phrase names ("police", "policia", "Policía"), if any.

        `sectors` is keyed by (lang, the phrase folded). Folding goes letter by letter, so
        a phrase folds as its words folded one by one and joined by spaces: a caller that
        looks up many runs of the same words (the resolver) folds each word once and
        looks the joined runs up in `sectors` itself."""
        return self.sectors.get((lang, fold(word)))

    def sector_term_starts(self, lang: str) -> frozenset[str]:
        """The first words (folded) of the sector terms of several words in `lang`: a run of
        words that opens with none of them is no sector term, and needs no look-up."""
        starts = self._term_starts.get(lang)
        if starts is None:
            starts = self._term_starts[lang] = frozenset(
                term.split(" ")[0] for term_lang, term in self.sectors
                if term_lang == lang and " " in term)
        return starts

    def find(self, text: str, lang: str | None = None) -> list[tuple[int, int, Alias]]:
        """Every alias found in `text` (longest first at each place), as (start, end, alias).

        Names match without regard to accents; names with capitals match as written (or
        in a headline's capitals), so "US" never matches "us"; lowercase names (Spanish
        demonyms) match in any case, but only in their own language (Spanish "china" is
        Chinese; English "china" is porcelain). See actors/names.py.
        """
        key = (text, lang)
        cached = self._found.get(key)
        if cached is not None:
            return list(cached)
        if self._names is None:
            self._names = NameIndex(self.aliases)
        names = self._names.find(text, lang)
        found: list[tuple[int, int, Alias]] = []
        if len(names) == 1:  # most phrases: nothing to tell apart
            start, end, alias = names[0]
            if isinstance(alias, Alias):
                found.append((start, end, alias))
        elif names:
            seen: set[tuple[int, str, str]] = set()
            for start, end, alias in names:
                # one name listed in both languages is one hit
                if not isinstance(alias, Alias) or (start, alias.kind, alias.key) in seen:
                    continue
                seen.add((start, alias.kind, alias.key))
                found.append((start, end, alias))
        if len(self._found) > 512:
            self._found.clear()
        self._found[key] = tuple(found)
        return found

    def is_name(self, word: str) -> bool:
        """Whether the word alone is a name of the knowledge base."""
        if self._names is None:
            self._names = NameIndex(self.aliases)
        return self._names.is_name(word)

    def add_aliases(self, texts: Iterable[str], kind: str, key: str,
                    lang: str | None = None) -> None:
        for t in texts:
            self.aliases.append(Alias(t, kind, key, lang))
        self._names = None


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _date(cell: str, name: str, lineno: int, end: bool) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a partial end date means the end of that year or month."""
    cell = cell.strip()
    if not cell:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", cell)
    if not m:
        raise DataFileError(name, lineno, f"bad date {cell!r}; use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day:
            return date(year, int(month), int(day))
        if month:
            if not end:
                return date(year, int(month), 1)
            nxt = date(year + int(month) // 12, int(month) % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError as exc:
        raise DataFileError(name, lineno, f"bad date {cell!r}: {exc}") from exc


def parse_rows(text: str, kind: str, name: str) -> Iterable[tuple[int, dict[str, str]]]:
    """Rows of one KB file as (line number, column -> cell); checks the header and widths.

    A file may leave out the trailing columns that were added later (MIN_HEADER)."""
    full = HEADERS[kind]
    header = full
    seen_header = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if not seen_header:
            given = tuple(c.strip() for c in cells)
            if given != full[:len(given)] or len(given) < MIN_HEADER.get(kind, len(full)):
                raise DataFileError(name, lineno, f"header must be: {' '.join(full)}")
            header = given
            seen_header = True
            continue
        if len(cells) > len(header):
            raise DataFileError(name, lineno, f"{len(cells)} cells, expected {len(header)}")
        cells += [""] * (len(full) - len(cells))
        yield lineno, dict(zip(full, (c.strip() for c in cells), strict=True))


_CODE = re.compile(r"[A-Z]{3}")
_ACTOR_CODE = re.compile(r"[A-Z]{3,12}")


def _offices(cell: str, name: str, lineno: int) -> frozenset[str]:
    offices = frozenset(_split(cell))
    unknown = offices - OFFICES
    if unknown:
        raise DataFileError(name, lineno, f"unknown office {sorted(unknown)[0]!r}; use "
                            + ", ".join(sorted(OFFICES)))
    return offices


def _add_country(kb: KnowledgeBase, row: dict[str, str], name: str, lineno: int) -> None:
    iso = row["iso3"]
    if not _CODE.fullmatch(iso):
        raise DataFileError(name, lineno, f"iso3 {iso!r} is not three capital letters")
    names = _split(row["names_en"]) + _split(row["names_es"])
    if not names:
        raise DataFileError(name, lineno, f"country {iso} has no name")
    kb.countries.setdefault(iso, names[0])
    kb.add_aliases(_split(row["names_en"]), "country", iso, "en")
    kb.add_aliases(_split(row["names_es"]), "country", iso, "es")
    kb.add_aliases(_split(row["demonyms_en"]), "demonym", iso, "en")
    kb.add_aliases(_split(row["demonyms_es"]), "demonym", iso, "es")
    kb.add_aliases(_split(row["capitals"]), "capital", iso)
    kb.add_aliases(_split(row["nicknames"]), "nickname", iso)


def _add_organisation(kb: KnowledgeBase, row: dict[str, str], name: str, lineno: int) -> None:
    code = row["code"]
    if not re.fullmatch(r"[A-Z]{3,12}", code):
        raise DataFileError(name, lineno, f"code {code!r} must be 3-12 capital letters")
    names_en, names_es = _split(row["names_en"]), _split(row["names_es"])
    if not names_en + names_es:
        raise DataFileError(name, lineno, f"organisation {code} has no name")
    for col in ("country", "sector"):
        if row[col] and not _CODE.fullmatch(row[col]):
            raise DataFileError(name, lineno, f"{col} {row[col]!r} is not 3 capitals")
    oid = row["id"] or f"{code}:{(names_en + names_es)[0]}"
    role = OrgRole(code, row["country"] or None, row["sector"] or None,
                   _date(row["start"], name, lineno, end=False),
                   _date(row["end"], name, lineno, end=True))
    org = kb.orgs.get(oid)
    if org is None:
        org = kb.orgs[oid] = Organisation(oid, tuple(names_en + names_es))
        kb.add_aliases(names_en, "org", oid, "en")
        kb.add_aliases(names_es, "org", oid, "es")
    elif row["id"] and org.names != tuple(names_en + names_es):
        raise DataFileError(name, lineno, f"organisation id {oid!r} is used before with "
                            "other names; rows of one organisation repeat its names exactly")
    org.roles.append(role)


def _add_person(kb: KnowledgeBase, row: dict[str, str], name: str, lineno: int) -> None:
    pid = row["id"]
    if not pid:
        raise DataFileError(name, lineno, "person without an id")
    for col in ("country", "sector"):
        if row[col] and not _CODE.fullmatch(row[col]):
            raise DataFileError(name, lineno, f"{col} {row[col]!r} is not 3 capitals")
    person_names = tuple(_split(row["names"]))
    person = kb.people.get(pid)
    if person is None:
        if not person_names:
            raise DataFileError(name, lineno, f"person {pid} has no name")
        person = kb.people[pid] = Person(pid, person_names)
        kb.add_aliases(person_names, "person", pid)
    elif person_names and person_names != person.names:
        raise DataFileError(name, lineno, f"person id {pid!r} is used before with other "
                            "names; rows of one person repeat the names cell exactly "
                            "(or two people share an id: give one another)")
    person.roles.append(Role(row["country"] or None, row["sector"] or None, row["role"],
                             _date(row["start"], name, lineno, end=False),
                             _date(row["end"], name, lineno, end=True),
                             _offices(row["office"], name, lineno)))


def _add_subdivision(kb: KnowledgeBase, row: dict[str, str], name: str, lineno: int) -> None:
    iso, kind = row["country"], row["kind"] or "region"
    if not _CODE.fullmatch(iso):
        raise DataFileError(name, lineno, f"country {iso!r} is not three capital letters")
    if kind not in SUBDIVISION_KINDS:
        raise DataFileError(name, lineno, f"kind {kind!r}; use "
                            + ", ".join(sorted(SUBDIVISION_KINDS)))
    names_en, names_es = _split(row["names_en"]), _split(row["names_es"])
    if not names_en + names_es:
        raise DataFileError(name, lineno, "a subdivision needs a name")
    sid = f"{iso}:{(names_en + names_es)[0]}"
    kb.subdivisions[sid] = Subdivision(iso, kind)
    kb.add_aliases(names_en, "subdivision", sid, "en")
    kb.add_aliases(names_es, "subdivision", sid, "es")
    kb.add_aliases(_split(row["adjectives_en"]), "subdivision_adj", sid, "en")
    kb.add_aliases(_split(row["adjectives_es"]), "subdivision_adj", sid, "es")


def _add_sectors(kb: KnowledgeBase, row: dict[str, str], name: str, lineno: int) -> None:
    lang, sector = row["lang"], row["sector"]
    if len(lang) != 2 or not lang.isalpha() or not lang.islower():
        raise DataFileError(name, lineno, f"lang {lang!r} is not a two-letter code")
    if not _CODE.fullmatch(sector):
        raise DataFileError(name, lineno, f"sector {sector!r} is not 3 capitals")
    for word in _split(row["words"]):
        kb.sectors[(lang, fold(word))] = sector
    kb._term_starts.clear()


def _add_region(kb: KnowledgeBase, row: dict[str, str], name: str, lineno: int) -> None:
    kb.add_aliases(_split(row["names"]), "region", "")


def _add_ambiguous(kb: KnowledgeBase, row: dict[str, str], name: str, lineno: int) -> None:
    if not row["name"] or not row["unless"]:
        raise DataFileError(name, lineno, "an ambiguous name needs its clue words")
    instead = row["instead"] or None
    if instead and not _ACTOR_CODE.fullmatch(instead):
        raise DataFileError(name, lineno, f"instead {instead!r} is not an actor code")
    kb.ambiguous[row["name"]] = (tuple(w.lower() for w in _split(row["unless"])), instead)


_ADDERS = {
    "countries": _add_country, "organisations": _add_organisation, "people": _add_person,
    "subdivisions": _add_subdivision, "sectors": _add_sectors, "regions": _add_region,
    "ambiguous": _add_ambiguous,
}


def add_file(kb: KnowledgeBase, text: str, kind: str, name: str) -> None:
    """Merge one KB file of `kind` into `kb`; raises DataFileError naming the bad line."""
    adder = _ADDERS[kind]
    for lineno, row in parse_rows(text, kind, name):
        adder(kb, row, name, lineno)


def kind_of(path: Path) -> str:
    """The KB kind a user file holds, from its name (countries*.tsv, people*.tsv, ...) or
    its folder (people/europe.tsv)."""
    for name in (path.name, path.parent.name):
        for kind in KINDS:
            if name.startswith(kind) or name.startswith(kind.rstrip("s")):
                return kind
    raise DataFileError(str(path), 0, "cannot tell the kind of actor file from its name; "
                        f"start the name with one of: {', '.join(KINDS)}")


@cache
def _packaged() -> KnowledgeBase:
    """The packaged knowledge base with its name index, built once into the cache."""
    files = list(packaged_files())

    def build() -> KnowledgeBase:
        kb = KnowledgeBase()
        for kind, name, text in files:
            add_file(kb, text, kind, name)
        kb.find("")  # builds the name index, so that the cache holds it
        return kb

    return cached("kb", fingerprint(part for f in files for part in f), build)


def packaged_files() -> Iterable[tuple[str, str, str]]:
    """(kind, name, text) of every packaged KB file: data/KIND.tsv, then data/KIND/*.tsv
    in name order."""
    data = resources.files("entente.actors").joinpath("data")
    for kind in KINDS:
        ref = data.joinpath(f"{kind}.tsv")
        if ref.is_file():
            yield kind, f"{kind}.tsv", ref.read_text("utf-8")
        folder = data.joinpath(kind)
        if folder.is_dir():
            for part in sorted(folder.iterdir(), key=lambda r: r.name):
                if part.name.endswith(".tsv"):
                    yield kind, f"{kind}/{part.name}", part.read_text("utf-8")


def load_kb(extra_files: Iterable[Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base, plus the user's files (people-*.tsv, countries-*.tsv...)."""
    extra = list(extra_files)
    if not extra:
        return _packaged()
    base = _packaged()
    kb = KnowledgeBase(dict(base.countries),
                       {k: Organisation(o.id, o.names, list(o.roles))
                        for k, o in base.orgs.items()},
                       dict(base.subdivisions),
                       {k: Person(p.id, p.names, list(p.roles)) for k, p in base.people.items()},
                       dict(base.sectors), list(base.aliases), dict(base.ambiguous))
    for extra_path in extra:
        add_file(kb, extra_path.read_text("utf-8"), kind_of(extra_path), str(extra_path))
    return kb
