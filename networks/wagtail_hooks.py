"""Admin for networks: municipalities and schools as snippets; choosers, explorer and reports
that never show a private page to someone who may not see it; and a plain refusal (403) for a
logged-in teacher who opens another network's private page or document."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction
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


# --- Two Wagtail views that show a page's title with no hook to filter it ---------------------------------
# Wagtail offers no hook for these, so their methods are wrapped here (checked by
# networks/tests/test_permissions.py; review them on every Wagtail upgrade).

_page_chosen_multiple = ChosenMultipleView.get


def page_chosen_multiple_without_hidden_pages(self, request):
    """The page chooser's "chosen" step answers with the title and URL of any page id it is given:
    drop the ids of pages the user may not see before it answers."""
    condition = hidden_from(request.user)
    if condition is not None:
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        visible = Page.objects.filter(pk__in=ids).exclude(condition).values_list("pk", flat=True)
        request.GET = request.GET.copy()
        request.GET.setlist("id", [str(pk) for pk in visible])
    return _page_chosen_multiple(self, request)


ChosenMultipleView.get = page_chosen_multiple_without_hidden_pages

_page_types_usage_decorate = PageTypesUsageReportView.decorate_paginated_queryset


def page_types_usage_without_hidden_pages(self, page_types):
    """The page types report names the last edited page of each type, whoever may see it:
    leave the name out when the user may not see that page."""
    page_types = _page_types_usage_decorate(self, page_types)
    condition = hidden_from(self.request.user)
    shown = [item.last_edited_page.pk for item in page_types if item.last_edited_page]
    if condition is not None and shown:
        hidden = set(Page.objects.filter(condition, pk__in=shown).values_list("pk", flat=True))
        for item in page_types:
            if item.last_edited_page and item.last_edited_page.pk in hidden:
                item.last_edited_page = None
    return page_types


PageTypesUsageReportView.decorate_paginated_queryset = page_types_usage_without_hidden_pages


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
