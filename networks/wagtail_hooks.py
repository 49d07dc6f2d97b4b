"""Admin for networks: municipalities and schools as snippets, and choosers and
explorer that never show a private page to someone who may not see it."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from networks.access import user_group_ids
from networks.models import Municipality, School


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
