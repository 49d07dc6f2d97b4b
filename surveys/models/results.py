"""Survey results: aggregates only (a mean and a count per school, grade, group and area).
No individual answer is ever stored."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class SurveyResult(models.Model):
    round = models.PositiveSmallIntegerField(
        _("runde"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("Året kartleggingen ble gjort."),
    )
    school = models.ForeignKey(
        "networks.School", verbose_name=_("skole"), on_delete=models.CASCADE, related_name="survey_results"
    )
    grade = models.PositiveSmallIntegerField(
        _("trinn"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("Tomt for hele skolen."),
    )
    respondent_group = models.ForeignKey(
        "resources.RespondentGroup", verbose_name=_("respondentgruppe"), on_delete=models.PROTECT, related_name="+"
    )
    area = models.ForeignKey(
        "resources.SurveyArea", verbose_name=_("kartleggingsområde"), on_delete=models.PROTECT, related_name="results"
    )
    mean = models.DecimalField(_("snitt"), max_digits=3, decimal_places=2)
    respondents = models.PositiveIntegerField(_("antall svar"))

    class Meta:
        verbose_name = _("kartleggingsresultat")
        verbose_name_plural = _("kartleggingsresultater")
        ordering = ["round", "school_id", "respondent_group_id", "area_id", "grade"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "school", "respondent_group", "area", "grade"],
                condition=Q(grade__isnull=False),
                name="unique_survey_result_per_grade",
            ),
            models.UniqueConstraint(
                fields=["round", "school", "respondent_group", "area"],
                condition=Q(grade__isnull=True),
                name="unique_survey_result_whole_school",
            ),
            models.CheckConstraint(condition=Q(mean__gte=1) & Q(mean__lte=5), name="survey_mean_between_1_and_5"),
            models.CheckConstraint(
                condition=Q(grade__isnull=True) | (Q(grade__gte=1) & Q(grade__lte=10)),
                name="survey_grade_between_1_and_10",
            ),
        ]
        indexes = [
            models.Index(fields=["school", "round"], name="survey_result_school_round"),
            models.Index(fields=["round", "respondent_group", "area"], name="survey_result_round_area"),
        ]

    def __str__(self):
        grade = f"{self.grade}. trinn" if self.grade else "hele skolen"
        return f"{self.round} {self.school.name} {grade} {self.area.name}: {self.mean} ({self.respondents})"


class SurveyImport(models.Model):
    """One imported file: who brought it in, and what it changed."""

    imported_at = models.DateTimeField(_("importert"), auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("importert av"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    filename = models.CharField(_("filnavn"), max_length=255)
    rounds = models.CharField(_("runder"), max_length=100, blank=True)
    schools = models.PositiveIntegerField(_("skoler"), default=0)
    added = models.PositiveIntegerField(_("lagt til"), default=0)
    changed = models.PositiveIntegerField(_("endret"), default=0)
    removed = models.PositiveIntegerField(_("fjernet"), default=0)

    class Meta:
        verbose_name = _("import av kartlegging")
        verbose_name_plural = _("importer av kartlegging")
        ordering = ["-imported_at"]

    def __str__(self):
        return f"{self.filename} ({self.imported_at:%d.%m.%Y %H:%M})"
