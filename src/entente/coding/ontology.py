"""The CAMEO ontology as data: code -> name, Goldstein, root, QuadClass, PLOVER type and mode.

The file is data/cameo.tsv (see docs/ontology.md for its columns and the mappings chosen).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from entente.errors import DataFileError

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int
    plover: str | None
    plover_mode: str | None


def parse_ontology(text: str, name: str = "cameo.tsv") -> dict[str, CameoCode]:
    """Parse the ontology TSV; raises DataFileError naming the bad line."""
    codes: dict[str, CameoCode] = {}
    lines = text.splitlines()
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 7:
            raise DataFileError(name, lineno, f"expected 7 tab-separated cells, got {len(cells)}")
        code, label, gold, root, quad, plover, mode = (c.strip() for c in cells)
        if not code.isdigit() or not 2 <= len(code) <= 4 or code[:2] != root:
            raise DataFileError(name, lineno, f"bad code {code!r} for root {root!r}")
        try:
            goldstein = float(gold)
            quad_class = int(quad)
        except ValueError as exc:
            raise DataFileError(name, lineno, f"bad number: {exc}") from exc
        if not -10 <= goldstein <= 10 or quad_class not in (1, 2, 3, 4):
            raise DataFileError(name, lineno, "goldstein outside -10..10 or quad_class not 1-4")
        if plover and plover not in PLOVER_TYPES:
            raise DataFileError(name, lineno, f"unknown PLOVER type {plover!r}")
        codes[code] = CameoCode(code, label, goldstein, root, quad_class,
                                plover or None, mode or None)
    return codes


@cache
def load_ontology() -> dict[str, CameoCode]:
    """The packaged ontology, read once per process."""
    text = resources.files("entente.coding").joinpath("data/cameo.tsv").read_text("utf-8")
    return parse_ontology(text)
