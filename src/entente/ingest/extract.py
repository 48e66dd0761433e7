"""Main text and metadata from HTML, Markdown and plain text (no I/O here)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from entente.errors import InputError
from entente.vocabulary import parse_date

__all__ = ["MIN_TEXT_CHARS", "Extracted", "extract_html", "extract_plain", "parse_date"]

# Shorter than this after extraction and we say the page has no main text.
MIN_TEXT_CHARS = 80


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    lang: str | None = None


def extract_html(html: str, origin: str, url: str | None = None) -> Extracted:
    """Main text and metadata of a news page, boilerplate dropped (trafilatura).

    Raises InputError when no main text of useful length remains.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS:
        raise InputError(origin, "no main text found in the HTML page",
                         "check that the file is a complete article page")
    title = _clean(getattr(doc, "title", None))
    text = _drop_leading_title(text, title)
    return Extracted(
        text=text,
        title=title,
        outlet=_clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)) or url,
        published=parse_date(getattr(doc, "date", None)),
        lang=_clean(getattr(doc, "language", None)),
    )


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a leading `---` block of `key: value` lines from the body."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end():]


def extract_plain(text: str, origin: str, markdown: bool = False) -> Extracted:
    """Text and metadata from plain text or Markdown with optional front matter.

    Without a `title:` the first line is the headline when a blank line follows it.
    """
    meta, body = split_front_matter(text)
    if markdown:
        body = strip_markdown(body)
    body = body.strip()
    title = meta.get("title") or None
    lines = body.splitlines()
    if title is None and len(lines) > 2 and lines[0].strip() and not lines[1].strip():
        title = lines[0].strip()
        body = "\n".join(lines[2:]).strip()
    else:
        body = _drop_leading_title(body, title)
    if len(body) < MIN_TEXT_CHARS // 2:
        raise InputError(origin, "too little text to be an article",
                         "check the file is complete")
    return Extracted(
        text=body,
        title=title,
        outlet=meta.get("outlet") or meta.get("source") or None,
        url=meta.get("url") or None,
        published=parse_date(meta.get("published") or meta.get("date")),
        lang=meta.get("lang") or None,
    )


_MD_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])"), r"\1"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),  # code
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),  # bullets
    (re.compile(r"^\s*([-*_]\s*){3,}$", re.M), ""),  # rules
]


def strip_markdown(text: str) -> str:
    """Markdown to plain prose: markup removed, words kept."""
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


def _drop_leading_title(text: str, title: str | None) -> str:
    if not title:
        return text
    first, sep, rest = text.partition("\n")
    if sep and first.strip().casefold() == title.casefold():
        return rest.strip()
    return text
