"""An article's text cut into plain and marked segments, one mark per coded sentence.

The page shows the text as text: each segment is escaped by the template and only the
<mark> elements around coded sentences are markup, so nothing an article contains can
become HTML. Events carry the character span of their sentence; where the span also
covers a dateline the coder blanked out ("HAVANA — ") or a trailing newline, the mark is
narrowed to the evidence sentence itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from entente.records import Event


@dataclass(frozen=True, slots=True)
class Mark:
    """Characters [start, end) of the text state the events `event_ids`."""

    start: int
    end: int
    event_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "event_ids": list(self.event_ids)}


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of the text; `mark` is the index of its Mark, or None for plain text;
    `quote` the index of the quote it lies in (the innermost), or None."""

    text: str
    mark: int | None = None
    event_ids: tuple[str, ...] = ()
    quote: int | None = None


def evidence_span(text: str, event: Event) -> tuple[int, int] | None:
    """Where the event's evidence sits in `text`: its stored span, narrowed to the evidence
    when the span holds more; None when the text does not contain it there."""
    start, end = max(0, event.span_start), min(len(text), event.span_end)
    if start >= end:
        return None
    if text[start:end] == event.evidence:
        return start, end
    found = text.find(event.evidence, start, end) if event.evidence else -1
    if found >= 0:
        return found, found + len(event.evidence)
    return start, end


def marks_for(text: str, events: Sequence[Event]) -> list[Mark]:
    """One Mark per stretch of text that states events; overlapping spans are merged."""
    spans = sorted((span, e.id) for e in events if (span := evidence_span(text, e)))
    merged: list[tuple[int, int, list[str]]] = []
    for (start, end), event_id in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            ids = last[2] if event_id in last[2] else [*last[2], event_id]
            merged[-1] = (last[0], max(last[1], end), ids)
        else:
            merged.append((start, end, [event_id]))
    return [Mark(s, e, tuple(ids)) for s, e, ids in merged]


def segments(text: str, marks: Sequence[Mark],
             quotes: Sequence[tuple[int, int]] = ()) -> list[Segment]:
    """The whole text as consecutive segments, marked where `marks` say, and inside the
    quotes whose character spans `quotes` gives (a segment in several: the innermost)."""
    cuts = {0, len(text)}
    for m in marks:
        cuts |= {m.start, m.end}
    spans = [(max(0, s), min(len(text), e)) for s, e in quotes if s < e]
    for s, e in spans:
        cuts |= {s, e}
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[Segment] = []
    for lo, hi in zip(points, points[1:], strict=False):
        if lo >= hi:
            continue
        mark = next((i for i, m in enumerate(marks) if m.start <= lo and hi <= m.end), None)
        inside = [i for i, (s, e) in enumerate(spans) if s <= lo and hi <= e]
        quote = min(inside, key=lambda i: spans[i][1] - spans[i][0]) if inside else None
        out.append(Segment(text[lo:hi], mark, marks[mark].event_ids if mark is not None
                           else (), quote))
    return out
