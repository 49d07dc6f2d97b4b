"""Matched words marked in a snippet, safely escaped."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.norwegian import query_stem

SNIPPET_WORDS = 40
TOKEN_RE = re.compile(r"(\w+)", re.UNICODE)


def _matches(token: str, stems: list[str]) -> bool:
    lowered = token.lower()
    token_stem = query_stem(lowered)
    return any(lowered.startswith(s) or token_stem.startswith(s) for s in stems)


def highlight(text: str, query_words: list[str], *, max_words: int = SNIPPET_WORDS) -> SafeString:
    """`text` trimmed around the first match, with matching words in <mark>."""
    stems = [query_stem(w) for w in query_words if w]
    tokens = TOKEN_RE.split(text or "")
    word_positions = list(range(1, len(tokens), 2))
    first = next((i for i in word_positions if _matches(tokens[i], stems)), None) if stems else None
    start_word = 0
    if first is not None:
        start_word = max(0, word_positions.index(first) - 8)
    window = word_positions[start_word : start_word + max_words]
    if not window:
        return mark_safe(escape(text or ""))  # noqa: S308 – escaped
    begin, end = window[0], window[-1]
    parts = ["… " if start_word > 0 else escape(tokens[0])]
    for i in range(begin, end + 1):
        token = tokens[i]
        if i % 2 == 1 and stems and _matches(token, stems):
            parts.append(f"<mark>{escape(token)}</mark>")
        else:
            parts.append(escape(token))
    if end >= word_positions[-1]:
        parts.append(escape("".join(tokens[end + 1 :])))
    else:
        parts.append(" …")
    return mark_safe("".join(parts))  # noqa: S308 – every piece is escaped
