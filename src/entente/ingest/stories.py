"""One story, many outlets: copies and rewrites of one story grouped, other stories apart.

Outlets copy wire stories (a credit line added, a paragraph dropped, a box added) and
rewrite them in their own words (synonyms swapped, sentences reordered and merged, a new
lead). Both are one story: its events must count once. Different stories on the same
topic (the next round of the same talks, the other side's answer, a similar attack
elsewhere) are not.

Each article gets a signature: MinHashes of its 3-word shingles and of its content words
(for finding candidates fast, through two LSH indexes), and the exact hashed sets of its
content words, its numbers and its names, with its date. A candidate found in a window of
days is scored by

    score = max(1.5 * shingle Jaccard,
                content-word Jaccard + 0.15 * numbers' Jaccard + 0.3 * names' Jaccard
                - 0.03 * days apart)

and the article joins the story of the best earlier article scoring at least 0.43. The
weights and the threshold were chosen on the even-numbered stories of
eval/stories_gold.jsonl (copies share most shingles; rewrites keep most content words,
their figures and their names; same-topic stories share names but fewer words and
figures, and fall on other days); the odd-numbered stories are held out
(benchmarks/stories.py reports both). A story's id is the id of its first article.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

SHINGLE_WORDS = 3
PERMUTATIONS = 128
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures depend on it
COPY_THRESHOLD = 0.25  # LSH threshold on shingles: copies
WORDS_THRESHOLD = 0.2  # LSH threshold on content words: rewrites
THRESHOLD = 0.43  # the score an article needs to join a story
WINDOW_DAYS = 5  # rewrites and copies appear within days of each other
WEIGHTS = {"numbers": 0.15, "names": 0.3, "days": 0.03, "shingles": 1.5}
_VERSION = b"S2"
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
# Words too common to say what a story is about (English and Spanish).
_STOP = """
the a an of to in on and or for with by at from as is was were be been are that this these
those which who whom their his her its it they he she we you i said says say would will has
have had not but after before over than also into about against more most other some such
there then when where while what all any can could may might must should do does did one
two three new last first next told according
el la los las un una unos unas de del al en y o que por para con se su sus es fue son ha
han lo le les como más mas pero este esta estos estas ese esa eso dijo según segun tras
sobre entre sin desde hasta muy ya también tambien cuando donde porque aunque otro otra
otros otras todo todos toda todas uno dos tres primer primera nuevo nueva
"""
STOP_WORDS = frozenset(_STOP.split())


@dataclass(frozen=True, slots=True)
class Features:
    """What an article's signature holds."""

    shingles: Any  # datasketch MinHash of 3-word shingles
    words_hash: Any  # datasketch MinHash of content words
    words: frozenset[int]  # hashed content words
    numbers: frozenset[int]
    names: frozenset[int]
    day: date | None


def _hash(text: str) -> int:
    import zlib

    return zlib.crc32(text.encode("utf-8"))


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def content_words(text: str) -> set[str]:
    return {w for w in (x.casefold() for x in _WORD.findall(text))
            if len(w) > 2 and w not in STOP_WORDS and not w.isdigit()}


def names(text: str) -> set[str]:
    """Capitalised words that do not open a sentence: the names a story is about."""
    found: set[str] = set()
    for sentence in _SENTENCE.split(text):
        for i, word in enumerate(_WORD.findall(sentence)):
            if i > 0 and len(word) > 1 and word[0].isupper():
                found.add(word.casefold())
    return found


def signature(text: str, published: date | None = None, title: str | None = None) -> bytes:
    """An article's signature, as bytes (stored beside the article)."""
    from datasketch import MinHash

    whole = f"{title}\n{text}" if title else text
    copy = MinHash(num_perm=PERMUTATIONS, scheme=SCHEME, permutations=_permutations())
    copy.update_batch(list(shingles(text)))
    words = content_words(whole)
    worded = MinHash(num_perm=PERMUTATIONS, scheme=SCHEME, permutations=_permutations())
    worded.update_batch([w.encode() for w in words])
    sets = [sorted({_hash(w) for w in words}), sorted({_hash(n) for n in _NUMBER.findall(whole)}),
            sorted({_hash(n) for n in names(whole)})]
    head = struct.pack("<2sI3H", _VERSION, published.toordinal() if published else 0,
                       *(len(s) for s in sets))
    return (head + bytes(copy.hashvalues.astype("uint32").tobytes())
            + bytes(worded.hashvalues.astype("uint32").tobytes())
            + b"".join(struct.pack(f"<{len(s)}I", *s) for s in sets))


def features(sig: bytes) -> Features:
    """A signature read back; one written by the first version (shingles only) still
    reads, and matches copies only."""
    if not sig.startswith(_VERSION):
        return Features(_minhash(sig), None, frozenset(), frozenset(), frozenset(), None)
    _v, ordinal, *sizes = struct.unpack_from("<2sI3H", sig)
    at = struct.calcsize("<2sI3H")
    width = PERMUTATIONS * 4
    copy, worded = _minhash(sig[at:at + width]), _minhash(sig[at + width:at + 2 * width])
    at += 2 * width
    sets = []
    for size in sizes:
        sets.append(frozenset(struct.unpack_from(f"<{size}I", sig, at)))
        at += 4 * size
    return Features(copy, worded, sets[0], sets[1], sets[2],
                    date.fromordinal(ordinal) if ordinal else None)


def score(a: Features, b: Features) -> float:
    """How surely two articles tell one story (see the module's note)."""
    copy = WEIGHTS["shingles"] * float(a.shingles.jaccard(b.shingles))
    if a.words_hash is None or b.words_hash is None:
        return copy
    days = abs((a.day - b.day).days) if a.day and b.day else 0
    told = (_jaccard(a.words, b.words) + WEIGHTS["numbers"] * _jaccard(a.numbers, b.numbers)
            + WEIGHTS["names"] * _jaccard(a.names, b.names) - WEIGHTS["days"] * days)
    return float(max(copy, told))


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@dataclass
class StoryIndex:
    """The stories seen so far; assigns each new article to one."""

    threshold: float = THRESHOLD
    window_days: int = WINDOW_DAYS
    _story: dict[str, str] = field(default_factory=dict)
    _features: dict[str, Features] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._copies = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=PERMUTATIONS)
        self._rewrites = MinHashLSH(threshold=WORDS_THRESHOLD, num_perm=PERMUTATIONS)

    def add(self, article_id: str, story_id: str, sig: bytes,
            read: Features | None = None) -> None:
        """Record an article's story; `read` is its signature's features when already
        read."""
        if article_id in self._story:
            return
        f = read or features(sig)
        self._copies.insert(article_id, f.shingles)
        if f.words_hash is not None:
            self._rewrites.insert(article_id, f.words_hash)
        self._story[article_id] = story_id
        self._features[article_id] = f

    def load(self, known: Iterable[tuple[str, str, bytes]]) -> StoryIndex:
        for article_id, story_id, sig in known:
            self.add(article_id, story_id, sig)
        return self

    def assign(self, article_id: str, sig: bytes) -> str:
        """The story of a new article (the best-scoring earlier article's, or its own),
        recorded."""
        mine = features(sig)
        candidates = set(self._copies.query(mine.shingles))
        if mine.words_hash is not None:
            candidates |= set(self._rewrites.query(mine.words_hash))
        best, best_score = None, self.threshold
        for other in sorted(candidates):
            f = self._features[other]
            if mine.day and f.day and abs((mine.day - f.day).days) > self.window_days:
                continue
            s = score(mine, f)
            if s >= best_score:
                best, best_score = other, s
        story = self._story[best] if best is not None else article_id
        self.add(article_id, story, sig, mine)
        return story


def _minhash(sig: bytes) -> Any:
    import numpy as np
    from datasketch import MinHash

    return MinHash(num_perm=PERMUTATIONS, hashvalues=np.frombuffer(sig, dtype=np.uint32),
                   scheme=SCHEME, permutations=_permutations())


@cache
def _permutations() -> Any:
    """The permutations of every MinHash here (drawing them anew for each costs more than
    hashing an article)."""
    from datasketch import MinHash

    return MinHash(num_perm=PERMUTATIONS, scheme=SCHEME).permutations
