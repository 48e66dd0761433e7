"""Noun phrase -> Actor: people by their role on the day, organisations, countries and
their capitals (a capital standing for its government), demonyms with sector words.

Works on plain words so it serves both the coder (tokens of a parse) and `resolve_text`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from entente.actors.kb import Alias, KnowledgeBase
from entente.records import Actor


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a phrase: its text, lemma and whether it is the phrase's head."""

    text: str
    lemma: str
    is_head: bool = False
    space_after: bool = True
    proper: bool = False  # a proper noun: an unknown name, not a common noun


def resolve_words(words: Sequence[Word], kb: KnowledgeBase, lang: str,
                  day: date | None, context: str = "") -> Actor | None:
    """The actor a phrase names, or None when nothing in it points anywhere.

    `context` (the sentence, or nearby words) rules out readings of ambiguous names:
    "Georgia" near "Atlanta" is no country.
    """
    if not words:
        return None
    phrase, spans = _layout(words)
    head_i = next((i for i, w in enumerate(words) if w.is_head), len(words) - 1)
    head_span = spans[head_i]
    clues = f"{phrase} {context}".lower()
    matches = [(s, e, a) for s, e, a in kb.find(phrase)
               if not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", clues)
                          for w in kb.ambiguous.get(a.text, ()))]

    def covers_head(start: int, end: int) -> bool:
        return start < head_span[1] and head_span[0] < end

    by_kind: dict[str, list[tuple[bool, Alias]]] = {}
    for start, end, alias in matches:
        by_kind.setdefault(alias.kind, []).append((covers_head(start, end), alias))

    for _on_head, alias in sorted(by_kind.get("person", []), key=lambda x: not x[0]):
        return _person(kb, alias, phrase, day)
    for on_head, alias in by_kind.get("org", []):
        if on_head or _sector(words, head_i, kb, lang) is None:
            country, sector = kb.orgs[alias.key]
            return Actor(phrase, alias.key, country, sector, kb_id=alias.key,
                         how=f"organisation: {alias.text}")

    sector = _sector(words, head_i, kb, lang)
    place = [(on_head, a) for kind in ("country", "capital", "nickname", "demonym")
             for on_head, a in by_kind.get(kind, [])]
    head_aliases = [a for h, a in place if h]
    modifiers = [a for h, a in place if not h]
    if head_aliases and sector is None:
        alias = head_aliases[0]
        if alias.kind == "capital":
            return Actor(phrase, alias.key + "GOV", alias.key, "GOV",
                         how=f"capital standing for its government: {alias.text}")
        return Actor(phrase, alias.key, alias.key, None, how=f"{alias.kind}: {alias.text}")
    title = _title_sector(words, head_i, kb, lang) if sector is None else None
    if (modifiers or head_aliases) and (sector or title):
        alias = (modifiers or head_aliases)[0]
        if sector:
            return Actor(phrase, alias.key + sector, alias.key, sector,
                         how=f"{alias.kind} '{alias.text}' + sector word '{words[head_i].text}'")
        return Actor(phrase, alias.key + str(title), alias.key, title,
                     how=f"{alias.kind} '{alias.text}' + title of an unknown person")
    owners = [a for a in modifiers if a.kind != "demonym"]
    if owners or (modifiers and words[head_i].proper):
        # the owner of the thing acted on: "Venezuela's decision", "la operación de
        # Washington"; a demonym only before a name: "Venezuelan X", not "Venezuelan oil"
        alias = (owners or modifiers)[0]
        if alias.kind == "capital":  # "la operación de Washington"
            return Actor(phrase, alias.key + "GOV", alias.key, "GOV",
                         how=f"capital standing for its government: {alias.text}")
        return Actor(phrase, alias.key, alias.key, None,
                     how=f"{alias.kind} modifier: {alias.text}")
    if sector:
        return Actor(phrase, None, None, sector,
                     how=f"sector word '{words[head_i].text}', country unknown")
    return None


def resolve_text(text: str, kb: KnowledgeBase, lang: str = "en",
                 day: date | None = None, context: str = "") -> Actor | None:
    """Resolve a bare phrase without a parse: its last sector word (else its last word) is
    taken as the head, which fits "Cuban doctors" and "los médicos cubanos" alike."""
    tokens = re.findall(r"[\w.'’-]+", text)
    while tokens and tokens[-1].endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", tokens[-1]):
        tokens[-1] = tokens[-1].rstrip(".")
    sector_at = [i for i, t in enumerate(tokens) if kb.sector_of(t, lang)]
    head = sector_at[-1] if sector_at else len(tokens) - 1
    words = [Word(t, t.lower(), is_head=(i == head)) for i, t in enumerate(tokens)]
    return resolve_words(words, kb, lang, day, context)


def _person(kb: KnowledgeBase, alias: Alias, phrase: str, day: date | None) -> Actor:
    person = kb.people[alias.key]
    role = person.role_on(day)
    if role is None:
        when = day.isoformat() if day else "the date"
        return Actor(phrase, None, None, None, kb_id=person.id,
                     how=f"person {person.names[0]}: no role known on {when}")
    code = (role.country or "") + (role.sector or "") or None
    return Actor(phrase, code, role.country, role.sector, kb_id=person.id,
                 how=f"person {person.names[0]}: {role.role}")


def _sector(words: Sequence[Word], head_i: int, kb: KnowledgeBase, lang: str) -> str | None:
    head = words[head_i]
    if head_i > 0:  # two-word sector terms: "armed forces", "health workers"
        pair = f"{words[head_i - 1].text} {head.text}"
        found = kb.sector_of(pair, lang)
        if found:
            return found
    return kb.sector_of(head.text, lang) or kb.sector_of(head.lemma, lang)


def _title_sector(words: Sequence[Word], head_i: int, kb: KnowledgeBase,
                  lang: str) -> str | None:
    """The sector of a title before an unknown name: "Foreign Minister Rosa Villavicencio"."""
    if not words[head_i].proper:
        return None
    for i, w in enumerate(words):
        found = None if i == head_i else kb.sector_of(w.text, lang) or kb.sector_of(w.lemma, lang)
        if found:
            return found
    return None


def _layout(words: Sequence[Word]) -> tuple[str, list[tuple[int, int]]]:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for w in words:
        spans.append((pos, pos + len(w.text)))
        parts.append(w.text + (" " if w.space_after else ""))
        pos += len(parts[-1])
    return "".join(parts).strip(), spans
