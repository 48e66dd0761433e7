"""Bytes to text: refuse empty and binary input, guess the encoding of the rest."""

from __future__ import annotations

from entente.errors import InputError

# Share of control characters (other than tab/newline/CR/FF) above which we call it binary.
_BINARY_CONTROL_RATIO = 0.05


def decode_bytes(data: bytes, origin: str) -> tuple[str, str]:
    """Decode `data`, returning (text, encoding).

    UTF-8 (with or without BOM) first; otherwise charset-normalizer's best guess.
    Raises InputError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError(origin, "empty file", "remove it or give it content")
    sample = data[:65536]
    if b"\x00" in sample or _control_ratio(sample) > _BINARY_CONTROL_RATIO:
        raise InputError(origin, "binary file, not text, HTML or JSONL",
                         "remove it from the input or convert it to text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "cannot tell the text encoding",
                         "re-save the file as UTF-8")
    return str(best), best.encoding


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(sample))
