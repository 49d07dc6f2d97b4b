"""What the Norwegian backends share: query words reduced to prefix stems."""

from modelsearch.query import PlainText

from search.norwegian import query_stem, words


def stemmed_plain_text(query: PlainText) -> PlainText:
    terms = [query_stem(w) for w in words(query.query_string)]
    return PlainText(" ".join(t for t in terms if t) or query.query_string, operator=query.operator)
