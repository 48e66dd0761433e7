"""Credited sources: the outlet an article says a claim comes from ("in a statement to
14ymedio", "according to El Confidencial", "según Diario de Cuba"), or the body whose report
it cites ("according to a report by Human Rights Watch", "Amnesty International said in a
report", "según un informe de la ONU"), kept on the events the sentence states; and the
agencies an article credits for the whole story ("— EFE", "con información de AFP", "AP
contributed to this report"), kept on all its events.

A name counts as an outlet when the knowledge base knows it as media (sector MED) or when
it reads like one (a news agency's name, or a word such as Diario, Times, Radio, Agencia);
"according to the minister" names a speaker, not an outlet, and is left to `asserted_by`.
"""

from __future__ import annotations

import re

from entente.actors.kb import KnowledgeBase
from entente.coding.hints import lowered, may_hold

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


# "according to a report by Human Rights Watch", "según un informe de Amnistía
# Internacional": a body's report is credited, whoever the body is
_REPORT = {
    "en": re.compile(r"(?i:according to|in|cited in|citing|published in)\s+(?i:a|an|the|its)\s+"
                     r"(?:(?i:new|recent|latest|annual|confidential|leaked|\d{4})\s+)?"
                     r"(?i:report|study|survey|assessment|investigation|review|analysis)\s+"
                     r"(?i:by|from|of|published by|released by)\s+(?i:the\s+)?" + _NAME),
    "es": re.compile(r"(?i:según|de acuerdo con|en|citando)\s+(?i:un|una|el|la|su)\s+"
                     r"(?:(?i:nuevo|reciente|último|ultimo|anual|\d{4})\s+)?"
                     r"(?i:informe|estudio|reporte|investigación|investigacion|análisis|"
                     r"analisis)\s+(?:(?i:publicad[oa]\s+)?(?i:de|del|por)\s+)"
                     r"(?i:el\s+|la\s+|los\s+|las\s+)?" + _NAME),
}
# "Human Rights Watch said in a report", "Amnistía Internacional denunció en un informe"
_SAID_IN_REPORT = {
    "en": re.compile(_NAME + r"\s+(?:said|says|found|concluded|reported|warned|documented|"
                     r"wrote|stated)\s+(?:\w+\s+){0,3}?in\s+(?i:a|an|its)\s+(?:\w+\s+)?"
                     r"(?i:report|study|statement|survey)"),
    "es": re.compile(_NAME + r"\s+(?:dijo|afirmó|afirmo|denunció|denuncio|señaló|senalo|"
                     r"concluyó|concluyo|advirtió|advirtio|documentó|documento)\s+"
                     r"(?:\w+\s+){0,3}?en\s+(?i:un|una|su)\s+(?:\w+\s+)?"
                     r"(?i:informe|estudio|reporte|comunicado)"),
}


# Words one of which every match of the patterns above holds (coding/hints.py): a pattern
# does not run over a sentence that holds none of its words.
_CUE_WORDS = {
    "en": ("according to", "statement to", "interview with", "speaking to", "told",
           "quoted by", "reported by", "cited by", "published", "report by", "writing in",
           "comments to", "remarks to"),
    "es": ("según", "acuerdo con", "declaraciones a", "entrevista con", "dijo a", "declaró a",
           "contó a", "citad", "publicó", "reveló", "informó", "publicad", "recogid",
           "informe de"),
}
_REPORT_WORDS = {
    "en": ("report", "study", "survey", "assessment", "investigation", "review", "analysis"),
    "es": ("informe", "estudio", "reporte", "investigación", "investigacion", "análisis",
           "analisis"),
}
_SAID_IN_REPORT_WORDS = {
    "en": ("report", "study", "statement", "survey"),
    "es": ("informe", "estudio", "reporte", "comunicado"),
}


def credited_outlet(sentence: str, lang: str, kb: KnowledgeBase) -> str | None:
    """The outlet (or the body whose report) the sentence credits for what it reports, if
    it names one."""
    pattern = _CUES.get(lang)
    if pattern is None:
        return None
    low = lowered(sentence)
    if may_hold(low, _REPORT_WORDS[lang]):
        for m in _REPORT[lang].finditer(sentence):
            name = m.group(1).rstrip(".,;:")
            if _is_body(name, kb, lang):
                return name
    if may_hold(low, _SAID_IN_REPORT_WORDS[lang]):
        for m in _SAID_IN_REPORT[lang].finditer(sentence):
            name = m.group(1).rstrip(".,;:")
            if _is_body(name, kb, lang):
                return name
    if not may_hold(low, _CUE_WORDS[lang]):
        return None
    for m in pattern.finditer(sentence):
        name = m.group(1).rstrip(".,;:")
        if is_outlet(name, kb, lang):
            return name
    return None


def _is_body(name: str, kb: KnowledgeBase, lang: str) -> bool:
    """An organisation the knowledge base knows (a rights group, a UN agency, an outlet),
    or a name that reads like an outlet."""
    return any(alias.kind == "org" and end - start >= len(name) - 1
               for start, end, alias in kb.find(name, lang)) or is_outlet(name, kb, lang)


# Credits of a whole story, at its end or after its dateline.
_AGENCY = r"(?:Reuters|AFP|EFE|AP|Europa Press|ANSA|DPA|dpa|Xinhua|Bloomberg|Notimex|Sputnik|" \
          r"Prensa Latina|TASS|Télam|Telam|Andina|Colprensa|Agencia Brasil|Kyodo|Yonhap|" \
          r"Anadolu|IPS|UPI|Agencias|agencias)"
_CREDITS = [
    re.compile(rf"(?m)^\s*[—–-]\s*(?P<a>{_AGENCY}(?:\s*(?:/|,|y|and)\s*{_AGENCY})*)\s*\.?\s*$"),
    re.compile(rf"(?i:con información de|con informacion de|con info de|fuente:|"
               rf"información de|redacción con)\s+(?P<a>{_AGENCY}(?:\s*(?:,|y|e)\s*{_AGENCY})*)"),
    re.compile(rf"(?P<a>{_AGENCY}(?:\s*(?:,|and)\s*{_AGENCY})*)\s+(?i:contributed|"
               rf"contributed reporting|contributed to this report)"),
    re.compile(rf"(?i:additional reporting by|reporting by)\s+(?P<a>{_AGENCY})\b"),
    re.compile(rf"\((?P<a>{_AGENCY}(?:\s*/\s*{_AGENCY})*)\)\s*\.?\s*$"),
]


def credited_agencies(text: str) -> str | None:
    """The agencies an article credits for the whole story ("— EFE", "con información de
    AFP y EFE", "AP contributed to this report"), joined by "; ", or None."""
    tail = text[-600:]
    found: list[str] = []
    for pattern in _CREDITS:
        for m in pattern.finditer(tail):
            for name in re.split(r"\s*(?:/|,|\by\b|\be\b|\band\b)\s*", m.group("a")):
                if name and name not in found:
                    found.append(name)
    return "; ".join(found) if found else None


def is_outlet(name: str, kb: KnowledgeBase, lang: str) -> bool:
    """A name the knowledge base knows as media, or that reads like an outlet's."""
    for start, end, alias in kb.find(name, lang):
        if alias.kind == "org" and kb.orgs[alias.key].role_on(None).sector == "MED":
            return True
        if alias.kind in ("person", "country", "capital", "demonym") and end - start == len(name):
            return False  # "according to Cuba", "según Díaz-Canel": a speaker, not an outlet
    words = {w.lower() for w in re.findall(r"[\w]+", name)}
    return bool(words & OUTLET_WORDS) or bool(re.fullmatch(r"\d+\w*", name))
