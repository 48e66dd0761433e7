"""One story, many outlets: grouping near-duplicates, and counting their events once."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from entente.cli import main
from entente.ingest.stories import StoryIndex, signature
from entente.store import EventQuery, open_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

STORY = ("Venezuela's interim president, Delcy Rodríguez, received a U.S. special envoy at "
         "the Miraflores palace on Wednesday, the highest-ranking American visit to Caracas in "
         "years. The two sides discussed oil licences, prisoners and the calendar for "
         "elections, officials said. Cuba's foreign ministry criticised the visit.")
REWRITE = ("Venezuela's interim leader, Delcy Rodríguez, received a U.S. special envoy at the "
           "Miraflores palace on Wednesday, the highest-ranking American trip to Caracas in "
           "years. The two sides discussed oil licences, prisoners and the calendar for "
           "elections, authorities stated. Cuba's foreign ministry criticised the visit.\n"
           "Did you know? The United States closed its embassy in Caracas in 2019.")
REWORDED = ("A U.S. special envoy was received on Wednesday by Delcy Rodríguez, Venezuela's "
            "interim president, at Miraflores, in the most senior American trip to the "
            "Venezuelan capital in years. Oil licences, prisoners and an election calendar were "
            "on the table, according to officials. Havana's foreign ministry condemned the "
            "envoy's visit.")
ANSWER = ("Venezuela's interim president, Delcy Rodríguez, said on Wednesday that the U.S. "
          "envoy's proposals on oil licences were unacceptable and that no calendar for "
          "elections would be set from abroad, a week after receiving him in Caracas.")
OTHER = ("Cuba's foreign minister accused Venezuela's interim government on Tuesday of "
         "betraying its allies by negotiating with Washington, and said the cooperation "
         "agreement between the two countries was in danger after the capture of Maduro.")


def test_grouping_precision_and_recall_on_the_stories_set() -> None:
    from stories import measure  # benchmarks/stories.py

    result = measure("all")
    assert result["true_pairs"] >= 600
    assert result["precision"] >= 0.98 and result["recall"] >= 0.99, result
    held_out = measure("test")
    assert held_out["precision"] >= 0.96 and held_out["recall"] >= 0.99, held_out


def test_a_rewrite_in_other_words_joins_its_story_and_a_later_answer_does_not() -> None:
    from datetime import date

    index = StoryIndex()
    day = date(2026, 3, 5)
    assert index.assign("a", signature(STORY, day)) == "a"
    assert index.assign("b", signature(REWORDED, day)) == "a"
    # the same actors a week later, answering: another story
    assert index.assign("c", signature(ANSWER, date(2026, 3, 12))) == "c"


def test_copies_group_and_other_stories_stay_apart() -> None:
    index = StoryIndex()
    first = index.assign("a", signature(STORY))
    assert first == "a"
    assert index.assign("b", signature(REWRITE)) == "a"
    assert index.assign("c", signature(OTHER)) == "c"


@pytest.mark.slow
def test_a_story_told_by_three_outlets_counts_its_events_once(tmp_path: Path,
                                                              db_url: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [("Andes Wire", "2026-03-05", STORY),
            ("The Meridian Post", "2026-03-06", STORY + "\n(Reporting by staff)"),
            ("Caribbean Ledger", "2026-03-04", REWRITE)]
    (folder / "w.jsonl").write_text("\n".join(json.dumps(
        {"outlet": o, "published": d, "text": t, "lang": "en"}) for o, d, t in rows) + "\n")
    db = db_url
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--no-progress"])
    assert result.exit_code == 0 and "2 articles are other outlets' copies" in result.output
    with open_store(db, read_only=True) as store:
        events = store.events(EventQuery(dyad=("USA", "VEN"), limit=None))
        articles = store.articles_by_id([e.article_id for e in events])
    (met,) = [e for e in events if e.cameo == "043"]
    assert (met.num_articles, met.num_sources) == (3, 3)
    assert articles[met.article_id].outlet == "Caribbean Ledger"  # the earliest is first
    out = CliRunner().invoke(main, ["events", "--db", db, "--cameo", "043", "--format",
                                    "jsonl"])
    (line,) = out.stdout.splitlines()
    assert {k: json.loads(line)[k] for k in ("num_articles", "num_sources", "num_mentions")} \
        == {"num_articles": 3, "num_sources": 3, "num_mentions": 3}
