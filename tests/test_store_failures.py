"""What one article can do to a run: nothing beyond its own failure (issue 17, defects 0, 7
and 8). Events that share an id, names that are not UTF-8, NUL bytes and rows a database
refuses are that article's problem, on DuckDB and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from entente.records import Actor, Article, Event, Modality
from entente.services.ingest import IngestSession, Status
from entente.store import EventQuery
from entente.store.base import Pending, Store
from tests.test_records import make_event
from tests.test_store import ART

RUS, UKR, TUR = (Actor(n, c, c) for n, c in (("Russia", "RUS"), ("Ukraine", "UKR"),
                                             ("Turkey", "TUR")))


def test_an_event_copied_with_another_side_gets_its_own_id() -> None:
    """The coder makes "a deal brokered by Turkey" one mediation per side by copying the
    event with another target: the copy once kept the original's id."""
    mediation = make_event(source=TUR, target=None, cameo="045", root="04")
    to_russia, to_ukraine = replace(mediation, target=RUS), replace(mediation, target=UKR)
    assert len({mediation.id, to_russia.id, to_ukraine.id}) == 3
    assert to_russia.id == make_event(source=TUR, target=RUS, cameo="045", root="04").id
    reported = replace(to_russia, modality=Modality.REPORTED)
    assert reported.id != to_russia.id


def test_a_stored_id_is_kept_when_read_back(store: Store) -> None:
    event = make_event()
    assert store.add_article(ART, [event])
    (back,) = store.events(EventQuery(modalities=None))
    assert back.id == event.id and Event.from_dict(back.to_dict()).id == event.id


def test_events_of_one_sentence_differing_in_modality_or_side_are_all_stored(
        store: Store) -> None:
    """Defect 0: one long wire sentence gave the same statement twice, "reported" and
    "asserted"; both had one id and the primary key aborted the whole ingest."""
    said = make_event(cameo="010", root="01", target=None, modality=Modality.REPORTED)
    events = [said, replace(said, modality=Modality.ASSERTED),
              replace(make_event(source=TUR, cameo="045", root="04"), target=RUS),
              replace(make_event(source=TUR, cameo="045", root="04"), target=UKR)]
    assert store.add_article(ART, events)
    stored = store.events(EventQuery(modalities=None))
    assert len(stored) == 4 and len({e.id for e in stored}) == 4


def test_two_events_with_one_id_are_one_event_with_their_mentions(store: Store) -> None:
    """An undated event takes its article's date when it is stored: it may then be the very
    event the same sentence dated that day. The store keeps one, never aborts."""
    dated = make_event(date=date(2025, 3, 2))
    undated = make_event(date=None, date_precision=None)
    session = IngestSession(store)
    outcome = session.accept(ART, [dated, undated])
    assert outcome.status is Status.STORED, outcome.reason
    (stored,) = store.events(EventQuery(modalities=None))
    assert stored.mentions == 2 and stored.date == date(2025, 3, 2)


class Flaky:
    """A sink that fails in its own way on one article (any exception, not only ours)."""

    def __init__(self, store: Store, bad: str) -> None:
        self.store, self.bad = store, bad

    def held_articles(self, article_ids: Sequence[str]) -> set[str]:
        return self.store.held_articles(article_ids)

    def story_signatures(self) -> list[tuple[str, str, bytes]]:
        return self.store.story_signatures()

    def add_article(self, article: Article, events: Sequence[Event], story_id: str | None = None,
                    minhash: bytes | None = None) -> bool:
        if article.id == self.bad:
            raise RuntimeError("the database went away for a moment")
        return self.store.add_article(article, events, story_id, minhash)

    def add_articles(self, batch: Sequence[Pending]) -> list[bool]:
        return [self.add_article(p.article, p.events, p.story_id, p.minhash) for p in batch]


def test_a_store_error_on_one_article_is_that_articles_failure(store: Store) -> None:
    articles = [replace(ART, id=f"a{i}", content_hash=f"h{i}", text=f"{ART.text} {i}")
                for i in range(3)]
    session = IngestSession(Flaky(store, "a1"), stories=False)
    outcomes = [session.accept(a, [replace(make_event(), article_id=a.id)]) for a in articles]
    assert [o.status for o in outcomes] == [Status.STORED, Status.FAILED, Status.STORED]
    assert "went away" in (outcomes[1].reason or "")
    assert {a.id for a in store.articles()} == {"a0", "a2"}


def test_a_nul_byte_or_a_lone_surrogate_the_database_refuses_fails_one_article(
        store: Store) -> None:
    """Defect 8 at the store: whatever reaches it unclean (PostgreSQL refuses NUL, no
    database takes a lone surrogate) is that article's failure, and the next is stored."""
    session = IngestSession(store, stories=False)
    bad = replace(ART, id="bad", content_hash="hb", title="a \ud800 title")
    good = replace(ART, id="good", content_hash="hg")
    first = session.accept(bad, [])
    second = session.accept(good, [replace(make_event(), article_id="good")])
    assert first.status is Status.FAILED and "not stored" in (first.reason or "")
    assert second.status is Status.STORED
    assert [a.id for a in store.articles()] == ["good"]


def test_a_text_two_inputs_of_a_run_hold_is_loaded_once(tmp_path, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Defect 5: `entente load` crashed on the primary key when two inputs of a run held the
    same text (two partitions wrote the same article), and `entente run` counted it twice."""
    import json

    from entente.services.ingest import load_run
    from entente.store.runs import LAYOUT_VERSION, run_counts, write_partition

    out = tmp_path / "run"
    event = replace(make_event(), article_id=ART.id)
    write_partition(out, "p1", [(ART, [event])])
    write_partition(out, "p2", [(ART, [event])])
    (out / "manifest.json").write_text(json.dumps({"layout_version": LAYOUT_VERSION}))
    assert run_counts(out) == (1, 1)
    report = load_run(store, out)
    assert (report.stored, report.events, report.failures) == (1, 1, [])
    (stored,) = store.events(EventQuery(modalities=None))
    assert stored.mentions == 1
