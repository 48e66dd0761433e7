"""The words every room shares, defined once: languages, periods, modalities and the
"happened" rule, the history window, the default database, the coding batch size, accent
folding and date parsing.

Nothing here imports another entente module; every other room may import this one.
"""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Literal, get_args

# -- languages ----------------------------------------------------------------------------

Language = Literal["en", "es"]
LANGUAGES: tuple[str, ...] = get_args(Language)  # the languages entente codes

# -- periods ------------------------------------------------------------------------------

Period = Literal["day", "week", "month", "quarter"]
PERIODS: tuple[str, ...] = get_args(Period)


def check_period(period: str) -> str:
    """`period` if it is one of PERIODS; ValueError naming them otherwise."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    return period


def next_period(day: date, period: str) -> date:
    """The first day of the period after the one starting on `day`."""
    if period == "day":
        return day + timedelta(days=1)
    if period == "week":
        return day + timedelta(days=7)
    months = {"month": 1, "quarter": 3}[check_period(period)]
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


def period_range(first: date, last: date, period: str) -> list[date]:
    """The starts of every period from `first` to `last`, both included."""
    out = [first]
    while out[-1] < last:
        out.append(next_period(out[-1], period))
    return out


def period_label(day: date, period: str) -> str:
    """How a period is named on charts and tables: 2026-01, 2026 Q1, 2026-01-05."""
    if period in ("day", "week"):
        return day.isoformat()
    if period == "quarter":
        return f"{day.year} Q{(day.month - 1) // 3 + 1}"
    return day.strftime("%Y-%m")


# -- modality -----------------------------------------------------------------------------


class Modality(StrEnum):
    """Whether an event happened, as the sentence tells it."""

    ASSERTED = "asserted"  # stated as fact by the outlet
    REPORTED = "reported"  # stated as fact by someone the outlet quotes
    NEGATED = "negated"  # "has not announced", "denied that ..."
    HYPOTHETICAL = "hypothetical"  # conditionals, "would", "could"
    PLANNED = "planned"  # futures, plans, expectations
    QUESTION = "question"
    RUMOURED = "rumoured"  # "reportedly", "allegedly", "según fuentes"

    @property
    def happened(self) -> bool:
        """True for the modalities that counts and series use by default."""
        return self in HAPPENED

    @staticmethod
    def selection(name: str) -> tuple[Modality, ...] | None:
        """A filter by name (one of MODALITY_NAMES): "happened" (asserted or reported),
        "all" (None: no filter), or one modality's value. Raises ValueError otherwise."""
        if name == "happened":
            return HAPPENED
        if name == "all":
            return None
        return (Modality(name),)


# The "happened" rule: what counts, series and shifts use unless told otherwise.
HAPPENED: tuple[Modality, ...] = (Modality.ASSERTED, Modality.REPORTED)
MODALITY_NAMES: tuple[str, ...] = ("happened", "all", *(m.value for m in Modality))
ModalityName = Literal["happened", "all", "asserted", "reported", "negated", "hypothetical",
                       "planned", "question", "rumoured"]
assert get_args(ModalityName) == MODALITY_NAMES


def happened_sql(column: str = "modality") -> str:
    """The "happened" rule as a SQL condition (the values are ours, never user text)."""
    return f"{column} IN ({', '.join(repr(m.value) for m in HAPPENED)})"


# -- time ---------------------------------------------------------------------------------

# An event dated long before its article is a mention of history ("the agreement signed in
# 2000"), not news of the period: series and shifts leave those out.
HISTORY_DAYS = 92


def parse_date(value: object) -> date | None:
    """A date from 'YYYY-MM-DD', an ISO datetime, or a date/datetime; None if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


# -- text ---------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lowercase, without accents, one kind of apostrophe: how names are matched."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


# -- running ------------------------------------------------------------------------------

DEFAULT_DB = "entente.duckdb"
DB_ENV = "ENTENTE_DB"
BATCH_SIZE = 16  # articles coded together (spaCy parses their sentences in one pipe)


def default_db() -> str:
    """$ENTENTE_DB if set, else entente.duckdb in the current folder (a DuckDB file path or
    a postgresql:// address)."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


# -- links --------------------------------------------------------------------------------


def safe_url(url: str | None) -> str | None:
    """An article's address if it is http(s); anything else (javascript:, data:) is
    dropped, since it would run in the reader's browser when followed. Every link entente
    writes (dashboard, API, report) goes through this rule."""
    if not url:
        return None
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None
