"""Factories for networks, their pages and people, for tests. The demo (networks/demo.py) uses the
plain creators in networks/demo_support.py instead, which need no factory_boy."""

from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from networks import services
from networks.demo_support import network_index
from networks.models import MeetingPage, Municipality, NetworkMaterialPage, NetworkPage, School
from portal.factories import PublishedPageFactory
from portal.text import norwegian_slug

__all__ = [
    "MeetingPageFactory",
    "NetworkFactory",
    "NetworkMaterialPageFactory",
    "SchoolFactory",
    "UserFactory",
    "network_index",
]


class UserFactory(factory.django.DjangoModelFactory):
    """A user with a known password ("passord-<username>") so tests and the browser can log in."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"bruker{n}")
    first_name = "Ola"
    last_name = factory.Sequence(lambda n: f"Nordmann {n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.no")

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or f"passord-{obj.username}")
        if create:
            obj.save(update_fields=["password"])


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School
        django_get_or_create = ("name", "municipality")

    name = factory.Sequence(lambda n: f"Testskole {n}")
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(slug="hamar"))


class NetworkFactory(factory.Factory):
    """A network made the way the admin makes one: groups, collection and permissions included."""

    class Meta:
        model = NetworkPage

    title = factory.Sequence(lambda n: f"Nettverk {n}")
    summary = factory.LazyAttribute(lambda o: f"{o.title} møtes for å dele erfaringer fra undervisningen.")

    @classmethod
    def _create(cls, model_class, *, leaders=(), members=(), index=None, **kwargs):
        network = services.network_create(index=index or network_index(), **kwargs)
        for user in leaders:
            services.network_add_member(network=network, user=user, leader=True)
        for user in members:
            services.network_add_member(network=network, user=user)
        return network


class MeetingPageFactory(PublishedPageFactory):
    """A meeting under `parent=` (a network)."""

    class Meta:
        model = MeetingPage

    title = factory.Sequence(lambda n: f"Samling {n}")
    slug = factory.LazyAttribute(lambda o: norwegian_slug(o.title))
    start = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=14)).replace(minute=0, second=0, microsecond=0)
    )
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=3))
    place = "Høgskolen i Innlandet, Hamar"
    summary = "Vi deler erfaringer og planlegger neste periode."


class NetworkMaterialPageFactory(PublishedPageFactory):
    """Members-only material under `parent=` (a network)."""

    class Meta:
        model = NetworkMaterialPage

    title = factory.Sequence(lambda n: f"Materiell {n}")
    slug = factory.LazyAttribute(lambda o: norwegian_slug(o.title))
    summary = "Internt materiell for nettverket."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Bare for medlemmene.</p>"}])
