"""What a query's words also mean, the same for every engine (database or Elasticsearch):

- spelling with æ, ø, å («laerer» → «lærer»),
- nynorsk ↔ bokmål («skule» ↔ «skole», «elevar» ↔ «elever»): a word list
  (search/data/nynorsk.yaml) and a few regular endings for words not in it,
- editors' synonyms (search.models.Synonym, «Synonymer» in the admin), where a term may be
  several words («vurdering for læring» ↔ «vfl»): a query's known phrases are kept together.

Engines receive units (a word or a known phrase) and ask `alternatives(unit)` for the forms
that may match instead; a hit needs each unit in one of its forms.
"""

import time
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import yaml

from search.norwegian import query_words, spelling_variants

DATA = Path(__file__).parent / "data"
MAX_PHRASE_WORDS = 4
MAX_ALTERNATIVES = 12


def normalised(term: str) -> str:
    """A term as a query unit: lower case, no punctuation or stopwords («Vurdering FOR læring» → «vurdering læring»)."""
    return " ".join(query_words(term))


# --- nynorsk ----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _nynorsk() -> tuple[dict[str, str], dict[str, list[str]]]:
    path = DATA / "nynorsk.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    to_bokmal = {str(k).lower(): str(v).lower() for k, v in (raw or {}).items() if str(k).lower() != str(v).lower()}
    to_nynorsk: dict[str, list[str]] = defaultdict(list)
    for nynorsk, bokmal in to_bokmal.items():
        to_nynorsk[bokmal].append(nynorsk)
    return to_bokmal, dict(to_nynorsk)


# Regular nynorsk endings and their bokmål forms, for words the list does not have:
# elevane → elevene, oppgåvene, lærarar → lærere … (tried longest first; the result must
# still be a real word for it to matter, which the engines' matching decides).
ENDINGS = (("arane", "erne"), ("arar", "ere"), ("ane", "ene"), ("ar", "er"), ("inga", "ingen"))


def nynorsk_forms(word: str) -> list[str]:
    to_bokmal, to_nynorsk = _nynorsk()
    forms = []
    if word in to_bokmal:
        forms.append(to_bokmal[word])
    forms.extend(to_nynorsk.get(word, []))
    if not forms:
        for ending, bokmal in ENDINGS:
            if word.endswith(ending) and len(word) >= 6:
                forms.append(word[: -len(ending)] + bokmal)
                break
    return forms


def is_nynorsk_word(word: str) -> bool:
    return word in _nynorsk()[0]


# --- synonyms ---------------------------------------------------------------------------------

_synonyms: dict = {}
_generation_read = {"at": -1.0}
# A search asks for the synonyms many times (every unit, every form); the shared cache's content
# generation is read at most this often per process, not on each of those calls.
GENERATION_CHECK_SECONDS = 1.0


def forget_synonyms(**kwargs) -> None:
    """This process's copy is stale (a synonym was saved or deleted here); other processes see
    the bumped content generation within GENERATION_CHECK_SECONDS."""
    _synonyms.clear()


def synonym_map() -> dict[str, list[str]]:
    """unit → the units it also finds. Read once per content generation (a saved synonym bumps
    it, search/apps.py), so a process holds one copy and asks the database rarely."""
    from portal import page_cache
    from search.models import Synonym

    now = time.monotonic()
    if _synonyms and now - _generation_read["at"] < GENERATION_CHECK_SECONDS:
        return next(iter(_synonyms.values()))
    generation = page_cache.generation()
    _generation_read["at"] = now
    if generation in _synonyms:
        return _synonyms[generation]
    found: dict[str, list[str]] = defaultdict(list)
    for entry in Synonym.objects.all():
        terms = [normalised(t) for t in entry.term_list()]
        terms = [t for t in terms if t]
        if entry.kind == Synonym.Kind.ONE_WAY:
            source = normalised(entry.source)
            if source:
                found[source].extend(t for t in terms if t != source)
        else:
            for term in terms:
                found[term].extend(t for t in terms if t != term)
    result = {key: list(dict.fromkeys(values)) for key, values in found.items()}
    _synonyms.clear()
    _synonyms[generation] = result
    return result


def units(words: list[str]) -> list[str]:
    """The query's words with known phrases kept together (longest first):
    ["classroom", "management", "tips"] → ["classroom management", "tips"]."""
    phrases = {key for key in synonym_map() if " " in key}
    if not phrases:
        return words
    result, i = [], 0
    while i < len(words):
        for size in range(min(MAX_PHRASE_WORDS, len(words) - i), 1, -1):
            candidate = " ".join(words[i : i + size])
            if candidate in phrases:
                result.append(candidate)
                i += size
                break
        else:
            result.append(words[i])
            i += 1
    return result


def alternatives(unit: str) -> list[str]:
    """Other forms of a unit that may match instead of it (never the unit itself)."""
    synonyms = synonym_map()
    forms: list[str] = []
    if " " not in unit:
        forms.extend(spelling_variants(unit))
        forms.extend(nynorsk_forms(unit))
    for form in [unit, *forms]:
        forms.extend(synonyms.get(form, []))
    return [f for f in dict.fromkeys(forms) if f and f != unit][:MAX_ALTERNATIVES]


def known(word: str) -> bool:
    """A word search understands without the content using it (not to be corrected as a typo)."""
    return is_nynorsk_word(word) or word in synonym_map()
