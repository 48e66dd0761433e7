"""RSS and Atom feeds: entries become articles.

XML from strangers is first checked with defusedxml, which refuses entity declarations
(billion laughs, external entities); feedparser then reads the entries. An entry's own
content is used when it is long enough; otherwise its page is fetched when a Fetcher is
given (fetching allowed), else the entry is reported as having no text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from entente.errors import InputError
from entente.ingest.extract import MIN_TEXT_CHARS, Extracted, extract_html
from entente.ingest.fetch import Fetcher
from entente.ingest.readers import ReadResult, display_name, make_article, result_of

_TAG = re.compile(r"<[^>]+>")


def read_feed_file(path: Path, max_bytes: int, fetcher: Fetcher | None = None
                   ) -> Iterator[ReadResult]:
    name = display_name(path)
    try:
        if path.stat().st_size > max_bytes:
            raise InputError(name, "feed file too large", "raise --max-bytes")
        data = path.read_bytes()
    except OSError as exc:
        yield ReadResult(name, "feed", error=InputError(name, f"cannot read file: {exc}"))
        return
    except InputError as exc:
        yield ReadResult(name, "feed", error=exc)
        return
    yield from read_feed_bytes(data, name, fetcher)


def read_feed_bytes(data: bytes, origin: str, fetcher: Fetcher | None = None
                    ) -> Iterator[ReadResult]:
    """Every entry of a feed as a ReadResult (origin: feed#entry number)."""
    try:
        check_xml(data, origin)
    except InputError as exc:
        yield ReadResult(origin, "feed", error=exc)
        return
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield ReadResult(origin, "feed", error=InputError(
            origin, f"not a readable RSS or Atom feed ({reason})", "check the file or URL"))
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        try:
            yield result_of(_entry_article(entry, outlet, entry_origin, fetcher), "feed")
        except InputError as exc:
            yield ReadResult(entry_origin, "feed", error=exc)


def check_xml(data: bytes, origin: str) -> None:
    """Refuse XML with entity declarations or that does not parse at all."""
    import defusedxml.ElementTree as safe_et
    from defusedxml import DefusedXmlException

    try:
        safe_et.fromstring(data)
    except DefusedXmlException as exc:
        raise InputError(origin, f"unsafe XML refused ({exc.__class__.__name__}: entity or "
                         "DTD declarations)", "feeds never need them; do not ingest it") from exc
    except Exception as exc:  # noqa: BLE001 - any parse failure of a stranger's XML
        raise InputError(origin, f"malformed XML ({exc})", "check the feed") from exc


def _entry_article(entry: Any, outlet: str | None, origin: str,
                   fetcher: Fetcher | None) -> Any:
    link = entry.get("link")
    html = ""
    if entry.get("content"):
        html = entry["content"][0].get("value", "")
    html = html or entry.get("summary", "")
    text = ""
    if html:
        try:
            text = extract_html(f"<html><body><article>{html}</article></body></html>",
                                origin, url=link).text
        except InputError:
            text = " ".join(_TAG.sub(" ", html).split())
    if len(text) < MIN_TEXT_CHARS and fetcher is not None and link:
        from entente.ingest.decode import decode_bytes
        from entente.ingest.warc import charset_of

        page = fetcher.get(link)
        body, _ = decode_bytes(page.body, link, declared=charset_of(page.content_type))
        text = extract_html(body, link, url=link).text
    if len(text) < MIN_TEXT_CHARS // 2:
        raise InputError(origin, "feed entry has no article text",
                         "use --fetch to download the full page" if link else None)
    published = _entry_date(entry)
    return make_article(Extracted(text=text, title=entry.get("title"), outlet=outlet,
                                  url=link, published=published), origin, "feed")


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None
