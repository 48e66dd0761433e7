"""Pages of events found from the count per day (Store.event_page: in one statement by
the store's row key, or in three by store/pages.py where rows have none): the same
events, in the same order, with the same total, as LIMIT/OFFSET over the whole order."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from entente.records import Actor, Article, Modality
from entente.store import EventQuery
from entente.store.base import Store
from entente.store.pages import DaySpan, day_span
from tests.test_records import make_event

D1, D2, D3 = date(2025, 1, 1), date(2025, 1, 2), date(2025, 1, 5)


def test_a_span_covers_the_days_of_the_page_and_skips_the_days_before() -> None:
    per_day = {None: 2, D1: 3, D2: 1, D3: 4}  # order: undated, D1, D2, D3
    assert day_span(per_day, 0, 1) == DaySpan(None, None, True, 0)
    assert day_span(per_day, 0, 3) == DaySpan(D1, D1, True, 0)
    assert day_span(per_day, 2, 3) == DaySpan(D1, D1, False, 0)
    assert day_span(per_day, 4, 3) == DaySpan(D1, D3, False, 2)
    assert day_span(per_day, 9, 5) == DaySpan(D3, D3, False, 3)
    assert day_span(per_day, 10, 5) is None  # past the last match
    # newest first: D3, D2, D1, then the undated
    assert day_span(per_day, 0, 4, descending=True) == DaySpan(D3, D3, False, 0)
    assert day_span(per_day, 5, 3, descending=True) == DaySpan(D1, D1, False, 0)
    assert day_span(per_day, 7, 3, descending=True) == DaySpan(D1, D1, True, 2)
    assert day_span({}, 0, 10) is None


def seed(store: Store) -> None:
    """Events on a few days, several on one day in two articles, some undated (neither
    their own date nor their article's), one of another dyad, one negated."""
    cub, ven, usa = (Actor(c, c, c) for c in ("CUB", "VEN", "USA"))
    arts = [("p1", date(2025, 1, 2)), ("p2", date(2025, 1, 2)), ("p3", None),
            ("p4", date(2025, 2, 1))]
    for aid, published in arts:
        article = Article(id=aid, text=f"text of {aid}", published=published, lang="en",
                          content_hash=aid)
        events = []
        for i in range(4):
            own = [None, date(2025, 1, 2), date(2024, 12, 30), None][i]
            events.append(make_event(
                article_id=aid, sentence_index=i, published=published, date=own,
                source=(cub, ven, usa, cub)[i], target=(ven, cub, cub, ven)[i],
                cameo=("057", "042", "173", "036")[i],
                modality=Modality.NEGATED if (aid, i) == ("p2", 3) else Modality.ASSERTED))
        assert store.add_article(article, events)


@pytest.mark.parametrize("keyed", [True, False], ids=["one statement", "by days"])
@pytest.mark.parametrize("query", [EventQuery(), EventQuery(dyad=("CUB", "VEN")),
                                   EventQuery(modalities=None), EventQuery(cameo="05"),
                                   EventQuery(cameo="99")])
def test_every_page_is_the_page_of_limit_and_offset(store: Store, query: EventQuery,
                                                    keyed: bool) -> None:
    seed(store)
    assert store.ROW_KEY is not None
    if not keyed:
        store.ROW_KEY = None  # as for a run's Parquet views
    whole = store.events(replace(query, limit=None))
    assert len(whole) >= 4 or query.cameo == "99"  # ... and a query that matches nothing
    for descending in (False, True):
        everything = store.events(replace(query, limit=None, descending=descending))
        for limit in (1, 3, 7):
            for offset in range(len(whole) + 2):
                asked = replace(query, limit=limit, offset=offset, descending=descending)
                events, total = store.event_page(asked)
                assert total == store.count_events(query) == len(whole)
                assert events == everything[offset:offset + limit] == store.events(asked)


def test_a_page_without_a_limit_is_every_match(store: Store) -> None:
    seed(store)
    query = EventQuery(dyad=("CUB", "VEN"), limit=None)
    events, total = store.event_page(query)
    assert events == store.events(query) and total == len(events) > 3
