"""The Python API, for notebooks: the way analysts use spaCy and pandas.

    import entente
    events = entente.code(["Cuba and Venezuela signed an agreement."], lang="en")
    df = entente.events("news.duckdb", dyad=("CUB", "VEN"))      # a pandas DataFrame
    s = entente.series("CUB", "VEN", db="news.duckdb", period="quarter")
    top = entente.shifts("news.duckdb", top=5)

Records come back as entente's typed records (`code`) or as DataFrames whose columns are
the records' flat columns (columns.py: the same as the store, CSV and Parquet). The CLI
commands `code`, `events`, `relations` and `shifts` run the same functions. pandas is
needed only for the DataFrames, and imported only when one is made.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from entente.analysis.shifts import Shift, ShiftParams
from entente.columns import column_names, flat
from entente.errors import EntenteError
from entente.records import Article, Event
from entente.services.relations import Relation, Relations
from entente.services.stores import open_for_reading
from entente.store import EventQuery
from entente.vocabulary import LANGUAGES, Modality, parse_date

if TYPE_CHECKING:
    import pandas as pd

    from entente.pipeline import Pipeline

__all__ = ["code", "code_articles", "events", "frame", "query", "read_events", "relation",
           "series", "shift_list", "shifts"]


# -- coding ------------------------------------------------------------------------------


def code_articles(pipeline: Pipeline, articles: Iterable[Article]
                  ) -> Iterator[tuple[Article, list[Event]]]:
    """Each article with the events it states, in order (`entente code` prints these)."""
    yield from pipeline.code_many(articles)


def code(texts: str | Iterable[str], lang: str | None = None,
         published: date | str | None = None, pipeline: Pipeline | None = None,
         happened: bool = False) -> list[Event]:
    """The events the texts state. `lang` "en" or "es" (detected per text when None);
    `published`, the day relative dates ("on Monday") resolve against; `happened` keeps
    only asserted and reported events. A text's events carry `doc_id` "1", "2", ... in
    order. Pass a `pipeline` to reuse its loaded models across calls.
    Raises EntenteError for a language entente does not code."""
    from entente.ingest.langid import detect_language
    from entente.pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    day = parse_date(published)
    docs = [texts] if isinstance(texts, str) else list(texts)
    articles = []
    for i, text in enumerate(docs, start=1):
        the_lang = lang or detect_language(text, prefer=LANGUAGES, margin=0.0)
        if not pipeline.supports(the_lang):
            raise EntenteError(f"text {i}: language {the_lang or 'unknown'} is not coded "
                               f"(use lang= one of {', '.join(LANGUAGES)})")
        articles.append(Article(id=str(i), text=text, lang=the_lang, published=day))
    return [e for _a, evs in code_articles(pipeline, articles) for e in evs
            if not happened or e.modality.happened]


# -- reading a store ---------------------------------------------------------------------


def query(actor: str | None = None, dyad: Sequence[str] | None = None,
          directed: bool = False, cameo: str | None = None, root: str | None = None,
          since: date | str | None = None, until: date | str | None = None,
          words: Sequence[str] = (), modality: str = "happened",
          limit: int | None = None, newest_first: bool = False, dyadic: bool = False,
          asserted_by: str | None = None) -> EventQuery:
    """An EventQuery from keyword filters (the filters of `entente events`)."""
    a_b = (str(dyad[0]).upper(), str(dyad[1]).upper()) if dyad else None
    return EventQuery(actor=actor.upper() if actor else None, dyad=a_b, directed=directed,
                      cameo=cameo, root=root, since=parse_date(since),
                      until=parse_date(until), words=tuple(words),
                      modalities=Modality.selection(modality), limit=limit,
                      descending=newest_first, dyadic=dyadic, asserted_by=asserted_by)


def read_events(db: str | None, q: EventQuery) -> list[Event]:
    """The events `q` matches in the store (or run output) at `db`."""
    with open_for_reading(db) as store:
        return store.events(q)


def events(db: str | None = None, **filters: Any) -> pd.DataFrame:
    """The stored events as a DataFrame, one row per event, the flat Event columns.
    Filters as `query()` takes them: actor, dyad, directed, cameo, root, since, until,
    words, modality ("happened", "all" or one modality), limit, newest_first, dyadic,
    asserted_by."""
    return frame(read_events(db, query(**filters)), Event)


def relation(a: str, b: str, db: str | None = None, period: str = "month") -> Relation:
    with open_for_reading(db) as store:
        return Relations(store).relation(a, b, period)


def series(a: str, b: str, db: str | None = None, period: str = "month") -> pd.DataFrame:
    """A dyad's series as a DataFrame: one row per (direction, period), with events,
    Goldstein sum and mean, QuadClass counts and events per 100 articles."""
    pd = _pandas()
    rel = relation(a, b, db, period)
    rows = [{"direction": d, **p.to_dict()} for d, pts in rel.series.points.items()
            for p in pts]
    df = pd.DataFrame(rows)
    if not df.empty:
        df["period"] = pd.to_datetime(df["period"])
    return df


def shift_list(db: str | None = None, top: int | None = None,
               params: ShiftParams | None = None) -> list[Shift]:
    """The largest shifts in relations, biggest first, each with its driving events."""
    with open_for_reading(db) as store:
        return Relations(store).shifts(params, top)


def shifts(db: str | None = None, top: int | None = None,
           params: ShiftParams | None = None) -> pd.DataFrame:
    """The shifts as a DataFrame, one row per shift, biggest first (their driving events
    are in `shift_list`)."""
    pd = _pandas()
    rows = []
    for s in shift_list(db, top, params):
        d = s.to_dict()
        d.pop("drivers")
        rows.append(d)
    return pd.DataFrame(rows)


def frame(records: Iterable[Any], kind: type = Event) -> pd.DataFrame:
    """Records of one kind as a DataFrame of their flat columns (in column order, also
    when there are none)."""
    pd = _pandas()
    return pd.DataFrame([flat(r) for r in records], columns=list(column_names(kind)))


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise EntenteError("DataFrames need pandas: pip install pandas") from exc
    return pd
