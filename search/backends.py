"""Engine backends with French analysis named on every text field of the mapping, and the
search filters' values (`hub_<param>` keyword fields, search/engine.py) in every document.

Wagtail maps text fields without an analyzer, relying on the index's `default` analyzer. Real
Elasticsearch/OpenSearch honour it, but naming the analyzer on each field is explicit, survives
engines that ignore index defaults (the osmem-server stand-in of the test lane does), and keeps
autocomplete's edge n-gram analyzer untouched. Settings choose these classes by dotted path.
"""

from modelsearch.backends import elasticsearch8, elasticsearch9, opensearch3

from .engine import document_fields, mapping_fields

FRENCH_ANALYZER = "default"


def _with_french_analyzer(properties: dict) -> dict:
    for mapping in properties.values():
        if mapping.get("type") == "text" and "analyzer" not in mapping:
            mapping["analyzer"] = FRENCH_ANALYZER
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
            return mapping

        def get_document(self, obj):
            # The search filters' values, so that the engine filters and counts by itself.
            return {**super().get_document(obj), **document_fields(obj)}

    FrenchMapping.__name__ = f"French{base.__name__}"
    return FrenchMapping


class Elasticsearch8French(elasticsearch8.SearchBackend):
    mapping_class = _french_mapping(elasticsearch8.SearchBackend.mapping_class)


class Elasticsearch9French(elasticsearch9.SearchBackend):
    mapping_class = _french_mapping(elasticsearch9.SearchBackend.mapping_class)


class OpenSearch3French(opensearch3.SearchBackend):
    mapping_class = _french_mapping(opensearch3.SearchBackend.mapping_class)
