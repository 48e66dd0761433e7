"""The event coder: a parsed sentence in, the events it states out.

For each verb whose lemma has a trigger pattern: the subject is the source (the agent in a
passive), the pattern's slot gives the target, both resolved through the actor knowledge
base; modality says whether it happened. No trigger, no event; no resolved source, no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from entente.actors.kb import KnowledgeBase
from entente.actors.resolver import resolve_words
from entente.coding import syntax
from entente.coding.dates import event_date
from entente.coding.modality import modality_of
from entente.coding.ontology import CameoCode
from entente.coding.patterns import Pattern, PatternIndex, lemma_key
from entente.records import Actor, Event, Modality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(frozen=True, slots=True)
class SentenceContext:
    article_id: str
    sentence_index: int
    published: date | None
    lang: str


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
        for verb in sent:
            if verb.pos_ != "VERB":
                continue
            found = self._match(verb)
            if found is None:
                continue
            pattern, trigger_objs = found
            events.extend(self._events(verb, pattern, trigger_objs, sent, ctx))
        return events

    def _match(self, verb: Token) -> tuple[Pattern, list[Token]] | None:
        candidates = self.patterns.candidates(verb.lemma_)
        if not candidates:
            return None
        passive = syntax.is_passive(verb)
        objs = syntax.subjects(verb) if passive else syntax.direct_objects(verb)
        objs = syntax.expand(objs)
        for p in candidates:
            if not p.objects:
                return p, []
            hits = [o for o in objs
                    if lemma_key(o.lemma_) in p.objects or lemma_key(o.text) in p.objects]
            if hits:
                return p, hits
        return None

    def _events(self, verb: Token, pattern: Pattern, trigger_objs: list[Token],
                sent: Span, ctx: SentenceContext) -> list[Event]:
        passive = syntax.is_passive(verb)
        day, precision = event_date(sent.text, verb.idx - sent.start_char, ctx.published)
        source_heads = syntax.agents(verb) if passive else syntax.subjects(verb)
        sources = self._resolve_all(syntax.expand(source_heads), day)
        if not sources:
            return []
        targets = self._targets(verb, pattern, trigger_objs, passive, day)
        modality, asserted_by = modality_of(verb, sent)
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
        trigger = " ".join([verb.text, *(o.text for o in trigger_objs)])
        offset = sent.start_char
        when = (day, precision)
        return [self._event(s, t, pattern.code, trigger, modality, asserted_by, sent, offset,
                            ctx, when)
                for s, t in pairs]

    def _targets(self, verb: Token, pattern: Pattern, trigger_objs: list[Token],
                 passive: bool, day: date | None) -> list[Actor]:
        """The first target slot of the pattern that names a resolvable actor."""
        for slot in pattern.target:
            if slot == "obj":
                heads = syntax.subjects(verb) if passive else syntax.direct_objects(verb)
            elif slot == "iobj":
                heads = syntax.indirect_objects(verb)
            else:
                prep = slot.split(":", 1)[1]
                heads = syntax.prep_objects(verb, prep)
                for obj in trigger_objs:
                    heads += syntax.prep_objects(obj, prep)
            actors = self._resolve_all(syntax.expand(heads), day)
            if actors:
                return actors
        return []

    def _resolve_all(self, heads: list[Token], day: date | None) -> list[Actor]:
        actors: list[Actor] = []
        for head in heads:
            actor = resolve_words(syntax.phrase_words(head), self.kb, self.lang, day)
            if actor is not None and actor.code is not None and actor not in actors:
                actors.append(actor)
        return actors

    def _event(self, source: Actor, target: Actor | None, code: str, trigger: str,
               modality: Modality, asserted_by: str | None, sent: Span, offset: int,
               ctx: SentenceContext, when: tuple[date | None, str | None]) -> Event:
        info = self.ontology[code]
        return Event(
            article_id=ctx.article_id,
            sentence_index=ctx.sentence_index,
            evidence=sent.text.strip(),
            span_start=offset,
            span_end=offset + len(sent.text),
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
        )
