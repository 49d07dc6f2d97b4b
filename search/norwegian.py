"""Norwegian text for search: words, stems, spelling variants.

SQLite's full-text search has no Norwegian stemmer, so the embedded backend
stems both what it indexes and what it is asked with the Snowball Norwegian
stemmer (the same algorithm as PostgreSQL's `norwegian` configuration):
lese/leser/lesing → les, elev/elever/elevenes → elev.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12

WORD_RE = re.compile(r"\w+", re.UNICODE)

# Common function words; dropped from queries unless nothing else is left.
STOPWORDS = frozenset(
    [
        "og",
        "i",
        "jeg",
        "det",
        "at",
        "en",
        "et",
        "den",
        "til",
        "er",
        "som",
        "på",
        "de",
        "med",
        "han",
        "av",
        "ikke",
        "der",
        "så",
        "var",
        "meg",
        "seg",
        "men",
        "ett",
        "har",
        "om",
        "vi",
        "min",
        "mitt",
        "ha",
        "hadde",
        "hun",
        "nå",
        "over",
        "da",
        "ved",
        "fra",
        "du",
        "ut",
        "sin",
        "dem",
        "oss",
        "opp",
        "man",
        "kan",
        "hans",
        "hvor",
        "eller",
        "hva",
        "skal",
        "selv",
        "sjøl",
        "her",
        "alle",
        "vil",
        "bli",
        "ble",
        "blitt",
        "kunne",
        "inn",
        "når",
        "være",
        "kom",
        "noen",
        "noe",
        "ville",
        "dere",
        "deres",
        "kun",
        "ja",
        "etter",
        "ned",
        "skulle",
        "denne",
        "for",
        "deg",
        "si",
        "sine",
        "sitt",
        "mot",
        "å",
        "meget",
        "hvorfor",
        "dette",
        "disse",
        "uten",
        "hvordan",
        "ingen",
        "din",
        "ditt",
        "blir",
        "samme",
        "hvilken",
        "hvilke",
        "sånn",
        "inni",
        "mellom",
        "vår",
        "hver",
        "hvem",
        "vors",
        "hvis",
        "både",
        "bare",
        "enn",
        "fordi",
        "før",
        "mange",
        "også",
        "slik",
        "vært",
        "båe",
        "begge",
        "siden",
        "dykk",
        "dykkar",
        "dei",
        "deira",
        "deires",
        "deim",
        "di",
        "då",
        "eg",
        "ein",
        "eit",
        "eitt",
        "elles",
        "honom",
        "hjå",
        "ho",
        "hoe",
        "henne",
        "hennar",
        "hennes",
        "hoss",
        "hossen",
        "ingi",
        "inkje",
        "korleis",
        "korso",
        "kva",
        "kvar",
        "kvarhelst",
        "kven",
        "kvi",
        "kvifor",
        "me",
        "medan",
        "mi",
        "mine",
        "mykje",
        "no",
        "nokon",
        "noka",
        "nokor",
        "noko",
        "nokre",
        "sia",
        "sidan",
        "so",
        "somt",
        "somme",
        "um",
        "upp",
        "vere",
        "vore",
        "verte",
        "vort",
        "varte",
        "vart",
    ]
)

# Norwegian letters typed on a keyboard without them.
ASCII_SPELLINGS = (("ae", "æ"), ("oe", "ø"), ("aa", "å"))


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("norwegian")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word.lower())


def clean_query(raw: str) -> str:
    """What is left of a user's query once control characters and excess are gone."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def words(text: str) -> list[str]:
    """Lower-cased words; punctuation, operators and symbols are not words."""
    return [w for w in WORD_RE.findall(text.lower()) if w.strip("_")]


def query_words(raw: str) -> list[str]:
    """The words of a query worth searching for: no stopwords (unless that is all there is), no repeats."""
    found = list(dict.fromkeys(words(clean_query(raw))))
    meaningful = [w for w in found if w not in STOPWORDS]
    return (meaningful or found)[:MAX_QUERY_WORDS]


def stem_text(text: str) -> str:
    return " ".join(stem(w) for w in words(text))


def spelling_variants(word: str) -> list[str]:
    """ "laerer" → ["lærer"], "gaard" → ["gård"]: the word as it would be written with æ, ø, å."""
    variant = word
    for ascii_form, letter in ASCII_SPELLINGS:
        variant = variant.replace(ascii_form, letter)
    return [variant] if variant != word else []


def query_stem(word: str) -> str:
    """A stem for matching as a prefix: the Snowball stem, shortened by the derivational
    endings Snowball leaves (vurdering → vurder, undervisning → undervis, lærere → lær),
    so that a query finds the word's relatives and compounds (lese → leseforståelse)."""
    stemmed = stem(word)
    if stemmed.endswith("ning") and len(stemmed) >= 8:
        return stemmed[:-4]
    if stemmed.endswith("ing") and len(stemmed) >= 6:
        return stemmed[:-3]
    if stemmed.endswith("er") and len(stemmed) >= 5:
        return stemmed[:-2]
    return stemmed
