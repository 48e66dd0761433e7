"""The versioned schema: each migration moves a database from version N-1 to N.

The columns of the `articles` and `events` tables are the records' own columns
(columns.py): a field added to `Event` with `spec(since=N)` becomes a column in migration N
by itself. What a migration does beyond adding columns (tables of the store's own,
indexes, back-filling values) is written out below under its version.

A newer entente upgrades an older database in place; an older entente refuses a newer one.
"""

from __future__ import annotations

from entente.columns import added_columns, column_names, columns, create_table, schema_version_of
from entente.records import Article, Event, Quote

# Columns of the articles table that are the store's, not the record's.
ARTICLE_STORE_COLUMNS = ("ingested_at", "story_id")

# What each version does besides adding the records' columns (run after those).
STATEMENTS: dict[int, list[str]] = {
    1: [
        create_table("articles", Article, extra=("ingested_at TIMESTAMP NOT NULL",)),
        create_table("events", Event),
        "CREATE INDEX events_article ON events (article_id)",
        "CREATE INDEX events_date ON events (date)",
        "CREATE INDEX events_dyad ON events (source_country, target_country)",
    ],
    # version 2: where events happened (the place columns)
    # version 3: stories (near-duplicate articles) and the mentions of each event in them
    3: [
        "ALTER TABLE articles ADD COLUMN story_id VARCHAR",
        "ALTER TABLE articles ADD COLUMN minhash BLOB",
        "UPDATE articles SET story_id = id",
        # DuckDB builds an index only before a transaction's updates of the table
        "CREATE INDEX events_story ON events (story_id)",
        "UPDATE events SET story_id = article_id, num_articles = 1, num_sources = 1",
        """
        CREATE TABLE mentions (
            event_id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            sentence_index INTEGER NOT NULL,
            evidence VARCHAR NOT NULL,
            outlet VARCHAR,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (event_id, article_id)
        )
        """,
        """
        INSERT INTO mentions
        SELECT e.id, e.article_id, e.sentence_index, e.evidence, a.outlet, e.mentions
        FROM events e LEFT JOIN articles a ON a.id = e.article_id
        """,
    ],
    # version 4: the outlet an article credits for a claim (credited_source)
    # version 5: the act an intent, threat, refusal, demand or appeal names (intended)
    # version 6: the quote or claim an event was coded inside (quote_id)
    # version 7: quotes and reported claims, and who makes them
    7: [
        create_table("quotes", Quote),
        "CREATE INDEX quotes_article ON quotes (article_id)",
        "CREATE INDEX quotes_speaker ON quotes (speaker_country)",
    ],
    # version 8: the mentions of an event found by its id alone (a batch's recount)
    8: ["CREATE INDEX mentions_event ON mentions (event_id)"],
}
QUOTES_SINCE = 7  # the version that made the quotes table

SCHEMA_VERSION = max(max(STATEMENTS), schema_version_of(Article, Event))


def migration(version: int) -> list[str]:
    """The statements that move a database from `version - 1` to `version`."""
    return [*added_columns("articles", Article, version),
            *added_columns("events", Event, version),
            *(added_columns("quotes", Quote, version) if version > QUOTES_SINCE else []),
            *STATEMENTS.get(version, [])]


MIGRATIONS: list[list[str]] = [migration(v) for v in range(1, SCHEMA_VERSION + 1)]

EVENT_COLUMNS: tuple[str, ...] = column_names(Event)
ARTICLE_COLUMNS: tuple[str, ...] = (*column_names(Article), *ARTICLE_STORE_COLUMNS)
QUOTE_COLUMNS: tuple[str, ...] = column_names(Quote)

# SQL types of the columns a batch writes (store/writes.py), in the order above; an
# article's row ends with its MinHash signature.
EVENT_TYPES: tuple[str, ...] = tuple(c.sql for c in columns(Event))
ARTICLE_TYPES: tuple[str, ...] = (*(c.sql for c in columns(Article)), "TIMESTAMP", "VARCHAR",
                                  "BLOB")
QUOTE_TYPES: tuple[str, ...] = tuple(c.sql for c in columns(Quote))
