"""The network page tree, what creating a network sets up, and the rules pages keep."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import (
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    PageViewRestriction,
)
from wagtail.test.utils import WagtailPageTestCase

from networks import services
from networks.factories import (
    MeetingPageFactory,
    NetworkFactory,
    NetworkMaterialPageFactory,
    UserFactory,
    network_index,
)
from networks.models import MeetingPage, Municipality, NetworkIndexPage, NetworkMaterialPage, NetworkPage, Region
from portal.models import HomePage
from resources.models import ResourceIndexPage

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_where_network_pages_may_live(self):
        self.assertAllowedParentPageTypes(NetworkIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NetworkIndexPage, {NetworkPage})
        self.assertAllowedParentPageTypes(NetworkPage, {NetworkIndexPage})
        self.assertAllowedSubpageTypes(NetworkPage, {MeetingPage, NetworkMaterialPage})
        self.assertAllowedSubpageTypes(MeetingPage, set())
        self.assertAllowedSubpageTypes(NetworkMaterialPage, set())
        self.assertCanNotCreateAt(ResourceIndexPage, MeetingPage)
        self.assertCanNotCreateAt(HomePage, NetworkPage)


def test_the_migration_made_the_network_index_and_the_22_municipalities():
    index = network_index()
    assert index.url == "/nettverk/" and index.live
    names = set(Municipality.objects.values_list("name", flat=True))
    assert len(names) == 22
    assert {"Alvdal", "Åsnes", "Våler", "Sør-Odal", "Stor-Elvdal", "Løten", "Os"} <= names
    assert {m.region for m in Municipality.objects.all()} == set(Region.values)
    assert Municipality.objects.get(name="Hamar").number == "0403"


def test_creating_a_network_sets_up_groups_collection_and_permissions():
    network = NetworkFactory(title="Matematikk 5.–7. trinn, Sør-Østerdal")
    assert network.slug == "matematikk-5-7-trinn-sor-osterdal"
    assert network.live and network.url == "/nettverk/matematikk-5-7-trinn-sor-osterdal/"
    assert network.members_group.name.endswith("medlemmer")
    assert network.leaders_group.name.endswith("gruppeledere")
    assert network.collection.get_parent().name == "Nettverk"

    page_perms = set(
        GroupPagePermission.objects.filter(group=network.leaders_group).values_list("page_id", "permission__codename")
    )
    assert page_perms == {(network.pk, c) for c in services.LEADER_PAGE_PERMISSIONS}
    media_perms = GroupCollectionPermission.objects.filter(group=network.leaders_group)
    assert {p.collection_id for p in media_perms} == {network.collection_id}
    assert media_perms.count() == 8  # add/change/delete/choose for images and documents
    assert not GroupPagePermission.objects.filter(group=network.members_group).exists()

    restriction = CollectionViewRestriction.objects.get(collection=network.collection)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert set(restriction.groups.values_list("name", flat=True)) == {
        network.members_group.name,
        network.leaders_group.name,
        "Redaktør",
    }


def test_two_networks_with_the_same_name_get_separate_groups():
    first = NetworkFactory(title="Lesing", slug="lesing-1")
    second = NetworkFactory(title="Lesing", slug="lesing-2")
    assert first.members_group != second.members_group
    assert first.collection != second.collection


def test_a_network_added_in_the_admin_is_provisioned_like_one_from_the_command(client, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.no", "x")
    client.force_login(admin)
    from django.urls import reverse

    index = network_index()
    url = reverse("wagtailadmin_pages:add", args=["networks", "networkpage", index.pk])
    response = client.post(
        url,
        {
            "title": "Naturfag 8.–10. trinn",
            "slug": "naturfag-8-10",
            "summary": "Naturfaglærere deler forsøk.",
            "purpose": '{"blocks": [{"key": "a", "type": "unstyled", "text": "Forsøk.", "depth": 0, '
            '"inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
            "contact_name": "",
            "contact_email": "",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    network = NetworkPage.objects.get(slug="naturfag-8-10")
    assert network.live
    assert network.members_group and network.leaders_group and network.collection
    assert GroupPagePermission.objects.filter(group=network.leaders_group, page=network).count() == 5


def test_publishing_an_old_revision_keeps_the_network_attached_to_its_groups():
    network = NetworkFactory()
    groups = (network.members_group_id, network.leaders_group_id, network.collection_id)
    old = network.revisions.order_by("created_at").first()
    NetworkPage.objects.filter(pk=network.pk).update(summary="endret")
    network.refresh_from_db()
    old.publish()
    network.refresh_from_db()
    assert (network.members_group_id, network.leaders_group_id, network.collection_id) == groups


def test_copying_a_network_gives_the_copy_its_own_groups():
    network = NetworkFactory(title="Kopi-kilde")
    copy = network.copy(update_attrs={"title": "Kopi", "slug": "kopi"}, keep_live=False)
    copy = NetworkPage.objects.get(pk=copy.pk)
    # Page.copy itself does not fire the admin hook; the service gives it groups the same way.
    services.network_provision(network=copy)
    copy.refresh_from_db()
    assert copy.members_group and copy.members_group != network.members_group
    assert copy.collection != network.collection


def test_material_pages_are_restricted_to_the_network_when_created():
    network = NetworkFactory()
    material = NetworkMaterialPageFactory(parent=network)
    restriction = PageViewRestriction.objects.get(page=material)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert set(restriction.groups.all()) >= {network.members_group, network.leaders_group}
    # Saving it again does not add a second restriction, nor one the editors removed.
    restriction.delete()
    material.save_revision().publish()
    assert not PageViewRestriction.objects.filter(page=material).exists()


def test_meetings_must_end_after_they_start():
    network = NetworkFactory()
    start = timezone.now() + timedelta(days=3)
    meeting = MeetingPageFactory(parent=network, start=start, end=start + timedelta(hours=2))
    meeting.end = start - timedelta(minutes=1)
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert "end" in error.value.message_dict


def test_meeting_internals_are_not_indexed_for_search():
    indexed = {field.field_name for field in MeetingPage.search_fields if hasattr(field, "boost")}
    assert "material" not in indexed and "before_next" not in indexed
    assert {"title", "agenda", "summary"} <= indexed


def test_adding_and_removing_members():
    network = NetworkFactory()
    leader, teacher = UserFactory(), UserFactory()
    services.network_add_member(network=network, user=leader, leader=True)
    services.network_add_member(network=network, user=teacher)
    assert set(leader.groups.values_list("name", flat=True)) == {network.leaders_group.name, "Gruppeleder"}
    assert list(teacher.groups.all()) == [network.members_group]
    services.network_remove_member(network=network, user=teacher)
    assert not teacher.groups.exists()


def test_create_network_command():
    UserFactory(username="geir")
    UserFactory(username="lise")
    out = StringIO()
    call_command(
        "create_network",
        "Engelsk 1.–4. trinn, Glåmdalen",
        summary="Engelsklærere på småtrinnet.",
        subject=["engelsk"],
        band=["1-4"],
        leader=["geir"],
        member=["lise"],
        stdout=out,
    )
    network = NetworkPage.objects.get(slug="engelsk-1-4-trinn-glamdalen")
    assert network.live
    assert [s.slug for s in network.subjects.all()] == ["engelsk"]
    assert network.leaders_group.user_set.get().username == "geir"
    assert network.members_group.user_set.get().username == "lise"
    assert "Opprettet «Engelsk 1.–4. trinn, Glåmdalen»" in out.getvalue()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"subject": ["klingon"]}, "Ukjent fag: klingon"),
        ({"leader": ["ingen-slik"]}, "Ukjent bruker: ingen-slik"),
        ({"school": ["Hogwarts"]}, "Ukjent skole: Hogwarts"),
    ],
)
def test_create_network_command_refuses_unknown_names(options, message):
    with pytest.raises(CommandError, match=message):
        call_command("create_network", "Nytt nettverk", summary="x", **options)
    assert not NetworkPage.objects.exists()


def test_create_network_command_refuses_a_duplicate():
    call_command("create_network", "Nytt nettverk", summary="x", stdout=StringIO())
    with pytest.raises(CommandError, match="finnes allerede"):
        call_command("create_network", "Nytt nettverk", summary="x")


def test_create_network_command_finds_schools_by_name_and_municipality():
    from networks.factories import SchoolFactory
    from networks.models import Municipality

    hamar, stange = Municipality.objects.get(slug="hamar"), Municipality.objects.get(slug="stange")
    SchoolFactory(name="Ottestad skole", municipality=stange)
    SchoolFactory(name="Sentrum skole", municipality=hamar)
    SchoolFactory(name="Sentrum skole", municipality=stange)
    with pytest.raises(CommandError, match="Flere skoler heter «Sentrum skole»"):
        call_command("create_network", "Nettverk A", summary="x", school=["Sentrum skole"])
    call_command(
        "create_network",
        "Nettverk B",
        summary="x",
        school=["Ottestad skole", "Sentrum skole (Hamar)"],
        stdout=StringIO(),
    )
    network = NetworkPage.objects.get(slug="nettverk-b")
    assert {str(school) for school in network.schools.all()} == {"Ottestad skole (Stange)", "Sentrum skole (Hamar)"}
