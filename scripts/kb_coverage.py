"""How much of 2000-01-01 .. 2026-11-30 the knowledge base's dated roles cover, per UN
member state and office (foreign, defence, interior, head of state, head of government,
central bank governor, army chief, speaker of parliament, opposition leader).

    PYTHONPATH=src python scripts/kb_coverage.py [--gaps N] [--country ISO3 ...] [--tsv FILE]

Prints the mean coverage per office, the countries below 50% for each office and the N
largest gaps (default 40). A role with an empty start is counted from the start of the span
and one with an empty end as lasting to its end; a head of state may also be a
governor-general. --tsv writes one row per (country, office) with the share covered.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

from entente.actors.kb import load_kb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_kb_coverage import UN_MEMBERS  # noqa: E402  (the list the coverage test uses)

START, END = date(2000, 1, 1), date(2026, 11, 30)
OFFICES = {
    "foreign": {"foreign"},
    "defence": {"defence"},
    "interior": {"interior"},
    "head_of_state": {"head_of_state", "governor_general"},
    "head_of_government": {"head_of_government"},
    "central_bank": {"central_bank"},
    "army_chief": {"army_chief"},
    "speaker": {"speaker"},
    "opposition_leader": {"opposition_leader"},
}


def spans(kb_people: dict, accepted: set[str]) -> dict[str, list[tuple[date, date]]]:
    """Country -> the (start, end) periods of every role of one of the `accepted` offices,
    clipped to the span."""
    found: dict[str, list[tuple[date, date]]] = {}
    for person in kb_people.values():
        for role in person.roles:
            if not role.country or not role.offices & accepted:
                continue
            lo, hi = max(role.start or START, START), min(role.end or END, END)
            if lo <= hi:
                found.setdefault(role.country, []).append((lo, hi))
    return found


def merged(periods: list[tuple[date, date]]) -> list[tuple[date, date]]:
    out: list[tuple[date, date]] = []
    for lo, hi in sorted(periods):
        if out and lo <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def gaps(periods: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """The uncovered stretches of the span, as (first day, last day)."""
    out, day = [], START
    for lo, hi in merged(periods):
        if lo > day:
            out.append((day, lo - timedelta(days=1)))
        day = max(day, hi + timedelta(days=1))
    if day <= END:
        out.append((day, END))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gaps", type=int, default=40, help="how many of the largest gaps to list")
    ap.add_argument("--country", nargs="*", help="only these ISO3 codes")
    ap.add_argument("--tsv", type=Path, help="write country, office, share covered")
    args = ap.parse_args(argv)
    countries = args.country or UN_MEMBERS
    unknown = [c for c in countries if c not in UN_MEMBERS]
    if unknown:
        ap.error(f"not a UN member state code: {', '.join(unknown)}")
    total = (END - START).days + 1
    people = load_kb().people
    share: dict[tuple[str, str], float] = {}
    all_gaps: list[tuple[int, str, str, date, date]] = []
    for office, accepted in OFFICES.items():
        held = spans(people, accepted)
        for c in countries:
            holes = gaps(held.get(c, []))
            missing = sum((hi - lo).days + 1 for lo, hi in holes)
            share[c, office] = 1 - missing / total
            all_gaps += [((hi - lo).days + 1, c, office, lo, hi) for lo, hi in holes]
    print(f"coverage of {START} .. {END} ({total} days), {len(countries)} countries")
    print(f"{'office':20} {'mean':>6} {'full':>5} {'<50%':>5}")
    for office in OFFICES:
        vals = [share[c, office] for c in countries]
        print(f"{office:20} {sum(vals) / len(vals):6.1%} {sum(v >= 0.999 for v in vals):5d} "
              f"{sum(v < 0.5 for v in vals):5d}")
    for office in OFFICES:
        low = sorted((share[c, office], c) for c in countries if share[c, office] < 0.5)
        print(f"\nbelow 50% for {office} ({len(low)}): "
              + " ".join(f"{c} {v:.0%}" for v, c in low))
    print(f"\nlargest {args.gaps} gaps:")
    for days, c, office, lo, hi in sorted(all_gaps, key=lambda g: (-g[0], g[1], g[2]))[:args.gaps]:
        print(f"  {c} {office:20} {lo} .. {hi}  ({days / 365.25:.1f} years)")
    if args.tsv:
        args.tsv.write_text("country\toffice\tcovered\n" + "".join(
            f"{c}\t{o}\t{share[c, o]:.4f}\n" for c in countries for o in OFFICES),
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
