"""The actor knowledge base covers the world: every UN member state (and Taiwan, Kosovo,
Palestine) has a head of state and a head of government on three days of three decades."""

from __future__ import annotations

from datetime import date

import pytest

from entente.actors.kb import load_kb

# The 193 member states of the United Nations, as ISO 3166-1 alpha-3 codes.
UN_MEMBERS = " ".join("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG
MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL
PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".splitlines()).split()
ALSO = ["TWN", "XKX", "PSE"]
DAYS = [date(2010, 6, 1), date(2020, 6, 1), date(2025, 6, 1)]


def test_the_list_of_member_states_is_whole() -> None:
    assert len(set(UN_MEMBERS)) == 193


def holders(offices: set[str]) -> dict[tuple[str, date], list[str]]:
    found: dict[tuple[str, date], list[str]] = {}
    for person in load_kb().people.values():
        for role in person.roles:
            if role.country and role.offices & offices:
                for day in DAYS:
                    if role.holds_on(day):
                        found.setdefault((role.country, day), []).append(person.id)
    return found


@pytest.mark.parametrize("office, accepted", [
    ("head of state", {"head_of_state", "governor_general"}),
    ("head of government", {"head_of_government"}),
])
def test_every_state_has_its_heads_on_three_days(office: str, accepted: set[str]) -> None:
    found = holders(accepted)
    missing = [f"{c} {d}" for c in UN_MEMBERS + ALSO for d in DAYS if (c, d) not in found]
    assert missing == [], f"no {office} known: {missing}"
