"""The survey demo's data files and generator, without building the whole demo: no demo users
means no memberships, the figures are the same every time, and a mistake names its file and line."""

import shutil

import pytest
from django.contrib.auth import get_user_model

from networks.models import Municipality, School
from portal.demo_data import DEMO_DIR, DemoDataError
from resources.models import SurveyArea
from surveys.demo import build_survey_demo, generate_results, load
from surveys.models import SchoolAnalysis, SchoolMembership, SchoolOwner

pytestmark = pytest.mark.django_db


def test_without_demo_users_only_data(db):
    report = build_survey_demo(load(), with_users=False)
    assert report["results_created"] > 5000 and report["analyses_created"] == 1
    assert not get_user_model().objects.exists()
    assert not SchoolMembership.objects.exists() and not SchoolOwner.objects.exists()
    assert SchoolAnalysis.objects.get().created_by is None


def test_the_figures_are_the_same_every_time(db):
    data = load()
    spec = data.schools[0]
    school = School.objects.create(name=spec.name, municipality=Municipality.objects.get(slug=spec.municipality))
    areas = list(SurveyArea.objects.select_related("respondent_group").order_by("slug"))

    def key(rows):
        return [(r.round, r.area_id, r.grade, r.mean, r.respondents) for r in rows]

    assert key(generate_results(school, spec, areas)) == key(generate_results(school, spec, areas))


def test_a_mistake_in_the_files_names_file_and_line(tmp_path, db):
    copy = tmp_path / "demo"
    shutil.copytree(DEMO_DIR, copy)
    path = copy / "kartlegging" / "skoler.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('orgnr: "974512378"', 'orgnr: "974512379"', 1).replace(
        "municipality: grue", "municipality: oslo"
    )
    path.write_text(text, encoding="utf-8")
    analysis = copy / "kartlegging" / "analyser" / "flisa-relasjon-til-laerer-2018.md"
    analysis.write_text(analysis.read_text(encoding="utf-8").replace("resource: elevsamtalen", "resource: finnes-ikke"))
    with pytest.raises(DemoDataError) as error:
        load(copy)
    message = str(error.value)
    assert "kartlegging/skoler.yaml:" in message and "974512379" in message and "ukjent kommune «oslo»" in message
    assert "flisa-relasjon-til-laerer-2018.md:" in message and "finnes-ikke" in message
