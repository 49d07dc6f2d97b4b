"""Resource pages: where they may live, what they refuse to save, what they
compute, and that an editor can create them through the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail import blocks
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.factories import DocumentFactory
from portal.models import HomePage
from resources.blocks import ReferenceBlock
from resources.factories import LearningMaterialPageFactory, LessonPlanPageFactory, ResearchSummaryPageFactory
from resources.models import (
    Grade,
    ImprovementPillar,
    LearningMaterialPage,
    LessonPlanPage,
    ResearchSummaryPage,
    ResourceIndexPage,
    ResourcePage,
    Subject,
    SurveyArea,
)
from resources.models.pages import Licence, grade_span

RESOURCE_TYPES = {LessonPlanPage, LearningMaterialPage, ResearchSummaryPage}


def step(title: str, minutes: int | None) -> dict:
    return {
        "type": "step",
        "value": {
            "title": title,
            "minutes": minutes,
            "organisation": "",
            "description": "<p>Slik gjør dere.</p>",
            "image": None,
        },
    }


# --- The page tree -----------------------------------------------------------------------------------


class TestPageTree(WagtailPageTestCase):
    def test_resource_index_lives_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(ResourceIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, ResourceIndexPage)
        self.assertCanNotCreateAt(Page, ResourceIndexPage)
        self.assertCanNotCreateAt(ResourceIndexPage, ResourceIndexPage)

    def test_resource_index_holds_the_three_resource_types(self):
        self.assertAllowedSubpageTypes(ResourceIndexPage, RESOURCE_TYPES)
        for model in RESOURCE_TYPES:
            self.assertCanCreateAt(ResourceIndexPage, model)

    def test_resources_live_only_under_a_resource_index_and_are_leaves(self):
        for model in RESOURCE_TYPES:
            self.assertAllowedParentPageTypes(model, {ResourceIndexPage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertCanNotCreateAt(HomePage, model)
            self.assertCanNotCreateAt(Page, model)

    def test_the_shared_resource_page_is_not_creatable(self):
        assert ResourcePage.is_creatable is False
        self.assertCanNotCreateAt(ResourceIndexPage, ResourcePage)
        self.assertCanNotCreateAt(HomePage, ResourcePage)
        assert ResourcePage not in Page.allowed_subpage_models()

    def test_the_migrations_put_the_index_under_the_home_page(self):
        home = HomePage.objects.get()
        index = ResourceIndexPage.objects.child_of(home).get()
        assert index.slug == "ressurser"
        assert index.live
        assert index.url_path == "/home/ressurser/"
        assert ResourcePage.can_create_at(index) is False
        assert LessonPlanPage.can_create_at(index) is True


# --- Validation --------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestLessonPlanValidation:
    def test_steps_longer_than_the_lesson_are_rejected_on_steps(self, resource_index):
        page = LessonPlanPageFactory()  # the factory's steps last 10 + 30 minutes
        page.duration_minutes = 30
        with pytest.raises(ValidationError) as excinfo:
            page.full_clean()
        assert "steps" in excinfo.value.message_dict
        assert "40" in excinfo.value.message_dict["steps"][0]

    @pytest.mark.parametrize("duration", [40, 45, 90])
    def test_steps_that_fit_the_lesson_are_accepted(self, resource_index, duration):
        LessonPlanPageFactory(duration_minutes=duration).full_clean()

    def test_one_minute_over_is_rejected(self, resource_index):
        page = LessonPlanPageFactory(duration_minutes=45, steps=[step("A", 25), step("B", 20)])
        page.steps = [step("A", 25), step("B", 21)]
        with pytest.raises(ValidationError) as excinfo:
            page.full_clean()
        assert list(excinfo.value.message_dict) == ["steps"]

    def test_saving_refuses_steps_longer_than_the_lesson(self, resource_index):
        """Page.save() runs full_clean, so no code path stores an impossible lesson."""
        with pytest.raises(ValidationError):
            LessonPlanPageFactory(duration_minutes=30)
        assert not LessonPlanPage.objects.exists()

    def test_planned_minutes_sums_the_steps(self, resource_index):
        assert LessonPlanPageFactory().planned_minutes == 40
        assert LessonPlanPageFactory(steps=[step("A", 5), step("B", 7), step("C", 11)]).planned_minutes == 23

    def test_planned_minutes_counts_a_step_without_minutes_as_zero(self, resource_index):
        page = LessonPlanPageFactory(steps=[step("A", 15), step("B", None)])
        assert page.planned_minutes == 15


@pytest.mark.django_db
class TestLearningMaterialValidation:
    def test_neither_file_nor_link_is_rejected_on_document(self, resource_index):
        page = LearningMaterialPageFactory()
        page.external_url = ""
        page.document = None
        with pytest.raises(ValidationError) as excinfo:
            page.full_clean()
        assert "document" in excinfo.value.message_dict

    def test_a_link_alone_is_enough(self, resource_index):
        LearningMaterialPageFactory(external_url="https://www.udir.no/lk20/", document=None).full_clean()

    def test_a_file_alone_is_enough(self, resource_index):
        page = LearningMaterialPageFactory(external_url="", document=DocumentFactory())
        page.full_clean()
        assert page.document_id is not None


class TestReferenceBlock:
    block = ReferenceBlock()

    def value(self, **overrides):
        data = {
            "authors": "Hattie, J.",
            "year": 2009,
            "title": "Visible Learning",
            "source": "Routledge",
            "doi": "",
            "url": "",
        }
        data.update(overrides)
        return self.block.to_python(data)

    @pytest.mark.parametrize("doi", ["doi:10.1000/182", "https://example.org/10.1/x", "1.3102/0034", "abc"])
    def test_a_doi_not_starting_with_10_is_rejected_on_doi(self, doi):
        with pytest.raises(blocks.StructBlockValidationError) as excinfo:
            self.block.clean(self.value(doi=doi))
        assert set(excinfo.value.block_errors) == {"doi"}

    @pytest.mark.parametrize("doi", ["10.3102/003465430298487", "https://doi.org/10.3102/003465430298487", ""])
    def test_a_real_or_missing_doi_is_accepted(self, doi):
        assert self.block.clean(self.value(doi=doi))["doi"] == doi

    def test_link_prefers_the_doi(self):
        assert self.value(doi="10.1/x", url="https://example.org").link() == "https://doi.org/10.1/x"
        assert self.value(url="https://example.org").link() == "https://example.org"


# --- Licences, grades, relations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("licence", "url"),
    [
        (Licence.CC_BY, "https://creativecommons.org/licenses/by/4.0/deed.no"),
        (Licence.CC_BY_SA, "https://creativecommons.org/licenses/by-sa/4.0/deed.no"),
        (Licence.CC_BY_NC, "https://creativecommons.org/licenses/by-nc/4.0/deed.no"),
        (Licence.CC_BY_NC_SA, "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.no"),
        (Licence.CC_BY_ND, "https://creativecommons.org/licenses/by-nd/4.0/deed.no"),
        (Licence.CC0, "https://creativecommons.org/publicdomain/zero/1.0/deed.no"),
        (Licence.ALL_RIGHTS, ""),
    ],
)
def test_licence_url(licence, url):
    assert Licence.url_for(licence) == url
    assert Licence.url_for(licence.value) == url


def test_every_licence_has_a_decision():
    """A new licence choice must be added to the table above, not silently get no link."""
    assert len(Licence.choices) == 7


@pytest.mark.django_db
def test_page_licence_url_and_rights_holder(resource_index):
    page = LessonPlanPageFactory(licence=Licence.CC_BY_NC_SA, author_name="Ola Nordmann", rights_holder="")
    assert page.licence_url == "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.no"
    assert page.rights_holder_display == "Ola Nordmann"
    page.rights_holder = "Hamar kommune"
    assert page.rights_holder_display == "Hamar kommune"


def test_default_licence_is_cc_by_sa():
    assert LessonPlanPage._meta.get_field("licence").default == Licence.CC_BY_SA


@pytest.mark.parametrize(
    ("numbers", "label"),
    [
        ([], ""),
        ([3], "3. trinn"),
        ([5, 6, 7], "5.–7. trinn"),
        ([7, 5, 6, 6], "5.–7. trinn"),
        ([1, 2, 5], "1.–2. og 5. trinn"),
        ([1, 3, 8, 9, 10], "1., 3. og 8.–10. trinn"),
    ],
)
def test_grade_span(numbers, label):
    assert grade_span(numbers) == label


@pytest.mark.django_db
def test_grade_label_from_the_pages_grades(resource_index):
    page = LessonPlanPageFactory(grades=list(Grade.objects.filter(number__in=[5, 6, 7])))
    assert page.grade_label == "5.–7. trinn"


@pytest.mark.django_db
def test_related_resources_are_one_way_with_referenced_by_as_reverse(resource_index):
    research = ResearchSummaryPageFactory()
    plan = LessonPlanPageFactory(related_resources=[research])
    material = LearningMaterialPageFactory(related_resources=[research, plan])

    assert set(research.referenced_by.all()) == {plan.resourcepage_ptr, material.resourcepage_ptr}
    assert list(plan.referenced_by.all()) == [material.resourcepage_ptr]
    assert list(research.related_resources.all()) == []  # not symmetrical
    assert list(material.referenced_by.all()) == []
    assert {p.specific_class for p in research.referenced_by.all()} == {LessonPlanPage, LearningMaterialPage}


@pytest.mark.django_db
def test_deleting_a_resource_drops_it_from_related(resource_index):
    research = ResearchSummaryPageFactory()
    plan = LessonPlanPageFactory(related_resources=[research])
    research.delete()
    assert list(ResourcePage.objects.get(pk=plan.pk).related_resources.all()) == []


# --- Creating pages through the admin ----------------------------------------------------------------


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(user)
    return client


def add_url(model, parent) -> str:
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def common_fields(*, title: str, slug: str) -> dict:
    return {
        "title": title,
        "slug": slug,
        "summary": "Elevene lærer brøk med pizza.",
        "listing_image": "",
        "tags": "brøk, pizza",
        "author_name": "Kari Nordmann",
        "school": "Ajer ungdomsskole",
        "rights_holder": "",
        "licence": "cc-by-4.0",
        "comments": inline_formset([]),
    }


def with_taxonomy(form: dict, related=()) -> dict:
    """Multiple-choice fields post one value per choice, which nested_form_data would number instead."""
    return {
        **form,
        "subjects": [Subject.objects.get(slug="matematikk").pk, Subject.objects.get(slug="tverrfaglig").pk],
        "grades": list(Grade.objects.filter(number__in=[5, 6]).values_list("pk", flat=True)),
        "survey_areas": [SurveyArea.objects.get(slug="elever-5-10-forventning-om-mestring").pk],
        "pillars": [ImprovementPillar.objects.order_by("sort_order").last().pk],
        "related_resources": [page.pk for page in related],
    }


def lesson_plan_form(
    *, title="Brøk med pizza", slug="brok-med-pizza", duration=45, minutes=(10, 30), related=(), **extra
):
    lesson_steps = [
        (
            "step",
            {
                "title": f"Del {n}",
                "minutes": str(m),
                "organisation": "grupper",
                "description": rich_text(f"<p>Del {n} av økta.</p>"),
                "image": {"image": "", "decorative": "", "alt_text": ""},
            },
        )
        for n, m in enumerate(minutes, start=1)
    ]
    data = {
        **common_fields(title=title, slug=slug),
        "duration_minutes": str(duration),
        "learning_goals": streamfield([("goal", "Jeg kan forklare hva en brøk er.")]),
        "competence_aims": streamfield([("aim", {"code": "MAT01-05", "text": "utforske og beskrive brøk"})]),
        "key_vocabulary": streamfield([("term", {"term": "teller", "definition": "tallet over brøkstreken"})]),
        "preparation": streamfield([]),
        "steps": streamfield(lesson_steps),
        "differentiation": streamfield([]),
        "misconceptions": streamfield([]),
        "assessment": streamfield([]),
        "attachments": streamfield([]),
        **extra,
    }
    return with_taxonomy(nested_form_data(data), related)


def research_form(*, doi: str) -> dict:
    data = {
        **common_fields(title="Tilbakemelding", slug="tilbakemelding"),
        "research_question": "Hva slags tilbakemelding virker?",
        "impact": "3",
        "impact_months": "6",
        "evidence_strength": "4",
        "cost": "1",
        "key_findings": streamfield(
            [("finding", {"finding": "Konkret tilbakemelding virker.", "explanation": rich_text("")})]
        ),
        "practice": streamfield([("paragraph", rich_text("<p>Gi tilbakemelding på oppgaven.</p>"))]),
        "body": streamfield([]),
        "references": streamfield(
            [
                (
                    "reference",
                    {
                        "authors": "Hattie, J., & Timperley, H.",
                        "year": "2007",
                        "title": "The Power of Feedback",
                        "source": "RER",
                        "doi": doi,
                        "url": "",
                    },
                )
            ]
        ),
    }
    return with_taxonomy(nested_form_data(data))


def form_errors(response) -> dict:
    return dict(response.context["form"].errors) if response.context and "form" in response.context else {}


@pytest.mark.django_db
def test_superuser_creates_a_lesson_plan_with_its_taxonomy_through_the_admin(admin_client, resource_index):
    response = admin_client.post(add_url(LessonPlanPage, resource_index), lesson_plan_form())
    assert response.status_code == 302, form_errors(response)

    page = LessonPlanPage.objects.get(slug="brok-med-pizza")
    assert page.get_parent().pk == resource_index.pk
    assert response.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live  # saved as a draft, not published
    assert page.duration_minutes == 45
    assert page.planned_minutes == 40
    assert [s.value["title"] for s in page.steps] == ["Del 1", "Del 2"]
    assert page.learning_goals[0].value == "Jeg kan forklare hva en brøk er."
    assert page.competence_aims[0].value["code"] == "MAT01-05"
    assert set(page.subjects.values_list("slug", flat=True)) == {"matematikk", "tverrfaglig"}
    assert sorted(page.grades.values_list("number", flat=True)) == [5, 6]
    assert list(page.survey_areas.values_list("slug", flat=True)) == ["elever-5-10-forventning-om-mestring"]
    assert list(page.pillars.values_list("sort_order", flat=True)) == [4]
    assert set(page.tags.names()) == {"brøk", "pizza"}
    assert page.licence == Licence.CC_BY
    assert page.get_latest_revision() is not None


@pytest.mark.django_db
def test_related_research_chosen_in_the_admin_shows_up_as_referenced_by(admin_client, resource_index):
    research = ResearchSummaryPageFactory()
    response = admin_client.post(add_url(LessonPlanPage, resource_index), lesson_plan_form(related=[research]))
    assert response.status_code == 302, form_errors(response)
    plan = LessonPlanPage.objects.get(slug="brok-med-pizza")
    assert list(plan.related_resources.all()) == [research.resourcepage_ptr]
    assert list(research.referenced_by.all()) == [plan.resourcepage_ptr]


@pytest.mark.django_db
def test_superuser_publishes_a_lesson_plan_through_the_admin(admin_client, resource_index):
    data = lesson_plan_form(title="Publisert brøk", slug="publisert-brok", **{"action-publish": "action-publish"})
    response = admin_client.post(add_url(LessonPlanPage, resource_index), data)
    assert response.status_code == 302, form_errors(response)
    page = LessonPlanPage.objects.get(slug="publisert-brok")
    assert page.live
    assert page.url_path == "/home/ressurser/publisert-brok/"
    assert page.subjects.count() == 2


@pytest.mark.django_db
def test_admin_refuses_steps_longer_than_the_lesson(admin_client, resource_index):
    response = admin_client.post(add_url(LessonPlanPage, resource_index), lesson_plan_form(duration=30))
    assert response.status_code == 200
    assert "steps" in form_errors(response)
    assert not LessonPlanPage.objects.filter(slug="brok-med-pizza").exists()


@pytest.mark.django_db
def test_admin_requires_a_subject_and_a_grade(admin_client, resource_index):
    data = lesson_plan_form()
    data.pop("subjects")
    data.pop("grades")
    response = admin_client.post(add_url(LessonPlanPage, resource_index), data)
    assert response.status_code == 200
    assert {"subjects", "grades"} <= set(form_errors(response))


@pytest.mark.django_db
def test_admin_refuses_a_reference_with_a_bad_doi(admin_client, resource_index):
    response = admin_client.post(add_url(ResearchSummaryPage, resource_index), research_form(doi="doi.org/3102"))
    assert response.status_code == 200
    assert "references" in form_errors(response)
    assert not ResearchSummaryPage.objects.exists()


@pytest.mark.django_db
def test_admin_creates_a_research_summary_with_a_good_doi(admin_client, resource_index):
    response = admin_client.post(add_url(ResearchSummaryPage, resource_index), research_form(doi="10.3102/0034"))
    assert response.status_code == 302, form_errors(response)
    page = ResearchSummaryPage.objects.get(slug="tilbakemelding")
    assert page.references[0].value.link() == "https://doi.org/10.3102/0034"
    assert page.impact == ResearchSummaryPage.Impact.HIGH


@pytest.mark.django_db
def test_admin_refuses_a_learning_material_without_file_or_link(admin_client, resource_index):
    data = with_taxonomy(
        nested_form_data(
            {
                **common_fields(title="Tom", slug="tom"),
                "material_format": "nettressurs",
                "document": "",
                "external_url": "",
                "description": streamfield([]),
                "usage_tips": streamfield([]),
            }
        )
    )
    response = admin_client.post(add_url(LearningMaterialPage, resource_index), data)
    assert response.status_code == 200
    assert "document" in form_errors(response)


@pytest.mark.django_db
def test_admin_will_not_add_the_abstract_resource_page(admin_client, resource_index):
    response = admin_client.get(add_url(ResourcePage, resource_index))
    assert response.status_code == 302  # Wagtail turns PermissionDenied into a redirect with a message
    assert response.url == reverse("wagtailadmin_home")
    response = admin_client.post(add_url(ResourcePage, resource_index), lesson_plan_form())
    assert response.status_code == 302
    assert not ResourcePage.objects.filter(slug="brok-med-pizza").exists()
