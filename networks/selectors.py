"""Reads for the network pages and "Mine nettverk". A fixed number of queries each."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from networks.access import can_see_internal, user_group_ids
from networks.models import MeetingPage, Municipality, NetworkMaterialPage, NetworkPage, Region, School
from portal.filters import Filter, clear_url, read_choices
from portal.pagination import Pagination, paginate
from resources.models import GradeBand, Subject

UPCOMING_ON_NETWORK = 5


def public_networks() -> QuerySet:
    return NetworkPage.objects.live().public()


def with_network_card_data(queryset: QuerySet) -> QuerySet:
    return queryset.prefetch_related(
        "subjects",
        "grade_bands",
        Prefetch("schools", queryset=School.objects.select_related("municipality")),
    )


@dataclass
class NetworkListing:
    pagination: Pagination
    filters: list[Filter]
    total: int
    notices: list[str] = field(default_factory=list)
    clear_url: str = "?"

    @property
    def items(self):
        return self.pagination.items


def network_listing(*, index_page, params) -> NetworkListing:
    """Networks under the index, filtered by subject, grade band, municipality and region
    (several values of one filter widen the result, different filters narrow it)."""
    subjects = {s.slug: s.name for s in Subject.objects.all()}
    bands = {b.slug: b.name for b in GradeBand.objects.all()}
    municipalities = {m.slug: m.name for m in Municipality.objects.all()}
    regions = dict(Region.choices)
    notices: list[str] = []
    chosen = {
        "fag": read_choices(params, "fag", subjects, notices, _("Fag")),
        "trinnband": read_choices(params, "trinnband", bands, notices, _("Trinn")),
        "kommune": read_choices(params, "kommune", municipalities, notices, _("Kommune")),
        "region": read_choices(params, "region", regions, notices, _("Region")),
    }

    networks = public_networks().descendant_of(index_page)
    if chosen["fag"]:
        networks = networks.filter(subjects__slug__in=chosen["fag"])
    if chosen["trinnband"]:
        networks = networks.filter(grade_bands__slug__in=chosen["trinnband"])
    place = Q()
    if chosen["kommune"]:
        place |= Q(schools__municipality__slug__in=chosen["kommune"])
    if chosen["region"]:
        place |= Q(schools__municipality__region__in=chosen["region"])
    if place:
        networks = networks.filter(place)
    # Filtering across relations can repeat a network; select ids first, then the pages.
    ids = networks.values("pk")
    results = with_network_card_data(NetworkPage.objects.filter(pk__in=ids).order_by("title"))
    pagination = paginate(results, page_param=params.get("side"), per_page=settings.PORTAL_PAGE_SIZE)

    filters = [
        Filter.of("fag", _("Fag"), subjects, chosen["fag"]),
        Filter.of("trinnband", _("Trinn"), bands, chosen["trinnband"]),
        Filter.of("region", _("Region"), regions, chosen["region"]),
        Filter.of("kommune", _("Kommune"), municipalities, chosen["kommune"]),
    ]
    return NetworkListing(
        pagination=pagination,
        filters=filters,
        total=pagination.page.paginator.count,
        notices=notices,
        clear_url=clear_url(params, drop={*chosen, "side"}),
    )


def upcoming_meetings(*, networks, limit: int | None = None) -> list[MeetingPage]:
    """Public, live meetings of these networks that have not ended, soonest first."""
    if not networks:
        return []
    paths = Q()
    for network in networks:
        paths |= Q(path__startswith=network.path)
    meetings = MeetingPage.objects.live().public().filter(paths, end__gte=timezone.now()).order_by("start", "pk")
    meetings = list(meetings[:limit] if limit else meetings)
    by_path = {network.path: network for network in networks}
    for meeting in meetings:
        meeting.network = by_path.get(meeting.path[: -meeting.steplen])
    return meetings


def network_page_content(*, network: NetworkPage, user) -> dict:
    is_member = can_see_internal(user=user, network=network)
    meetings = MeetingPage.objects.live().public().child_of(network)
    now = timezone.now()
    leaders = []
    if network.leaders_group_id:
        leaders = list(network.leaders_group.user_set.filter(is_active=True).order_by("first_name", "last_name"))
    material = []
    if is_member:
        # Live material under the network; its restriction admits this member.
        material = list(NetworkMaterialPage.objects.live().child_of(network).order_by("-first_published_at"))
    return {
        "is_member": is_member,
        "leaders": leaders,
        "upcoming": list(meetings.filter(end__gte=now).order_by("start")[:UPCOMING_ON_NETWORK]),
        "past": list(meetings.filter(end__lt=now).order_by("-start")),
        "material": material,
        "schools": list(network.schools.select_related("municipality").order_by("municipality__name", "name")),
    }


@dataclass
class MyNetworks:
    networks: list[NetworkPage]
    leading: set[int]
    upcoming: list[MeetingPage]


def my_networks(*, user) -> MyNetworks:
    """The networks whose members or leaders group the user is in, and their next meetings."""
    groups = user_group_ids(user)
    if not groups:
        return MyNetworks(networks=[], leading=set(), upcoming=[])
    networks = list(
        with_network_card_data(
            NetworkPage.objects.live().filter(Q(members_group__in=groups) | Q(leaders_group__in=groups))
        ).order_by("title")
    )
    leading = {network.pk for network in networks if network.leaders_group_id in groups}
    return MyNetworks(networks=networks, leading=leading, upcoming=upcoming_meetings(networks=networks))
