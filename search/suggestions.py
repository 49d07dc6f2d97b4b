"""Public search suggestions («Forslag til søk» on a search that found nothing): the rules.

What is shown to everyone must never echo one person's free text. So a suggestion is either
a term editors wrote (`SuggestedSearch`), or a query that
  * anonymous visitors asked – searches from logged-in sessions are never recorded for this,
  * that found public resources with all its words when asked, and still finds one when shown,
  * that at least `SEARCH_SUGGESTION_MIN_VISITORS` distinct visitors asked within the last
    `SEARCH_SUGGESTION_DAYS` days (a visitor counts once per query per day),
  * and that looks like a search term: a few words of letters, hardly any digits (see `public_term`).

Visitors are told apart without storing who they are: a keyed hash (HMAC with SECRET_KEY) of
the client address and the query, under a key that changes every day, stored only for the day
it was made and erased when the day is over (`search.services.purge_anonymous_searches`).
"""

import unicodedata
from datetime import date

from django.conf import settings
from django.utils.crypto import salted_hmac

MAX_TERM_LENGTH = 40
MAX_TERM_WORDS = 4
MAX_TERM_DIGITS = 4
MIN_TERM_LETTERS = 2
SUGGESTIONS_SHOWN = 8
VISITOR_DIGEST_LENGTH = 32


def min_visitors() -> int:
    """How many distinct visitors must have asked a query before it is suggested to everyone."""
    return max(1, int(getattr(settings, "SEARCH_SUGGESTION_MIN_VISITORS", 10)))


def window_days() -> int:
    """Over how many days visitors are counted; older records are deleted."""
    return max(1, int(getattr(settings, "SEARCH_SUGGESTION_DAYS", 30)))


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def public_term(text: str) -> str | None:
    """The query as it may be shown to everyone – lower case, single spaces – or None.

    A cheap guard on top of the counting: a term is a few words of Latin letters (æ, ø, å
    and Sámi letters included), digits and hyphens, short, with at most a few digits. Phone
    numbers, e-mail and web addresses, long text and anything else never qualify."""
    if not text:
        return None
    term = " ".join(unicodedata.normalize("NFC", text).lower().split())
    if not term or len(term) > MAX_TERM_LENGTH or len(term.split()) > MAX_TERM_WORDS:
        return None
    letters = digits = 0
    for ch in term:
        if _latin_letter(ch):
            letters += 1
        elif ch.isdecimal() and ch.isascii():
            digits += 1
        elif ch not in " -":
            return None
    if letters < MIN_TERM_LETTERS or digits > MAX_TERM_DIGITS:
        return None
    return term


def visitor_digest(*, address: str, term: str, day: date) -> str:
    """Tells one visitor's repeats of a query on a day apart from other visitors', and
    nothing else: the key changes daily and the query is part of the input, so the same
    address gives unrelated digests for two queries or two days."""
    value = f"{address}\x00{term}"
    return salted_hmac(f"search.suggestions.visitor.{day.isoformat()}", value, algorithm="sha256").hexdigest()[
        :VISITOR_DIGEST_LENGTH
    ]
