"""Credited sources: the outlet an article says a claim comes from ("in a statement to
14ymedio", "according to El Confidencial", "según Diario de Cuba"), kept on the events the
sentence states.

A name counts as an outlet when the knowledge base knows it as media (sector MED) or when
it reads like one (a news agency's name, or a word such as Diario, Times, Radio, Agencia);
"according to the minister" names a speaker, not an outlet, and is left to `asserted_by`.
"""

from __future__ import annotations

import re

from entente.actors.kb import KnowledgeBase

_NAME = r"((?:[A-Z0-9][\w'’.-]*)(?:\s+(?:de\s+|del\s+|la\s+|of\s+|the\s+)?[A-Z][\w'’.-]*){0,4})"
_CUES = {
    "en": re.compile(r"(?i:according to|in a statement to|in an interview with|speaking to|"
                     r"told|quoted by|reported by|cited by|as reported by|published in|"
                     r"published by|in a report by|writing in|in comments to|"
                     r"in remarks to)\s+(?i:the\s+)?(?i:(?:news\s+)?agency\s+|newspaper\s+|"
                     r"daily\s+|broadcaster\s+|magazine\s+|network\s+)?"
                     + _NAME),
    "es": re.compile(r"(?i:según|de acuerdo con|en declaraciones a|en una entrevista con|"
                     r"en entrevista con|dijo a|declaró a|contó a|citad[oa]s? por|publicó|"
                     r"reveló|informó|publicad[oa]s? (?:en|por)|recogid[oa]s? por|"
                     r"en un informe de)\s+"
                     r"(?i:el\s+|la\s+|los\s+|las\s+)?(?i:agencia\s+|diario\s+|periódico\s+|"
                     r"cadena\s+|emisora\s+|radio\s+|revista\s+|canal\s+)?" + _NAME),
}
OUTLET_WORDS = frozenset({
    "diario", "times", "post", "news", "press", "wire", "agencia", "agency", "radio", "tv",
    "televisión", "television", "noticias", "prensa", "journal", "herald", "tribune",
    "gazette", "mundo", "país", "confidencial", "nacional", "universal", "observer",
    "guardian", "telegraph", "ledger", "chronicle", "dispatch", "reuters", "afp", "efe", "ap",
    "bloomberg", "cnn", "bbc", "telesur", "granma", "cubadebate", "periódico", "semana",
    "economist", "monitor", "express", "independent", "médium", "medio",
})


def credited_outlet(sentence: str, lang: str, kb: KnowledgeBase) -> str | None:
    """The outlet the sentence credits for what it reports, if it names one."""
    pattern = _CUES.get(lang)
    if pattern is None:
        return None
    for m in pattern.finditer(sentence):
        name = m.group(1).rstrip(".,;:")
        if _is_outlet(name, kb, lang):
            return name
    return None


def _is_outlet(name: str, kb: KnowledgeBase, lang: str) -> bool:
    for start, end, alias in kb.find(name, lang):
        if alias.kind == "org" and kb.orgs[alias.key].role_on(None).sector == "MED":
            return True
        if alias.kind in ("person", "country", "capital", "demonym") and end - start == len(name):
            return False  # "according to Cuba", "según Díaz-Canel": a speaker, not an outlet
    words = {w.lower() for w in re.findall(r"[\w]+", name)}
    return bool(words & OUTLET_WORDS) or bool(re.fullmatch(r"\d+\w*", name))
