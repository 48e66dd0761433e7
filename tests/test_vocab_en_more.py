"""English trigger vocabulary added for whole families of codes: control taken of a place
(192), street and gun battles (193), heavy fire traded (194), missiles fired into the sea
(150), forces ordered onto alert (152), the army deployed and the deployment of troops (154),
police officers deployed across a city (153), systems broken into (176), bomb vehicles driven
at a target (183, refined to 1831 by a suicide bomber) and forcible transfers (201);
a treaty's text agreed (057), information supplied to a
receiver (064), sanctions programmes ended (085), allegations examined (090, refined),
mediation proposals turned down (126), diplomats ordered out (161) and refusals brushed,
shrugged or waved off (120)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events, codes that must not)
    # -- 05/06/08 cooperation and yielding
    ("en", "Serbia and Kosovo agreed on the final text of the normalisation accord.", "057",
     {"030"}),
    ("en", "The United States supplied Israel with intelligence on Hezbollah's arsenal.", "064",
     set()),
    ("en", "The European Union ended its sanctions regime on Ivory Coast.", "085", set()),
    # -- 09 investigate
    ("en", "The Council of Europe began examining allegations of torture in Turkish prisons.",
     "092", set()),
    ("en", "Kenyan prosecutors are examining allegations of bribery against the governor.", "091",
     set()),
    ("en", "The court is reviewing the evidence.", "", {"090", "091"}),
    # -- 12 reject; 16 reduce relations
    ("en", "Ethiopia turned down Kenya's mediation proposal.", "126", {"120"}),
    ("en", "Iran brushed off the European Union's criticism.", "120", set()),
    ("en", "Belgrade balked at Brussels' conditions for membership.", "120", set()),
    ("en", "Moscow ordered two Estonian diplomats to leave Russia within a week.", "161", set()),
    ("en", "The general ordered his troops to open fire.", "", {"161"}),
    # -- 15 force posture
    ("en", "North Korea launched a ballistic missile into the Sea of Japan on Sunday.", "150",
     {"194", "195"}),
    ("en", "Iran fired ballistic missiles at Israel on Tuesday.", "194", {"150"}),
    ("en", "The Kremlin ordered its nuclear forces onto high alert.", "152", set()),
    ("en", "Sri Lanka deployed the army across Colombo after the riots.", "154", {"072"}),
    ("en", "Ecuador announced the deployment of troops to its northern border.", "154",
     {"150"}),
    ("en", "Chilean authorities deployed extra officers throughout Santiago before the march.",
     "153", {"154"}),
    # -- 17 cyber attack
    ("en", "North Korean hackers broke into the computer systems of South Korea's defence "
     "ministry.", "176", {"145", "1711"}),
    ("en", "Protesters broke into the parliament building in Colombo.", "145", {"176"}),
    # -- 18 bombings with a vehicle
    ("en", "A suicide bomber drove an explosives-laden vehicle into a Somali army base.", "1831",
     {"180"}),
    ("en", "Militants rammed a car packed with explosives into a police checkpoint in "
     "Afghanistan.", "183", {"180"}),
    # -- 19 fight
    ("en", "Sudanese paramilitaries took control of the town of Babanusa.", "192", set()),
    ("en", "Democrats took control of the House of Representatives.", "", {"192"}),
    ("en", "Congolese troops fought gun battles with M23 rebels near Goma.", "193", {"194"}),
    ("en", "India and Pakistan traded artillery fire across the Line of Control.", "194",
     {"193"}),
    ("en", "Israeli and Lebanese troops exchanged fire along the border.", "193", {"194"}),
    # -- 20 mass violence
    ("en", "Myanmar's army forcibly moved thousands of Rohingya villagers to camps.", "201",
     set()),
    ("en", "Syrian aircraft dropped canisters of chlorine on the rebel-held town.", "2041",
     set()),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert (not want or want in got) and not got & never, got
