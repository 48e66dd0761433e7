"""Finding the knowledge base's names in text, fast, whatever the accents.

Names and text are cut into the same word tokens ("U.S.", "EE.UU.", "Côte d'Ivoire"; a
possessive "'s" and a hyphen are tokens of their own, so "Díaz-Canel" is three tokens and
"Cuban-American" holds "American") and a name is looked up by the tuple of its
folded tokens (lowercase, accents removed), longest first at each place: one dictionary
access per place and length, however many names there are.

A folded match still has to fit the name's case: a name with capitals matches only as
written (accents aside), in all capitals (a headline), or with the first letter raised at
the start of a sentence ("The Kremlin" for "the Kremlin"); "US" never matches "us", "Chad"
never "chad". A lowercase name (a Spanish demonym) matches in any case, and only in its own
language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple, Protocol

_TOKEN = re.compile(r"\w+(?:['’]\w+)*(?:\.\w+(?:['’]\w+)*)*\.?|['’]s\b|-")


class Named(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def lang(self) -> str | None: ...


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return _strip(text)


@lru_cache(maxsize=65536)
def _strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def fold(text: str) -> str:
    """Lowercase, without accents, one kind of apostrophe."""
    return text.lower() if text.isascii() else _strip(text.casefold())


def word_tokens(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word token: a full stop that ends a plain word is left out
    ("Venezuela." is "Venezuela"), an abbreviation's kept ("U.S.")."""
    return iter(_tokens(text)[0])


def _tokens(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """(start, end) of each word token, and its text."""
    spans: list[tuple[int, int]] = []
    # the tokens as strings (one call, not one a token), each found again where the last
    # ended: the pattern fails everywhere in between, so the first place a token's text
    # is found again is where it matched
    pos = 0
    find = text.find
    if "'" not in text and "’" not in text and "." not in text:
        # no possessive or full stop to cut off (most text)
        if text.replace(" ", "").isalnum():
            # word characters (\w but "_") alone, with single spaces between them (most
            # names and mentions): the pattern's tokens are the words between the spaces
            pieces = text.split(" ")
            if "" not in pieces:
                for token in pieces:
                    end = pos + len(token)
                    spans.append((pos, end))
                    pos = end + 1
                return spans, pieces
        pieces = _TOKEN.findall(text)
        for token in pieces:
            start = find(token, pos)
            pos = start + len(token)
            spans.append((start, pos))
        return spans, pieces
    pieces = []
    for token in _TOKEN.findall(text):
        start = find(token, pos)
        pos = end = start + len(token)
        last = token[-1]
        if last == "s" and end - start > 2 and token[-2] in "'’":  # a possessive
            spans.append((start, end - 2))
            spans.append((end - 2, end))
            pieces.append(token[:-2])
            pieces.append(token[-2:])
        elif last == "." and token.count(".") == 1:
            spans.append((start, end - 1))
            pieces.append(token[:-1])
        else:
            spans.append((start, end))
            pieces.append(token)
    return spans, pieces


class _Entry(NamedTuple):
    name: Named
    plain: str  # the name without accents, case kept
    lower: bool  # written all in lowercase: matches in any case


class NameIndex:
    """Names (any objects with `text` and `lang`) by the tuple of their folded tokens."""

    def __init__(self, names: Iterable[Named]) -> None:
        self._by_key: dict[tuple[str, ...], list[_Entry]] = {}
        # first token -> how many tokens the names that open with it have, most first
        self._first: dict[str, tuple[int, ...]] = {}
        for name in names:
            spans = list(word_tokens(name.text))
            if not spans:
                continue
            key = tuple(fold(name.text[s:e]) for s, e in spans)
            self._add(key, _Entry(name, strip_accents(name.text), name.text == name.text.lower()))
            if "-" in key[1:-1]:
                # "Timor Leste", "Guinea Bissau": a hyphened name written with a space
                # instead, as parsers and some writers give it
                self._add(tuple(k for k in key if k != "-"), _Entry(
                    name, strip_accents(name.text).replace("-", " "),
                    name.text == name.text.lower()))

    def _add(self, key: tuple[str, ...], entry: _Entry) -> None:
        self._by_key.setdefault(key, []).append(entry)
        lengths = self._first.get(key[0], ())
        if len(key) not in lengths:
            self._first[key[0]] = tuple(sorted((*lengths, len(key)), reverse=True))

    def is_name(self, word: str) -> bool:
        """Whether the word alone is some name (of any case)."""
        return (fold(word),) in self._by_key

    def find(self, text: str, lang: str | None = None) -> list[tuple[int, int, Named]]:
        """Every name found in `text`, longest first at each place, as (start, end, name);
        several names written alike are all returned for the same place."""
        spans, pieces = _tokens(text)
        # folding plain ASCII is lowercasing
        folded = list(map(str.lower if text.isascii() else fold, pieces))
        found: list[tuple[int, int, Named]] = []
        first, by_key = self._first, self._by_key
        count = len(spans)
        i = 0
        while i < count:
            lengths = first.get(folded[i])
            if lengths is None:
                i += 1
                continue
            for n in lengths:
                if n > count - i:
                    continue
                entries = by_key.get(tuple(folded[i:i + n]))
                if not entries:
                    continue
                start, end = spans[i][0], spans[i + n - 1][1]
                surface = text[start:end]
                before = len(found)
                for e in entries:
                    if _fits(e, surface, lang):
                        found.append((start, end, e.name))
                if len(found) > before:
                    i += n
                    break
            else:
                i += 1
        return found

def _fits(entry: _Entry, surface: str, lang: str | None) -> bool:
    if entry.lower:
        return lang is None or entry.name.lang in (None, lang)
    plain = strip_accents(surface)
    if plain == entry.plain or (surface.isupper() and len(surface) > 1):
        return True
    # "The Kremlin" at the start of a sentence for "the Kremlin"
    return (plain[:1].isupper() and entry.plain[:1].islower()
            and plain[:1].lower() + plain[1:] == entry.plain)
