from surveys.models.access import SchoolMembership, SchoolOwner, SchoolRole
from surveys.models.analysis import AnalysisMeasure, SchoolAnalysis
from surveys.models.pages import SurveyOverviewPage
from surveys.models.results import SurveyImport, SurveyResult

__all__ = [
    "AnalysisMeasure",
    "SchoolAnalysis",
    "SchoolMembership",
    "SchoolOwner",
    "SchoolRole",
    "SurveyImport",
    "SurveyOverviewPage",
    "SurveyResult",
]
