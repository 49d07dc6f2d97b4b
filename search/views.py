from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from portal.pagination import paginate
from resources.models import ResourcePage

MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over live, public resources. Issue #3 makes it Norwegian-aware and faceted."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = ResourcePage.objects.none()
    if query:
        results = ResourcePage.objects.live().public().search(query)
    pagination = paginate(results, page_param=request.GET.get("side"), per_page=settings.PORTAL_PAGE_SIZE)
    response = TemplateResponse(request, "search/search.html", {"query": query, "pagination": pagination})
    if query:
        add_never_cache_headers(response)
    return response
