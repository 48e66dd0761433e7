"""One story, many outlets: grouping near-duplicates, and counting their events once."""

from __future__ import annotations

import json
import sys
from datetime import date
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
    assert result["true_pairs"] >= 900
    assert result["precision"] >= 0.99 and result["recall"] >= 0.99, result
    held_out = measure("test")
    assert held_out["precision"] >= 0.97 and held_out["recall"] >= 0.99, held_out


def test_a_rewrite_in_other_words_joins_its_story_and_a_later_answer_does_not() -> None:
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


# One dispute told four ways: the lead (Tuesday), a rewrite, the other side's answer the same
# day and the next step two days later (all written for these tests).
LEAD = ("Colombia recalled its ambassador to Ecuador on Tuesday after Quito imposed a 30 percent "
        "tariff on Colombian goods, saying the measure broke the rules of the Andean Community. "
        "Foreign Minister Rosa Villavicencio told reporters in Bogota that the tariff would hurt "
        "about 12,000 exporters of sugar, medicines and electrical goods, and that Colombia would "
        "take the dispute to the bloc's tribunal in Lima. Ecuador says Colombia has failed to stop "
        "drug traffickers crossing the border in Putumayo and Narino.")
RETOLD = ("Bogota called its ambassador home from Quito on Tuesday in protest at a 30 percent levy "
          "on Colombian goods, which it says breaks Andean Community rules. About 12,000 Colombian "
          "exporters of sugar, medicines and electrical goods stand to lose, Foreign Minister Rosa "
          "Villavicencio said, adding that the dispute would go to the bloc's tribunal in Lima. "
          "Quito accuses Bogota of failing to stop drug traffickers in Putumayo and Narino.")
ANSWERED = ("Ecuador's President Daniel Noboa said on Tuesday the 30 percent tariff on Colombian "
            "goods would stay until Colombia sent 5,000 more troops to the border, hours after "
            "Bogota recalled its ambassador. Speaking in Guayaquil, Noboa said Ecuador had seized "
            "94 tonnes of cocaine this year, most of it smuggled across the Colombian border, and "
            "that the Andean Community tribunal in Lima had no say over national security. Foreign "
            "Minister Gabriela Sommerfeld said Quito would not recall its own ambassador from "
            "Bogota.")
NEXT_STEP = ("Colombia imposed a 30 percent tariff on Ecuadorian goods on Thursday, two days after "
             "recalling its ambassador to Quito over Ecuador's own tariff on Colombian goods. "
             "Foreign Minister Rosa Villavicencio said in Bogota that the measure answered a "
             "tariff that broke Andean Community rules, and that Colombia would still take the "
             "dispute to the bloc's tribunal in Lima. Exporters of sugar and medicines in both "
             "countries said they feared for their jobs, and Ecuador said drug traffickers still "
             "crossed the border in Narino.")
TUESDAY, WEDNESDAY, THURSDAY = (date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 5))


def test_the_other_sides_answer_the_same_day_is_another_story(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from entente.ingest import stories

    index = StoryIndex()
    assert index.assign("lead", signature(LEAD, TUESDAY)) == "lead"
    assert index.assign("retold", signature(RETOLD, WEDNESDAY)) == "lead"
    # each names people, places and figures the other does not (Noboa, Guayaquil, 5,000
    # troops, 94 tonnes): another story, though of the same day, dispute and words
    assert index.assign("answered", signature(ANSWERED, TUESDAY)) == "answered"
    # without the rule, the answer would join the lead's story
    monkeypatch.setitem(stories.WEIGHTS, "new_names", 0.0)
    monkeypatch.setitem(stories.WEIGHTS, "new_numbers", 0.0)
    assert StoryIndex().load([("lead", "lead", signature(LEAD, TUESDAY))]).assign(
        "answered", signature(ANSWERED, TUESDAY)) == "lead"


def test_a_later_article_about_another_day_is_another_story() -> None:
    index = StoryIndex()
    assert index.assign("lead", signature(LEAD, TUESDAY)) == "lead"
    # Thursday's tariff is named by no article of Tuesday's recall: another story, however
    # many of the lead's words, names and figures it repeats
    assert index.assign("next", signature(NEXT_STEP, THURSDAY)) == "next"
    # a rewrite out two days later still tells of Tuesday: the same story
    assert index.assign("retold", signature(RETOLD, THURSDAY)) == "lead"


def test_a_copy_is_one_story_whatever_day_its_credit_line_names() -> None:
    index = StoryIndex()
    assert index.assign("lead", signature(LEAD, TUESDAY)) == "lead"
    # the copy's lead names Sunday, which the lead never does, but it is the same text
    copy = "(Reporting by The Sunday Ledger) " + LEAD
    assert index.assign("copy", signature(copy, WEDNESDAY)) == "lead"


def test_weekdays_are_read_in_english_and_spanish() -> None:
    from entente.ingest.stories import weekdays

    text = "On Monday... el miércoles, el miercoles y el SÁBADO; Sunday."
    assert weekdays(text) == [0, 2, 2, 5, 6]
    assert weekdays("Tuesdays and domingos are not days named") == []


def test_a_signature_of_the_second_version_still_reads_and_names_no_day() -> None:
    import struct

    from entente.ingest.stories import features

    new = signature(LEAD, TUESDAY)
    head, old_head = struct.calcsize("<2sI3H2B"), struct.calcsize("<2sI3H")
    old = b"S2" + new[2:old_head] + new[head:]
    f, g = features(new), features(old)
    assert (f.lead_weekday, f.weekdays) == (1, frozenset({1}))
    assert (g.lead_weekday, g.weekdays) == (None, frozenset())
    assert (g.words, g.numbers, g.names, g.day) == (f.words, f.numbers, f.names, f.day)
    # without days, the day rule does not apply: the next step is scored on its words
    assert StoryIndex().load([("lead", "lead", old)]).assign(
        "next", signature(NEXT_STEP, THURSDAY)) == "lead"


def test_the_fixed_lsh_bands_are_those_datasketch_picks_for_the_thresholds() -> None:
    from datasketch import MinHashLSH

    from entente.ingest import stories

    for threshold, bands in ((stories.COPY_THRESHOLD, stories.COPY_BANDS),
                             (stories.WORDS_THRESHOLD, stories.WORDS_BANDS)):
        lsh = MinHashLSH(threshold=threshold, num_perm=stories.PERMUTATIONS)
        assert (lsh.b, lsh.r) == bands


def test_the_minhash_and_its_bands_are_datasketchs() -> None:
    """Signatures are stored: entente's MinHash must give datasketch's values (affine32,
    seed 1), and its band index datasketch's MinHashLSH candidates, for any set."""
    import random

    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from entente.ingest import stories

    rng = random.Random(7)
    vocabulary = [f"w{i} ü{i}".encode() for i in range(400)]
    sets = [rng.sample(vocabulary, rng.randint(1, 60)) for _ in range(40)]
    sets += [sets[0][:-1] + [b"other"], [], [b""]]
    ours = [stories.minhash(items) for items in sets]
    for items, mine in zip(sets, ours, strict=True):
        theirs = MinHash(num_perm=stories.PERMUTATIONS, scheme=stories.SCHEME)
        theirs.update_batch(items)
        assert mine.dtype == np.uint32
        assert mine.tobytes() == theirs.hashvalues.astype("uint32").tobytes()
    for bands in (stories.COPY_BANDS, stories.WORDS_BANDS):
        lsh, index = MinHashLSH(num_perm=stories.PERMUTATIONS, params=bands), \
            stories._Bands(*bands)
        for i, values in enumerate(ours[:30]):
            lsh.insert(str(i), MinHash(num_perm=stories.PERMUTATIONS, hashvalues=values,
                                       scheme=stories.SCHEME))
            index.insert(str(i), values)
        for values in ours:
            query = MinHash(num_perm=stories.PERMUTATIONS, hashvalues=values,
                            scheme=stories.SCHEME)
            assert index.query(values) == set(lsh.query(query))
        assert index.query(ours[40]) >= {"0"}  # one item apart: a candidate
    assert stories._estimate(ours[0], ours[40]) == MinHash(
        num_perm=stories.PERMUTATIONS, hashvalues=ours[0], scheme=stories.SCHEME).jaccard(
        MinHash(num_perm=stories.PERMUTATIONS, hashvalues=ours[40], scheme=stories.SCHEME))
