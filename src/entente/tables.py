"""A record type as a table: CSV and typed Parquet, both from its column specification
(columns.py), so every CSV and Parquet file of one record has the same columns in the same
order, wherever it is written.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from entente.columns import column_names, columns, csv_cells, flat, unflat


def write_csv(cls: type, records: Iterable[Any], out: IO[str]) -> int:
    """The records as CSV with a header row; returns the rows written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(column_names(cls))
    n = 0
    for record in records:
        writer.writerow(csv_cells(record))
        n += 1
    return n


def write_parquet(cls: type, records: Iterable[Any], path: Path,
                  extra: dict[str, tuple[str, Any]] | None = None) -> int:
    """The records as a typed Parquet file, written atomically (a killed run never leaves
    half a file under the real name). `extra` adds constant columns: name -> (SQL type,
    value). DuckDB serves only as a Parquet writer, in memory; nothing is stored."""
    import duckdb

    cols = columns(cls)
    more = extra or {}
    defs = [f'"{c.name}" {c.sql}' for c in cols] + [f'"{k}" {t}' for k, (t, _v) in more.items()]
    rows = [[*flat(r).values(), *(v for _t, v in more.values())] for r in records]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"CREATE TABLE t ({', '.join(defs)})")
        if rows:  # by column: one array parameter each (a statement per row took ms)
            types = [c.sql for c in cols] + [t for t, _v in more.values()]
            cells = ", ".join(f"unnest(?::{t}[])" for t in types)
            con.execute(f"INSERT INTO t SELECT {cells}", [list(c) for c in zip(*rows,
                                                                               strict=True)])
        con.execute("COPY t TO ? (FORMAT parquet)", [str(tmp)])
    finally:
        con.close()
    os.replace(tmp, path)
    return len(rows)


def read_parquet(cls: type, pattern: str, order: str = "") -> Iterator[Any]:
    """Records from every Parquet file matching `pattern` (hive-partitioned folders
    allowed), in `order` (SQL ORDER BY columns) if given."""
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        cur = con.execute(f"SELECT * FROM read_parquet(?, hive_partitioning=true, "
                          f"union_by_name=true){' ORDER BY ' + order if order else ''}",
                          [pattern])
        names = [d[0] for d in cur.description]
        while batch := cur.fetchmany(1000):
            for row in batch:
                yield unflat(cls, dict(zip(names, row, strict=True)))
    finally:
        con.close()
