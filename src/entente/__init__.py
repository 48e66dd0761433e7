"""entente: news articles in, coded political events out."""

from entente.records import CODER_VERSION, Actor, Article, Event, Modality

__all__ = ["CODER_VERSION", "Actor", "Article", "Event", "Modality", "__version__"]
__version__ = "0.1.0"
