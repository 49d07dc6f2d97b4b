"""Admin for networks: municipalities and schools as snippets, and choosers and
explorer that never show a private page to someone who may not see it."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import BaseViewRestriction, PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from networks.access import user_group_ids
from networks.models import Municipality, NetworkPage, School
from networks.services import network_provision


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name", "number", "region"]
    list_filter = ["region"]
    search_fields = ["name"]


class SchoolViewSet(SnippetViewSet):
    model = School
    icon = "home"
    list_display = ["name", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name"]


class PlacesGroup(SnippetViewSetGroup):
    menu_label = _("Skoler og kommuner")
    menu_icon = "site"
    menu_order = 260
    items = (SchoolViewSet, MunicipalityViewSet)


register_snippet(PlacesGroup)


def hidden_from(user) -> Q | None:
    """Pages under a group restriction that admits none of the user's groups."""
    if user.is_superuser:
        return None
    restrictions = (
        PageViewRestriction.objects.filter(restriction_type=PageViewRestriction.GROUPS)
        .exclude(groups__in=user_group_ids(user))
        .values_list("page__path", flat=True)
    )
    condition = Q()
    for path in restrictions:
        condition |= Q(path__startswith=path)
    return condition or None


@hooks.register("construct_page_chooser_queryset")
def hide_private_pages_in_chooser(pages, request):
    condition = hidden_from(request.user)
    return pages.exclude(condition) if condition else pages


@hooks.register("construct_explorer_page_queryset")
def hide_private_pages_in_explorer(parent_page, pages, request):
    condition = hidden_from(request.user)
    return pages.exclude(condition) if condition else pages


def _refuse_logged_in_outsiders(restrictions, request) -> None:
    """Wagtail sends anyone a group restriction refuses to the login page. A logged-in teacher
    from another network would be sent straight back by the login view (it passes logged-in
    users on to `next`): an endless redirect. Refuse them plainly instead."""
    if not request.user.is_authenticated:
        return
    for restriction in restrictions:
        if restriction.restriction_type == BaseViewRestriction.GROUPS and not restriction.accept_request(request):
            raise PermissionDenied


@hooks.register("before_serve_page", order=-1)
def refuse_private_page_to_other_members(page, request, serve_args, serve_kwargs):
    _refuse_logged_in_outsiders(page.get_view_restrictions(), request)


@hooks.register("before_serve_document", order=-1)
def refuse_private_document_to_other_members(document, request):
    _refuse_logged_in_outsiders(document.collection.get_view_restrictions(), request)


@hooks.register("after_create_page")
def provision_network_made_in_the_admin(request, page):
    """A network added as a page gets the same groups, collection and permissions as one from `create_network`."""
    if isinstance(page.specific, NetworkPage):
        network_provision(network=page.specific)


@hooks.register("after_copy_page")
def provision_copied_network(request, page, new_page):
    if isinstance(new_page.specific, NetworkPage):
        network_provision(network=new_page.specific)
