"""Norwegian text for search (search/norwegian.py): stems, stopwords, clean words, spelling variants.

Both database backends index the Snowball stem of every word (SQLite stems the text
itself, PostgreSQL's `norwegian` configuration does the same) and match every query
word as a *prefix*: `query_stem(query word)` against the indexed stems. So a query
word finds a text word exactly when ``stem(text word).startswith(query_stem(query word))``.
"""

import re
import unicodedata

import pytest

from search.norwegian import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_WORDS,
    STOPWORDS,
    clean_query,
    query_stem,
    query_words,
    spelling_variants,
    stem,
    stem_text,
    words,
)


def finds(query_word: str, text_word: str) -> bool:
    """Would a search for `query_word` find a text containing `text_word`? (as the backends match)"""
    return stem(text_word).startswith(query_stem(query_word))


# Inflections of one word: each form finds every other.
INFLECTIONS = [
    ["lese", "leser", "lesing"],
    ["elev", "elever", "elevenes"],
    ["skole", "skolen", "skolens"],
    ["lærer", "lærere", "læreren"],
    ["vurdere", "vurdering", "vurderingen"],
]
# Base form → compounds and derivations it should find (one way: a compound is more specific).
COMPOUNDS = {
    "lese": ["leseforståelse", "lesestrategier", "lesekveld"],
    "elev": ["elevundersøkelsen", "elevsamtalen"],
    "skole": ["skoleleder", "skolehverdagen"],
    "lærer": ["lærerrollen", "lærerens"],
    "vurdere": ["vurderingskriterier"],
}


@pytest.mark.parametrize("group", INFLECTIONS, ids=lambda g: g[0])
def test_the_base_forms_query_stem_is_a_prefix_of_every_forms_stem(group):
    base = group[0]
    for form in group:
        assert stem(form).startswith(query_stem(base)), (base, query_stem(base), form, stem(form))


@pytest.mark.parametrize("group", INFLECTIONS, ids=lambda g: g[0])
def test_searching_for_any_inflected_form_finds_all_the_others(group):
    misses = [(a, b) for a in group for b in group if not finds(a, b)]
    assert misses == []


@pytest.mark.parametrize(("base", "compounds"), COMPOUNDS.items())
def test_the_base_form_finds_its_compounds(base, compounds):
    for compound in compounds:
        assert finds(base, compound), (base, query_stem(base), compound, stem(compound))


def test_lese_finds_leseforstaaelse_but_a_compound_does_not_find_the_bare_word():
    assert finds("lese", "leseforståelse")
    assert finds("lesing", "leseforståelse")
    assert finds("leser", "leseforståelse")
    # The compound is the more specific question: "leseforståelse" must not find every text about reading.
    assert not finds("leseforståelse", "lese")


def test_unrelated_words_do_not_find_each_other():
    assert not finds("lese", "lage")
    assert not finds("elev", "eldre")
    assert not finds("skole", "skriving")
    assert not finds("brøk", "bruk")


def test_stems_are_lower_case_and_case_does_not_matter():
    assert stem("Elevenes") == stem("elevenes") == "elev"
    assert query_stem("LÆRERE") == query_stem("lærere")
    assert stem_text("Elevenes Lesing") == f"{stem('elevenes')} {stem('lesing')}"


def test_query_stem_never_lengthens_the_stem_and_keeps_short_words_whole():
    for word in ["lese", "vurdering", "undervisning", "lærere", "ord", "ting", "er", "ring"]:
        assert stem(word).startswith(query_stem(word))
        assert query_stem(word)
    # Derivational endings come off only when a real stem is left.
    assert query_stem("ting") == stem("ting")
    assert query_stem("undervisning") == "undervis"
    assert query_stem("vurdering") == "vurder"


# ---------------------------------------------------------------- stopwords


def test_stopwords_are_dropped_from_a_query():
    assert query_words("lesing og skriving i klassen") == ["lesing", "skriving", "klassen"]
    assert query_words("Hvordan kan jeg vurdere elevene?") == ["vurdere", "elevene"]
    assert query_words("relasjonen mellom lærer og elev") == ["relasjonen", "lærer", "elev"]


def test_a_query_of_only_stopwords_is_kept():
    assert query_words("og i det") == ["og", "i", "det"]
    assert query_words("Hva er det?") == ["hva", "er", "det"]
    assert all(w in STOPWORDS for w in query_words("og i det"))


def test_repeated_words_count_once_in_their_first_order():
    assert query_words("brøk Brøk BRØK pizza brøk") == ["brøk", "pizza"]


def test_an_empty_or_blank_query_has_no_words():
    assert query_words("") == []
    assert query_words("   \t\n ") == []
    assert clean_query("   ") == ""


# ------------------------------------------------- nothing but words reaches the engine

FTS_SYNTAX = set("\"*^:()+-{}[]<>~!|&\\/'%.,;?=@#$`")
NASTY = [
    '"',
    'lese"',
    "AND OR NOT * ^ : ( )",
    "NEAR(a b)",
    '"a" NEAR/2 "b"',
    "lese* OR -skriving",
    "col:lese ^lese",
    "'; DROP TABLE wagtailcore_page; --",
    "%",
    "_",
    "\\",
    "%_%",
    "!!!???...,,,;;;",
    "😀🎉👩‍🏫",
    "brøk 😀 pizza🍕",
    "lese\x00skrive",
    "\x1b[31mrød\x1b[0m",
    "\u202eesel\u202c",
    "zero\u200bwidth",
    "tab\tnew\nline\rcr",
    "<script>alert(1)</script>",
    "a" * 1000,
]


@pytest.mark.parametrize("raw", NASTY)
def test_operators_punctuation_emoji_and_control_characters_never_reach_the_words(raw):
    found = query_words(raw)
    assert len(found) <= MAX_QUERY_WORDS
    for word in found:
        assert re.fullmatch(r"\w+", word), word
        assert word == word.lower()
        assert not FTS_SYNTAX & set(word), word
        assert word.strip("_"), word
        assert all(unicodedata.category(ch)[0] != "C" for ch in word), word
        assert all(unicodedata.category(ch) != "So" for ch in word), word
        assert stem(word) and query_stem(word)
    # The upper-case FTS operators can never be passed through as operators.
    assert not {"AND", "OR", "NOT", "NEAR"} & set(found)


def test_operators_become_plain_lower_case_words():
    assert query_words("AND OR NOT * ^ : ( )") == ["and", "or", "not"]
    assert query_words("NEAR(a b)") == ["near", "a", "b"]
    assert query_words('"a" NEAR/2 "b"') == ["a", "near", "2", "b"]
    assert query_words('lese"') == ["lese"]


@pytest.mark.parametrize("raw", ['"', "%", "_", "\\", "!?.,;:", "😀🎉", "\x00\x1b\u202e", "* ^ : ( )", "__ _ ___"])
def test_a_query_of_no_words_has_no_words(raw):
    assert query_words(raw) == []


def test_control_characters_are_spaces_in_the_clean_query():
    assert clean_query("lese\x00skrive") == "lese skrive"
    assert clean_query("\x1b[31mrød\x1b[0m") == "[31mrød [0m"
    assert clean_query("\u202eesel\u202c") == "esel"
    assert clean_query("  tab\tnew\nline  ") == "tab new line"
    cleaned = clean_query("".join(chr(c) for c in range(0, 0x20)) + "ok\x7f\u200b\u2028\ufeff")
    assert cleaned == "ok"
    assert all(unicodedata.category(ch)[0] != "C" for ch in cleaned)


def test_emoji_are_not_words():
    assert words("brøk 😀 pizza🍕 👩‍🏫") == ["brøk", "pizza"]


def test_underscores_alone_are_not_words():
    assert words("_ __ a_b _x") == ["a_b", "_x"]


# ---------------------------------------------------------------- length caps


def test_the_clean_query_is_capped_at_200_characters():
    assert MAX_QUERY_LENGTH == 200
    assert len(clean_query("a" * 100_000)) == 200
    assert len(clean_query("lese " * 20_000)) <= 200
    assert len(clean_query(" " * 5_000 + "lese")) <= 200
    assert len(clean_query("x\x00" * 50_000)) <= 200


def test_a_query_has_at_most_12_words():
    assert MAX_QUERY_WORDS == 12
    many = " ".join(f"ord{i}" for i in range(100))
    assert query_words(many) == [f"ord{i}" for i in range(12)]
    assert len(query_words("lese " * 20_000 + " skrive")) == 1


def test_the_12_word_cap_counts_after_stopwords_are_dropped():
    raw = " ".join(f"og ord{i}" for i in range(20))
    assert query_words(raw) == [f"ord{i}" for i in range(12)]


def test_a_huge_query_is_cheap():
    import time

    start = time.perf_counter()
    for _ in range(50):
        query_words("leseforståelse " * 10_000 + "😀" * 10_000)
    assert time.perf_counter() - start < 2


# ---------------------------------------------------------------- spelling variants


@pytest.mark.parametrize(
    ("typed", "variant"),
    [
        ("laerer", "lærer"),
        ("laering", "læring"),
        ("gaard", "gård"),
        ("oeye", "øye"),
        ("foeroer", "førør"),
        ("aarstid", "årstid"),
        ("soeylediagram", "søylediagram"),
        ("vaere", "være"),
    ],
)
def test_ascii_spellings_get_their_norwegian_letters(typed, variant):
    assert spelling_variants(typed) == [variant]


@pytest.mark.parametrize("word", ["lærer", "brøk", "elev", "", "lese", "skole"])
def test_words_without_ascii_spellings_have_no_variant(word):
    assert spelling_variants(word) == []


def test_the_variant_is_found_where_the_norwegian_spelling_is_written():
    (variant,) = spelling_variants("laerer")
    assert finds(variant, "lærerens")
    assert finds(variant, "lærere")
    (variant,) = spelling_variants("laeringsstrategier")
    assert finds(variant, "læringsstrategier")
