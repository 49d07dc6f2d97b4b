from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class ZeroResultDailyHits(models.Model):
    """How often a query found nothing on a day. With Wagtail's own daily hits per
    query this tells editors what teachers look for and do not find. No personal data:
    the query string and a count, nothing about who searched."""

    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="zero_result_hits")
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("søk uten treff")
        verbose_name_plural = _("søk uten treff")
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="unique_zero_result_query_per_day")]
        permissions = [("view_search_insight", _("Kan se søkestatistikk"))]

    def __str__(self) -> str:
        return f"{self.query} ({self.date}: {self.hits})"
