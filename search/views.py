from dataclasses import dataclass
from functools import wraps
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.http import JsonResponse, QueryDict
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET
from django_ratelimit.core import get_usage
from django_ratelimit.exceptions import Ratelimited

from portal.security import client_ip, rate_limited, ratelimit_key
from search import result_cache
from search.norwegian import clean_query
from search.selectors import site_search, suggested_searches, title_suggestions
from search.services import anonymous_search_record, search_log_record

# The JSON API speaks English parameter names; the pages speak Norwegian.
API_PARAMS = {
    "q": "q",
    "subject": "fag",
    "grade": "trinnband",
    "survey_area": "kartlegging",
    "pillar": "forbedring",
    "type": "type",
    "tag": "emne",
    "page": "side",
}
FACET_API_NAMES = {norwegian: english for english, norwegian in API_PARAMS.items()}


def _referring_query(request) -> str | None:
    """The query of the result page the request came from, if it came from one of ours."""
    referer = urlsplit(request.headers.get("Referer", ""))
    if referer.netloc and referer.netloc != request.get_host():
        return None
    if referer.path not in {reverse("search"), reverse("search_api")}:
        return None
    return clean_query(parse_qs(referer.query).get("q", [""])[0])


@dataclass(frozen=True)
class Asked:
    """What the logs need to know of a search (kept with its cached result page)."""

    query: str
    total: int
    best_id: int | None
    all_words_matched: bool
    unavailable: bool = False

    @classmethod
    def of(cls, outcome) -> "Asked":
        best = next(iter([*outcome.promoted, *outcome.results]), None)
        return cls(
            query=outcome.corrected_to or outcome.query,  # what was searched for, typo corrected
            total=outcome.total,
            best_id=best.pk if best is not None else None,
            all_words_matched=outcome.all_words_matched,
            unavailable=outcome.unavailable,
        )


def _log(request, outcome: Asked) -> None:
    """One count per query a teacher asks: not per facet click, filter removed or page turned,
    but a new query typed while filters are on does count."""
    if not outcome.query or outcome.unavailable or "side" in request.GET or "page" in request.GET:
        return
    came_from = _referring_query(request)
    plain = set(request.GET) <= {"q"}
    if came_from != outcome.query and (plain or came_from is not None):
        # Editors' reports: every search, whoever asked (admin only; nothing about who).
        search_log_record(query_string=outcome.query, result_count=outcome.total)
        # Public suggestions: only anonymous visitors, only a query that found public
        # resources with all its words. A member's search never feeds what everyone sees.
        user = getattr(request, "user", None)
        if outcome.best_id is not None and outcome.all_words_matched and not (user and user.is_authenticated):
            anonymous_search_record(
                query_string=outcome.query, address=client_ip(request), found_page_id=outcome.best_id
            )


def _api_rate(group, request) -> str:
    return getattr(settings, "SEARCH_API_RATE_LIMIT", "120/m")


def _rate_limited_api(group: str):
    """Per client address (portal.security.ratelimit_key), counted in the shared cache:
    over `SEARCH_API_RATE_LIMIT` (default 120 a minute) the API answers 429 with JSON."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            usage = get_usage(request, group=group, key=ratelimit_key, rate=_api_rate, increment=True)
            if usage is not None and usage["should_limit"]:
                response = rate_limited(request, Ratelimited())
                response["Retry-After"] = str(max(1, usage["time_left"]))  # seconds until the window ends
                add_never_cache_headers(response)
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def _result_page(params) -> tuple[Asked, str]:
    """The search and its rendered body. Rendered without the request: the same for everyone."""
    outcome = site_search(params=params)
    context = {"search": outcome, "query": outcome.query}
    if outcome.query and outcome.total == 0:
        context["suggested_searches"] = suggested_searches()
    return Asked.of(outcome), render_to_string("search/results.html", context)


@require_GET
def search(request):
    # The same parameters give the same body until content changes (search/result_cache.py);
    # the log below still counts every search asked.
    parts = sorted((key, request.GET.getlist(key)) for key in request.GET)
    kept = result_cache.get("page", parts)
    if kept is None:
        kept = _result_page(request.GET)
        if not kept[0].unavailable:
            result_cache.store("page", parts, kept)
    asked, body = kept
    _log(request, asked)
    context = {"query": asked.query, "results_html": mark_safe(body)}  # noqa: S308 – our own template's output
    response = TemplateResponse(request, "search/search.html", context, status=503 if asked.unavailable else 200)
    if asked.query:
        add_never_cache_headers(response)
    return response


@require_GET
@_rate_limited_api("search:api")
def search_api(request):
    params = QueryDict(mutable=True)
    for english, norwegian in API_PARAMS.items():
        params.setlist(norwegian, request.GET.getlist(english))
    outcome = site_search(params=params)
    _log(request, Asked.of(outcome))
    if outcome.unavailable:
        return JsonResponse({"error": "Søket er ikke tilgjengelig akkurat nå."}, status=503)
    page = outcome.pagination.page if outcome.pagination else None
    hits = [*outcome.promoted, *outcome.results]
    data = {
        "query": outcome.query,
        "count": outcome.total,
        "page": page.number if page else 1,
        "pages": page.paginator.num_pages if page else 0,
        "results": [
            {
                "title": hit.title,
                "url": request.build_absolute_uri(hit.get_url(request)),
                "type": hit.type_slug,
                "type_label": str(hit.type_label),
                "snippet": str(hit.snippet),
                "summary": hit.summary,
                "subjects": [s.name for s in hit.subjects.all()],
                "grades": hit.grade_label,
                "tags": [t.name for t in hit.tags.all()],
                "promoted": hit in outcome.promoted,
            }
            for hit in hits
        ],
        "facets": {
            FACET_API_NAMES.get(state.param, state.param): [
                {"slug": o.key, "name": o.label, "count": o.count, "selected": o.selected} for o in state.options
            ]
            for state in outcome.facets
            if state.param in FACET_API_NAMES
        },
        "corrected_query": outcome.corrected_to or None,
        # The subject and grade the query names, as a filter to choose (search/understanding.py).
        "filter_suggestion": (
            {"label": outcome.filter_label, "url": request.build_absolute_uri(outcome.filter_url)}
            if outcome.filter_url
            else None
        ),
        # Networks, meetings, events and news: found beside the resources, without facets.
        "other_results": [
            {
                "title": hit.title,
                "url": request.build_absolute_uri(hit.url),
                "type_label": hit.type_label,
                "summary": hit.summary,
                "when": hit.when.isoformat() if hit.when else None,
            }
            for hit in outcome.other
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    add_never_cache_headers(response)
    return response


@require_GET
@_rate_limited_api("search:suggest")
def suggest_api(request):
    """Titles for as-you-type suggestions (a progressive enhancement of the search box)."""
    titles = title_suggestions(query=clean_query(request.GET.get("q", "")))
    response = JsonResponse({"suggestions": titles}, json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=60)
    return response
