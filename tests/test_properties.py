"""Property tests of the round trips: an Event through its JSON shape, its flat row and
the store; dates through the shared date parser. They need hypothesis (a dev dependency);
without it they are skipped."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

hypothesis = pytest.importorskip("hypothesis")
st = pytest.importorskip("hypothesis.strategies")

from entente.columns import flat, unflat  # noqa: E402
from entente.records import Actor, Article, Event, Modality, Place  # noqa: E402
from entente.store import EventQuery  # noqa: E402
from entente.store.duck import DuckStore  # noqa: E402
from entente.vocabulary import parse_date  # noqa: E402

hypothesis.settings.register_profile(
    "entente", deadline=None, max_examples=60,
    suppress_health_check=[hypothesis.HealthCheck.too_slow,
                           hypothesis.HealthCheck.data_too_large])
hypothesis.settings.load_profile("entente")

text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)
maybe_text = st.none() | text
code = st.none() | st.from_regex(r"[A-Z]{3}[A-Z]{0,3}", fullmatch=True)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
actors = st.builds(Actor, text=text, code=code, country=code, sector=maybe_text,
                   kb_id=maybe_text, how=maybe_text)
places = st.builds(Place, name=text, country=code, admin1=maybe_text,
                   latitude=st.none() | st.floats(-90, 90, allow_nan=False),
                   longitude=st.none() | st.floats(-180, 180, allow_nan=False),
                   geonameid=st.none() | st.integers(1, 2**40),
                   precision=st.sampled_from(["city", "country"]), how=maybe_text)
events = st.builds(
    Event, article_id=st.from_regex(r"[a-f0-9]{16}", fullmatch=True),
    sentence_index=st.integers(0, 500), evidence=text, span_start=st.integers(0, 10_000),
    span_end=st.integers(0, 10_000), source=actors, target=st.none() | actors,
    cameo=st.from_regex(r"[0-2][0-9]{1,3}", fullmatch=True),
    root=st.from_regex(r"[0-2][0-9]", fullmatch=True), plover=maybe_text,
    goldstein=st.floats(-10, 10, allow_nan=False), quad_class=st.integers(1, 4),
    trigger=text, modality=st.sampled_from(list(Modality)), date=st.none() | days,
    date_precision=st.none() | st.sampled_from(["day", "month", "year", "published"]),
    published=st.none() | days, asserted_by=maybe_text, mentions=st.integers(1, 50),
    lang=st.none() | st.sampled_from(["en", "es"]), plover_mode=maybe_text,
    place=st.none() | places, num_articles=st.integers(1, 9), num_sources=st.integers(1, 9),
    story_id=maybe_text, credited_source=maybe_text, intended=st.none() | code)


@hypothesis.given(events)
def test_an_event_survives_its_json_shape(e: Event) -> None:
    assert Event.from_dict(e.to_dict()) == e


@hypothesis.given(events)
def test_an_event_survives_its_flat_row(e: Event) -> None:
    assert unflat(Event, flat(e)) == e


@hypothesis.settings(max_examples=40, deadline=None)
@hypothesis.given(st.lists(events, min_size=1, max_size=4,
                           unique_by=lambda e: replace(e, article_id="a").id))
def test_events_survive_the_store(found: list[Event]) -> None:
    with DuckStore(":memory:") as store:
        article = Article(id="a", text="t", content_hash="h")
        stored = [replace(e, article_id="a") for e in found]
        assert store.add_article(article, stored)
        back = store.events(EventQuery(modalities=None, limit=None))
    assert sorted(back, key=lambda e: e.id) == sorted(
        (replace(e, story_id="a") for e in stored), key=lambda e: e.id)


@hypothesis.given(days)
def test_a_date_survives_the_date_parser(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.isoformat()}T10:30:00Z") == day
