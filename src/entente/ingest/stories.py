"""One story, many outlets: near-duplicate detection with MinHash and LSH (datasketch).

Each article's text is cut into 3-word shingles and hashed into a 128-permutation MinHash;
an LSH index (threshold 0.25) finds candidates, kept when their estimated Jaccard similarity
is at least 0.25. Wire copy and republications share nearly all shingles, rewrites with
synonyms swapped and boxes added keep a third or more; different stories on the same topic
share under a tenth (measured on the example corpus: see tests/test_stories.py and
benchmarks/stories.py). A story's id is the id of its first article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

SHINGLE_WORDS = 3
PERMUTATIONS = 128
THRESHOLD = 0.25
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures depend on it
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as bytes (stored beside the article)."""
    from datasketch import MinHash

    m = MinHash(num_perm=PERMUTATIONS, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return bytes(m.hashvalues.astype("uint32").tobytes())


@dataclass
class StoryIndex:
    """The stories seen so far; assigns each new article to one."""

    threshold: float = THRESHOLD

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=PERMUTATIONS)
        self._story: dict[str, str] = {}
        self._sigs: dict[str, Any] = {}

    def add(self, article_id: str, story_id: str, sig: bytes) -> None:
        if article_id in self._story:
            return
        m = _minhash(sig)
        self._lsh.insert(article_id, m)
        self._story[article_id] = story_id
        self._sigs[article_id] = m

    def load(self, known: Iterable[tuple[str, str, bytes]]) -> StoryIndex:
        for article_id, story_id, sig in known:
            self.add(article_id, story_id, sig)
        return self

    def assign(self, article_id: str, sig: bytes) -> str:
        """The story of a new article (an earlier near-copy's, or its own), recorded."""
        mine = _minhash(sig)
        matches = sorted(k for k in self._lsh.query(mine)
                         if mine.jaccard(self._sigs[k]) >= self.threshold)
        story = self._story[matches[0]] if matches else article_id
        self.add(article_id, story, sig)
        return story


def _minhash(sig: bytes) -> Any:
    import numpy as np
    from datasketch import MinHash

    return MinHash(num_perm=PERMUTATIONS, hashvalues=np.frombuffer(sig, dtype=np.uint32),
                   scheme=SCHEME)
