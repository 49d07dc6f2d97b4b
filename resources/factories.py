"""Factories for the resource pages. The demo content (resources/demo/) is built with these too."""

import factory

from portal.factories import home_page
from resources.models import (
    Grade,
    LearningMaterialPage,
    LessonPlanPage,
    ResearchSummaryPage,
    ResourceIndexPage,
    Subject,
)

# What the admin saves for an optional ImageBlock left empty; a bare None breaks
# a stream that mixes steps with and without images.
NO_IMAGE = {"image": None, "alt_text": None, "decorative": None}

M2M_FIELDS = ("subjects", "grades", "survey_areas", "pillars", "related_resources")


def default_index() -> ResourceIndexPage:
    index = ResourceIndexPage.objects.child_of(home_page()).first()
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
        relations = {name: kwargs.pop(name) for name in M2M_FIELDS if name in kwargs}
        relations.setdefault("subjects", list(Subject.objects.filter(slug="norsk")))
        relations.setdefault("grades", list(Grade.objects.filter(number=5)))
        page = model_class(*args, **kwargs)
        (parent or default_index()).add_child(instance=page)
        for name, values in relations.items():
            getattr(page, name).set(values)
        if tags:
            page.tags.add(*tags)
        page.save()
        if publish:
            page.save_revision().publish()
        return page


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
