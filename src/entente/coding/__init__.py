"""Coding: sentences into CAMEO/PLOVER events, from the ontology and trigger patterns as data."""
