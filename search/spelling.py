"""«Mente du …?»: close spellings from the words the portal's own content uses."""

import difflib
import hashlib
from collections import Counter

from django.core.cache import cache
from django.db.models import Count, Max

from search import expansion
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


LONG_WORD = 6  # from this length a word may be two edits off; shorter ones one


def max_edits(word: str) -> int:
    return 2 if len(word) >= LONG_WORD else 1


def edit_distance(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) from a to b; limit + 1 if more."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before, row = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (x != y))
            if before is not None and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return row[-1]


def correct_word(word: str, known: Counter) -> str | None:
    """The known word closest to an unknown one (fewest edits, then the most used), or None.
    A word the portal's content uses is never changed, nor numbers and very short words."""
    if word in known or word.isdigit() or len(word) < MIN_WORD_LENGTH or " " in word or expansion.known(word):
        return None
    limit = max_edits(word)
    # difflib's cheap ratios narrow thousands of words to a few; the edit distance decides.
    close = difflib.get_close_matches(word, [w for w in known if abs(len(w) - len(word)) <= limit], n=12, cutoff=0.6)
    scored = [(edit_distance(word, w, limit), -known[w], w) for w in close]
    scored = [entry for entry in scored if entry[0] <= limit]
    return min(scored)[2] if scored else None


def suggest(query_words: list[str]) -> str | None:
    """The query with each unknown word replaced by its closest known word, or None."""
    known = vocabulary()
    if not known or not query_words:
        return None
    suggested = [correct_word(word, known) or word for word in query_words]
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
        result.extend((None if " " in word else split_compound(word)) or [word])
    return result if result != query_words else None
