"""Analysen, steg for steg: the programme's research-based analysis model. A school first
analyses a challenge from its results and only then chooses measures (tiltak)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SchoolAnalysis(models.Model):
    class Step(models.IntegerChoices):
        CHALLENGE = 1, _("Velg utfordring")
        DESCRIBE = 2, _("Beskriv utfordringen")
        CAUSES = 3, _("Analyser hva som holder den ved like")
        MEASURES = 4, _("Velg tiltak")
        RESPONSIBILITY = 5, _("Hvem gjør hva, og når")
        EVALUATE = 6, _("Evaluer mot neste runde")

    school = models.ForeignKey(
        "networks.School", verbose_name=_("skole"), on_delete=models.CASCADE, related_name="analyses"
    )
    round = models.PositiveSmallIntegerField(_("runde"), help_text=_("Kartleggingen analysen tar utgangspunkt i."))
    # Step 1: the challenge, chosen from the results.
    area = models.ForeignKey(
        "resources.SurveyArea", verbose_name=_("kartleggingsområde"), on_delete=models.PROTECT, related_name="analyses"
    )
    grade = models.PositiveSmallIntegerField(_("trinn"), null=True, blank=True, help_text=_("Tomt for hele skolen."))
    title = models.CharField(_("tittel"), max_length=200)
    # Step 2: described precisely, with what else the school knows.
    description = models.TextField(_("beskrivelse av utfordringen"), blank=True)
    other_knowledge = models.TextField(_("annen kunnskap vi har"), blank=True)
    # Step 3: what keeps it going, at three levels.
    causes_school = models.TextField(_("på skolenivå"), blank=True)
    causes_class = models.TextField(_("på klassenivå"), blank=True)
    causes_pupil = models.TextField(_("på elevnivå"), blank=True)
    # Steps 4 and 5 are the measures (AnalysisMeasure). Step 6:
    evaluation = models.TextField(_("evaluering"), blank=True)
    evaluated_round = models.PositiveSmallIntegerField(_("evaluert mot runde"), null=True, blank=True)

    step = models.PositiveSmallIntegerField(_("steg"), choices=Step.choices, default=Step.DESCRIBE)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("laget av"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("laget"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sist endret"), auto_now=True)

    class Meta:
        verbose_name = _("analyse")
        verbose_name_plural = _("analyser")
        ordering = ["-round", "-updated_at"]
        indexes = [models.Index(fields=["school", "round"], name="analysis_school_round")]

    def __str__(self):
        return f"{self.title} ({self.school.name}, {self.round})"


class AnalysisMeasure(models.Model):
    """Et tiltak: what the school will do (step 4), who does it and by when (step 5)."""

    analysis = models.ForeignKey(
        SchoolAnalysis, verbose_name=_("analyse"), on_delete=models.CASCADE, related_name="measures"
    )
    description = models.TextField(_("tiltak"))
    resource = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("ressurs fra portalen"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    responsible = models.CharField(_("ansvarlig"), max_length=200, blank=True)
    due_date = models.DateField(_("frist"), null=True, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("rekkefølge"), default=0)

    class Meta:
        verbose_name = _("tiltak")
        verbose_name_plural = _("tiltak")
        ordering = ["sort_order", "id"]

    def __str__(self):
        return self.description[:80]
