"""Light coreference: the actors an article has named so far, for the pronouns, roles and
missing subjects that point back to them ("he", "they", "the president", "el mandatario",
Spanish "Se reunió con...")."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from entente.actors.kb import KnowledgeBase
from entente.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "él", "ella"})
GROUP_PRONOUNS = frozenset({"they", "them", "ellos", "ellas", "both", "ambos", "ambas"})
# Sectors whose bare mention ("the government", "the army", "la oposición") means the one of
# the country the article is about; "reporters" or "doctors" alone could be anyone's.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "OPP", "COP", "SPY"})


# A country named again by a common noun ("the country", "el país", "al país")
COUNTRY_NOUNS = frozenset({"country", "nation", "país", "pais", "nación", "nacion"})
DEFINITE = frozenset({"the", "this", "el", "este", "la", "esta", "al", "del"})


def _definite_alone(head: Token) -> bool:
    """"the country", "el país", "this nation", with nothing else said of it (so not "a
    country", "the host country", "neighbouring countries", "el país vecino")."""
    kids = list(head.children)
    return head.tag_ not in ("NNS", "NNPS") and "Plur" not in head.morph.get("Number", []) \
        and any(c.dep_ in ("det", "case") and c.lower_ in DEFINITE for c in kids) \
        and not any(c.dep_ in ("amod", "compound", "nmod", "acl", "relcl", "nummod", "poss")
                    for c in kids)


@dataclass
class ArticleMemory:
    """People and countries named in the article, and who acted last, most recent last."""

    people: list[Actor] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    last_sources: list[Actor] = field(default_factory=list)
    named: list[str] = field(default_factory=list)  # countries named by their names

    def remember(self, text: str, kb: KnowledgeBase, day: date | None,
                 lang: str | None = None) -> None:
        """Note the people and countries a sentence names (after it has been coded)."""
        for _start, _end, alias in kb.find(text, lang):
            if alias.kind == "person":
                found = _person(kb, alias.key, alias.text, day)
                if found is not None:
                    self.people.append(found)
                    if found.country:
                        self.countries.append(found.country)
            elif alias.kind in ("country", "capital", "demonym", "nickname") and alias.key:
                self.countries.append(alias.key)
                if alias.kind == "country":
                    self.named.append(alias.key)

    def heard(self, speaker: Actor) -> None:
        """A person quoted ("says Mariana, a Cuban doctor"): "she" may be her next."""
        self.people.append(speaker)

    def acted(self, sources: list[Actor]) -> None:
        """The sources of the sentence's events, for the next sentence's missing subject."""
        if sources:
            self.last_sources = list(dict.fromkeys(sources))

    def dominant_country(self) -> str | None:
        """The country the article is about: named at least twice, and more than half the
        time a country is named."""
        if not self.countries:
            return None
        (country, n), = Counter(self.countries).most_common(1)
        return country if n >= 2 and n * 2 > len(self.countries) else None

    def pro_drop(self, verb: Token, lang: str) -> list[Actor]:
        """Spanish leaves the subject out ("Se reunió con Díaz-Canel"): the finite
        third-person verb's subject is whoever acted last."""
        if lang != "es" or not self.last_sources:
            return []
        morph = verb.morph
        if "Fin" not in morph.get("VerbForm", []) or "3" not in morph.get("Person", ["3"]):
            return []
        plural = "Plur" in morph.get("Number", [])
        if plural != (len(self.last_sources) > 1):
            return []
        return [replace(a, text=verb.text, how=f"subject left out: {a.text} acted last")
                for a in self.last_sources]

    def antecedents(self, head: Token, actor: Actor | None, day: date | None,
                    kb: KnowledgeBase) -> list[Actor]:
        """What an unresolved mention points back to; [] if nothing."""
        text = head.text
        if head.pos_ == "PRON" and head.lower_ in PERSON_PRONOUNS and self.people:
            last = self.people[-1]
            return [Actor(text, last.code, last.country, last.sector, kb_id=last.kb_id,
                          how=f"pronoun for {last.text} named earlier")]
        if head.pos_ in ("PRON", "DET") and head.lower_ in GROUP_PRONOUNS and \
                len(self.last_sources) > 1:
            return [replace(a, text=text, how=f"pronoun for {a.text}, who acted last")
                    for a in self.last_sources]
        if head.lower_ in COUNTRY_NOUNS and self.named and _definite_alone(head):
            # "Brussels also cut aid to the country", "el país": the country the article is
            # about, else the last one named by its name (not a demonym: "expelled the
            # Spanish ambassador. The country's minister" is not Spain's)
            country = self.dominant_country() or self.named[-1]
            return [Actor(text, country, country, None,
                          how=f"'{text}': {kb.countries.get(country, country)}, named earlier")]
        if actor is not None and actor.sector and actor.country is None:
            # "the president", "el mandatario": the last person in that role, else the
            # sector of the last country named
            for person in reversed(self.people):
                if person.sector == actor.sector:
                    return [Actor(actor.text, person.code, person.country, person.sector,
                                  kb_id=person.kb_id,
                                  how=f"role for {person.text} named earlier")]
            if self.countries and actor.sector in STATE_SECTORS:
                country = self.countries[-1]
                return [Actor(actor.text, country + actor.sector, country, actor.sector,
                              how=f"sector word '{text}' in "
                                  f"{kb.countries.get(country, country)}, named earlier")]
        return []


def _person(kb: KnowledgeBase, pid: str, text: str, day: date | None) -> Actor | None:
    """A person as the resolver codes them on the day (an elite when out of office)."""
    person = kb.people[pid]
    role = person.role_on(day)
    if role is not None and role.code:
        return Actor(text, role.code, role.country, role.sector, kb_id=person.id,
                     how=f"person {person.names[0]}: {role.role}")
    near = person.nearest_role(day)
    if near is not None and near.country:
        return Actor(text, near.country + "ELI", near.country, "ELI", kb_id=person.id,
                     how=f"person {person.names[0]}: was {near.role}")
    return None
