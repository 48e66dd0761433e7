"""One column specification per record, read from the record's own dataclass fields.

Every shape a record takes is derived from its fields here, so adding a field to a record
is one line in one place:

- `to_json` / `from_json`: the nested JSON shape (`Event.to_dict`, the `entente code`
  contract, the API);
- `flat` / `unflat`: the flat row (the store's rows, CSV, Parquet), with a nested record
  spread over prefixed columns (`source` -> `source_code`, `source_country`, ...);
- `csv_cells`: CSV, the same columns in the same order wherever it is written;
- `sql_type`, `column_ddl`: the store's DDL and the typed Parquet layout;
- `json_schema`: the API's description of the JSON shape.

A field may carry metadata made by `spec()`: its JSON name (`doc_id` for `article_id`,
`span[0]` for an element of a JSON list), extra JSON names it is also written under, the
store schema version that added it (`since`), and SQL details. A field added with
`since=N` becomes a column in migration N with nothing else to write (store/schema.py).

Nothing here imports another entente module but the vocabulary.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from entente.vocabulary import parse_date

_SQL = {str: "VARCHAR", int: "INTEGER", float: "DOUBLE", date: "DATE", bool: "BOOLEAN",
        bytes: "BLOB"}
_JSON = {str: "string", int: "integer", float: "number", date: "string", bool: "boolean"}


def spec(*, json: str | None = None, aliases: tuple[str, ...] = (), since: int = 1,
         sql: str | None = None, key: bool = False, unique: bool = False) -> dict[str, Any]:
    """Field metadata: `field(default=None, metadata=spec(since=6))`.

    json: the JSON name ("doc_id"; "span[0]" for the first element of the list "span");
    aliases: more JSON names written with the same value; since: the store schema version
    that added the column; sql: a type other than the usual one; key: the record's
    identity (the primary key, first in JSON); unique: a unique column in the store.
    """
    return {"entente": {"json": json, "aliases": aliases, "since": since, "sql": sql,
                        "key": key, "unique": unique}}


@dataclass(frozen=True, slots=True)
class Column:
    """One flat column of a record."""

    name: str  # flat name: "source_code"
    path: tuple[str, ...]  # attributes from the record: ("source", "code")
    type: type  # str, int, float, date, bool, bytes or an Enum
    optional: bool  # may be None (every column of a nested record may)
    since: int  # the store schema version that added it
    default: Any  # the field's default (dataclasses.MISSING when required)
    sql_name: str | None = None  # a SQL type other than the usual one
    key: bool = False
    unique: bool = False

    @property
    def sql(self) -> str:
        if self.sql_name:
            return self.sql_name
        return "VARCHAR" if issubclass(self.type, Enum) else _SQL[self.type]


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    type: type
    optional: bool
    nested: bool
    meta: dict[str, Any]
    default: Any
    init: bool = True  # an argument of the constructor (a derived field is not)


def _split_optional(hint: Any) -> tuple[Any, bool]:
    if get_origin(hint) in (Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        return args[0], len(args) < len(get_args(hint))
    return hint, False


@cache
def _fields(cls: Any) -> tuple[_Field, ...]:
    hints = get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        kind, optional = _split_optional(hints[f.name])
        meta = dict(f.metadata.get("entente") or spec()["entente"])
        default = f.default if f.default is not dataclasses.MISSING else (
            f.default_factory() if f.default_factory is not dataclasses.MISSING
            else dataclasses.MISSING)
        out.append(_Field(f.name, kind, optional, dataclasses.is_dataclass(kind), meta,
                          default, f.init))
    return tuple(out)


@cache
def columns(cls: Any) -> tuple[Column, ...]:
    """The flat columns of a record type, in field order (nested records spread out)."""
    out: list[Column] = []
    for f in _fields(cls):
        if f.nested:
            for inner in columns(f.type):
                out.append(dataclasses.replace(
                    inner, name=f"{f.name}_{inner.name}", path=(f.name, *inner.path),
                    optional=True, since=max(f.meta["since"], inner.since), key=False,
                    unique=False))
        else:
            out.append(Column(f.name, (f.name,), f.type, f.optional, f.meta["since"],
                              f.default, f.meta["sql"], f.meta["key"], f.meta["unique"]))
    names = [c.name for c in out]
    if len(set(names)) != len(names):
        clash = sorted({n for n in names if names.count(n) > 1})
        raise TypeError(f"{cls.__name__}: two fields flatten to the column {clash[0]!r}")
    return tuple(sorted(out, key=lambda c: not c.key))  # the key first


def column_names(cls: type) -> tuple[str, ...]:
    return tuple(c.name for c in columns(cls))


# -- flat rows ------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def flat(record: Any) -> dict[str, Any]:
    """The record as one flat row: column name -> value (dates stay dates, enums become
    their values, an absent nested record gives None in each of its columns)."""
    out: dict[str, Any] = {}
    kind: Any = type(record)
    for f in sorted(_fields(kind), key=lambda f: not f.meta["key"]):
        value = getattr(record, f.name)
        if f.nested:
            inner = flat(value) if value is not None else dict.fromkeys(column_names(f.type))
            out.update({f"{f.name}_{k}": v for k, v in inner.items()})
        else:
            out[f.name] = _plain(value)
    return out


def _coerce(kind: type, optional: bool, value: Any) -> Any:
    """A cell read back (from SQL, Parquet or CSV text) as the field's type."""
    if type(value) is kind and (kind is not str or value):  # as stored: the common case
        return value
    if value is None or (value == "" and kind is not str):
        return None if optional else ("" if kind is str else value)
    if kind is date:
        return value.date() if isinstance(value, datetime) else parse_date(value)
    if kind is str and value == "" and optional:
        return None
    if kind is bytes:
        return bytes(value)
    if kind is bool and isinstance(value, str):
        return value.lower() in ("1", "true", "t", "yes")
    return kind(value)


def unflat(cls: type, row: Mapping[str, Any], prefix: str = "") -> Any:
    """A record from a flat row (missing columns take the field's default); a nested
    record whose cells are all empty is None."""
    kwargs: dict[str, Any] = {}
    for f in _fields(cls):
        name = prefix + f.name
        if f.nested:
            cells = [row.get(f"{name}_{c}") for c in column_names(f.type)]
            if f.optional and all(v is None or v == "" for v in cells):
                kwargs[f.name] = None
            else:
                kwargs[f.name] = unflat(f.type, row, f"{name}_")
        elif name in row:
            kwargs[f.name] = _coerce(f.type, f.optional, row[name])
    return _build(cls, kwargs)


def _build(cls: type, values: dict[str, Any]) -> Any:
    """A record from its field values: a field the constructor derives (init=False, as an
    Event's id) is derived, then given the value read back, which is what was stored."""
    derived = _derived(cls)
    record = cls(**{k: v for k, v in values.items() if k not in derived})
    for name in derived & values.keys():
        if values[name] not in (None, ""):
            object.__setattr__(record, name, values[name])
    return record


@cache
def _derived(cls: Any) -> frozenset[str]:
    return frozenset(f.name for f in _fields(cls) if not f.init)


def csv_cells(record: Any) -> list[Any]:
    """The record's CSV row: the flat row with None as an empty cell, dates as ISO text."""
    return ["" if v is None else (v.isoformat() if isinstance(v, date) else v)
            for v in flat(record).values()]


# -- JSON -----------------------------------------------------------------------------------


_JSON_PLAIN = (str, int, float, bool, type(None))  # exactly these types (not an Enum)


def _json_value(value: Any) -> Any:
    if type(value) in _JSON_PLAIN:
        return value
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_json(value)
    return _plain(value)


def _json_slot(name: str) -> tuple[str, int | None]:
    """"span[0]" -> ("span", 0); "doc_id" -> ("doc_id", None)."""
    if name.endswith("]") and "[" in name:
        base, index = name[:-1].split("[", 1)
        return base, int(index)
    return name, None


@cache
def _json_plan(cls: Any) -> tuple[tuple[str, str, int | None, tuple[str, ...]], ...]:
    """Per field of `cls`, the key first: its name, its JSON slot, its aliases."""
    ordered = sorted(_fields(cls), key=lambda f: not f.meta["key"])
    return tuple((f.name, *_json_slot(f.meta["json"] or f.name), tuple(f.meta["aliases"]))
                 for f in ordered)


def to_json(record: Any) -> dict[str, Any]:
    """The record's nested JSON shape: JSON names, the key first, dates as ISO text."""
    out: dict[str, Any] = {}
    kind: Any = type(record)
    for name, base, index, aliases in _json_plan(kind):
        value = _json_value(getattr(record, name))
        if index is None:
            out[base] = value
        else:
            slot = out.setdefault(base, [])
            slot.extend([None] * (index + 1 - len(slot)))
            slot[index] = value
        for alias in aliases:
            out[alias] = value
    return out


def from_json(cls: type, d: Mapping[str, Any]) -> Any:
    """A record from its JSON shape. Raises KeyError for a missing required field."""
    kwargs: dict[str, Any] = {}
    for f in _fields(cls):
        base, index = _json_slot(f.meta["json"] or f.name)
        if index is None:
            present = d.get(base) is not None
            value = d.get(base)
        else:
            listed = d.get(base) or []
            present = index < len(listed) and listed[index] is not None
            value = listed[index] if present else None
        if not present:
            if f.default is dataclasses.MISSING:
                if f.optional:
                    kwargs[f.name] = None
                    continue
                if index is not None:  # an absent list element reads as 0
                    kwargs[f.name] = f.type()
                    continue
                raise KeyError(base)
            continue
        kwargs[f.name] = (from_json(f.type, value or {}) if f.nested
                          else _coerce(f.type, f.optional, value))
    return _build(cls, kwargs)


def json_schema(cls: type) -> dict[str, Any]:
    """A JSON Schema of the record's JSON shape (for the API's description)."""
    props: dict[str, Any] = {}
    required: list[str] = []
    for f in _fields(cls):
        if f.nested:
            schema: dict[str, Any] = json_schema(f.type)
        elif issubclass(f.type, Enum):
            schema = {"type": "string", "enum": [m.value for m in f.type]}
        else:
            schema = {"type": _JSON.get(f.type, "string")}
            if f.type is date:
                schema["format"] = "date"
        if f.optional:
            schema = {"anyOf": [schema, {"type": "null"}]}
        base, index = _json_slot(f.meta["json"] or f.name)
        if index is not None:
            props[base] = {"type": "array", "items": schema, "minItems": 2, "maxItems": 2}
        else:
            props[base] = schema
        for alias in f.meta["aliases"]:
            props[alias] = schema
        if f.default is dataclasses.MISSING and base not in required:
            required.append(base)
    return {"title": cls.__name__, "type": "object", "properties": props,
            "required": required}


# -- SQL --------------------------------------------------------------------------------------


def column_ddl(col: Column, added: bool = False) -> str:
    """A column's definition in CREATE TABLE, or in ADD COLUMN when `added` later."""
    parts = [col.name, col.sql]
    if col.key and not added:
        parts.append("PRIMARY KEY")
    elif not col.optional and not added:
        parts.append("NOT NULL")
    if col.unique and not added:
        parts.append("UNIQUE")
    if added and col.default not in (None, dataclasses.MISSING) and isinstance(
            col.default, int | float):
        parts.append(f"DEFAULT {col.default!r}")
    return " ".join(parts)


def create_table(table: str, cls: type, extra: tuple[str, ...] = ()) -> str:
    """CREATE TABLE with the record's columns of schema version 1, and `extra` ones."""
    defs = [column_ddl(c) for c in columns(cls) if c.since == 1] + list(extra)
    return f"CREATE TABLE {table} (\n    " + ",\n    ".join(defs) + "\n)"


def added_columns(table: str, cls: type, version: int) -> list[str]:
    """ALTER TABLE statements for the record's columns that schema `version` adds."""
    return [f"ALTER TABLE {table} ADD COLUMN {column_ddl(c, added=True)}"
            for c in columns(cls) if c.since == version and version > 1]


def schema_version_of(*classes: type) -> int:
    """The newest schema version any column of these records needs."""
    return max(c.since for cls in classes for c in columns(cls))
