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
from typing import TYPE_CHECKING

from entente.actors.kb import KnowledgeBase, load_kb
from entente.coding.accents import restore_accents
from entente.coding.attribution import credited_agencies
from entente.coding.casing import recase
from entente.coding.memory import ArticleMemory
from entente.coding.ontology import load_ontology
from entente.coding.patterns import check_pattern_file, load_patterns
from entente.coding.views import text_of
from entente.ingest.datelines import find_datelines, first_dateline
from entente.nlp import SUPPORTED_LANGS, Models, settle
from entente.places.gazetteer import load_gazetteer
from entente.places.resolver import resolve_place
from entente.records import Article, Event, Place, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from entente.coding.coder import Coder
    from entente.coding.quotes import QuoteReader

# (the coder's modules, which import spaCy, are imported when a pipeline first codes: a
# process that only writes while workers code, services/workers.py, never imports them)

log = logging.getLogger(__name__)

# Longer texts are coded up to this many characters (spaCy's parser is linear but memory-hungry).
MAX_CODED_CHARS = 300_000


class Pipeline:
    """Codes articles into events. Models load on first use of each language.

    Each article is split into sentences by rule (cheap); only the sentences that contain a
    parsed together, in batches.
    """

    def __init__(self, models: Models | None = None, pattern_files: Sequence[Path] = (),
                 actor_files: Sequence[Path] = (), statements: bool = False) -> None:
        self.models = models or Models()
        self._pattern_files = tuple(pattern_files)
        for path in self._pattern_files:  # a bad user file fails now, not mid-run
            check_pattern_file(path)
        # the user's actor files are read now (a bad one fails here, not mid-run); the
        # shipped knowledge base on first use, so a process that only writes while
        # workers code (services/workers.py) never loads it
        self._actor_files = tuple(actor_files)
        self._kb: KnowledgeBase | None = load_kb(self._actor_files) if actor_files else None
        self.ontology = load_ontology()
        self.statements = statements  # keep bare statements that have no target
        self._coders: dict[str, Coder] = {}
        self._quotes: dict[str, QuoteReader] = {}

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = load_kb(self._actor_files)
        return self._kb

    def supports(self, lang: str | None) -> bool:
        return lang in SUPPORTED_LANGS

    def coder(self, lang: str) -> Coder:
        if lang not in self._coders:
            from entente.coding.coder import Coder
            from entente.coding.quotes import QuoteReader

            files = [p for p in self._pattern_files if p.stem.endswith(f"_{lang}")]
            self._coders[lang] = Coder(lang, load_patterns(lang, files), self.kb, self.ontology,
                                       statements=self.statements)
            self._quotes[lang] = QuoteReader(lang, self.kb)
            settle()  # (the knowledge base and the patterns, loaded to keep)
        return self._coders[lang]

    def code_article(self, article: Article) -> list[Event]:
        """The events an article states; [] for a language entente cannot code."""
        return next(iter(self.read_many([article]))).events

    def code_many(self, articles: Iterable[Article],
                  batch_size: int = 16) -> Iterator[tuple[Article, list[Event]]]:
        """Code articles in order, parsing each language's sentences in batches."""
        for coded in self.read_many(articles, batch_size):
            yield coded.article, coded.events

    def read_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Coded]:
        """Each article with its events and its quotes, in order."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article]) -> Iterator[Coded]:
        results: dict[int, Coded] = {}
        by_lang: dict[str, list[int]] = {}
        for i, article in enumerate(batch):
            if self.supports(article.lang):
                by_lang.setdefault(str(article.lang), []).append(i)
            else:
                results[i] = Coded(article, [], [])
        for lang, idxs in by_lang.items():
            results.update(self._code_language(batch, idxs, lang))
        for i in range(len(batch)):
            yield results[i]

    def _code_language(self, batch: list[Article], idxs: list[int],
                       lang: str) -> dict[int, Coded]:
        """Parse each article whole (the parser splits its sentences, never across a line
        break) and code its sentences in order."""
        docs = self.models.get(lang).pipe(self._parsable(batch[i], lang) for i in idxs)
        return {i: self._code_doc(batch[i], doc, lang) for i, doc in zip(idxs, docs, strict=True)}

    def _code_doc(self, article: Article, doc: Doc, lang: str) -> Coded:
        """The events and quotes of one parsed article."""
        from entente.coding.coder import SentenceContext
        from entente.coding.quotes import QuoteMemory, link_events, quote_marks
        from entente.coding.table import release

        coder, reader = self.coder(lang), self._quotes[lang]
        dateline = self._dateline(article, lang)
        memory, speakers = ArticleMemory(), QuoteMemory()
        # (on the text with its datelines blanked: a dialogue dash right after one opens a
        # quote, as at a line's start: "CARACAS.– —Nos sacaron de la casa —relató ...")
        marks = quote_marks(mask_datelines(article.text[:MAX_CODED_CHARS]))
        sents = [s for s in doc.sents if text_of(s).strip()]
        # the quotes first: a quote's first sentences need the speaker its last names
        heard = [reader.read(sent, 0, article.text, marks, article.id, index,
                             article.published, speakers)
                 for index, sent in enumerate(sents)]
        quotes = speakers.settle([q for found in heard for q in found])
        voices = [(q.span_start, q.span_end, q.speaker) for q in quotes
                  if q.kind == "direct" and q.speaker is not None and q.speaker.code]
        events: list[Event] = []
        for index, (sent, found) in enumerate(zip(sents, heard, strict=True)):
            for q in found:
                if q.speaker is not None and q.speaker.code and \
                        q.said_by == q.speaker_ref and q.anonymity in PEOPLE:
                    memory.heard(replace(q.speaker, text=q.speaker_ref or ""))
            ctx = SentenceContext(article.id, index, article.published, lang, memory,
                                  text=article.text, dateline_country=dateline.country,
                                  voices=voices)
            coded = [dateline.apply(e) for e in coder.code_sentence(sent, ctx)]
            events += link_events(coded, quotes)
        release(doc)
        return Coded(article, merge_mentions(events), quotes)

    def _parsable(self, article: Article, lang: str) -> str:
        """The text the parser reads: datelines blanked, headlines in capitals in ordinary
        case, Spanish preterites (of event and speech verbs) written without accents
        accented; the same length as the
        article's text, so every offset holds."""
        text = mask_datelines(article.text[:MAX_CODED_CHARS])
        lines = [recase(line, self.kb, lang) for line in text.splitlines(keepends=True)]
        if lang == "es":
            from entente.coding.quotes import speech_lemmas

            verbs = self.coder(lang).forms.lemmas

            def lemmas(form: str) -> tuple[str, ...]:  # the event verbs', and the speech verbs'
                return tuple(verbs(form)) + speech_lemmas(form)

            lines = [restore_accents(line, lemmas) for line in lines]
        return "".join(lines)

    def _dateline(self, article: Article, lang: str) -> Filed:
        """Where the article was filed and by which agency, from its dateline (the agency
        also from the story's credits: "— EFE", "con información de AFP")."""
        found = first_dateline(article.text)
        if found is None:
            return Filed(agency=credited_agencies(article.text))
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
        return Filed(place, place.country if place else None,
                     found.agency or credited_agencies(article.text))


def mask_datelines(text: str) -> str:
    """Blank out datelines at the start of paragraphs, keeping every character offset.

    The parser otherwise takes "HAVANA" for the subject of the sentence that follows it.
    (It may take the run of spaces for one: syntax.subjects looks through it.)
    """
    chars = list(text)
    for d in find_datelines(text):
        chars[d.start:d.end] = " " * (d.end - d.start)
    return "".join(chars)


# Speakers who are people, whom a later "she" or "he" may mean.
PEOPLE = frozenset({"named", "pseudonym", "anonymous", "unnamed"})


@dataclass(frozen=True, slots=True)
class Coded:
    """What an article says: its events and its quotes."""

    article: Article
    events: list[Event]
    quotes: list[Quote]


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
