"""«Mente du …?»: close spellings from the words the portal's own content uses."""

import difflib
import hashlib
from collections import Counter

from django.core.cache import cache
from django.db.models import Count, Max

from search.norwegian import words

MIN_WORD_LENGTH = 3
CACHE_SECONDS = 15 * 60
_local: dict = {}


def _content_version() -> str:
    from resources.selectors import public_resources

    stats = public_resources().aggregate(latest=Max("last_published_at"), n=Count("pk"))
    return f"{stats['latest']}-{stats['n']}"


def vocabulary() -> Counter:
    """Words in titles, summaries, tags and the taxonomy, with how often they occur.
    Cached until content is published or unpublished."""
    from resources.models import ImprovementPillar, Subject, SurveyArea
    from resources.selectors import public_resources

    key = "search:vocabulary:" + hashlib.sha256(_content_version().encode()).hexdigest()[:32]
    if key in _local:  # the process's own copy: no unpickling of thousands of words per request
        return _local[key]
    cached = cache.get(key)
    if cached is not None:
        _local.clear()
        _local[key] = cached
        return cached
    counter: Counter = Counter()
    for title, summary in public_resources().values_list("title", "summary").iterator(chunk_size=2000):
        counter.update(w for w in words(f"{title} {summary}") if len(w) >= MIN_WORD_LENGTH and not w.isdigit())
    for model in (Subject, SurveyArea, ImprovementPillar):
        for name in model.objects.values_list("name", flat=True):
            counter.update(w for w in words(name) if len(w) >= MIN_WORD_LENGTH)
    from taggit.models import Tag

    counter.update(w for name in Tag.objects.values_list("name", flat=True) for w in words(name))
    cache.set(key, counter, CACHE_SECONDS)
    _local.clear()
    _local[key] = counter
    return counter


def suggest(query_words: list[str]) -> str | None:
    """The query with each unknown word replaced by its closest known word, or None."""
    known = vocabulary()
    if not known or not query_words:
        return None
    candidates = list(known)
    suggested = []
    for word in query_words:
        if word in known or word.isdigit() or len(word) < MIN_WORD_LENGTH:
            suggested.append(word)
            continue
        close = difflib.get_close_matches(word, candidates, n=3, cutoff=0.75)
        suggested.append(
            max(close, key=lambda w: (difflib.SequenceMatcher(None, word, w).ratio(), known[w])) if close else word
        )
    return " ".join(suggested) if suggested != query_words else None


LINKING_LETTERS = ("s", "e")


def split_compound(word: str) -> list[str] | None:
    """ "foreldresamarbeid" → ["foreldre", "samarbeid"] when both parts are words the content uses.

    Norwegian writes compounds as one word; content often says the same in two."""
    known = vocabulary()
    if word in known or len(word) < 2 * MIN_WORD_LENGTH + 1:
        return None
    best = None
    for cut in range(MIN_WORD_LENGTH, len(word) - MIN_WORD_LENGTH + 1):
        head, tail = word[:cut], word[cut:]
        heads = [head] + [head[:-1] for letter in LINKING_LETTERS if head.endswith(letter) and len(head) > 4]
        for candidate in heads:
            if candidate in known and tail in known:
                score = known[candidate] + known[tail]
                if best is None or score > best[0]:
                    best = (score, [candidate, tail])
    return best[1] if best else None


def decompound(query_words: list[str]) -> list[str] | None:
    """The query with compounds split where that is possible, or None if nothing changed."""
    result = []
    for word in query_words:
        result.extend(split_compound(word) or [word])
    return result if result != query_words else None
