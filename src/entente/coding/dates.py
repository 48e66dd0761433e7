"""Event dates from the sentence, resolved against the publication date.

Explicit ("on January 3rd", "3 January 2026", "el 3 de enero de 2026", "en enero de 2026")
and relative ("yesterday", "on Saturday", "el pasado sábado", "last week", "la semana
pasada") expressions, each with its precision (day, week, month, year). A date after the
publication day with no year is taken to be in the previous year ("on December 30" in an
article of 2 January).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from entente.coding.hints import lowered, may_hold

MONTHS: dict[str, int] = {}
for _i, _names in enumerate([
    ("january", "jan", "enero"), ("february", "feb", "febrero"), ("march", "mar", "marzo"),
    ("april", "apr", "abril"), ("may", "mayo"), ("june", "jun", "junio"),
    ("july", "jul", "julio"), ("august", "aug", "agosto"),
    ("september", "sep", "sept", "septiembre", "setiembre"), ("october", "oct", "octubre"),
    ("november", "nov", "noviembre"), ("december", "dec", "diciembre"),
], start=1):
    for _n in _names:
        MONTHS[_n] = _i

WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate([
    ("monday", "lunes"), ("tuesday", "martes"), ("wednesday", "miércoles", "miercoles"),
    ("thursday", "jueves"), ("friday", "viernes"), ("saturday", "sábado", "sabado"),
    ("sunday", "domingo"),
]):
    for _n in _names:
        WEEKDAYS[_n] = _i

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6}
_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "día": "day",
          "semana": "week", "mes": "month", "año": "year"}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|º|°)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 3 de enero de 2026 / el 3 de enero
    ("d_de_m", re.compile(rf"\b(\d{{1,2}}){_ORD}\s+de\s+({_MONTH})(?:\s+(?:de|del)\s+(\d{{4}}))?\b",
                          re.I)),
    # January 3rd, 2026 / Jan. 3
    ("m_d", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?\b", re.I)),
    # 3 January 2026 / 3rd of January
    ("d_m", re.compile(rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH})(?:,?\s+(\d{{4}}))?\b", re.I)),
    # the 3rd (of this month): "Since the 3rd"
    ("the_d", re.compile(r"\b(?:the\s+(\d{1,2})(?:st|nd|rd|th)|el\s+día\s+(\d{1,2}))\b"
                         r"(?!\s*(?:de|of)\b)", re.I)),
    # en enero de 2026 / in January 2026 / in January
    ("m_y", re.compile(rf"\b(?:in|en|during|durante|since|desde)\s+({_MONTH})"
                       rf"(?:\s+(?:de\s+|of\s+)?(\d{{4}}))?\b", re.I)),
    ("yesterday", re.compile(r"\b(yesterday|ayer)\b", re.I)),
    ("today", re.compile(r"\b(today|hoy|this morning|esta mañana)\b", re.I)),
    ("last_weekday", re.compile(rf"\b(?:el\s+pasado|last|this\s+past)\s+({_WEEKDAY})\b"
                                rf"|\bel\s+({_WEEKDAY})\s+pasado\b", re.I)),
    ("weekday", re.compile(rf"\b(?:on|el|este|this)\s+({_WEEKDAY})\b", re.I)),
    ("ago", re.compile(r"\b(\d+|an?|one|two|three|four|five|six)\s+(day|week|month|year)s?\s+ago\b"
                       r"|\bhace\s+(\d+|un|una|dos|tres|cuatro|cinco|seis)\s+(día|semana|mes|año)"
                       r"(?:s|es)?\b", re.I)),
    ("last_week", re.compile(r"\b(last week|la semana pasada|la pasada semana)\b", re.I)),
    ("last_month", re.compile(r"\b(last month|el mes pasado)\b", re.I)),
]


# The kinds whose expressions always hold a digit: not looked for in a sentence with none
_WITH_DIGITS = frozenset({"d_de_m", "m_d", "d_m", "the_d"})
_DIGIT = re.compile(r"\d")


def _least(words: list[str]) -> tuple[str, ...]:
    """The words none of the others is part of ("jan", not "january" as well)."""
    return tuple(w for w in words if not any(o != w and o in w for o in words))


# Words one of which every expression of a kind holds, looked for before the kind's
# pattern runs (coding/hints.py; a kind not listed always runs).
_MONTH_WORDS = _least(list(MONTHS))
_WEEKDAY_WORDS = _least(list(WEEKDAYS))
_HINTS: dict[str, tuple[str, ...]] = {
    "d_de_m": _MONTH_WORDS, "m_d": _MONTH_WORDS, "d_m": _MONTH_WORDS, "m_y": _MONTH_WORDS,
    "yesterday": ("yesterday", "ayer"), "today": ("today", "hoy", "this morning", "esta mañana"),
    "last_weekday": _WEEKDAY_WORDS, "weekday": _WEEKDAY_WORDS, "ago": ("ago", "hace"),
    "last_week": ("last week", "semana pasada", "pasada semana"),
    "last_month": ("last month", "mes pasado"),
}


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    day: date
    precision: str  # day | week | month | year
    text: str
    start: int  # offset in the sentence


def find_dates(sentence: str, published: date | None) -> list[ResolvedDate]:
    """Every date expression in the sentence that resolves, in order of appearance."""
    return list(_find_dates(sentence, published))


@lru_cache(maxsize=256)
def _find_dates(sentence: str, published: date | None) -> tuple[ResolvedDate, ...]:
    found: list[ResolvedDate] = []
    taken: list[tuple[int, int]] = []
    digits = _DIGIT.search(sentence) is not None
    low = lowered(sentence)
    hinted: dict[tuple[str, ...], bool] = {}
    for kind, pattern in _PATTERNS:
        if kind in _WITH_DIGITS and not digits:
            continue
        hints = _HINTS.get(kind)
        if hints is not None:
            if hints not in hinted:
                hinted[hints] = may_hold(low, hints)
            if not hinted[hints]:
                continue
        for m in pattern.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            resolved = _resolve(kind, m, published)
            if resolved is not None:
                day, precision = resolved
                found.append(ResolvedDate(day, precision, m.group(0), m.start()))
                taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def event_date(sentence: str, trigger_offset: int,
               published: date | None) -> tuple[date | None, str | None]:
    """The date of the event whose trigger sits at `trigger_offset` in the sentence:
    the nearest date expression, else the publication date."""
    dates = find_dates(sentence, published)
    if dates:
        best = min(dates, key=lambda d: abs(d.start - trigger_offset))
        return best.day, best.precision
    return published, "published" if published else None


def _resolve(kind: str, m: re.Match[str], pub: date | None) -> tuple[date, str] | None:
    g = m.groups()
    try:
        if kind in ("d_de_m", "d_m"):
            return _day(int(g[0]), MONTHS[g[1].lower()], g[2], pub)
        if kind == "m_d":
            return _day(int(g[1]), MONTHS[g[0].lower()], g[2], pub)
        if kind == "the_d":
            num = int(g[0] or g[1])
            if pub is None:
                return None
            d = pub.replace(day=num)
            if d > pub:  # "the 28th" in an article of the 3rd: last month
                prev = pub.replace(day=1) - timedelta(days=1)
                d = prev.replace(day=num)
            return d, "day"
        if kind == "m_y":
            month = MONTHS[g[0].lower()]
            if g[1]:
                return date(int(g[1]), month, 1), "month"
            if pub is None:
                return None
            year = pub.year if month <= pub.month else pub.year - 1
            return date(year, month, 1), "month"
        if pub is None:
            return None
        if kind == "yesterday":
            return pub - timedelta(days=1), "day"
        if kind == "today":
            return pub, "day"
        if kind in ("weekday", "last_weekday"):
            # news speaks of the past: "on Saturday" in a Saturday paper is that day,
            # "last Saturday" / "el pasado sábado" the one before
            back = (pub.weekday() - WEEKDAYS[(g[0] or g[1]).lower()]) % 7
            if kind == "last_weekday" and back == 0:
                back = 7
            return pub - timedelta(days=back), "day"
        if kind == "ago":
            count = _NUMBERS.get((g[0] or g[2]).lower()) or int(g[0] or g[2])
            unit = _UNITS[(g[1] or g[3]).lower()]
            if unit == "month":
                month = pub.month - count
                year = pub.year + (month - 1) // 12
                return date(year, (month - 1) % 12 + 1, 1), "month"
            if unit == "year":
                return date(pub.year - count, 1, 1), "year"
            days = count * (7 if unit == "week" else 1)
            return pub - timedelta(days=days), unit
        if kind == "last_week":
            return pub - timedelta(days=7 + pub.weekday()), "week"
        if kind == "last_month":
            first = pub.replace(day=1) - timedelta(days=1)
            return first.replace(day=1), "month"
    except (ValueError, KeyError):
        return None
    return None


def _day(day: int, month: int, year: str | None, pub: date | None) -> tuple[date, str] | None:
    if year:
        return date(int(year), month, day), "day"
    if pub is None:
        return None
    d = date(pub.year, month, day)
    if d > pub + timedelta(days=1):  # no year and after publication: last year
        d = date(pub.year - 1, month, day)
    return d, "day"
