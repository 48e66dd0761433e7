"""Files and folders into Articles, one ReadResult per document, never stopping on one bad input.

Formats by extension: .html/.htm (main text by trafilatura), .txt (plain text), .md/.markdown
(Markdown), .jsonl/.ndjson (one article per line with `text` or `html`, `title`, `url`,
`published`, `outlet`, `lang`). Plain text and Markdown may open with a `---` front-matter
block of `key: value` lines.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

from entente.errors import InputError, clip
from entente.ingest.decode import clean_line, clean_text, decode_bytes
from entente.ingest.extract import Extracted, extract_html, extract_plain
from entente.ingest.fetch import Fetcher
from entente.ingest.langid import detect_language
from entente.records import Article
from entente.vocabulary import LANGUAGES, parse_date

log = logging.getLogger(__name__)

FORMATS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # one document file; JSONL is limited per line instead
MAX_JSONL_LINE_BYTES = 5 * 1024 * 1024
CODED_LANGS = LANGUAGES  # preferred by language detection when nearly as likely
_NOT_ARTICLES = {"README", "LICENSE", "CHANGELOG"}


# Publication dates outside this window are a page's mistake (9999-12-31, 0001-01-01),
# not news: the article keeps no date, and a warning says so.
FIRST_PLAUSIBLE_DAY = date(1900, 1, 1)
PLAUSIBLE_DAYS_AHEAD = 7
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


@dataclass(frozen=True, slots=True)
class ReadResult:
    """One document read, or the reason it could not be: exactly one of the two is set."""

    origin: str
    source_format: str
    article: Article | None = None
    error: InputError | None = None
    warnings: tuple[str, ...] = ()  # what was read but not kept (an absurd date)
    encoding: str | None = None  # the text encoding chosen, for a document read as bytes


def display_name(path: str | Path) -> str:
    """A path as entente prints and stores it: itself when it is printable UTF-8; else
    with undecodable bytes (\\xff), controls (a newline, a terminal escape) and
    backslashes escaped, so that no name can forge an error line and none is lost."""
    raw = os.fsencode(str(path))
    try:
        text = raw.decode("utf-8")
        if text.isprintable():
            return text
    except UnicodeDecodeError:
        pass
    out = []
    for c in raw.decode("utf-8", "surrogateescape"):
        if 0xDC80 <= ord(c) <= 0xDCFF:  # a byte that is not UTF-8
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        elif c == "\\":
            out.append("\\\\")
        elif c.isprintable():
            out.append(c)
        else:
            out.append(c.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def plausible_published(day: date | None) -> bool:
    """Whether a publication date can be true: from 1900 to a few days after today."""
    return day is None or FIRST_PLAUSIBLE_DAY <= day <= date.today() + timedelta(
        days=PLAUSIBLE_DAYS_AHEAD)


@dataclass(frozen=True, slots=True)
class ReadContext:
    """What every reader is given: the size limit, and the fetcher (None: no network).

    With a fetcher, http(s) addresses are read, and so are the pages of feed entries that
    carry no text of their own, whether the feed is an address or a local file.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    fetcher: Fetcher | None = None


@dataclass(frozen=True, slots=True)
class Discovered:
    """A file found under the inputs, or a path that could not be used."""

    path: Path
    source_format: str | None
    error: InputError | None = None


def discover(paths: Iterable[str | Path]) -> list[Discovered]:
    """Every readable file under `paths` (folders walked in sorted order), or why not: a
    missing path, a dangling link, a link loop and a folder that cannot be read are each
    reported, never skipped silently."""
    found: list[Discovered] = []
    for raw in paths:
        path = Path(raw)
        if path.is_symlink() and not path.exists():
            found.append(_link_error(path))
        elif not path.exists():
            found.append(Discovered(path, None, InputError(
                display_name(path), "no such file or folder", "check the path")))
        elif path.is_dir():
            found += _walk(path, {path.resolve()})
        else:
            fmt = format_of(path)
            if fmt is None:
                suffix = clip(display_name(path.suffix), 20) or "(none)"
                found.append(Discovered(path, None, InputError(
                    display_name(path), f"unsupported file type {suffix}",
                    "use .html, .txt, .md, .jsonl, .warc(.gz), .rss, .atom or .xml")))
            else:
                found.append(Discovered(path, fmt))
    return found


def _walk(folder: Path, seen: set[Path]) -> list[Discovered]:
    """The files under `folder` in sorted order; `seen` holds the real paths of the
    folders being walked, so that a link back up is reported rather than followed."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        return [Discovered(folder, None, InputError(
            display_name(folder), f"cannot read folder ({exc.strerror or exc})",
            "check its permissions"))]
    found: list[Discovered] = []
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_symlink() and not path.exists():
                found.append(_link_error(path))
            elif entry.is_dir():
                real = path.resolve()
                if real in seen:
                    found.append(Discovered(path, None, InputError(
                        display_name(path), "link loop (a link to a folder that contains it)",
                        "remove the link")))
                else:
                    found += _walk(path, seen | {real})
            elif entry.is_file():
                fmt = format_of(path)
                if (entry.name.startswith(".") or fmt is None
                        or path.stem.upper() in _NOT_ARTICLES):
                    continue  # a folder's README describes the corpus, it is not news
                found.append(Discovered(path, fmt))
        except (OSError, RuntimeError) as exc:
            found.append(Discovered(path, None, InputError(
                display_name(path), f"cannot read ({exc})", "check the path")))
    return found


def _link_error(path: Path) -> Discovered:
    try:
        path.resolve(strict=True)
        reason = "dangling link (its target does not exist)"
    except RuntimeError:
        reason = "symbolic link loop"
    except OSError as exc:
        reason = ("symbolic link loop" if exc.errno == 40 else
                  "dangling link (its target does not exist)")
    return Discovered(path, None, InputError(display_name(path), reason,
                                             "fix or remove the link"))


def format_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return FORMATS.get(path.suffix.lower())


def read_paths(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ReadResult]:
    """Read every document under `paths`; bad ones come back as results with an error."""
    for _done, _total, results in read_inputs(paths, ReadContext(max_bytes)):
        yield from results


def read_inputs(inputs: Iterable[str | Path], context: ReadContext
                ) -> Iterator[tuple[int, int, Iterator[ReadResult]]]:
    """(inputs done, inputs in all, the documents of the next input) for files, folders
    and http(s) addresses; an address without a fetcher is an error result."""
    from entente.ingest.web import is_url, read_url

    names = [str(p) for p in inputs]
    urls = [n for n in names if is_url(n)]
    found = discover([n for n in names if not is_url(n)])
    total = len(found) + len(urls)
    for done, item in enumerate(found, start=1):
        yield done, total, read_discovered(item, context)
    for done, url in enumerate(urls, start=len(found) + 1):
        if context.fetcher is None:
            yield done, total, iter([ReadResult(display_name(url), "url", error=InputError(
                display_name(url), "fetching is not enabled", "pass --fetch to read addresses"))])
        else:
            yield done, total, read_url(url, context.fetcher, fetch_entries=True)


def read_discovered(item: Discovered, context: ReadContext | None = None
                    ) -> Iterator[ReadResult]:
    context = context or ReadContext()
    max_bytes = context.max_bytes
    origin = display_name(item.path)
    if item.error is not None or item.source_format is None:
        yield ReadResult(origin, item.source_format or "unknown", error=item.error)
        return
    if item.source_format == "jsonl":
        yield from read_jsonl(item.path)
        return
    if item.source_format == "warc":
        from entente.ingest.warc import read_warc

        yield from read_warc(item.path)
        return
    if item.source_format == "feed":
        from entente.ingest.feeds import read_feed_file

        yield from read_feed_file(item.path, max_bytes, context.fetcher)
        return
    try:
        article, encoding = read_document_encoded(item.path, item.source_format, max_bytes)
        yield result_of(article, item.source_format, encoding)
    except InputError as exc:
        yield ReadResult(origin, item.source_format, error=exc)


def result_of(article: Article, source_format: str, encoding: str | None = None
              ) -> ReadResult:
    """A read article as a result, checked (see `checked`)."""
    article, warnings = checked(article)
    return ReadResult(article.origin or article.id, source_format, article=article,
                      warnings=warnings, encoding=encoding)


def checked(article: Article) -> tuple[Article, tuple[str, ...]]:
    """The article with an implausible publication date dropped, and a warning saying so
    (9999-12-31 overflowed the coder; 0001-01-01 made series span 2,025 years)."""
    if plausible_published(article.published):
        return article, ()
    warning = (f"publication date {article.published} ignored: outside "
               f"{FIRST_PLAUSIBLE_DAY.year} to {PLAUSIBLE_DAYS_AHEAD} days from today")
    log.warning("%s: %s", article.origin or article.id, warning)
    return replace(article, published=None), (warning,)


def read_document(path: Path, source_format: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One HTML, text or Markdown file as an Article. Raises InputError."""
    return read_document_encoded(path, source_format, max_bytes)[0]


def read_document_encoded(path: Path, source_format: str, max_bytes: int = DEFAULT_MAX_BYTES
                          ) -> tuple[Article, str]:
    """One HTML, text or Markdown file as an Article, and the encoding it was read in."""
    origin = display_name(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(origin, f"file too large ({size / 1e6:.1f} MB > "
                             f"{max_bytes / 1e6:.1f} MB limit)",
                             "split it, or raise the limit with --max-bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(origin, f"cannot read file: {exc.strerror or exc}") from exc
    text, encoding = decode_bytes(data, origin)
    return parse_document(text, source_format, origin), encoding


def parse_document(text: str, source_format: str, origin: str,
                   url: str | None = None) -> Article:
    """Decoded text of one document (HTML, text or Markdown) as an Article."""
    if source_format == "html":
        ex = extract_html(text, origin, url=url)
    else:
        ex = extract_plain(text, origin, markdown=source_format == "markdown")
    return make_article(ex, origin, source_format)


def read_jsonl(path: Path) -> Iterator[ReadResult]:
    """Each line of a JSONL file as its own result; a bad line never stops the file.

    UTF-8 (a byte-order mark is skipped) or UTF-16/32 with a mark; a file that is neither
    (a binary file named .jsonl) is one error, not one per line."""
    name = display_name(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadResult(name, "jsonl", error=InputError(name, f"cannot read file: {exc}"))
        return
    with handle:
        head = handle.read(65536)
        handle.seek(0)
        lines: Iterable[bytes | str]
        mark = next((enc for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"),
                                           (codecs.BOM_UTF32_BE, "utf-32"),
                                           (codecs.BOM_UTF16_LE, "utf-16"),
                                           (codecs.BOM_UTF16_BE, "utf-16"))
                     if head.startswith(bom)), None)
        if mark is not None:
            lines = _text_lines(handle, mark)
        elif b"\x00" in head or _binary(head):
            yield ReadResult(name, "jsonl", error=InputError(
                name, "binary file, not JSONL", "remove it from the input"))
            return
        else:
            if head.startswith(codecs.BOM_UTF8):
                handle.seek(len(codecs.BOM_UTF8))
            lines = _byte_lines(handle)
        try:
            for lineno, raw in enumerate(lines, start=1):
                origin = f"{name}#{lineno}"
                if not raw.strip():
                    continue
                try:
                    if len(raw) > MAX_JSONL_LINE_BYTES:
                        raise InputError(origin, f"line too long ({len(raw) / 1e6:.1f} MB)",
                                         "split the document or store it as its own file")
                    yield result_of(parse_jsonl_record(raw, origin), "jsonl")
                except InputError as exc:
                    yield ReadResult(origin, "jsonl", error=exc)
        except UnicodeDecodeError as exc:
            yield ReadResult(name, "jsonl", error=InputError(
                name, f"not valid {mark} text ({exc.reason})", "re-save the file as UTF-8"))


def _text_lines(handle: IO[bytes], encoding: str) -> Iterator[bytes | str]:
    with io.TextIOWrapper(handle, encoding=encoding, newline=None) as text:
        yield from text


def _byte_lines(handle: IO[bytes]) -> Iterator[bytes | str]:
    yield from handle


def _binary(head: bytes) -> bool:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > 0.05 * max(1, len(head))


def parse_jsonl_record(raw: bytes | str, origin: str) -> Article:
    """One JSONL line (`text` or `html` plus metadata) as an Article. Raises InputError,
    for any line that does not decode (nested 100,000 deep, a number of 5,000 digits) as
    `malformed JSON`."""
    try:
        line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        record: Any = json.loads(line.removeprefix("\ufeff"))
    except (ValueError, RecursionError, MemoryError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else clip(str(exc))
        raise InputError(origin, f"malformed JSON ({reason})",
                         "fix or remove the line; each line must be one JSON object") from None
    if not isinstance(record, dict):
        raise InputError(origin, "JSON line is not an object", "write one object per line")
    lang = record.get("lang")
    if lang is not None and not (isinstance(lang, str) and (
            not lang.strip() or _LANG.fullmatch(lang.strip()))):
        raise InputError(origin, f"lang must be a language code such as en or es, not "
                         f"{clip(json.dumps(lang), 40)}", "fix or remove the field")
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip() and not (isinstance(text, str) and text.strip()):
        ex = extract_html(html, origin, url=_str(record.get("url")))
    elif isinstance(text, str) and text.strip():
        ex = Extracted(text=text.strip())
    else:
        raise InputError(origin, "no `text` or `html` field", "add the article text")
    ex = Extracted(
        text=ex.text,
        title=_str(record.get("title")) or ex.title,
        outlet=_str(record.get("outlet")) or ex.outlet,
        url=_str(record.get("url")) or ex.url,
        published=parse_date(record.get("published") or record.get("date")) or ex.published,
        lang=_str(lang) or ex.lang,
    )
    return make_article(ex, origin, "jsonl")


def make_article(ex: Extracted, origin: str, source_format: str) -> Article:
    """An Article from extracted text, its id the content hash, its language detected if
    unset. Every source's article passes here: control characters (NUL among them, which
    PostgreSQL refuses) and lone surrogates are removed from its text and fields."""
    text = clean_text(ex.text).strip()
    if not text:
        raise InputError(origin, "no text left once control characters are removed",
                         "check the file is text")
    content_hash = Article.hash_text(text)
    lang = (clean_line(ex.lang) or "").split("-")[0].split("_")[0].lower() or \
        detect_language(text, CODED_LANGS)
    return Article(
        id=content_hash[:16],
        text=text,
        title=clean_line(ex.title),
        outlet=clean_line(ex.outlet),
        url=clean_line(ex.url),
        published=ex.published,
        lang=lang,
        origin=origin,
        source_format=source_format,
        content_hash=content_hash,
    )


def _str(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    s = str(value).strip()
    return s or None
