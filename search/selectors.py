"""The portal's search: one query over all public resources, with facets.

The view asks `site_search(params=…)`; which engine answers (the database
backends or Elasticsearch) is decided once, from settings, in `engines.py`.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count, F
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from portal.pagination import Pagination
from resources.filters import FacetState, apply_facets, querystring_without, read_facets
from resources.models import ResourceIndexPage
from resources.selectors import ActiveFilter, label_types, public_resources, with_card_data
from search.engines import SearchUnavailable, get_engine
from search.expansion import alternatives, units
from search.highlight import highlight
from search.models import AnonymousSearch, SuggestedSearch
from search.norwegian import clean_query, query_words, words
from search.other_content import OtherHit, other_hits
from search.spelling import decompound, suggest
from search.suggestions import SUGGESTIONS_SHOWN, min_visitors, public_term, window_days
from search.understanding import understand

logger = logging.getLogger(__name__)

FEW_RESULTS = 2


@dataclass
class SiteSearch:
    query: str
    words: list[str]
    facets: list[FacetState]
    pagination: Pagination | None = None
    total: int = 0
    promoted: list = field(default_factory=list)
    # A typo corrected: the results shown are those of corrected_to; original_url searches as typed.
    corrected_from: str = ""
    corrected_to: str = ""
    original_url: str = ""
    # The query names a subject or grade: a link to show only those (search/understanding.py).
    filter_label: str = ""
    filter_url: str = ""
    all_words_matched: bool = True
    unavailable: bool = False
    active_filters: list[ActiveFilter] = field(default_factory=list)
    clear_filters_url: str = ""
    other: list[OtherHit] = field(default_factory=list)

    @property
    def results(self):
        return self.pagination.items if self.pagination else []


def site_search(*, params) -> SiteSearch:
    query = clean_query(params.get("q", ""))
    search_words = units(query_words(query))
    states = read_facets(params)
    outcome = SiteSearch(query=query, words=search_words, facets=states)
    outcome.active_filters = [
        ActiveFilter(option.label, state.label, querystring_without(params, param=state.param, value=option.key))
        for state in states
        for option in state.selected
    ]
    outcome.clear_filters_url = "?" + urlencode({"q": query})
    if not search_words:
        return outcome

    try:
        engine = get_engine()
    except SearchUnavailable:
        logger.exception("Search engine unavailable")
        outcome.unavailable = True
        return outcome
    page_param = params.get("side")
    exact = params.get("eksakt") == "1"  # «Søk i stedet etter …»: no correction
    per_page = settings.PORTAL_PAGE_SIZE
    promoted = promoted_pages(query=query, states=states)
    promoted_ids = [p.pk for p in promoted]

    understood = understand(search_words)

    def run(words, *, require_all=True):
        return engine.search(
            words=words,
            states=states,
            require_all=require_all,
            promoted=promoted_ids,
            page_param=page_param,
            per_page=per_page,
            boosts=understood.boosts,
        )

    # Subject, grade and stage words raise matching resources instead of having to be in the text
    # (search/understanding.py); with nothing else, any of the query's words will do.
    search_words, require_all = understood.words, True
    if not search_words:
        search_words, require_all = understood.optional or outcome.words, False
    _offer_filter(outcome, understood, params=params, states=states)

    try:
        found = run(search_words, require_all=require_all)
        if found.total == 0 and (parts := decompound(search_words)):
            # "foreldresamarbeid" finds content that says "samarbeid med foreldre".
            found = run(parts)
            search_words = outcome.words = parts
        # A typo: the corrected spelling's results at once, if it finds more.
        corrected = suggest(search_words) if found.total <= FEW_RESULTS and not exact else None
        corrected_units = units(query_words(corrected)) if corrected else []
        if corrected and engine.count(words=corrected_units, states=states) > found.total:
            outcome.corrected_from, outcome.corrected_to = query, corrected
            outcome.original_url = "?" + urlencode([("q", query), ("eksakt", "1"), *_other_params(params)])
            promoted = promoted_pages(query=corrected, states=states)
            promoted_ids = [p.pk for p in promoted]
            understood = understand(corrected_units)
            outcome.words = corrected_units
            search_words, require_all = understood.words or understood.optional or outcome.words, bool(understood.words)
            found = run(search_words, require_all=require_all)
        if found.total == 0 and len(search_words) > 1 and require_all:
            outcome.all_words_matched = False
            found = run(search_words, require_all=False)
    except SearchUnavailable:
        logger.exception("Search engine unavailable")
        outcome.unavailable = True
        return outcome

    outcome.pagination = found.pagination
    outcome.pagination.params = params
    outcome.total = found.total
    items = label_types(found.pagination.page.object_list)
    marked = [w for unit in outcome.words for form in [unit, *alternatives(unit)] for w in form.split()]
    for item in items:
        if not getattr(item, "snippet", None):  # Elasticsearch brings its own highlighting
            item.snippet = highlight(item.summary, marked)
    found.pagination.page.object_list = items
    if found.pagination.page.number == 1:
        outcome.promoted = promoted
        if not outcome.active_filters:
            outcome.other = other_hits(query=outcome.corrected_to or query)
    return outcome


def _offer_filter(outcome: SiteSearch, understood, *, params, states: list[FacetState]) -> None:
    """«Vis bare Matematikk, 6. trinn»: the subject and grade the query names, as one click –
    the search for the rest of the words with those filters, or the listing if nothing is left."""
    pairs = [(param, key) for param, key in understood.filters if key not in params.getlist(param)]
    if not pairs:
        return
    labels = {(s.param, o.key): o.label for s in states for o in s.options}
    if any((param, key) not in labels for param, key in pairs):
        return  # a subject or grade this portal does not have
    outcome.filter_label = ", ".join(str(labels[pair]) for pair in pairs)
    rest = " ".join(understood.words)
    others = [(k, v) for k, v in _other_params(params) if k not in {p for p, _ in pairs}]
    if rest:
        outcome.filter_url = reverse("search") + "?" + urlencode([("q", rest), *others, *pairs])
    else:
        index = ResourceIndexPage.objects.live().order_by("path").first()
        outcome.filter_url = (index.url if index else "/ressurser/") + "?" + urlencode([*others, *pairs])


def _other_params(params) -> list[tuple[str, str]]:
    return [(k, v) for k in params if k not in {"q", "side", "eksakt"} for v in params.getlist(k)]


def promotion_keys(query: str) -> list[str]:
    """The query strings whose editors' picks a query shows, best first: the query itself, then
    its normalised words and phrases, then their synonyms and nynorsk forms – so that a pick
    for «feedback» also shows for «feedback elever» and «tilbakemelding»."""
    typed = normalise_query_string(query)
    parts = units(query_words(query))
    keys = [typed, " ".join(parts), *parts, *(form for unit in parts for form in alternatives(unit))]
    return [key for key in dict.fromkeys(keys) if key]


def promoted_pages(*, query: str, states: list[FacetState]) -> list:
    """Editors' picks for this query (search promotions), if live, public and within the filters."""
    keys = promotion_keys(query)
    rank = {key: i for i, key in enumerate(keys)}
    picks = SearchPromotion.objects.filter(query__query_string__in=keys, page__isnull=False).values_list(
        "query__query_string", "sort_order", "page_id"
    )
    page_ids = list(dict.fromkeys(page_id for _key, _order, page_id in sorted(picks, key=lambda p: (rank[p[0]], p[1]))))
    if not page_ids:
        return []
    pages = {p.pk: p for p in with_card_data(apply_facets(public_resources().filter(pk__in=page_ids), states))}
    picked = label_types(pages[pk] for pk in page_ids if pk in pages)
    for page in picked:
        page.snippet = highlight(page.summary, query_words(query))
    return picked


def suggested_searches(*, limit: int = SUGGESTIONS_SHOWN) -> list[str]:
    """«Forslag til søk» on a search that found nothing: editors' terms first, then queries
    many distinct anonymous visitors asked lately that still find a public resource
    (search/suggestions.py). Never anyone's free text. Three queries, however many are shown."""
    curated = list(
        SuggestedSearch.objects.order_by(F("sort_order").asc(nulls_last=True), "pk").values_list("term", flat=True)[
            :limit
        ]
    )
    shown = {term.lower() for term in curated}
    since = timezone.localdate() - timedelta(days=window_days())
    counted = (
        AnonymousSearch.objects.filter(date__gte=since, found_page__in=public_resources().values("pk"))
        .values("query_string")
        .annotate(visitors=Count("pk"))
        .filter(visitors__gte=min_visitors())
        .order_by("-visitors", "query_string")
        .values_list("query_string", flat=True)[: 2 * limit]
    )
    suggestions = list(curated)
    for query_string in counted:
        term = public_term(query_string)  # again: the rules may have tightened since it was stored
        if term and term not in shown and len(suggestions) < limit:
            shown.add(term)
            suggestions.append(term)
    return suggestions


def title_suggestions(*, query: str, limit: int = 8) -> list[str]:
    """Titles of public resources that start with (or contain a word starting with) what was typed."""
    typed = " ".join(words(query))  # punctuation and operators are not for the engine
    if len(typed) < 2:
        return []
    try:
        matches = public_resources().autocomplete(typed)[:limit]
        return [page.title for page in matches]
    except Exception:  # noqa: BLE001 – suggestions are a nicety; a failing engine must not break typing
        logger.exception("Autocomplete failed")
        return []
