"""Where a page of events lies, found from how many events match on each day.

Events are listed in the order of their day (their own date, else their article's; undated
ones first, or last when newest come first), then of their article, sentence and id. The
count of matches per day is one cheap grouped scan; it gives the total, and which days a
page of `limit` events from `offset` falls on, and how many of those days' events come
before it. Only the events of those days are then sorted: a deep page never sorts every
match, as LIMIT/OFFSET over the whole order does.

This is the way for tables without a row key (a run's Parquet views); where rows have one,
queries.event_page finds the same span in SQL, in the one statement that reads the page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class DaySpan:
    """The days a page falls on: dated days from `first` to `last` (both None when it
    holds none), undated events if `undated`; the page starts after `skip` of them."""

    first: date | None
    last: date | None
    undated: bool
    skip: int


def day_span(per_day: Mapping[date | None, int], offset: int, limit: int,
             descending: bool = False) -> DaySpan | None:
    """The span of days that holds matches `offset` to `offset + limit - 1` in the order
    above (`per_day`: matches per day, None for undated); None when the page is empty."""
    dated = sorted((d for d in per_day if d is not None), reverse=descending)
    order: list[date | None] = [*dated, None] if descending else [None, *dated]
    before = 0  # matches on the days before the span
    through = 0  # ... and on the days up to the last one chosen
    chosen: list[date | None] = []
    for day in order:
        n = per_day.get(day, 0)
        if not n:
            continue
        through += n
        if through <= offset:
            before = through
            continue
        chosen.append(day)
        if through >= offset + limit:
            break
    if not chosen or limit <= 0:
        return None
    days = [d for d in chosen if d is not None]
    return DaySpan(min(days, default=None), max(days, default=None), None in chosen,
                   offset - before)
