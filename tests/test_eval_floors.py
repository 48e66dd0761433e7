"""The coder's scores on the hand-labelled gold sets may only rise.

Floors live in eval/floors.json, per language. To raise them after an improvement:
    entente eval eval/gold_*.jsonl --floors eval/floors.json --raise-floors
Lowering one takes --allow-lower, on purpose.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entente import evaluation
from entente.errors import EntenteError
from entente.pipeline import Pipeline

EVAL = Path(__file__).resolve().parent.parent / "eval"


def gold_by_lang() -> dict[str, list[evaluation.GoldSentence]]:
    out: dict[str, list[evaluation.GoldSentence]] = {}
    for path in sorted(EVAL.glob("gold_*.jsonl")):
        for s in evaluation.load_gold(path):
            out.setdefault(s.lang, []).append(s)
    return out


def test_gold_sets_are_big_enough_and_cover_every_root() -> None:
    gold = gold_by_lang()
    assert set(gold) == {"en", "es"}
    every_root = {f"{r:02d}" for r in range(1, 21)}
    for lang, sentences in gold.items():
        assert len(sentences) >= 200, lang
        roots = {e.code[:2] for s in sentences for e in s.events}
        assert roots == every_root, (lang, sorted(every_root - roots))


@pytest.mark.slow
def test_scores_stay_above_the_floors(pipeline: Pipeline) -> None:
    floors = json.loads((EVAL / "floors.json").read_text())
    current = {lang: evaluation.scores(evaluation.evaluate(pipeline, sentences))
               for lang, sentences in gold_by_lang().items()}
    assert evaluation.below_floors(current, floors) == []
    assert set(floors) <= set(current)  # every pinned language is still measured


def test_floors_can_only_be_lowered_on_purpose() -> None:
    floors = {"en": {"code_f1": 0.5}}
    with pytest.raises(EntenteError, match="refusing to lower"):
        evaluation.raise_floors({"en": {"code_f1": 0.4}}, floors)
    assert evaluation.raise_floors({"en": {"code_f1": 0.6}}, floors) == {"en": {"code_f1": 0.6}}
    assert evaluation.raise_floors({"en": {"code_f1": 0.4}}, floors, allow_lower=True) == {
        "en": {"code_f1": 0.4}}


def test_a_sentence_the_coder_fails_on_is_a_miss_and_is_named(pipeline: Pipeline) -> None:
    """A coder exception on one gold sentence once stopped the whole evaluation."""
    from datetime import date

    class Failing(Pipeline):
        def read_many(self, articles, batch_size=16):  # type: ignore[no-untyped-def]
            batch = list(articles)
            if any("POISON" in a.text for a in batch):
                raise RuntimeError("poisoned")
            return super().read_many(batch, batch_size)

    signed = (evaluation.GoldEvent("CUB", "VEN", "057", "asserted"),)
    gold = [evaluation.GoldSentence(id=f"s{i}", lang="en", text=text, date=date(2026, 1, 5),
                                    events=signed)
            for i, text in enumerate(["Cuba and Venezuela signed an agreement.",
                                      "POISON Cuba and Venezuela signed an agreement."])]
    failing = Failing(pipeline.models)  # the loaded models, not a second copy
    report = evaluation.evaluate(failing, gold)
    assert [f.split(":")[0] for f in report.failed] == ["s1"]
    assert report.overall["code"].tp == 1 and report.overall["code"].fn >= 1
    assert "the coder failed on 1" in evaluation.format_report(report)
