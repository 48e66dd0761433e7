"""Spanish trigger vocabulary, second round, for whole families of codes: hope stated in
one's own words (013), appeals for relief (0233), military bases offered or hosted
(062), property confiscated whatever it is (1711), economic sieges (163), missiles fired
into the sea (150), politicians shot at (185, not 186) and expulsions "de forma masiva"
(201). Each sentence was written and labelled before it was run."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (lang, sentence, a CAMEO code that must be among the events, codes that must not)
    # -- 01 statements
    ("es", "«Confío en que firmaremos la paz antes de Navidad», afirmó el presidente de "
     "Colombia.", "013", set()),
    # -- 02 appeals
    ("es", "La ONU lanzó un llamamiento humanitario para socorrer a los damnificados de "
     "Honduras.", "0233", set()),
    # -- 06 material cooperation
    ("es", "Paraguay cedió a Estados Unidos una base aérea en el Chaco.", "062", set()),
    ("es", "Perú rechazó la propuesta de Rusia de abrir una base naval en el Callao.", "1212",
     {"120"}),
    # -- 15 force posture
    ("es", "Corea del Norte lanzó tres misiles de crucero hacia el mar Amarillo.", "150",
     {"194", "195"}),
    ("es", "COREA DEL NORTE DISPARA DOS MISILES AL MAR DE JAPÓN", "150", set()),
    ("es", "Irán disparó misiles contra Israel.", "194", {"150"}),
    # -- 17 coerce
    ("es", "El Gobierno de Venezuela confiscó los almacenes de la empresa colombiana.", "1711",
     set()),
    ("es", "Washington estrechó el cerco económico sobre Nicaragua.", "163", set()),
    # -- 18 assault: shot at is an attempt, killed is an assassination
    ("es", "Dos sicarios dispararon contra la alcaldesa de Iguala.", "185", {"186"}),
    ("es", "Un diputado ecuatoriano fue baleado por sicarios en Guayaquil.", "185", {"186"}),
    ("es", "Sicarios asesinaron al candidato a alcalde en Michoacán.", "186", {"185"}),
    # -- 20 mass violence
    ("es", "Argelia expulsó de forma masiva a migrantes malienses.", "201", {"174"}),
    ("es", "Panamá deportó a 300 migrantes colombianos.", "174", {"201"}),
]


@pytest.mark.parametrize("lang, text, want, never", CASES)
def test_vocabulary(code, lang: str, text: str, want: str, never: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {e.cameo for e in code(text, lang)}
    assert want in got and not got & never, got
