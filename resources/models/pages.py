"""The resource pages: one concrete ResourcePage carries what every resource
shares (taxonomy, licence, related content) so listings query one table;
the three types add their own shape."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import AttachmentBlock, BaseStreamBlock
from portal.forms import PortalPageForm
from resources import blocks as rb


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"
    CC_BY_ND = "cc-by-nd-4.0", "CC BY-ND 4.0"
    CC0 = "cc0-1.0", "CC0 1.0 (fritt)"
    ALL_RIGHTS = "all-rights-reserved", _("Alle rettigheter forbeholdt")

    @classmethod
    def url_for(cls, value: str) -> str:
        if value == cls.CC0:
            return "https://creativecommons.org/publicdomain/zero/1.0/deed.no"
        if value.startswith("cc-"):
            kind = value.removeprefix("cc-").removesuffix("-4.0")
            return f"https://creativecommons.org/licenses/{kind}/4.0/deed.no"
        return ""


def grade_span(numbers: list[int]) -> str:
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts = [f"{run[0]}." if len(run) == 1 else f"{run[0]}.–{run[-1]}." for run in runs]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " og " + parts[-1]
    return f"{joined} trinn"


class ResourceIndexPage(Page):
    """Lists, filters and sorts the resources below it."""

    intro = models.TextField(_("ingress"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["resources.LessonPlanPage", "resources.LearningMaterialPage", "resources.ResearchSummaryPage"]

    class Meta:
        verbose_name = _("ressursoversikt")

    def get_context(self, request, *args, **kwargs):
        from resources.selectors import resource_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = resource_listing(index_page=self, params=request.GET)
        return context


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey("resources.ResourcePage", related_name="tagged_items", on_delete=models.CASCADE)


class ResourcePage(Page):
    """What every lesson plan, learning material and research summary has."""

    base_form_class = PortalPageForm

    summary = models.TextField(
        _("sammendrag"), max_length=500, help_text=_("To–tre setninger som vises i lister og søk.")
    )
    subjects = ParentalManyToManyField("resources.Subject", verbose_name=_("fag"), related_name="resources")
    grades = ParentalManyToManyField("resources.Grade", verbose_name=_("trinn"), related_name="resources")
    survey_areas = ParentalManyToManyField(
        "resources.SurveyArea", verbose_name=_("kartleggingsområder"), related_name="resources", blank=True
    )
    pillars = ParentalManyToManyField(
        "resources.ImprovementPillar", verbose_name=_("forbedringsområder"), related_name="resources", blank=True
    )
    tags = ClusterTaggableManager(through=ResourceTag, verbose_name=_("emneord"), blank=True)
    listing_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("listebilde"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author_name = models.CharField(_("forfatter(e)"), max_length=255)
    school = models.CharField(_("skole eller institusjon"), max_length=255, blank=True)
    rights_holder = models.CharField(
        _("rettighetshaver"), max_length=255, blank=True, help_text=_("Tom betyr at forfatteren har rettighetene.")
    )
    licence = models.CharField(_("lisens"), max_length=30, choices=Licence.choices, default=Licence.CC_BY_SA)
    related_resources = ParentalManyToManyField(
        "self", verbose_name=_("relaterte ressurser"), symmetrical=False, blank=True, related_name="referenced_by"
    )
    # "type:forskning fag:norsk trinnband:5-7 …": every facet value in one column, so that
    # search can count facets over thousands of hits from a single query (see search/engines.py).
    facet_keys = models.TextField(editable=False, blank=True, default="")

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("author_name"),
        index.RelatedFields("subjects", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("survey_areas", [index.SearchField("name")]),
        index.RelatedFields("pillars", [index.SearchField("name")]),
        index.FilterField("first_published_at"),
        # Flat keyword lists for facets on Elasticsearch (the database engine filters with the ORM).
        index.FilterField("resource_type"),
        index.FilterField("subject_slugs"),
        index.FilterField("band_slugs"),
        index.FilterField("grade_slugs"),
        index.FilterField("survey_area_slugs"),
        index.FilterField("pillar_slugs"),
        index.FilterField("tag_slugs"),
    ]

    taxonomy_panels = [
        FieldPanel("subjects", widget=forms.CheckboxSelectMultiple),
        FieldPanel("grades", widget=forms.CheckboxSelectMultiple),
        FieldPanel("survey_areas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("pillars", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
    ]
    rights_panels = [
        FieldRowPanel([FieldPanel("author_name"), FieldPanel("school")]),
        FieldRowPanel([FieldPanel("rights_holder"), FieldPanel("licence")]),
    ]
    common_top_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("listing_image")]
    common_bottom_panels = [
        MultiFieldPanel(taxonomy_panels, heading=_("Merking")),
        MultiFieldPanel(rights_panels, heading=_("Opphav og lisens")),
        FieldPanel("related_resources"),
    ]

    is_creatable = False
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types: list[str] = []
    type_label = _("Ressurs")
    type_slug = "ressurs"

    class Meta:
        verbose_name = _("ressurs")
        verbose_name_plural = _("ressurser")

    def save(self, *args, **kwargs):
        from resources.filters import facet_keys_for

        # Read from the in-memory relations, which hold the values being saved.
        self.facet_keys = facet_keys_for(self)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "facet_keys" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "facet_keys"]
        return super().save(*args, **kwargs)

    def resource_type(self) -> str:
        return self.specific_class.type_slug if self.specific_class else self.type_slug

    def subject_slugs(self) -> list[str]:
        return [s.slug for s in self.subjects.all()]

    def band_slugs(self) -> list[str]:
        return sorted({g.band.slug for g in self.grades.select_related("band")})

    def grade_slugs(self) -> list[str]:
        return [g.slug for g in self.grades.all()]

    def survey_area_slugs(self) -> list[str]:
        return [a.slug for a in self.survey_areas.all()]

    def pillar_slugs(self) -> list[str]:
        return [p.slug for p in self.pillars.all()]

    def tag_slugs(self) -> list[str]:
        return [t.slug for t in self.tags.all()]

    @property
    def licence_url(self) -> str:
        return Licence.url_for(self.licence)

    @property
    def grade_label(self) -> str:
        """ "5.–7. trinn", "3. trinn" or "1.–2. og 5. trinn" from the (prefetched) grades."""
        return grade_span([g.number for g in self.grades.all()])

    @property
    def rights_holder_display(self) -> str:
        return self.rights_holder or self.author_name

    def get_context(self, request, *args, **kwargs):
        from resources.selectors import related_resources_for

        context = super().get_context(request, *args, **kwargs)
        # Read once here: the key facts and the metadata both show them (each `.all` in a
        # template is a query). Lists of the page's own values, so a preview shows its form's.
        context["page_subjects"] = list(self.subjects.all())
        context["grade_label"] = self.grade_label
        context["related"] = related_resources_for(resource=self)
        context["index_url"] = self.get_parent().get_url(request)
        context["survey_areas"] = self.survey_areas.select_related("respondent_group")
        return context


class LessonPlanPage(ResourcePage):
    """Undervisningsopplegg: a lesson a teacher can run tomorrow."""

    duration_minutes = models.PositiveSmallIntegerField(_("varighet (minutter)"))
    learning_goals = StreamField([("goal", rb.LearningGoalBlock())], verbose_name=_("læringsmål"), min_num=1)
    competence_aims = StreamField(
        [("aim", rb.CompetenceAimBlock())], verbose_name=_("kompetansemål (LK20)"), blank=True
    )
    key_vocabulary = StreamField([("term", rb.TermBlock())], verbose_name=_("nøkkelbegreper"), blank=True)
    preparation = StreamField(rb.PreparationStreamBlock(), verbose_name=_("forberedelser og utstyr"), blank=True)
    steps = StreamField([("step", rb.LessonStepBlock())], verbose_name=_("gjennomføring"), min_num=1)
    differentiation = StreamField(
        [("adaptation", rb.DifferentiationBlock())], verbose_name=_("tilpasset opplæring"), blank=True
    )
    misconceptions = StreamField(
        [("misconception", rb.MisconceptionBlock())], verbose_name=_("vanlige misoppfatninger"), blank=True
    )
    assessment = StreamField(BaseStreamBlock(), verbose_name=_("vurdering"), blank=True)
    attachments = StreamField([("attachment", AttachmentBlock())], verbose_name=_("vedlegg"), blank=True)

    content_panels = [
        *ResourcePage.common_top_panels,
        FieldPanel("duration_minutes"),
        FieldPanel("learning_goals"),
        FieldPanel("competence_aims"),
        FieldPanel("key_vocabulary"),
        FieldPanel("preparation"),
        FieldPanel("steps"),
        FieldPanel("differentiation"),
        FieldPanel("misconceptions"),
        FieldPanel("assessment"),
        FieldPanel("attachments"),
        *ResourcePage.common_bottom_panels,
    ]
    search_fields = [
        *ResourcePage.search_fields,
        index.SearchField("learning_goals", boost=3),
        index.SearchField("steps"),
        index.SearchField("key_vocabulary"),
    ]

    is_creatable = True
    type_label = _("Undervisningsopplegg")
    type_slug = "undervisningsopplegg"
    template = "resources/lesson_plan_page.html"

    class Meta:
        verbose_name = _("undervisningsopplegg")
        verbose_name_plural = _("undervisningsopplegg")

    @property
    def planned_minutes(self) -> int:
        return sum(step.value["minutes"] or 0 for step in self.steps)

    def clean(self):
        super().clean()
        if self.duration_minutes and self.steps and self.planned_minutes > self.duration_minutes:
            raise ValidationError(
                {
                    "steps": _("Trinnene i økta varer til sammen %(sum)s minutter, mer enn varigheten på %(total)s.")
                    % {"sum": self.planned_minutes, "total": self.duration_minutes}
                }
            )


class LearningMaterialPage(ResourcePage):
    """Læremiddel: a file or a link, described well enough to choose it."""

    class Format(models.TextChoices):
        DOCUMENT = "dokument", _("Dokument")
        WORKSHEET = "oppgaveark", _("Oppgaveark")
        PRESENTATION = "presentasjon", _("Presentasjon")
        SPREADSHEET = "regneark", _("Regneark")
        IMAGE = "bilde", _("Bilde")
        VIDEO = "video", _("Video")
        AUDIO = "lyd", _("Lyd")
        WEB = "nettressurs", _("Nettressurs")
        INTERACTIVE = "interaktiv", _("Interaktiv ressurs")

    material_format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    document = models.ForeignKey(
        "portal.PortalDocument",
        verbose_name=_("fil"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    external_url = models.URLField(_("lenke"), blank=True)
    description = StreamField(BaseStreamBlock(), verbose_name=_("beskrivelse"), blank=True)
    usage_tips = StreamField(BaseStreamBlock(), verbose_name=_("tips til bruk"), blank=True)

    content_panels = [
        *ResourcePage.common_top_panels,
        FieldRowPanel(
            [FieldPanel("material_format"), FieldPanel("document"), FieldPanel("external_url")],
            heading=_("Fil eller lenke"),
        ),
        FieldPanel("description"),
        FieldPanel("usage_tips"),
        *ResourcePage.common_bottom_panels,
    ]
    search_fields = [*ResourcePage.search_fields, index.SearchField("description")]

    is_creatable = True
    type_label = _("Læremiddel")
    type_slug = "laeremiddel"
    template = "resources/learning_material_page.html"

    class Meta:
        verbose_name = _("læremiddel")
        verbose_name_plural = _("læremidler")

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            raise ValidationError({"document": _("Last opp en fil eller oppgi en lenke.")})


class ResearchSummaryPage(ResourcePage):
    """Forskningsoppsummering, in the manner of the EEF toolkit: impact, evidence, cost, use."""

    class Impact(models.IntegerChoices):
        NONE = 0, _("Ingen eller usikker effekt")
        LOW = 1, _("Liten effekt")
        MODERATE = 2, _("Moderat effekt")
        HIGH = 3, _("Stor effekt")

    class Evidence(models.IntegerChoices):
        VERY_LIMITED = 1, _("Svært begrenset")
        LIMITED = 2, _("Begrenset")
        MODERATE = 3, _("Moderat")
        STRONG = 4, _("Sterk")
        VERY_STRONG = 5, _("Svært sterk")

    class Cost(models.IntegerChoices):
        VERY_LOW = 1, _("Svært lav")
        LOW = 2, _("Lav")
        MODERATE = 3, _("Moderat")
        HIGH = 4, _("Høy")
        VERY_HIGH = 5, _("Svært høy")

    research_question = models.TextField(_("forskningsspørsmål"))
    impact = models.PositiveSmallIntegerField(_("effekt"), choices=Impact.choices)
    impact_months = models.SmallIntegerField(
        _("effekt i måneder"),
        null=True,
        blank=True,
        help_text=_("Anslått ekstra læringsframgang i måneder, som i EEF Teaching and Learning Toolkit."),
    )
    evidence_strength = models.PositiveSmallIntegerField(_("forskningens styrke"), choices=Evidence.choices)
    cost = models.PositiveSmallIntegerField(_("kostnad og innsats"), choices=Cost.choices)
    key_findings = StreamField([("finding", rb.FindingBlock())], verbose_name=_("hovedfunn"), min_num=1)
    practice = StreamField(BaseStreamBlock(), verbose_name=_("slik kan du bruke det"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("mer om forskningen"), blank=True)
    references = StreamField([("reference", rb.ReferenceBlock())], verbose_name=_("referanser"), min_num=1)

    content_panels = [
        *ResourcePage.common_top_panels,
        FieldPanel("research_question"),
        FieldRowPanel([FieldPanel("impact"), FieldPanel("impact_months")]),
        FieldRowPanel([FieldPanel("evidence_strength"), FieldPanel("cost")]),
        FieldPanel("key_findings"),
        FieldPanel("practice"),
        FieldPanel("body"),
        FieldPanel("references"),
        *ResourcePage.common_bottom_panels,
    ]
    search_fields = [
        *ResourcePage.search_fields,
        index.SearchField("research_question", boost=2),
        index.SearchField("key_findings", boost=2),
        index.SearchField("practice"),
    ]

    is_creatable = True
    type_label = _("Forskningsoppsummering")
    type_slug = "forskning"
    template = "resources/research_summary_page.html"

    class Meta:
        verbose_name = _("forskningsoppsummering")
        verbose_name_plural = _("forskningsoppsummeringer")


RESOURCE_TYPES: dict[str, type[ResourcePage]] = {
    model.type_slug: model for model in (LessonPlanPage, LearningMaterialPage, ResearchSummaryPage)
}
