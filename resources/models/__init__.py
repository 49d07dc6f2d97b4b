from .pages import (
    LearningMaterialPage,
    LessonPlanPage,
    ResearchSummaryPage,
    ResourceIndexPage,
    ResourcePage,
    ResourceTag,
)
from .taxonomy import Grade, GradeBand, ImprovementPillar, RespondentGroup, Subject, SurveyArea

__all__ = [
    "Grade",
    "GradeBand",
    "ImprovementPillar",
    "LearningMaterialPage",
    "LessonPlanPage",
    "ResearchSummaryPage",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourceTag",
    "RespondentGroup",
    "Subject",
    "SurveyArea",
]
