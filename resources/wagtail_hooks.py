"""Taxonomy snippets grouped under one "Taksonomi" menu for editors."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from resources.models import Grade, GradeBand, ImprovementPillar, RespondentGroup, Subject, SurveyArea


class SubjectViewSet(SnippetViewSet):
    model = Subject
    icon = "tag"
    list_display = ["name", "code", "slug", "sort_order"]
    search_fields = ["name"]


class GradeBandViewSet(SnippetViewSet):
    model = GradeBand
    icon = "list-ol"
    list_display = ["name", "slug", "sort_order"]


class GradeViewSet(SnippetViewSet):
    model = Grade
    icon = "list-ol"
    list_display = ["name", "band", "slug"]
    list_filter = ["band"]


class RespondentGroupViewSet(SnippetViewSet):
    model = RespondentGroup
    icon = "group"
    list_display = ["name", "slug", "sort_order"]


class SurveyAreaViewSet(SnippetViewSet):
    model = SurveyArea
    icon = "table"
    list_display = ["name", "respondent_group", "factors", "questions"]
    list_filter = ["respondent_group"]
    search_fields = ["name"]


class ImprovementPillarViewSet(SnippetViewSet):
    model = ImprovementPillar
    icon = "pick"
    list_display = ["name", "sort_order"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taksonomi")
    menu_icon = "tag"
    menu_order = 250
    items = (
        SubjectViewSet,
        GradeBandViewSet,
        GradeViewSet,
        RespondentGroupViewSet,
        SurveyAreaViewSet,
        ImprovementPillarViewSet,
    )


register_snippet(TaxonomyGroup)
