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
    """A run of the text; `mark` is the index of its Mark, or None for plain text."""

    text: str
    mark: int | None = None
    event_ids: tuple[str, ...] = ()


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


def segments(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """The whole text as consecutive segments, marked where `marks` say."""
    out: list[Segment] = []
    at = 0
    for i, m in enumerate(marks):
        if m.start > at:
            out.append(Segment(text[at:m.start]))
        out.append(Segment(text[m.start:m.end], i, m.event_ids))
        at = m.end
    if at < len(text):
        out.append(Segment(text[at:]))
    return out
