"""Light coreference: the actors an article has named so far, for the pronouns and roles
that point back to them ("he", "the president", "el mandatario")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from entente.actors.kb import KnowledgeBase
from entente.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "él", "ella"})
# Sectors whose bare mention ("the government", "the army", "la oposición") means the one of
# the country the article is about; "reporters" or "doctors" alone could be anyone's.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "OPP", "COP", "SPY"})


@dataclass
class ArticleMemory:
    """People and countries named in the article, most recent last."""

    people: list[Actor] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)

    def remember(self, text: str, kb: KnowledgeBase, day: date | None,
                 lang: str | None = None) -> None:
        """Note the people and countries a sentence names (after it has been coded)."""
        for _start, _end, alias in kb.find(text, lang):
            if alias.kind == "person":
                person = kb.people[alias.key]
                role = person.role_on(day)
                if role is not None and role.code:
                    self.people.append(Actor(alias.text, role.code, role.country, role.sector,
                                             kb_id=person.id,
                                             how=f"person {person.names[0]}: {role.role}"))
                    if role.country:
                        self.countries.append(role.country)
            elif alias.kind in ("country", "capital", "demonym", "nickname") and alias.key:
                self.countries.append(alias.key)

    def antecedent(self, head: Token, actor: Actor | None, day: date | None,
                   kb: KnowledgeBase) -> Actor | None:
        """What an unresolved mention points back to, or the mention itself if nothing."""
        text = head.text
        if head.pos_ == "PRON" and head.lower_ in PERSON_PRONOUNS and self.people:
            last = self.people[-1]
            return Actor(text, last.code, last.country, last.sector, kb_id=last.kb_id,
                         how=f"pronoun for {last.text} named earlier")
        if actor is not None and actor.sector and actor.country is None:
            # "the president", "el mandatario": the last person in that role, else the
            # sector of the last country named
            for person in reversed(self.people):
                if person.sector == actor.sector:
                    return Actor(actor.text, person.code, person.country, person.sector,
                                 kb_id=person.kb_id, how=f"role for {person.text} named earlier")
            if self.countries and actor.sector in STATE_SECTORS:
                country = self.countries[-1]
                return Actor(actor.text, country + actor.sector, country, actor.sector,
                             how=f"sector word '{text}' in {kb.countries.get(country, country)},"
                                 " named earlier")
        return actor
