from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Orderable

from search.norwegian import clean_query
from search.suggestions import MAX_TERM_LENGTH, VISITOR_DIGEST_LENGTH


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


class SearchDocument(models.Model):
    """A resource as faceted search reads it: its search index entry and its facet values,
    one narrow row, so that a common word's thousands of hits are counted without reading
    the wide page and index tables (see docs/benchmarks.md).

    Written by the search backends whenever they index a resource (search/documents.py).
    Whether a page is live and public is not copied here: queries still ask Wagtail's
    page table, so a stale row can never show what a visitor may not see."""

    entry_id = models.IntegerField(primary_key=True)  # the search index entry (SQLite's FTS rowid)
    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    # One column per facet, named as the facet's index field: " key key " (space-padded
    # slugs), so a chosen key is found by an exact substring test.
    resource_type = models.CharField(max_length=100, default="")
    subject_slugs = models.TextField(default="")
    band_slugs = models.TextField(default="")
    grade_slugs = models.TextField(default="")
    survey_area_slugs = models.TextField(default="")
    pillar_slugs = models.TextField(default="")
    tag_slugs = models.TextField(default="")

    class Meta:
        verbose_name = _("søkedokument")
        verbose_name_plural = _("søkedokumenter")

    def __str__(self) -> str:
        return f"{self.page_id} ({self.entry_id})"


class SuggestedSearch(Orderable):
    """A search editors suggest on a search page that found nothing («Forslag til søk»),
    shown before any suggestion counted from visitors' searches."""

    term = models.CharField(
        _("søk"),
        max_length=MAX_TERM_LENGTH,
        unique=True,
        help_text=_("Det besøkende ser og søker etter når de klikker, f.eks. «lesestrategier»."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("foreslått søk")
        verbose_name_plural = _("foreslåtte søk")

    def __str__(self) -> str:
        return self.term

    def clean(self) -> None:
        self.term = clean_query(self.term or "")


class AnonymousSearch(models.Model):
    """One anonymous visitor asked this query on this day, and it found public resources with
    all its words: what suggestions counted from visitors are made of (search/suggestions.py).

    Never written for logged-in sessions. `visitor` is a keyed hash that changes daily (not
    the address) and is erased once the day is over; rows older than the counting window
    are deleted (search.services.purge_anonymous_searches)."""

    query_string = models.CharField(max_length=MAX_TERM_LENGTH)
    date = models.DateField()
    visitor = models.CharField(max_length=VISITOR_DIGEST_LENGTH, null=True, blank=True)
    # The best hit when the query was asked: the suggestion is shown only while it is public.
    found_page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("anonymt søk")
        verbose_name_plural = _("anonyme søk")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "date", "visitor"], name="one_visitor_per_query_per_day")
        ]
        indexes = [models.Index(fields=["date", "query_string"], name="anonymous_search_date_query")]

    def __str__(self) -> str:
        return f"{self.query_string} ({self.date})"


class Synonym(models.Model):
    """«Synonymer»: words that should find each other in search, kept by editors.

    Like terms all find each other («lekser», «hjemmearbeid»); a one-way entry lets a word
    also find others but not the reverse («mobbing» also finds «krenkelser»). A term may be
    several words («vurdering for læring»). Applied to every query, on every engine
    (search/expansion.py)."""

    class Kind(models.TextChoices):
        EQUIVALENT = "like", _("Likeverdige: alle ordene finner hverandre")
        ONE_WAY = "en_vei", _("Én vei: «Fra» finner også ordene under")

    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices, default=Kind.EQUIVALENT)
    source = models.CharField(
        _("fra"), max_length=100, blank=True, help_text=_("Bare for én vei: ordet som også skal finne de andre.")
    )
    terms = models.TextField(
        _("ord"),
        help_text=_("Skilt med komma, for eksempel «lekser, hjemmearbeid, hjemmelekser». Et ord kan ha flere deler."),
    )

    class Meta:
        verbose_name = _("synonym")
        verbose_name_plural = _("synonymer")
        ordering = ["source", "terms"]

    def __str__(self) -> str:
        if self.kind == self.Kind.ONE_WAY:
            return f"{self.source} → {self.terms}"
        return self.terms

    @staticmethod
    def split(text: str) -> list[str]:
        return list(dict.fromkeys(" ".join(t.split()).lower() for t in text.split(",") if t.strip()))

    def term_list(self) -> list[str]:
        return self.split(self.terms)

    def clean(self):
        from django.core.exceptions import ValidationError

        terms = self.term_list()
        self.terms = ", ".join(terms)
        self.source = " ".join(self.source.split()).lower()
        if self.kind == self.Kind.ONE_WAY:
            if not self.source:
                raise ValidationError({"source": _("Skriv ordet som også skal finne de andre.")})
            if not terms or terms == [self.source]:
                raise ValidationError({"terms": _("Skriv minst ett ord som «fra» også skal finne.")})
        elif len(terms) < 2:
            raise ValidationError({"terms": _("Skriv minst to ord som skal finne hverandre, skilt med komma.")})
        if any(len(t) > 100 for t in terms):
            raise ValidationError({"terms": _("Hvert ord kan ha høyst 100 tegn.")})
