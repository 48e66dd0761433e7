"""SQL built by functions that return it (text plus parameters); backends run it.

User text only ever reaches SQL as a bound parameter.
"""

from __future__ import annotations

from typing import Any

from entente.records import Event
from entente.store.model import EventQuery
from entente.store.schema import EVENT_COLUMNS
from entente.vocabulary import HISTORY_DAYS, check_period, happened_sql

Sql = tuple[str, list[Any]]


def like_escaped(text: str) -> str:
    """User text for a LIKE pattern, its wildcards taken literally (with ESCAPE '\\'):
    "%" and "_" in a search word once matched everything."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


LIKE = "LIKE ? ESCAPE '\\'"


def _actor_match(side: str, actor: str) -> Sql:
    """An actor code prefix ("VEN", "VENGOV") or a country on one side."""
    return (f"({side}_code {LIKE} OR {side}_country = ?)",
            [f"{like_escaped(actor.upper())}%", actor.upper()])


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
        add(f"cameo {LIKE}", [f"{like_escaped(q.cameo)}%"])
    if q.root:
        add("root = ?", [q.root.zfill(2)])
    if q.since:
        add("COALESCE(date, published) >= ?", [q.since])
    if q.until:
        add("COALESCE(date, published) <= ?", [q.until])
    for word in q.words:
        add(f"lower(evidence) {LIKE}", [f"%{like_escaped(word.lower())}%"])
    if q.modalities is not None:
        marks = ", ".join("?" for _ in q.modalities)
        add(f"modality IN ({marks})", [m.value for m in q.modalities])
    if q.article_id:
        add("article_id = ?", [q.article_id])
    return (" AND ".join(parts) or "TRUE", params)


# Date order; undated events first, so that newest first (the exact reverse) shows them last.
_ORDER = ("COALESCE(date, published) NULLS FIRST", "article_id", "sentence_index", "id")
_ORDER_DESC = ("COALESCE(date, published) DESC NULLS LAST", "article_id DESC",
               "sentence_index DESC", "id DESC")


def select_events(q: EventQuery) -> Sql:
    where, params = event_filters(q)
    order = ", ".join(_ORDER_DESC if q.descending else _ORDER)
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE {where} ORDER BY {order}"
    if q.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, q.limit, q.offset]
    return sql, params


def count_events(q: EventQuery) -> Sql:
    where, params = event_filters(q)
    return f"SELECT count(*) FROM events WHERE {where}", params


def counterparts(q: EventQuery, actor: str) -> Sql:
    """The other side of each matching event as seen from `actor`, counted."""
    where, params = event_filters(q)
    mine, mine_params = _actor_match("source", actor)
    return (f"""
        SELECT other, count(*) AS n FROM (
            SELECT CASE WHEN {mine} THEN COALESCE(target_code, target_text)
                        ELSE COALESCE(source_code, source_text) END AS other
            FROM events WHERE {where}) AS sides
        WHERE other IS NOT NULL GROUP BY other ORDER BY n DESC, other
    """, [*mine_params, *params])


def quad_periods(q: EventQuery, period: str) -> Sql:
    """Matching events per period by QuadClass, dated ones only."""
    where, params = event_filters(q)
    unit = _period(period)
    return (f"""
        SELECT CAST(date_trunc('{unit}', {series_date()}) AS DATE) AS period, count(*),
               sum(goldstein), {_QUADS}
        FROM events WHERE {where} AND {series_date()} IS NOT NULL
        GROUP BY 1 ORDER BY 1
    """, params)


def left_out(a: str, b: str) -> Sql:
    """Events that happened between two countries: undated ones, and mentions of history."""
    return (f"""
        SELECT count(*) FILTER (WHERE {series_date()} IS NULL),
               count(*) FILTER (WHERE {series_date()} IS NOT NULL AND NOT ({_in_window()}))
        FROM events
        WHERE {happened_sql()} AND ((source_country = ? AND target_country = ?) OR
                                    (source_country = ? AND target_country = ?))
    """, [a, b, b, a])


def revision() -> Sql:
    """What changes whenever an article (and so its events) is stored."""
    return "SELECT count(*), max(ingested_at) FROM articles", []


def top_dyads(limit: int) -> Sql:
    """Most active undirected country dyads among events that happened."""
    return (
        f"""
        SELECT least(source_country, target_country) AS a,
               greatest(source_country, target_country) AS b,
               count(*) AS n, avg(goldstein) AS g
        FROM events
        WHERE source_country IS NOT NULL AND target_country IS NOT NULL
          AND source_country <> target_country
          AND {happened_sql()}
        GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?
        """,
        [limit],
    )


_QUADS = ", ".join(f"count(*) FILTER (WHERE quad_class = {q})" for q in (1, 2, 3, 4))


def _period(period: str) -> str:
    """A period name, checked against the vocabulary before it is written into SQL."""
    return check_period(period)


def series_date() -> str:
    return "COALESCE(date, published)"


def _in_window() -> str:
    """Dated within HISTORY_DAYS before the article (or with nothing to compare)."""
    return (f"(published IS NULL OR date IS NULL OR "
            f"(date >= published - INTERVAL '{HISTORY_DAYS} days' "
            f"AND date <= published + INTERVAL '1 day'))")


def current_events() -> str:
    """Events that happened, dated within HISTORY_DAYS before their article (or undated)."""
    return f"{happened_sql()} AND {_in_window()}"


def dyad_periods(period: str, a: str | None = None, b: str | None = None) -> Sql:
    """Per period and direction between two countries: events, Goldstein sum, QuadClasses.

    Without `a` and `b`, every pair of different countries.
    """
    unit = _period(period)
    where = [current_events(), "source_country IS NOT NULL", "target_country IS NOT NULL",
             "source_country <> target_country"]
    params: list[Any] = []
    if a and b:
        where.append("((source_country = ? AND target_country = ?) OR "
                     "(source_country = ? AND target_country = ?))")
        params += [a, b, b, a]
    sql = f"""
        SELECT CAST(date_trunc('{unit}', {series_date()}) AS DATE) AS period,
               source_country, target_country, count(*) AS events,
               sum(goldstein) AS goldstein_sum, {_QUADS}
        FROM events WHERE {' AND '.join(where)} AND {series_date()} IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    """
    return sql, params


def articles_per_period(period: str) -> Sql:
    unit = _period(period)
    return (f"SELECT CAST(date_trunc('{unit}', published) AS DATE), count(*) FROM articles "
            "WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1", [])


def dyad_event_sequence(a: str, b: str) -> Sql:
    """Every current event between two countries, in date order (for change points)."""
    cols = ", ".join(EVENT_COLUMNS)
    return (f"""
        SELECT {cols} FROM events
        WHERE {current_events()} AND {series_date()} IS NOT NULL
          AND ((source_country = ? AND target_country = ?) OR
               (source_country = ? AND target_country = ?))
        ORDER BY {series_date()}, article_id, sentence_index, id
    """, [a, b, b, a])


def active_dyads(min_events: int) -> Sql:
    return (f"""
        SELECT least(source_country, target_country) AS a,
               greatest(source_country, target_country) AS b, count(*) AS n
        FROM events
        WHERE {current_events()} AND source_country IS NOT NULL
          AND target_country IS NOT NULL AND source_country <> target_country
          AND {series_date()} IS NOT NULL
        GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY n DESC, a, b
    """, [min_events])


def articles_by_id(count: int) -> str:
    marks = ", ".join("?" for _ in range(count))
    return f"SELECT {{cols}} FROM articles WHERE id IN ({marks})"


def find_story_event(e: Event) -> Sql:
    """The event a story already holds that `e` repeats, with its first source's date.

    Within one story the same dyad, code and modality is the same event, whatever date each
    copy's relative expressions ("on Wednesday") resolved to against its own publication day.
    """
    return ("""
        SELECT id, published FROM events
        WHERE story_id = ? AND source_code IS NOT DISTINCT FROM ?
          AND target_code IS NOT DISTINCT FROM ? AND cameo = ? AND modality = ?
        LIMIT 1
    """, [e.story_id, e.source.code, e.target.code if e.target else None, e.cameo,
          e.modality.value])


def make_first_source(event_id: str, e: Event) -> Sql:
    return ("""
        UPDATE events SET article_id = ?, sentence_index = ?, span_start = ?, span_end = ?,
               evidence = ?, published = ?, date = ?, date_precision = ?
        WHERE id = ?
    """, [e.article_id, e.sentence_index, e.span_start, e.span_end, e.evidence, e.published,
          e.date, e.date_precision, event_id])


def insert_mention(event_id: str, e: Event, outlet: str | None) -> Sql:
    return ("""
        INSERT INTO mentions (event_id, article_id, sentence_index, evidence, outlet, mentions)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING
    """, [event_id, e.article_id, e.sentence_index, e.evidence, outlet, e.mentions])


def recount(event_id: str) -> Sql:
    """Articles, outlets and mentions of an event, from its mentions."""
    return ("""
        UPDATE events SET
            num_articles = (SELECT count(DISTINCT article_id) FROM mentions WHERE event_id = ?),
            num_sources = (SELECT count(DISTINCT coalesce(outlet, article_id)) FROM mentions
                           WHERE event_id = ?),
            mentions = (SELECT sum(mentions) FROM mentions WHERE event_id = ?)
        WHERE id = ?
    """, [event_id, event_id, event_id, event_id])
