"""Capacity holds when many people register at the same moment: every thread has its own
database connection, as requests in separate workers would."""

import threading

import pytest
from django.db import connection

from events import services
from events.factories import EventPageFactory, event_index
from events.models import Registration

THREADS = 8


@pytest.mark.parametrize("email_confirmed", [True, False], ids=["logged-in", "pending"])
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_registrations_never_exceed_capacity(email_confirmed):
    """Logged in, the registrations take places at once; not logged in, pending registrations hold them."""
    event = EventPageFactory(parent=event_index(), capacity=3, waiting_list=False)
    barrier = threading.Barrier(THREADS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt(n: int):
        try:
            barrier.wait(timeout=10)
            services.registration_create(
                event=event,
                name=f"Lærer {n}",
                email=f"laerer{n}@skole.no",
                role="laerer",
                workplace="Hamar",
                email_confirmed=email_confirmed,
            )
            outcome = "registered"
        except services.RegistrationRefused as refusal:
            outcome = refusal.reason
        except Exception as error:  # noqa: BLE001 – reported by the assertion below
            outcome = f"error: {error!r}"
        finally:
            connection.close()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes) == sorted(["registered"] * 3 + ["full"] * (THREADS - 3)), outcomes
    if email_confirmed:
        assert Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).count() == 3
    else:
        assert (
            Registration.objects.filter(event=event, status=Registration.Status.PENDING, holds_place=True).count() == 3
        )
    assert Registration.objects.filter(event=event).count() == 3


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: pytest-django's in-memory SQLite test database uses shared-cache table locks "
    "that refuse concurrent readers (a real SQLite file does not); the test above covers SQLite",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_posts_to_the_event_page_fill_the_places_then_the_waiting_list():
    """The same through the registration form, as parallel HTTP requests arrive at PostgreSQL."""
    from django.test import Client

    event = EventPageFactory(parent=event_index(), capacity=3, waiting_list=True)
    url = event.url
    barrier = threading.Barrier(THREADS)
    statuses: list[int] = []
    lock = threading.Lock()

    def post(n: int):
        try:
            client = Client()
            barrier.wait(timeout=10)
            response = client.post(
                url,
                {"name": f"Lærer {n}", "email": f"laerer{n}@skole.no", "role": "laerer", "workplace": "Hamar"},
            )
            status = response.status_code
        finally:
            connection.close()
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=post, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert statuses == [302] * THREADS
    # Not logged in: pending, three of them holding the places, the rest bound for the waiting list.
    registrations = Registration.objects.filter(event=event)
    assert registrations.filter(status=Registration.Status.PENDING, holds_place=True).count() == 3
    assert registrations.filter(status=Registration.Status.PENDING, holds_place=False).count() == THREADS - 3
