"""Wagtail's Elasticsearch 8 backend with Norwegian text analysis.

Every text field without an analyzer of its own gets the index's `default`
analyzer: lower-casing, Norwegian stopwords and the Snowball Norwegian stemmer –
the same stems the database backends use. Autocomplete keeps Wagtail's edge n-grams.
"""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

NORWEGIAN_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "norwegian_stop": {"type": "stop", "stopwords": "_norwegian_"},
                "norwegian_stemmer": {"type": "stemmer", "language": "norwegian"},
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "norwegian_stop", "norwegian_stemmer"],
                },
            },
        }
    }
}


class NorwegianElasticsearchBackend(Elasticsearch8SearchBackend):
    settings = {
        **Elasticsearch8SearchBackend.settings,
        "settings": {
            **Elasticsearch8SearchBackend.settings["settings"],
            "analysis": {
                **Elasticsearch8SearchBackend.settings["settings"]["analysis"],
                "filter": {
                    **Elasticsearch8SearchBackend.settings["settings"]["analysis"]["filter"],
                    **NORWEGIAN_ANALYSIS["settings"]["analysis"]["filter"],
                },
                "analyzer": {
                    **Elasticsearch8SearchBackend.settings["settings"]["analysis"]["analyzer"],
                    **NORWEGIAN_ANALYSIS["settings"]["analysis"]["analyzer"],
                },
            },
        },
    }


SearchBackend = NorwegianElasticsearchBackend
