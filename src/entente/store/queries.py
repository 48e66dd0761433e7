"""SQL built by functions that return it (text plus parameters); backends run it.

User text only ever reaches SQL as a bound parameter.
"""

from __future__ import annotations

from typing import Any

from entente.store.base import EventQuery
from entente.store.schema import EVENT_COLUMNS

Sql = tuple[str, list[Any]]


def _actor_match(side: str, actor: str) -> Sql:
    """An actor code prefix ("VEN", "VENGOV") or a country on one side."""
    return (f"({side}_code LIKE ? OR {side}_country = ?)", [f"{actor.upper()}%", actor.upper()])


def event_filters(q: EventQuery) -> Sql:
    """The WHERE clause (without the keyword) for an EventQuery."""
    parts: list[str] = []
    params: list[Any] = []

    def add(sql: str, values: list[Any]) -> None:
        parts.append(sql)
        params.extend(values)

    if q.actor:
        s_sql, s_par = _actor_match("source", q.actor)
        t_sql, t_par = _actor_match("target", q.actor)
        add(f"({s_sql} OR {t_sql})", s_par + t_par)
    if q.dyad:
        a, b = q.dyad
        fwd = [_actor_match("source", a), _actor_match("target", b)]
        fwd_sql = " AND ".join(s for s, _ in fwd)
        fwd_par = [p for _, ps in fwd for p in ps]
        if q.directed:
            add(f"({fwd_sql})", fwd_par)
        else:
            back = [_actor_match("source", b), _actor_match("target", a)]
            back_sql = " AND ".join(s for s, _ in back)
            add(f"(({fwd_sql}) OR ({back_sql}))", fwd_par + [p for _, ps in back for p in ps])
    if q.cameo:
        add("cameo LIKE ?", [f"{q.cameo}%"])
    if q.root:
        add("root = ?", [q.root.zfill(2)])
    if q.since:
        add("COALESCE(date, published) >= ?", [q.since])
    if q.until:
        add("COALESCE(date, published) <= ?", [q.until])
    for word in q.words:
        add("lower(evidence) LIKE ?", [f"%{word.lower()}%"])
    if q.modalities is not None:
        marks = ", ".join("?" for _ in q.modalities)
        add(f"modality IN ({marks})", [m.value for m in q.modalities])
    if q.article_id:
        add("article_id = ?", [q.article_id])
    return (" AND ".join(parts) or "TRUE", params)


def select_events(q: EventQuery) -> Sql:
    where, params = event_filters(q)
    sql = (f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE {where} "
           "ORDER BY COALESCE(date, published), article_id, sentence_index, id")
    if q.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, q.limit, q.offset]
    return sql, params


def top_dyads(limit: int) -> Sql:
    """Most active undirected country dyads among events that happened."""
    return (
        """
        SELECT least(source_country, target_country) AS a,
               greatest(source_country, target_country) AS b,
               count(*) AS n, avg(goldstein) AS g
        FROM events
        WHERE source_country IS NOT NULL AND target_country IS NOT NULL
          AND source_country <> target_country
          AND modality IN ('asserted', 'reported')
        GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?
        """,
        [limit],
    )
