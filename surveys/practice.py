"""«Fra data til praksis»: what the portal offers on each survey area – the best-matching resources
(research summaries first, then the newest), the networks that work on it and their coming
meetings, and the coming seminars, conferences and webinars tagged with it. Only live, public
pages. A fixed number of queries for any number of areas."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, F, Value, When, Window
from django.db.models.functions import RowNumber

from events.models import EventPage
from events.selectors import upcoming_public_events
from networks.models import NetworkPage
from networks.selectors import public_networks, upcoming_meetings
from resources.models import ResearchSummaryPage, ResourceIndexPage, ResourcePage
from resources.selectors import label_types, public_resources

RESOURCES_PER_AREA = 3
MEETINGS_PER_AREA = 3
EVENTS_PER_AREA = 3
# The facet parameter of the resource listing (resources/filters.py) for survey areas.
AREA_FILTER = "kartlegging"


@dataclass
class Practice:
    resources: list = field(default_factory=list)
    resource_total: int = 0
    resources_url: str = ""
    networks: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    events: list = field(default_factory=list)


def resource_index_url(request=None) -> str:
    index = ResourceIndexPage.objects.live().order_by("path").first()
    return (index.get_url(request) if index else None) or "/ressurser/"


def _top_resources(area_ids: list[int]) -> dict[int, tuple[list, int]]:
    """Per area: its first resources and how many it has, in one query (a window per area)."""
    through = ResourcePage.survey_areas.through
    research = ContentType.objects.get_for_model(ResearchSummaryPage).pk
    research_first = Case(When(resourcepage__content_type_id=research, then=Value(0)), default=Value(1))
    rows = (
        through.objects.filter(surveyarea_id__in=area_ids, resourcepage__in=public_resources())
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("surveyarea_id")],
                order_by=[
                    research_first.asc(),
                    F("resourcepage__first_published_at").desc(nulls_last=True),
                    F("resourcepage_id").desc(),
                ],
            ),
            total=Window(Count("pk"), partition_by=[F("surveyarea_id")]),
        )
        .filter(rank__lte=RESOURCES_PER_AREA)
        .select_related("resourcepage")
        .order_by("surveyarea_id", "rank")
    )
    found: dict[int, tuple[list, int]] = {}
    rows = list(rows)
    label_types([row.resourcepage for row in rows])
    for row in rows:
        pages, _total = found.get(row.surveyarea_id, ([], row.total))
        pages.append(row.resourcepage)
        found[row.surveyarea_id] = (pages, row.total)
    return found


def _upcoming_events(area_ids: list[int]) -> dict[int, list]:
    """Per area: its first coming events, soonest first, in one query (a window per area)."""
    through = EventPage.survey_areas.through
    rows = (
        through.objects.filter(surveyarea_id__in=area_ids, eventpage__in=upcoming_public_events())
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("surveyarea_id")],
                order_by=[F("eventpage__start").asc(), F("eventpage_id").asc()],
            )
        )
        .filter(rank__lte=EVENTS_PER_AREA)
        .select_related("eventpage")
        .order_by("surveyarea_id", "rank")
    )
    found: dict[int, list] = {}
    for row in rows:
        found.setdefault(row.surveyarea_id, []).append(row.eventpage)
    return found


def practice_for_areas(*, areas, request=None) -> dict[int, Practice]:
    """Practice per area id, for the given SurveyArea objects."""
    area_ids = [area.pk for area in areas]
    if not area_ids:
        return {}
    index_url = resource_index_url(request)
    top = _top_resources(area_ids)

    through = NetworkPage.survey_areas.through
    links = list(
        through.objects.filter(surveyarea_id__in=area_ids, networkpage__in=public_networks())
        .select_related("networkpage")
        .order_by("networkpage__title", "networkpage_id")
    )
    networks = list({link.networkpage_id: link.networkpage for link in links}.values())
    meetings = upcoming_meetings(networks=networks)
    events = _upcoming_events(area_ids)

    practice = {}
    for area in areas:
        area_id = area.pk
        resources, total = top.get(area_id, ([], 0))
        area_networks = [link.networkpage for link in links if link.surveyarea_id == area_id]
        ids = {network.pk for network in area_networks}
        area_meetings = [m for m in meetings if m.network is not None and m.network.pk in ids]
        practice[area_id] = Practice(
            resources=resources,
            resource_total=total,
            resources_url=f"{index_url}?{urlencode({AREA_FILTER: area.slug})}",
            networks=area_networks,
            meetings=area_meetings[:MEETINGS_PER_AREA],
            events=events.get(area_id, []),
        )
    return practice
