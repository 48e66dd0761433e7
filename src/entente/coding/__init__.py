"""Coding: sentences into CAMEO/PLOVER events, from the ontology and trigger patterns as data."""

from entente.native import search_path

# the compiled modules (entente.native), when a build of this source is there
__path__ = search_path(__name__, __path__)
