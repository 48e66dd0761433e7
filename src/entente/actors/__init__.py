"""Actors: the knowledge base (data files users can extend) and the resolver."""

from entente.actors.kb import KnowledgeBase, load_kb
from entente.actors.resolver import resolve_text

__all__ = ["KnowledgeBase", "load_kb", "resolve_text"]
