"""The event index: upcoming first, an archive, filters in the URL, bad input, a fixed query budget."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.factories import EventPageFactory
from events.models import Role
from events.selectors import parse_month
from resources.models import GradeBand

pytestmark = pytest.mark.django_db


def _titles(response, key="upcoming"):
    listing = response.context["listing"]
    return [event.title for event in getattr(listing, key).items]


def test_upcoming_soonest_first_and_past_in_the_archive(client, event_index):
    EventPageFactory(title="Om tre uker", days_ahead=21)
    EventPageFactory(title="Om en uke", days_ahead=7)
    EventPageFactory(title="Forrige måned", days_ahead=-30)
    EventPageFactory(title="I fjor", days_ahead=-300)
    EventPageFactory(title="Utkast", days_ahead=3, publish=False)
    response = client.get(event_index.url)
    assert response.status_code == 200
    assert _titles(response) == ["Om en uke", "Om tre uker"]
    assert _titles(response, "archive") == ["Forrige måned", "I fjor"]
    html = response.content.decode()
    assert "Tidligere arrangementer" in html and "Utkast" not in html


def test_filter_by_type(client, event_index):
    EventPageFactory(title="Webinar om lesing", kind="webinar", place="", online_url="https://meet.example.no/a")
    EventPageFactory(title="Konferansen", kind="konferanse")
    response = client.get(event_index.url, {"type": "webinar"})
    assert _titles(response) == ["Webinar om lesing"]
    response = client.get(event_index.url, {"type": ["webinar", "konferanse"]})
    assert set(_titles(response)) == {"Webinar om lesing", "Konferansen"}


def test_filter_by_audience_roles_and_grade_bands(client, event_index):
    band = GradeBand.objects.order_by("sort_order").first()
    EventPageFactory(title="For ledere", audience_roles=[Role.SCHOOL_LEADER])
    EventPageFactory(title="For lærere på trinnet", audience_roles=[Role.TEACHER], grade_bands=[band])
    EventPageFactory(title="For gruppeledere", audience_roles=[Role.GROUP_LEADER])
    assert _titles(client.get(event_index.url, {"malgruppe": "skoleleder"})) == ["For ledere"]
    assert _titles(client.get(event_index.url, {"malgruppe": band.slug})) == ["For lærere på trinnet"]
    both = client.get(event_index.url, {"malgruppe": ["gruppeleder", band.slug]})
    assert set(_titles(both)) == {"For lærere på trinnet", "For gruppeledere"}


def test_filter_by_month_includes_events_that_overlap_it(client, event_index):
    first = EventPageFactory(title="Første", days_ahead=10)
    later = EventPageFactory(title="Senere", days_ahead=80)
    month = first.start.astimezone().strftime("%Y-%m")
    response = client.get(event_index.url, {"maned": month})
    assert "Første" in _titles(response)
    assert later.title not in _titles(response)
    assert response.context["listing"].month_label


@pytest.mark.parametrize(
    "params",
    [
        {"type": "foredrag"},
        {"malgruppe": "rektor"},
        {"maned": "2027-13"},
        {"maned": "mars"},
        {"maned": "99999-01"},
        {"maned": "2027-03-01"},
        {"side": "abc", "arkiv": "-1"},
        {"side": "9" * 50},
        {"type": "\x00<script>"},
    ],
)
def test_bad_input_is_ignored_with_a_notice_and_never_fails(client, event_index, params):
    EventPageFactory(title="Alltid med")
    response = client.get(event_index.url, params)
    assert response.status_code == 200
    assert "Alltid med" in _titles(response)
    if set(params) & {"type", "malgruppe", "maned"}:
        assert response.context["listing"].notices
        assert "kjenner ikke verdien" in response.content.decode()


def test_parse_month():
    start, end = parse_month("2027-03")
    assert (start.year, start.month, end.month) == (2027, 3, 4)
    assert parse_month("2027-12")[1].year == 2028
    assert parse_month("2027-00") is None and parse_month("") is None


def test_the_listing_costs_the_same_number_of_queries_for_3_and_12_events(
    client, event_index, django_assert_max_num_queries
):
    bands = list(GradeBand.objects.all()[:2])

    def make(n):
        for i in range(n):
            EventPageFactory(days_ahead=5 + i, grade_bands=bands, capacity=30)
            EventPageFactory(days_ahead=-5 - i, grade_bands=bands)

    make(3)
    client.get(event_index.url)  # warm caches (site root paths, content types)
    with CaptureQueriesContext(connection) as few:
        assert client.get(event_index.url).status_code == 200
    make(9)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(event_index.url)
    assert len(_titles(response)) == 12
