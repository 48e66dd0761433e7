"""The centre of the house: `Article -> list[Event]`.

A Pipeline holds what is loaded once per process (spaCy models, patterns, the actor
knowledge base, the ontology) and no other state, so the same object codes in the CLI,
the web server or a distributed worker.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from entente.actors.kb import KnowledgeBase, load_kb
from entente.coding.casing import recase
from entente.coding.coder import Coder, SentenceContext
from entente.coding.memory import ArticleMemory
from entente.coding.ontology import load_ontology
from entente.coding.patterns import check_pattern_file, load_patterns
from entente.coding.prefilter import TriggerFilter
from entente.ingest.datelines import find_datelines, first_dateline
from entente.nlp import SUPPORTED_LANGS, Models
from entente.places.gazetteer import load_gazetteer
from entente.places.resolver import resolve_place
from entente.records import Article, Event, Place

log = logging.getLogger(__name__)

# Longer texts are coded up to this many characters (spaCy's parser is linear but memory-hungry).
MAX_CODED_CHARS = 300_000


@dataclass(frozen=True, slots=True)
class _Sentence:
    article: int  # index in the batch
    index: int  # sentence number in the article
    start: int  # character offset in the article text
    text: str
    candidate: bool  # could hold an event: will be parsed


class Pipeline:
    """Codes articles into events. Models load on first use of each language.

    Each article is split into sentences by rule (cheap); only the sentences that contain a
    possible trigger are parsed (`prefilter=False` parses them all).
    """

    def __init__(self, models: Models | None = None, pattern_files: Sequence[Path] = (),
                 actor_files: Sequence[Path] = (), prefilter: bool = True,
                 statements: bool = False) -> None:
        self.models = models or Models()
        self._pattern_files = tuple(pattern_files)
        for path in self._pattern_files:  # a bad user file fails now, not mid-run
            check_pattern_file(path)
        self.kb: KnowledgeBase = load_kb(actor_files)
        self.ontology = load_ontology()
        self.prefilter = prefilter
        self.statements = statements  # keep bare statements that have no target
        self._coders: dict[str, Coder] = {}
        self._filters: dict[str, TriggerFilter] = {}

    def supports(self, lang: str | None) -> bool:
        return lang in SUPPORTED_LANGS

    def coder(self, lang: str) -> Coder:
        if lang not in self._coders:
            files = [p for p in self._pattern_files if p.stem.endswith(f"_{lang}")]
            self._coders[lang] = Coder(lang, load_patterns(lang, files), self.kb, self.ontology,
                                       statements=self.statements)
            self._filters[lang] = TriggerFilter(self._coders[lang].patterns, lang)
        return self._coders[lang]

    def code_article(self, article: Article) -> list[Event]:
        """The events an article states; [] for a language entente cannot code."""
        return next(iter(self.code_many([article])))[1]

    def code_many(self, articles: Iterable[Article],
                  batch_size: int = 16) -> Iterator[tuple[Article, list[Event]]]:
        """Code articles in order, parsing each language's sentences in batches."""
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
            results.update(self._code_language(batch, idxs, lang))
        for i, article in enumerate(batch):
            yield article, results[i]

    def _code_language(self, batch: list[Article], idxs: list[int],
                       lang: str) -> dict[int, list[Event]]:
        coder = self.coder(lang)
        sentences = [s for i in idxs for s in self._segment(i, batch[i], lang)]
        # parsed lazily, in the order the loop below walks the candidates; a headline in
        # capitals is parsed in ordinary case (same length: offsets stay true)
        parsed = iter(self.models.get(lang).pipe(recase(s.text, self.kb, lang)
                                                 for s in sentences if s.candidate))
        events: dict[int, list[Event]] = {i: [] for i in idxs}
        memories = {i: ArticleMemory() for i in idxs}
        filed = {i: self._dateline(batch[i], lang) for i in idxs}
        for s in sentences:
            article = batch[s.article]
            if not s.candidate:
                memories[s.article].remember(s.text, self.kb, article.published, lang)
                continue
            dateline = filed[s.article]
            ctx = SentenceContext(article.id, s.index, article.published, lang,
                                  memories[s.article], offset=s.start,
                                  text=article.text[s.start:s.start + len(s.text)],
                                  dateline_country=dateline.country)
            for span in next(parsed).sents:
                events[s.article].extend(dateline.apply(e)
                                         for e in coder.code_sentence(span, ctx))
        return {i: merge_mentions(evs) for i, evs in events.items()}

    def _dateline(self, article: Article, lang: str) -> Filed:
        """Where the article was filed and by which agency, from its dateline."""
        found = first_dateline(article.text)
        if found is None:
            return Filed()
        place = None
        for name in (found.region, found.place):
            if name:
                place = resolve_place(name.title() if name.isupper() else name,
                                      load_gazetteer(), self.kb, (), lang)
                if place is not None:
                    break
        if place is not None and found.place and place.precision == "country":
            # "KYIV, Ukraine": the city, in the country the region names
            city = resolve_place(found.place.title() if found.place.isupper()
                                 else found.place, load_gazetteer(), self.kb,
                                 [place.country] if place.country else [], lang)
            if city is not None and city.country == place.country:
                place = city
        how = f"the article's dateline, {found.text}"
        if place is not None:
            place = replace(place, how=how)
        return Filed(place, place.country if place else None, found.agency)

    def _segment(self, i: int, article: Article, lang: str) -> Iterator[_Sentence]:
        text = mask_datelines(article.text[:MAX_CODED_CHARS])
        doc = self.models.segmenter(lang)(text)
        check = self._filters[lang].could_hold_event
        for index, sent in enumerate(s for s in doc.sents if s.text.strip()):
            words = (t.text for t in sent)
            yield _Sentence(i, index, sent.start_char, sent.text,
                            candidate=not self.prefilter or check(words))


def mask_datelines(text: str) -> str:
    """Blank out datelines at the start of paragraphs, keeping every character offset.

    The parser otherwise takes "HAVANA" for the subject of the sentence that follows it.
    """
    chars = list(text)
    for d in find_datelines(text):
        chars[d.start:d.end] = " " * (d.end - d.start)
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class Filed:
    """What an article's dateline gives its events: a place when the sentence names none,
    the country of actors known by their sector only, and the agency credited."""

    place: Place | None = None
    country: str | None = None
    agency: str | None = None

    def apply(self, event: Event) -> Event:
        if self.place is None and self.agency is None:
            return event
        return replace(event, place=event.place or self.place,
                       credited_source=event.credited_source or self.agency)


def merge_mentions(events: list[Event]) -> list[Event]:
    """One event per (source, target, code, date, modality) in an article, with its mentions."""
    merged: dict[tuple[object, ...], Event] = {}
    for e in events:
        key = (e.source.code, e.target.code if e.target else None, e.cameo, e.date, e.modality)
        if key in merged:
            first = merged[key]
            merged[key] = replace(first, mentions=first.mentions + e.mentions)
        else:
            merged[key] = e
    return list(merged.values())
