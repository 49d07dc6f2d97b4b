"""Benchmark of a school's Kartlegging page with three rounds (docs/benchmarks.md).

Makes a county of 126 schools (spread over the municipalities) with results for 2016, 2018 and
2020 – every school × the whole school and grades 1–10 × the 25 survey areas, 103 950 rows –,
some resources, networks and meetings on the areas, and a school leader of the first school.
Then renders /kartlegging/skole/<orgnr>/ in-process with Django's test client (no network, no
page cache: the page is private and never stored) and prints p50/p95/max over the requests and
the number of SQL queries per request. Also the API and the staff overview with its CSV.

Uses DATABASE_URL when set (migrated first; what it makes is deleted afterwards), else a
throw-away SQLite database. BENCH_REQUESTS sets the number of timed requests (50).

    .venv/bin/python bench/survey_school_page.py
    createdb -h 127.0.0.1 -U postgres kfl_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kfl_bench .venv/bin/python bench/survey_school_page.py
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHOOLS = 126
ROUNDS = (2016, 2018, 2020)
GRADES = [None, *range(1, 11)]
FIRST_ORGNR = 999_200_000
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "50"))


def setup() -> tempfile.TemporaryDirectory | None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    workdir = None
    if not os.environ.get("DATABASE_URL"):
        workdir = tempfile.TemporaryDirectory(prefix="kfl-bench-school-page-")
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir.name}/bench.sqlite3"
    import django

    django.setup()
    from django.core.management import call_command

    print("==> Migrerer databasen …", flush=True)
    call_command("migrate", verbosity=0, interactive=False)
    return workdir


def make_county():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from networks.models import Municipality, School
    from portal import roles
    from resources.models import SurveyArea
    from surveys.models import SchoolMembership, SchoolRole, SurveyResult

    municipalities = list(Municipality.objects.order_by("pk"))
    School.objects.bulk_create(
        School(
            name=f"Benkeskole {n}",
            municipality=municipalities[n % len(municipalities)],
            orgnr=str(FIRST_ORGNR + n),
        )
        for n in range(SCHOOLS)
    )
    schools = list(School.objects.filter(orgnr__startswith=str(FIRST_ORGNR)[:5]).order_by("orgnr"))
    areas = list(SurveyArea.objects.order_by("pk"))
    batch = []
    for s, school in enumerate(schools):
        for r, round_ in enumerate(ROUNDS):
            for grade in GRADES:
                for a, area in enumerate(areas):
                    n = s * 1000 + r * 311 + (grade or 0) * 37 + a
                    batch.append(
                        SurveyResult(
                            round=round_,
                            school=school,
                            grade=grade,
                            respondent_group_id=area.respondent_group_id,
                            area=area,
                            mean=f"{2 + (n * 7919 % 300) / 100:.2f}",
                            # Some small grades below the threshold, as in a real county.
                            respondents=(3 + n % 40) if grade else (120 + n % 300),
                        )
                    )
        if len(batch) > 20_000:
            SurveyResult.objects.bulk_create(batch)
            batch = []
    SurveyResult.objects.bulk_create(batch)

    User = get_user_model()
    leader = User.objects.create_user("benk-skoleleder", password="benk-passord")  # noqa: S106
    SchoolMembership.objects.create(user=leader, school=schools[0], role=SchoolRole.LEADER)
    staff = User.objects.create_user("benk-ansatt", password="benk-passord")  # noqa: S106
    staff.groups.add(Group.objects.get(name=roles.STAFF))
    return schools[0], leader, staff, areas


def make_practice(areas) -> list:
    """A research summary and a lesson plan per area, a network on every fifth area with a meeting."""
    from datetime import timedelta

    from django.utils import timezone

    from networks.demo_support import network_index
    from networks.models import MeetingPage
    from networks.services import network_create
    from resources.demo_support import create_resource_page, resource_index
    from resources.models import LearningMaterialPage, ResearchSummaryPage

    # Runtime helpers, not the test factories: the benchmark runs with requirements.txt alone.
    made = []
    index = resource_index(create=True)
    for area in areas:
        research = {
            "research_question": "Hva vet vi om dette?",
            "impact": ResearchSummaryPage.Impact.MODERATE,
            "evidence_strength": ResearchSummaryPage.Evidence.MODERATE,
            "cost": ResearchSummaryPage.Cost.LOW,
        }
        material = {"material_format": LearningMaterialPage.Format.WEB, "external_url": "https://www.udir.no/"}
        for model, title, fields in (
            (ResearchSummaryPage, "Benkeforskning", research),
            (LearningMaterialPage, "Benkemateriell", material),
        ):
            made.append(
                create_resource_page(
                    model,
                    parent=index,
                    title=f"{title} {area.pk}",
                    summary="Til benken.",
                    author_name="Kari Nordmann",
                    survey_areas=[area],
                    **fields,
                )
            )
    networks = network_index()
    for area in areas[::5]:
        network = network_create(
            index=networks, title=f"Benkenettverk {area.pk}", summary="Et nettverk til benken.", survey_areas=[area]
        )
        start = timezone.now() + timedelta(days=20)
        network.add_child(
            instance=MeetingPage(
                title=f"Benkesamling {area.pk}", start=start, end=start + timedelta(hours=3), place="Hamar"
            )
        )
        made.append(network)
    return made


def timed(client, url: str, requests: int = REQUESTS) -> tuple[list[float], int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # warm up
    if response.status_code != 200:
        raise SystemExit(f"{url}: {response.status_code}")
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return times, len(queries.captured_queries), len(response.content)


def report(label: str, times: list[float], queries: int, size: int) -> None:
    ordered = sorted(times)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(
        f"{label:<34} p50 {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   max {ordered[-1]:7.1f} ms"
        f"   {queries:3d} spørringer   {size / 1024:6.0f} KiB"
    )


def main() -> None:
    workdir = setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from networks.models import School
    from surveys.models import SurveyResult

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    print(f"==> Database: {connection.vendor}", flush=True)
    start = time.perf_counter()
    school, leader, staff, areas = make_county()
    made = make_practice(areas)
    rows = SurveyResult.objects.filter(school__orgnr__startswith=str(FIRST_ORGNR)[:5]).count()
    print(f"==> {SCHOOLS} skoler, {rows} resultatrader, laget på {time.perf_counter() - start:.1f} s", flush=True)
    try:
        client = Client()
        client.force_login(leader)
        url = f"/kartlegging/skole/{school.orgnr}/"
        report("skolesiden (3 runder, 25 områder)", *timed(client, url))
        report("skolesiden ?runde=2016", *timed(client, url + "?runde=2016"))
        report("API-et", *timed(client, f"/api/kartlegging/skole/{school.orgnr}/"))
        client.force_login(staff)
        report("oversikten (126 skoler)", *timed(client, "/kartlegging/oversikt/?gruppe=elever-5-10", REQUESTS // 2))
        report("oversikten som CSV", *timed(client, "/kartlegging/oversikt/?format=csv", REQUESTS // 2))
        client.logout()
        report("/kartlegging/ (offentlig, uten cache)", *timed(client, "/kartlegging/"))
    finally:
        if workdir is None:
            for page in made:
                page.delete()
            SurveyResult.objects.filter(school__orgnr__startswith=str(FIRST_ORGNR)[:5]).delete()
            School.objects.filter(orgnr__startswith=str(FIRST_ORGNR)[:5]).delete()
            from django.contrib.auth import get_user_model

            get_user_model().objects.filter(username__in=["benk-skoleleder", "benk-ansatt"]).delete()
        else:
            workdir.cleanup()


if __name__ == "__main__":
    main()
