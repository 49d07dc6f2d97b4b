"""What the Norwegian backends share: query words reduced to prefix stems, and faceted hits."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from modelsearch.query import PlainText

from search.norwegian import query_stem, words


def stemmed_plain_text(query: PlainText) -> PlainText:
    terms = [query_stem(w) for w in words(query.query_string)]
    return PlainText(" ".join(t for t in terms if t) or query.query_string, operator=query.operator)


@dataclass
class FacetedHits:
    total: int  # hits passing every chosen facet, editors' picks included
    counts: Mapping[str, int]  # "param:key" -> hits passing every chosen facet but perhaps its own
    listed: Sequence[int]  # ids of the passing hits, best first, editors' picks left out
