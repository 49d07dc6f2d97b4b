"""Writes for networks: creating one with its groups, collection and permissions,
and adding people to it. Used by the admin action, `create_network` and the demo."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    PageViewRestriction,
)

from networks.models import NetworkIndexPage, NetworkPage
from portal import roles
from portal.text import norwegian_slug

NETWORKS_COLLECTION = "Nettverk"
LEADER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
LEADER_MEDIA_ACTIONS = ["add", "change", "delete", "choose"]
GROUP_NAME_MAX = 150


def _group_name(title: str, kind: str) -> str:
    suffix = f" – {kind}"
    return f"Nettverk: {title}"[: GROUP_NAME_MAX - len(suffix)] + suffix


def _unique_group(name: str) -> Group:
    candidate, n = name, 2
    while Group.objects.filter(name=candidate).exists():
        candidate = f"{name[: GROUP_NAME_MAX - 4]} ({n})"
        n += 1
    return Group.objects.create(name=candidate)


def networks_collection() -> Collection:
    """The parent of every network's collection."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=NETWORKS_COLLECTION).first()
    return existing or root.add_child(name=NETWORKS_COLLECTION)


def _media_permission(model: str, action: str) -> Permission:
    return Permission.objects.get(content_type__app_label=f"wagtail{model}s", codename=f"{action}_{model}")


@transaction.atomic
def network_create(
    *,
    index: NetworkIndexPage,
    title: str,
    summary: str,
    purpose: str = "",
    slug: str = "",
    subjects=(),
    grade_bands=(),
    survey_areas=(),
    schools=(),
    contact_name: str = "",
    contact_email: str = "",
    publish: bool = True,
    user=None,
) -> NetworkPage:
    """A network page under the index, provisioned with its groups, collection and permissions."""
    network = NetworkPage(
        title=title,
        slug=slug or norwegian_slug(title)[:255],
        summary=summary,
        purpose=purpose or f"<p>{summary}</p>",
        contact_name=contact_name,
        contact_email=contact_email,
        owner=user,
    )
    index.add_child(instance=network)
    network.subjects.set(subjects)
    network.grade_bands.set(grade_bands)
    network.survey_areas.set(survey_areas)
    network.schools.set(schools)
    network_provision(network=network)
    revision = network.save_revision(user=user)
    if publish:
        revision.publish(user=user)
    return network


@transaction.atomic
def network_provision(*, network: NetworkPage) -> NetworkPage:
    """Give a network its members group, leaders group, private collection and permissions.

    Leaders may add, edit and publish only inside their network's page subtree and
    upload only into its collection; the collection's files are served to members only.
    Runs for networks made by `network_create` and for those added in the page admin.
    """
    if network.members_group_id and network.leaders_group_id and network.collection_id:
        return network
    members = _unique_group(_group_name(network.title, "medlemmer"))
    leaders = _unique_group(_group_name(network.title, "gruppeledere"))
    leaders.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))

    collection = networks_collection().add_child(name=network.title[:255])
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(_viewer_groups(members, leaders))
    GroupCollectionPermission.objects.bulk_create(
        GroupCollectionPermission(group=leaders, collection=collection, permission=_media_permission(model, action))
        for model in ("image", "document")
        for action in LEADER_MEDIA_ACTIONS
    )
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(
            group=leaders,
            page=network,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
        for codename in LEADER_PAGE_PERMISSIONS
    )
    # Written straight to the row: these fields are not part of the page's revisions.
    NetworkPage.objects.filter(pk=network.pk).update(
        members_group=members, leaders_group=leaders, collection=collection
    )
    network.members_group, network.leaders_group, network.collection = members, leaders, collection
    return network


def _viewer_groups(*groups: Group) -> list[Group]:
    editors = Group.objects.filter(name=roles.EDITORS).first()
    return [*groups, *([editors] if editors else [])]


def restrict_to_members(*, page, network: NetworkPage) -> PageViewRestriction | None:
    """Make a page visible only to the network's members, leaders and the editors."""
    if not network.access_groups or PageViewRestriction.objects.filter(page=page).exists():
        return None
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set(_viewer_groups(*network.access_groups))
    return restriction


def network_add_member(*, network: NetworkPage, user, leader: bool = False) -> None:
    """Leaders also join the Gruppeleder role, which lets them submit resources for approval."""
    if leader:
        user.groups.add(network.leaders_group)
        role = Group.objects.filter(name=roles.GROUP_LEADERS).first()
        if role is not None:
            user.groups.add(role)
    else:
        user.groups.add(network.members_group)


def network_remove_member(*, network: NetworkPage, user) -> None:
    user.groups.remove(*network.access_groups)
