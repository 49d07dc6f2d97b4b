"""Who may see a network's internal material: its members and leaders, and
anyone who may edit the network's pages (editors, administrators)."""

from django.contrib.auth.models import AnonymousUser, User


def user_group_ids(user: User | AnonymousUser) -> frozenset[int]:
    if not user.is_authenticated:
        return frozenset()
    # Cached on the user object: a page asks once per network it shows.
    if not hasattr(user, "_network_group_ids"):
        user._network_group_ids = frozenset(user.groups.values_list("id", flat=True))
    return user._network_group_ids


def is_network_member(*, user, network) -> bool:
    """In the members group or the leaders group of this network."""
    ids = {network.members_group_id, network.leaders_group_id} - {None}
    return bool(ids & user_group_ids(user))


def can_see_internal(*, user, network) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or is_network_member(user=user, network=network):
        return True
    return network.permissions_for_user(user).can_edit()
