"""Reads of resources for listings, detail pages and the home page.

Every function here runs a fixed number of queries whatever the number of
results: relations are prefetched, facet counts are one grouped query each.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from portal.filters import clear_url
from portal.pagination import Pagination, paginate
from resources.filters import (
    FACET_PARAMS,
    FacetState,
    apply_facets,
    count_facets,
    querystring_without,
    read_facets,
)
from resources.models import GradeBand, ResourceIndexPage, ResourcePage, Subject, SurveyArea
from resources.models.pages import RESOURCE_TYPES

SORTS = {
    "nyest": (_("Nyeste først"), ("-first_published_at", "-pk")),
    "eldst": (_("Eldste først"), ("first_published_at", "pk")),
    "tittel": (_("Tittel (A–Å)"), ("title", "pk")),
    "oppdatert": (_("Sist oppdatert"), ("-last_published_at", "-pk")),
}
DEFAULT_SORT = "nyest"
RELATED_LIMIT = 6
NEWEST_ON_HOME = 6


def public_resources() -> QuerySet:
    """Everything a visitor may see: live, not behind a view restriction."""
    return ResourcePage.objects.live().public()


def with_card_data(queryset: QuerySet) -> QuerySet:
    """What a resource card shows, prefetched so cards cost no queries each."""
    return queryset.select_related("listing_image").prefetch_related("subjects", "grades", "tags")


def label_types(pages) -> list:
    """Give each page its type label without fetching the specific page."""
    labels = {ct.pk: model for model, ct in ContentType.objects.get_for_models(*RESOURCE_TYPES.values()).items()}
    pages = list(pages)
    for page in pages:
        model = labels.get(page.content_type_id)
        page.type_label = model.type_label if model else ResourcePage.type_label
        page.type_slug = model.type_slug if model else ResourcePage.type_slug
    return pages


@dataclass
class ActiveFilter:
    label: str
    facet_label: str
    remove_url: str


@dataclass
class ResourceListing:
    pagination: Pagination
    facets: list[FacetState]
    active_filters: list[ActiveFilter]
    sort: str
    sort_options: list[tuple[str, str]]
    total: int
    notices: list[str] = field(default_factory=list)
    clear_url: str = "?"

    @property
    def items(self):
        return self.pagination.items


def resource_listing(*, index_page: ResourceIndexPage, params) -> ResourceListing:
    base = public_resources().descendant_of(index_page)
    states = read_facets(params)
    count_facets(base, states)

    sort = params.get("sort", DEFAULT_SORT)
    if sort not in SORTS:
        sort = DEFAULT_SORT
    results = with_card_data(apply_facets(base, states).order_by(*SORTS[sort][1]))
    pagination = paginate(results, page_param=params.get("side"), per_page=settings.PORTAL_PAGE_SIZE)
    pagination.page.object_list = label_types(pagination.page.object_list)

    active = [
        ActiveFilter(option.label, state.label, querystring_without(params, param=state.param, value=option.key))
        for state in states
        for option in state.selected
    ]
    notices = [
        _("Filteret «%(label)s» kjenner ikke verdien «%(value)s», så den er ikke brukt.")
        % {"label": state.label, "value": value[:40]}
        for state in states
        for value in state.unknown
    ]
    return ResourceListing(
        pagination=pagination,
        facets=states,
        active_filters=active,
        sort=sort,
        sort_options=[(key, label) for key, (label, _order) in SORTS.items()],
        total=pagination.page.paginator.count,
        notices=notices,
        clear_url=clear_url(params, drop={*FACET_PARAMS, "side"}),
    )


def related_resources_for(*, resource: ResourcePage) -> list:
    """Resources linked from this one and those that link to it, both live and public."""
    linked = Q(referenced_by=resource) | Q(related_resources=resource)
    related = with_card_data(public_resources().filter(linked).exclude(pk=resource.pk).distinct())
    return label_types(related.order_by("title")[:RELATED_LIMIT])


@dataclass
class EntryPoint:
    label: str
    url: str
    count: int


def _counts(base: QuerySet, lookup: str) -> dict:
    return {row[lookup]: row["n"] for row in base.order_by().values(lookup).annotate(n=Count("pk", distinct=True))}


def home_page_content(*, home, request) -> dict:
    index = ResourceIndexPage.objects.live().public().descendant_of(home).order_by("path").first()
    if index is None:
        return {"resource_index": None, "featured": [], "newest": []}
    base = public_resources().descendant_of(index)
    index_url = index.get_url(request)

    subject_counts = _counts(base, "subjects__slug")
    subjects = [
        EntryPoint(s.name, f"{index_url}?fag={s.slug}", subject_counts[s.slug])
        for s in Subject.objects.all()
        if subject_counts.get(s.slug)
    ]
    band_counts = _counts(base, "grades__band__slug")
    bands = [
        EntryPoint(b.name, f"{index_url}?trinnband={b.slug}", band_counts.get(b.slug, 0))
        for b in GradeBand.objects.all()
    ]
    area_counts = _counts(base, "survey_areas__slug")
    areas: dict[str, list[EntryPoint]] = {}
    for area in SurveyArea.objects.select_related("respondent_group"):
        if area_counts.get(area.slug):
            areas.setdefault(area.respondent_group.name, []).append(
                EntryPoint(area.name, f"{index_url}?kartlegging={area.slug}", area_counts[area.slug])
            )

    blocks = [block.value for block in home.featured if block.value.get("page")]
    featured_pages = {p.pk: p for p in label_types(with_card_data(base.filter(pk__in=[b["page"].pk for b in blocks])))}
    featured = []
    for block in blocks:
        page = featured_pages.get(block["page"].pk)
        if page is not None:
            page.blurb = block["blurb"] or page.summary
            featured.append(page)

    newest = label_types(with_card_data(base.order_by("-first_published_at", "-pk"))[:NEWEST_ON_HOME])
    return {
        "resource_index": index,
        "subject_entries": subjects,
        "band_entries": bands,
        "survey_area_entries": list(areas.items()),
        "featured": featured,
        "newest": newest,
        "resource_total": base.count(),
    }
