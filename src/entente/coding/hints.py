"""Words looked for before a pattern runs: a pattern matched without regard to case that
cannot match unless the text holds one of a few words is not run over text that holds none.

The words are looked for in the lowercased text. Without regard to case, a pattern also
matches four letters outside ASCII to ASCII ones (Turkish dotted and dotless i, the long s,
the Kelvin sign), which lowering does not turn into them: a text with one of those gets no
lowered form, and every pattern runs over it, as without the check.
"""

from __future__ import annotations

import re

FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def lowered(text: str) -> str | None:
    """`text` lowercased for `may_hold`, or None when the check cannot hold for it."""
    return text.lower() if FOLDS_TO_ASCII.search(text) is None else None


def may_hold(low: str | None, words: tuple[str, ...]) -> bool:
    """Whether a text whose `lowered` form is `low` may hold a match of a pattern every match
    of which holds one of `words` (lowercase) without regard to case."""
    return low is None or any(w in low for w in words)
