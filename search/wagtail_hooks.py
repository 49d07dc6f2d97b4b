from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.admin_views import PopularSearchesView, ZeroResultSearchesView
from search.models import SuggestedSearch, Synonym


class InsightMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("portal_search.view_search_insight")


@hooks.register("register_admin_urls")
def register_insight_urls():
    return [
        path("sokestatistikk/populaere/", PopularSearchesView.as_view(), name="search_insight_popular"),
        path(
            "sokestatistikk/populaere/resultater/",
            PopularSearchesView.as_view(results_only=True),
            name="search_insight_popular_results",
        ),
        path("sokestatistikk/uten-treff/", ZeroResultSearchesView.as_view(), name="search_insight_zero"),
        path(
            "sokestatistikk/uten-treff/resultater/",
            ZeroResultSearchesView.as_view(results_only=True),
            name="search_insight_zero_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def popular_searches_menu_item():
    return InsightMenuItem(_("Populære søk"), reverse("search_insight_popular"), icon_name="search", order=1400)


@hooks.register("register_reports_menu_item")
def zero_result_searches_menu_item():
    return InsightMenuItem(_("Søk uten treff"), reverse("search_insight_zero"), icon_name="warning", order=1410)


class SuggestedSearchViewSet(SnippetViewSet):
    """«Foreslåtte søk»: what a search that found nothing suggests first. Under Settings,
    beside Wagtail's promoted search results."""

    model = SuggestedSearch
    icon = "search"
    menu_label = _("Foreslåtte søk")
    add_to_settings_menu = True
    list_display = ["term"]
    search_fields = ["term"]


register_snippet(SuggestedSearchViewSet)


class SynonymViewSet(SnippetViewSet):
    """«Synonymer»: words that find each other in search (search/expansion.py). Under Settings."""

    model = Synonym
    icon = "list-ul"
    menu_label = _("Synonymer")
    add_to_settings_menu = True
    list_display = ["terms", "source", "kind"]
    list_filter = ["kind"]
    search_fields = ["terms", "source"]
    panels = [FieldPanel("kind"), FieldPanel("source"), FieldPanel("terms")]


register_snippet(SynonymViewSet)
