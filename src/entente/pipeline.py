"""The centre of the house: `Article -> list[Event]`.

A Pipeline holds what is loaded once per process (spaCy models, patterns, the actor
knowledge base, the ontology) and no other state, so the same object codes in the CLI,
the web server or a distributed worker.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from entente.actors.kb import KnowledgeBase, load_kb
from entente.coding.coder import Coder, SentenceContext
from entente.coding.memory import ArticleMemory
from entente.coding.ontology import load_ontology
from entente.coding.patterns import load_patterns
from entente.nlp import SUPPORTED_LANGS, Models
from entente.records import Article, Event

log = logging.getLogger(__name__)

# Longer texts are coded up to this many characters (spaCy's parser is linear but memory-hungry).
MAX_CODED_CHARS = 300_000


class Pipeline:
    """Codes articles into events. Models load on first use of each language."""

    def __init__(self, models: Models | None = None, pattern_files: Sequence[Path] = (),
                 actor_files: Sequence[Path] = ()) -> None:
        self.models = models or Models()
        self._pattern_files = tuple(pattern_files)
        self.kb: KnowledgeBase = load_kb(actor_files)
        self.ontology = load_ontology()
        self._coders: dict[str, Coder] = {}

    def supports(self, lang: str | None) -> bool:
        return lang in SUPPORTED_LANGS

    def coder(self, lang: str) -> Coder:
        if lang not in self._coders:
            files = [p for p in self._pattern_files if p.stem.endswith(f"_{lang}")]
            self._coders[lang] = Coder(lang, load_patterns(lang, files), self.kb, self.ontology)
        return self._coders[lang]

    def code_article(self, article: Article) -> list[Event]:
        """The events an article states; [] for a language entente cannot code."""
        return next(iter(self.code_many([article])))[1]

    def code_many(self, articles: Iterable[Article],
                  batch_size: int = 16) -> Iterator[tuple[Article, list[Event]]]:
        """Code articles in order, parsing each language's texts in batches."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        results: dict[int, list[Event]] = {}
        by_lang: dict[str, list[int]] = {}
        for i, article in enumerate(batch):
            if self.supports(article.lang):
                by_lang.setdefault(str(article.lang), []).append(i)
            else:
                results[i] = []
        for lang, idxs in by_lang.items():
            nlp = self.models.get(lang)
            texts = [mask_datelines(batch[i].text[:MAX_CODED_CHARS]) for i in idxs]
            for i, doc in zip(idxs, nlp.pipe(texts), strict=True):
                results[i] = self._code_doc(batch[i], doc, lang)
        for i, article in enumerate(batch):
            yield article, results[i]

    def _code_doc(self, article: Article, doc: object, lang: str) -> list[Event]:
        coder = self.coder(lang)
        events: list[Event] = []
        memory = ArticleMemory()
        for index, sent in enumerate(doc.sents):  # type: ignore[attr-defined]
            ctx = SentenceContext(article.id, index, article.published, lang, memory)
            events.extend(coder.code_sentence(sent, ctx))
        return merge_mentions(events)


# "CARACAS, Jan 3 (Andes Wire) — ", "HAVANA — ", "WASHINGTON, 25 mar (Agencia Sur).– "
_DATELINE = re.compile(
    r"^[ \t]*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ.' -]{2,40}(?:,[^\n—–]{0,40}?)?\s*\.?\s*[—–]+[ \t]*",
    re.M)


def mask_datelines(text: str) -> str:
    """Blank out datelines at the start of paragraphs, keeping every character offset.

    The parser otherwise takes "HAVANA" for the subject of the sentence that follows it.
    """
    return _DATELINE.sub(lambda m: " " * len(m.group(0)), text)


def merge_mentions(events: list[Event]) -> list[Event]:
    """One event per (source, target, code, date, modality) in an article, with its mentions."""
    from dataclasses import replace

    merged: dict[tuple[object, ...], Event] = {}
    for e in events:
        key = (e.source.code, e.target.code if e.target else None, e.cameo, e.date, e.modality)
        if key in merged:
            first = merged[key]
            merged[key] = replace(first, mentions=first.mentions + e.mentions)
        else:
            merged[key] = e
    return list(merged.values())
