"""Bytes to text: refuse empty and binary input, choose the encoding of the rest, and clean
what no article holds (control characters).

The order of the choice: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without one (a
NUL beside most ASCII bytes); UTF-8; the charset the input declares (an HTTP header, an
HTML meta tag); Windows-1252 when it reads as the Western European text entente codes;
then charset-normalizer's guess. Statistical guessing alone takes "España" in
Windows-1252 for cp1250 or mac_iceland.
"""

from __future__ import annotations

import codecs
import re

from entente.errors import InputError

# Share of control characters (other than tab/newline/CR/FF) above which we call it binary.
_BINARY_CONTROL_RATIO = 0.05

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Labels that mean Windows-1252 in practice (the WHATWG encoding standard's rule)
_WESTERN = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "us-ascii", "ascii",
            "cp1252", "windows-1252", "x-cp1252", "iso_8859-1"}
# Above this share of non-ASCII letters, Windows-1252 is not how the text was written
# (Spanish has about 3%; Cyrillic or Greek read as Windows-1252 is mostly accented letters)
_MAX_ACCENTED = 0.3

# What no article holds: C0 controls but tab, newline and carriage return, DEL, C1
# controls, lone surrogates and non-characters. Form feeds and vertical tabs end lines.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def decode_bytes(data: bytes, origin: str, declared: str | None = None) -> tuple[str, str]:
    """Decode `data`, returning (text, encoding); `declared` is the charset the input's
    transport names (an HTTP Content-Type's), if any.

    Raises InputError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError(origin, "empty file", "remove it or give it content")
    found = _by_mark(data)
    if found is not None:
        return _decode_as(data, found, origin), found.replace("-sig", "")
    sample = data[:65536]
    if b"\x00" in sample or _control_ratio(sample) > _BINARY_CONTROL_RATIO:
        raise InputError(origin, "binary file, not text, HTML or JSONL",
                         "remove it from the input or convert it to text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for label in (declared, _meta_charset(data)):
        encoding = _encoding(label)
        if encoding is not None:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                pass  # a wrong label: choose by the text instead
    western = _as_windows_1252(data)
    if western is not None:
        return western, "windows-1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "cannot tell the text encoding",
                         "re-save the file as UTF-8")
    return str(best), best.encoding


def clean_text(text: str) -> str:
    """Text without control characters (form feeds and vertical tabs become line ends),
    lone surrogates or non-characters: what every source's text goes through."""
    return _CONTROLS.sub("", text.replace("\f", "\n").replace("\v", "\n"))


def clean_line(text: str | None) -> str | None:
    """A one-line field (title, outlet, address) cleaned, its line ends made spaces."""
    if text is None:
        return None
    return " ".join(clean_text(text).split()) or None


def _by_mark(data: bytes) -> str | None:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding
    head = data[:4096]
    if len(head) >= 8:  # UTF-16 without a mark: a NUL beside nearly every other byte
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
    return None


def _decode_as(data: bytes, encoding: str, origin: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"not valid {encoding.replace('-sig', '')} text ({exc.reason} "
                         f"at byte {exc.start})", "re-save the file as UTF-8") from exc


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:8192])
    return found.group(1).decode("ascii") if found else None


def _encoding(label: str | None) -> str | None:
    """The Python codec for a declared charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WESTERN:
        return "windows-1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _as_windows_1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127)
    if letters and accented / len(letters) > _MAX_ACCENTED:
        return None
    return text


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(sample))
