"""JSON encoded in pieces (web/encoding.py): the bytes of Starlette's JSONResponse, cut up
so that no one call of the C encoder covers a big answer."""

from __future__ import annotations

import math
from typing import Any

import pytest
from fastapi.responses import JSONResponse

from entente.web.encoding import PIECE, PiecewiseJSON, _pieces, json_bytes


def event_like(i: int) -> dict[str, Any]:
    return {"id": f"e{i}", "date": "2026-03-02", "goldstein": -2.5 + i % 7, "quad": None,
            "source": {"code": "CUB", "name": "Cuba", "sector": ""},
            "target": {"code": "VEN", "name": "Venezuela ñ", "sector": "GOV"},
            "span": [i, i + 9], "evidence": "Havana \u201csaid\u201d \U0001f600", "ok": i % 2 == 0}


ANSWERS: list[Any] = [
    {}, [], 0, "", None, [1] * 1000, (1, 2, 3),
    {"events": {"events": [event_like(i) for i in range(700)], "total": 700},
     "series": {d: [{"period": f"2026-{i:04d}", "n": i, "mean": i / 3} for i in range(900)]
                for d in ("a->b", "b->a", "both")}},
    [[event_like(i)] * 40 for i in range(30)],  # heavy members, each cut up in turn
    [1, "two", [3] * 600, {"four": [4] * 700}],  # members unlike the first
    {1: "a number key", None: [event_like(0)] * 100},  # keys json converts: encoded whole
    ({"t": (1, 2)},) * 400,
]


@pytest.mark.parametrize("content", ANSWERS)
def test_the_bytes_are_those_of_a_json_response(content: Any) -> None:
    assert json_bytes(content) == JSONResponse(content).body
    assert PiecewiseJSON(content).body == JSONResponse(content).body


def test_a_big_answer_is_encoded_in_many_pieces() -> None:
    answer = ANSWERS[7]
    pieces = list(_pieces(answer))
    assert len(pieces) > 20
    # no piece is much more than PIECE events' fields: the longest holds a batch of them
    one_event = len(json_bytes(event_like(0)))
    assert max(len(p) for p in pieces) < (PIECE // 10 + 2) * one_event
    assert list(_pieces({"small": [1, 2]})) == ['{"small":[1,2]}']


def test_what_a_json_response_refuses_is_refused() -> None:
    with pytest.raises(ValueError):
        json_bytes({"x": [math.nan] + [0] * 1000})
    with pytest.raises(TypeError):
        json_bytes([object()] * 1000)
