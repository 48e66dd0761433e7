"""English trigger vocabulary, second round, written for whole families of codes: vessels taken at
sea (181; a tanker seized stays a confiscation, 1711), pessimistic and optimistic remarks (012
"warned of famine", "sounded the alarm"; 013 "struck an upbeat tone"), ceasefire proposals
accepted (0356), armed struggles ended (087), restrictions on aid lifted (0863, so an appeal
for it is 0255), investigators let into a region (086, so a refusal is 1245), rights respected
(0833, so an appeal for it is 0243), aircraft brought down (190), areas sealed off and sieges
laid (191), carriers and missile launchers sent (154; warships sent stay a show of force, 150),
sums deposited (071), people forced from their homes (201), arrest warrants sought (115),
threats and warnings issued (130), hearts that go out to a people (018), forgiveness asked of
someone (055), police put on alert (151), responses and countermeasures vowed or warned of
(138, 131, 1312), headscarves burned (141), aid convoys let in (0863), attacks claimed (015),
people seized by armed men (181), murders (190), party activities suspended (1722), access to a
platform blocked and critics labelled foreign agents (1721), trade ties severed (163), former
officials handed over (063, so a demand for it is 1013), effigies and flags burned (141),
walkouts over pay (143) and weapons unveiled (150)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events, codes that must not)
    # -- 01 statements
    ("en", "The Chinese foreign minister struck an upbeat tone about relations with Australia.",
     "013", {"190"}),
    ("en", "The governor struck a defiant tone.", "", {"013", "190"}),
    ("en", "The World Food Programme warned of famine in Haiti.", "012", {"130"}),
    ("en", "The IMF sounded the alarm over Argentina's debt.", "012", set()),
    ("en", "The IMF warned of a recession in Argentina.", "012", set()),
    ("en", "\"Our hearts go out to the people of Morocco,\" the Spanish prime minister said.",
     "018", set()),
    ("en", "The lights went out in Kyiv.", "", {"018"}),
    ("en", "Al-Shabaab claimed the attack on the hotel in Mogadishu.", "015", set()),
    ("en", "The opposition claimed victory in the election.", "", {"015"}),
    # -- 03 intent
    ("en", "Hamas accepted an Egyptian ceasefire proposal.", "0356", {"030"}),
    ("en", "Israel accepted the plan.", "030", {"0356"}),
    ("en", "The ELN announced it would abandon its armed struggle against the Colombian state.",
     "0356", set()),
    # -- 02 appeals and 12 refusals that take their code from the act named
    ("en", "The Security Council urged Israel to lift restrictions on aid deliveries into Gaza.",
     "0255", {"0251"}),
    ("en", "Myanmar refused to let UN investigators into Rakhine state.", "1245", {"120"}),
    ("en", "Israel refused to let aid trucks into Gaza.", "1245", {"120"}),
    ("en", "Egypt let relief convoys into Gaza through the Rafah crossing.", "0863", set()),
    ("en", "The EU urged Tunisia to respect freedom of expression.", "0243", {"020"}),
    # -- 05 apologies
    ("en", "Germany asked Namibia for forgiveness.", "055", {"022"}),
    # -- 07 aid, 08 yield
    ("en", "Kuwait deposited $2 billion with Egypt.", "071", set()),
    ("en", "The PKK ended its armed struggle against Turkey.", "087", set()),
    # -- 11 lawsuits; 13 threats
    ("en", "The ICC prosecutor sought arrest warrants for the Taliban's supreme leader.", "115",
     {"020"}),
    ("en", "The Iranian defence minister issued a veiled threat against Israel.", "130", set()),
    ("en", "The junta delivered a stern warning to Mali's opposition parties.", "130", set()),
    ("en", "The company issued a profit warning.", "", {"130"}),
    ("en", "Hezbollah promised a painful response to Israel.", "138", {"030"}),
    ("en", "Russia warned Finland of retaliatory measures.", "131", {"130"}),
    ("en", "Beijing vowed countermeasures against the new US tariffs.", "131", {"030"}),
    ("en", "The minister promised a swift response to the letter.", "", {"138"}),
    # -- 14 protest
    ("en", "Protesters in Nairobi burned an effigy of the Kenyan president.", "141", set()),
    ("en", "Protesters in Tehran burned U.S. flags.", "141", {"1712"}),
    ("en", "Women in several Iranian cities burned their headscarves in protest.", "141", set()),
    ("en", "Doctors in Kenya walked out over unpaid salaries.", "1432", set()),  # pay: refined
    # -- 15 force posture
    ("en", "The Pentagon ordered a second aircraft carrier to the eastern Mediterranean.", "154",
     set()),
    ("en", "Russia moved Iskander missile launchers closer to the Lithuanian border.", "154",
     set()),
    ("en", "Nigeria sent fighter jets to Benin to help put down a coup attempt.", "072",
     {"154"}),
    ("en", "Peru's government placed police on high alert in Lima.", "151", {"152"}),
    ("en", "The army placed its troops on high alert.", "152", {"151"}),
    ("en", "North Korea unveiled a new intercontinental ballistic missile at a military parade.",
     "150", set()),
    ("en", "Apple unveiled a new iPhone.", "", {"150"}),
    # -- 16 reduce relations; 10 demands naming an act of 06
    ("en", "Ukraine severed trade ties with Russia.", "163", {"161"}),
    ("en", "Nicaragua severed ties with Taiwan.", "161", {"163"}),
    ("en", "Ecuador demanded that Mexico hand over the former vice-president.", "1013", {"100"}),
    # -- 17 restrictions on political freedoms and parties
    ("en", "The junta suspended the activities of political parties in Mali.", "1722", set()),
    ("en", "Authorities blocked access to X in Turkey.", "1721", set()),
    ("en", "Russia labelled the journalist Dmitry Muratov a foreign agent.", "1721", {"111"}),
    ("en", "The court declared the election valid.", "", {"1721"}),
    # -- 18 hijacking; 17 confiscation stays for property
    ("en", "Somali pirates seized a Liberian-flagged bulk carrier in the Gulf of Aden.", "181",
     {"1711"}),
    ("en", "Houthi fighters seized a Japanese-operated car carrier in the Red Sea.", "181",
     {"1711"}),
    ("en", "Venezuela seized the assets of ExxonMobil.", "1711", {"181"}),
    ("en", "Gunmen seized 30 passengers from a bus in Benue state.", "181", set()),
    ("en", "The army seized 30 tonnes of cocaine.", "", {"181"}),
    # -- 19 fight
    ("en", "Ukrainian air defences brought down a Russian fighter jet over Kharkiv.", "190",
     set()),
    ("en", "Police cordoned off the city centre of Nairobi.", "191", set()),
    ("en", "Russian forces laid siege to Mariupol.", "191", set()),
    ("en", "Israeli troops placed Jenin under siege.", "191", set()),
    ("en", "Saudi agents murdered the journalist inside the consulate in Istanbul.", "190", set()),
    # -- 20 mass violence
    ("en", "Israeli troops forced thousands of Palestinians from their homes in Jenin.", "201",
     set()),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert (not want or want in got) and not got & never, got
