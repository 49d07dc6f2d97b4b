from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    """Kartlegging: the schools' survey results, who may see them, and the analysis that turns a
    weak area into measures. Its own app because it holds data about schools, not content."""

    name = "surveys"
    verbose_name = _("Kartlegging")
