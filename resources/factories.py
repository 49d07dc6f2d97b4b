"""Factories for the resource pages, for tests. They build on resources/demo_support.py, which the
demo content (resources/demo/) uses without factory_boy."""

import factory

from portal.demo_support import home_page
from resources.demo_support import M2M_FIELDS, NO_IMAGE, create_resource_page, resource_index
from resources.models import (
    Grade,
    LearningMaterialPage,
    LessonPlanPage,
    ResearchSummaryPage,
    ResourceIndexPage,
    Subject,
)

__all__ = [
    "M2M_FIELDS",
    "NO_IMAGE",
    "LearningMaterialPageFactory",
    "LessonPlanPageFactory",
    "ResearchSummaryPageFactory",
    "ResourceIndexPageFactory",
    "default_index",
]


def default_index() -> ResourceIndexPage:
    index = resource_index()
    if index is None:
        index = ResourceIndexPageFactory()
    return index


class ResourceIndexPageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ResourceIndexPage

    title = factory.Sequence(lambda n: f"Ressurser {n}")
    intro = "Undervisningsopplegg, læremidler og forskning."

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or home_page()).add_child(instance=page)
        return page


class ResourcePageFactory(factory.django.DjangoModelFactory):
    """Creates the page under a resource index, then sets its taxonomy.

    Pass `publish=True` to go through a revision as an editor would (slower;
    the demo does it so that history and revisions work in the admin).
    """

    class Meta:
        abstract = True

    summary = factory.LazyAttribute(lambda o: f"Et kort sammendrag av «{o.title}».")
    author_name = "Kari Nordmann"
    school = "Hamar katedralskole"
    live = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=False, tags=(), **kwargs):
        kwargs.setdefault("subjects", list(Subject.objects.filter(slug="norsk")))
        kwargs.setdefault("grades", list(Grade.objects.filter(number=5)))
        return create_resource_page(model_class, parent=parent or default_index(), publish=publish, tags=tags, **kwargs)


class LessonPlanPageFactory(ResourcePageFactory):
    class Meta:
        model = LessonPlanPage

    title = factory.Sequence(lambda n: f"Undervisningsopplegg {n}")
    duration_minutes = 45
    learning_goals = factory.LazyFunction(lambda: [{"type": "goal", "value": "Jeg kan forklare hovedpoenget."}])
    steps = factory.LazyFunction(
        lambda: [
            {
                "type": "step",
                "value": {
                    "title": "Oppstart",
                    "minutes": 10,
                    "organisation": "helklasse",
                    "description": "<p>Læreren presenterer målet for timen.</p>",
                    "image": NO_IMAGE,
                },
            },
            {
                "type": "step",
                "value": {
                    "title": "Arbeid i par",
                    "minutes": 30,
                    "organisation": "par",
                    "description": "<p>Elevene løser oppgavene sammen.</p>",
                    "image": NO_IMAGE,
                },
            },
        ]
    )


class LearningMaterialPageFactory(ResourcePageFactory):
    class Meta:
        model = LearningMaterialPage

    title = factory.Sequence(lambda n: f"Læremiddel {n}")
    material_format = LearningMaterialPage.Format.WEB
    external_url = "https://www.udir.no/"


class ResearchSummaryPageFactory(ResourcePageFactory):
    class Meta:
        model = ResearchSummaryPage

    title = factory.Sequence(lambda n: f"Forskningsoppsummering {n}")
    research_question = "Hva vet vi om dette?"
    impact = ResearchSummaryPage.Impact.MODERATE
    impact_months = 4
    evidence_strength = ResearchSummaryPage.Evidence.MODERATE
    cost = ResearchSummaryPage.Cost.LOW
    key_findings = factory.LazyFunction(
        lambda: [{"type": "finding", "value": {"finding": "Tydelige mål gir bedre læring.", "explanation": ""}}]
    )
    practice = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Start med målet.</p>"}])
    references = factory.LazyFunction(
        lambda: [
            {
                "type": "reference",
                "value": {
                    "authors": "Hattie, J., & Timperley, H.",
                    "year": 2007,
                    "title": "The Power of Feedback",
                    "source": "Review of Educational Research",
                    "doi": "10.3102/003465430298487",
                    "url": "",
                },
            }
        ]
    )
