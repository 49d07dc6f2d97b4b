"""What a user may see in the admin, for the views that would otherwise name objects the user
has no rights to (bulk actions, page references in rich text)."""

from django.db.models import Model, Q, QuerySet
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

# Any of these on an object means the admin already shows it to the user.
MEDIA_ACTIONS = ["add", "change", "delete", "choose"]
MODEL_ACTIONS = ["add", "change", "delete", "view"]


# Page actions that mean "this is (also) my page": with them a user may see its draft.
EDIT_ACTIONS = {"change", "publish", "bulk_delete", "lock", "unlock"}


def draft_condition(user) -> Q | None:
    """Drafts the user may see: those they may edit (their own, under an «add» right, included).
    Other people's drafts – a title not yet published – stay theirs and the editors'."""
    if user.is_superuser:
        return None
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, EDIT_ACTIONS)
    return Q(live=True) | Q(pk__in=editable.values("pk"))


def visible_pages(user) -> QuerySet:
    """Pages the user may see: not behind a view restriction that excludes them, and either live
    (their title is public) or a page the user may edit."""
    from networks.wagtail_hooks import hidden_from

    pages = Page.objects.all()
    if user.is_superuser:
        return pages
    pages = pages.filter(draft_condition(user))
    hidden = hidden_from(user)
    return pages.exclude(hidden) if hidden is not None else pages


def visible_ids(user, model: type[Model], ids) -> set:
    """The ids among `ids` of objects of `model` the user may see in the admin."""
    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return set()
    if user.is_active and user.is_superuser:
        return ids
    if issubclass(model, Page):
        queryset = visible_pages(user)
    else:
        policy = policy_registry.get_by_type(model)
        actions = MEDIA_ACTIONS if hasattr(model, "collection") else MODEL_ACTIONS
        try:
            queryset = policy.instances_user_has_any_permission_for(user, actions)
        except NotImplementedError:
            queryset = model._default_manager.all() if policy.user_has_any_permission(user, actions) else None
        if queryset is None:
            return set()
    return set(queryset.filter(pk__in=ids).values_list("pk", flat=True))
