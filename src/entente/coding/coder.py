"""The event coder: a parsed sentence in, the events it states out.

Three steps for each sentence:

1. **Match**: every verb, noun phrase or event noun whose words a trigger pattern names is
   a match; the patterns that name particles or objects settle a word's sense before the
   ones that name neither (docs/patterns.md).
2. **Relate** the matches: an intent, threat, refusal, appeal or demand that names another
   act becomes the specific code for it ("pledged to send doctors": 0333) and the act named
   is no event of its own; an aid or cooperation verb in the future tense, said by its
   actor, is an intent; an event noun that is the object of a light verb ("launched an
   attack") is that verb's, and one that is the subject of a verb of the same kind
   ("airstrikes killed") takes the verb's object as its target.
3. **Code**: the pattern's slots give the source and the target, resolved through the
   actor knowledge base (known actors, actors known by their sector, names the knowledge
   base lacks); modality says whether it happened; the sentence gives the date and place.
   An event needs an action and at least one side whose code is known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

# (at run time, not for type checking only: the compiled dataclasses read their annotations,
# entente.native)
from spacy.tokens import Doc, Span, Token

from entente.actors.kb import KnowledgeBase
from entente.actors.resolver import (
    Word,
    country_in_context,
    of_no_one_country,
    resolve_words,
    stands_abroad,
)
from entente.coding import syntax
from entente.coding.attribution import credited_outlet
from entente.coding.dates import MONTHS, WEEKDAYS, event_date
from entente.coding.families import Families, kind_of, load_families
from entente.coding.inflect import ENCLITICS, FormIndex
from entente.coding.memory import ArticleMemory
from entente.coding.modality import SPEECH_VERBS, asked, modality_of, nominal_modality, who_says
from entente.coding.ontology import CameoCode
from entente.coding.patterns import (
    FUNCTION_WORDS,
    NOT_AN_EVENT,
    Pattern,
    PatternIndex,
    lemma_key,
)
from entente.coding.refine import load_refinements
from entente.coding.set_phrases import ACCEPT, BEHIND, COPULAS, PRESSED, TARGETS, said_act
from entente.coding.set_phrases import HEADS as SET_PHRASE_HEADS  # noqa: I001
from entente.coding.speaker_words import INDEFINITE
from entente.coding.table import token_table, tokens
from entente.coding.views import conjuncts, sentence_of, text_of
from entente.places.gazetteer import load_gazetteer
from entente.places.resolver import resolve_place, unpreferred
from entente.records import Actor, Event, Modality, Place

# a meeting, talks, a visit, hosting one, a meeting at a third place
CONSULT, NEGOTIATE, VISIT, HOST, THIRD_PLACE = "040", "046", "042", "043", "044"
# Consultations that have a counterpart or are no event: meetings, calls (041), visits,
# hosting, talks (not mediation, 045, which may be told of the mediator alone)
COUNTERPART_CODES = frozenset({CONSULT, "041", VISIT, HOST, THIRD_PLACE, NEGOTIATE})
# Set phrases read before a word's patterns: "we will never recognise", "would be an act of war"
FIRST_HEADS = ACCEPT | COPULAS | PRESSED
# "we will respond if...", "responderemos a cualquier agresión": an answer threatened
ANSWER_VERBS = frozenset({"respond", "react", "reply", "answer", "retaliate", "responder",
                          "reaccionar", "contestar", "replicar"})
FORCE_THREAT = "138"
OCCUPATION_THREAT = "1382"
ANSWER_TARGETS = ("prep:to", "prep:a", "obj")
# what "any" of, answered, makes a threat ("will respond to any aggression", not "will
# answer any questions")
HOSTILE_ACTS = frozenset({"attack", "aggression", "provocation", "strike", "incursion",
                          "violation", "escalation", "attempt", "act", "move", "threat",
                          "ataque", "agresión", "agresion", "provocación", "provocacion",
                          "incursión", "violación", "violacion", "amenaza",
                          "intento", "acto", "tariff", "sanction", "arancel", "sanción",
                          "sancion"})
# "in a clear warning to Ethiopia", "en respuesta a Washington": words aimed at someone
ADDRESS_NOUNS = frozenset({"warning", "message", "response", "reply", "rebuke", "retort",
                           "signal", "answer", "advertencia", "mensaje", "respuesta",
                           "réplica", "replica", "señal", "senal", "aviso"})
STATEMENT = "010"  # a bare statement: kept only when the sentence states nothing else
# Cooperative acts that an actor announcing them in the future expresses an intent to do.
INTENT_ROOTS = frozenset({"06", "07", "08"})
# ... and those an actor can say it is ready to do, or will not do (a refusal); an
# investigation it says it will open is an intent too (030)
COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08", "09"})
# Objects of an added gerund that stand for whom the act it is added to was done to
ADJUNCT_PRONOUNS = frozenset({"it", "him", "her", "them", "lo", "la", "los", "las", "le", "les"})
# An accusation of an act of these roots is of aggression (1123), of human rights abuses
# (1122) or of war crimes and mass killing (1124)
ACCUSED_OF = {"15": "1123", "19": "1123", "18": "1122", "20": "1124"}
# verbs of blaming, whose object is held to have done an act: "blaming the militias"
BLAME_VERBS = frozenset({"blame", "culpar", "responsabilizar"})
UNTIL = frozenset({"until", "till", "hasta", "mientras"})
# Rejecting or ruling out an act (an infinitive, a gerund) is refusing it
REFUSE_HEADS = frozenset({"rechazar", "descartar", "excluir", "rule", "reject"})
# Verbs by which an actor commits itself to what it says it will do
ANNOUNCE_HEADS = frozenset({"announce", "say", "tell", "declare", "confirm", "pledge", "promise",
                            "hint", "signal",
                            "anunciar", "decir", "declarar", "confirmar", "asegurar",
                            "afirmar", "prometer", "informar"})
# "arrived in", "landed in", "llegaron a": how forces come to a country
ARRIVE = frozenset({"arrive", "land", "reach", "llegar", "arribar", "aterrizar"})
# Verbs of leaving a place, a withdrawal for forces only (data/patterns/*/08_yield.tsv)
LEAVE_VERBS = frozenset({"leave", "abandon", "exit", "depart", "abandonar", "salir"})
FORCE_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "PKO", "SEP"})
# What an arrival that brings it delivers as humanitarian aid, and the verbs that bring it
AID_GOODS = frozenset({"food", "medicine", "medicines", "supplies", "aid", "relief", "water",
                       "tents", "blankets", "vaccines", "alimentos", "medicinas", "medicamentos",
                       "víveres", "viveres", "suministros", "ayuda", "insumos", "agua", "carpas",
                       "vacunas", "frazadas", "mantas"})
CARRY = frozenset({"carry", "bring", "deliver", "transport", "llevar", "transportar", "traer",
                   "cargar", "entregar"})
# "Pakistan-administered Kashmir", "Russian-occupied Zaporizhzhia": a place and its holder
HELD_BY = re.compile(r"^([A-Z][\w.]+)-(?:administered|controlled|held|occupied|run)$")
# "Greek-owned", "Panama-flagged", "de bandera panameña" is another matter
OWNED = frozenset({"own", "owned", "flag", "flagged", "register", "registered", "operate",
                   "operated", "charter", "chartered"})
HOLD_VERBS = frozenset({"administer", "control", "hold", "occupy", "run"})
# Who strikes from work, not with weapons
CIVIL_SECTORS = frozenset({"LAB", "EDU", "HLH", "AGR", "CVL", "MED", "BUS", "OPP", "HRI"})
# The state's own bodies: whom a demand is made of even when known by their kind only, and
# no side of their own beside their country (unlike its rebels or its opposition)
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "SPY", "ELI"})
# Words that make a country's act one it suffered ("Spain's deadliest attack"; "Russia's
# largest air attack" is still Russia's)
RECORDS = frozenset({"worst", "deadliest", "bloodiest", "worst-ever"})
# Nouns a headline's "to" makes the tagger read as verbs ("agree to ceasefire")
NOUNS_READ_AS_VERBS = frozenset({"ceasefire", "truce", "talks", "deal", "dialogue",
                                 "negotiations", "swap", "exchange"})
# Ships of trade, whose country is their flag's ("a Greek-owned tanker" says it)
SHIP_WORDS = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter",
                        "freighters", "carrier", "carriers", "buque", "buques", "barco",
                        "barcos", "petrolero", "petroleros", "carguero", "cargueros",
                        "tanquero", "tanqueros", "portacontenedores", "granelero"})
FLAG_WORDS = frozenset({"flag", "bandera", "pabellón", "pabellon"})
# Places known by their kind ("the Russian region of", "la ciudad ucraniana de")
PLACE_NOUNS = frozenset({"region", "province", "city", "town", "village", "state", "district",
                         "port", "capital", "border", "territory", "región", "provincia",
                         "ciudad", "localidad", "pueblo", "aldea", "estado", "departamento",
                         "distrito", "municipio", "puerto", "frontera",
                         "territorio", "comunidad"})
# What a government decides, whose "of"/"de" is its maker ("the reforms of President
# Milei", "la decisión del Gobierno"): a protest against it is against the maker
POLICY_NOUNS = frozenset({
    "reform", "reforms", "decision", "law", "bill", "measure", "measures", "plan", "policy",
    "policies", "cut", "cuts", "budget", "decree", "proposal", "ban", "tax", "taxes",
    "austerity", "reforma", "reformas", "ley", "leyes", "proyecto", "medida",
    "medidas", "politica", "politicas", "recorte", "recortes", "presupuesto", "decreto",
    "propuesta", "prohibicion", "impuesto", "impuestos", "ajuste", "tarifazo", "gasolinazo"})
# Words that head the name of an institution, not of a place ("University of Belgrade")
INSTITUTION_WORDS = frozenset({
    "university", "college", "school", "academy", "institute", "hospital", "clinic",
    "airport", "station", "church", "cathedral", "mosque", "temple", "synagogue", "prison",
    "palace", "hall", "office", "embassy", "consulate", "court", "parliament", "congress",
    "senate", "assembly", "ministry", "bank", "museum", "stadium", "universidad", "colegio",
    "escuela", "aeropuerto", "estación", "estacion", "iglesia", "catedral",
    "mezquita", "cárcel", "carcel", "palacio", "embajada", "consulado", "tribunal",
    "corte", "congreso", "senado", "asamblea", "ministerio", "banco", "museo", "estadio"})
# Who riots when they burn, loot or attack (not forces, gangs or named groups; settlers who
# burn another people's homes attack them, no protest)
RIOTING_PEOPLE = frozenset({"CVL", "EDU", "LAB", "AGR", "OPP"})
SETTLERS = frozenset({"settler", "settlers", "colono", "colonos"})
# Who clashes with police in the street, and the words of a clash ("clashed", "clashes",
# "scuffled", "se enfrentaron", "enfrentamientos", "choques")
CLASHING_PEOPLE = frozenset({"CVL", "EDU", "LAB", "AGR", "OPP", "HRI", "HLH", "REF", "REL",
                             "MED"})
CLASH_WORDS = ("clash", "scuffl", "skirmish", "battl", "fought", "fight", "tussl", "grappl",
               "enfrent", "choc", "choque", "pele", "forceje", "trenz")
# Sector words that, bare, are what is demanded: "demanded justice", "exigir justicia"
DEMANDED_THINGS = frozenset({"justice", "justicia"})
# People who bear no arms: killed in great numbers, a mass killing
UNARMED = frozenset({"CVL", "AGR", "LAB", "EDU", "HLH", "REL", "MED", "REF", "HRI"})
# Acts of force, and who carries them out ("la represión del Gobierno")
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
ARMED_SECTORS = frozenset({"GOV", "COP", "MIL", "SPY", "REB", "UAF", "INS", "CRM"})
# "said of the strike", "dijo sobre la decisión": what words are said of
SAID_OF = ("of", "about", "on", "sobre", "acerca")
# "a massacre that the UN called ...", "in what the UN called ...": a relative object
RELATIVE_OBJECTS = frozenset({"que", "what", "which", "cual", "cuales"})
# Who storms a building by force, not in protest: police and spies coerce (170), soldiers,
# gangs and rebels fight (190)
STORMED_BY = {"COP": "170", "SPY": "170", "MIL": "190", "CRM": "190", "REB": "190",
              "UAF": "190", "INS": "190"}
# The words that say what a protest or a complaint is against, by root
AGAINST_WORDS = {"14": ("against", "contra", "over"),
                 "11": ("against", "contra", "over", "about", "sobre", "por")}
# "joint drills", "maniobras conjuntas": forces acting together, not facing each other
JOINT = re.compile(r"\b(?:joint|jointly|together|conjunt[oa]s?|conjuntamente)\b", re.I)
# What an investigation is into
INVESTIGATED = ("into", "sobre")
# Acts of force whose target, when it is a thing, is the country it is in
STRIKE_ROOTS = frozenset({"18", "19", "20"})
# The nouns of an act's end ("an end to the strikes", "el cese de los bombardeos"), and the
# act asking for one asks for
END_NOUNS = frozenset({"end", "halt", "stop", "cessation", "suspension", "fin", "cese",
                       "alto", "suspensión", "final"})
DE_ESCALATE = "087"
ENDED_ROOTS = STRIKE_ROOTS | {"15"}  # acts whose end asked for is de-escalation
# Verbs that stop the act they govern ("stopped shelling", "dejó de enviar"), and what the act
# stopped becomes
STOP_VERBS = frozenset({"stop", "cease", "halt", "quit", "end", "suspend", "dejar", "cesar",
                        "parar"})
STOPPED = {"18": DE_ESCALATE, "19": DE_ESCALATE, "20": DE_ESCALATE, "07": "162",
           "071": "1621", "072": "1622", "073": "1623"}
RALLY_SUPPORT = "053"
# Verbs of crossing into a country: an incursion when forces do it
CROSSING = frozenset({"cross", "cruzar", "atravesar"})
# Who takes people by force with no authority to arrest them
HOSTAGE_TAKERS = frozenset({"REB", "UAF", "CRM", "INS", "SEP"})
TAKE_VERBS = frozenset({"capture", "seize", "grab", "snatch", "take", "capturar", "tomar",
                        "llevar", "raptar", "apresar"})  # (an armed group that "detains" rules)
# Fighting said to break a truce ("in breach of a ceasefire", "violando la tregua")
CEASEFIRE_BROKEN = re.compile(
    r"\b(?:in (?:breach|violation) of|in defiance of|violat\w*|breach\w*|broke|breaking|"
    r"en violaci[oó]n de|violand\w*|violaron|viol[oó]|rompi\w*|rompiendo|incumpl\w*)"
    r"\W+(?:\w+\W+){0,3}?(?:ceasefire|cease-fire|truce|armistice|alto el fuego|tregua|"
    r"cese al fuego|cese del fuego)", re.I)
# A body whose name says it looks into crime
CRIME_BODY = re.compile(r"corrup|fraud|crime|criminal|anticorrup|delit|penal", re.I)
# Words of force that say nothing of its kind ("respond with force", "military action")
FORCE_UNSAID = frozenset({"force", "response", "retaliation", "retaliate", "respond", "action",
                          "intervention", "use", "fuerza", "respuesta", "represalia",
                          "responder", "acción", "intervención", "uso"})
# The verbs of saying whose "would" (Spanish: conditional) is the future of a report
REPORT_HEADS = frozenset({"say", "announce", "state", "decir", "anunciar", "afirmar",
                          "asegurar", "declarar"})
# Sectors that act for a state: one of them facing a state acts for another one
STATE_AGENTS = frozenset({"GOV", "MIL"})
# "the use of nuclear weapons", "el uso de la fuerza": what is used is what is meant
USE_NOUNS = frozenset({"use", "uso", "empleo"})
# The prepositions that say at whom an act is aimed
AIMED_PREPS = ("on", "at", "against", "contra")
# Whose a place struck can be by its words: "an army base", "a police station"
OWNING_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV", "LEG", "JUD"})
# Protests whose sub-forms say what they are for (1411 leadership change ... 1414 rights)
PROTEST_FORMS = frozenset({"141", "142", "143", "144", "145"})
# Acts of conflict that a condition makes a threat ("will strike unless ...")
CONFLICT_ACT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# Acts that an actor saying it will do them threatens ("we will retaliate"); protests and
# shows of force announced are on the calendar ("will march on Monday", "will hold drills")
FORECAST_ROOTS = frozenset({"16", "17", "18", "19", "20"})
# Words that make an act a plan or a guess: "planned protests", "protestas convocadas"
UNDONE = frozenset({"planned", "expected", "possible", "potential", "threatened", "proposed",
                    "future", "previsto", "prevista", "convocado", "convocada", "posible",
                    "planeado", "planeada", "anunciado", "anunciada"})
# "plans to visit", "tiene previsto viajar": the calendar, not a commitment
PLAN_HEADS = frozenset({"plan", "schedule", "expect", "set", "due", "prever", "planear",
                        "programar", "planificar", "tener", "esperar"})
# "Thailand and Cambodia pledged to settle their dispute": two subjects of a cooperative act
# with no other target, and a word that says they act towards each other
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "08"})
RECIPROCAL = re.compile(r"\b(?:their|each other|one another|both sides|the two|bilateral|"
                        r"mutual|mutuamente|mutuo|mutua|bilateral|ambos|ambas|los dos|las dos|"
                        r"sus diferencias|su disputa|su conflicto|sus relaciones|entre sí)\b",
                        re.IGNORECASE)
# English nouns of people who are no sector: a target the knowledge base cannot place
PEOPLE_NOUNS = frozenset({"member", "members", "suspect", "suspects", "man", "men", "woman",
                          "women", "person", "people", "individual", "individuals", "boy",
                          "boys", "girl", "girls", "teenager", "teenagers", "relative",
                          "relatives", "crew", "crew members", "passenger", "figure",
                          "figures", "associate", "associates", "ally", "allies"})
# "killed", "shot dead", "asesinó": the verbs that make an attack on a person a killing
KILL_VERBS = frozenset({"kill", "assassinate", "murder", "slay", "execute", "shoot",
                        "matar", "asesinar", "ejecutar", "acribillar", "ultimar"})
# ... and their nouns ("the killing of 43 worshippers")
KILLING = KILL_VERBS | {"killing", "killings", "murder", "murders", "asesinato", "asesinatos"}
# "foreign investors", "inversionistas extranjeros": people the sentence says are from
# elsewhere take no country from it
FOREIGN = re.compile(r"\b(?:foreign(?!\s+(?:minister|ministers|ministry|ministries|secretary|"
                     r"secretaries|office|affairs|service|policy|relations))|overseas|"
                     r"extranjer[oa]s?|foráne[oa]s?|forane[oa]s?)\b", re.IGNORECASE)
# A denial of these is also an accusation made (by the one whose they are)
DENY, ACCUSE = "016", "112"
ACCUSATION_NOUNS = dict.fromkeys(("accusation", "allegation", "charge", "claim", "acusación",
                                  "acusacion", "señalamiento", "senalamiento", "imputación",
                                  "imputacion"), ACCUSE)
# ... and a refusal of these, a demand or an appeal made (by the one whose they are), with
# the verb each asks with, whose patterns name what is asked for ("Washington's call for
# elections" asks what "called for elections" asks: a change of leadership)
# what force is threatened to seize: "to take control of Greenland", "para recuperar las islas"
SEIZE_VERBS = frozenset({"take", "seize", "retake", "capture", "recapture", "annex", "occupy",
                         "invade", "grab", "tomar", "apoderarse", "anexar", "ocupar",
                         "recuperar", "invadir", "conquistar"})
CONTROL_NOUNS = frozenset({"control", "possession", "ownership", "posesión"})
# force used for an act named: "used force to disperse the protesters" is the dispersal
USE_VERBS = frozenset({"use", "employ", "usar", "utilizar", "emplear"})

# "... or face dismissal", "o enfrentar sanciones": the penalty of an act demanded
FACE_VERBS = frozenset({"face", "risk", "enfrentar", "afrontar", "arriesgar"})
MUST_WORDS = frozenset({"must", "should", "deben", "debe", "deberán", "deberá"})

# an ultimatum names the act it demands, and stays an ultimatum ("has until Sunday to agree")
ULTIMATUM = "139"

ASKING_NOUNS = {
    "demand": ("100", "demand"), "exigencia": ("100", "exigir"),
    "demanda": ("100", "demandar"), "ultimatum": ("100", None), "ultimátum": ("100", None),
    "request": ("020", "request"), "call": ("020", "call"), "appeal": ("020", "appeal"),
    "plea": ("020", "plead"), "pedido": ("020", "pedir"), "petición": ("020", "pedir"),
    "peticion": ("020", "pedir"), "solicitud": ("020", "solicitar"),
    "llamado": ("020", "llamar"), "llamamiento": ("020", "llamar")}
DEMAND_NOUNS = {noun: code for noun, (code, _verb) in ASKING_NOUNS.items()}
# Nouns of an act asked or decided, whose clause names the act ("the demand that Ukraine
# withdraw", "a decision to disarm", "calls for elections")
ASKED_NOUNS = frozenset(DEMAND_NOUNS) | frozenset({
    "decision", "plan", "proposal", "offer", "order", "ultimatum", "bid", "decisión",
    "propuesta", "oferta", "orden", "calls", "demands", "requests"})
# Words of nearness: a show of force staged "around Taiwan" is aimed at Taiwan
NEAR_WORDS = frozenset({"around", "near", "off", "close", "closer", "coast", "coasts",
                        "waters", "shores", "alrededor", "cerca", "frente", "costa", "costas",
                        "aguas", "inmediaciones", "proximidades"})
# A politically significant person: a leader, a commander, an official of rank
LEADERS = re.compile(r"\b(?:leader|chief|commander|general|minister|president|governor|mayor|"
                     r"candidate|senator|lawmaker|MP|head|spokesman|founder|líder|lider|jefe|"
                     r"comandante|general|ministro|ministra|presidente|presidenta|gobernador|"
                     r"alcalde|alcaldesa|candidato|candidata|senador|diputado|diputada|"
                     r"fundador|cabecilla)\b", re.IGNORECASE)
PROTEST_WORDS = {
    "en": re.compile(r"\b(?:protesters?|protestors?|demonstrators?|rioters?|marchers|mobs?|"
                     r"crowds?|students protesting)\b", re.I),
    "es": re.compile(r"\b(?:manifestantes?|protestantes|turbas?|multitud(?:es)?|"
                     r"muchedumbres?|marchistas)\b", re.I),
}
DOMESTIC_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# "pledged to send police to Haiti": a promise of forces is one of protection (0334), where
# "vowed to deploy troops" may be a threat
OFFER_HEADS = frozenset({"pledge", "promise", "offer", "agree", "commit", "volunteer",
                         "prometer", "ofrecer", "comprometer", "acordar", "aceptar"})
AGREE_HEADS = frozenset({"agree", "accept", "acordar", "pactar", "aceptar", "convenir"})
# "ready to meet", "dispuesto a negociar": an adjective of willingness
WILLING = frozenset({"ready", "willing", "prepared", "determined", "open", "eager",
                     "dispuesto", "dispuesta", "dispuestos", "dispuestas", "listo", "lista",
                     "listos", "decidido", "decidida", "abierto", "abierta"})
HESITATE = frozenset({"hesitate", "dudar", "vacilar", "titubear"})
INTENTIONS = frozenset({"plan", "plans", "intention", "intent", "desire", "wish",
                        "intención", "intencion", "planes", "previsión", "deseo"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "obl", "obj", "dobj", "nmod",
                             "pobj", "conj", "obl:arg"})
NO_AGENT = Actor("", None, None, None, how="no agent named")
AGENTLESS_NOUN_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# Acts done to places (their target may be a city standing for its country).
PLACE_ROOTS = frozenset({"15", "17", "18", "19", "20"})


@dataclass
class SentenceContext:
    article_id: str
    sentence_index: int
    published: date | None
    lang: str
    memory: ArticleMemory = field(default_factory=ArticleMemory)
    offset: int = 0  # where the parsed text starts in the article
    dateline_country: str | None = None  # the country the article's dateline names
    text: str | None = None  # the sentence as the article writes it (parsed text may differ
    # in case, or have a dateline blanked out; offsets are the same)
    # the direct quotes of the article with a known speaker: (start, end, speaker)
    voices: Sequence[tuple[int, int, Actor | None]] = ()

    def voice_at(self, offset: int) -> Actor | None:
        """The speaker of the direct quote that holds this character offset, if known."""
        for start, end, speaker in self.voices:
            if start <= offset < end:
                return speaker
        return None


@dataclass
class _Match:
    trigger: Token
    patterns: list[tuple[Pattern, list[Token]]]  # matching patterns (one sense) and objects
    passive: bool
    nominal: bool
    code: str | None = None  # set when the act is read as an intent, threat, ...
    intended: str | None = None
    asserted: bool = False  # an intent said in the future tense: it is the act of saying so
    consumed: bool = False  # named by another match's intent, threat, ...: no event of its own
    head_obj: bool = False  # an event noun subject taking its verb's object as target
    act: _Match | None = None  # the act this intent, threat, ... names
    aim: str = ""  # a protest's demand: the digit of its sub-form (1411 ... 1414)
    demand: _Match | None = None  # a protest's demand ("marched to demand his resignation")
    ended: _Match | None = None  # the act of force whose end is asked ("an end to the strikes")
    demanded: Token | None = None  # the act demanded on pain of a penalty ("or face arrest")
    set_phrase: bool = False  # "is not for sale", "will regret it": said, whatever else is
    parts: tuple[int, ...] = ()  # ... and its other words, no event of their own

    @property
    def first(self) -> Pattern:
        return self.patterns[0][0]

    @property
    def objects(self) -> list[Token]:
        return self.patterns[0][1]


# The tags of the words `Coder._match` can match (a verb, an auxiliary, a participle read
# as an adjective, a verb form the tagger took for a noun; a noun's own tags).
MATCHED_TAGS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN", "X"})


class Coder:
    """Codes sentences of one language."""

    def __init__(self, lang: str, patterns: PatternIndex, kb: KnowledgeBase,
                 ontology: dict[str, CameoCode], statements: bool = False,
                 families: Families | None = None) -> None:
        self.lang = lang
        self.patterns = patterns
        self.kb = kb
        self.ontology = ontology
        self.statements = statements  # keep bare statements with no target
        self.families = families or load_families()
        self.forms = FormIndex(patterns.by_verb, lang)
        self.refinements = load_refinements()
        self._travel = False  # the event being coded is a visit (its place is no home)
        self._place_acts = False  # ... or an act done to places: a city is its country
        self._domestic = False  # ... or one a state often does to its own people
        self._acts: dict[int, _Match] = {}  # the sentence's matches, by trigger index

    def code_sentence(self, sent: Span, ctx: SentenceContext) -> list[Event]:
        table = token_table(sent.doc)
        pos, lower, made = table.pos, table.lower, tokens(sent.doc)  # (a word of no other
        # tag is neither a verb nor a noun to `_match`, but "behind" heads a set phrase)
        matches = [m for i in range(sent.start, sent.end)
                   if (pos[i] in MATCHED_TAGS or lower[i] in BEHIND)
                   and (m := self._match(made[i])) is not None]
        self._relate(matches)
        self._acts = {m.trigger.i: m for m in matches}
        events: list[Event] = []
        for m in matches:
            if not m.consumed:
                events.extend(self._events(m, sent, ctx))
        if any(e.cameo != STATEMENT for e in events):
            events = [e for e in events if e.cameo != STATEMENT]
        # "told reporters": a statement to the press is made to no one in particular
        events = [replace(e, target=None) if e.cameo == STATEMENT and e.target is not None
                  and e.target.sector == "MED" else e for e in events]
        if not self.statements:
            events = [e for e in events if e.cameo != STATEMENT or e.target is not None]
        events = _mediated(_drop_coarser(self._clashes(events)))
        if events:
            credited = credited_outlet(text_of(sent), self.lang, self.kb)
            if credited:
                events = [replace(e, credited_source=credited) for e in events]
        ctx.memory.remember(text_of(sent), self.kb, ctx.published, self.lang)
        ctx.memory.acted([e.source for e in events if e.source.code])
        return events

    def _visits(self, events: list[Event], where: str | None) -> list[Event]:
        """Where two sides meet says who travelled. A meeting (040) in one side's country
        is the other's visit and the first's hosting ("Abdullah met Trump at the White
        House": JOR 042 USA and USA 043 JOR); one in neither side's country is a meeting at
        a third place (044: "met the Taliban's minister in Dubai"). Talks (046) in one
        side's country stay talks, and the other side's visit is added. (A host's own
        word, "Milei hosted Kast", stays the host's one act, 043.)"""
        out: list[Event] = []
        for e in events:
            source, target = e.source, e.target
            if target is None or not source.country or not target.country or \
                    source.country == target.country or e.cameo not in (CONSULT, NEGOTIATE) \
                    or where is None or e.place is None or e.place.country != where:
                out.append(e)  # (two sides of two countries, met at the trigger's own place)
                continue
            if where not in (source.country, target.country):
                out.append(self._recoded(e, THIRD_PLACE) if e.cameo == CONSULT else e)
                continue
            visitor, host = (source, target) if where == target.country else (target, source)
            country = Actor(e.place.name, where, where, None,
                            how=f"the country of the meeting's place, {e.place.name}")
            if e.cameo == NEGOTIATE:
                out += [e, self._recoded(e, VISIT, source=visitor, target=country)]
            else:
                out += [self._recoded(e, VISIT, source=visitor, target=country),
                        self._recoded(e, HOST, source=host, target=visitor)]
        seen: set[tuple[str | None, str | None, str, str]] = set()
        kept = []
        for e in out:
            key = (_side(e.source), _side(e.target), e.cameo, e.modality.value)
            if key not in seen:
                seen.add(key)
                kept.append(e)
        return kept

    def _clashes(self, events: list[Event]) -> list[Event]:
        """A clash of police with people in the street ("protesters clashed with police",
        "clashes between police and students", "la policía se enfrentó a los
        manifestantes") is both sides' act: the people's violent protest (145) against the
        police and the police's repression (175) of the people, whichever side the
        sentence names first."""
        out: list[Event] = []
        seen: set[tuple[str | None, str | None, str]] = set()
        for e in events:
            sides = (e.source, e.target)
            police = next((a for a in sides if a is not None and a.sector == "COP"), None)
            people = next((a for a in sides if a is not None and a.sector in CLASHING_PEOPLE),
                          None)
            if police is None or people is None or e.cameo[:2] not in ("14", "17", "19") or \
                    not e.trigger.lower().startswith(CLASH_WORDS):
                out.append(e)
                continue
            protest = e.cameo if e.cameo[:3] == "145" else "145"
            for both in (e if e.source is people and e.cameo == protest else
                         self._recoded(e, protest, source=people, target=police),
                         e if e.source is police and e.cameo == "175" else
                         self._recoded(e, "175", source=police, target=people)):
                key = (_side(both.source), _side(both.target), both.cameo)
                if key not in seen:  # (told from both sides: "clashes between police and
                    seen.add(key)  # students" reads each way)
                    out.append(both)
        return out

    def _recoded(self, event: Event, code: str, **changes: Any) -> Event:
        """The event under another code, with the code's own scores."""
        info = self.ontology[code]
        return replace(event, cameo=code, root=info.root, plover=info.plover,
                       plover_mode=info.plover_mode, goldstein=info.goldstein,
                       quad_class=info.quad_class, **changes)

    # -- 1. matching ----------------------------------------------------------------------

    def _match(self, token: Token) -> _Match | None:
        if token.pos_ in ("NOUN", "PROPN") and token.lower_ in TARGETS:
            found = self._set_phrase(token)  # "a legitimate target": before the noun's senses
            if found:
                return found
        if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN") and \
                token.head.i != token.i and syntax.in_background(token.head):
            # "an inquiry into the deaths of protesters allegedly shot by officers", "since
            # the war that broke out in 2023": an act told of what is background is too
            return None
        if _verb_like(token) or self._untagged_verb(token):
            # ("we will never recognise the annexation": refused, whatever "recognise" names)
            found = self._act_answered(token) or self._or_face(token) or (
                self._set_phrase(token) if self._phrase_lemma(token) in FIRST_HEADS
                else None) or \
                self._answer_threatened(token, to_any_only=True) or \
                self._verb_patterns(token) or self._answer_threatened(token)
            if found:
                return found
        if token.pos_ in ("NOUN", "PROPN", "ADJ", "X"):
            found = self._noun_match(token)
            if found:
                return found
        return self._set_phrase(token)

    def _phrase_lemma(self, token: Token) -> str:
        """The token's lemma, or for a verb the lemmatizer missed the set phrase's head its
        form is known to be of ("reconoceremos" read as "reconocerer")."""
        lemma = token.lemma_.lower()
        if lemma not in SET_PHRASE_HEADS and token.pos_ == "VERB":
            return next((v for v in self.forms.lemmas(token.text) if v in SET_PHRASE_HEADS),
                        lemma)
        return lemma

    def _set_phrase(self, token: Token) -> _Match | None:
        """"Greenland is not for sale", "they will regret it" (coding/set_phrases.py)."""
        said = said_act(token, self._phrase_lemma(token))
        if said is None:
            return None
        pattern = Pattern(said.code, token.lemma_.lower(), (), (), said.target,
                          f"coder: a set phrase ({said.what})", source=said.source,
                          target_required=False)
        at = token.doc[said.anchor] if said.anchor is not None else token
        held = [token.doc[i] for i in said.held]
        return _Match(at, [(pattern, held)], passive=said.passive, nominal=False,
                      code=said.code, asserted=True, set_phrase=True,
                      parts=said.parts + ((token.i,) if at is not token else ()))

    def _answer_threatened(self, token: Token, to_any_only: bool = False) -> _Match | None:
        """"If Poland keeps militarising the border, we will respond": an actor that says
        it will answer what another side may do, on a condition or to "any" act of it,
        threatens force of no kind said (138, asserted; the codebook's note on 130, and
        labelling rule 5). A plain "will respond to the letter" is no threat. An answer to
        "any" hostile act is a threat whoever is its subject ("Russia will retaliate against
        any attack on its territory"), and before the answer verb's own patterns (asked
        first with `to_any_only`)."""
        if token.lemma_.lower() not in ANSWER_VERBS or not _future(token) or _refused(token):
            return None
        conditional = not to_any_only and any(
            c.dep_ == "advcl" and syntax.condition_mark(c) == "if" for c in token.children)
        to_any = any(g.dep_ in ("det", "amod") and g.lower_ in ANY_DETERMINERS
                     and o.lemma_.lower() in HOSTILE_ACTS
                     for c in token.children if c.dep_ in ("prep", "obl", "obj", "dobj")
                     for o in ([c] + [g for g in c.children if g.dep_ == "pobj"])
                     for g in o.children)
        if not (conditional or to_any):
            return None
        own = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")]
        first_person = bool(own) and own[0].lower_ in FIRST_PERSON
        if not (first_person or self._says_it_will(token) or (
                self.lang == "es" and not own) or (to_any and bool(own))):
            return None
        pattern = Pattern(FORCE_THREAT, token.lemma_.lower(), (), (), ANSWER_TARGETS,
                          "coder: an answer threatened", target_required=False)
        return _Match(token, [(pattern, [])], passive=False, nominal=False,
                      code=FORCE_THREAT, asserted=True)

    def _seized(self, token: Token, day: date | None, ctx: SentenceContext) -> list[Actor]:
        """Who holds what a purpose clause under the head says is to be seized: "(force) to
        take control of the Panama Canal and Greenland", "para recuperar las islas"."""
        found: list[Actor] = []
        for t in token.subtree:
            if t.lemma_.lower() not in SEIZE_VERBS or t.dep_ not in ("acl", "advcl", "xcomp") \
                    or not any(c.lower_ in ("to", "para") for c in t.children):
                continue
            held = [h for o in syntax.direct_objects(t) for h in (
                syntax.prep_objects(o, "of") + syntax.prep_objects(o, "de")
                if o.lemma_.lower() in CONTROL_NOUNS else [o])]
            held += [f for o in [t, *syntax.direct_objects(t)]
                     for f in syntax.prep_objects(o, "from")]
            found += self._resolve_all(syntax.expand(held), day, ctx)
        return found

    def _or_face(self, token: Token) -> _Match | None:
        """"Ordered the strikers to return to work or face dismissal", "protesters must leave
        the square or face arrest, police said": an act demanded on pain of a penalty is a
        threat of the penalty (its 13x, else 130), by whoever demands it, to whoever must
        act; the act demanded is no event of its own."""
        demanded = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
        for act in [token, *demanded]:
            # (the parsers hang "or" on either conjunct)
            face = next((c for c in act.children if c.dep_ == "conj"
                         and c.lemma_.lower() in FACE_VERBS and any(
                             g.dep_ == "cc" and g.lower_ in ("or", "o", "u")
                             and act.i < g.i < c.i for g in (*c.children, *act.children))),
                        None)
            if face is None:
                continue
            penalties = syntax.look_through(syntax.direct_objects(face))
            if not penalties:
                return None
            target: tuple[str, ...]
            if act is token:  # "protesters must leave or face arrest": said of them
                if not any(c.dep_ == "aux" and c.lower_ in MUST_WORDS for c in act.children):
                    return None
                target, source = ("subj",), ("speaker",)
            elif act.dep_ == "xcomp":  # "ordered the strikers to return ... or face"
                target, source = ("obj", "iobj"), ("subj",)
            else:
                continue
            code = self._threat_with(penalties)
            pattern = Pattern(code, token.lemma_.lower(), (), (), target,
                              "coder: an act demanded or a penalty faced", source=source,
                              target_required=True)
            match = _Match(token, [(pattern, [])], passive=False, nominal=False, code=code,
                           asserted=True)
            match.demanded = act if act is not token else None
            return match
        return None

    def _threat_with(self, penalties: list[Token]) -> str:
        """The threat of a penalty, by the patterns of "threaten (with)": "threatened
        sanctions" 1312, "threatened arrest" 137; no pattern: a threat not specified (130)."""
        verb = "threaten" if self.lang == "en" else "amenazar"
        for p in self.patterns.candidates(verb):
            if p.object_rule == "list" and p.code.startswith("13") and any(
                    _phrase_at(o, ph) is not None for o in penalties for ph in p.objects):
                return p.code
        return "130"

    def _act_answered(self, verb: Token) -> _Match | None:
        """"Any further Indian strike would be met with a forceful response", "further
        strikes would be answered": a hostile act of the other side, said to be answered,
        is a threat of force by whoever says so (138), made to the act's owner."""
        lemma = verb.lemma_.lower()
        # ... or met, had, received as an answer: "cualquier ataque tendrá una respuesta
        # contundente", "any attack will receive a crushing response"
        answered = lemma in GETS_ANSWER and any(
            o.lemma_.lower() in ANSWER_NOUNS for o in syntax.direct_objects(verb))
        if not (answered or lemma in PASSIVE_ANSWERS and syntax.is_passive(verb)) or \
                _refused(verb) or not (_future(verb) or any(
                    c.dep_ == "aux" and (c.lower_ == "would" or "Fut" in c.morph.get("Tense", [])
                                         or "Cnd" in c.morph.get("Mood", []))
                    for c in verb.children)):
            return None
        if lemma == "meet" and not answered and not any(
                o.lemma_.lower() in ANSWER_NOUNS for o in syntax.prep_objects(verb, "with")):
            return None
        acts = [s for s in syntax.subjects(verb) if s.lemma_.lower() in HOSTILE_ACTS
                and any(g.dep_ in ("det", "amod") and g.lower_ in AGAIN_DETERMINERS
                        for g in s.children)]
        if not acts or verb.dep_ != "ccomp" or \
                verb.head.lemma_.lower() not in ANNOUNCE_HEADS | WARN_HEADS:
            return None
        pattern = Pattern(FORCE_THREAT, verb.lemma_.lower(), (), (),
                          ("obj_mod", "obj_poss", "prep:by", "prep:de"),
                          "coder: an act answered", source=("speaker",),
                          target_required=False)
        return _Match(verb, [(pattern, acts)], passive=True, nominal=False,
                      code=FORCE_THREAT, asserted=True)

    def _people_subject(self, verb: Token) -> bool:
        """"Miles de personas se manifestaron", "los soldados se enfrentaron": a subject of
        people acts itself (a reflexive, not a passive)."""
        for subj in syntax.look_through([c for c in verb.children
                                         if c.dep_ in syntax.SUBJECT_DEPS]):
            if self.kb.sector_of(subj.text, self.lang) or \
                    self.kb.sector_of(subj.lemma_, self.lang) or syntax._person_noun(subj):
                return True
            # "el jefe de la diplomacia cubana se reunió", "Cuba se comprometió": an actor
            found = resolve_words(syntax.phrase_words(subj), self.kb, self.lang, None)
            if found is not None and (found.country or found.sector or found.kb_id):
                return True
        return False

    def _untagged_verb(self, token: Token) -> bool:
        """"se nego", "amenazo", "critico": a verb form written without its accent, that the
        tagger took for an adjective or a noun, heading its clause."""
        if token.pos_ not in ("ADJ", "NOUN", "PROPN", "AUX") or not self.forms.lemmas(
                token.text):
            return False
        headline = syntax.headline_subjects(token)
        if headline and self._nationality(headline[0]):
            # "Russian strikes on Kyiv", "Israeli raids in Jenin": a nationality before a
            # noun of an act names the noun's event, no verb's subject
            return False
        return token.dep_ == "ROOT" or any(c.dep_ in syntax.SUBJECT_DEPS
                                           for c in token.children) or (
            token.dep_ == "compound" and bool(headline)) or (
            # "dispuestos a reunirnos con la oposición": an infinitive with its pronoun
            # written on, after a preposition, that the tagger took for a noun
            self.lang == "es" and token.i > 0 and token.doc[token.i - 1].lower_ in
            ("a", "de", "para", "sin", "por") and lemma_key(token.lower_).endswith(
                tuple(r + c for r in ("ar", "er", "ir") for c in ENCLITICS)))

    def _nationality(self, token: Token) -> bool:
        """A demonym ("Russian", "israelí"), not a country's name."""
        return token.pos_ == "ADJ" and any(
            alias.kind.startswith("demonym") for _s, _e, alias in self.kb.find(token.text,
                                                                                self.lang))

    def _verb_patterns(self, token: Token) -> _Match | None:
        candidates = self.patterns.candidates(token.lemma_)
        if not candidates:
            for lemma in self.forms.lemmas(token.text):
                candidates = candidates + self.patterns.candidates(lemma)
            candidates.sort(key=lambda p: -p.specificity)
        if not candidates:
            return None
        passive = syntax.is_passive(token) or (
            self.lang == "es" and syntax.reflexive_passive(token)
            and not self._people_subject(token)) or (
            syntax.set_off_unnamed(token) and not self._people_subject(token))
        direct = syntax.look_through(syntax.expand(
            syntax.subjects(token) if passive else syntax.direct_objects(token)))
        found: list[tuple[int, int, int, Pattern, list[Token]]] = []
        level: int | None = None
        for order, p in enumerate(candidates):
            if level is not None and p.specificity < level:
                break  # a more specific sense matched: the plainer ones do not apply
            fit = self._fits(p, token, direct)
            if fit is None:
                continue
            objs, length = fit
            found.append((-length, -_on_verb(token, p.words), order, p, objs))
            level = p.specificity
        if not found:
            return None
        # within a level, the longest object phrase named first ("trade relations" before
        # "relations"), then the words that hang from the verb itself ("did not rule out
        # military action against": "out" is the verb's, "against" its object's), then
        # file order
        chosen = [(p, objs) for _l, _v, _o, p, objs in sorted(found, key=lambda f: f[:3])]
        # a sense that is no event still settles the word: it matches, and yields nothing
        return _Match(token, chosen, passive, nominal=False,
                      consumed=chosen[0][0].code == NOT_AN_EVENT)

    def _fits(self, p: Pattern, token: Token,
              direct: list[Token]) -> tuple[list[Token], int] | None:
        """The objects a verb pattern matched and the longest object phrase's length, or
        None when the pattern does not fit the verb."""
        if p.words and not syntax.hangs_from(token, p.words):
            return None
        if p.reflexive and not syntax.reflexive(token):
            return None
        if p.object_rule == "+":
            return (direct[:1], 0) if direct else None
        if p.object_rule == "~":
            return ([], 0) if not direct else None
        if p.object_rule != "list":
            return [], 0
        hits: list[Token] = []
        longest = 0
        for o in _object_pool(token, p.words, direct):
            lemma, word = _keys(o)
            if lemma not in p.object_words and word not in p.object_words:
                continue
            lengths = [len(ph) for ph in p.objects if _phrase_at(o, ph) is not None]
            if lengths:
                hits.append(o)
                longest = max(longest, *lengths)
        return (hits, longest) if hits else None

    def _noun_patterns(self, token: Token) -> _Match | None:
        keys = _keys(token)
        if not any(key in self.patterns.by_noun for key in keys):
            return None
        if syntax.in_background(token):
            return None  # "after the capture of Maduro": the story's past, not its news
        if _month(token):
            return None  # "on March 2": no march
        chosen: list[tuple[Pattern, list[Token]]] = []
        seen: set[int] = set()
        for key in set(keys):
            for p in self.patterns.by_noun.get(key, []):
                if id(p) in seen:
                    continue
                seen.add(id(p))
                span = _phrase_at(token, p.words)
                if span is None or _content_head(span).i != token.i or _two_phrases(span):
                    continue
                if len(span) == 1 and token.pos_ not in ("NOUN", "PROPN"):
                    continue
                chosen.append((p, []))
        if not chosen:
            return None
        # longer phrases first ("hunger strike" before "strike"), then file order
        chosen.sort(key=lambda pair: -len(pair[0].words))
        longest = len(chosen[0][0].words)
        chosen = [c for c in chosen if len(c[0].words) == longest]
        return _Match(token, chosen, passive=False, nominal=True,
                      consumed=chosen[0][0].code == NOT_AN_EVENT)

    def _noun_match(self, token: Token) -> _Match | None:
        """`_noun_patterns`, worked out once per token and kept with its document (the
        resolver asks again of a phrase's head); each caller gets a match of its own."""
        cache: dict[int, _Match | None] = token.doc.user_data.setdefault("entente.nouns", {})
        if token.i not in cache:
            cache[token.i] = self._noun_patterns(token)
        found = cache[token.i]
        return replace(found) if found is not None else None

    def is_event_noun(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and self._noun_match(token) is not None

    # -- 2. relating matches --------------------------------------------------------------

    def _relate(self, matches: list[_Match]) -> None:
        by_token = {m.trigger.i: m for m in matches}
        for m in matches:
            if not m.nominal and (m.code or m.first.code)[:2] == "12":
                # "vetoed a resolution calling for a ceasefire", "rechazó una propuesta que
                # pedía elecciones": what a rejected text asks for is no one's appeal
                for obj in syntax.direct_objects(m.trigger):
                    for child in obj.children:
                        inner = by_token.get(child.i)
                        if inner is not None and child.dep_ in ("acl", "relcl") and \
                                (inner.code or inner.first.code)[:2] in ("01", "02", "03", "10"):
                            inner.consumed = True
            for i in m.parts:  # "would mean war": the war is the threat's word
                part = by_token.get(i)
                if part is not None and part is not m:
                    part.consumed = True
        for m in matches:
            if m.nominal:
                continue
            for of in [o for obj in m.objects for o in syntax.prep_objects(obj, "of")
                       + syntax.prep_objects(obj, "de")]:
                inner = by_token.get(of.i)  # "carried out a campaign of ethnic cleansing"
                if inner is not None and inner.nominal and \
                        (inner.code or inner.first.code)[:2] == (m.code or m.first.code)[:2]:
                    inner.consumed = True
            for obj in m.objects:  # "launched an attack", "held talks": the verb's event
                inner = by_token.get(obj.i)
                if inner is not None and inner.nominal and self._accused_act(inner):
                    continue  # "accused Israel of genocide": the accused's act, reported
                if inner is not None and inner.nominal:
                    inner.consumed = True
                    mine, its = m.first.code, inner.first.code
                    if its != NOT_AN_EVENT and its[:2] == mine[:2] and (
                            its.startswith(mine) or mine.endswith("0")) and its != mine:
                        # "staged a pro-democracy protest": the noun says more (1414)
                        m.code = m.code or its
        for m in matches:
            if not m.consumed:
                self._protest_aim(m, by_token)
                self._in_protest(m, by_token)
                self._restated(m, by_token)
        for m in matches:  # "accused the RSF of raping women": of human rights abuses
            accuser = syntax.accused_of(m.trigger) if not m.nominal else None
            made = by_token.get(accuser.i) if accuser is not None else None
            if made is not None and (made.code or made.first.code) == "112" and \
                    (m.code or m.first.code)[:2] in ACCUSED_OF:
                made.code = ACCUSED_OF[(m.code or m.first.code)[:2]]
        for m in matches:
            _blamed_act(m, matches)
        for m in matches:  # "issued a statement in which they condemned ...": the words
            if not m.consumed and not m.nominal and (m.code or m.first.code)[:2] == "01" and \
                    any(syntax.issuers(inner.trigger) for inner in matches
                        if inner is not m and not inner.consumed):
                m.consumed = True
        for m in matches:
            if not m.consumed and not m.nominal:
                self._stopped(m)
                _strikes_on(m)
                _attempted_killing(m)
        for m in matches:  # "used force to disperse the protesters": the dispersal
            if not m.consumed and not m.nominal and m.first.code == "190" and \
                    m.trigger.lemma_.lower() in USE_VERBS and any(
                        c.dep_ in ("xcomp", "advcl") and c.i in by_token and any(
                            g.lower_ in ("to", "para") for g in c.children)
                        for c in m.trigger.children):
                m.consumed = True
        for m in matches:
            if not m.consumed:
                self._name_act(m, by_token)
        for m in matches:
            if not m.consumed and not m.nominal and m.code is None:
                self._obliged(m)
        for m in matches:
            if not m.consumed and not m.nominal and m.code is None:
                self._future_intent(m)
                self._noun_subject(m, by_token)
        for m in matches:
            if not m.consumed and kind_of(m.code or m.first.code) in ("refuse", "threat"):
                _waited_for(m, by_token)
        for m in matches:
            if not m.consumed:
                _protest_purpose(m, by_token)

    @staticmethod
    def _stopped(m: _Match) -> None:
        """"Russia stopped shelling the city", "agreed to stop attacking U.S. ships", "dejó
        de enviar médicos": an act stopped is its opposite, de-escalation (087) or a cut in
        aid (162), by the same sides."""
        verb = m.trigger
        head = verb.head
        if head.i == verb.i or verb.dep_ not in ("xcomp", "pcomp", "ccomp", "obj", "dobj") or \
                head.lemma_.lower() not in STOP_VERBS:
            return
        if head.lemma_.lower() == "dejar" and not any(
                c.dep_ == "mark" and c.lower_ == "de" for c in verb.children):
            return  # ("dejó salir a los presos" lets them go)
        code = m.code or m.first.code
        stopped = STOPPED.get(code[:3]) or STOPPED.get(code[:2])
        if stopped is not None:
            m.code = stopped

    def _act_targets(self, m: _Match, day: date | None, ctx: SentenceContext,
                     used: tuple[int, ...]) -> list[Actor]:
        """The target of the act an intent, threat or demand names."""
        assert m.act is not None
        act_pattern, act_objs = m.act.patterns[0]
        targets, _ = self._slot_actors(m.act.trigger, act_pattern.target, m.act, act_objs,
                                       day, ctx, used, source=False)
        return targets

    def _carried_aid(self, token: Token) -> str | None:
        """The aid code of what an arrival brings ("with food and medicine", "carrying
        humanitarian aid", "con ayuda para los damnificados"), if it brings aid."""
        held = syntax.prep_objects(token, "with") + syntax.prep_objects(token, "con") + [
            o for c in token.children if c.dep_ in ("advcl", "xcomp", "acl")
            and c.lemma_.lower() in CARRY for o in syntax.direct_objects(c)]
        for thing in syntax.expand(syntax.look_through(held)):
            inner = self._noun_match(thing)
            if inner is not None and inner.first.code[:2] == "07":
                # (aid that a convoy or a plane brings is relief unless it says more)
                return "073" if inner.first.code == "070" else inner.first.code
            if thing.lemma_.lower() in AID_GOODS or thing.lower_ in AID_GOODS:
                return "073"
        return None

    def _relative_doers(self, token: Token, sources: list[Actor], day: date | None,
                        ctx: SentenceContext) -> list[Actor]:
        """Who did the act a relative clause is about: "una masacre que la ONU calificó de
        atrocidad" (the massacre's agent, else the subject of the verb it hangs on), "in what
        the UN called a war crime" (the subject of the verb "in what" hangs on)."""
        if not any(c.dep_ in ("dobj", "obj") and c.lower_ in RELATIVE_OBJECTS
                   for c in token.children):
            return []
        heads: list[Token] = []
        verb: Token | None = None
        if token.dep_ in ("relcl", "acl", "acl:relcl"):
            noun = token.head
            if self.is_event_noun(noun):
                heads.append(noun)
            verb = noun.head if noun.head.i != noun.i else None
        elif token.dep_ == "pcomp" and token.head.head.i != token.head.i:
            verb = token.head.head
        while verb is not None and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head if verb.head.i != verb.i else None  # "aldeas en una campaña"
        if verb is not None:
            heads += syntax.subjects(verb) or syntax.adjunct_subjects(verb)
        return [a for a in self._resolve_all(syntax.expand(heads), day, ctx)
                if all(_differ(a, s) for s in sources)]

    def _demanded_of(self, demand: _Match, sources: list[Actor], day: date | None,
                     ctx: SentenceContext, used: tuple[int, ...]) -> list[Actor]:
        """Whom a demand is made of: its own target, else the subject of the clause it
        demands ("that prosecutors drop the case")."""
        pattern, objs = demand.patterns[0]
        targets, _ = self._slot_actors(demand.trigger, pattern.target, demand, objs, day, ctx,
                                       used, source=False, besides=sources)
        # "demanding better hospitals and schools": what is demanded, known by its kind
        # only, is a thing, not whom the demand is made of
        targets = [t for t in targets if t.kb_id or (
            t.sector in STATE_SECTORS and t.text.lower() not in DEMANDED_THINGS) or
                   "country unknown" not in str(t.how)]
        if not targets:
            targets = self._resolve_all(syntax.expand(syntax.clause_subjects(demand.trigger)),
                                        day, ctx)
        return [t for t in targets if all(_differ(t, s) for s in sources)]

    def _addressed(self, token: Token, sources: list[Actor], day: date | None,
                   ctx: SentenceContext) -> list[Actor]:
        """Whom words are aimed at when they name no one: the one a statement answers or
        warns ("..., she said, responding to Trump's calls", "told state television, in a
        clear warning to Ethiopia", "en respuesta a Washington"), or, for a warning added
        to a demand, whoever the demand is made of ("demanded that Pakistan stop the
        flights, warning that further strikes would be answered")."""
        heads: list[Token] = []
        if token.dep_ == "advcl" and token.head.i != token.i and (
                token.tag_ == "VBG" or "Ger" in token.morph.get("VerbForm", [])):
            # (after a verb of saying, whoever its clause is about: "seized a tanker, the
            # Navy said, calling the seizure a violation")
            asking = any(kind_of(p.code) in ("demand", "appeal")
                         for p in self.patterns.candidates(token.head.lemma_))
            if asking or token.head.lemma_.lower() in SPEECH_VERBS:
                heads = syntax.clause_subjects(token.head) + (
                    syntax.direct_objects(token.head) if asking else [])
        clause = token.head if token.dep_ == "cop" else token
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "we do not want war, but they will regret it"
        verb = syntax.saying_verb(clause, SPEECH_VERBS)
        for c in verb.children if verb is not None and not heads else ():
            if c.dep_ == "prep" and c.lower_ in ("in", "as", "en", "como"):
                heads += [o for noun in c.children if noun.lemma_.lower() in ADDRESS_NOUNS
                          for p in ("to", "a", "para") for o in syntax.prep_objects(noun, p)]
            elif c.dep_ == "advcl" and c.lemma_.lower() in ANSWER_VERBS:
                heads += [who for w in ("to", "a") for o in syntax.prep_objects(c, w)
                          for who in (syntax.possessors(o) or [o])]
        return [a for a in self._resolve_all(syntax.expand(heads), day, ctx)
                if all(_differ(a, s) and a.country != s.country for s in sources)]

    def _whose_thing(self, token: Token, sources: list[Actor], day: date | None,
                   ctx: SentenceContext, used: tuple[int, ...], words: tuple[str, ...],
                   owners: bool = False, direct: bool = False) -> list[Actor]:
        """Whom an act aimed at a thing is aimed at (a protest "against" it, a complaint
        "over" it, an investigation "into" it: the prepositions in `words`): the thing's own
        name, else who did it ("crimes committed by Russian forces"), who is said to have
        ("reports that Russian troops had ..."), whose it is ("the government's plan"), or
        who its modifiers name ("the U.S. blockade"); an act named ("against the military
        coup") is its agent's."""
        things = syntax.against_objects(token, words=words) + (
            syntax.direct_objects(token) if direct else [])
        for thing in things:
            if thing.i in used and not direct:
                continue
            done_by = [a for c in thing.children if c.dep_ in ("acl", "relcl")
                       for a in syntax.agents(c)] + syntax.prep_objects(thing, "by") + \
                syntax.prep_objects(thing, "por") + [
                    a for c in thing.children if c.dep_ == "amod" and c.pos_ in ("VERB", "ADJ")
                    for a in syntax.prep_objects(c, "por")] + [  # "anunciados por el Gobierno"
                    a for c in thing.children if c.dep_ == "relcl"  # "drills that U.S.
                    for a in syntax.subjects(c) if a.pos_ != "PRON"]  # warplanes began"
            claimed = [s for c in thing.children if c.dep_ in ("acl", "ccomp", "advcl")
                       for s in syntax.subjects(c) if s.pos_ != "PRON"]
            # (with `owners`, also whose its "of"/"de" says it is: "la decisión de Bruselas")
            # (and always for a policy: "contra la reforma del Gobierno")
            of = syntax.prep_objects(thing, "of") + syntax.prep_objects(thing, "de") \
                if owners or lemma_key(thing.lemma_) in POLICY_NOUNS else []
            for heads in ([thing], done_by, claimed, syntax.possessors(thing),
                          syntax.modifiers(thing), of):
                actors = [a for a in self._resolve_all(syntax.expand(heads), day, ctx)
                          if all(_differ(a, s) for s in sources)]
                if actors:
                    return actors
        return []

    def _thing_place(self, token: Token, m: _Match, prefer: list[str]) -> Place | None:
        """Where the thing struck is, by its own words: "the centre of Kherson", "el centro
        de Jersón", "a market in Zamfara"."""
        held = syntax.subjects(token) if m.passive else syntax.direct_objects(token)
        for thing in held:
            for part in thing.children:
                names = [g for g in part.children if g.dep_ == "pobj"] if part.dep_ == "prep" \
                    and part.lower_ in ("of", "in") else [part] if part.dep_ == "nmod" and \
                    any(c.dep_ == "case" and c.lower_ in ("de", "en") for c in part.children) \
                    else []
                for name in names:
                    if name.pos_ == "PROPN":
                        found = resolve_place(syntax.place_name(name), load_gazetteer(),
                                              self.kb, prefer, self.lang)
                        if found is not None:
                            return found
        return None

    def _struck_owners(self, token: Token, m: _Match, sources: list[Actor], day: date | None,
                       ctx: SentenceContext) -> list[Actor]:
        """Whose the thing struck is, by the sector its own words name: "an army base", "a
        police station", "the military airport", "la comisaría de la policía". Only an
        armed or governing body's: a "school" or a "market" is no one's."""
        held = syntax.subjects(token) if m.passive else syntax.direct_objects(token)
        held = held + [o for p in AIMED_PREPS for o in syntax.prep_objects(token, p)]
        owners: list[Actor] = []
        for thing in [t for h in held for t in (h, *conjuncts(h))]:
            if self.is_event_noun(thing):
                continue
            # ("a gendarmerie training school": a compound's own compound names it too)
            words = syntax.modifiers(thing)
            heads = words + [c for w in words if w.dep_ == "compound" for c in w.children
                             if c.dep_ == "compound"] + syntax.prep_objects(thing, "of") + \
                syntax.prep_objects(thing, "de") + syntax.prep_objects(thing, "del")
            found = [a for a in self._resolve_all(heads, day, ctx)
                     if a.sector in OWNING_SECTORS and not a.kb_id and
                     all(_differ(a, s) for s in sources) and a not in owners]
            where = self._country_within(thing, heads) if any(
                not a.country for a in found) else None
            owners += [replace(a, code=f"{where}{a.sector}", country=where,
                               how=f"{a.how}; country named where it stands")
                       if where and not a.country else a for a in found]
        return owners

    def _country_within(self, thing: Token, skip: list[Token]) -> str | None:
        """The one country a thing's own words place it in: "an army base on the Barkaram
        peninsula in Chad's Lake Chad region"."""
        left = {t.i for h in skip for t in h.subtree}
        words = [t for t in thing.subtree if t.i not in left and t.i > thing.i]
        if not words:
            return None
        found = self._countries_named(thing.doc[words[0].i:words[-1].i + 1].text)
        return next(iter(found)) if len(found) == 1 else None

    def _countries_named(self, text: str) -> set[str]:
        """The countries a text names, by name, demonym or capital."""
        return {alias.key for _s, _e, alias in self.kb.find(text, self.lang)
                if alias.kind in ("country", "demonym", "capital") and alias.key}

    def _struck_something(self, token: Token, m: _Match) -> bool:
        """The act was done to a thing: a direct object, or "on"/"at" one ("opened fire on a
        market"), or an event noun's object ("an attack on the base")."""
        if m.nominal:
            return bool(syntax.prep_objects(token, "on") or syntax.prep_objects(token, "against")
                        or syntax.prep_objects(token, "contra"))
        held = [t for t in (syntax.subjects(token) if m.passive else syntax.direct_objects(token))
                if not self.is_event_noun(t)]  # "fought street battles": no thing struck
        return bool(held or any(syntax.prep_objects(token, p) or syntax.prep_objects(o, p)
                                for p in ("on", "at", "contra") for o in [token, *m.objects]))

    @staticmethod
    def _restated(m: _Match, by_token: dict[int, _Match]) -> None:
        """"flew to Damascus for his first visit, meeting President al-Assad": a gerund of
        no more than its root added to an act of that root says the act again, no second
        event."""
        head = syntax.adjunct_head(m.trigger) if not m.nominal else None
        act = by_token.get(head.i) if head is not None else None
        code = m.code or m.first.code
        if act is not None and not act.consumed and act is not m and code == code[:2] + "0" \
                and (act.code or act.first.code)[:2] == code[:2] and not (
                    code == CONSULT and syntax.direct_objects(m.trigger)):
            m.consumed = True  # (a gerund of a kind of its own, "accusing", is an act; a
            # meeting with someone named on a visit says who hosted it: _visits)

    @staticmethod
    def _in_protest(m: _Match, by_token: dict[int, _Match]) -> None:
        """"stopped work in protest against the coup", "marcharon en protesta contra la
        reforma": the noun says again what the verb did, no second event."""
        if m.nominal:
            return
        code = m.code or m.first.code
        for prep in m.trigger.children:
            if prep.lower_ not in ("in", "en", "as", "como"):
                continue
            for noun in [g for g in prep.children if g.dep_ == "pobj"]:
                inner = by_token.get(noun.i)
                if inner is not None and inner.nominal and \
                        (inner.code or inner.first.code)[:2] == code[:2]:
                    inner.consumed = True
        for child in m.trigger.children:  # Spanish: "en protesta" is an obl of the verb
            inner = by_token.get(child.i)
            if inner is not None and inner.nominal and child.dep_ in ("obl", "nmod") and \
                    any(c.dep_ == "case" and c.lower_ in ("en", "como") for c in child.children) \
                    and (inner.code or inner.first.code)[:2] == code[:2]:
                inner.consumed = True

    def _protest_aim(self, m: _Match, by_token: dict[int, _Match]) -> None:
        """"Nurses marched through Montevideo, demanding higher pay and denouncing the
        cuts": what protesters demand and denounce is the protest's message, not acts of
        their own; a demand says what the protest is for (1412, the codebook's sub-forms)."""
        code = m.code or m.first.code
        if m.nominal or code not in PROTEST_FORMS:
            return
        for child in m.trigger.children:
            said = by_token.get(child.i)
            if said is None or said.consumed or child.dep_ not in ("advcl", "xcomp", "conj") \
                    or child.tag_ not in ("VBG", "VB", "TO") and \
                    "Ger" not in child.morph.get("VerbForm", []) and \
                    "Inf" not in child.morph.get("VerbForm", []):
                continue
            said_code = said.code or said.first.code
            if said_code[:2] in ("10", "02"):  # "demanding", "calling for"
                said.consumed = True
                m.demand = m.demand or said
                asked = self._complement(said, by_token)  # what is demanded: no event
                if asked is not None:
                    asked.consumed = True
                # a demand for leadership change, policy, rights or institutions (104x)
                if said_code[:3] == "104" and len(said_code) == 4:
                    m.aim = said_code[3]
            elif said_code[:2] == "11":
                said.consumed = True

    def _name_act(self, m: _Match, by_token: dict[int, _Match]) -> None:
        """An intent, threat, refusal, appeal or demand takes its code from the act it names."""
        if m.set_phrase:
            return  # ("would pay a heavy price for any attack": the attack is not threatened)
        if m.demanded is not None:  # "ordered them to return or face dismissal": a threat
            demanded = by_token.get(m.demanded.i)
            if demanded is not None and demanded is not m:
                _named(demanded, by_token)
            return
        kind = kind_of(m.first.code)
        if kind is None and not m.nominal and m.trigger.lemma_.lower() in REFUSE_HEADS:
            # "rechazó extraditar", "descartó enviar misiles", "ruled out sending troops":
            # rejecting or ruling out an act of one's own is refusing it
            act = self._complement(m, by_token)
            if act is not None and not act.nominal and act.trigger.head.i == m.trigger.i \
                    and act.trigger.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "obj"):
                m.code, kind = "120", "refuse"
        if kind == "refuse" and not m.nominal and m.trigger.lemma_.lower() in REFUSE_HEADS:
            refusing = by_token.get(m.trigger.head.i) if m.trigger.dep_ == "xcomp" else None
            if refusing is not None and refusing is not m and \
                    kind_of(refusing.first.code) == "refuse" or syntax.denied(m.trigger):
                # "refused to rule out using force", "did not rule out", "no descartó": a
                # threat of it
                m.code, kind, m.asserted = "130", "threat", True
                if refusing is not None and refusing is not m:
                    refusing.consumed = True
        if kind is None:
            return
        act = self._complement(m, by_token)
        if act is None and kind == "threat" and not m.nominal and \
                m.trigger.lemma_.lower() in REFUSE_HEADS:
            # "would not rule out a nuclear response", "no descarta sanciones": the penalty
            # not ruled out, read as the object of "threaten"
            objects = syntax.look_through(syntax.direct_objects(m.trigger))
            objects += [u for o in objects if o.lemma_.lower() in USE_NOUNS
                        for u in syntax.prep_objects(o, "of") + syntax.prep_objects(o, "de")]
            m.code = self._threat_with(objects)
            if m.code == "130" and FORCE_UNSAID & {o.lemma_.lower() for o in objects}:
                m.code = FORCE_THREAT
            return
        if act is not None and act.set_phrase:
            m.consumed = True  # "warned that they would regret it": the phrase is the threat
            return
        if kind == "threat" and act is not None and _warned_against(m, act):
            # "warned Iran against any attack on its forces", "advirtió a Rusia contra
            # cualquier agresión": the act warned against is the warned side's, not done,
            # and the warning threatens what it does not say (130)
            m.code = "130"
            _named(act, by_token)
            return
        if kind == "threat" and self._warned_of_another(m, act):
            m.consumed = True
            return
        if act is None and kind == "refuse" and not m.nominal:
            asked = self._asked_act(m.trigger)
            if asked is not None:
                # "rejected Washington's call for elections": refusing a change of leadership
                m.code = self.families.code_for(asked, "refuse") or m.code
                m.intended = asked
                return
        if act is None and kind in ("appeal", "demand"):
            act = self._ended_act(m, by_token)
            if act is not None:
                # "demanded an end to U.S. strikes", "pidió el cese de los bombardeos": an
                # end asked to an act of force is de-escalation asked of whoever does it
                m.ended = act
                specific = self.families.code_for(DE_ESCALATE, kind)
                m.code, m.intended = specific or m.first.code, DE_ESCALATE
                return  # (the act goes on: it is coded as it is told)
        if kind == "refuse" and act is not None and not act.nominal and \
                act.trigger.lemma_.lower() in REFUSE_HEADS:
            # "refused to rule out using military force": a threat of the act not ruled out
            _named(act, by_token)
            m.code, kind, m.asserted = "130", "threat", True
            ruled, act = act, self._complement(act, by_token)
            if act is None and FORCE_UNSAID & {
                    o.lemma_.lower() for o in syntax.direct_objects(ruled.trigger)}:
                # "refused to rule out military force": force of no kind said (138)
                m.code, m.intended = "138", "190"
                return
        if act is None or act.first.code == NOT_AN_EVENT:
            if kind == "intent" and m.first.object_rule != "list" and not m.nominal and \
                    not syntax.direct_objects(m.trigger) and not any(
                        c.dep_ in ("xcomp", "ccomp", "prep", "obl", "dative", "iobj")
                        for c in m.trigger.children):
                m.consumed = True  # "as he had promised": nothing promised, no event
            return
        if kind == "intent" and act.first.code[:2] == "04" and \
                m.trigger.lemma_.lower() in PLAN_HEADS:
            m.consumed = True  # "is scheduled to visit": the visit, planned
            return
        act_code = act.code or act.first.code
        quad = self.ontology[act_code].quad_class
        if kind == "intent" and act_code.startswith("0871") and \
                m.trigger.lemma_.lower() in AGREE_HEADS:
            # "agreed to a ceasefire": agreeing to one is declaring it (the codebook's note)
            m.code, m.act = act_code, act
            _named(act, by_token)
            return
        if kind == "intent" and act_code[:2] == "15" and \
                m.trigger.lemma_.lower() in OFFER_HEADS:
            m.code, m.intended, m.act = "0334", act_code, act
            _named(act, by_token)
            return
        if kind == "intent" and quad >= 3:
            if not self._has_threat_sense(m.trigger):
                m.consumed = True  # "agreed to impose sanctions": the sanctions, planned
                return
            kind = "threat"
        if kind in ("intent", "appeal", "demand", "refuse") and quad >= 3 and \
                self.families.code_for(act_code, kind) is None:
            _named(act, by_token)
            m.intended = act_code
            return
        specific = self.families.code_for(act_code, kind) if kind != "threat" else \
            self._threat_of(act)
        through = not act.nominal and bool(m.objects) and all(
            o.head.i == act.trigger.i for o in m.objects)
        # ("amenazó con aplastar las protestas": the objects the head's pattern names are the
        # act's own, and the act decides: repression threatened, not protest)
        if (m.first.object_rule != "list" or m.first.code == m.first.code[:2] + "0"
                or through) and specific is not None and m.first.code != ULTIMATUM and not (
                lemma_key(act.trigger.lemma_) in m.first.words and act_code.endswith("0")):
            # ("vowed to retaliate": the head's own pattern names an act that says no more)
            m.code = specific
        m.intended = act_code
        m.act = act
        _named(act, by_token)

    def _warned_of_another(self, m: _Match, act: _Match | None) -> bool:
        """"Somalia's president warned that al-Shabaab would exploit any gap", "the UN warned
        that the fighting could displace thousands": a warning of what another side (or an
        event) will do threatens nothing of the warner's own. (A penalty the other side will
        face, "warned that Iran would face sanctions", is the warner's threat.)"""
        if m.nominal or m.trigger.lemma_.lower() not in WARN_HEADS or act is not None and (
                act.nominal or act.passive or act.set_phrase):
            return False
        verb = act.trigger if act is not None else next(
            (c for c in m.trigger.children if c.dep_ == "ccomp"), None)
        if verb is None or verb.dep_ != "ccomp" or verb.head.i != m.trigger.i or \
                verb.lemma_.lower() in FACE_VERBS or syntax.is_passive(verb) or \
                syntax.condition_mark(verb) is not None:
            return False  # ("advirtió de graves consecuencias si Rusia usa...": a condition)
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        if not own or own[0].pos_ == "PRON" or any(
                c.dep_ in ("poss", "det") and c.lower_ in syntax.OWN_POSSESSIVES
                for c in own[0].children):
            return False  # ("warned that his country would go to war": the warner's own)
        if self.is_event_noun(own[0]):
            return True
        doer = self._phrase_actor(own[0], None)
        if own[0].pos_ == "NOUN" and not syntax._person_noun(own[0]) and (
                doer is None or not (doer.country or doer.sector or doer.kb_id)):
            return True  # "warning that famine was imminent": a state of things, no one's act
        warners = syntax.subjects(m.trigger) or syntax.adjunct_subjects(m.trigger)
        warner = self._phrase_actor(warners[0], None) if warners else None
        if doer is None or warner is None:
            return False
        state = (None, *STATE_SECTORS)
        if doer.sector not in state or warner.sector not in state:  # gangs, rebels, people
            return doer.sector != warner.sector or bool(
                doer.country and warner.country and doer.country != warner.country)
        return bool(doer.country and warner.country and doer.country != warner.country)

    def _asked_act(self, verb: Token) -> str | None:
        """The act that the verb's object, a noun of asking, asks for in words its verb's
        patterns know ("the call for elections" as "called for elections", "la exigencia de
        reparaciones" as "exigió reparaciones"), by the table of families."""
        for obj in syntax.direct_objects(verb):
            _code, asking = ASKING_NOUNS.get(obj.lemma_.lower()) or \
                ASKING_NOUNS.get(obj.lower_) or (None, None)
            if asking is None:
                continue
            for p in self.patterns.candidates(asking):
                kind = kind_of(p.code)
                if p.object_rule != "list" or kind not in ("appeal", "demand"):
                    continue
                preps = p.words or (("for", "of") if self.lang == "en" else ("de", "a", "para"))
                if not all(any(c.lower_ == w for c in obj.children) for w in p.words):
                    continue
                held = [o for w in preps for o in syntax.prep_objects(obj, w)]
                # ("la exigencia de la oposición de elecciones": the Spanish parser hangs
                # what is asked on the one who asks)
                held = syntax.look_through(syntax.expand(held + [
                    o for h in held for w in preps for o in syntax.prep_objects(h, w)]))
                if any(_phrase_at(o, ph) is not None for o in held for ph in p.objects):
                    return self.families.act_of(p.code, kind)
        return None

    @staticmethod
    def _ended_act(m: _Match, by_token: dict[int, _Match]) -> _Match | None:
        """The act of force whose end the head asks for: "an end to the strikes", "a halt
        to the shelling", "el cese de los bombardeos", "el fin de los ataques"."""
        held = syntax.direct_objects(m.trigger) + [
            o for p in ("for", "por") for o in syntax.prep_objects(m.trigger, p)]
        for end in held:
            if end.lemma_.lower() not in END_NOUNS and end.lower_ not in END_NOUNS:
                continue
            for p in ("to", "of", "a", "de", "del"):
                for inner in syntax.prep_objects(end, p):
                    found = by_token.get(inner.i)
                    if found is not None and found is not m and \
                            (found.code or found.first.code)[:2] in ENDED_ROOTS:
                        return found
        return None

    def _complement(self, m: _Match, by_token: dict[int, _Match]) -> _Match | None:
        """The act a head names: its infinitive or clause complement, or an event noun it
        governs ("threatened sanctions", "called for a ceasefire", "amenazó con romper")."""
        head = m.trigger
        subjects = {t.i for t in syntax.subjects(head)} if not m.nominal else set()
        # (a participle set off by a comma after a refusal is said beside the act, not the
        # act refused: "rejected the demand, saying the matter was settled")
        # (nor is a gerund so set off after any head: "demanded that Pakistan stop the
        # flights, warning that further strikes would be answered")
        refusal = kind_of(m.first.code) == "refuse"
        frontier = [c for c in head.children if c.i not in subjects and not (
            (refusal or c.tag_ == "VBG" or "Ger" in c.morph.get("VerbForm", []))
            and c.dep_ == "advcl" and c.i > head.i and c.left_edge.i > 0
            and c.doc[c.left_edge.i - 1].text == ",")]
        if not m.nominal:
            # "pidió a las autoridades que liberen a los presos": the Spanish parser hangs
            # the clause asked for on the one asked, as if it were a relative clause
            for asked in syntax.direct_objects(head) + syntax.indirect_objects(head):
                for clause in asked.children:
                    found = by_token.get(clause.i)
                    if found is not None and found is not m and not found.consumed and \
                            clause.dep_ in ("acl", "relcl") and \
                            "Sub" in clause.morph.get("Mood", []):
                        return found
        for _depth in range(2):
            following = []
            for child in frontier:
                found = by_token.get(child.i)
                if found is not None and found is not m and not found.consumed and \
                        (child.dep_ in COMPLEMENT_DEPS or child.dep_ == "prep"
                         or child.head.dep_ == "prep"):
                    return found
                if child.dep_ in ("prep", "mark", "case", "aux") or child.dep_ in (
                        "xcomp", "ccomp", "advcl"):
                    following += list(child.children)
            frontier = following
        if not m.nominal:
            # "rejected Moscow's demand that Ukraine withdraw", "rejected the decision to
            # disarm the group", "rejected calls for elections": the act the object asks for
            for obj in syntax.direct_objects(head):
                if obj.lemma_.lower() not in ASKED_NOUNS:
                    continue
                for child in obj.children:
                    inner = [child] if child.dep_ in ("acl", "ccomp", "xcomp") else \
                        syntax.look_through([
                            g for g in child.children if g.dep_ in ("pobj", "pcomp", "nmod")
                        ]) if child.dep_ == "prep" and child.lower_ in ("for", "para") else []
                    for t in inner:
                        found = by_token.get(t.i)
                        if found is not None and found is not m and not found.consumed:
                            return found
        return None

    def _threat_of(self, act: _Match) -> str | None:
        """The threat of an act: "warned it would respond with force", "threatened the use
        of force": force of no kind said is the codebook's 138, an attack its 1384."""
        code = act.code or act.first.code
        if kind_of(code) == "threat":
            return code  # "warned that any attack would be met with force": that threat
        if code == "190" and FORCE_UNSAID & {t.lemma_.lower() for t in (act.trigger, *(
                act.objects if act.first.object_rule == "list" else ()))}:
            return "138"
        return self.families.code_for(code, "threat")

    def _has_threat_sense(self, token: Token) -> bool:
        return any(p.code.startswith("13") for p in self.patterns.candidates(token.lemma_))

    def _future_intent(self, m: _Match) -> None:
        """What an actor says it will do is an act of saying so: "Norway will give Sudan
        aid" (aid, cooperation, yielding in the future) and "Ukraine is ready to meet" are
        intents (03x); "we will not negotiate", "Iran will never give up its right" are
        refusals (12x). Asserted, with the act in `intended`. Asked, it is no one's word:
        "Will Washington send aid to Cuba?" stays the act, as a question."""
        if asked(m.trigger.sent.text):
            return
        code = m.first.code
        if not m.passive and code[:2] in FORECAST_ROOTS and (
                _willing(m.trigger) or _unhesitating(m.trigger)) and not _refused(m.trigger):
            # "is ready to use nuclear weapons", "would not hesitate to use force", "no
            # dudará en responder": force one is ready to use is threatened, not used
            specific = self._threat_of(m)
            if specific is not None:
                m.code, m.intended, m.asserted = specific, code, True
            return
        if not m.passive and code[:2] in CONFLICT_ACT_ROOTS and (
                _future(m.trigger) or _may(m.trigger)) and (
                _ultimatum(m.trigger) or (code[:2] in FORECAST_ROOTS and not _refused(
                    m.trigger) and self._says_it_will(m.trigger))):
            # "Dockworkers will strike from Monday unless the government raises their
            # pensions": an act of conflict promised unless a demand is met is a threat of
            # it; and, as the codebook has it, so is an act of force or coercion an actor
            # says it will do ("Iran said it would strike back", "we will attack them")
            specific = self._threat_of(m)
            if specific is not None:
                m.code, m.intended, m.asserted = specific, code, True
            return
        if not m.passive and code[:2] in ("03", "13") and _future(m.trigger) and \
                self._says_it_will(m.trigger):
            # "said Caracas would accept Brazilian mediation", "said it would give a befitting
            # reply": the intent, the threat, is the saying
            m.asserted = True
            return
        if m.passive or code[:2] not in COOPERATIVE_ROOTS:
            return
        if m.first.target_required and any(p.code[:2] != code[:2] for p, _ in m.patterns[1:]):
            # "Russian troops will hold exercises": with a partner named, joint exercises
            # (062), else a show of force (150); which one the events decide, so no intent
            return
        willing = _willing(m.trigger)
        future = _future(m.trigger)
        unmeant = _no_intention(m.trigger)
        if not (willing or future or unmeant):
            return
        refused = (future and _refused(m.trigger)) or unmeant
        if not refused and not willing and code[:2] not in INTENT_ROOTS and \
                (code[:2] == "04" or not self._says_it_will(m.trigger)):
            # (a meeting or a trip it says it will make is on the calendar: planned)
            return  # "will visit Caracas next week": a scheduled act, planned
        kind = "refuse" if refused else "intent"
        specific = self.families.code_for(code, kind)
        if specific is not None:
            m.code, m.intended, m.asserted = specific, code, True

    def _obliged(self, m: _Match) -> None:
        """"'The junta must hand power back to civilians,' ECOWAS said", "Irán debe detener el
        enriquecimiento, afirmó": what a speaker says another side must do is the speaker's
        demand of it (10x), the act in `intended`, no act done (labelling rule 7). Said by
        no one, or of oneself ("we must defend ourselves"), it is nobody's demand."""
        verb = m.trigger
        if not _must(verb) or m.passive:
            return
        own = syntax.subjects(verb)
        if not own or own[0].lower_ in FIRST_PERSON or \
                "1" in verb.morph.get("Person", []) + verb.head.morph.get("Person", []):
            return
        code = m.first.code
        demand = self.families.code_for(code, "demand")
        if demand is None:
            return
        m.patterns = [(replace(p, source=("speaker",), target=("subj",), target_required=True),
                       objs) for p, objs in m.patterns]
        m.code, m.intended, m.asserted = demand, code, True

    @staticmethod
    def _accused_act(m: _Match) -> Token | None:
        """The verb of accusing an act of force a noun names is said of ("accused Israel of
        genocide", "acusó a Azerbaiyán de limpieza étnica"), if it is one."""
        if not m.nominal or (m.code or m.first.code)[:2] not in FORCE_ROOTS:
            return None
        return syntax.accused_noun_of(m.trigger)

    def _says_it_will(self, verb: Token) -> bool:
        """An actor announces what it will do itself: the clause's subject is a pronoun or
        left out ("said it would"), or is the speaker's own country ("Venezuela's foreign
        minister said Caracas would accept", "Honduras will restore relations, its
        president said"), or the speaker is known by title only."""
        if _announced(verb):
            return True
        head = verb.head
        if verb.dep_ != "ccomp" or head.lemma_.lower() not in ANNOUNCE_HEADS:
            return False
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        speakers = syntax.subjects(head)
        if len(own) != 1 or not speakers:
            return False
        doer = self._phrase_actor(own[0], None)
        speaker = self._phrase_actor(speakers[0], None)
        return doer is not None and doer.country is not None and doer.sector in (None, "GOV") \
            and (speaker is None or speaker.country in (None, doer.country))

    def _noun_subject(self, m: _Match, by_token: dict[int, _Match]) -> None:
        """"Israeli airstrikes killed 20 soldiers": the noun names the act more precisely;
        the verb's object is its target."""
        for subj in syntax.subjects(m.trigger):
            inner = by_token.get(subj.i)
            if inner is None or not inner.nominal or inner.consumed:
                continue
            inner_code = inner.code or inner.first.code
            if self.ontology[inner_code].quad_class == self.ontology[m.first.code].quad_class:
                m.consumed = True
                inner.head_obj = True
            return

    # -- 3. events ------------------------------------------------------------------------

    def _events(self, m: _Match, sent: Span, ctx: SentenceContext) -> list[Event]:
        for pattern, objs in m.patterns:
            found = self._events_for(m, pattern, objs, sent, ctx)
            if found:
                return found
        return []

    def _events_for(self, m: _Match, pattern: Pattern, objs: list[Token], sent: Span,
                    ctx: SentenceContext) -> list[Event]:
        token = m.trigger
        if _habit_of_anyone(token):
            return []  # "we will not sit down with people who slaughter villagers"
        day, precision = event_date(text_of(sent), token.idx - sent.start_char, ctx.published)
        self._place_acts = code_of(m, pattern)[:2] in PLACE_ROOTS or \
            code_of(m, pattern)[:3] in ("042", "043", "044")
        accuser = self._accused_act(m)
        if accuser is not None:
            accused = syntax.direct_objects(accuser) or syntax.indirect_objects(accuser)
            sources = self._resolve_all(syntax.expand(accused), day, ctx)
            used = tuple(t.i for a in accused for t in a.subtree)
        else:
            sources, used = self._slot_actors(token, pattern.source, m, objs, day, ctx, (),
                                              source=True)
        if m.nominal and (m.code or pattern.code)[:3] in ("042", "043") and \
                all(not a.code for a in sources):
            # "Milei praised Netanyahu during his visit to Jerusalem", "durante su visita a
            # Polonia": whose "his", "su" is
            owner = syntax.possessive_owner(token, syntax.PERSONAL_POSSESSIVES)
            if owner is not None:  # ("su visita de Estado": no one named "Estado")
                sources = self._resolve_all(syntax.expand([owner]), day, ctx) or sources
        armed = self._armed_de(token, m, day) if not sources and m.nominal else None
        if armed is not None:
            sources, used = [armed[0]], tuple(t.i for t in armed[1].subtree)
        # "the phone call between Lula and Sheinbaum": each is the other's counterpart
        if not sources and m.nominal:
            # "Caracas has sent signals of distancing from Havana", "Venezuela announced the
            # suspension of flights": the subject of the verb whose object holds the act
            sources = self._resolve_all(syntax.expand(syntax.governing_subjects(token)), day,
                                        ctx)
        if not sources and m.nominal and code_of(m, pattern)[:2] == "12" and \
                token.dep_ == "pobj" and token.head.lower_ in ("in", "en") and \
                token.head.head.pos_ == "VERB":
            # "marched in defiance of a government ban": the marchers defy it
            sources = self._resolve_all(syntax.expand(syntax.subjects(token.head.head)), day,
                                        ctx)
        if not sources and m.nominal and (code_of(m, pattern)[:2] == "14" or _on_strike(
                token)) and token.dep_ == "pobj" and token.head.lower_ in ("on", "en") and \
                token.head.head.lemma_.lower() in STATE_VERBS and token.head.head.i < token.i:
            # "prisoners are on a hunger strike", "los médicos siguen en huelga": whoever is
            sources = self._resolve_all(syntax.expand(syntax.subjects(token.head.head)), day,
                                        ctx)
            if _on_strike(token):
                m.code = "143"  # (on strike from work: no strike "on" a target)
        if not sources and m.nominal and code_of(m, pattern)[:2] == "14" and any(
                c.dep_ == "cop" for c in token.children) and any(
                c.dep_ == "case" and c.lower_ == "en" for c in token.children):
            # "los presos están en huelga de hambre": the parser makes the noun the clause's
            sources = self._resolve_all(syntax.expand(syntax.subjects(token)), day, ctx)
        named = {a.country for a in sources if a.country}
        if m.nominal and len(named) == 1:
            # "a North Korean missile launch": the noun's modifiers name one actor, the
            # country by its name and its forces by a weapon; the more specific stands
            country = next(iter(named))
            sources = [replace(a, code=country + a.sector, country=country,
                               how=f"{a.how}; the country of the phrase")
                       if not a.country and a.sector and not a.kb_id else a for a in sources]
            sources = [a for a in sources if not (a.code == country and any(
                b.country == country and b.code != country for b in sources))]
        mutual = pattern.mutual or (m.nominal and len(sources) > 1 and bool(
            {"prep:between", "prep:entre"} & set(pattern.source)))
        if not sources and m.passive:
            # "Haniyeh was killed in an Israeli strike on his residence", "murió en un
            # bombardeo ruso": the agent of the act it was done in
            agents = [a for p in ("in", "en") for noun in syntax.prep_objects(token, p)
                      if self.is_event_noun(noun) and noun.i != token.i
                      and (a := self._nominal_agent(noun, day, ctx)) is not None]
            sources = agents[:1]
        if not sources and self.lang == "es" and m.passive:
            # "se firmó un acuerdo entre Cuba y Venezuela": a passive with "se"
            sources = self._resolve_all(syntax.expand(syntax.between(token)), day, ctx)
            mutual = mutual or len(sources) > 1
        if not sources:
            if not self._agentless(m, pattern, token):
                return []
            sources = [NO_AGENT]
            # (the phrase's head word: English puts it last, "general strike"; Spanish
            # first, "huelga general")
            head_word = pattern.words[-1:] if self.lang == "en" else pattern.words[:1]
            if m.nominal and (m.code or pattern.code)[:2] == "14" and _bare_noun(token) and \
                    len(head_word) == 1 and head_word[0] in _keys(token):
                # "imposed a curfew after protests over the cost of living turned violent",
                # "tras semanas de protestas": the people of the one country the sentence
                # names protest ("the protests", "riot police", "in protest" say nothing new)
                sources = self._people_of(sent, m.code or pattern.code, ctx) or sources
        if (m.code or pattern.code)[:2] == "19" and sources and all(
                s.sector in CIVIL_SECTORS for s in sources) and any(
                t.lemma_.lower() == "strike" for t in (token, *objs)):
            # "bus drivers began a strike": workers, students, doctors strike from work
            m.code = "143"
        if (m.code or pattern.code) == "017" and _vigil_of_protest(token, objs):
            # "relatives held a vigil outside the prosecutor's office to demand answers",
            # "realizaron una vigilia frente a la sede del Sebin": a vigil kept at a body's
            # door, or to ask for something, is a protest
            m.code = "141"
        if (m.code or pattern.code) == "191" and sources and all(
                s.sector in RIOTING_PEOPLE and not s.kb_id for s in sources):
            # "simpatizantes de Evo Morales cercaron Cochabamba": people, not forces, who
            # close a city off block it in protest (144)
            m.code = "144"
        if (m.code or pattern.code)[:3] in ("171", "180", "190", "193") and sources and all(
                s.sector in RIOTING_PEOPLE and not s.kb_id and
                not SETTLERS & set(s.text.lower().split()) for s in sources):
            # "protesters set fire to shops", "supporters attacked army installations",
            # "crowds looting shops", "jóvenes incendiaron el Parlamento": people in the
            # street who burn, loot or attack riot (145)
            m.code = "145"
        if (m.code or pattern.code)[:3] == "144" and sources and all(
                s.sector in ARMED_SECTORS or (s.country and not s.sector) for s in sources):
            # "troops blocked the roads into Jenin", "police sealed off the square": passage
            # barred by force restricts movement (191); blocking is the protesters' act
            m.code = "191"
        if (m.code or pattern.code)[:3] == "145" and sources and all(
                s.sector in STORMED_BY for s in sources):
            # "police stormed its embassy", "armed gangs stormed two prisons": force
            m.code = STORMED_BY[str(sources[0].sector)]
        if (m.code or pattern.code) == "190" and token.lemma_.lower() in CROSSING and not all(
                s.sector in ARMED_SECTORS - {"GOV"} or (s.country and not s.sector)
                for s in sources):
            return []  # "refugees crossed into Chad": only forces that cross attack
        if (m.code or pattern.code)[:3] in ("042", "043") and sources and all(
                s.sector == "CVL" and not s.kb_id for s in sources):
            return []  # "thousands of tourists visited Varadero": no politics in it
        if (m.code or pattern.code) == "042" and token.lemma_.lower() in ARRIVE:
            # "landed in Havana with 80 tonnes of food", "llegó a Alepo con ayuda": what came
            # is aid, and the arrival its delivery
            carried = self._carried_aid(token)
            if carried is not None:
                m.code = carried
        if (m.code or pattern.code) == "042" and sources and token.lemma_.lower() in ARRIVE \
                and all(s.sector in ("MIL", "COP") for s in sources):
            # "Kenyan police officers arrived in Haiti to lead the mission", "Russian
            # paratroopers arrived in Kazakhstan": forces sent to a country are no visit
            m.code = "074"
        if (m.code or pattern.code)[:3] == "051" and not m.nominal and \
                token.dep_ in ("acl", "amod") and (token.tag_ == "VBN" or "Part" in
                                                   token.morph.get("VerbForm", [])):
            return []  # "militias backed by Iran", "la misión respaldada por la ONU": who
            # backs whom, told of, is no news of backing
        if (m.code or pattern.code) == "0874" and token.lemma_.lower() in LEAVE_VERBS:
            # "the last U.S. troops left Afghanistan", "los cascos azules abandonaron Malí":
            # forces leaving a country withdraw from it (a mission's peacekeepers: 1661);
            # anyone else only travels
            peacekeepers = bool(sources) and all(s.code and s.code.endswith("PKO")
                                                  for s in sources)
            if not sources or not (peacekeepers or all(s.sector in FORCE_SECTORS
                                                       for s in sources)):
                return []
            if peacekeepers:
                m.code = "1661"
        target_slots = pattern.target + (("head_obj",) if m.head_obj else ())
        alone = False
        targets, _ = self._slot_actors(token, target_slots, m, objs, day, ctx, used,
                                       source=False, besides=sources)
        if targets and (m.code or pattern.code)[:2] == "08" and sources and all(
                t.country and t.country == sources[0].country and not t.sector
                for t in targets):
            # "Ukrainian troops withdrew from the town of Avdiivka ... encircled by Russian
            # forces": one yields to another side, never to one's own country's places
            targets = self._sentence_countries(token, sources, day, ctx)
            alone = not targets  # "Sudanese troops withdrew from Omdurman": no one named
        if targets and all(not t.country and t.sector for t in targets):
            # "expelled diplomats from Argentina, Chile and Peru": whose they are
            targets = self._from_countries(token, objs, targets, day, ctx) or targets
        if kind_of(m.code or pattern.code) == "threat":
            # "threatened to send missiles to Ukraine if Moscow did not agree": the threat
            # is made to whoever must meet its condition
            parties = self._condition_parties(token, m, sources, day, ctx)
            if m.act is not None and parties and all(not p.country for p in parties):
                # "could reimpose oil sanctions on Venezuela if the government failed to":
                # a party known by its kind only is the act's target's
                parties = self._act_targets(m, day, ctx, used) or parties
            targets = parties or targets
        if not targets and kind_of(m.code or pattern.code) == "refuse":
            # "we will not end this war until Hamas is destroyed": the refusal holds against
            # whoever its "until" clause is about
            targets = [a for verb in [token] + ([m.act.trigger] if m.act is not None else [])
                       for c in verb.children if c.dep_ == "advcl" and any(
                           k.dep_ == "mark" and k.lower_ in UNTIL for k in c.children)
                       for a in self._resolve_all(syntax.expand(syntax.subjects(c)), day, ctx)
                       if all(_differ(a, s) for s in sources)]
        if not targets and kind_of(m.code or pattern.code) == "threat" and m.act is not None:
            # "warned that Russia could use nuclear weapons against Kyiv": the threatened
            # act's target, not the threatener named again in the clause (nor a place of
            # its own: "threatened to deploy nuclear missiles in Kaliningrad")
            targets = [a for a in self._act_targets(m, day, ctx, used)
                       if all(_differ(a, s) and not (a.sector is None and a.country == s.country)
                              for s in sources)]
        if (m.code or pattern.code)[:3] == FORCE_THREAT:
            # "refused to rule out military force to take control of Greenland": force
            # threatened to seize a place is threatened to whoever holds it, a threat of
            # occupation (1382) when the threat said no more
            # (not a place of the threatener's own: "if anyone tries to take Assab by force")
            seized = [a for a in self._seized(token, day, ctx)
                      if all(_differ(a, s) and not (a.sector is None and a.country == s.country)
                             for s in sources)]
            if seized and (m.code or pattern.code) == FORCE_THREAT:
                m.code = OCCUPATION_THREAT
            targets = targets or seized
        if (m.code or pattern.code) == RALLY_SUPPORT and m.act is not None:
            # "lobbied Caribbean governments to back Venezuela": support rallied for the one
            # to be backed (the codebook's target), not those asked
            targets = [a for a in self._act_targets(m, day, ctx, used)
                       if all(_differ(a, s) for s in sources)] or targets
        if not targets and m.ended is not None:
            # "demanded an end to U.S. strikes": asked of whoever strikes
            ended_pattern, ended_objs = m.ended.patterns[0]
            targets = [a for a in self._slot_actors(
                m.ended.trigger, ended_pattern.source, m.ended, ended_objs, day, ctx, used,
                source=True)[0] if a is not NO_AGENT and all(_differ(a, s) for s in sources)]
        if not targets and kind_of(m.code or pattern.code) in ("appeal", "demand", "threat"):
            # "demanded that Japan buy more rice": the clause's subject is asked
            targets = [t for t in self._resolve_all(
                syntax.expand(syntax.clause_subjects(token)), day, ctx)
                if kind_of(m.code or pattern.code) != "threat" or t.sector or
                not any(t.country and t.country == s.country for s in sources)]
        if not targets and (m.code or pattern.code)[:2] == "11" and not m.nominal:
            # "in a massacre that the UN called an atrocity", "in what the UN called a war
            # crime": whoever did the act the relative clause names
            targets = self._relative_doers(token, sources, day, ctx)
        if not targets and (m.code or pattern.code)[:2] in ("11", "12", "13") and \
                not m.nominal and sources != [NO_AGENT]:
            # "'Greenland is not for sale,' Frederiksen said, responding to Trump's calls",
            # "told state television, in a clear warning to Ethiopia": whom words answer
            targets = self._addressed(token, sources, day, ctx)
        if not targets and (m.code or pattern.code)[:2] in ("11", "12") and not m.nominal:
            # "denounced this cooperation as interference ... under Cuban influence": with
            # no actor in its object, criticism is aimed at the other country the sentence
            # names
            targets = self._sentence_countries(token, sources, day, ctx)
        if not targets and target_slots and (m.code or pattern.code)[:2] in ("15", "19"):
            # "moved troops to its border with Ukraine": the other side of the border
            border = self._place(token, False, [])
            if border is not None and border.name.startswith("border with") and border.country:
                targets = [Actor(border.name, border.country, border.country, None,
                                 how=f"the other side of the {border.name}")]
        if not targets and target_slots and (m.code or pattern.code)[:2] in STRIKE_ROOTS and \
                len({s.country for s in sources}) == 1 and self._struck_something(token, m):
            # "Indian missiles struck nine sites in Pakistan", "gunmen attacked a market in
            # Nigeria's Zamfara state": what was struck is no actor; the country it is in is
            struck = self._place(token, False, [s.country for s in sources if s.country]) or \
                self._thing_place(token, m, [s.country for s in sources if s.country])
            if struck is not None and struck.country:
                targets = [Actor(struck.name, struck.country, struck.country, None,
                                 how=f"the country of {struck.name}, where it was struck")]
            # "attacked an army base", "a police station", "la base del ejército": the thing
            # struck is its owner's, of the country it is in when its words say no other
            owners = self._struck_owners(token, m, sources, day, ctx)
            if owners:
                where = targets[0].country if targets else None
                targets = [replace(a, code=f"{where}{a.sector}", country=where,
                                   how=f"{a.how}; country from where it was struck")
                           if where and not a.country else a for a in owners]
            if targets and all(not _differ(t, s) for t in targets for s in sources):
                # "Sudanese aircraft bombed a market in Nyala": a place of one's own country
                # struck names no other side
                targets, alone = [], True
        if not targets and target_slots and (m.code or pattern.code)[:2] == "20" and sources \
                and sources != [NO_AGENT]:
            # "carried out a campaign of ethnic cleansing in western Tigray": mass violence
            # is done to the people of the place it is done in
            struck = self._place(token, False, [s.country for s in sources if s.country])
            if struck is not None and struck.country:
                targets = [Actor(struck.name, struck.country + "CVL", struck.country, "CVL",
                                 how=f"the people of {struck.name}, where it was done")]
        if not targets and (m.code or pattern.code)[:2] in AGAINST_WORDS and \
                sources != [NO_AGENT]:
            # "marched to protest against the U.S. blockade", "a strike against the
            # government's austerity measures", "complained to the Security Council over
            # Venezuela's referendum": whose the thing protested against is
            targets = self._whose_thing(token, sources, day, ctx, used,
                                      AGAINST_WORDS[(m.code or pattern.code)[:2]])
        if not targets and m.demand is not None and sources != [NO_AGENT]:
            # "rallied to demand the impeachment of President Yoon", "blocked highways to
            # demand that prosecutors drop a case": a protest is aimed at whom it makes
            # its demand of
            targets = self._demanded_of(m.demand, sources, day, ctx, used)
        if not targets and (m.code or pattern.code) == "128" and sources != [NO_AGENT]:
            # "defied a government ban", "in defiance of the court's order": whose the rule is
            targets = self._whose_thing(token, sources, day, ctx, used, ("of", "de"),
                                        direct=True)
        elif not targets and (m.code or pattern.code)[:2] == "12" and sources != [NO_AGENT] \
                and not m.nominal:
            # "vetoed the bill passed by Congress", "rechazó la propuesta de Lula y Petro":
            # a rejection of a thing is aimed at who made it
            targets = self._whose_thing(token, sources, day, ctx, used, ("of", "de"),
                                        owners=True, direct=True)
        if not targets and (m.code or pattern.code)[:2] == "09" and sources != [NO_AGENT]:
            # "opened an investigation into war crimes committed by Russian forces", "into
            # reports that Russian troops had executed ...": whose act is investigated
            targets = self._whose_thing(token, sources, day, ctx, used, INVESTIGATED)
        if not targets and (m.code or pattern.code)[:2] == "15":
            # "moved troops to its border with Ukraine", "closer to the Finnish border",
            # "raised its alert in response to Russian-Belarusian exercises"
            targets = self._posture_aim(token, sources, day, ctx)
        if not targets and (m.code or pattern.code)[:2] == "15":
            # "held drills around Taiwan", "maniobras alrededor de Taiwán", "off the coast of
            # Guyana": a show of force is aimed at the country it is staged near
            targets = self._near_countries(token, sources, day, ctx)
        if not targets and pattern.target_required:
            # "detuvieron a siete miembros de una red": people the knowledge base cannot
            # place are still the ones it was done to (their code stays unknown)
            targets = self._unplaced_people(token, target_slots, m, objs, used)
        if not targets and m.act is not None:
            # "threatened to recall its ambassador from Chile": the act's target
            targets = self._act_targets(m, day, ctx, used)
        if not targets and m.act is not None and kind_of(m.code or pattern.code) == "threat":
            # "would respond with force to joint drills that U.S. and South Korean warplanes
            # began": whose the act it answers is
            targets = self._whose_thing(m.act.trigger, sources, day, ctx, used, ("to", "a"))
        if code_of(m, pattern)[:2] == "15" and targets and sources and \
                token.lemma_.lower().split(" ", 1)[0] in SENDING_VERBS and _sent_to_help(token) \
                and all(t.country and t.sector in (None, "GOV") and t.country not in
                        {s.country for s in sources} for t in targets):
            # "Rwanda deployed 1,000 soldiers to Cabo Delgado to help fight insurgents",
            # "desplegó 400 policías en Haití como parte de la misión": forces sent into
            # another country to help it are protection given (074), not a show of force
            m.code = "074"
            promised = self.families.code_for("074", "intent")
            if promised is not None and _future(token) and self._says_it_will(token):
                # "Guatemala will send 150 soldiers to join the mission, its defence ministry
                # said": its own word of the forces it will send is the promise (0334)
                m.code, m.intended, m.asserted = promised, "074", True
        modality, asserted_by = self._modality(m, pattern, sent)
        pairs: list[tuple[Actor, Actor | None]]
        if (m.code or pattern.code)[:3] in COUNTERPART_CODES:
            # "his trip to Asia", "will visit Africa": a region is no one met
            targets = [t for t in targets if not self._region_only(t)]
        if targets:
            # (a target that is the source itself, "threatened to deploy missiles in
            # Kaliningrad", names no other side: the act is the source's alone)
            pairs = [(s, t) for s in sources for t in targets if _differ(s, t)] or [
                (s, None) for s in sources
                if kind_of(m.code or pattern.code) == "threat" and m.act is not None]
        elif len(sources) > 1 and (mutual or (
                (m.code or pattern.code)[:2] in RECIPROCAL_ROOTS
                and RECIPROCAL.search(text_of(sent)) is not None)
                or (m.code or pattern.code).startswith("0871")
                # "Thailand and Cambodia reinforced their troops along the border": two
                # countries' shows of force face each other
                or ((m.code or pattern.code)[:2] == "15"
                    and len({s.country for s in sources if s.country}) > 1
                    and JOINT.search(text_of(sent)) is None)):
            # "Cuba and Venezuela signed an agreement": each is the other's counterpart
            pairs = [(s, t) for s in sources for t in sources if _differ(s, t)]
        elif pattern.target_required and not alone and not (
                (m.act is not None or m.intended is not None)
                and kind_of(m.code or pattern.code) == "threat"):
            return []  # (a warning of an act of force is a threat though no one is named)
        elif (m.code or pattern.code)[:3] in COUNTERPART_CODES:
            # "delegates of Armenia and Azerbaijan began a round of contacts": the sides are
            # each other's counterparts; "during his trip to Asia": no one met, no event
            pairs = [(s, t) for s in sources for t in sources if _differ(s, t)]
            if not pairs:
                return []
        else:
            pairs = [(s, None) for s in sources]
        if (m.code or pattern.code)[:2] == "15" and not m.passive:
            # "deployed 1,500 soldiers in Paris", "moved troops to Manipur": forces shown at
            # home are aimed at no one the place names
            pairs = list(dict.fromkeys(
                (s, None if t is not None and s.country and t.country == s.country
                 and t.sector not in ("REB", "UAF", "INS", "OPP", "CVL") else t)
                for s, t in pairs))
        if (m.code or pattern.code) == STATEMENT:
            # "told students", "told a crowd in Mashhad", "told aid agencies": a statement
            # to an audience known by its kind only is made to no one in particular
            pairs = [(s, None if t is not None and t.country is None and t.sector
                      and not t.kb_id else t) for s, t in pairs]
        prefer = [c for s, t in pairs for a in (s, t) if a is not None and (c := a.country)]
        place = self._place(token, pattern.code.startswith("042"),
                            prefer + ctx.memory.countries[::-1])
        # a visit's place is where the visitor went, not where it is from
        self._travel = code_of(m, pattern)[:3] in ("042", "043", "044")
        # force, coercion and protest are often a state's against its own people
        self._domestic = code_of(m, pattern)[:2] in DOMESTIC_ROOTS
        plain = country_in_context(text_of(sent), self.kb, self.lang) if any(
            a is not None and not a.country and a.sector and not a.kb_id
            for pair in pairs for a in pair) else None
        placed = [(self._placed(s, place, ctx, plain, t, source=True),
                   self._placed(t, place, ctx, plain, s))
                  for s, t in pairs]
        placed = [(s, t) for s, t in placed if s is not None and (s.code or (t and t.code))
                  and (s.code or s.kb_id or (t is not None and (t.country or t.kb_id)))]
        # (a side of the threatener's own by its words is no other side of a threat: "that
        # our forces would crush any incursion")
        if kind_of(code_of(m, pattern)) == "threat":
            placed = list(dict.fromkeys((s, None) if s is not None and t is not None and
                                        _own_side(s, t) else (s, t) for s, t in placed))
        # (two sides placed in one country and sector are one: "soldados que combaten junto
        # a las tropas rusas", both read as Russia's; "the defence minister warned that the
        # armed forces would repel any invasion")
        required = pattern.target_required and not (
            (m.act is not None or m.intended is not None)
            and kind_of(code_of(m, pattern)) == "threat")  # (as for no target at all, above)
        placed = list(dict.fromkeys(
            (s, None) if s is not None and t is not None and s.code and t.code == s.code
            and not s.kb_id and not t.kb_id else (s, t) for s, t in placed
            if not (required and s is not None and t is not None and s.code
                    and t.code == s.code and not s.kb_id and not t.kb_id)))
        # (no one named doing it to people of no known country: nothing an analyst can use)
        trigger = " ".join([token.text, *(o.text for o in objs)])
        code = m.code or pattern.code
        if code in self.refinements.codes:  # "marched to demand his resignation": 1411
            code = self.refinements.refine(code, self.lang, *_own_words(token))
        if code in PROTEST_FORMS and m.aim and code + m.aim in self.ontology:
            code += m.aim  # what its demand says it is for
        intended = m.intended
        if intended == "0873" and placed and all(
                self._by_sides("0873", s, t, token) == "072" for s, t in placed):
            # "Alemania entregará más armas a Ucrania": arms promised to another state are
            # military aid promised, not one's own disarmament (as _by_sides has it)
            code, intended = self.families.code_for("072", "intent") or code, "072"
        events = [self._event(s, t, self._by_sides(code, s, t, token), trigger, modality,
                              asserted_by, sent, ctx, (day, precision), place, intended)
                  for s, t in placed]
        if code in (CONSULT, NEGOTIATE) and place is not None:
            own = self._place(token, False, prefer, clauses=False)
            events = self._visits(events, own.country if own is not None else None)
        elif code == CONSULT and not m.nominal:
            # "flew to Damascus, meeting President al-Assad": a meeting added to a visit is
            # held where the visit went
            head = syntax.adjunct_head(token)
            visit = self._acts.get(head.i) if head is not None else None
            there = self._place(head, True, prefer, clauses=False) \
                if head is not None and visit is not None and \
                (visit.code or visit.first.code) == VISIT else None
            if there is not None and there.country:
                # (whom the visitor met, known by a title only, is of the country visited)
                events = self._visits([replace(e, place=there, target=replace(
                    e.target, code=there.country + e.target.sector, country=there.country,
                    how=f"{e.target.how}; met in {there.name}"))
                    if e.target is not None and not e.target.country and e.target.sector
                    and not e.target.kb_id else replace(e, place=there) for e in events],
                    there.country)
        answered = ACCUSATION_NOUNS if code == DENY else DEMAND_NOUNS if code[:2] == "12" \
            else None
        if answered and modality in (Modality.ASSERTED, Modality.REPORTED):
            events += self._words_answered(placed, objs, answered, sent, ctx,
                                           (day, precision), place, day, m.intended)
        return events

    def _words_answered(self, placed: list[tuple[Actor | None, Actor | None]],
                        objs: list[Token], nouns: dict[str, str],
                        sent: Span, ctx: SentenceContext,
                        when: tuple[date | None, str | None], place: Place | None,
                        day: date | None, intended: str | None = None) -> list[Event]:
        """"Mexico rejected Washington's claim that her government had an alliance with
        cartels", "Germany rejected Poland's demand for reparations": denying an accusation
        (016) or refusing a demand (12x) says it was made, by its maker against the one it is
        about (the subject of its "that" clause, else the one who answers it); an act it
        names is not coded as happened."""
        out: list[Event] = []
        for noun in objs:
            code = nouns.get(noun.lemma_.lower())
            if code is None:
                continue
            if not (syntax.possessors(noun) or syntax.modifiers(noun) or any(
                    syntax.prep_objects(noun, p) for p in ("by", "from", "of", "de", "del"))):
                continue  # "rejecting calls for talks": no one's calls, no appeal by anyone
            clause = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "acl:relcl")]
            about = self._resolve_all(syntax.expand(
                [s for c in clause for s in syntax.subjects(c)]), day, ctx)
            if intended is not None:
                # "Moscow's demand that Ukraine withdraw its troops": a demand of that (105)
                code = self.families.code_for(
                    intended, "demand" if code[:2] == "10" else "appeal") or code
            if code in self.refinements.codes:
                code = self.refinements.refine(code, self.lang, *_own_words(noun))
            for answerer, maker in placed:
                if maker is None or answerer is None:
                    continue
                if maker.code and maker.code.startswith("---") and maker.sector and \
                        answerer.country:  # "las peticiones de la oposición": at home
                    maker = replace(maker, code=answerer.country + maker.sector,
                                    country=answerer.country,
                                    how=f"{maker.how}; the answerer's country")
                # "her government", "senior officers": they are on the answerer's side
                sided = [replace(a, code=answerer.country + (a.sector or ""),
                                 country=answerer.country, how=f"{a.how}; the answerer's side")
                         if not a.country and a.sector and answerer.country else a
                         for a in about]
                for target in sided or [answerer]:
                    if _differ(maker, target):
                        out.append(self._event(maker, target, code, noun.text,
                                               Modality.ASSERTED, None, sent, ctx, when,
                                               place, None))
        return out

    def _posture_aim(self, token: Token, sources: list[Actor], day: date | None,
                     ctx: SentenceContext) -> list[Actor]:
        """Whom a show of force is aimed at: the other side of a border its words name ("to
        its border with Ukraine", "the Finnish border", "la frontera colombiana"), or whose
        act it answers ("in response to Russian drills", "en respuesta a")."""
        mine = {a.country for a in sources}
        subject = {t.i for s in syntax.subjects(token) for t in s.subtree}
        heads: list[Token] = []
        for t in token.subtree:
            if t.i in subject:
                continue
            if t.lemma_.lower() in ("border", "frontier", "frontera", "boundary"):
                other = syntax.border_country(t)
                heads += [other] if other is not None else syntax.modifiers(t)
            elif t.lower_ in ("response", "respuesta", "reaction", "reacción") and \
                    t.head.lower_ in ("in", "en", "as", "como"):
                heads += [g for p in t.children if p.lower_ in ("to", "a")
                          for g in p.children if g.dep_ == "pobj"] + [
                    c for c in t.children if c.dep_ == "nmod"]
        found = [a for a in self._resolve_all(syntax.expand(heads), day, ctx)
                 if a.country and a.country not in mine]
        if found:
            return found
        # "raised its alert after a North Korean missile launch", "elevó el nivel de alerta
        # tras el lanzamiento de un misil norcoreano": whose act it follows
        for noun in syntax.prep_objects(token, "after") + syntax.prep_objects(token, "following") \
                + syntax.prep_objects(token, "tras") + syntax.prep_objects(token, "ante"):
            for heads in ([noun] if self.is_event_noun(noun) else [],
                          syntax.modifiers(noun) + syntax.prep_objects(noun, "of")
                          + syntax.prep_objects(noun, "de")):
                found = [a for a in self._resolve_all(heads, day, ctx)
                         if a.country and a.country not in mine]
                if found:
                    return found
        return []

    def _near_countries(self, token: Token, sources: list[Actor], day: date | None,
                        ctx: SentenceContext) -> list[Actor]:
        """Countries named in the trigger's clause after a word of nearness ("around",
        "off the coast of", "cerca de", "frente a las costas de")."""
        mine = {a.country for a in sources}
        subject = {t.i for s in syntax.subjects(token) for t in s.subtree}
        near: list[Token] = []
        for t in token.subtree:
            if t.i in subject or t.pos_ != "PROPN" or t.dep_ not in ("pobj", "obl", "nmod"):
                continue
            up, steps = t.head, 0
            while steps < 4 and up.i != token.i and up.i != up.head.i:
                if up.lower_ in NEAR_WORDS:
                    near.append(t)
                    break
                up, steps = up.head, steps + 1
        return [a for a in self._resolve_all(near, day, ctx)
                if a.country and a.country not in mine and not a.sector]

    def _from_countries(self, token: Token, objs: list[Token], targets: list[Actor],
                        day: date | None, ctx: SentenceContext) -> list[Actor]:
        """Sector-only targets given the countries a "from" phrase on the trigger or its
        object names."""
        heads = syntax.prep_objects(token, "from") + [
            h for o in objs for h in syntax.prep_objects(o, "from")]
        countries = [a.country for a in self._resolve_all(syntax.expand(heads), day, ctx)
                     if a.country and not a.sector]
        sector = targets[0].sector
        return [replace(targets[0], code=c + (sector or ""), country=c,
                        how=f"{targets[0].how}; of {c}, from the 'from' phrase")
                for c in dict.fromkeys(countries)]

    def _condition_parties(self, token: Token, m: _Match, sources: list[Actor],
                           day: date | None, ctx: SentenceContext) -> list[Actor]:
        """The subjects of an "if"/"unless"/"si" clause on a threat or on the act it
        threatens."""
        verbs = [token] + ([m.act.trigger] if m.act is not None else [])
        if m.act is not None and m.act.nominal:
            verbs.append(m.act.trigger.head)  # "to stage a strike unless owners paid"
        for verb in verbs:
            for clause in verb.children:
                if clause.dep_ == "advcl" and syntax.condition_mark(clause) is not None:
                    found = [a for a in self._resolve_all(
                        syntax.expand(syntax.subjects(clause)), day, ctx)
                        if all(_differ(a, s) for s in sources)]
                    if found:
                        return found
        return []

    def _by_sides(self, code: str, source: Actor | None, target: Actor | None,
                  token: Token) -> str:
        """What the sides make of an act: protesters who attack riot (145), police
        and soldiers who fire on protesters repress them (175), killing a known person is
        an assassination (186); what police and prosecutors look into is a crime (091)."""
        if code == "090" and source is not None and (
                source.sector in ("COP", "JUD") or CRIME_BODY.search(source.text)) and (
                target is None or target.sector not in ARMED_SECTORS - {"GOV", "COP"}):
            # "police are investigating Bolsonaro", "prosecutors opened an investigation",
            # "the Anti-Corruption Commission" (troops' acts are no crime of theirs: 093)
            return "091"
        if code == "173" and source is not None and source.sector in HOSTAGE_TAKERS and \
                token.lemma_.lower() in TAKE_VERBS:
            # "Hezbollah guerrillas captured two Israeli soldiers", "la guerrilla capturó a
            # dos policías": no one's arrest, people taken by an armed group are abducted
            return "181"
        if code == "0873" and source is not None and target is not None and \
                source.sector in (None, "GOV", "MIL") and source.country and \
                target.country and target.country != source.country and \
                target.sector in (None, "GOV", "MIL"):
            # "Alemania entregará más armas a Ucrania", "handed over weapons to Kyiv": arms a
            # state hands to another state are military aid (072), not its own disarmament
            return "072"
        if code[:2] not in ("18", "19") or code in ("185", "186", "1712") or source is None:
            return code
        if code[:2] == "19" and CEASEFIRE_BROKEN.search(token.sent.text):
            # "exchanged fire in breach of a ceasefire", "violando la tregua": fighting in
            # breach of a truce is the codebook's 196, whatever the weapons
            return "196"
        if _protesters(source, self.lang):
            return "145"
        if target is not None and source.sector in ("COP", "MIL") and \
                _protesters(target, self.lang) and code[:2] in ("18", "19"):
            return "175"
        if target is not None and token.lemma_.lower() in KILL_VERBS and (
                target.kb_id in self.kb.people or LEADERS.search(target.text)):
            return "186"  # "killed Hamas military chief Ahmed al-Jabari"
        if target is not None and target.sector in UNARMED and source.code and \
                token.lemma_.lower() in KILLING and syntax.many_killed(token):
            # "killed at least 200 villagers", "mataron a decenas de civiles": unarmed people
            # killed in large numbers is a mass killing (202)
            return "202"
        return code

    def _sentence_countries(self, token: Token, sources: list[Actor], day: date | None,
                            ctx: SentenceContext) -> list[Actor]:
        """A country named in the trigger's own clause (not in a clause coordinated with
        it: "Caracas denuncia amenazas y La Habana se solidariza")."""
        mine = {a.country for a in sources}
        skip = {t.i for c in token.children if c.dep_ in ("conj", "parataxis", "cc")
                for t in c.subtree}
        words = [t for t in token.subtree if t.i not in skip]
        if not words:
            return []
        doc = token.doc
        lo, hi = min(t.i for t in words), max(t.i for t in words)
        clause = doc[lo:hi + 1].text
        for start, end, alias in self.kb.find(clause, self.lang):
            if alias.kind in ("country", "demonym", "capital", "nickname") and alias.key and \
                    alias.key not in mine:
                name = clause[start:end]
                code = alias.key + ("GOV" if alias.kind in ("capital", "nickname") else "")
                return [Actor(name, code, alias.key, code[3:] or None,
                              how=f"{alias.kind} '{name}' named in the sentence")]
        return []

    def _people_of(self, sent: Span, code: str, ctx: SentenceContext) -> list[Actor]:
        """The civilians (workers, for a strike) of the one country a sentence names, or
        of its article's dateline when it names none."""
        countries = self._countries_named(text_of(sent))
        if len(countries) > 1:
            return []
        country = next(iter(countries), ctx.dateline_country)
        sector = "LAB" if code[:3] == "143" else "CVL"
        if country is None:
            # ("during a protest against fuel prices": people of no country said)
            return [Actor("", f"---{sector}", None, sector,
                          how="no one named: people of a country the text does not say")]
        where = "the sentence names" if countries else "the dateline names"
        return [Actor("", country + sector, country, sector,
                      how=f"no one named: the people of the country {where}")]

    def _agentless(self, m: _Match, pattern: Pattern, token: Token) -> bool:
        """An act with no agent named still happened to its target: "Maduro was captured",
        "the attack on Kyiv"; a subject that is not an actor ("the plan") is no agent. A
        noun names such an act only for force and coercion: "its treaty with the United
        States" or "sanctions on Venezuela" say nothing was done."""
        if m.nominal:
            return pattern.code[:2] in AGENTLESS_NOUN_ROOTS
        if m.passive:
            return not syntax.agents(token)
        # "Secuestran a 280 alumnos en Nigeria", "Matan a un periodista en Guerrero": the
        # Spanish third person plural with no subject anywhere is impersonal, an act of force
        # by someone unnamed
        return self.lang == "es" and pattern.code[:2] in AGENTLESS_NOUN_ROOTS and \
            token.morph.get("Number", []) == ["Plur"] and \
            token.morph.get("Person", []) == ["3"] and \
            "Fin" in token.morph.get("VerbForm", []) and not syntax.subjects(token)

    def _modality(self, m: _Match, pattern: Pattern, sent: Span) -> tuple[Modality, str | None]:
        if m.nominal:
            accuser = self._accused_act(m)
            if accuser is not None:  # "accused Israel of genocide": said, by the accuser
                return Modality.REPORTED, who_says(accuser)
            return nominal_modality(m.trigger, sent), None
        modality, asserted_by = modality_of(m.trigger, sent)
        if m.set_phrase and modality != Modality.QUESTION:
            return Modality.ASSERTED, None  # (its own negation is the phrase's: checked)
        if pattern.source[:1] == ("speaker",) and modality == Modality.REPORTED:
            return Modality.ASSERTED, None  # "'It is a disgrace,' he said": his act, saying it
        # "will not negotiate" is a refusal; "did not rule out force", a threat
        refusal = m.code is not None and (kind_of(m.code) == "refuse" or (
            kind_of(m.code) == "threat" and m.trigger.lemma_.lower() in REFUSE_HEADS))
        if m.asserted and (modality not in (Modality.NEGATED, Modality.QUESTION)
                           or (refusal and modality == Modality.NEGATED)):
            return Modality.ASSERTED, None  # saying it will (not) be done is the act itself
        return modality, asserted_by

    def _place(self, token: Token, visit: bool, prefer: list[str],
               clauses: bool = True) -> Place | None:
        """Where the sentence says the event happened, if it says so (without `clauses`,
        only where the trigger's own phrases say it happened)."""
        for head in syntax.place_heads(token, visit=visit, clauses=clauses):
            other_side = syntax.border_country(head)
            if other_side is not None:
                found = resolve_place(syntax.place_name(other_side), load_gazetteer(),
                                      self.kb, prefer, self.lang)
                if found is not None and found.precision == "country":
                    return Place(f"border with {found.name}", found.country,
                                 precision="country", how=f"border with {found.name}")
                continue
            if head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_NOUNS:
                # "en la región rusa de Volgogrado", "in the Ukrainian city of Kharkiv": the
                # nationality of a place known by its kind says its country
                nation = next((c for c in head.children if c.dep_ == "amod" and
                               self._nationality(c)), None)
                named = resolve_words([Word(nation.text, nation.lemma_.lower(), is_head=True)],
                                      self.kb, self.lang, None) if nation is not None else None
                if nation is not None and named is not None and named.country and \
                        not named.sector:
                    return Place(" ".join(t.text for t in head.subtree), named.country,
                                 precision="country",
                                 how=f"a {head.lower_} called {nation.text}")
                # "en el estado de Benue", "in the province of Idlib": the place is its name
                for name in syntax.prep_objects(head, "of") + syntax.prep_objects(head, "de"):
                    if name.pos_ != "PROPN":
                        continue
                    found = resolve_place(syntax.place_name(name), load_gazetteer(), self.kb,
                                          prefer, self.lang)
                    if found is not None:
                        return found
            if head.pos_ != "PROPN" or syntax.place_name(head).lower() in INSTITUTION_WORDS:
                continue  # ("the University of Belgrade" is in Belgrade, no town "University")
            found = resolve_place(syntax.place_name(head), load_gazetteer(), self.kb, prefer,
                                  self.lang)
            held = next((m.group(1) for c in head.children if c.dep_ in ("amod", "compound")
                         and (m := HELD_BY.match(c.text))), None) or next((
                g.text for c in head.children if c.dep_ in ("amod", "compound")
                and c.lemma_.lower() in HOLD_VERBS for g in c.children
                if g.dep_ in ("npadvmod", "compound", "nmod") and g.pos_ == "PROPN"), None)
            holder = resolve_place(held, load_gazetteer(), self.kb, prefer, self.lang) \
                if held else None
            if found is not None and holder is not None and holder.country:
                # "Pakistan-administered Kashmir": the part its holder holds
                return replace(found, country=holder.country,
                               how=f"{found.how}; held by {holder.name}")
            if found is not None:
                return found
        return None

    def _placed(self, actor: Actor | None, place: Place | None, ctx: SentenceContext,
                plain: str | None = None, other: Actor | None = None,
                source: bool = False) -> Actor | None:
        """A sector-only actor's country from the event's place, the country the sentence
        plainly names, the dateline, the other side's country ("Syrian forces killed
        civilians") or the article's dominant country; else CAMEO's "---" for an unknown
        country."""
        if actor is None or actor.country or not actor.sector or actor.kb_id:
            return actor
        if of_no_one_country(actor):  # "European diplomats"
            return replace(actor, code=f"---{actor.sector}")
        if actor.sector == "BUS" and not SHIP_WORDS.isdisjoint(actor.text.lower().split()):
            # "a commercial ship in the Red Sea": a ship is of the flag it flies, which no
            # sea, coast or attacker says
            return replace(actor, code="---BUS",
                           how=f"a ship, its flag unknown ({actor.how})")
        if FOREIGN.search(actor.text) or stands_abroad(actor.text):
            # "foreign investors", "its embassy in Quito": not this country's, whose else
            return replace(actor, code=f"---{actor.sector}",
                           how=f"sector word, foreign, country unknown ({actor.how})")
        found: list[tuple[str | None, str]] = []
        if place is not None and place.country and not self._travel and not (
                ctx.dateline_country and place.country != ctx.dateline_country
                and unpreferred(place)):
            # (a town's name found in no country of the story, "the capital's Chinatown"
            # under a Honiara dateline, says less than the dateline)
            found.append((place.country, f"the event's place, {place.name}"))
        if plain is not None and not self._travel:
            found.append((plain, "the country the sentence names"))
        found.append((ctx.dateline_country, "the article's dateline"))
        if other is not None and other.country and len(other.country) == 3 and \
                not other.country.startswith("IGO") and self._domestic:
            found.append((other.country, "the other side's country"))
        found.append((ctx.memory.dominant_country(), "the country the article is about"))
        # (a source's, not the target's own country, where the target is the state itself
        # and the act is not one a state's people do at home: "el gobierno amenazó con
        # cerrar la frontera con Colombia" is no Colombian government's)
        theirs = other.country if source and actor.sector in STATE_AGENTS and \
            other is not None and other.sector in (None, "GOV") and not self._domestic \
            else None
        for country, why in found:
            if country is not None and country != theirs:
                return replace(actor, code=country + actor.sector, country=country,
                               how=f"{actor.how}; country from {why}")
        return replace(actor, code=f"---{actor.sector}",
                       how=f"sector word, country unknown ({actor.how})")

    def _slot_actors(self, token: Token, slots: tuple[str, ...], m: _Match, objs: list[Token],
                     day: date | None, ctx: SentenceContext, taken: tuple[int, ...],
                     source: bool, besides: list[Actor] | None = None
                     ) -> tuple[list[Actor], tuple[int, ...]]:
        """The first slot, left to right, that names actors (other than `besides`, the
        sources, for a target), and the tokens it used."""
        for slot in slots:
            if slot in ("speaker", "said_of"):
                found = self._said_actors(token, slot, besides or [], day, ctx)
                if found:
                    return found, ()
                continue
            heads = [h for h in syntax.expand(self._slot_heads(token, slot, m, objs, source))
                     if h.i not in taken and not _day_word(h)]
            if slot == "mod":
                # "military drills", "naval exercises": an adjective with no country says
                # what kind of act it was, not who did it
                heads = [h for h in heads if h.pos_ != "ADJ" or
                         any(a.country for a in self._resolve(h, day, ctx))]
            actors = self._resolve_all(heads, day, ctx)
            if besides:
                actors = [a for a in actors if all(_differ(a, b) for b in besides)]
            if actors and slot in ("prep:of", "prep:de") and "obj" in slots and all(
                    not a.sector and not a.kb_id for a in actors):
                # "killed the mayor of Chilpancingo": a bare place after the object says whose
                # official the object is, and the object's own phrase says it more finely
                held, used = self._slot_actors(token, ("obj",), m, objs, day, ctx, taken,
                                               source, besides)
                places = {b.country for b in actors if b.country}
                if held and len(places) == 1 and all(
                        a.sector and not a.kb_id and (a.country is None or a.country in places)
                        for a in held):
                    place = places.pop()
                    return [a if a.country else replace(
                        a, code=place + str(a.sector), country=place,
                        how=f"{a.how}; of {actors[0].text}") for a in held], used
            if actors:
                return actors, tuple(h.i for h in heads)
            predicate = m.nominal and token.pos_ == "ADJ" and any(
                c.dep_ == "cop" for c in token.children)  # «Estamos dispuestos a reunirnos»
            if source and slot == "subj" and not heads and not m.passive and (
                    not m.nominal or predicate):
                speaker = ctx.voice_at(ctx.offset + token.idx)
                person = token.morph.get("Person", []) or (
                    token.head.morph.get("Person", []) if token.dep_ == "xcomp" else []) or [
                    p for c in token.children if c.dep_ in ("aux", "cop")
                    for p in c.morph.get("Person", [])]
                if speaker is not None and "1" in person:
                    return [_first_person(speaker, token)], ()  # «No vamos a negociar»
                dropped = ctx.memory.pro_drop(token, self.lang)
                if dropped:
                    return dropped, ()
        return [], ()

    def _said_actors(self, token: Token, slot: str, besides: list[Actor], day: date | None,
                     ctx: SentenceContext) -> list[Actor]:
        """The `speaker` slot: who says the words the trigger is in (a quote's speaker, the
        subject of its verb of saying); `said_of`: whom they are said of ("said of the U.S.
        strike", "dijo sobre la decisión de Bruselas")."""
        verb = syntax.saying_verb(token, SPEECH_VERBS)
        if verb is None and token.dep_ in ("xcomp", "conj") and token.head.i != token.i:
            # "La junta tiene que liberar..., dijo": the clause the verb belongs to
            verb = syntax.saying_verb(token.head, SPEECH_VERBS)
        if slot == "speaker":
            voice = ctx.voice_at(ctx.offset + token.idx)
            if voice is not None:
                return [voice]
            return self._resolve_all(syntax.expand(syntax.subjects(verb)), day, ctx) \
                if verb is not None else []
        if verb is None:
            return []
        return self._whose_thing(verb, besides, day, ctx, (), SAID_OF, owners=True)

    def _slot_heads(self, token: Token, slot: str, m: _Match, objs: list[Token],
                    source: bool) -> list[Token]:
        if slot == "subj":
            if m.passive and source:
                return syntax.look_through(syntax.agents(token))
            if m.passive:
                return []
            # "Thousands of people protested": the people
            own = syntax.subjects(token)
            intention = _intention_of(token) if not own and not m.nominal and \
                kind_of(m.code or "") == "refuse" and _no_intention(token) else None
            if intention is not None:
                # "Hungary has no intention of sending weapons": whoever has none
                own = syntax.subjects(intention.head)
            if not own and not m.nominal and token.pos_ in ("NOUN", "PROPN"):
                # "Poland shuts last Russian consulate": a headline's verb the tagger took for
                # a noun has its subject as a compound
                own = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
            code = m.code or m.first.code
            if not own and not "010" <= code[:3] <= "015" and (
                    self.ontology[code].quad_class in (1, 3) or not self._act_added(token)):
                # a saying, demanding, accusing... added to an act is its doer's too; an act
                # added ("shelled Kharkiv, killing five", "stormed the prison, freeing
                # inmates") is the first act's result, and so is a comment ("..., raising
                # fears of war", "..., saying it would respond"); added to a verb that is no
                # act ("drove tractors into Brussels, blocking streets") it is the act
                own = syntax.adjunct_subjects(token)
            return syntax.look_through(own)
        if slot == "head_subj":
            return syntax.head_subjects(token)
        if slot == "obj":
            held = syntax.subjects(token) if m.passive else syntax.direct_objects(token)
            if not held and not m.passive and self.lang == "es":
                held = syntax.enclitic_antecedents(token)  # "tras acusarlos"
            return syntax.look_through(held)
        if slot == "iobj":
            return syntax.indirect_objects(token)
        if slot == "poss":
            if m.nominal and source and any(
                    c.dep_ == "amod" and c.lower_ in RECORDS for c in token.children):
                return []  # "Spain's deadliest attack in decades": where, not by whom
            return syntax.possessors(token)
        if slot == "obj_poss":  # "supplied Ukraine's first jets": whose the object is
            held = syntax.subjects(token) if m.passive else syntax.direct_objects(token)
            return [p for o in syntax.look_through(held) for p in syntax.possessors(o)]
        if slot == "obj_mod":  # "rejected U.S. accusations": who the object belongs to
            held = syntax.subjects(token) if m.passive else syntax.direct_objects(token)
            return [d for o in syntax.look_through(held) for d in syntax.modifiers(o)]
        if slot == "mod":
            return syntax.modifiers(token)
        if slot == "head_obj":
            return syntax.head_objects(token)
        prep = slot.split(":", 1)[1]
        heads = syntax.prep_objects(token, prep)
        if m.nominal and not heads and prep in ("between", "entre") and \
                token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB":
            # "fighting broke out between the army and the RSF", "estallaron combates entre
            # el ejército y los rebeldes": the parser hangs the sides on the verb
            heads = syntax.prep_objects(token.head, prep)
        for obj in objs:
            heads += syntax.prep_objects(obj, prep)
            if prep in AIMED_PREPS and not heads:
                # "threatened the use of force against Panama", "el uso de la fuerza contra
                # Panamá": the parser hangs the aim on the object's own object
                heads += [h for of in syntax.prep_objects(obj, "of") + syntax.prep_objects(
                    obj, "de") for h in syntax.prep_objects(of, prep)]
            counted = syntax.counted_by(obj)
            if counted is not None:
                # "$12 billion in aid for Ukraine", "15 toneladas de alimentos a Afganistán":
                # the quantity's own prepositions
                heads += syntax.prep_objects(counted, prep)
        if m.nominal and source and not heads and prep in syntax.AGENT_PREPS:
            # "el ataque a la base por parte de los rebeldes": the parser may hang the
            # agent on the target
            for child in token.children:
                heads += syntax.prep_objects(child, prep)
        return heads

    def _act_added(self, gerund: Token) -> bool:
        """Whether the verb a subjectless gerund's clause is added to is an act itself (or
        the clause is no gerund's: "al estallar un coche bomba" names its subject after)."""
        head = syntax.adjunct_head(gerund)
        if head is not None and gerund.dep_ == "pcomp" and gerund.head.lower_ in \
                syntax.TIME_PREPS:
            return False  # "massacred civilians after seizing El Fasher": an act before it
        return head is None or head.i in self._acts or not (
            gerund.tag_ == "VBG" or "Ger" in gerund.morph.get("VerbForm", []))

    def _resolve_all(self, heads: list[Token], day: date | None,
                     ctx: SentenceContext) -> list[Actor]:
        actors: list[Actor] = []
        by_head: dict[int, list[Actor]] = {}
        for head in heads:
            found = by_head[head.i] = self._resolve(head, day, ctx)
            if head.dep_ == "conj" and not any(c.dep_ in syntax.MODIFIER_DEPS
                                              for c in head.children):
                # "Russian drones and missiles": a bare noun coordinated with one a demonym
                # or a country names is of that country too
                kin = [a for a in by_head.get(head.head.i, []) if a.country]
                found = [replace(a, code=f"{kin[0].country}{a.sector}", country=kin[0].country,
                                 how=f"{a.how}; country of '{head.head.text}', coordinated")
                         if kin and not a.country and a.sector and not a.kb_id else a
                         for a in found]
            for actor in found + self._listed(head, found, day, ctx):
                if actor not in actors:
                    actors.append(actor)
        return actors

    def _listed(self, head: Token, found: list[Actor], day: date | None,
                ctx: SentenceContext) -> list[Actor]:
        """"India, Pakistan agree to ceasefire": in a headline the parser takes the second
        of two countries listed with a comma for an apposition; two countries are never one
        actor."""
        if len(found) == 1 and found[0].sector and found[0].country and not found[0].kb_id:
            return self._co_modified(head, found[0], day, ctx)
        if len(found) != 1 or not (found[0].how or "").startswith(("country", "capital")):
            return []
        out: list[Actor] = []
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                for other in self._resolve(child, day, ctx):
                    if (other.how or "").startswith(("country", "capital")) and \
                            other.country != found[0].country:
                        out.append(other)
        return out

    def _co_modified(self, head: Token, found: Actor, day: date | None,
                     ctx: SentenceContext) -> list[Actor]:
        """"U.S. and British warplanes", "Russian and Chinese ships": one sector of each
        country its coordinated modifiers name."""
        out: list[Actor] = []
        for mod in head.children:
            if mod.dep_ not in ("nmod", "amod", "compound") or mod.i > head.i:
                continue
            for other in conjuncts(mod):
                if other.i > head.i:
                    continue
                for actor in self._resolve(other, day, ctx):
                    country = actor.country
                    if country and country != found.country and not actor.sector and \
                            found.code and found.code.startswith(found.country or "-"):
                        out.append(replace(found, text=f"{other.text} {head.text}",
                                           code=country + found.code[3:], country=country,
                                           how=f"{found.how}; and {other.text}: {country}"))
        return out

    def _resolve(self, head: Token, day: date | None, ctx: SentenceContext) -> list[Actor]:
        if head.lower_ in ("it", "they") and head.pos_ == "PRON":
            # "The Kremlin said it was considering": the speaker whose clause this is
            reporter = syntax.reporting_subject(head)
            if reporter is not None and reporter.i != head.i:
                return self._resolve(reporter, day, ctx)
        if head.lower_ in ADJUNCT_PRONOUNS and head.pos_ == "PRON":
            # "sued Myanmar, accusing it of genocide": whom the act it is added to was done to
            for antecedent in syntax.adjunct_antecedents(head):
                found = self._resolve(antecedent, day, ctx)
                if found:
                    return found
        if head.lower_ in ("he", "she") and head.pos_ == "PRON":
            # "Ruto flew to Kinshasa, where he met Tshisekedi": the person the sentence
            # itself named before, as the subject of the clause this one hangs from
            named = syntax.earlier_subject(head)
            found = self._resolve(named, day, ctx) if named is not None else []
            if len(found) == 1 and found[0].kb_id and found[0].kb_id in self.kb.people:
                return [replace(found[0], text=head.text,
                                how=f"pronoun for {found[0].text}, named before it")]
        if head.lower_ in FIRST_PERSON and head.pos_ in ("PRON", "DET"):
            # "“We will not negotiate,” the minister said": the speaker (a government's
            # "we" is its country's)
            speaker = ctx.voice_at(ctx.offset + head.idx)
            if speaker is not None:
                return [_first_person(speaker, head)]
        if self.is_event_noun(head):
            # "condemned the capture by U.S. troops": the act's agent is the one condemned;
            # "the capture of Maduro" alone names no one the condemnation is aimed at
            agent = self._nominal_agent(head, day, ctx)
            return [agent] if agent is not None else []
        sides = syntax.coordinated_modifiers(head)
        if sides:  # "the Chinese and Russian navies": one actor for each
            found = [a for side in sides
                     if (a := resolve_words([Word(side.text, side.lemma_.lower()),
                                             Word(head.text, head.lemma_.lower(),
                                                  is_head=True)],
                                            self.kb, self.lang, day)) is not None and a.code]
            if len(found) > 1:
                return found
        members = syntax.group_members(head)
        if members:  # "the leaders of Kenya, Uganda and Tanzania": each of them
            found = [a for t in members for a in self._resolve(t, day, ctx)]
            if found:
                sector = self.kb.sector_of(head.lemma_, self.lang)
                return [_with_sector(a, sector) for a in found]
        actor = self._phrase_actor(head, day)
        if actor is not None and actor.sector and not actor.kb_id:
            # (the flag says more than a place: "a Greek-owned tanker in the Gulf of Oman")
            flag = self._flag_country(head, day)
            if flag is not None:
                # "a Greek-owned oil tanker", "a Marshall Islands-flagged ship": whose it is
                return [replace(actor, code=flag + actor.sector, country=flag,
                                how=f"{actor.how}; owned or flagged: {flag}")]
        if actor is not None and actor.code is not None:
            return [actor]
        if actor is not None and actor.sector and not actor.kb_id:
            owner = syntax.possessive_owner(head)
            owned = [a.country for a in self._resolve(owner, day, ctx) if a.country] \
                if owner is not None else []
            if owner is not None and owned:
                # "the Russian ministry denied that its planes had bombed", "negó que sus
                # tropas": whose the forces are
                return [replace(actor, code=owned[0] + actor.sector, country=owned[0],
                                how=f"{actor.how}; whose: {owner.text}")]
        group = ctx.memory.antecedents(head, actor, day, self.kb)
        if group:
            return group
        if actor is not None and actor.sector:
            return [actor]  # sector only: its country comes from the sentence (_placed)
        if actor is not None and actor.kb_id:
            return [actor]
        if head.pos_ == "PROPN" and head.lower_ not in FUNCTION_WORDS:
            return [self._unknown_name(head)]
        return []

    def _flag_country(self, head: Token, day: date | None) -> str | None:
        """The country of "Greek-owned", "Marshall Islands-flagged", "Liberian-registered"
        on the phrase's head."""
        for mod in head.children:
            if mod.dep_ != "amod" or not (mod.lemma_.lower() in OWNED or mod.lower_ in OWNED):
                continue
            words = [Word(t.text, t.lemma_.lower()) for t in mod.subtree
                     if t.i < mod.i and t.text != "-"]
            if words:
                words[-1] = Word(words[-1].text, words[-1].lemma, is_head=True)
                found = resolve_words(words, self.kb, self.lang, day)
                if found is not None and found.country and not found.sector:
                    return found.country
        if head.lower_ not in SHIP_WORDS and head.lemma_.lower() not in SHIP_WORDS:
            return None
        doc = head.doc
        for flag in doc[head.i + 1:min(len(doc), head.i + 7)]:
            # "un buque mercante con bandera de Liberia", "con bandera liberiana", "a ship
            # flying the Panamanian flag", "under the flag of Malta"
            if flag.lemma_.lower() not in FLAG_WORDS and flag.lower_ not in FLAG_WORDS:
                continue
            for word in _flag_names(flag):
                found = resolve_words([Word(word.text, word.lemma_.lower(), is_head=True)],
                                      self.kb, self.lang, day)
                if found is not None and found.country and not found.sector:
                    return found.country
        return None

    def _unplaced_people(self, token: Token, slots: tuple[str, ...], m: _Match,
                         objs: list[Token], taken: tuple[int, ...]) -> list[Actor]:
        for slot in slots:
            heads = [h for h in syntax.look_through(
                self._slot_heads(token, slot, m, objs, source=False)) if h.i not in taken]
            people = [h for h in heads if h.pos_ == "NOUN" and (
                syntax._person_noun(h) or h.lemma_.lower() in PEOPLE_NOUNS)]
            if people:
                return [Actor(" ".join(w.text for w in syntax.phrase_words(h)), None,
                              how="people the knowledge base cannot place") for h in people]
        return []

    def _phrase_actor(self, head: Token, day: date | None) -> Actor | None:
        """The actor the phrase headed by `head` names, resolved once per head and day (the
        slots of several patterns read the same phrases)."""
        cache: dict[tuple[int, date | None], Actor | None] = head.doc.user_data.setdefault(
            "entente.actors", {})
        key = (head.i, day)
        if key not in cache:
            cache[key] = resolve_words(syntax.phrase_words(head), self.kb, self.lang, day,
                                       context=text_of(sentence_of(head)))
        return cache[key]

    def _region_only(self, actor: Actor) -> bool:
        """An actor of no code whose words are a region's name ("Asia", "Latin America"),
        which the knowledge base holds as no actor."""
        if actor.code is not None or actor.kb_id:
            return False
        words = actor.text.split()
        text = " ".join(words[1:] if words and words[0].lower() in ("the", "el", "la") else words)
        return any(a.kind == "region" and start == 0 and end == len(text)
                   for start, end, a in self.kb.find(text, self.lang))

    def _unknown_name(self, head: Token) -> Actor:
        """A name the knowledge base lacks: a city stands for its country where the act is
        done to a place (a visit, an attack: "visited Aleppo", "shelled Kharkiv", "troops
        entered Goma"); anything else keeps its words and no code, never a guessed country
        ("Rodríguez was received" is a person, whatever town shares the name)."""
        name = syntax.place_name(head)
        place = resolve_place(name, load_gazetteer(), self.kb, (), self.lang)
        if place is not None and place.country and place.precision == "city" and \
                _big_city(name) and self._place_acts and head.dep_ not in syntax.SUBJECT_DEPS:
            return Actor(name, place.country, place.country, None,
                         how=f"city {place.name} in {place.country}")
        text = " ".join(w.text for w in syntax.phrase_words(head))
        return Actor(text, None, None, None, how="name not in the knowledge base")

    def _nominal_agent(self, noun: Token, day: date | None,
                       ctx: SentenceContext) -> Actor | None:
        match = self._noun_match(noun)
        if match is None:
            return None
        for slot in match.first.source:
            heads = (syntax.prep_objects(noun, slot.split(":", 1)[1]) if slot.startswith("prep:")
                     else syntax.modifiers(noun) if slot == "mod"
                     else syntax.possessors(noun) if slot == "poss" else [])
            for head in heads:
                actor = resolve_words(syntax.phrase_words(head), self.kb, self.lang, day)
                if actor is not None and actor.code is not None:
                    return actor
        armed = self._armed_de(noun, match, day)
        return armed[0] if armed is not None else None

    def _armed_de(self, noun: Token, m: _Match, day: date | None
                  ) -> tuple[Actor, Token] | None:
        """"la represión del Gobierno venezolano", "los bombardeos del ejército sudanés": a
        state's or an armed group's "de" is the doer of an act of force, not its victim."""
        if self.lang != "es" or (m.code or m.first.code)[:2] not in FORCE_ROOTS:
            return None
        for head in syntax.prep_objects(noun, "de") + syntax.prep_objects(noun, "del"):
            actor = resolve_words(syntax.phrase_words(head), self.kb, self.lang, day)
            if actor is not None and actor.code is not None and actor.sector in ARMED_SECTORS:
                return actor, head
        return None

    def _event(self, source: Actor | None, target: Actor | None, code: str, trigger: str,
               modality: Modality, asserted_by: str | None, sent: Span,
               ctx: SentenceContext, when: tuple[date | None, str | None],
               place: Place | None, intended: str | None) -> Event:
        info = self.ontology[code]
        raw = text_of(sent)
        if ctx.text is not None:
            raw = ctx.text[sent.start_char:sent.end_char]
        lead, trail = len(raw) - len(raw.lstrip()), len(raw) - len(raw.rstrip())
        return Event(
            article_id=ctx.article_id,
            sentence_index=ctx.sentence_index,
            evidence=raw.strip(),
            # the span is the evidence's own: no blanked dateline, no trailing newline
            span_start=ctx.offset + sent.start_char + lead,
            span_end=ctx.offset + sent.end_char - trail,
            source=source or NO_AGENT,
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
            intended=intended,
        )


FIRST_PERSON = frozenset({"i", "me", "we", "us", "my", "our", "yo", "nosotros", "nosotras",
                          "mi", "nuestro", "nuestra", "nuestros", "nuestras"})


def _first_person(speaker: Actor, token: Token) -> Actor:
    """The speaker of a quote, for its "I" or "we": the plural "we" of an official is the
    official's state."""
    plural = token.lower_ in ("we", "us", "our", "nosotros", "nosotras", "nuestro", "nuestra",
                              "nuestros", "nuestras") or "Plur" in token.morph.get("Number", [])
    if plural and speaker.country and speaker.sector in ("GOV", "MIL") and speaker.kb_id:
        return Actor(token.text, speaker.country + "GOV", speaker.country, "GOV",
                     how=f"'{token.text}' in a quote by {speaker.text}: their government")
    return replace(speaker, text=token.text, how=f"'{token.text}' in a quote by {speaker.text}")


def _verb_like(token: Token) -> bool:
    pos = token.pos_  # (read once: each reading looks the tag's name up again)
    if pos == "VERB":
        return True
    if pos == "AUX" and token.lemma_.lower() in ("be", "ser", "estar") and (
            token.dep_ == "cop" or any(c.dep_ in ("attr", "acomp") for c in token.children)):
        return True  # "'This is a violation,' she said": what the speaker calls it
    # the Spanish model tags some participles as adjectives ("capturado por")
    return pos == "ADJ" and "Part" in token.morph.get("VerbForm", [])


def _keys(token: Token) -> tuple[str, str]:
    """The lemma's and the word's keys (patterns.lemma_key)."""
    return _doc_keys(token.doc)[token.i]


def _doc_keys(doc: Doc) -> list[tuple[str, str]]:
    """Every token's keys (`_keys`), by token index, worked out once per document and kept
    with it."""
    found: list[tuple[str, str]] | None = doc.user_data.get("entente.keys")
    if found is None:
        table = token_table(doc)
        lang = doc.lang_
        found = doc.user_data["entente.keys"] = [
            (lemma_key(_singular(text, lang) if pos == "PROPN" and lemma == text else lemma),
             lemma_key(text))
            for lemma, text, pos in zip(table.lemma, table.text, table.pos, strict=True)]
    return found


def _singular(word: str, lang: str) -> str:
    """A capitalised plural the tagger read as a name, whose lemma is then the word itself
    ("Bombs exploded", "Protesters blocked", "Manifestantes bloquearon"): the plural's
    singular by rule, so that its patterns and objects match. Anything else unchanged."""
    if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or \
            not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if lang == "es":
        if word.endswith("es") and word[-3] in "lnrdzjy":
            return word[:-2]
        return word[:-1]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


def _object_pool(verb: Token, words: tuple[str, ...], direct: list[Token]) -> list[Token]:
    """Where a verb pattern's objects are looked for: the verb's direct objects and the
    objects of the pattern's prepositions, on the verb or, as parsers often hang them, on
    its object or on the object of another of its prepositions ("accused the government of
    fraud", "acusó a X de cometer", "would respond to any provocation with force"). Worked out
    once per verb and prepositions (the verb's patterns share them) and kept with its
    document."""
    cache: dict[tuple[int, tuple[str, ...]], list[Token]] = verb.doc.user_data.setdefault(
        "entente.pools", {})
    key = (verb.i, words)
    if key not in cache:
        pool = direct + syntax.look_through(syntax.expand(
            syntax.preposition_objects(verb, words)
            + [o for d in direct + _prepositional_objects(verb) if words
               for o in syntax.preposition_objects(d, words)])) \
            + [c for c in syntax.predicates(verb) if c not in direct] \
            + [c for c in verb.children if c.dep_ == "npadvmod" and any(
                g.dep_ == "nummod" or (g.dep_ == "det" and g.lower_ in ("a", "an"))
                for g in c.children)] \
            + [c for c in verb.children if c.dep_ == "xcomp" and
               c.lower_ in NOUNS_READ_AS_VERBS and any(g.lower_ == "to" for g in c.children)]
        # ("India, Pakistan agree to ceasefire": a headline's noun after "to" read as a verb)
        # (what a verb of naming calls its object; a span of time counted, which the
        # parser hangs apart: "gave the junta one week to step down", not "next week")
        cache[key] = list(dict.fromkeys(pool))
    return cache[key]


def _prepositional_objects(verb: Token) -> list[Token]:
    """The objects of a verb's own prepositions: where parsers hang a second preposition of
    the verb ("would respond to any provocation with force")."""
    return [g for c in verb.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj"]


def _key_matches(token: Token, word: str) -> bool:
    return word in _keys(token)


def _phrase_at(token: Token, phrase: tuple[str, ...]) -> list[Token] | None:
    """The tokens of `phrase` written around `token`, contiguous, or None. A hyphen written
    inside a word ("air-defence", "sit-in") is no word of its own: "air defence system"
    matches "air-defence system" and the other way round."""
    doc = token.doc
    keys = _doc_keys(doc)
    for k, word in enumerate(phrase):
        if word not in keys[token.i]:
            continue
        start = token.i - k
        if start < 0 or start + len(phrase) > len(doc):
            continue
        if all(w in keys[start + j] for j, w in enumerate(phrase)):
            return [doc[start + j] for j in range(len(phrase))]
    if len(phrase) > 1 and _hyphenated(doc, token):
        return _phrase_across_hyphens(token, phrase)
    if len(phrase) > 2 and _counted(doc, token):
        return _phrase_across_counts(token, phrase)
    return None


def _counted(doc: Doc, token: Token) -> bool:
    """A number within a few words (six) of `token`."""
    near: frozenset[int] | None = doc.user_data.get("entente.near_counts")
    if near is None:
        table = token_table(doc)
        near = doc.user_data["entente.near_counts"] = frozenset(
            j for i, pos in enumerate(table.pos) if pos == "NUM" for j in range(i - 6, i + 7))
    return token.i in near


def _phrase_across_counts(token: Token, phrase: tuple[str, ...]) -> list[Token] | None:
    """A phrase with a count inside it, after "of" or "de": "the deployment of 25,000
    troops" is the "deployment of troops", "la liberación de 553 presos" the "liberación de
    presos"."""
    doc = token.doc
    keys = _doc_keys(doc)
    lo, hi = max(0, token.i - len(phrase) - 2), min(len(doc), token.i + len(phrase) + 3)
    near = [i for i in range(lo, hi) if i == token.i or not (
        doc[i].pos_ == "NUM" and i > 0 and keys[i - 1][1] in COUNTED_AFTER)]
    if len(near) == hi - lo:
        return None  # (no count after "of" here)
    at = near.index(token.i)
    for k, word in enumerate(phrase):
        if word not in keys[token.i] or at - k < 0 or at - k + len(phrase) > len(near):
            continue
        span = [near[at - k + j] for j in range(len(phrase))]
        if all(w in keys[i] for i, w in zip(span, phrase, strict=True)) and all(
                b - a <= 2 for a, b in zip(span, span[1:], strict=False)):
            return [doc[i] for i in span]
    return None


def _inner_hyphens(doc: Doc) -> frozenset[int]:
    """Where the document has a hyphen inside a word ("air-defence"), found once per
    document."""
    found: frozenset[int] | None = doc.user_data.get("entente.hyphens")
    if found is None:
        found = doc.user_data["entente.hyphens"] = frozenset(
            t.i for t in doc if t.text == "-" and t.i > 0 and not doc[t.i - 1].whitespace_
            and not t.whitespace_)
    return found


def _inner_hyphen(doc: Doc, i: int) -> bool:
    return i in _inner_hyphens(doc)


def _hyphenated(doc: Doc, token: Token) -> bool:
    """An inner hyphen within a few words (six) of `token`."""
    near: frozenset[int] | None = doc.user_data.get("entente.near_hyphens")
    if near is None:
        near = doc.user_data["entente.near_hyphens"] = frozenset(
            j for i in _inner_hyphens(doc) for j in range(i - 6, i + 7))
    return token.i in near


def _phrase_across_hyphens(token: Token, phrase: tuple[str, ...]) -> list[Token] | None:
    doc = token.doc
    words = [w for w in phrase if w != "-"]
    near = [i for i in range(max(0, token.i - 2 * len(phrase)),
                             min(len(doc), token.i + 2 * len(phrase) + 1))
            if not _inner_hyphen(doc, i)]
    if token.i not in near:  # the hyphen itself
        return None
    at = near.index(token.i)
    for k, word in enumerate(words):
        if not _key_matches(token, word) or at - k < 0 or at - k + len(words) > len(near):
            continue
        span = [doc[near[at - k + j]] for j in range(len(words))]
        contiguous = all(near[at - k + j + 1] - near[at - k + j] <= 2
                         for j in range(len(words) - 1))
        if contiguous and all(_key_matches(t, w) for t, w in zip(span, words, strict=True)):
            return span
    return None


# the words a count is skipped after inside a phrase ("deployment of 25,000 troops")
COUNTED_AFTER = frozenset({"of", "de"})


def _day_word(token: Token) -> bool:
    """"on Wednesday", "in January": a day or a month is never an actor."""
    low = token.lower_
    return low in WEEKDAYS or (low in MONTHS and len(low) > 3)


def _two_phrases(span: list[Token]) -> bool:
    """The words are no one phrase: "women marched" (a subject and its verb) is no "women's
    march". A phrase's words all hang inside it but one; a hyphen's or a name's parts the
    parser may hang apart, so only a noun and a verb apart count."""
    inside = {t.i for t in span}
    heads = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    return len(heads) > 1 and any(t.pos_ in ("VERB", "AUX") for t in heads)


def _span_head(span: list[Token]) -> Token:
    """The token of a contiguous phrase whose head lies outside it."""
    inside = {t.i for t in span}
    for t in span:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return span[-1]


# verbs whose object, a protest, was held: "covering a protest", "encabezar una marcha"
COVERED_ACTS = frozenset({"cover", "cubrir", "lead", "encabezar", "liderar", "join", "attend",
                          "sumarse", "unirse"})


def _bare_noun(noun: Token) -> bool:
    """A noun of its own, with no article or owner and modifying no other noun: "after
    weeks of protests", "as protests spread", not "the protests", "a protest camp", "their
    march", "in protest"."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME"):
        return False  # ("praised Cuba on March 2")
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and not _future(noun.head) and \
            not any(c.dep_ == "aux" for c in noun.head.children) and (any(
                c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children) or (
                "Plur" in noun.morph.get("Number", []) and noun.i == noun.sent.start
                and not any(c.dep_ in ("det", "poss", "nmod:poss") for c in noun.children))):
        # "a general strike paralysed Greece", "una huelga general paralizó Grecia",
        # "Protestas masivas sacudieron Bogotá": a protest said to have done something was
        # held
        return not any(c.lower_ in UNDONE for c in noun.children)
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in COVERED_ACTS:
        # "journalists covering a protest", "tras encabezar una protesta": it was held
        return not any(c.dep_ in ("poss", "nmod:poss") or c.lower_ in UNDONE
                       for c in noun.children)
    if noun.dep_ in ("compound", "amod", "nmod:poss", "dobj", "obj", "npadvmod"):
        return False  # ("ban the march": no act said to be done)
    owner = noun.head.head if noun.dep_ == "pobj" else noun.head
    if owner.lemma_.lower() in BAN_NOUNS and owner.i != noun.i:
        return False  # ("defying a ban on demonstrations", "la prohibición de marchas")
    if "Sing" in noun.morph.get("Number", []) and (noun.head.lower_ == "in" or any(
            c.dep_ == "case" and c.lower_ == "en" for c in noun.children)):
        return False  # "stopped work in protest", "en protesta por"
    if _in_time_of(noun):
        # "detained 45 people during a protest against fuel prices", "durante las protestas
        # del Saba Saba": the time of the news is a protest that was held
        return not any(c.dep_ in ("poss", "nmod:poss") or c.lower_ in UNDONE
                       or c.lower_ in syntax.ANY_POSSESSIVES for c in noun.children)
    return not any(c.dep_ in ("det", "poss", "nmod:poss") or (
        c.dep_ == "amod" and c.lower_ in UNDONE) for c in noun.children)


# A ban's object is no act that was done
BAN_NOUNS = frozenset({"ban", "prohibition", "moratorium", "prohibición", "veto"})
# "during", "amid", "durante", "en medio de": the time the news happened in
TIME_OF_PREPS = frozenset({"during", "amid", "amidst", "durante", "medio"})


def _in_time_of(noun: Token) -> bool:
    """The noun names when the news happened: "during a protest", "durante las protestas",
    "en medio de las protestas"."""
    if noun.dep_ == "pobj" and noun.head.lower_ in TIME_OF_PREPS:
        return True
    return any(c.dep_ == "case" and c.lower_ in TIME_OF_PREPS for c in noun.children) or (
        any(c.dep_ == "case" and c.lower_ == "de" for c in noun.children)
        and any(c.lower_ == "medio" and c.dep_ in ("case", "fixed", "advmod")
                for c in noun.children))


def _content_head(span: list[Token]) -> Token:
    """The phrase's head, or its first content word when the parser heads it by a function
    word ("sit-in" headed by "in")."""
    head = _span_head(span)
    if head.lower_ in FUNCTION_WORDS or head.is_punct:
        return next((t for t in span if t.lower_ not in FUNCTION_WORDS and not t.is_punct),
                    head)
    return head


def _ultimatum(verb: Token) -> bool:
    """The verb sets a demand: "... unless the government raises pensions", "a menos que".
    A plain "if" is a condition, and the act stays hypothetical ("if Caracas stops the
    flights, Washington will tighten sanctions")."""
    return any(c.dep_ == "advcl" and syntax.condition_mark(c) == "unless"
               for c in verb.children)


def _blamed_act(m: _Match, matches: list[_Match]) -> None:
    """"Three soldiers were killed in a drone attack, the army said, blaming Iran-backed
    militias": a blame added to a report, naming no act of its own, is for the act the
    report tells, and of its kind (an attack: aggression, 1123)."""
    verb = m.trigger
    if m.nominal or (m.code or m.first.code) != "112" or verb.dep_ != "advcl" or \
            verb.lemma_.lower() not in BLAME_VERBS or any(
                c.dep_ == "prep" and c.lower_ in ("for", "of", "por", "de")
                for c in verb.children):
        return
    told = [o for o in matches if o is not m and not o.consumed and o.trigger.i < verb.i
            and (o.code or o.first.code)[:2] in ACCUSED_OF]
    if not told:
        return
    m.code = ACCUSED_OF[(told[0].code or told[0].first.code)[:2]]


def _own_side(source: Actor, target: Actor) -> bool:
    """A target of the source's own country that is its own by its words ("our forces")."""
    first = target.text.split(maxsplit=1)[:1]
    return bool(target.country) and target.country == source.country and \
        bool(first) and first[0].lower() in syntax.OWN_POSSESSIVES


# Verbs of sending forces somewhere ("deployed 1,000 soldiers", "desplegó 400 policías")
SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "station", "position", "move",
                           "transfer", "commit", "enviar", "desplegar", "mandar", "destacar",
                           "trasladar", "apostar", "movilizar", "redeploy"})
# What forces are sent into another country to do when they go to help it
HELP_VERBS = frozenset({"help", "support", "assist", "protect", "join", "train", "fight",
                        "combat", "bolster", "secure", "restore", "ayudar", "apoyar", "asistir",
                        "proteger", "sumarse", "unirse", "entrenar", "combatir", "luchar",
                        "reforzar", "respaldar", "restablecer", "integrarse", "sumar", "unir",
                        "integrar"})
# ... or as part of what, or at whose request
MISSION_NOUNS = frozenset({"mission", "force", "operation", "coalition", "contingent",
                           "misión", "fuerza", "operación", "coalición", "contingente"})
REQUEST_NOUNS = frozenset({"request", "invitation", "petición", "pedido", "solicitud",
                           "invitación"})


def _sent_to_help(verb: Token) -> bool:
    """Forces sent "to help fight insurgents", "para sumarse a la misión", "as part of a
    multinational mission", "at the request of the government", "a petición de Maputo"."""
    for c in verb.subtree:
        if c.i == verb.i or c.i - verb.i > 14:
            continue
        lemma = c.lemma_.lower().split(" ", 1)[0]  # ("sumarse": "sumar él")
        if lemma in HELP_VERBS and c.pos_ == "VERB" and c.dep_ in ("advcl", "xcomp", "acl") \
                and any(g.lower_ in ("to", "para") for g in c.children):
            return True
        if lemma in MISSION_NOUNS and c.head.lower_ in ("of", "de") and \
                c.head.head.lower_ == "part":
            return True  # "as part of a mission" (the English parse)
        if lemma in MISSION_NOUNS and any(
                g.lower_ == "parte" for g in c.head.children) or (
                lemma == "parte" and any(g.lower_ == "como" for g in c.children)
                and any(k.lemma_.lower() in MISSION_NOUNS for k in c.subtree)):
            return True  # "como parte de la misión"
        if lemma in REQUEST_NOUNS and c.head.lower_ in ("at", "a", "of", "de", "por") or (
                lemma in REQUEST_NOUNS and any(g.lower_ in ("a", "at") for g in c.children)):
            return True
    return False


def _protest_purpose(m: _Match, by_token: dict[int, _Match]) -> None:
    """"Farmers came to Brussels to protest against the trade deal", "llegaron a la capital
    para protestar": what people did to protest, going somewhere, was a protest, held;
    where what they did is an event of its own ("blocked roads to protest", "summoned the
    envoy to protest"), that event is the protest, and the purpose no second one."""
    verb = m.trigger
    if m.nominal or (m.code or m.first.code)[:2] not in ("14", "11") or \
            verb.lemma_.lower() not in syntax.PURPOSE_PROTESTS or \
            verb.dep_ not in ("advcl", "xcomp") or verb.head.i == verb.i or \
            not any(c.lower_ in ("to", "para") for c in verb.children):
        return
    head = verb.head
    when = head.head if head.tag_ == "VBG" and head.dep_ == "advcl" else head
    if head.pos_ != "VERB" or _future(when) or "Past" not in when.morph.get("Tense", []) or \
            any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "will")
                for c in when.children):
        return
    done = by_token.get(head.i)
    if done is not None and not done.consumed and (done.code or done.first.code)[:2] != "04":
        # ("blocked roads to protest": the blockade is the protest; "summoned the envoy to
        # protest": the summons is the protest made)
        m.consumed = True
    else:
        m.asserted = True  # ("came to Brussels to protest", "llegaron a la capital para")


def _waited_for(m: _Match, by_token: dict[int, _Match]) -> None:
    """"We will not end this war until Hamas is destroyed", "rechazó liberar a los rehenes
    hasta que Israel acepte": what a refusal (or a threat) waits for is its condition, no
    event."""
    for verb in [m.trigger] + ([m.act.trigger] if m.act is not None else []):
        for c in verb.children:
            waited = by_token.get(c.i)
            if waited is not None and waited is not m and c.dep_ == "advcl" and any(
                    k.dep_ == "mark" and k.lower_ in UNTIL for k in c.children):
                waited.consumed = True


def _warned_against(m: _Match, act: _Match) -> bool:
    """A warning against an act named by a noun: "warned Pakistan against further air
    strikes"."""
    if m.nominal or not act.nominal or m.trigger.lemma_.lower() not in WARN_HEADS:
        return False
    noun = act.trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "against":
        return noun.head.head.i == m.trigger.i or noun.head.head.head.i == m.trigger.i
    return noun.head.i == m.trigger.i and syntax._case(noun) == "contra"


def _named(act: _Match, by_token: dict[int, _Match]) -> None:
    """An act named by an intent, threat, demand...: no event of its own, nor the acts
    coordinated with it ("agreed to restore relations and reopen their embassies")."""
    act.consumed = True
    for other in conjuncts(act.trigger):
        found = by_token.get(other.i)
        if found is not None and not found.nominal and other.i > act.trigger.i:
            found.consumed = True


def _flag_names(flag: Token) -> list[Token]:
    """The words that may name a flag's country, in order: "la bandera liberiana", "the
    Liberian flag", "bandera de Liberia", "the flag of Malta"."""
    found: list[Token] = []
    for c in flag.children:
        if c.dep_ == "amod" or (c.dep_ == "compound" and c.i < flag.i) or (
                c.dep_ == "nmod" and c.pos_ == "PROPN"):
            found.append(c)
        elif c.dep_ == "prep":
            found += [k for k in c.children if k.pos_ == "PROPN"]
    return found


def _must(verb: Token) -> bool:
    """"must hand power back", "should withdraw", "has to release", "debe entregar", "tiene
    que liberar": an act a subject is said to be bound to do."""
    if any(c.dep_ == "aux" and (c.lower_ in ("must", "should", "ought") or
                                c.lemma_.lower() == "deber") for c in verb.children):
        return True  # ("debe detener", parsed with "debe" as an auxiliary)
    head = verb.head
    if verb.dep_ == "conj" and head.lemma_.lower() == "tener" and any(
            c.lower_ == "que" for c in verb.children) and head.i < verb.i:
        return True  # "tiene que liberar", parsed as two verbs joined by "que"
    if verb.dep_ == "xcomp" and head.i != verb.i and (
            head.lemma_.lower() in ("have", "need") and any(
                c.lower_ == "to" for c in verb.children)):
        return True  # "has to release", "needs to withdraw"
    return head.i != verb.i and head.lemma_.lower() in ("deber", "tener") and (
        head.lemma_.lower() == "deber" or any(c.lower_ == "que" for c in verb.children)) and \
        verb.dep_ in ("xcomp", "ccomp") and "Inf" in verb.morph.get("VerbForm", [])


def _future(verb: Token) -> bool:
    """Future tense: "will give", "is going to send", "enviará", "said it would send"."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return True
    if "Fut" in verb.morph.get("Tense", []):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("go", "ir"):
        return True
    if any(c.dep_ == "aux" and c.lemma_ == "ir" for c in verb.children) and \
            any(c.dep_ == "mark" and c.lower_ == "a" for c in verb.children):
        return True  # "no voy a dimitir", parsed with "voy" as an auxiliary
    # "said it would send aid": the future of a report
    would = any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) or \
        "Cnd" in verb.morph.get("Mood", [])  # "dijo que respondería"
    return would and verb.dep_ == "ccomp" and verb.head.lemma_ in REPORT_HEADS


def code_of(m: _Match, pattern: Pattern) -> str:
    return m.code or pattern.code


def _announced(verb: Token) -> bool:
    """"Spain announced it will recognise Palestine", "anunciaron que reconocerán": what an
    actor announces it will do itself is a commitment (the subject is its own, a pronoun or
    left out), not a date on the calendar."""
    head = verb.head
    # (the Spanish parser may hang "dijo que podría lanzar" as an xcomp with its "que")
    clause = verb.dep_ == "ccomp" or (verb.dep_ == "xcomp" and any(
        c.dep_ == "mark" and c.lower_ == "que" for c in verb.children))
    if not clause or head.i == verb.i or head.lemma_.lower() not in ANNOUNCE_HEADS:
        return False
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    return all(c.pos_ == "PRON" for c in own)


def _willing(verb: Token) -> bool:
    """"is ready to meet", "está dispuesto a negociar": an act an adjective of willingness
    governs."""
    head = verb.head
    return verb.dep_ in ("xcomp", "advcl", "acl") and head.i != verb.i and \
        head.lemma_.lower() in WILLING and not any(c.dep_ == "neg" for c in head.head.children)


def _may(verb: Token) -> bool:
    """"Turkey said it could launch a new operation", "dijo que podría atacar": what one says
    one could do, in a clause of saying (whose doer `_says_it_will` checks)."""
    if verb.dep_ not in ("ccomp", "xcomp"):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "poder":
        head = verb.head  # "podría atacar": the modal verb heads the clause
        return "Cnd" in head.morph.get("Mood", []) and head.dep_ == "ccomp"
    return any(c.dep_ == "aux" and (c.lower_ in ("could", "might", "may") or (
        c.lemma_.lower() == "poder" and "Cnd" in c.morph.get("Mood", [])))
        for c in verb.children)


def _intention_of(verb: Token) -> Token | None:
    """The noun of intending the verb's act hangs on ("plans to withdraw", "intention of
    sending", "intención de enviar"), if any."""
    if verb.dep_ in ("acl", "xcomp"):
        return verb.head
    if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in ("of", "de"):
        return verb.head.head
    return None


def _no_intention(verb: Token) -> bool:
    """"Has no plans to withdraw its troops", "has no intention of sending weapons", "no
    tiene intención de negociar": an act one says one does not mean to do is refused."""
    noun = _intention_of(verb)
    if noun is None or noun.lemma_.lower() not in INTENTIONS or noun.dep_ not in ("dobj", "obj"):
        return False
    have = noun.head
    return have.lemma_.lower() in ("have", "tener") and (
        any(d.dep_ == "det" and d.lower_ in ("no", "ningún", "ninguna", "ningun")
            for d in noun.children) or _refused(have))


def _unhesitating(verb: Token) -> bool:
    """"Would not hesitate to use force", "no dudará en responder": an act one says one
    would do without a second thought."""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in HESITATE or \
            verb.dep_ not in ("xcomp", "advcl", "ccomp", "obl"):
        return False
    # (only a future or a conditional: "did not hesitate to open fire" tells that they did)
    said = _future(head) or any(c.dep_ == "aux" and c.lower_ in ("would", "'d")
                                for c in head.children) or "Cnd" in head.morph.get("Mood", [])
    return said and syntax.denied(head)


def _refused(verb: Token) -> bool:
    """"will not negotiate", "will never give up", "no negociaremos", "no voy a dimitir":
    a future denied."""
    holders = [verb]
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("go", "ir"):
        holders.append(verb.head)  # "no vamos a negociar": the "no" is on "ir"
    return any(syntax.denied(h) for h in holders)


# People of no one in particular: what "people who burn crops" do is a description
ANYONE = frozenset({"people", "those", "anyone", "anybody", "whoever", "persons",
                    "quienes", "aquellos", "aquellas", "quien", "personas", "gente"})


# "any company that supplies weapons", "cualquier país que envíe tropas": no one in particular
ANY_DETERMINERS = frozenset({"any", "every", "cualquier", "cualquiera", "todo", "toda"})
# ... and "further" ones ("further strikes would be answered", "nuevos ataques")
AGAIN_DETERMINERS = ANY_DETERMINERS | {"further", "new", "another", "more", "future",
                                       "nuevo", "nuevos", "nueva", "nuevas", "otro", "otros"}
WARN_HEADS = frozenset({"warn", "caution", "advertir", "alertar", "avisar"})
PASSIVE_ANSWERS = frozenset({"answer", "meet", "responder", "contestar"})
GETS_ANSWER = frozenset({"receive", "get", "meet", "face", "tener", "recibir", "encontrar"})
ANSWER_NOUNS = frozenset({"response", "answer", "reply", "retaliation", "force", "respuesta",
                          "contundencia", "represalia", "represalias"})


def _vigil_of_protest(verb: Token, objs: list[Token]) -> bool:
    """A vigil held outside a body ("frente a la Fiscalía", "outside parliament") or to
    demand something ("para exigir", "to demand")."""
    if not any(o.lemma_.lower() in VIGILS or o.lower_ in VIGILS for o in objs):
        return False
    held = {verb.i, *(o.i for o in objs)}
    for t in (verb, *objs):
        for c in t.subtree:
            if c.lower_ in PROTEST_PLACES and (c.head.i in held or c.head.head.i in held):
                return True  # (Spanish: "frente" hangs on the place, the place on the verb)
            if c.lemma_.lower() in DEMAND_LEMMAS and c.dep_ in ("advcl", "xcomp", "acl") and \
                    any(g.lower_ in ("to", "para") for g in c.children):
                return True
    return False


VIGILS = frozenset({"vigil", "vigils", "vigilia", "vigilias"})
PROTEST_PLACES = frozenset({"outside", "frente", "ante"})
DEMAND_LEMMAS = frozenset({"demand", "call", "protest", "denounce", "exigir", "pedir",
                           "reclamar", "denunciar", "protestar", "rechazar"})


def _month(token: Token) -> bool:
    """"March" written as the month: "on March 2", "in March", "March 2026", "since
    March"."""
    if token.text != "March":
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return (after is not None and after.like_num) or (before is not None and (
        before.like_num or before.lower_ in MONTH_LEADS))


MONTH_LEADS = frozenset({"in", "on", "since", "until", "till", "by", "from", "to", "through",
                         "of", "last", "next", "this", "early", "late", "mid", "mid-", "before",
                         "after", "during", "between", "and"})


def _on_strike(token: Token) -> bool:
    """"nurses are on strike", "have been on strike since Monday": the bare noun after
    "on" under a verb of being is a strike from work, never a military one."""
    return token.lemma_.lower() == "strike" and token.dep_ == "pobj" and \
        token.head.lower_ == "on" and token.head.head.lemma_.lower() in STATE_VERBS and \
        not any(c.dep_ in ("amod", "compound") for c in token.children)


# verbs of being in a state: "are on strike", "remained on strike", "siguen en huelga"
STATE_VERBS = frozenset({"be", "remain", "stay", "go", "come", "continue", "estar", "seguir",
                         "permanecer", "continuar", "mantener", "entrar", "ir"})


def _strikes_on(m: _Match) -> None:
    """"agreed to halt strikes on Ukraine's energy infrastructure": strikes "on" or
    "against" a thing are attacks, so halting them is de-escalation (087), not ending a
    labour strike (082)."""
    if (m.code or m.first.code) == "082" and any(
            o.lemma_.lower() == "strike" and any(
                c.dep_ == "prep" and c.lower_ in ("on", "against") for c in o.children)
            for o in m.objects):
        m.code = DE_ESCALATE


ASSASSINATE, ATTEMPT_ASSASSINATION = "186", "185"
# verbs of trying: "tried to kill the governor", "intentaron asesinar al alcalde"
ATTEMPT_VERBS = frozenset({"try", "attempt", "intentar", "tratar"})


def _attempted_killing(m: _Match) -> None:
    """"Gunmen tried to kill the governor", "intentaron asesinar al alcalde": a killing
    tried is an attempt to assassinate (185), which happened; not a planned killing."""
    verb = m.trigger
    if (m.code or m.first.code) == ASSASSINATE and verb.dep_ == "xcomp" and \
            verb.head.lemma_.lower() in ATTEMPT_VERBS:
        m.code, m.asserted = ATTEMPT_ASSASSINATION, True


def _habit_of_anyone(verb: Token) -> bool:
    """A relative clause in the present tense on a noun of no one in particular ("people who
    slaughter villagers", "quienes atacan a la población"): a description, no event."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "who slaughter villagers and burn their crops"
    if verb.dep_ not in ("relcl", "acl:relcl", "acl"):
        return False
    held = verb.head
    anyone = held.lower_ in ANYONE or any(  # "any company that supplies weapons"
        c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in held.children)
    return anyone and (verb.tag_ in ("VBP", "VBZ") or "Pres" in verb.morph.get("Tense", [])
                       or "Sub" in verb.morph.get("Mood", []))


def _on_verb(verb: Token, words: tuple[str, ...]) -> int:
    """How many of a pattern's words hang from the verb itself, not from its object."""
    own = {lemma_key(c.lower_) for c in verb.children if c.dep_ not in syntax.SUBJECT_DEPS}
    return sum(1 for w in words if w in own)


def _differ(a: Actor, b: Actor) -> bool:
    if a.code and b.code:
        return a.code != b.code
    return a.text != b.text


def _with_sector(actor: Actor, sector: str | None) -> Actor:
    if not sector or not actor.country or actor.sector:
        return actor
    return replace(actor, code=actor.country + sector, sector=sector,
                   how=f"{actor.how} + sector word")


def _big_city(name: str) -> bool:
    """Only large cities stand for their country: small towns share names with people."""
    return any(c.population >= 100_000 for c in load_gazetteer().lookup(name))


TRAVEL = frozenset({"042", "043", "044"})


def _drop_coarser(events: list[Event]) -> list[Event]:
    """Two readings of one act (one trigger) in a sentence, one naming a side more finely
    ("VENGOV -> USAGOV" and "VENGOV -> USA", both 043 of "received"): the finer stays. A
    trip is one act however many words tell it ("flew to Damascus for his first visit to
    Syria")."""
    def finer(a: Actor | None, b: Actor | None) -> bool:  # a names b's side at least as finely
        if b is None or b.code is None:
            return True
        if a is not None and b.code == b.country and a.country == b.country and \
                a.code != b.code and a.sector not in STATE_SECTORS:
            return False  # "Colombia and the ELN": a country and its rebels are two sides
        return a is not None and a.code is not None and a.code.startswith(b.code)

    kept: list[Event] = []
    for i, e in enumerate(events):
        if any(j != i and o.cameo == e.cameo and o.modality == e.modality
               and (o.trigger == e.trigger or e.cameo[:3] in TRAVEL)
               and finer(o.source, e.source) and finer(o.target, e.target)
               and (_side(o.source), _side(o.target)) != (_side(e.source), _side(e.target))
               for j, o in enumerate(events)):
            continue
        kept.append(e)
    return kept


def _side(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


# where a clause says how an act was done: "with drones", "desde el aire", "by jets"
MEANS_PREPS = frozenset({"with", "from", "by", "using", "con", "desde", "por", "mediante"})


def _own_words(token: Token) -> tuple[str, str, str]:
    """The words of a trigger's clause without its subject (what it is for: "to demand his
    resignation"), and the words that say how it was done: its subject, its modifiers and
    its "with"/"from" phrases ("Russian jets struck", "a drone attack", "con drones"), not
    what it was done to ("shot down a drone")."""
    skip = {t.i for c in token.children if c.dep_ in syntax.SUBJECT_DEPS for t in c.subtree}
    means = [token.i] + [t.i for c in token.children
                         if c.dep_ in syntax.SUBJECT_DEPS | {"amod", "compound", "nn"}
                         or (c.dep_ in ("prep", "obl", "nmod", "agent", "advcl")
                             and (c.lower_ in MEANS_PREPS or syntax._case(c) in MEANS_PREPS))
                         for t in c.subtree]
    doc = token.doc
    return (" ".join(t.text for t in token.subtree if t.i not in skip),
            " ".join(doc[i].text for i in sorted(set(means))),
            " ".join(t.text for t in token.subtree))


MEDIATE = "045"


def _mediated(events: list[Event]) -> list[Event]:
    """"Iran and the United States held talks, with Oman as mediator", "a deal brokered by
    China": a mediation with no side named mediates between the sides the sentence's
    other events have."""
    if not any(e.cameo == MEDIATE for e in events):
        return events
    out: list[Event] = []
    for e in events:
        own = e.source.country
        if e.cameo != MEDIATE or (e.target is not None and e.target.code
                                  and e.target.country != own):
            out.append(e)
            continue
        sides: dict[str, Actor] = {}
        for o in events:
            if o.cameo == MEDIATE:
                continue
            for a in (o.source, o.target):
                if a is not None and a.code and a.country != own:
                    sides.setdefault(a.code, a)
        if len(sides) < 2 and e.target is None:
            out.append(e)
            continue
        out += [replace(e, target=a) for a in sides.values()] or [e]
    return out


def _protesters(actor: Actor, lang: str) -> bool:
    """Whether an actor is named as people protesting ("protesters", "los manifestantes")."""
    pattern = PROTEST_WORDS.get(lang)
    return bool(pattern and actor.text and pattern.search(actor.text))
