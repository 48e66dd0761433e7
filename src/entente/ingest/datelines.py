"""Datelines: where and when a story was filed, and by which agency.

Wire copy opens with a dateline: "CARACAS, Jan 5 (Reuters) -", "MADRID, 3 ene (EFE).-",
"KYIV, Ukraine (AP) —", "La Habana/", "BOGOTÁ.-". It is no part of the first sentence:
read as one, the city becomes the subject of the event ("HAVANA condemned..."). This module
finds a dateline at the start of a paragraph and says what it holds; places are resolved by
the caller. Pure text, no knowledge base.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Agencies news credits in datelines and bylines; also "(Agencia Sur)"-like names in
# parentheses, which the pattern takes whatever they are.
AGENCIES = (
    "Reuters", "AP", "Associated Press", "AFP", "EFE", "Europa Press", "dpa", "DPA", "ANSA",
    "Xinhua", "TASS", "Tass", "RIA Novosti", "Sputnik", "Bloomberg", "Kyodo", "Yonhap",
    "Anadolu", "IRNA", "Prensa Latina", "PL", "Notimex", "Télam", "Telam", "ANDES", "Andina",
    "AVN", "ABI", "NA", "Efe", "Afp", "Lusa", "Agencia Brasil", "Xinhua/", "CNN", "BBC",
    "UPI", "IANS", "PTI", "ANI", "Bernama", "Antara", "PNA", "KCNA", "WAFA", "SPA", "QNA",
    "WAM", "MENA", "APS", "MAP", "TAP", "APA", "Ukrinform", "Interfax", "BTA", "CTK", "PAP",
    "MTI", "HINA", "Tanjug", "Agerpres", "Belga", "ANP", "TT", "NTB", "Ritzau", "STT",
)
_AGENCY_NAMES = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))

# Latin capitals and small letters with the diacritics of place names ("CHIȘINĂU", "ŁÓDŹ",
# "İSTANBUL", "ÅRHUS")
_UPPER = "A-ZÁÉÍÓÚÑÜÇÃÕÂÊÔÀÈÌÒÙÄËÏÖÅÆØŒŠŽČĆĐŁŃŚŹŻĂÂȘȚŞŢİĞŐŰĚŘŮÝ"
_LOWER = "a-záéíóúñüçãõâêôàèìòùäëïöåæøœšžčćđłńśźżăâșțşţığőűěřůý"
# A place: words in capitals ("SAN JUAN", "KYIV") or in title case ("La Habana", "Ciudad
# de México"), with small joining words, at most five words.
_CAPS_PLACE = (rf"[{_UPPER}][{_UPPER}'’]*(?:-[{_UPPER}]+)*(?:\s+(?:DE\s+|DEL\s+|LA\s+|EL\s+|"
               rf"LOS\s+|OF\s+)?[{_UPPER}][{_UPPER}'’]*(?:-[{_UPPER}]+)*){{0,4}}")
_TITLE_PLACE = (rf"[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}]?[{_LOWER}]+)*(?:\s+(?:de\s+|del\s+|la\s+|"
                rf"el\s+|los\s+|las\s+|of\s+|do\s+|da\s+)?[{_UPPER}][{_LOWER}'’]+"
                rf"(?:-[{_UPPER}]?[{_LOWER}]+)*){{0,4}}")
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|"
          r"April|June|July|August|September|October|November|December|ene|feb|mar|abr|may|"
          r"jun|jul|ago|sep|sept|oct|nov|dic|enero|febrero|marzo|abril|mayo|junio|julio|"
          r"agosto|septiembre|setiembre|octubre|noviembre|diciembre)\.?")
_DAY = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?:de\s+)?{_MONTH}"
        rf"(?:\s+(?:de\s+)?\d{{4}})?)")
# (a hyphen that joins two words, "GREEK-OWNED", is no separator)
_SEP = r"(?:\s*(?:[—–]+|-{1,2}(?![^\W\d_])|\.\s*[—–-]+|\.-|\.—|/|:)\s*)"

_DATELINE = re.compile(
    rf"^(?P<lead>[ \t]*)"
    rf"(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})"
    rf"(?:,\s*(?P<region>{_CAPS_PLACE}|{_TITLE_PLACE}))?"
    rf"(?:,\s*(?P<day>{_DAY}))?"
    rf"(?:\s*\((?P<agency>[^()\n]{{1,40}})\))?"
    rf"(?P<sep>{_SEP})",
    re.M)
# A dateline of an agency alone: "(Reuters) -", "(EFE).-"
_AGENCY_ONLY = re.compile(rf"^(?P<lead>[ \t]*)\((?P<agency>{_AGENCY_NAMES})\)(?P<sep>{_SEP})",
                          re.M)


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline says; `start`/`end` are its character offsets in the text."""

    start: int
    end: int
    place: str | None  # the city (or other place) it was filed from, as written
    region: str | None  # the state, region or country written after it, if any
    day: str | None  # the day written in it ("Jan 5", "3 ene"), as written
    agency: str | None  # the agency named in parentheses

    @property
    def text(self) -> str:
        return " ".join(x for x in (self.place, self.region, self.day, self.agency) if x)


def find_datelines(text: str) -> Iterator[Dateline]:
    """Every dateline at the start of a paragraph of `text`, in order."""
    for m in _DATELINE.finditer(text):
        if _plausible(m):
            yield Dateline(m.start("place"), m.end(), m.group("place").strip(" ."),
                           m.group("region"), m.group("day"),
                           _agency(m.group("agency")))
    for m in _AGENCY_ONLY.finditer(text):
        yield Dateline(m.start("agency") - 1, m.end(), None, None, None, m.group("agency"))


def first_dateline(text: str, within: int = 400) -> Dateline | None:
    """The dateline that opens the story (in its first `within` characters), if any."""
    found = [d for d in find_datelines(text[:within + 120]) if d.start <= within]
    return min(found, key=lambda d: d.start) if found else None


def _agency(cell: str | None) -> str | None:
    if not cell:
        return None
    cell = cell.strip()
    return cell if cell and len(cell) <= 40 else None


def _plausible(m: re.Match[str]) -> bool:
    """A capitalised word followed by a dash is a dateline only if it looks like one: in
    capitals, or written with a region, a day, an agency, or the slash or ".-" that Spanish
    wires use ("La Habana/", "Madrid.-"). "Cuba - the island" is no dateline."""
    place, sep = m.group("place"), m.group("sep").strip()
    if m.group("agency") or m.group("day") or m.group("region"):
        return True
    if place.isupper() and len(place) > 2:
        return sep in ("—", "–", "-", "--", ".-", ".—", "/", ".–") or sep.startswith(".")
    return sep in ("/", ".-", ".—", ".–") or sep.startswith(".")
