from datetime import date

from entente.records import Actor, Article, Event, Modality


def make_event(**kw: object) -> Event:
    base: dict[str, object] = dict(
        article_id="a1", sentence_index=2, evidence="Cuba and Venezuela signed an agreement.",
        span_start=10, span_end=49, source=Actor("Cuba", "CUB", "CUB"),
        target=Actor("Venezuela", "VEN", "VEN"), cameo="057", root="05", plover="SUPPORT",
        goldstein=8.0, quad_class=1, trigger="signed agreement", date=date(2025, 3, 1),
        date_precision="day", published=date(2025, 3, 2), lang="en",
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_event_round_trips_through_its_json_shape() -> None:
    e = make_event(modality=Modality.REPORTED, asserted_by="the minister", mentions=3)
    again = Event.from_dict(e.to_dict())
    assert again == e


def test_event_id_is_stable_and_depends_on_dyad_and_code() -> None:
    a, b = make_event(), make_event()
    assert a.id == b.id and len(a.id) == 20
    assert make_event(cameo="042").id != a.id
    assert make_event(target=Actor("Russia", "RUS", "RUS")).id != a.id


def test_only_asserted_and_reported_count_as_happened() -> None:
    happened = {m for m in Modality if m.happened}
    assert happened == {Modality.ASSERTED, Modality.REPORTED}


def test_content_hash_ignores_whitespace_and_case() -> None:
    assert Article.hash_text("Cuba  signed\nan Agreement") == Article.hash_text(
        "cuba signed an agreement")
    assert Article.hash_text("Cuba signed") != Article.hash_text("Cuba refused")


# The `entente code` contract (README): these keys, and only more may be added.
CONTRACT = {"id", "doc_id", "sentence_index", "evidence", "span", "source", "target", "cameo",
            "root", "plover", "plover_mode", "goldstein", "quad_class", "trigger", "modality",
            "date", "date_precision", "published", "asserted_by", "mentions", "num_mentions",
            "num_articles", "num_sources", "story_id", "credited_source", "intended", "lang",
            "place", "coder_version"}


def test_the_json_shape_keeps_the_code_contract() -> None:
    d = make_event().to_dict()
    assert set(d) >= CONTRACT
    assert d["span"] == [10, 49] and d["doc_id"] == "a1" and d["num_mentions"] == d["mentions"]
    assert set(d["source"]) == {"text", "code", "country", "sector", "kb_id", "how"}


def test_a_new_field_is_one_line_and_its_column_comes_with_its_migration() -> None:
    from dataclasses import dataclass, field

    from entente.columns import added_columns, column_names, create_table, json_schema, spec

    @dataclass(frozen=True)
    class Quoted:
        id: str = field(metadata=spec(key=True))
        speaker: Actor | None = None
        quote_id: str | None = field(default=None, metadata=spec(since=6))

    assert column_names(Quoted)[:2] == ("id", "speaker_text")
    assert "quote_id" not in create_table("q", Quoted)
    assert added_columns("q", Quoted, 6) == ["ALTER TABLE q ADD COLUMN quote_id VARCHAR"]
    assert "quote_id" in json_schema(Quoted)["properties"]
