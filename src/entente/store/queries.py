"""SQL built by functions that return it (text plus parameters); backends run it.

User text only ever reaches SQL as a bound parameter.
"""

from __future__ import annotations

from typing import Any

from entente.records import UNNAMED
from entente.store.model import EventQuery, QuoteQuery
from entente.store.pages import DaySpan
from entente.store.schema import EVENT_COLUMNS, QUOTE_COLUMNS
from entente.vocabulary import HISTORY_DAYS, check_period, happened_sql

Sql = tuple[str, list[Any]]


def like_escaped(text: str) -> str:
    """User text for a LIKE pattern, its wildcards taken literally (with ESCAPE '\\'):
    "%" and "_" in a search word once matched everything."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


LIKE = "LIKE ? ESCAPE '\\'"


def _starts(column: str) -> str:
    """`column` starts with a bound text (taken literally). DuckDB scans a LIKE with an
    ESCAPE clause three times slower; PostgreSQL has starts_with too."""
    return f"starts_with({column}, ?)"


def _actor_match(side: str, actor: str) -> Sql:
    """An actor code prefix ("VEN", "VENGOV") or a country on one side."""
    return (f"({_starts(side + '_code')} OR {side}_country = ?)",
            [actor.upper(), actor.upper()])


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
        add(_starts("cameo"), [q.cameo])
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
    if q.dyadic:
        add("source_code IS NOT NULL AND target_code IS NOT NULL AND "
            "source_code NOT LIKE '---%' AND target_code NOT LIKE '---%'", [])
    if q.asserted_by:
        who = q.asserted_by
        if who.lower() in ("anonymous", "unnamed"):
            add(f"quote_id IN (SELECT id FROM quotes WHERE anonymity IN "
                f"({', '.join('?' for _ in UNNAMED)}))", list(UNNAMED))
        else:
            add(f"(lower(asserted_by) {LIKE} OR quote_id IN (SELECT id FROM quotes "
                f"WHERE lower(said_by) {LIKE} OR lower(speaker_ref) {LIKE} "
                f"OR {_starts('speaker_code')}))",
                [_contains(who)] * 3 + [who.upper()])
    return (" AND ".join(parts) or "TRUE", params)


def _contains(text: str) -> str:
    return f"%{like_escaped(text.lower())}%"


def quote_filters(q: QuoteQuery) -> Sql:
    """The WHERE clause (without the keyword) for a QuoteQuery, on quotes joined to their
    articles (alias a)."""
    parts: list[str] = []
    params: list[Any] = []

    def add(sql: str, values: list[Any]) -> None:
        parts.append(sql)
        params.extend(values)

    if q.speaker:
        add(*_actor_match("q.speaker", q.speaker))
    if q.sector:
        add("q.speaker_sector = ?", [q.sector.upper()])
    if q.anonymity:
        add(f"q.anonymity IN ({', '.join('?' for _ in q.anonymity)})", list(q.anonymity))
    if q.outlet:
        add(f"lower(q.outlet) {LIKE}", [_contains(q.outlet)])
    for word in q.words:
        add(f"lower(q.text) {LIKE}", [_contains(word)])
    if q.since:
        add("a.published >= ?", [q.since])
    if q.until:
        add("a.published <= ?", [q.until])
    if q.article_id:
        add("q.article_id = ?", [q.article_id])
    if q.kind:
        add("q.kind = ?", [q.kind])
    return (" AND ".join(parts) or "TRUE", params)


def select_quotes(q: QuoteQuery) -> Sql:
    where, params = quote_filters(q)
    cols = ", ".join(f"q.{c}" for c in QUOTE_COLUMNS)
    sql = (f"SELECT {cols} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {where} "
           "ORDER BY a.published NULLS FIRST, q.article_id, q.span_start, q.id")
    if q.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, q.limit, q.offset]
    return sql, params


def count_quotes(q: QuoteQuery) -> Sql:
    where, params = quote_filters(q)
    return (f"SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE {where}", params)


def quotes_by_id(count: int) -> str:
    cols = ", ".join(QUOTE_COLUMNS)
    return f"SELECT {cols} FROM quotes WHERE id IN ({', '.join('?' for _ in range(count))})"


def insert_quote() -> str:
    marks = ", ".join("?" for _ in QUOTE_COLUMNS)
    return (f"INSERT INTO quotes ({', '.join(QUOTE_COLUMNS)}) VALUES ({marks}) "
            "ON CONFLICT DO NOTHING")


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


def event_days(q: EventQuery) -> Sql:
    """How many events `q` matches on each day of the date order (None: undated), in no
    order: the total, and where a page lies (store/pages.py)."""
    where, params = event_filters(q)
    return (f"SELECT {series_date()}, count(*) FROM events WHERE {where} GROUP BY 1",
            params)


def select_event_ids(q: EventQuery, span: DaySpan) -> Sql:
    """The ids of the page of `q`'s limit, `span.skip` events into the days of `span`,
    in the order of `select_events`: only those days' events are sorted, and only the
    columns of the order are read (the events are then fetched by id)."""
    where, params = event_filters(q)
    days: list[str] = []
    if span.first is not None:
        days.append(f"{series_date()} BETWEEN ? AND ?")
        params = [*params, span.first, span.last]
    if span.undated:
        days.append(f"{series_date()} IS NULL")
    order = ", ".join(_ORDER_DESC if q.descending else _ORDER)
    return (f"SELECT id FROM events WHERE ({where}) AND ({' OR '.join(days)}) "
            f"ORDER BY {order} LIMIT ? OFFSET ?", [*params, q.limit, span.skip])


def event_page(q: EventQuery, key: str) -> Sql:
    """The page of `q` (its limit, from its offset, in the order of `select_events`) and
    how many events `q` matches in all, from one scan of the events: rows of (total,
    position, the event's columns), the page's events in order, or one row of the total
    and NULLs when the page is empty.

    The matches are read once, by `key` (a column naming a row within one statement:
    DuckDB's rowid, PostgreSQL's ctid) and day only. Counted per day, they give the
    total and the days the page falls on (those whose running count crosses the page);
    only those days' events are sorted, by the columns of the order, and only the
    page's rows are fetched whole, so a deep page costs about what the first does."""
    where, params = event_filters(q)
    day = series_date()
    days_order = f"day {'DESC NULLS LAST' if q.descending else 'NULLS FIRST'}"
    order = ", ".join(_ORDER_DESC if q.descending else _ORDER)
    assert q.limit is not None
    end = q.offset + q.limit
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    sql = f"""
        WITH matches AS MATERIALIZED (
            SELECT {key} AS row_key, {day} AS day FROM events WHERE {where}),
        per_day AS (SELECT day, count(*) AS n FROM matches GROUP BY day),
        running AS (SELECT day, n, sum(n) OVER (ORDER BY {days_order}) - n AS before
                    FROM per_day),
        span AS (SELECT day, before FROM running WHERE before < ? AND before + n > ?),
        ranked AS (
            SELECT {key} AS row_key,
                   (SELECT min(before) FROM span) + row_number() OVER (ORDER BY {order})
                       AS position
            FROM events WHERE {key} IN (
                SELECT m.row_key FROM matches m JOIN span s
                ON m.day IS NOT DISTINCT FROM s.day)),
        page AS (SELECT row_key, position FROM ranked WHERE position > ? AND position <= ?)
        SELECT (SELECT sum(n) FROM per_day) AS total, p.position, {cols}
        FROM (SELECT 1 AS one) AS always
        LEFT JOIN (page p JOIN events e ON e.{key} = p.row_key) ON TRUE
        ORDER BY p.position
    """
    return sql, [*params, end, q.offset, q.offset, end]


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
    """Dated within HISTORY_DAYS before the article (or with nothing to compare). Days
    are added to a date as a number (a date again, in DuckDB and PostgreSQL): with an
    INTERVAL each row's dates became timestamps first, most of a dyad's series' scan."""
    return (f"(published IS NULL OR date IS NULL OR "
            f"(date >= published - {int(HISTORY_DAYS)} AND date <= published + 1))")


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


def dyad_signals(min_events: int, between: tuple[str, str] | None = None) -> Sql:
    """Per country pair with enough current events: their ids, Goldstein scores and days,
    each in date order (for change points), the most active pair first."""
    order = f"{series_date()}, article_id, sentence_index, id"
    where = [current_events(), "source_country IS NOT NULL", "target_country IS NOT NULL",
             "source_country <> target_country", f"{series_date()} IS NOT NULL"]
    params: list[Any] = []
    if between:
        a, b = between
        where.append("((source_country = ? AND target_country = ?) OR "
                     "(source_country = ? AND target_country = ?))")
        params += [a, b, b, a]
    return (f"""
        SELECT least(source_country, target_country) AS a,
               greatest(source_country, target_country) AS b,
               array_agg(id ORDER BY {order}), array_agg(goldstein ORDER BY {order}),
               array_agg({series_date()} ORDER BY {order})
        FROM events WHERE {' AND '.join(where)}
        GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY count(*) DESC, a, b
    """, [*params, min_events])


def dyad_fingerprints(min_events: int, hashed: str) -> Sql:
    """Per country pair with enough current events: how many, and a sum of hashes of what
    change-point detection reads of each (`hashed` is the backend's hash of a text, with
    `{}` for it), so a pair whose signal changed is told from one whose did not."""
    each = hashed.format(f"id || '|' || article_id || '|' || CAST({series_date()} AS VARCHAR)"
                         " || '|' || CAST(goldstein AS VARCHAR)")
    where = [current_events(), "source_country IS NOT NULL", "target_country IS NOT NULL",
             "source_country <> target_country", f"{series_date()} IS NOT NULL"]
    return (f"""
        SELECT least(source_country, target_country) AS a,
               greatest(source_country, target_country) AS b, count(*), sum({each})
        FROM events WHERE {' AND '.join(where)}
        GROUP BY 1, 2 HAVING count(*) >= ?
    """, [min_events])


def active_dyads(min_events: int, limit: int | None = None) -> Sql:
    """Country pairs with at least `min_events` current events, the most active first (at
    most `limit` of them)."""
    sql, params = (f"""
        SELECT least(source_country, target_country) AS a,
               greatest(source_country, target_country) AS b, count(*) AS n
        FROM events
        WHERE {current_events()} AND source_country IS NOT NULL
          AND target_country IS NOT NULL AND source_country <> target_country
          AND {series_date()} IS NOT NULL
        GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY n DESC, a, b
    """, [min_events])
    if limit is not None:
        sql, params = sql + " LIMIT ?", [*params, limit]
    return sql, params


def articles_by_id(count: int) -> str:
    marks = ", ".join("?" for _ in range(count))
    return f"SELECT {{cols}} FROM articles WHERE id IN ({marks})"
