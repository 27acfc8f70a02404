"""Engine backends with French analysis named on every text field of the mapping, and the
search filters' values (`hub_<param>` keyword fields, search/engine.py) in every document.

Wagtail maps text fields without an analyzer, relying on the index's `default` analyzer. Real
Elasticsearch/OpenSearch honour it, but naming the analyzer on each field is explicit, survives
engines that ignore index defaults (the osmem-server stand-in of the test lane does), and keeps
autocomplete's edge n-gram analyzer untouched. Settings choose these classes by dotted path.
"""

import importlib
import json

from .engine import EXACT_TEXT, EXACT_TITLE, document_fields, mapping_fields

FRENCH_ANALYZER = "default"
EXACT_ANALYZER = "hub_exact"


def _with_french_analyzer(properties: dict) -> dict:
    for name, mapping in properties.items():
        if mapping.get("type") == "text" and "analyzer" not in mapping:
            mapping["analyzer"] = FRENCH_ANALYZER
        copy_to = mapping.get("copy_to")
        if copy_to:
            # Every searched text also goes, unstemmed, to the exact fields (search/engine.py).
            copy_to = [copy_to] if isinstance(copy_to, str) else list(copy_to)
            copy_to.append(EXACT_TITLE if name == "title" else EXACT_TEXT)
            if name == "title":
                copy_to.append(EXACT_TEXT)
            mapping["copy_to"] = copy_to
        if "properties" in mapping:
            _with_french_analyzer(mapping["properties"])
    return properties


def _french_mapping(base):
    class FrenchMapping(base):
        def get_mapping(self):
            mapping = super().get_mapping()
            properties = mapping.get("properties", mapping)
            _with_french_analyzer(properties)
            properties.update(mapping_fields())
            for name in (EXACT_TITLE, EXACT_TEXT):
                properties[name] = {"type": "text", "analyzer": EXACT_ANALYZER}
            return mapping

        def get_document(self, obj):
            # The search filters' values, so that the engine filters and counts by itself.
            return {**super().get_document(obj), **document_fields(obj)}

    FrenchMapping.__name__ = f"French{base.__name__}"
    return FrenchMapping


# Settings name these classes by dotted path ("search.backends.OpenSearch3French"); each is
# built on first use, so a deployment imports only its own engine's client (one extra each).
_ENGINE_MODULES = {
    "Elasticsearch8French": "elasticsearch8",
    "Elasticsearch9French": "elasticsearch9",
    "OpenSearch3French": "opensearch3",
}


def __getattr__(name: str):
    if name not in _ENGINE_MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    base = importlib.import_module(f"modelsearch.backends.{_ENGINE_MODULES[name]}").SearchBackend
    backend = type(
        name,
        (base,),
        {"mapping_class": _french_mapping(base.mapping_class), "__module__": __name__},
    )
    globals()[name] = backend
    return backend


_BUILT: dict[str, object] = {}


def search_backend():
    """The configured search backend, built once per process and configuration. Wagtail's
    `get_search_backend()` builds a new one at each call: on an engine, a new client with its
    own connection pool (a new connection per search)."""
    from modelsearch.backends import get_search_backend
    from modelsearch.conf import get_app_config

    key = json.dumps(get_app_config().get_search_backend_config(), sort_keys=True, default=str)
    backend = _BUILT.get(key)
    if backend is None:
        if len(_BUILT) > 8:  # settings changed by tests
            _BUILT.clear()
        backend = _BUILT[key] = get_search_backend()
    return backend
