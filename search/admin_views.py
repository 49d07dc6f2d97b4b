"""Editors' insight: what teachers search for, and what they search for and do not find."""

from datetime import timedelta

from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query

INSIGHT_DAYS = 90


class InsightReportView(ReportView):
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("portal_search.view_search_insight"):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def since(self):
        return timezone.localdate() - timedelta(days=INSIGHT_DAYS)


class PopularSearchesView(InsightReportView):
    page_title = _("Populære søk")
    index_url_name = "search_insight_popular"
    index_results_url_name = "search_insight_popular_results"
    columns = [
        Column("query_string", label=_("Søk")),
        Column("searches", label=_("Antall søk siste 90 dager")),
        Column("last_searched", label=_("Sist søkt")),
    ]
    list_export = ["query_string", "searches", "last_searched"]

    def get_queryset(self):
        return (
            Query.objects.filter(daily_hits__date__gte=self.since())
            .annotate(searches=Sum("daily_hits__hits"), last_searched=Max("daily_hits__date"))
            .order_by("-searches", "query_string")
        )


class ZeroResultSearchesView(InsightReportView):
    page_title = _("Søk uten treff")
    index_url_name = "search_insight_zero"
    index_results_url_name = "search_insight_zero_results"
    columns = [
        Column("query_string", label=_("Søk")),
        Column("searches", label=_("Antall søk uten treff siste 90 dager")),
        Column("last_searched", label=_("Sist søkt")),
    ]
    list_export = ["query_string", "searches", "last_searched"]

    def get_queryset(self):
        return (
            Query.objects.filter(zero_result_hits__date__gte=self.since())
            .annotate(searches=Sum("zero_result_hits__hits"), last_searched=Max("zero_result_hits__date"))
            .order_by("-searches", "query_string")
        )
