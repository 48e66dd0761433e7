"""Files and folders into Articles, one ReadResult per document, never stopping on one bad input.

Formats by extension: .html/.htm (main text by trafilatura), .txt (plain text), .md/.markdown
(Markdown), .jsonl/.ndjson (one article per line with `text` or `html`, `title`, `url`,
`published`, `outlet`, `lang`). Plain text and Markdown may open with a `---` front-matter
block of `key: value` lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from entente.errors import InputError
from entente.ingest.decode import decode_bytes
from entente.ingest.extract import Extracted, extract_html, extract_plain
from entente.ingest.fetch import Fetcher
from entente.ingest.langid import detect_language
from entente.records import Article
from entente.vocabulary import LANGUAGES, parse_date

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


@dataclass(frozen=True, slots=True)
class ReadResult:
    """One document read, or the reason it could not be: exactly one of the two is set."""

    origin: str
    source_format: str
    article: Article | None = None
    error: InputError | None = None


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
    """Every readable file under `paths` (folders walked in sorted order), or why not."""
    found: list[Discovered] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            found.append(Discovered(path, None, InputError(
                str(path), "no such file or folder", "check the path")))
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                fmt = format_of(child)
                if (child.name.startswith(".") or fmt is None
                        or child.stem.upper() in _NOT_ARTICLES):
                    continue  # a folder's README describes the corpus, it is not news
                found.append(Discovered(child, fmt))
        else:
            fmt = format_of(path)
            if fmt is None:
                found.append(Discovered(path, None, InputError(
                    str(path), f"unsupported file type {path.suffix or '(none)'}",
                    "use .html, .txt, .md, .jsonl, .warc(.gz), .rss, .atom or .xml")))
            else:
                found.append(Discovered(path, fmt))
    return found


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
            yield done, total, iter([ReadResult(url, "url", error=InputError(
                url, "fetching is not enabled", "pass --fetch to read addresses"))])
        else:
            yield done, total, read_url(url, context.fetcher, fetch_entries=True)


def read_discovered(item: Discovered, context: ReadContext | None = None
                    ) -> Iterator[ReadResult]:
    context = context or ReadContext()
    max_bytes = context.max_bytes
    origin = str(item.path)
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
        yield ReadResult(origin, item.source_format,
                         article=read_document(item.path, item.source_format, max_bytes))
    except InputError as exc:
        yield ReadResult(origin, item.source_format, error=exc)


def read_document(path: Path, source_format: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One HTML, text or Markdown file as an Article. Raises InputError."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(origin, f"file too large ({size / 1e6:.1f} MB > "
                             f"{max_bytes / 1e6:.1f} MB limit)",
                             "split it, or raise the limit with --max-bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(origin, f"cannot read file: {exc.strerror or exc}") from exc
    text, _encoding = decode_bytes(data, origin)
    return parse_document(text, source_format, origin)


def parse_document(text: str, source_format: str, origin: str,
                   url: str | None = None) -> Article:
    """Decoded text of one document (HTML, text or Markdown) as an Article."""
    if source_format == "html":
        ex = extract_html(text, origin, url=url)
    else:
        ex = extract_plain(text, origin, markdown=source_format == "markdown")
    return make_article(ex, origin, source_format)


def read_jsonl(path: Path) -> Iterator[ReadResult]:
    """Each line of a JSONL file as its own result; a bad line never stops the file."""
    name = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadResult(name, "jsonl", error=InputError(name, f"cannot read file: {exc}"))
        return
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            origin = f"{name}#{lineno}"
            if not raw.strip():
                continue
            try:
                if len(raw) > MAX_JSONL_LINE_BYTES:
                    raise InputError(origin, f"line too long ({len(raw) / 1e6:.1f} MB)",
                                     "split the document or store it as its own file")
                yield ReadResult(origin, "jsonl", article=parse_jsonl_record(raw, origin))
            except InputError as exc:
                yield ReadResult(origin, "jsonl", error=exc)


def parse_jsonl_record(raw: bytes | str, origin: str) -> Article:
    """One JSONL line (`text` or `html` plus metadata) as an Article. Raises InputError."""
    try:
        line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        record: Any = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(origin, f"malformed JSON ({exc})",
                         "fix or remove the line; each line must be one JSON object") from exc
    if not isinstance(record, dict):
        raise InputError(origin, "JSON line is not an object", "write one object per line")
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
        lang=_str(record.get("lang")) or ex.lang,
    )
    return make_article(ex, origin, "jsonl")


def make_article(ex: Extracted, origin: str, source_format: str) -> Article:
    """An Article from extracted text, its id the content hash, its language detected if unset."""
    content_hash = Article.hash_text(ex.text)
    lang = (ex.lang or "").split("-")[0].lower() or detect_language(ex.text, CODED_LANGS)
    return Article(
        id=content_hash[:16],
        text=ex.text,
        title=ex.title,
        outlet=ex.outlet,
        url=ex.url,
        published=ex.published,
        lang=lang,
        origin=origin,
        source_format=source_format,
        content_hash=content_hash,
    )


def _str(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None
