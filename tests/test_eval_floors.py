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
