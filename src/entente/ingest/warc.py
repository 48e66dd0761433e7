"""Web archives: the HTML responses of a WARC file (gzipped or not) as articles, streamed.

warcio reads one record at a time; a record's payload is read up to a size limit and the
rest skipped, so a 5 GB archive is never held in memory. Non-HTML responses, error
statuses and revisits are passed over; a record that cannot be read is reported as that
record's failure and the archive goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from entente.errors import InputError
from entente.ingest.decode import decode_bytes
from entente.ingest.readers import ReadResult, parse_document

MAX_RECORD_BYTES = 5 * 1024 * 1024


def read_warc(path: Path, max_bytes: int = MAX_RECORD_BYTES) -> Iterator[ReadResult]:
    """One ReadResult per HTML response in the archive (origin: path#record number)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadResult(name, "warc", error=InputError(name, f"cannot read file: {exc}"))
        return
    with handle:
        number = 0
        try:
            for record in ArchiveIterator(handle):
                number += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                origin = f"{name}#{number}"
                status = record.http_headers.get_statuscode()
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if status != "200" or "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield _record(record, origin, url, ctype, max_bytes)
        except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
            yield ReadResult(f"{name}#{number + 1}", "warc", error=InputError(
                f"{name}#{number + 1}", f"damaged archive record ({exc})",
                "the records before it were read; check or re-fetch the archive"))


def _record(record: object, origin: str, url: str | None, ctype: str,
            max_bytes: int) -> ReadResult:
    stream = record.content_stream()  # type: ignore[attr-defined]
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        while stream.read(1 << 16):  # skip the rest of an oversized payload, streaming
            pass
        return ReadResult(origin, "warc", error=InputError(
            origin, f"HTML payload over {max_bytes / 1e6:.0f} MB", "skipped"))
    try:
        text = _decode(data, ctype, origin)
        article = parse_document(text, "html", origin, url=url)
    except InputError as exc:
        return ReadResult(origin, "warc", error=exc)
    if article.url is None and url:
        from dataclasses import replace

        article = replace(article, url=url)
    return ReadResult(origin, "warc", article=article)


def _decode(data: bytes, ctype: str, origin: str) -> str:
    charset = ctype.split("charset=", 1)[1].split(";")[0].strip() if "charset=" in ctype else ""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: guess instead
    return decode_bytes(data, origin)[0]
