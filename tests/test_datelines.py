"""Datelines in the forms wires and papers use, in English and Spanish (written for these
tests): where the story was filed, the day, the agency, and where the story itself begins."""

from __future__ import annotations

import pytest

from entente.ingest.datelines import first_dateline

# (opening of a story, place, region, day, agency, the words the story begins with)
FORMS = [
    ("CARACAS, Jan 5 (Reuters) - Venezuela's government said", "CARACAS", None, "Jan 5", "Reuters", "Venezuela's"),
    ("LONDON (Reuters) - Britain said on Monday", "LONDON", None, None, "Reuters", "Britain"),
    ("KYIV, Ukraine (AP) — Russian drones struck", "KYIV", "Ukraine", None, "AP", "Russian"),
    ("WASHINGTON (AP) — The Senate voted", "WASHINGTON", None, None, "AP", "The"),
    ("WASHINGTON — The Senate voted", "WASHINGTON", None, None, None, "The"),
    ("HAVANA — Cuba's government denounced", "HAVANA", None, None, None, "Cuba's"),
    ("BEIJING, Jan 5 (Xinhua) -- China and Russia", "BEIJING", None, "Jan 5", "Xinhua", "China"),
    ("MOSCOW, March 3 (Reuters) - Russia's foreign ministry", "MOSCOW", None, "March 3", "Reuters", "Russia's"),
    ("NEW YORK (AP) — The United Nations", "NEW YORK", None, None, "AP", "The"),
    ("UNITED NATIONS (AP) — The Security Council", "UNITED NATIONS", None, None, "AP", "The"),
    ("SAN JUAN, Puerto Rico (AP) — Officials said", "SAN JUAN", "Puerto Rico", None, "AP", "Officials"),
    ("JERUSALEM (AFP) - Israel's army said", "JERUSALEM", None, None, "AFP", "Israel's"),
    ("GENEVA, Nov 12 (Reuters) - The World Health Organization", "GENEVA", None, "Nov 12", "Reuters", "The"),
    ("NAIROBI, Kenya (AP) — Police fired", "NAIROBI", "Kenya", None, "AP", "Police"),
    ("BRUSSELS, Dec. 1 (Reuters) - European Union", "BRUSSELS", None, "Dec. 1", "Reuters", "European"),
    ("TOKYO, Feb 2, 2026 (Kyodo) - Japan's", "TOKYO", None, "Feb 2, 2026", "Kyodo", "Japan's"),
    ("SEOUL, Jan 9 (Yonhap) -- North Korea", "SEOUL", None, "Jan 9", "Yonhap", "North"),
    ("ANKARA (Anadolu) - Turkey's", "ANKARA", None, None, "Anadolu", "Turkey's"),
    ("TEHRAN, Iran (AP) — Iran's", "TEHRAN", "Iran", None, "AP", "Iran's"),
    ("MEXICO CITY (AP) — Mexico's president", "MEXICO CITY", None, None, "AP", "Mexico's"),
    ("BOGOTA, Colombia (AP) — Colombia's", "BOGOTA", "Colombia", None, "AP", "Colombia's"),
    ("PORT-AU-PRINCE, Haiti (AP) — Gangs", "PORT-AU-PRINCE", "Haiti", None, "AP", "Gangs"),
    ("ON BOARD AIR FORCE ONE (Reuters) - President", "ON BOARD AIR FORCE ONE", None, None, "Reuters", "President"),
    ("Caracas, Jan 5 (Reuters) - Venezuela", "Caracas", None, "Jan 5", "Reuters", "Venezuela"),
    ("Havana, Cuba — The island's", "Havana", "Cuba", None, None, "The"),
    ("(Reuters) - Oil prices rose", None, None, None, "Reuters", "Oil"),
    ("(AP) — A strong earthquake", None, None, None, "AP", "A"),
    ("DAKAR, Senegal, Jan 3 (AP) — Soldiers", "DAKAR", "Senegal", "Jan 3", "AP", "Soldiers"),
    ("LIMA, Peru — Truckers blocked", "LIMA", "Peru", None, None, "Truckers"),
    ("ISLAMABAD, Oct 7 (Reuters) - Pakistan", "ISLAMABAD", None, "Oct 7", "Reuters", "Pakistan"),
    ("MADRID, 3 ene (EFE).- El Gobierno español", "MADRID", None, "3 ene", "EFE", "El"),
    ("La Habana/ La presencia cubana en Venezuela", "La Habana", None, None, None, "La"),
    ("BOGOTÁ.- El Gobierno colombiano", "BOGOTÁ", None, None, None, "El"),
    ("GINEBRA, Suiza.- La ONU pidió", "GINEBRA", "Suiza", None, None, "La"),
    ("CARACAS.— La oposición venezolana", "CARACAS", None, None, None, "La"),
    ("Caracas, 12 de enero de 2026 (AFP) – El gobierno", "Caracas", None, "12 de enero de 2026", "AFP", "El"),
    ("Ciudad de México, 5 de enero (EFE).- La presidenta", "Ciudad de México", None, "5 de enero", "EFE", "La"),
    ("Buenos Aires (EFE).- El Gobierno argentino", "Buenos Aires", None, None, "EFE", "El"),
    ("MOSCÚ, 5 ene (Sputnik) — Rusia", "MOSCÚ", None, "5 ene", "Sputnik", "Rusia"),
    ("NUEVA YORK (AP) — Las Naciones Unidas", "NUEVA YORK", None, None, "AP", "Las"),
    ("Bogotá, 5 ene (EFE).- Colombia", "Bogotá", None, "5 ene", "EFE", "Colombia"),
    ("WASHINGTON, 25 mar (Agencia Sur).– Estados Unidos", "WASHINGTON", None, "25 mar", "Agencia Sur", "Estados"),
    ("Managua/ El régimen de Daniel Ortega", "Managua", None, None, None, "El"),
    ("Quito.- La Asamblea Nacional", "Quito", None, None, None, "La"),
    ("LA PAZ, Bolivia (AP) — El gobierno boliviano", "LA PAZ", "Bolivia", None, "AP", "El"),
    ("SANTIAGO DE CHILE, 4 feb (EFE).- El presidente", "SANTIAGO DE CHILE", None, "4 feb", "EFE", "El"),
    ("LIMA (Reuters) - El Congreso de Perú", "LIMA", None, None, "Reuters", "El"),
    ("SAN SALVADOR, 10 jul (EFE).- El presidente", "SAN SALVADOR", None, "10 jul", "EFE", "El"),
    ("Tegucigalpa, 3 dic (EFE).- La presidenta", "Tegucigalpa", None, "3 dic", "EFE", "La"),
    ("MIAMI (EFE).- Exiliados cubanos", "MIAMI", None, None, "EFE", "Exiliados"),
    ("(EFE).- La Unión Europea", None, None, None, "EFE", "La"),
    ("París, 8 sep (AFP).- Francia", "París", None, "8 sep", "AFP", "Francia"),
    ("BRUSELAS, 1 dic (Europa Press) - La Comisión Europea", "BRUSELAS", None, "1 dic", "Europa Press", "La"),
    ("Montevideo, Uruguay.- Las enfermeras", "Montevideo", "Uruguay", None, None, "Las"),
    ("SAN JOSÉ, Costa Rica (AFP) — El gobierno", "SAN JOSÉ", "Costa Rica", None, "AFP", "El"),
    ("PANAMÁ, 2 ene (Prensa Latina) Panamá y Cuba", None, None, None, None, None),
    ("ASUNCIÓN.— El Senado paraguayo", "ASUNCIÓN", None, None, None, "El"),
    ("Pekín, 5 ene (Xinhua) -- China", "Pekín", None, "5 ene", "Xinhua", "China"),
    ("JERUSALÉN, 3 mar (EFE).- Israel", "JERUSALÉN", None, "3 mar", "EFE", "Israel"),
    ("KIEV, 24 feb (Reuters) - Ucrania", "KIEV", None, "24 feb", "Reuters", "Ucrania"),
    ("Tokio, 2 feb (Kyodo).- Japón", "Tokio", None, "2 feb", "Kyodo", "Japón"),
    ("SANTO DOMINGO (AP) — La República Dominicana", "SANTO DOMINGO", None, None, "AP", "La"),
]

NOT_DATELINES = [
    "Cuba - the island - has long depended on Venezuelan oil.",
    "Venezuela y Cuba firmaron un acuerdo el lunes.",
    "The Kremlin said on Monday that talks would resume.",
    "Russia's foreign minister - Sergei Lavrov - arrived in Caracas.",
    "Los médicos cubanos: una misión en crisis.",
]


@pytest.mark.parametrize("text, place, region, day, agency, begins", FORMS)
def test_dateline_forms(text: str, place: str | None, region: str | None, day: str | None,
                        agency: str | None, begins: str | None) -> None:
    found = first_dateline(text)
    if begins is None:  # a dateline with no separator before the story is not one
        assert found is None
        return
    assert found is not None
    assert (found.place, found.region, found.day, found.agency) == (place, region, day, agency)
    assert text[found.end:].split()[0] == begins


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_sentences_that_are_not_datelines(text: str) -> None:
    assert first_dateline(text) is None


def test_there_are_sixty_forms_in_both_languages() -> None:
    assert len(FORMS) >= 60
