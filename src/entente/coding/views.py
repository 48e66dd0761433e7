"""Views of a parsed document that the readers ask for again and again, worked out once per
document and kept in its `user_data`.

spaCy builds `span.text` and `doc.text` token by token and finds `token.sent` by walking
the sentence boundaries, each time it is asked; the coder, the quote reader and the actor
resolver ask for the same sentence's text many times over. The answers here are the same
as spaCy's (a span's text is the document's text between its first and last character).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _views(doc: Doc) -> dict[str, Any]:
    found: dict[str, Any] | None = doc.user_data.get("entente.views")
    if found is None:
        found = doc.user_data["entente.views"] = {}
    return found


def doc_text(doc: Doc) -> str:
    """The document's text (spaCy's `doc.text`), built once."""
    views = _views(doc)
    text: str | None = views.get("text")
    if text is None:
        text = views["text"] = doc.text
    return text


def text_of(span: Span) -> str:
    """The span's text, as `span.text` gives it."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentence_of(token: Token) -> Span:
    """The sentence that holds the token, as `token.sent` gives it."""
    views = _views(token.doc)
    sents: list[Span] | None = views.get("sents")
    if sents is None:
        sents = views["sents"] = list(token.doc.sents)
        views["starts"] = [s.start for s in sents]
    return sents[bisect_right(views["starts"], token.i) - 1]


def conjuncts(token: Token) -> tuple[Token, ...]:
    """The tokens coordinated with this one, as `token.conjuncts` gives them (any number of
    them: spaCy's annotation says a tuple of one token, which compiled code, entente.native,
    would hold them to)."""
    found: tuple[Token, ...] = cast(Any, token).conjuncts
    return found
