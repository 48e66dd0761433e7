"""Web archives: the HTML responses of a WARC file (gzipped or not) as articles, streamed.

warcio reads one record at a time; a record's payload is read up to a size limit and the
rest skipped, so a 5 GB archive is never held in memory. Lines read while looking for a
record's or a response's headers are cut at MAX_HEADER_LINE: an archive of zeros (a gzip
bomb has no line ends) is a damaged archive after that many bytes, not gigabytes. A record
whose payload ends before its Content-Length says is reported as truncated, never stored
as a whole page. Non-HTML responses, error statuses and revisits are passed over; a record
that cannot be read ends that archive with a clear error and keeps what came before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from entente.errors import InputError, clip
from entente.ingest.decode import decode_bytes
from entente.ingest.readers import ReadResult, display_name, parse_document, result_of

MAX_RECORD_BYTES = 5 * 1024 * 1024
MAX_HEADER_LINE = 64 * 1024  # a WARC or HTTP header line; real ones are far shorter


def read_warc(path: Path, max_bytes: int = MAX_RECORD_BYTES) -> Iterator[ReadResult]:
    """One ReadResult per HTML response in the archive (origin: path#record number)."""
    from warcio.exceptions import ArchiveLoadFailed

    name = display_name(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadResult(name, "warc", error=InputError(name, f"cannot read file: {exc}"))
        return
    with handle:
        number = 0
        try:
            for record in _archive(handle):
                number += 1
                if getattr(record, "format", "warc") != "warc":
                    # warcio reads any text as old ARC records without headers
                    yield ReadResult(f"{name}#{number}", "warc", error=InputError(
                        f"{name}#{number}", "not a WARC record (an ARC file, or not an "
                        "archive at all)", "give entente WARC files"))
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                origin = f"{name}#{number}"
                status = record.http_headers.get_statuscode()
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if status != "200" or "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield _record(record, origin, url, ctype, max_bytes)
        except (ArchiveLoadFailed, OSError, ValueError, EOFError, MemoryError) as exc:
            yield ReadResult(f"{name}#{number + 1}", "warc", error=InputError(
                f"{name}#{number + 1}", f"damaged archive record ({clip(str(exc))})",
                "the records before it were read; check or re-fetch the archive"))


def _archive(handle: Any) -> Iterator[Any]:
    """warcio's records of `handle`, every header line read at most MAX_HEADER_LINE long."""
    from warcio.archiveiterator import ArchiveIterator

    class Bounded(ArchiveIterator):  # type: ignore[misc]
        # warcio prints a line it did not expect to stderr itself, whatever its length
        INC_RECORD = ""

        def __init__(self, fh: Any) -> None:
            super().__init__(fh)
            readline = self.reader.readline

            def bounded(length: int | None = None) -> bytes:
                line: bytes = readline(MAX_HEADER_LINE if length is None
                                       else min(length, MAX_HEADER_LINE))
                return line

            self.reader.readline = bounded

    return iter(Bounded(handle))


def _record(record: Any, origin: str, url: str | None, ctype: str,
            max_bytes: int) -> ReadResult:
    stream = record.content_stream()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:  # the rest is skipped by warcio, undecoded
        return ReadResult(origin, "warc", error=InputError(
            origin, f"HTML payload over {max_bytes / 1e6:.0f} MB", "skipped"))
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:  # the archive ended inside the record
        return ReadResult(origin, "warc", error=InputError(
            origin, f"truncated record ({missing:,} of its {record.length:,} bytes missing)",
            "the page is cut short; re-fetch the archive"))
    try:
        text, encoding = decode_bytes(data, origin, declared=charset_of(ctype))
        article = parse_document(text, "html", origin, url=url)
    except InputError as exc:
        return ReadResult(origin, "warc", error=exc)
    if article.url is None and url:
        from dataclasses import replace

        article = replace(article, url=url)
    return result_of(article, "warc", encoding)


def charset_of(content_type: str) -> str | None:
    """The charset a Content-Type header names, if any."""
    if "charset=" not in content_type.lower():
        return None
    return content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
