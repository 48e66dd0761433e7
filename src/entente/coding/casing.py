"""Headlines in capitals, read as sentences.

"CUBA Y VENEZUELA FIRMAN ACUERDO" parses as a row of proper nouns: the tagger reads case.
A sentence written mostly in capitals is given ordinary case before it is parsed: the names
the knowledge base knows keep their own case ("Cuba", "EE.UU.", "OTAN"), every other word is
lowered, the first is raised. The result has the same length, so every character offset
still points into the original text, which is what events quote.
"""

from __future__ import annotations

import re

from entente.actors.kb import KnowledgeBase

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def shouting(text: str) -> bool:
    """Mostly capitals: at least three words of two letters or more, four fifths of them
    in capitals."""
    words: list[str] = [w for w in _WORD.findall(text) if len(w) > 1]
    if len(words) < 3:
        return False
    upper: int = sum(w.isupper() for w in words)
    return upper * 5 >= len(words) * 4


def recase(text: str, kb: KnowledgeBase, lang: str) -> str:
    """`text` in ordinary case if it is shouting, else unchanged; same length always."""
    if not shouting(text):
        return text
    chars = list(_lower_keeping_length(text))
    for start, end, alias in kb.find(text, lang):
        surface = text[start:end]
        name = alias.text
        if len(name) == len(surface) and name.lower() != name:
            chars[start:end] = list(name)  # "CUBA" -> "Cuba", "EE.UU." stays
        elif name.lower() != name:
            chars[start:end] = list(_title(surface))
    first = next((i for i, c in enumerate(chars) if c.isalpha()), None)
    if first is not None:
        chars[first] = chars[first].upper() if len(chars[first].upper()) == 1 else chars[first]
    return "".join(chars)


def _lower_keeping_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _title(word: str) -> str:
    out = _lower_keeping_length(word)
    return out[:1].upper() + out[1:] if len(out[:1].upper()) == 1 else out
