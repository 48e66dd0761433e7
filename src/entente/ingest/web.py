"""Addresses as inputs: a page becomes an article, a feed its entries."""

from __future__ import annotations

from collections.abc import Iterator

from entente.errors import InputError
from entente.ingest.decode import decode_bytes
from entente.ingest.fetch import Fetcher
from entente.ingest.readers import ReadResult, display_name, parse_document, result_of

FEED_TYPES = ("xml", "rss", "atom")


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def read_url(url: str, fetcher: Fetcher, fetch_entries: bool = False) -> Iterator[ReadResult]:
    """The article at `url`, or every entry of the feed there."""
    try:
        page = fetcher.get(url)
    except InputError as exc:
        yield ReadResult(display_name(url), "url", error=exc)
        return
    ctype = page.content_type.lower()
    if any(t in ctype for t in FEED_TYPES) or page.body.lstrip()[:5] in (b"<?xml", b"<rss ",
                                                                        b"<feed"):
        from entente.ingest.feeds import read_feed_bytes

        yield from read_feed_bytes(page.body, url, fetcher if fetch_entries else None)
        return
    from entente.ingest.warc import charset_of

    try:
        text, encoding = decode_bytes(page.body, url, declared=charset_of(page.content_type))
        yield result_of(parse_document(text, "html", url, url=page.url), "url", encoding)
    except InputError as exc:
        yield ReadResult(url, "url", error=exc)
