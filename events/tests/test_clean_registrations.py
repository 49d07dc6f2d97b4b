"""The clean-up of old registrations: deleted, or anonymised for the statistics, and only once."""

from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from freezegun import freeze_time

from events.factories import EventPageFactory, RegistrationFactory
from events.models import Registration, Role
from networks.factories import SchoolFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status
OSLO = ZoneInfo("Europe/Oslo")
TODAY = datetime(2027, 6, 1, 12, tzinfo=OSLO)


def clean(*args) -> str:
    out = StringIO()
    call_command("clean_registrations", *args, stdout=out)
    return out.getvalue()


def event_ended(days_ago: int, **kwargs):
    start = TODAY - timedelta(days=days_ago, hours=6)
    return EventPageFactory(start=start, end=start + timedelta(hours=5), **kwargs)


@pytest.fixture
def world(event_index):
    with freeze_time(TODAY - timedelta(days=400)):
        old, recent = event_ended(120), event_ended(30)
        upcoming = EventPageFactory(start=TODAY + timedelta(days=10), end=TODAY + timedelta(days=10, hours=5))
    school = SchoolFactory(name="Ottestad skole")
    old_people = [
        RegistrationFactory(
            event=old,
            name="Kari Ødegård",
            email="kari@skole.no",
            school=school,
            role=Role.SCHOOL_LEADER,
            workplace="Ottestad",
            dietary_needs="Nøtteallergi",
            answers=[{"name": "trinn", "label": "Trinn", "value": "5"}],
        ),
        RegistrationFactory(event=old, email="ola@skole.no", status=Status.WAITING),
        RegistrationFactory(event=old, email="kari@skole.no", status=Status.CANCELLED),
    ]
    return {
        "old": old,
        "old_people": old_people,
        "recent": RegistrationFactory(event=recent),
        "upcoming": RegistrationFactory(event=upcoming),
    }


@freeze_time(TODAY)
def test_deletes_the_registrations_of_events_that_ended_more_than_90_days_ago(world):
    output = clean()
    assert "3 påmeldinger til 1 arrangementer er slettet." in output
    assert not Registration.objects.filter(event=world["old"]).exists()
    assert Registration.objects.filter(pk__in=[world["recent"].pk, world["upcoming"].pk]).count() == 2
    assert "Ingen påmeldinger å slette" in clean()


@freeze_time(TODAY)
def test_the_number_of_days_comes_from_the_option_or_the_setting(world, settings):
    settings.EVENTS_REGISTRATION_RETENTION_DAYS = 20
    assert "4 påmeldinger til 2 arrangementer er slettet." in clean()
    assert list(Registration.objects.values_list("pk", flat=True)) == [world["upcoming"].pk]


@freeze_time(TODAY)
def test_the_option_wins_over_the_setting(world, settings):
    settings.EVENTS_REGISTRATION_RETENTION_DAYS = 20
    assert "3 påmeldinger til 1 arrangementer er slettet." in clean("--days", "100")
    assert Registration.objects.filter(pk=world["recent"].pk).exists()


@freeze_time(TODAY)
def test_without_the_setting_the_default_is_90_days(world, settings):
    del settings.EVENTS_REGISTRATION_RETENTION_DAYS
    clean()
    assert not Registration.objects.filter(event=world["old"]).exists()
    assert Registration.objects.filter(pk=world["recent"].pk).exists()


@freeze_time(TODAY)
def test_a_dry_run_changes_nothing(world):
    output = clean("--dry-run")
    assert "Prøvekjøring: 3 påmeldinger til 1 arrangementer" in output and "ville blitt slettet" in output
    assert Registration.objects.count() == 5
    assert "ville blitt anonymisert" in clean("--dry-run", "--anonymise")
    assert Registration.objects.get(pk=world["old_people"][0].pk).name == "Kari Ødegård"


@freeze_time(TODAY)
def test_anonymising_keeps_role_school_and_status_and_nothing_that_names_a_person(world):
    output = clean("--anonymise")
    assert "3 påmeldinger til 1 arrangementer er anonymisert." in output
    kari, ola, cancelled = (Registration.objects.get(pk=person.pk) for person in world["old_people"])
    assert (kari.name, kari.workplace, kari.dietary_needs, kari.answers) == ("", "", "", [])
    assert kari.email == f"anonymisert-{kari.reference}@invalid"
    assert (kari.role, kari.school.name, kari.status) == (Role.SCHOOL_LEADER, "Ottestad skole", Status.CONFIRMED)
    assert ola.status == Status.WAITING and ola.email == f"anonymisert-{ola.reference}@invalid"
    assert cancelled.status == Status.CANCELLED and "kari" not in cancelled.email
    assert len({kari.email, ola.email, cancelled.email}) == 3
    assert Registration.objects.get(pk=world["recent"].pk).email.endswith("@skole.example.no")


@freeze_time(TODAY)
def test_anonymising_twice_changes_nothing_the_second_time(world):
    clean("--anonymise")
    before = list(Registration.objects.order_by("pk").values())
    output = clean("--anonymise")
    assert "Ingen påmeldinger å anonymisere" in output
    assert list(Registration.objects.order_by("pk").values()) == before
    # The anonymised rows are still there for the statistics, and a later delete removes them.
    assert "3 påmeldinger til 1 arrangementer er slettet." in clean()


@freeze_time(TODAY)
def test_anonymising_many_registrations_works_in_batches(event_index):
    with freeze_time(TODAY - timedelta(days=400)):
        old = event_ended(200)
    Registration.objects.bulk_create(
        Registration(event=old, name=f"Lærer {n}", email=f"laerer{n}@skole.no", role=Role.TEACHER) for n in range(1203)
    )
    assert "1203 påmeldinger til 1 arrangementer er anonymisert." in clean("--anonymise")
    assert not Registration.objects.exclude(email__startswith="anonymisert-").exists()
    assert not Registration.objects.exclude(name="").exists()


def test_a_negative_number_of_days_is_refused(db):
    with pytest.raises(CommandError, match="negativt"):
        clean("--days", "-1")
