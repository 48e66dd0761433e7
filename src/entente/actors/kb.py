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

from entente.errors import DataFileError

KINDS = ("countries", "organisations", "people", "sectors", "regions", "ambiguous")
HEADERS: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "names_en", "names_es", "demonyms_en", "demonyms_es", "capitals",
                  "nicknames"),
    "organisations": ("code", "names_en", "names_es", "country", "sector"),
    "people": ("id", "names", "country", "sector", "role", "start", "end"),
    "sectors": ("lang", "words", "sector", "note"),
    "regions": ("names", "note"),
    "ambiguous": ("name", "unless", "instead", "note"),
}


@dataclass(frozen=True, slots=True)
class Role:
    country: str | None
    sector: str | None
    role: str
    start: date | None
    end: date | None

    @property
    def code(self) -> str | None:
        """Country + sector, or for an international official the organisation's code
        written at the end of the role ("UN Secretary-General (IGOUNO)")."""
        if self.country:
            return self.country + (self.sector or "")
        m = re.search(r"\(([A-Z]{3,12})\)\s*$", self.role)
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
        held = [r for r in self.roles if r.holds_on(day)]
        return max(held, key=lambda r: r.start or date.min) if held else None


@dataclass(frozen=True, slots=True)
class Alias:
    """One name that points at an entry: kind is country|capital|demonym|nickname|org|person,
    or region (a place name that contains a country's name but is not the country)."""

    text: str
    kind: str
    key: str  # iso3, organisation code or person id
    lang: str | None = None  # the language of the name; None for names of any language


@dataclass(slots=True)
class KnowledgeBase:
    countries: dict[str, str] = field(default_factory=dict)  # iso3 -> English name
    orgs: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    sectors: dict[tuple[str, str], str] = field(default_factory=dict)  # (lang, word) -> sector
    aliases: list[Alias] = field(default_factory=list)
    # name -> (words that, near it, mean it is not its usual entry, what it means then)
    ambiguous: dict[str, tuple[tuple[str, ...], str | None]] = field(default_factory=dict)
    _matchers: dict[str | None, tuple[re.Pattern[str], re.Pattern[str]]] = field(
        default_factory=dict)
    _by_text: dict[str, list[Alias]] = field(default_factory=dict)

    def sector_of(self, word: str, lang: str) -> str | None:
        return self.sectors.get((lang, word.lower()))

    def find(self, text: str, lang: str | None = None) -> list[tuple[int, int, Alias]]:
        """Every alias found in `text` (longest first at each place), as (start, end, alias).

        Names with a capital letter match case-sensitively ("US" never matches "us");
        lowercase names (Spanish demonyms) match in any case, but only in their own
        language (Spanish "china" is Chinese; English "china" is porcelain).
        """
        sensitive, insensitive = self._index(lang)
        found: list[tuple[int, int, Alias]] = []
        taken: list[tuple[int, int]] = []
        hits = [(m.start(), m.end(), m.group(0), False) for m in sensitive.finditer(text)]
        hits += [(m.start(), m.end(), m.group(0), True) for m in insensitive.finditer(text)]
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        for start, end, surface, folded in hits:
            if any(s < end and start < e for s, e in taken):
                continue
            aliases = self._by_text.get(surface.casefold() if folded else surface, [])
            if folded:
                aliases = [a for a in aliases if lang is None or a.lang in (None, lang)]
            if aliases:
                taken.append((start, end))
                found.extend((start, end, a) for a in aliases)
        return found

    def _index(self, lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
        if lang not in self._matchers:
            self._by_text = {}
            upper, lower = set(), set()
            for a in self.aliases:
                if a.text != a.text.lower():
                    self._by_text.setdefault(a.text, []).append(a)
                    upper.add(a.text)
                else:
                    self._by_text.setdefault(a.text.casefold(), []).append(a)
                    if lang is None or a.lang in (None, lang):
                        lower.add(a.text)
            self._matchers[lang] = (_alternation(upper, 0), _alternation(lower, re.IGNORECASE))
        return self._matchers[lang]

    def add_aliases(self, texts: Iterable[str], kind: str, key: str,
                    lang: str | None = None) -> None:
        for t in texts:
            self.aliases.append(Alias(t, kind, key, lang))
        self._matchers = {}


def _alternation(words: set[str], flags: int) -> re.Pattern[str]:
    if not words:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", flags)


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
    """Rows of one KB file as (line number, column -> cell); checks the header and widths."""
    header = HEADERS[kind]
    seen_header = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if not seen_header:
            if tuple(c.strip() for c in cells) != header:
                raise DataFileError(name, lineno, f"header must be: {' '.join(header)}")
            seen_header = True
            continue
        if len(cells) > len(header):
            raise DataFileError(name, lineno, f"{len(cells)} cells, expected {len(header)}")
        cells += [""] * (len(header) - len(cells))
        yield lineno, dict(zip(header, (c.strip() for c in cells), strict=True))


_CODE = re.compile(r"[A-Z]{3}")


def add_file(kb: KnowledgeBase, text: str, kind: str, name: str) -> None:
    """Merge one KB file of `kind` into `kb`; raises DataFileError naming the bad line."""
    for lineno, row in parse_rows(text, kind, name):
        if kind == "countries":
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
        elif kind == "organisations":
            code = row["code"]
            if not re.fullmatch(r"[A-Z]{3,9}", code):
                raise DataFileError(name, lineno, f"code {code!r} must be 3-9 capital letters")
            names = _split(row["names_en"]) + _split(row["names_es"])
            if not names:
                raise DataFileError(name, lineno, f"organisation {code} has no name")
            kb.orgs[code] = (row["country"] or None, row["sector"] or None)
            kb.add_aliases(_split(row["names_en"]), "org", code, "en")
            kb.add_aliases(_split(row["names_es"]), "org", code, "es")
        elif kind == "people":
            pid = row["id"]
            if not pid:
                raise DataFileError(name, lineno, "person without an id")
            for col in ("country", "sector"):
                if row[col] and not _CODE.fullmatch(row[col]):
                    raise DataFileError(name, lineno, f"{col} {row[col]!r} is not 3 capitals")
            person = kb.people.get(pid)
            if person is None:
                person_names = tuple(_split(row["names"]))
                if not person_names:
                    raise DataFileError(name, lineno, f"person {pid} has no name")
                person = kb.people[pid] = Person(pid, person_names)
                kb.add_aliases(person_names, "person", pid)
            person.roles.append(Role(row["country"] or None, row["sector"] or None, row["role"],
                                     _date(row["start"], name, lineno, end=False),
                                     _date(row["end"], name, lineno, end=True)))
        elif kind == "regions":
            kb.add_aliases(_split(row["names"]), "region", "")
        elif kind == "ambiguous":
            if not row["name"] or not row["unless"]:
                raise DataFileError(name, lineno, "an ambiguous name needs its clue words")
            instead = row["instead"] or None
            if instead and not re.fullmatch(r"[A-Z]{3,12}", instead):
                raise DataFileError(name, lineno, f"instead {instead!r} is not an actor code")
            kb.ambiguous[row["name"]] = (tuple(w.lower() for w in _split(row["unless"])),
                                         instead)
        else:
            lang, sector = row["lang"], row["sector"]
            if lang not in ("en", "es") and len(lang) != 2:
                raise DataFileError(name, lineno, f"lang {lang!r} is not a two-letter code")
            if not _CODE.fullmatch(sector):
                raise DataFileError(name, lineno, f"sector {sector!r} is not 3 capitals")
            for word in _split(row["words"]):
                kb.sectors[(lang, word.lower())] = sector


def kind_of(path: Path) -> str:
    """The KB kind a user file holds, from its name (countries*.tsv, people*.tsv, ...)."""
    for kind in KINDS:
        if path.name.startswith(kind) or path.name.startswith(kind.rstrip("s")):
            return kind
    raise DataFileError(str(path), 0, "cannot tell the kind of actor file from its name; "
                        f"start the name with one of: {', '.join(KINDS)}")


@cache
def _packaged() -> KnowledgeBase:
    kb = KnowledgeBase()
    data = resources.files("entente.actors").joinpath("data")
    for kind in KINDS:
        ref = data.joinpath(f"{kind}.tsv")
        if ref.is_file():
            add_file(kb, ref.read_text("utf-8"), kind, f"{kind}.tsv")
    return kb


def load_kb(extra_files: Iterable[Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base, plus the user's files (people-*.tsv, countries-*.tsv...)."""
    extra = list(extra_files)
    if not extra:
        return _packaged()
    base = _packaged()
    kb = KnowledgeBase(dict(base.countries), dict(base.orgs),
                       {k: Person(p.id, p.names, list(p.roles)) for k, p in base.people.items()},
                       dict(base.sectors), list(base.aliases), dict(base.ambiguous))
    for extra_path in extra:
        add_file(kb, extra_path.read_text("utf-8"), kind_of(extra_path), str(extra_path))
    return kb
