"""English trigger vocabulary, third round: breadth from the codebook's definitions of roots 12
(reject), 13 (threaten) and 18 (assault), sub-code by sub-code, in the wording news uses
(phrasal verbs, light verbs, nouns with their slots, threat complements), with sense traps:
a threat that is a danger ("the threat of floods"), a rejection by a court, an attack of
illness or of a football team, a bomb that is a flop, an ambush that is a figure of speech."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events, codes that must not)
    # -- 120 reject, phrasal and idiomatic
    ("en", "The Kenyan opposition poured cold water on the government's offer.", "120", set()),
    ("en", "Hamas brushed aside the Egyptian proposal.", "120", set()),
    ("en", "The junta said no to the ECOWAS plan.", "120", set()),
    ("en", "The Palestinian Authority threw out the American proposal.", "120", set()),
    # -- 124 refuse to yield
    ("en", "Maduro refused to back down.", "124", {"0831"}),
    ("en", "The Serbian president refused to bow to pressure from the EU.", "124", set()),
    ("en", "The Iranian government refused to budge.", "124", set()),
    # -- 1213 judicial cooperation refused
    ("en", "Russia refused to extradite the suspect to the United Kingdom.", "1213", {"174"}),
    ("en", "Kabul turned down the Pakistani extradition request.", "1213", set()),
    # -- 1221, 1222, 1224 aid refused
    ("en", "Germany turned down Ukraine's request for long-range missiles.", "1222", set()),
    ("en", "The IMF refused to release a new loan tranche to Pakistan.", "1221", {"1243"}),
    # -- 1223 shelter refused
    ("en", "Hungary refused to take in refugees from Syria.", "1223", set()),
    ("en", "Australia denied asylum to the Iranian activists.", "1223", set()),
    # -- 1231 leadership kept
    ("en", "The Malian junta leader refused to hand over power.", "1231", {"0831"}),
    ("en", "The Peruvian president refused to resign.", "1231", {"0831"}),
    ("en", "The president of Niger is clinging to power.", "1231", set()),
    # -- 1232 policy kept
    ("en", "The French government refused to withdraw the pension reform.", "1232", {"1246"}),
    ("en", "Beijing refused to reverse its decision on rare earth exports.", "1232", set()),
    # -- 1242 dissent not eased
    ("en", "Protesters in Belgrade refused to disperse.", "1242", {"082"}),
    ("en", "The Kenyan doctors' union refused to call off the strike.", "1242", set()),
    # -- 1243 release refused
    ("en", "Hamas refused to free the Israeli hostages.", "1243", set()),
    ("en", "Iran refused to hand back the seized British tanker.", "1243", set()),
    # -- 1245 access refused
    ("en", "Myanmar barred UN investigators from entering Rakhine state.", "1245", set()),
    # -- 1246 no de-escalation
    ("en", "The Houthis rejected calls for a ceasefire.", "1246", set()),
    ("en", "Russia refused to pull its troops out of Moldova.", "1246", set()),
    # -- 125, 126, 127
    ("en", "North Korea snubbed Seoul's offer of talks.", "125", set()),
    ("en", "The Taliban refused to sit down with the Afghan opposition.", "125", set()),
    ("en", "Ethiopia rebuffed an offer by Kenya to mediate.", "126", set()),
    ("en", "Israel dismissed the Arab peace plan as unrealistic.", "127", set()),
    # -- 128 defiance
    ("en", "The Polish government refused to comply with the EU court ruling.", "128", set()),
    ("en", "Protesters in Dhaka defied the curfew.", "128", set()),
    ("en", "Venezuela ignored the ruling of the International Court of Justice.", "128", set()),
    ("en", "The underdog side defied the odds to win the cup.", "", {"128"}),
    # -- 129 veto
    ("en", "Russia vetoed a Security Council resolution on Ukraine.", "129", set()),
    ("en", "China used its veto to block the resolution on Myanmar.", "129", set()),
    ("en", "The Armenian government stood firm against Azerbaijan's demands.", "124", set()),
    ("en", "Turkey torpedoed the deal with Sweden.", "120", set()),
    ("en", "Russia's rebuff of the offer surprised Kyiv.", "120", set()),
    ("en", "Venezuela defied the United States.", "128", set()),
    ("en", "The ousted prime minister refused to relinquish power.", "1231", {"0831"}),
    ("en", "The Turkish government turned its back on the EU accession talks.", "125", {"046"}),
    ("en", "The Israeli cabinet voted down the hostage deal.", "120", set()),
    ("en", "The Kenyan parliament voted down the finance bill.", "129", set()),
    # -- traps of root 12
    ("en", "The Supreme Court threw out the lawsuit.", "", {"120", "1246"}),
    ("en", "The minister was dismissed by the president.", "", {"120"}),
    ("en", "The court rejected the lawsuit against the ministry.", "", {"120"}),
    # -- 130 threaten, heads and nouns
    ("en", "The Kremlin made veiled threats against Lithuania.", "130", set()),
    ("en", "Scientists warned of the threat of floods in Bangladesh.", "", {"130", "138"}),
    ("en", "Drought poses a threat to millions of farmers in Somalia.", "", {"130", "138"}),
    # -- 131 non-force
    ("en", "The Philippine government threatened to sue China.", "131", {"115"}),
    ("en", "Brussels threatened Hungary with legal action.", "131", set()),
    # -- 1311 aid
    ("en", "Washington threatened to withhold aid from Egypt.", "1311", set()),
    ("en", "The EU threatened to freeze funding for Hungary.", "1311", set()),
    # -- 1312 sanctions
    ("en", "Trump threatened to slap tariffs on Canadian goods.", "1312", set()),
    ("en", "The United States held out the threat of sanctions against Iran.", "1312", set()),
    # -- 1313 relations
    ("en", "Baghdad threatened to expel the American ambassador.", "1313", {"161"}),
    # -- 1321-1324
    ("en", "The Ugandan government threatened to shut down the internet.", "1321", {"1721"}),
    ("en", "The Thai army threatened to declare martial law.", "1324", {"1724"}),
    # -- 133 dissent
    ("en", "Teachers in Nigeria threatened to go on strike.", "133", {"143"}),
    ("en", "The opposition threatened to boycott the election.", "133", set()),
    # -- 134, 135, 136
    ("en", "The Palestinian delegation threatened to walk out of the talks.", "134", {"133"}),
    ("en", "Qatar threatened to end its mediation between Israel and Hamas.", "135", set()),
    ("en", "The Malian junta threatened to expel the UN peacekeepers.", "136", set()),
    # -- 137 repression
    ("en", "The Iranian judiciary warned protesters of a harsh crackdown.", "137", set()),
    ("en", "The Kenyan police threatened to arrest the protest organisers.", "137", {"173"}),
    # -- 138x force
    ("en", "Iran threatened to blockade the Strait of Hormuz.", "1381", set()),
    ("en", "Russia warned of an invasion of Moldova.", "1382", set()),
    ("en", "Al-Shabaab threatened to kill the Kenyan hostages.", "1383", {"190"}),
    ("en", "Israel threatened to strike Iran's nuclear sites.", "1384", {"190"}),
    ("en", "North Korea threatened to use nuclear weapons against South Korea.", "1385", set()),
    ("en", "The Pentagon warned of a military response against Venezuela.", "138", set()),
    ("en", "Israel vowed to destroy Hamas.", "1384", {"030"}),
    ("en", "The Mexican journalist received death threats from the Sinaloa cartel.", "1383", set()),
    ("en", "Gang members issued death threats against the Haitian judge.", "1383", set()),
    ("en", "The Kremlin stepped up its threats against Moldova.", "130", set()),
    ("en", "The Colombian senator received threats from the ELN.", "130", set()),
    ("en", "The country faces a growing threat from jihadists.", "", {"130"}),
    ("en", "The company received a warning from regulators.", "", {"130"}),
    # -- 139 ultimatum
    ("en", "The Nigerian army gave the bandits 48 hours to surrender.", "139", set()),
    ("en", "ECOWAS issued an ultimatum to the junta in Niger.", "139", set()),
    ("en", "The United States gave Hamas until Sunday to respond.", "139", set()),
    ("en", "The parliament set a deadline for the budget.", "", {"139"}),
    ("en", "Hamas fighters threatened to take over the town.", "", {"131"}),
    # -- 180 unconventional violence
    ("en", "An attacker stabbed two police officers in Brussels.", "180", set()),
    ("en", "Masked men threw petrol bombs at riot police in Athens.", "180", set()),
    ("en", "An assailant attacked worshippers with a machete in Lagos.", "180", set()),
    # -- 181 abduct
    ("en", "Gunmen kidnapped 20 students in Kaduna.", "181", set()),
    ("en", "Bandits abducted a priest in Nigeria.", "181", set()),
    ("en", "Pirates hijacked a Greek tanker off Somalia.", "181", {"1711"}),
    ("en", "Gunmen snatched a French aid worker in Niger.", "181", set()),
    ("en", "Thieves snatched a bag from a tourist in Rome.", "", {"181"}),
    # -- 182 physical assault
    ("en", "Police in Harare beat up opposition supporters.", "182", set()),
    ("en", "Soldiers attacked the villagers with batons.", "182", set()),
    # -- 1821, 1822, 1823
    ("en", "Soldiers raped women in the Tigray region.", "1821", set()),
    ("en", "Syrian interrogators tortured the detainees.", "1822", set()),
    ("en", "Villagers lynched a man accused of theft in Nigeria.", "1823", set()),
    ("en", "Guards strangled a prisoner in Cairo.", "1823", set()),
    # -- 183x bombings
    ("en", "Militants detonated a bomb at a market in Peshawar.", "183", set()),
    ("en", "A suicide bomber blew himself up at a mosque in Kabul.", "1831", set()),
    ("en", "Insurgents planted a roadside bomb in Helmand.", "1833", set()),
    ("en", "A Syrian army convoy struck a roadside bomb near Deraa.", "1833", set()),
    ("en", "The rebels booby-trapped a school in Donetsk.", "1834", set()),
    # -- 184, 185, 186
    ("en", "The rebels used villagers as human shields.", "184", set()),
    ("en", "Gunmen made an attempt on the life of the Haitian president.", "185", set()),
    ("en", "Gunmen assassinated the mayor of Uruapan.", "186", set()),
    ("en", "Gunmen shot dead an opposition lawmaker in Nairobi.", "186", set()),
    # -- traps of root 18
    ("en", "The film bombed at the box office.", "", {"183", "195"}),
    ("en", "The senator suffered a heart attack.", "", {"180", "190"}),
    ("en", "The minister was ambushed by reporters outside parliament.", "", {"180", "190", "191"}),
    ("en", "Taliban fighters ambushed an army convoy in Kunduz.", "190", set()),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert (not want or want in got) and not got & never, got
