"""Dyad series, shifts (on synthetic dyads with planted changes) and the HTML report."""

from __future__ import annotations

import random
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from entente.analysis.series import dyad_series, period_range
from entente.analysis.shifts import ShiftParams, dyad_shifts, find_shifts
from entente.analysis.synthetic import months_apart, synthetic_dyad
from entente.records import Actor, Article, Modality
from entente.render.report import render_report
from entente.services.relations import Relations
from entente.store.base import Store
from tests.test_records import make_event

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


def article(i: int, day: date) -> Article:
    return Article(id=f"a{i}", text=f"text {i}", published=day, lang="en",
                   source_format="text", content_hash=f"h{i}", url=f"https://x.example/{i}",
                   outlet="Ledger")


def fill(store: Store) -> None:
    cub, ven = Actor("Cuba", "CUB", "CUB"), Actor("Venezuela", "VEN", "VEN")
    rows = [  # (article day, event day, source, target, goldstein, quad, modality)
        (date(2025, 1, 10), date(2025, 1, 9), cub, ven, 8.0, 1, Modality.ASSERTED),
        (date(2025, 1, 20), date(2025, 1, 20), ven, cub, 3.4, 1, Modality.REPORTED),
        (date(2025, 3, 5), date(2025, 3, 5), ven, cub, -5.0, 4, Modality.ASSERTED),
        (date(2025, 3, 6), date(2025, 3, 6), ven, cub, -4.0, 4, Modality.NEGATED),  # not counted
        (date(2025, 3, 7), date(2000, 10, 30), cub, ven, 8.0, 1, Modality.ASSERTED),  # history
    ]
    for i, (pub, day, s, t, g, q, m) in enumerate(rows):
        e = make_event(article_id=f"a{i}", source=s, target=t, goldstein=g, quad_class=q,
                       date=day, published=pub, modality=m)
        store.add_article(article(i, pub), [e])
    store.add_article(article(99, date(2025, 3, 1)), [])  # a busy month: one more article


def test_dyad_series_directions_gaps_and_normalisation(store: Store) -> None:
    fill(store)
    s = dyad_series(store, "cub", "ven", "month")
    both = s.points["both"]
    assert [p.period for p in both] == [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)]
    assert [p.events for p in both] == [2, 0, 1]  # negated and historical events left out
    assert [p.events for p in s.points["a->b"]] == [1, 0, 0]
    assert [p.events for p in s.points["b->a"]] == [1, 0, 1]
    assert both[0].goldstein_sum == 11.4 and both[0].goldstein_mean == 5.7
    assert both[2].quad_counts == (0, 0, 0, 1)
    assert both[0].articles == 2 and both[2].articles == 4
    assert both[2].events_per_100_articles == 25.0


def test_period_range_handles_quarters_and_year_ends() -> None:
    assert period_range(date(2025, 10, 1), date(2026, 4, 1), "quarter") == [
        date(2025, 10, 1), date(2026, 1, 1), date(2026, 4, 1)]


@pytest.mark.slow
def test_detector_finds_planted_changes_within_one_month() -> None:
    from shifts import measure  # benchmarks/shifts.py: the same measurement, smaller

    result = measure(dyads=90, seed=11, params=ShiftParams())
    assert result["recall"] >= 0.9 and result["precision"] >= 0.9, result


@pytest.mark.slow
def test_no_change_means_no_shift() -> None:
    rng = random.Random(3)
    quiet = [synthetic_dyad(rng, n_changes=0) for _ in range(20)]
    found = sum(len(dyad_shifts(d.events, "AAA", "BBB", ShiftParams())) for d in quiet)
    assert found <= 1


def test_a_shift_is_explained_by_the_events_after_it() -> None:
    planted = synthetic_dyad(random.Random(5), n_changes=1)
    (shift,) = dyad_shifts(planted.events, "AAA", "BBB", ShiftParams())
    assert months_apart(shift.date, planted.changes[0]) <= 1
    assert len(shift.drivers) == 5
    assert all(e.date is not None and e.date >= shift.date for e in shift.drivers)
    moved = [e.goldstein - shift.before for e in shift.drivers]
    assert all(m * shift.delta > 0 for m in moved)  # each driver pulls the way it moved


@pytest.mark.slow
def test_report_is_self_contained_with_charts_network_and_evidence(store: Store) -> None:
    planted = synthetic_dyad(random.Random(5), n_changes=1)
    for i, e in enumerate(planted.events):
        ev = make_event(article_id=f"s{i}", source=Actor("Cuba", "CUB", "CUB"),
                        target=Actor("Venezuela", "VEN", "VEN"), cameo=e.cameo, root=e.root,
                        goldstein=e.goldstein, quad_class=e.quad_class, date=e.date,
                        published=e.date, evidence=f"Evidence sentence {i}.")
        store.add_article(Article(id=f"s{i}", text=str(i), published=e.date, lang="en",
                                  content_hash=f"s{i}", url=f"https://news.example/{i}",
                                  outlet="Ledger"), [ev])
    assert find_shifts(store)
    html = render_report(Relations(store).report(title="Test report"))
    assert html.startswith("<!doctype html>") and "<script" not in html
    # nothing to fetch: the only addresses are the articles' own links
    assert set(re.findall(r"(?:src|href)=[\"'](https?://[^/'\"]+)", html)) == {
        "https://news.example"}
    assert 'data-dyad="CUB-VEN"' in html and "<rect class='bar " in html
    assert "stroke-dasharray" in html  # the shift is marked on the chart
    assert "Network of relations" in html and "<circle" in html
    assert "Evidence sentence" in html and "https://news.example/" in html


@pytest.mark.slow
def test_report_links_go_through_the_dashboards_safe_url_rule(store: Store) -> None:
    """The report once linked `javascript:` addresses that the dashboard drops."""
    planted = synthetic_dyad(random.Random(5), n_changes=1)
    for i, e in enumerate(planted.events):
        ev = make_event(article_id=f"s{i}", source=Actor("Cuba", "CUB", "CUB"),
                        target=Actor("Venezuela", "VEN", "VEN"), cameo=e.cameo, root=e.root,
                        goldstein=e.goldstein, quad_class=e.quad_class, date=e.date,
                        published=e.date, evidence=f"Evidence sentence {i}.")
        url = "javascript:alert(1)" if i % 2 else f"https://news.example/{i}"
        store.add_article(Article(id=f"s{i}", text=str(i), published=e.date, lang="en",
                                  content_hash=f"s{i}", url=url, outlet=f"Outlet {i}"), [ev])
    html = render_report(Relations(store).report(title="Test report"))
    assert "javascript:" not in html.lower()
    assert "https://news.example/" in html
    # a driver whose article's address is unsafe is still named, without a link
    assert re.search(r"<td>Outlet \d*[13579]</td>", html)


def test_the_compiled_search_finds_the_breakpoints_pelt_found() -> None:
    """KernelCPD (linear kernel, in C) replaced ruptures' Python PELT with the same cost."""
    import numpy as np
    import ruptures as rpt

    from entente.analysis.shifts import change_points

    rng = random.Random(17)
    params = ShiftParams()
    for i in range(12):
        signal = [e.goldstein for e in synthetic_dyad(rng, n_changes=i % 3).events]
        found = change_points(signal, params)
        n = len(signal)
        diffs = sorted(abs(signal[k + 1] - signal[k]) for k in range(n - 1))
        median = (diffs[(n - 2) // 2] + diffs[(n - 1) // 2]) / 2
        sigma = max(median / (0.6745 * 2 ** 0.5), 1.0)
        pen = params.beta * sigma ** 2 * np.log(n)
        ends = rpt.Pelt(model="l2", min_size=params.min_size, jump=1).fit(
            np.asarray(signal).reshape(-1, 1)).predict(pen=pen)
        assert found == [e for e in ends if 0 < e < n]
        assert all(type(k) is int for k in found)  # JSON-ready


def test_the_store_hands_over_each_dyad_as_its_signal(store: Store) -> None:
    """Shifts read each dyad's ids, scores and days aggregated in SQL, not its records;
    across all dyads and for one they are the same, with their drivers read whole."""
    from entente.analysis.shifts import shifts_between

    planted = synthetic_dyad(random.Random(5), n_changes=1)
    events = []
    for i, e in enumerate(planted.events):
        ev = make_event(article_id=f"s{i}", source=Actor("Cuba", "CUB", "CUB"),
                        target=Actor("Venezuela", "VEN", "VEN"), cameo=e.cameo, root=e.root,
                        goldstein=e.goldstein, quad_class=e.quad_class, date=e.date,
                        published=e.date, evidence=f"Evidence sentence {i}.")
        events.append(ev)
        store.add_article(Article(id=f"s{i}", text=str(i), published=e.date, lang="en",
                                  content_hash=f"s{i}"), [ev])
    (sig,) = store.dyad_signals(8)
    assert (sig.a, sig.b) == ("CUB", "VEN")
    assert list(sig.goldstein) == [e.goldstein for e in events]
    assert list(sig.days) == [e.date for e in events]
    everywhere = find_shifts(store)
    assert [s.to_dict() for s in everywhere] == [
        s.to_dict() for s in shifts_between(store, "ven", "cub")]
    assert everywhere[0].drivers and all(d.story_id for d in everywhere[0].drivers)
