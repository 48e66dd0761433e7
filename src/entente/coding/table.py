"""A parsed document's token attributes as plain lists, read once per document.

Every reading of a spaCy token attribute (`token.lower_`, `token.pos_`, ...) makes a token
object and looks the attribute's name up in the string store, each time; the coder and the
quote reader read the same few attributes of every token of a document many times over
(every token is a candidate trigger, a candidate speech verb, a candidate subject). Here
they are read in one pass from the document's array (`Doc.to_array`) and kept in its
`user_data`, so a loop over a sentence's tokens asks a list, and makes a token object only
for the tokens it keeps. The values are the same strings spaCy's attributes give.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES

# (at run time, not for type checking only: the compiled dataclasses read their annotations,
# entente.native)
from spacy.tokens import Doc, Token


@dataclass(slots=True)
class TokenTable:
    """By token index: `text` (`token.text`), `lower` (`token.lower_`), `lemma`
    (`token.lemma_`), `pos` (`token.pos_`), `dep` (`token.dep_`) and `head`
    (`token.head.i`)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    dep: list[str]
    head: list[int]
    children: list[list[int]] | None = None  # (`kids`, made when first asked for)
    tokens: list[Token] | None = None  # (`tokens`, likewise)
    kept: dict[int, tuple[Token, ...]] | None = None  # (`children`, by token index)


def token_table(doc: Doc) -> TokenTable:
    """The document's table, made on first asking and kept with it."""
    found: TokenTable | None = doc.user_data.get("entente.table")
    if found is None:
        found = doc.user_data["entente.table"] = _table(doc)
    return found


def release(doc: Doc) -> None:
    """Let the document's table go (its lists, token objects and children): a document
    coded keeps none of them, so that a caller holding many parsed documents does not hold
    a table for each."""
    doc.user_data.pop("entente.table", None)


def _table(doc: Doc) -> TokenTable:
    if len(doc) == 0:
        return TokenTable([], [], [], [], [], [])
    rows = doc.to_array([ORTH, LOWER, LEMMA, POS, DEP, HEAD]).T.tolist()  # (unsigned: a head
    # before its token is an offset below zero, wrapped)
    strings = doc.vocab.strings

    def named(hashes: list[int]) -> list[str]:
        try:
            return [_NAMES[h] for h in hashes]
        except KeyError:
            if len(_NAMES) > 500_000:
                _NAMES.clear()
                _NAMES[0] = ""
            for h in hashes:
                if h not in _NAMES:
                    _NAMES[h] = strings[h]
            return [_NAMES[h] for h in hashes]

    return TokenTable(
        text=named(rows[0]), lower=named(rows[1]), lemma=named(rows[2]),
        pos=[POS_NAMES[p] for p in rows[3]],
        dep=named(rows[4]),
        head=[i + rel if rel < _HALF else i + rel - _WRAP for i, rel in enumerate(rows[5])])


# A string's hash names the same string in every vocabulary (spaCy's string stores hash
# the text), so the strings found are kept for every document; 0 is no string.
_NAMES: dict[int, str] = {0: ""}
_WRAP = 1 << 64
_HALF = 1 << 63


def kids(doc: Doc) -> list[list[int]]:
    """Every token's children's indices, in order (`token.children`), by token index."""
    views = token_table(doc)
    found = views.children
    if found is None:
        found = [[] for _ in views.head]
        for i, h in enumerate(views.head):
            if h != i:
                found[h].append(i)
        views.children = found
    return found


def tokens(doc: Doc) -> list[Token]:
    """The document's token objects, made once (`doc[i]` makes a new one each time)."""
    views = token_table(doc)
    found = views.tokens
    if found is None:
        found = list(doc)
        views.tokens = found
    return found


def children(token: Token) -> tuple[Token, ...]:
    """`token.children`, the document's kept token objects, worked out once per token."""
    doc = token.doc
    views = token_table(doc)
    kept = views.kept
    if kept is None:
        kept = views.kept = {}
    found = kept.get(token.i)
    if found is None:
        made = tokens(doc)
        found = kept[token.i] = tuple(made[j] for j in kids(doc)[token.i])
    return found
