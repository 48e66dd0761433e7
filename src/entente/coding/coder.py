"""The event coder: a parsed sentence in, the events it states out.

For each verb (or event noun) whose lemma has a trigger pattern, the pattern's slots give
the source and the target, both resolved through the actor knowledge base; modality says
whether it happened. No trigger, no event; no resolved source, no event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from entente.actors.kb import KnowledgeBase
from entente.actors.resolver import resolve_words
from entente.coding import syntax
from entente.coding.attribution import credited_outlet
from entente.coding.dates import event_date
from entente.coding.memory import ArticleMemory
from entente.coding.modality import modality_of, nominal_modality
from entente.coding.ontology import CameoCode
from entente.coding.patterns import Pattern, PatternIndex, lemma_key
from entente.places.gazetteer import load_gazetteer
from entente.places.resolver import resolve_place
from entente.records import Actor, Event, Modality, Place

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

STATEMENT = "010"  # a bare statement: kept only when the sentence states nothing else


@dataclass
class SentenceContext:
    article_id: str
    sentence_index: int
    published: date | None
    lang: str
    memory: ArticleMemory = field(default_factory=ArticleMemory)
    offset: int = 0  # where the parsed text starts in the article


@dataclass(frozen=True, slots=True)
class _Match:
    trigger: Token
    pattern: Pattern
    trigger_objs: list[Token]
    passive: bool


class Coder:
    """Codes sentences of one language."""

    def __init__(self, lang: str, patterns: PatternIndex, kb: KnowledgeBase,
                 ontology: dict[str, CameoCode]) -> None:
        self.lang = lang
        self.patterns = patterns
        self.kb = kb
        self.ontology = ontology

    def code_sentence(self, sent: Span, ctx: SentenceContext) -> list[Event]:
        events: list[Event] = []
        for token in sent:
            for match in self._matches(token):
                found = self._events(match, sent, ctx)
                if found:  # the most specific pattern that yields events wins
                    events.extend(found)
                    break
        if any(e.cameo != STATEMENT for e in events):
            events = [e for e in events if e.cameo != STATEMENT]
        if events:
            credited = credited_outlet(sent.text, self.lang, self.kb)
            if credited:
                events = [replace(e, credited_source=credited) for e in events]
        ctx.memory.remember(sent.text, self.kb, ctx.published, self.lang)
        return events

    # -- matching -------------------------------------------------------------------------

    def _matches(self, token: Token) -> list[_Match]:
        """The patterns this token triggers, most specific first."""
        if token.pos_ == "VERB":
            noun = False
        elif token.pos_ == "NOUN":
            noun = True
        else:
            return []
        candidates = self.patterns.candidates(token.lemma_, noun=noun)
        if not candidates and noun:
            candidates = self.patterns.candidates(token.text, noun=True)
        if not candidates:
            return []
        passive = not noun and syntax.is_passive(token)
        objs = syntax.look_through(syntax.expand(
            syntax.subjects(token) if passive else syntax.direct_objects(token)))
        found = []
        for p in candidates:
            needed = p.needs_particle(token.lemma_)
            if needed and not syntax.has_particle(token, needed):
                continue
            hits = [o for o in objs
                    if lemma_key(o.lemma_) in p.objects or lemma_key(o.text) in p.objects]
            if not p.objects or hits:
                found.append(_Match(token, p, hits, passive))
        return found

    def is_event_noun(self, token: Token) -> bool:
        return token.pos_ == "NOUN" and bool(
            self.patterns.candidates(token.lemma_, noun=True)
            or self.patterns.candidates(token.text, noun=True))

    # -- events ---------------------------------------------------------------------------

    def _events(self, m: _Match, sent: Span, ctx: SentenceContext) -> list[Event]:
        token, pattern = m.trigger, m.pattern
        day, precision = event_date(sent.text, token.idx - sent.start_char, ctx.published)
        sources = self._slot_actors(token, pattern.source, m, day, ctx, source=True)
        if not sources:
            return []
        targets = self._slot_actors(token, pattern.target, m, day, ctx, source=False)
        if pattern.nominal:
            modality, asserted_by = nominal_modality(token, sent), None
        else:
            modality, asserted_by = modality_of(token, sent)
        pairs: list[tuple[Actor, Actor | None]]
        if targets:
            pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
        elif pattern.mutual and len(sources) > 1:
            # "Cuba and Venezuela signed an agreement": each is the other's counterpart
            pairs = [(s, t) for s in sources for t in sources if s.code != t.code]
        elif pattern.target_required:
            return []
        else:
            pairs = [(s, None) for s in sources]
        trigger = " ".join([token.text, *(o.text for o in m.trigger_objs)])
        prefer = [c for a in (*sources, *targets) if (c := a.country)] + \
            ctx.memory.countries[::-1]
        place = self._place(token, pattern.code.startswith("042"), prefer)
        return [self._event(s, t, pattern.code, trigger, modality, asserted_by, sent, ctx,
                            (day, precision), place)
                for s, t in pairs]

    def _place(self, token: Token, visit: bool, prefer: list[str]) -> Place | None:
        """Where the sentence says the event happened, if it says so."""
        for head in syntax.place_heads(token, visit=visit):
            other_side = syntax.border_country(head)
            if other_side is not None:
                found = resolve_place(syntax.place_name(other_side), load_gazetteer(),
                                      self.kb, prefer, self.lang)
                if found is not None and found.precision == "country":
                    return Place(f"border with {found.name}", found.country,
                                 precision="country", how=f"border with {found.name}")
                continue
            if head.pos_ != "PROPN":
                continue
            found = resolve_place(syntax.place_name(head), load_gazetteer(), self.kb, prefer,
                                  self.lang)
            if found is not None:
                return found
        return None

    def _slot_actors(self, token: Token, slots: tuple[str, ...], m: _Match, day: date | None,
                     ctx: SentenceContext, source: bool) -> list[Actor]:
        """The first slot, left to right, that names resolvable actors."""
        for slot in slots:
            heads = self._slot_heads(token, slot, m, source)
            actors = self._resolve_all(syntax.expand(heads), day, ctx)
            if actors:
                return actors
        return []

    def _slot_heads(self, token: Token, slot: str, m: _Match, source: bool) -> list[Token]:
        if slot == "subj":
            if m.passive and source:
                return syntax.agents(token)
            return syntax.subjects(token) if not m.passive else []
        if slot == "obj":
            return syntax.look_through(
                syntax.subjects(token) if m.passive else syntax.direct_objects(token))
        if slot == "iobj":
            return syntax.indirect_objects(token)
        if slot == "poss":
            return syntax.possessors(token)
        prep = slot.split(":", 1)[1]
        heads = syntax.prep_objects(token, prep)
        for obj in m.trigger_objs:
            heads += syntax.prep_objects(obj, prep)
        return heads

    def _resolve_all(self, heads: list[Token], day: date | None,
                     ctx: SentenceContext) -> list[Actor]:
        actors: list[Actor] = []
        for head in heads:
            actor = self._resolve(head, day, ctx)
            if actor is not None and actor.code is not None and actor not in actors:
                actors.append(actor)
        return actors

    def _resolve(self, head: Token, day: date | None, ctx: SentenceContext) -> Actor | None:
        if self.is_event_noun(head):
            # "condemned the capture by U.S. troops": the act's agent is the one condemned;
            # "the capture of Maduro" alone names no one the condemnation is aimed at
            return self._nominal_agent(head, day, ctx)
        actor = resolve_words(syntax.phrase_words(head), self.kb, self.lang, day,
                              context=head.sent.text)
        if actor is None or actor.code is None:
            return ctx.memory.antecedent(head, actor, day, self.kb)
        return actor

    def _nominal_agent(self, noun: Token, day: date | None,
                       ctx: SentenceContext) -> Actor | None:
        for p in self.patterns.candidates(noun.lemma_, noun=True) or \
                self.patterns.candidates(noun.text, noun=True):
            for slot in p.source:
                if slot.startswith("prep:"):
                    for head in syntax.prep_objects(noun, slot.split(":", 1)[1]):
                        actor = resolve_words(syntax.phrase_words(head), self.kb, self.lang,
                                              day)
                        if actor is not None and actor.code is not None:
                            return actor
            break
        return None

    def _event(self, source: Actor, target: Actor | None, code: str, trigger: str,
               modality: Modality, asserted_by: str | None, sent: Span,
               ctx: SentenceContext, when: tuple[date | None, str | None],
               place: Place | None = None) -> Event:
        info = self.ontology[code]
        raw = sent.text
        lead, trail = len(raw) - len(raw.lstrip()), len(raw) - len(raw.rstrip())
        return Event(
            article_id=ctx.article_id,
            sentence_index=ctx.sentence_index,
            evidence=raw.strip(),
            # the span is the evidence's own: no blanked dateline, no trailing newline
            span_start=ctx.offset + sent.start_char + lead,
            span_end=ctx.offset + sent.end_char - trail,
            source=source,
            target=target,
            cameo=code,
            root=info.root,
            plover=info.plover,
            plover_mode=info.plover_mode,
            goldstein=info.goldstein,
            quad_class=info.quad_class,
            trigger=trigger,
            modality=modality,
            date=when[0],
            date_precision=when[1],
            published=ctx.published,
            asserted_by=asserted_by,
            lang=ctx.lang,
            place=place,
        )
