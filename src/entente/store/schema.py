"""The versioned schema: each migration moves a database from version N-1 to N.

A newer entente upgrades an older database in place; an older entente refuses a newer one.
"""

from __future__ import annotations

ACTOR_COLUMNS = ("code", "country", "sector", "text", "kb_id", "how")
PLACE_COLUMNS = ("name", "country", "admin1", "latitude", "longitude", "geonameid", "precision",
                 "how")

_ACTOR_DDL = ",\n".join(
    f"    {side}_{col} VARCHAR" for side in ("source", "target") for col in ACTOR_COLUMNS
)

MIGRATIONS: list[list[str]] = [
    # version 1: articles and events
    [
        """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL UNIQUE,
            title VARCHAR,
            outlet VARCHAR,
            url VARCHAR,
            published DATE,
            lang VARCHAR,
            origin VARCHAR,
            source_format VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL
        )
        """,
        f"""
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            sentence_index INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            evidence VARCHAR NOT NULL,
{_ACTOR_DDL},
            cameo VARCHAR NOT NULL,
            root VARCHAR NOT NULL,
            plover VARCHAR,
            plover_mode VARCHAR,
            goldstein DOUBLE NOT NULL,
            quad_class INTEGER NOT NULL,
            trigger VARCHAR NOT NULL,
            modality VARCHAR NOT NULL,
            date DATE,
            date_precision VARCHAR,
            published DATE,
            asserted_by VARCHAR,
            mentions INTEGER NOT NULL,
            lang VARCHAR,
            coder_version VARCHAR NOT NULL
        )
        """,
        "CREATE INDEX events_article ON events (article_id)",
        "CREATE INDEX events_date ON events (date)",
        "CREATE INDEX events_dyad ON events (source_country, target_country)",
    ],
    # version 2: where events happened
    [
        "ALTER TABLE events ADD COLUMN place_name VARCHAR",
        "ALTER TABLE events ADD COLUMN place_country VARCHAR",
        "ALTER TABLE events ADD COLUMN place_admin1 VARCHAR",
        "ALTER TABLE events ADD COLUMN place_latitude DOUBLE",
        "ALTER TABLE events ADD COLUMN place_longitude DOUBLE",
        "ALTER TABLE events ADD COLUMN place_geonameid BIGINT",
        "ALTER TABLE events ADD COLUMN place_precision VARCHAR",
        "ALTER TABLE events ADD COLUMN place_how VARCHAR",
    ],
    # version 3: stories (near-duplicate articles) and the mentions of each event in them
    [
        "ALTER TABLE articles ADD COLUMN story_id VARCHAR",
        "ALTER TABLE articles ADD COLUMN minhash BLOB",
        "UPDATE articles SET story_id = id",
        "ALTER TABLE events ADD COLUMN story_id VARCHAR",
        "ALTER TABLE events ADD COLUMN num_articles INTEGER DEFAULT 1",
        "ALTER TABLE events ADD COLUMN num_sources INTEGER DEFAULT 1",
        # DuckDB builds an index only before a transaction's updates
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
    # version 4: the outlet an article credits for a claim
    [
        "ALTER TABLE events ADD COLUMN credited_source VARCHAR",
    ],
    # version 5: the act an intent, threat, refusal, demand or appeal names
    [
        "ALTER TABLE events ADD COLUMN intended VARCHAR",
    ],
    # version 6: the quote or claim an event was coded inside
    [
        "ALTER TABLE events ADD COLUMN quote_id VARCHAR",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "article_id", "sentence_index", "span_start", "span_end", "evidence",
    *(f"{side}_{col}" for side in ("source", "target") for col in ACTOR_COLUMNS),
    "cameo", "root", "plover", "plover_mode", "goldstein", "quad_class", "trigger",
    "modality", "date", "date_precision", "published", "asserted_by", "mentions", "lang",
    "coder_version", *(f"place_{col}" for col in PLACE_COLUMNS), "story_id", "num_articles",
    "num_sources", "credited_source", "intended", "quote_id",
)

ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "content_hash", "title", "outlet", "url", "published", "lang", "origin",
    "source_format", "text", "ingested_at", "story_id",
)
