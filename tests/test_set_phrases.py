"""Set phrases of refusal and threat (coding/set_phrases.py): "is not for sale", "there will
be no amnesty", "we do not accept", "they will regret it", "would mean war", "all options are
on the table", "reserves the right to respond", "will not be intimidated"; and force one is
ready to use, or would not hesitate to use, threatened. Sentences written
for these tests, labelled before running; each phrase with a near miss that is no such act."""

from __future__ import annotations

from datetime import date

import pytest

from entente.coding.inflect import spanish_forms

pytestmark = pytest.mark.slow

SAID = [
    # refusals: what is not for sale, not negotiable, not on the table
    ("en", '"The Falklands are not for sale," the Argentine foreign minister said.',
     ("ARGGOV", "120")),
    ("en", "Chile's president said the country's copper was not up for negotiation.",
     ("CHLGOV", "124")),
    ("en", '"Our territorial integrity is non-negotiable," the Moldovan president said.',
     ("MDAGOV", "124")),
    ("es", "«Las Malvinas no están en venta», afirmó el canciller argentino.", ("ARGGOV", "120")),
    ("es", "«La soberanía de Guyana no es negociable», dijo el presidente guyanés.",
     ("GUYGOV", "124")),
    # "there will be no ...": of release, of talks, of a truce
    ("en", '"There will be no pardon for the coup plotters," the Bolivian president said.',
     ("BOLGOV", "1243")),
    ("en", '"There will be no negotiations while the shelling continues," the Ukrainian '
           'foreign minister said.', ("UKRGOV", "125")),
    ("es", "«No habrá tregua con las bandas», dijo el presidente ecuatoriano.", ("ECUGOV", "1246")),
    # not accepting, not recognising, now or ever
    ("en", '"We do not accept the verdict of this court," the Venezuelan vice president said.',
     ("VENGOV", "120")),
    ("en", "Serbia will never recognise the independence of Kosovo, its president said.",
     ("SRB", "120")),
    ("es", "«No reconoceremos ese resultado», dijo el canciller paraguayo.", ("PRYGOV", "120")),
    # threats: regret, a price paid, war
    ("en", '"If they attack our villages, they will regret it," the Armenian defence minister '
           'warned.', ("ARMMIL", "138")),
    ("en", '"Anyone who harms our citizens will regret it," the Turkish president said.',
     ("TURGOV", "130")),
    ("en", '"Azerbaijan would pay a heavy price for any attack," the Armenian prime minister '
           'said.', ("ARMGOV", "130")),
    ("es", "«Pagarán muy caro este crimen», advirtió el presidente salvadoreño.",
     ("SLVGOV", "130")),
    ("en", '"A blockade of the island would be an act of war," the Taiwanese defence minister '
           'said.', ("TWNMIL", "138")),
    ("en", "The Russian foreign minister said such a deployment would mean nuclear war.",
     ("RUSGOV", "1385")),
    ("es", "«Una invasión sería una declaración de guerra», dijo el canciller venezolano.",
     ("VENGOV", "138")),
    # options on the table, rights reserved, legitimate targets, consequences foretold
    ("en", '"All options remain on the table," the Israeli prime minister said of Iran.',
     ("ISRGOV", "130")),
    ("es", "«Todas las opciones están sobre la mesa», afirmó el canciller colombiano.",
     ("COLGOV", "130")),
    ("en", "Azerbaijan reserves the right to respond to any provocation, its foreign ministry "
           "said.", ("AZE", "138")),
    ("es", "Corea del Norte se reserva el derecho a responder, dijo su canciller.",
     ("PRK", "138")),
    ("en", "The Houthis said U.S. warships in the Red Sea were legitimate targets.",
     ("YEMREB", "138")),
    ("en", '"There will be consequences for this," the British foreign secretary said.',
     ("GBRGOV", "130")),
    ("es", "«Habrá una respuesta», advirtió el ministro de Defensa israelí.", ("ISRMIL", "138")),
    # at war: with whom is the target
    ("en", "Moscow would consider itself at war with Finland if it hosted nuclear weapons, the "
           "Russian foreign minister warned.", ("RUSGOV", "138")),
    # countermeasures and military action said to be taken
    ("en", "China said it would take resolute countermeasures if Manila went ahead.",
     ("CHN", "131")),
    ("en", "Russia will take military action if NATO deploys troops in Ukraine, the Kremlin "
           "said.", ("RUS", "138")),
    ("es", "China tomará contramedidas si Estados Unidos vende armas a Taiwán, dijo el "
           "portavoz.", ("CHN", "131")),
    # pressure refused
    ("en", '"We will not be intimidated," the Lithuanian president said.', ("LTUGOV", "120")),
    ("es", "«No nos dejaremos intimidar», dijo la presidenta mexicana.", ("MEXGOV", "120")),
]


@pytest.mark.parametrize("lang, sentence, expected", SAID)
def test_a_set_phrase_is_the_speakers_act(code, lang: str, sentence: str,  # type: ignore[no-untyped-def]
                                          expected: tuple[str, str]) -> None:
    events = code(sentence, lang, date(2026, 3, 4))
    got = [(e.source.code, e.cameo, e.modality.value) for e in events]
    assert (*expected, "asserted") in got, got


NOT_SAID = [
    # a past refusal to recognise is a recognition that did not happen (054, negated)
    ("en", "Brazil has not recognised the new government in Caracas.", "120"),
    # regret of a decision, a price of goods, a war that was: no threat
    ("en", "The Kenyan president said he regretted the decision to close the border.", "130"),
    ("en", "Farmers in Ghana will pay a higher price for fertiliser this year.", "130"),
    ("en", "The Peruvian minister said the war had meant hardship for exporters.", "138"),
    ("en", "The house on the hill is for sale, the Irish agent said.", "120"),
    ("en", "If Ecuador does not accept the offer, talks will resume in May.", "120"),
    ("es", "El ministro chileno dijo que el cobre está en venta en los mercados.", "120"),
    # options, a right, a target, a response that are no threat
    ("en", "The Chilean finance minister said several options were on the table for the "
           "budget.", "130"),
    ("en", "Voters have the right to respond to the survey, the Canadian agency said.", "138"),
    ("en", "The Kenyan government said it had met its inflation target.", "138"),
    ("en", "Police intimidated the protesters in Lagos.", "120"),
    ("en", "There were consequences for the Argentine economy, the minister said.", "130"),
    ("en", "The Chilean government will take measures to protect farmers.", "130"),
]


@pytest.mark.parametrize("lang, sentence, code_not", NOT_SAID)
def test_near_misses_are_no_refusal_or_threat(code, lang: str, sentence: str,  # type: ignore[no-untyped-def]
                                              code_not: str) -> None:
    events = code(sentence, lang, date(2026, 3, 4))
    assert code_not not in [e.cameo for e in events], events


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "Pyongyang said it was ready to use nuclear weapons against South Korea.", "1385"),
    ("en", "Turkey said it would not hesitate to use force against the PKK.", "138"),
    ("es", "El ejército venezolano no dudará en usar la fuerza contra los grupos armados, dijo "
           "el ministro.", "138"),
])
def test_force_one_is_ready_to_use_is_threatened(code, lang: str, sentence: str,  # type: ignore[no-untyped-def]
                                                 expected: str) -> None:
    events = code(sentence, lang, date(2026, 3, 4))
    threats = [e for e in events if e.cameo == expected]
    assert threats and all(e.modality.value == "asserted" for e in threats), events
    assert not [e for e in events if e.root in ("19", "20")], events  # no force used


def test_spanish_forms_keep_the_c_and_g_of_er_and_ir_verbs() -> None:
    assert {"reconoceremos", "reconoce", "reconocera"} <= spanish_forms("reconocer")
    assert {"protege", "protegeran"} <= spanish_forms("proteger")
    assert "ataque" in spanish_forms("atacar")  # (an -ar verb's spelling before e)


def test_what_a_rejected_text_asks_for_is_no_appeal(code) -> None:  # type: ignore[no-untyped-def]
    events = code("China vetoed a Security Council resolution calling for sanctions on Myanmar.",
                  "en", date(2026, 3, 4))
    assert [e.cameo for e in events] == ["129"], events
    events = code("Rusia vetó una resolución que pedía un alto el fuego en Sudán.", "es",
                  date(2026, 3, 4))
    assert [e.cameo for e in events] == ["129"], events


@pytest.mark.parametrize("lang, sentence, expected", [
    # what one has no intention or plan of doing is refused
    ("en", "Austria has no intention of sending weapons to Ukraine, its chancellor said.",
     "1222"),
    ("es", "Hungría no tiene intención de enviar armas a Ucrania, dijo su canciller.", "1222"),
    # force one says one could use is threatened
    ("en", "Azerbaijan said it could launch a new military operation in Karabakh.", "1384"),
    ("es", "Turquía dijo que podría lanzar una nueva operación militar en el norte de Siria.",
     "1384"),
    # a military option not off the table
    ("en", "The French president said a military option was not off the table.", "138"),
])
def test_refusals_and_threats_by_intention(code, lang: str, sentence: str,  # type: ignore[no-untyped-def]
                                           expected: str) -> None:
    events = code(sentence, lang, date(2026, 3, 4))
    assert expected in [e.cameo for e in events], events
    assert all(e.modality.value == "asserted" for e in events if e.cameo == expected), events


def test_a_ship_is_its_owners_or_flags(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Houthi rebels attacked a Liberian-flagged cargo ship in the Red Sea.", "en",
                  date(2026, 3, 4))
    assert [e.target.code for e in events if e.target] == ["LBRBUS"], events
    events = code("Iran seized a Greek-owned oil tanker in the Gulf of Oman.", "en",
                  date(2026, 3, 4))
    assert [e.target.code for e in events if e.target] == ["GRCBUS"], events


@pytest.mark.parametrize("lang, sentence, expected", [
    # an act put down to someone by a speaker: an accusation, of aggression for force
    ("en", "Kyiv said Russia was behind the missile strike on the hospital.",
     ("UKRGOV", "RUS", "1123")),
    ("es", "El Gobierno colombiano afirmó que el ELN está detrás del atentado.",
     ("COLGOV", "COLREB", "1123")),
    ("en", "Maduro said Washington was behind the unrest.", ("VENGOV", "USAGOV", "112")),
    # ... of itself: a claim of responsibility
    ("en", "Boko Haram said it was behind the attack.", ("NGAREB", None, "015")),
])
def test_who_is_said_to_be_behind_an_act(code, lang: str, sentence: str,  # type: ignore[no-untyped-def]
                                         expected: tuple) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in code(sentence, lang, date(2024, 3, 4))}
    assert expected in got, got


def test_behind_said_by_no_one_is_no_accusation(code) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code("Nobody knows who was behind the attack.", "en",
                                 date(2024, 3, 4))}
    assert not got & {"112", "1123", "015"}, got
