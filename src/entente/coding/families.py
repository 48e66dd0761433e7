"""Intents, threats, refusals, appeals and demands, by the act they name.

In CAMEO an expressed intention is itself an event: "pledged to send doctors" is 0333
(intent to give humanitarian aid), "threatened to cut gas supplies" 1311. The table in
data/families.tsv maps the act named (its CAMEO code, by longest prefix) to the code of
each kind of head; the head's own root says which kind it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from entente.coding.ontology import load_ontology
from entente.errors import DataFileError

KINDS = ("intent", "threat", "refuse", "appeal", "demand")
# The root of the head pattern says which kind of act it is.
KIND_OF_ROOT = {"03": "intent", "13": "threat", "12": "refuse", "02": "appeal", "10": "demand"}


@dataclass(frozen=True, slots=True)
class Families:
    rows: dict[str, dict[str, str | None]]  # act prefix -> kind -> code (None: keep the head's)

    def code_for(self, act: str, kind: str) -> str | None:
        """The code a head of `kind` takes when it names `act`; None when the table has none."""
        for size in range(len(act), 1, -1):
            row = self.rows.get(act[:size])
            if row is not None:
                return row.get(kind)
        return None

    def act_of(self, code: str, kind: str) -> str | None:
        """The act that a head of `kind` coded `code` names, when only one act of the table
        takes that code ("called for elections", 0241, names a change of leadership, 0831);
        None for a code that many acts share (020, 100)."""
        acts = [act for act, row in self.rows.items() if row.get(kind) == code]
        return acts[0] if len(acts) == 1 else None


def kind_of(code: str) -> str | None:
    """The kind of head a CAMEO code is (intent, threat, ...), or None for other acts."""
    return KIND_OF_ROOT.get(code[:2])


def parse_families(text: str, name: str = "families.tsv") -> Families:
    ontology = load_ontology()
    rows: dict[str, dict[str, str | None]] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if cells[0] == "act":
            continue
        if len(cells) != 1 + len(KINDS):
            raise DataFileError(name, lineno, f"expected {1 + len(KINDS)} cells, got {len(cells)}")
        act, codes = cells[0], cells[1:]
        for code in [act, *codes]:
            if code != "-" and code not in ontology:
                raise DataFileError(name, lineno, f"unknown CAMEO code {code!r}")
        rows[act] = {k: (None if c == "-" else c) for k, c in zip(KINDS, codes, strict=True)}
    return Families(rows)


@cache
def load_families() -> Families:
    ref = resources.files("entente.coding").joinpath("data/families.tsv")
    return parse_families(ref.read_text("utf-8"))
