"""The taxonomy the migrations seed is the programme's own: the survey-area
table from resources/data/survey_areas.csv, grades 1–10 in three bands, the
five improvement pillars and the LK20 grunnskole subjects. Editors keep it as
snippets under "Taksonomi"."""

import csv
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from resources.models import Grade, GradeBand, ImprovementPillar, RespondentGroup, Subject, SurveyArea

CSV_PATH = Path(__file__).resolve().parent.parent / "data" / "survey_areas.csv"
TAXONOMY_MODELS = [Subject, GradeBand, Grade, RespondentGroup, SurveyArea, ImprovementPillar]

pytestmark = pytest.mark.django_db


def group_name(name: str) -> str:
    """The CSV writes grade ranges with a hyphen ("1.-4."), the portal with an en dash ("1.–4.")."""
    return re.sub(r"(\d\.)-(\d)", r"\1–\2", name)


def csv_rows() -> list[dict[str, str]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_is_the_table_from_the_programme():
    """Guards the reference itself: an empty or truncated CSV would make the comparisons below vacuous."""
    rows = csv_rows()
    assert len(rows) == 25
    assert list(rows[0]) == ["respondent_group", "area", "factors", "questions"]
    assert len({row["respondent_group"] for row in rows}) == 6


def test_every_csv_row_is_seeded_with_its_group_factors_and_questions():
    seeded = {
        (area.respondent_group.name, area.name): (area.factors, area.questions)
        for area in SurveyArea.objects.select_related("respondent_group")
    }
    expected = {
        (group_name(row["respondent_group"]), row["area"]): (int(row["factors"]), int(row["questions"]))
        for row in csv_rows()
    }
    assert seeded == expected


def test_respondent_groups_are_the_six_of_the_csv_in_its_order():
    expected = list(dict.fromkeys(group_name(row["respondent_group"]) for row in csv_rows()))
    assert list(RespondentGroup.objects.order_by("sort_order").values_list("name", flat=True)) == expected


def test_survey_areas_keep_the_csv_order_within_each_group():
    rows = csv_rows()
    for group in RespondentGroup.objects.all():
        expected = [row["area"] for row in rows if group_name(row["respondent_group"]) == group.name]
        assert list(group.areas.order_by("sort_order").values_list("name", flat=True)) == expected


def test_same_area_name_in_two_groups_are_two_areas():
    """A school weak on "Relasjon til lærer" among pupils 5–10 is not the same as among pupils 1–4."""
    areas = SurveyArea.objects.filter(name="Relasjon til lærer").select_related("respondent_group")
    assert {(a.respondent_group.slug, a.questions) for a in areas} == {("elever-1-4", 7), ("elever-5-10", 9)}
    assert str(areas.get(respondent_group__slug="elever-1-4")) == "Relasjon til lærer (Elever 1.–4. trinn)"


@pytest.mark.parametrize(
    ("band_slug", "band_name", "numbers"),
    [("1-4", "1.–4. trinn", [1, 2, 3, 4]), ("5-7", "5.–7. trinn", [5, 6, 7]), ("8-10", "8.–10. trinn", [8, 9, 10])],
)
def test_bands_contain_the_right_grades(band_slug, band_name, numbers):
    band = GradeBand.objects.get(slug=band_slug)
    assert band.name == band_name
    assert list(band.grades.order_by("number").values_list("number", flat=True)) == numbers


def test_grades_are_one_to_ten_each_in_exactly_one_band():
    assert GradeBand.objects.count() == 3
    grades = list(Grade.objects.order_by("number"))
    assert [g.number for g in grades] == list(range(1, 11))
    assert [g.name for g in grades] == [f"{n}. trinn" for n in range(1, 11)]
    assert list(GradeBand.objects.order_by("sort_order").values_list("slug", flat=True)) == ["1-4", "5-7", "8-10"]


def test_five_pillars_with_the_programmes_names_in_order():
    assert list(ImprovementPillar.objects.order_by("sort_order").values_list("name", flat=True)) == [
        "Overordnede målsettinger og felles retning",
        "Kapasitetsbygging og utvikling av kollektive kulturer",
        "Ledelse på alle nivå",
        "Bruk av kartleggingsresultater – indre og ytre ansvarlighet",
        "Tydelige læringsmål og forskningsinformert pedagogisk praksis",
    ]
    assert not ImprovementPillar.objects.filter(description="").exists()


def test_subjects_include_lk20_grunnskole_subjects_and_tverrfaglig():
    names = {name.casefold() for name in Subject.objects.values_list("name", flat=True)}
    lk20 = [
        "Norsk",
        "Matematikk",
        "Engelsk",
        "Naturfag",
        "Samfunnsfag",
        "KRLE",
        "Kunst og håndverk",
        "Musikk",
        "Mat og helse",
        "Kroppsøving",
        "Fremmedspråk",
        "Samisk",
        "Valgfag",
    ]
    missing = [name for name in [*lk20, "Tverrfaglig"] if name.casefold() not in names]
    assert missing == []


def test_subject_codes_are_unique_lk20_codes():
    codes = [code for code in Subject.objects.values_list("code", flat=True) if code]
    assert len(codes) == len(set(codes)) == 12
    assert all(re.fullmatch(r"[A-Z]{3}\d{2}", code) for code in codes)
    assert Subject.objects.get(name="Matematikk").code == "MAT01"


@pytest.mark.parametrize("model", TAXONOMY_MODELS, ids=lambda m: m.__name__)
def test_slugs_are_ascii(model):
    slugs = list(model.objects.values_list("slug", flat=True))
    assert slugs
    bad = [slug for slug in slugs if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)]
    assert bad == []


@pytest.mark.parametrize(
    ("model", "name", "slug"),
    [
        (Subject, "Kunst og håndverk", "kunst-og-handverk"),
        (Subject, "Kroppsøving", "kroppsoving"),
        (Subject, "Fremmedspråk", "fremmedsprak"),
        (RespondentGroup, "Lærere", "laerere"),
        (RespondentGroup, "Kontaktlærers vurdering av elevene", "kontaktlaerer"),
    ],
)
def test_norwegian_letters_are_transliterated_not_dropped(model, name, slug):
    assert model.objects.get(name=name).slug == slug


def test_survey_area_slugs_carry_their_group():
    area = SurveyArea.objects.get(respondent_group__slug="laerere", name="Miljø i skolen")
    assert area.slug == "laerere-miljo-i-skolen"


def test_the_six_taxonomy_models_are_snippets():
    snippet_models = get_snippet_models()
    assert [m for m in TAXONOMY_MODELS if m not in snippet_models] == []


def test_superuser_opens_the_subject_snippet_listing(client):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(admin)
    response = client.get(reverse(Subject.snippet_viewset.get_url_name("list")))
    assert response.status_code == 200
    assert "Kroppsøving" in response.content.decode()


def test_editor_reaches_every_taxonomy_listing_under_the_taksonomi_menu(client):
    editor = get_user_model().objects.create_user("redaktor", password="pw")
    editor.groups.add(Group.objects.get(name="Redaktør"))
    client.force_login(editor)
    for model in TAXONOMY_MODELS:
        response = client.get(reverse(model.snippet_viewset.get_url_name("list")))
        assert response.status_code == 200, model.__name__
    assert "Taksonomi" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_staff_without_taxonomy_rights_cannot_open_the_listing(client):
    staff = get_user_model().objects.create_user("ansatt", password="pw")
    staff.groups.add(Group.objects.get(name="Ansatt"))
    client.force_login(staff)
    response = client.get(reverse(Subject.snippet_viewset.get_url_name("list")))
    assert response.status_code in (302, 403)
