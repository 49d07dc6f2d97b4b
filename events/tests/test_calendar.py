"""iCalendar files: one per event and the feed, valid RFC 5545 that calendars read right across DST."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from events.calendar import event_uid
from events.factories import EventPageFactory

pytestmark = pytest.mark.django_db
OSLO = ZoneInfo("Europe/Oslo")


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_an_event_over_the_change_to_summer_time(client, event_index):
    # Summer time starts at 02:00 on Sunday 28 March 2027: 09:00 is UTC+1 on the 27th, 15:00 UTC+2 on the 29th.
    event = EventPageFactory(
        title="Vårkonferansen",
        start=datetime(2027, 3, 27, 9, 0, tzinfo=OSLO),
        end=datetime(2027, 3, 29, 15, 0, tzinfo=OSLO),
    )
    response = client.get(f"{event.url}ics/")
    assert 'filename="' in response["Content-Disposition"]
    calendar = parse(response)
    assert str(calendar["VERSION"]) == "2.0" and "Kultur for læring" in str(calendar["PRODID"])
    [vevent] = calendar.walk("VEVENT")
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert start.astimezone(UTC) == datetime(2027, 3, 27, 8, 0, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime(2027, 3, 29, 13, 0, tzinfo=UTC)
    assert vevent["DTSTART"].params.get("TZID") == "Europe/Oslo"
    [timezone] = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Oslo"
    assert vevent.decoded("DTSTAMP").tzinfo is not None
    assert str(vevent["UID"]) == event_uid(event)
    assert str(vevent["SUMMARY"]) == "Vårkonferansen"
    assert "Høgskolen i Innlandet" in str(vevent["LOCATION"])
    assert str(vevent["URL"]).endswith(event.url)
    assert b"\r\n" in response.content


def test_the_uid_stays_when_the_event_changes(client, event_index):
    event = EventPageFactory(title="Før")
    first = parse(client.get(f"{event.url}ics/")).walk("VEVENT")[0]["UID"]
    event.title = "Etter"
    event.start = event.start.replace(hour=10)
    event.save_revision().publish()
    second = parse(client.get(f"{event.url}ics/")).walk("VEVENT")[0]["UID"]
    assert first == second


def test_the_feed_has_every_upcoming_live_event_and_nothing_else(client, event_index):
    EventPageFactory(title="Neste uke", days_ahead=7)
    EventPageFactory(title="Om en måned", days_ahead=30, place="", online_url="https://meet.example.no/x")
    EventPageFactory(title="Forbi", days_ahead=-7)
    EventPageFactory(title="Utkast", days_ahead=3, publish=False)
    calendar = parse(client.get("/arrangementer/kalender.ics"))
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Neste uke", "Om en måned"]
    assert len({str(e["UID"]) for e in calendar.walk("VEVENT")}) == 2
    assert calendar.walk("VTIMEZONE")


def test_an_empty_feed_is_still_a_calendar(client, event_index):
    calendar = parse(client.get("/arrangementer/kalender.ics"))
    assert calendar.walk("VEVENT") == []


def test_the_index_links_to_the_feed(client, event_index):
    assert 'href="/arrangementer/kalender.ics"' in client.get(event_index.url).content.decode()
