"""Editors' insight: what teachers search for, and what they search for and do not find."""

import re
import unicodedata
from datetime import timedelta
from functools import cached_property

from django.db.models import Max, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query

INSIGHT_DAYS = 90
MAX_QUERY_SHOWN = 100
REPEATED = re.compile(r"(.)\1{3,}")  # «aaaa», «!!!!»


def is_junk(query: str) -> bool:
    """Not a teacher's search: no letter or digit at all, an emoji or other symbol, over 100
    characters, or one character typed over and over («aaaaaa», «hahahaha» is fine)."""
    text = query.strip()
    if not text or len(text) > MAX_QUERY_SHOWN:
        return True
    if not any(ch.isalnum() for ch in text):
        return True
    if any(unicodedata.category(ch) in {"So", "Sk", "Cs", "Co", "Cn"} for ch in text):
        return True
    return bool(REPEATED.search(text.replace(" ", "")))


def without_junk(queries):
    """The queries left when junk is taken out (decided in Python: the rules are about characters)."""
    keep = [pk for pk, text in queries.values_list("pk", "query_string") if not is_junk(text)]
    return queries.filter(pk__in=keep)


class InsightReportView(ReportView):
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("portal_search.view_search_insight"):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def since(self):
        return timezone.localdate() - timedelta(days=INSIGHT_DAYS)

    base_columns: list = []

    @cached_property
    def columns(self):
        columns = list(self.base_columns)
        if self.request.user.has_perm("wagtailsearchpromotions.add_searchpromotion"):
            # One click from a search teachers make to choosing what they should find first.
            columns.append(
                TitleColumn(
                    "promote",
                    label=_("Fremhev"),
                    accessor=lambda query: _("Fremhev et resultat for dette søket"),
                    get_url=lambda query: reverse("wagtailsearchpromotions:edit", args=[query.pk]),
                )
            )
        return columns


class PopularSearchesView(InsightReportView):
    page_title = _("Populære søk")
    index_url_name = "search_insight_popular"
    index_results_url_name = "search_insight_popular_results"
    base_columns = [
        Column("query_string", label=_("Søk")),
        Column("searches", label=_("Antall søk siste 90 dager")),
        Column("last_searched", label=_("Sist søkt")),
    ]
    list_export = ["query_string", "searches", "last_searched"]

    def get_queryset(self):
        return without_junk(
            Query.objects.filter(daily_hits__date__gte=self.since())
            .annotate(searches=Sum("daily_hits__hits"), last_searched=Max("daily_hits__date"))
            .order_by("-searches", "query_string")
        )


class ZeroResultSearchesView(InsightReportView):
    page_title = _("Søk uten treff")
    index_url_name = "search_insight_zero"
    index_results_url_name = "search_insight_zero_results"
    base_columns = [
        Column("query_string", label=_("Søk")),
        Column("searches", label=_("Antall søk uten treff siste 90 dager")),
        Column("last_searched", label=_("Sist søkt")),
    ]
    list_export = ["query_string", "searches", "last_searched"]

    def get_queryset(self):
        return without_junk(
            Query.objects.filter(zero_result_hits__date__gte=self.since())
            .annotate(searches=Sum("zero_result_hits__hits"), last_searched=Max("zero_result_hits__date"))
            .order_by("-searches", "query_string")
        )
