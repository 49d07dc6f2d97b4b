"""Admin for networks: municipalities and schools as snippets; choosers, explorer and reports
that never show a private page to someone who may not see it; and a plain refusal (403) for a
logged-in teacher who opens another network's private page or document."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from networks import chooser
from networks.access import user_group_ids
from networks.material import moving_out_of_network_error
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
    list_display = ["name", "orgnr", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name", "orgnr"]


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


def _refuse_hidden_parent(parent_id, condition: Q) -> None:
    # Browsing a private page's children would show the page itself (its title) as the parent.
    if parent_id and Page.objects.filter(pk=parent_id).filter(condition).exists():
        raise Http404


@hooks.register("construct_page_chooser_queryset")
def hide_private_pages_in_chooser(pages, request):
    condition = hidden_from(request.user)
    if condition is None:
        return pages
    match = request.resolver_match
    _refuse_hidden_parent(match.kwargs.get("parent_page_id") if match else None, condition)
    return pages.exclude(condition)


@hooks.register("construct_explorer_page_queryset")
def hide_private_pages_in_explorer(parent_page, pages, request):
    condition = hidden_from(request.user)
    if condition is None:
        return pages
    _refuse_hidden_parent(parent_page.pk, condition)
    return pages.exclude(condition)


# The page chooser's «chosen» step and the page types report show page titles with no hook to
# filter them: portal/admin_views.py answers at their URLs with views that leave out what the
# user may not see (checked by networks/tests/test_permissions.py and portal/tests/test_admin_privacy.py).


# --- Serving private pages and documents -------------------------------------------------------------------


def _refuse_logged_in_outsiders(restrictions, request) -> None:
    """Wagtail sends anyone a group restriction refuses to the login page. A logged-in teacher
    from another network would be sent straight back by the login view (it passes logged-in
    users on to `next`): an endless redirect. Refuse them plainly instead."""
    for restriction in restrictions:
        if restriction.restriction_type == BaseViewRestriction.GROUPS and not restriction.accept_request(request):
            raise PermissionDenied


@hooks.register("before_serve_page", order=-1)
def refuse_private_page_to_other_members(page, request, serve_args, serve_kwargs):
    # Anonymous visitors cost no query here: Wagtail's own check sends them to the login.
    if request.user.is_authenticated:
        _refuse_logged_in_outsiders(page.get_view_restrictions(), request)


@hooks.register("before_serve_document", order=-1)
def refuse_private_document_to_other_members(document, request):
    if request.user.is_authenticated:
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


# --- Members-only material stays in the network's collection (networks/material.py) -----------------------


@hooks.register("register_admin_urls", order=-1)
def register_network_aware_document_chooser():
    """Wagtail's document chooser URLs, answered first by views that upload into the network's
    collection when opened from a meeting or material page (networks/chooser.py)."""
    return chooser.chooser_urlpatterns()


@hooks.register("before_bulk_action")
def refuse_moving_material_out_of_its_network(request, action_type, objects, action):
    """The documents' bulk action «Legg til i samling» moves documents: not material out of its network."""
    if action_type != "add_to_collection" or not objects or not isinstance(objects[0], get_document_model()):
        return None
    destination = action.cleaned_form.cleaned_data.get("collection")
    errors = [error for document in objects if (error := moving_out_of_network_error(document, destination))]
    if not errors:
        return None
    for error in errors:
        messages.error(request, error)
    return redirect(action.next_url)
