"""JSON of big answers encoded in pieces, so that encoding never holds the interpreter long.

`json.dumps` runs its C encoder over the whole value in one call, and no other thread runs
until it returns: some 20-35 ms for a dyad's page of day series and events, during which
the event loop (and the health check on it) waited. Here a value is walked, and every piece
of at most PIECE containers and items is encoded by the same C encoder on its own; between
pieces the interpreter may switch to the other threads. The bytes are those of Starlette's
JSONResponse (compact separators, non-ASCII kept, NaN refused), only the time is cut up.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fastapi.responses import JSONResponse

# Containers and items in one piece: some hundreds of microseconds of encoding at most.
PIECE = 512

_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def json_bytes(content: Any) -> bytes:
    """`content` as JSONResponse renders it, encoded piece by piece."""
    return "".join(_pieces(content)).encode("utf-8")


class PiecewiseJSON(JSONResponse):
    """A JSONResponse whose body is encoded by json_bytes."""

    def render(self, content: Any) -> bytes:
        return json_bytes(content)


def _weight(value: Any, limit: int = PIECE) -> int:
    """The containers and items inside `value`, counted up to just past `limit`."""
    seen = 0
    stack = [value]
    while stack and seen <= limit:
        item = stack.pop()
        if isinstance(item, dict):
            seen += 1 + len(item)
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            seen += 1 + len(item)
            stack.extend(item)
    return seen


def _pieces(value: Any) -> Iterator[str]:
    if isinstance(value, list | tuple) and _weight(value) > PIECE:
        yield "["
        yield from _list_members(list(value))
        yield "]"
    elif (isinstance(value, dict) and _weight(value) > PIECE
          and all(type(key) is str for key in value)):  # json converts other keys itself
        yield "{"
        comma = ""
        for key, member in value.items():
            yield f"{comma}{_ENCODER.encode(key)}:"
            yield from _pieces(member)
            comma = ","
        yield "}"
    else:
        yield _ENCODER.encode(value)


def _list_members(members: list[Any]) -> Iterator[str]:
    """A list's members, comma-separated, in batches as heavy as a piece. Their weight is
    judged by the first: the lists answered are of one kind of member (events, points)."""
    each = max(1, _weight(members[0])) if members else 1
    if each > PIECE:
        comma = ""
        for member in members:
            yield comma
            yield from _pieces(member)
            comma = ","
        return
    step = max(1, PIECE // each)
    for start in range(0, len(members), step):
        yield ("," if start else "") + _ENCODER.encode(members[start:start + step])[1:-1]
