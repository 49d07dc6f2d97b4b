"""Kartlegging in the admin: who may use it, the upload → check → «Importer» flow, the progress
status, the limits on uploads, and the memberships and school owners."""

import io
import re
import time

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from networks.models import Municipality
from portal import roles
from surveys import admin_views
from surveys.factories import SchoolMembershipFactory, SchoolOwnerFactory, SurveySchoolFactory, UserFactory
from surveys.importing import jobs
from surveys.models import SchoolMembership, SchoolOwner, SchoolRole, SurveyImport, SurveyResult

pytestmark = pytest.mark.django_db

HEADER = "runde;orgnr;trinn;gruppe;omrade;snitt;antall"
FLISA = "974000011"
ASNES = "974000029"
GOOD = (
    f"{HEADER}\r\n"
    f"2020;{FLISA};;elever-5-10;elever-5-10-trivsel;4,12;212\r\n"
    f"2020;{ASNES};;elever-5-10;elever-5-10-trivsel;3,75;90\r\n"
).encode()
INDEX = "/admin/kartlegging/import/"
CONFIRM = "/admin/kartlegging/import/bekreft/"


@pytest.fixture(autouse=True)
def _synchronous_imports(settings, tmp_path):
    """The import runs in the request here (a thread would not see the test's transaction)."""
    settings.SURVEY_IMPORT_IN_BACKGROUND = False
    settings.SURVEY_IMPORT_DIR = str(tmp_path / "opplastinger")
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def schools():
    asnes = Municipality.objects.get(slug="asnes")
    return {
        "flisa": SurveySchoolFactory(name="Flisa skole", orgnr=FLISA, municipality=asnes),
        "asnes": SurveySchoolFactory(name="Åsnes ungdomsskole", orgnr=ASNES, municipality=asnes),
    }


def in_group(group: str, username: str):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def staff():
    return in_group(roles.STAFF, "ansatt")


@pytest.fixture
def people(schools, staff):
    return {
        "teacher": SchoolMembershipFactory(school=schools["flisa"], user=UserFactory(username="laerer")).user,
        "leader": SchoolMembershipFactory(
            school=schools["flisa"], role=SchoolRole.LEADER, user=UserFactory(username="leder")
        ).user,
        "owner": SchoolOwnerFactory(user=UserFactory(username="eier"), municipality=schools["flisa"].municipality).user,
        "editor": in_group(roles.EDITORS, "redaktor"),
        "group_leader": in_group(roles.GROUP_LEADERS, "gruppeleder"),
        "staff": staff,
        "superuser": UserFactory(username="admin", is_superuser=True, is_staff=True),
    }


def upload(client, data: bytes = GOOD, name: str = "fylket-2020.csv"):
    return client.post(INDEX, {"file": SimpleUploadedFile(name, data, content_type="text/csv")})


def job_id_from(response) -> str:
    match = re.fullmatch(r"/admin/kartlegging/import/jobb/([0-9a-f]{32})/", response["Location"])
    assert match, response["Location"]
    return match.group(1)


def token_in(html: str) -> str:
    match = re.search(r'name="token" value="([^"]+)"', html)
    assert match, "no «Importer» form"
    return match.group(1)


# --- Who may --------------------------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client):
    for url in (INDEX, f"{INDEX}jobb/{'a' * 32}/", f"{INDEX}jobb/{'a' * 32}/status/", "/admin/kartlegging/medlemskap/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url
    response = client.post(CONFIRM, {"token": "x"})
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_only_programme_staff_and_superusers_get_the_import_and_its_status(client, people):
    client.force_login(people["staff"])
    job = job_id_from(upload(client))
    job_url = f"{INDEX}jobb/{job}/"
    client.logout()

    for name in ("teacher", "leader", "owner"):  # no admin access at all: Wagtail sends them to its login
        client.force_login(people[name])
        for url in (INDEX, job_url, f"{job_url}status/"):
            response = client.get(url)
            assert response.status_code == 302 and "/admin/login/" in response["Location"], (name, url)
    for name in ("editor", "group_leader"):  # in the admin, but not programme staff
        client.force_login(people[name])
        for url in (INDEX, job_url, f"{job_url}status/"):
            assert client.get(url).status_code == 403, (name, url)
        assert client.post(INDEX, {"file": SimpleUploadedFile("x.csv", GOOD)}).status_code == 403
        assert client.post(CONFIRM, {"token": "x"}).status_code == 403
    assert not SurveyResult.objects.exists()

    for name in ("staff", "superuser"):
        client.force_login(people[name])
        assert client.get(INDEX).status_code == 200, name
    client.force_login(people["staff"])
    assert client.get(job_url).status_code == 200


def test_the_menu_shows_kartlegging_to_staff_only(client, people):
    client.force_login(people["staff"])
    html = client.get("/admin/").content.decode()
    assert "Kartlegging" in html and INDEX in html and "/admin/kartlegging/medlemskap/" in html
    client.force_login(people["editor"])
    html = client.get("/admin/").content.decode()
    assert INDEX not in html and "/admin/kartlegging/medlemskap/" not in html


def test_a_job_belongs_to_the_person_who_started_it(client, people):
    client.force_login(people["staff"])
    job = job_id_from(upload(client))
    client.force_login(people["superuser"])
    assert client.get(f"{INDEX}jobb/{job}/").status_code == 404
    assert client.get(f"{INDEX}jobb/{job}/status/").status_code == 404
    assert client.get(f"{INDEX}jobb/..%2F..%2Fetc/").status_code == 404
    assert client.get(f"{INDEX}jobb/{'0' * 32}/status/").json() == {"state": "unknown"}


# --- Upload, check, import ----------------------------------------------------------------------------------


def test_upload_check_confirm_and_the_result(client, staff, schools):
    client.force_login(staff)
    page = client.get(INDEX).content.decode()
    assert 'enctype="multipart/form-data"' in page and "Ingen resultater er importert ennå." in page
    # The short names a file must use, for every group and area.
    assert "<td><code>elever-5-10-forventning-om-mestring</code></td>" in page

    response = upload(client)
    job = job_id_from(response)
    html = client.get(response["Location"]).content.decode()
    assert "Kontroll av fylket-2020.csv" in html
    assert "Filen er i orden: 2 rader for 2 skoler. Ingenting er lagret ennå." in html
    assert re.search(r"<th scope=\"row\">2020</th>\s*<td>2</td>\s*<td>2</td>\s*<td>2</td>\s*<td>0</td>", html)
    assert not SurveyResult.objects.exists() and not SurveyImport.objects.exists()
    assert client.get(f"{INDEX}jobb/{job}/status/").json()["state"] == "done"

    response = client.post(CONFIRM, {"token": token_in(html)})
    html = client.get(response["Location"]).content.decode()
    assert "Import av fylket-2020.csv" in html
    assert "Importert: 2 nye, 0 endret og 0 fjernet." in html
    assert SurveyResult.objects.count() == 2
    record = SurveyImport.objects.get()
    assert (record.imported_by, record.filename, record.rounds, record.schools, record.added) == (
        staff,
        "fylket-2020.csv",
        "2020",
        2,
        2,
    )
    history = client.get(INDEX).content.decode()
    assert "fylket-2020.csv" in history and "Tidligere importer" in history
    # The waiting file is gone once imported.
    assert not list((jobs.upload_dir()).iterdir())


def test_a_file_with_errors_lists_each_with_its_line_and_offers_no_import(client, staff):
    client.force_login(staff)
    data = GOOD + b"2020;999999999;;elever-5-10;elever-5-10-trivsel;4;40\r\n2020;974000011;11;x;y;9;-1\r\n"
    html = client.get(upload(client, data)["Location"]).content.decode()
    assert "fylket-2020.csv har 6 feil. Ingenting er lagret." in html
    assert "<strong>Linje 4:</strong> Ingen skole har organisasjonsnummeret 999999999." in html
    assert "<strong>Linje 5:</strong> Antall svar kan ikke være negativt (-1)." in html
    assert 'name="token"' not in html
    assert not SurveyResult.objects.exists()
    assert not list(jobs.upload_dir().iterdir())  # nothing left waiting


def test_the_token_imports_once(client, staff):
    client.force_login(staff)
    html = client.get(upload(client)["Location"]).content.decode()
    token = token_in(html)
    client.post(CONFIRM, {"token": token})
    response = client.post(CONFIRM, {"token": token}, follow=True)
    assert "Filen er allerede importert" in response.content.decode()
    assert SurveyImport.objects.count() == 1 and SurveyResult.objects.count() == 2


def test_a_forged_or_someone_elses_token_imports_nothing(client, staff, people):
    client.force_login(staff)
    token = token_in(client.get(upload(client)["Location"]).content.decode())
    client.force_login(people["superuser"])
    response = client.post(CONFIRM, {"token": token}, follow=True)
    assert "Filen er allerede importert, eller den ventet for lenge." in response.content.decode()
    forged = signing.dumps(
        {"file": "../../../etc/passwd", "user": people["superuser"].pk, "name": "x.csv"}, salt=jobs.TOKEN_SALT
    )
    for bad in (forged, "tull", token + "x", ""):
        assert client.post(CONFIRM, {"token": bad}).status_code == 302
    assert not SurveyResult.objects.exists() and not SurveyImport.objects.exists()
    # The rightful owner can still import it.
    client.force_login(staff)
    client.post(CONFIRM, {"token": token})
    assert SurveyResult.objects.count() == 2


def test_confirm_answers_get_with_405_and_the_status_is_json(client, staff):
    client.force_login(staff)
    assert client.get(CONFIRM).status_code == 405
    job = job_id_from(upload(client))
    status = client.get(f"{INDEX}jobb/{job}/status/")
    assert status["Content-Type"] == "application/json"
    assert "no-store" in status["Cache-Control"]
    assert status.json() == {
        "state": "done",
        "text": "Kontrollerer radene: 2 av 2 rader",
        "done": 2,
        "total": 2,
        "percent": 100,
    }


def test_a_running_job_shows_a_progress_bar_and_a_dead_one_says_nothing_was_saved(client, staff):
    client.force_login(staff)
    job = {
        "id": "b" * 32,
        "user": staff.pk,
        "filename": "fylket.csv",
        "dry_run": False,
        "state": jobs.RUNNING,
        "phase": "saving",
        "done": 6000,
        "total": 34650,
        "heartbeat": time.time(),
        "report": None,
        "token": None,
        "message": "",
    }
    jobs.save_job(job)
    html = client.get(f"{INDEX}jobb/{job['id']}/").content.decode()
    assert '<progress max="100" value="17"' in html
    assert "Lagrer: 6000 av 34650 rader" in html
    assert "js/survey-import.js" in html
    assert client.get(f"{INDEX}jobb/{job['id']}/status/").json()["percent"] == 17

    job["heartbeat"] = time.time() - jobs.STALE_SECONDS - 1
    jobs.save_job(job)
    html = client.get(f"{INDEX}jobb/{job['id']}/").content.decode()
    assert "Importen stoppet før den var ferdig" in html and "<progress" not in html


def test_an_import_that_crashes_says_so_and_saves_nothing(client, staff, monkeypatch):
    def crash(**kwargs):
        raise RuntimeError("disk full")

    client.force_login(staff)
    token = token_in(client.get(upload(client)["Location"]).content.decode())
    monkeypatch.setattr(jobs.importing, "survey_import", crash)
    html = client.get(client.post(CONFIRM, {"token": token})["Location"]).content.decode()
    assert "Importen stoppet på grunn av en feil. Ingenting er lagret." in html
    assert not SurveyResult.objects.exists()


def test_an_xlsx_upload(client, staff):
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER.split(";"))
    workbook.active.append([2020, int(FLISA), None, "elever-5-10", "elever-5-10-trivsel", 4.12, 212])
    out = io.BytesIO()
    workbook.save(out)
    client.force_login(staff)
    html = client.get(upload(client, out.getvalue(), "fylket.xlsx")["Location"]).content.decode()
    assert "Filen er i orden: 1 rader for 1 skoler." in html


# --- Upload limits: a message, never a 500 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "tom.csv", "Filen er tom."),
        (b"%PDF-1.4", "rapport.pdf", "Filen må være en CSV-fil (.csv) eller en Excel-fil (.xlsx)."),
        (b"\xd0\xcf\x11\xe0", "gammel.xls", "Eldre Excel-filer (.xls) kan ikke leses."),
        (b"runde", "uten-endelse", "Filen må være en CSV-fil (.csv) eller en Excel-fil (.xlsx)."),
    ],
)
def test_the_form_refuses_what_is_no_csv_or_xlsx(client, staff, data, name, message):
    client.force_login(staff)
    response = upload(client, data, name)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_the_form_refuses_a_file_over_the_limit(client, staff, monkeypatch):
    monkeypatch.setattr(admin_views, "MAX_UPLOAD_BYTES", 100)
    client.force_login(staff)
    response = upload(client, GOOD + b"x" * 200)
    assert response.status_code == 200
    assert "Filen er for stor" in response.content.decode()
    assert client.post(INDEX, {}).status_code == 200  # no file at all: «Velg en fil.»
    assert "Velg en fil." in client.post(INDEX, {}).content.decode()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "bilde.csv", "Filen er ikke en CSV- eller XLSX-fil"),
        (b"PK\x03\x04\x14\x00broken", "brukket.xlsx", "Filen ser ut som en XLSX-fil, men kan ikke leses."),
        (b"not a workbook", "tekst.xlsx", "Filen heter .xlsx, men er ikke en Excel-fil (XLSX)."),
        (b"\xff\xfe\x00\x00\x81\x8d\x8f", "rart.csv", "Filen er ikke en CSV"),
    ],
)
def test_a_binary_or_broken_file_gets_a_message_not_a_500(client, staff, data, name, message):
    client.force_login(staff)
    response = upload(client, data, name)
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert message in html and 'name="token"' not in html


# --- Memberships and school owners ------------------------------------------------------------------------------


def test_staff_add_a_membership_and_it_records_who_added_it(client, staff, schools):
    teacher = UserFactory(username="ny-laerer")
    client.force_login(staff)
    assert client.get("/admin/kartlegging/medlemskap/new/").status_code == 200
    response = client.post(
        "/admin/kartlegging/medlemskap/new/",
        {"user": teacher.pk, "school": schools["flisa"].pk, "role": SchoolRole.TEACHER},
    )
    assert response.status_code == 302
    membership = SchoolMembership.objects.get(user=teacher)
    assert (membership.school, membership.role, membership.added_by) == (schools["flisa"], "laerer", staff)
    # The same person twice at one school is refused with a message.
    response = client.post(
        "/admin/kartlegging/medlemskap/new/",
        {"user": teacher.pk, "school": schools["flisa"].pk, "role": SchoolRole.LEADER},
    )
    assert response.status_code == 200 and SchoolMembership.objects.filter(user=teacher).count() == 1


def test_memberships_are_listed_and_filtered_by_municipality_and_school(client, staff, schools):
    hamar = SurveySchoolFactory(name="Hamar katedralskole", municipality=Municipality.objects.get(slug="hamar"))
    SchoolMembershipFactory(school=schools["flisa"], user=UserFactory(username="kari", first_name="Kari"))
    SchoolMembershipFactory(school=hamar, user=UserFactory(username="hans", first_name="Hans"))
    client.force_login(staff)
    html = client.get("/admin/kartlegging/medlemskap/").content.decode()
    assert "kari" in html and "hans" in html and "Hamar katedralskole" in html
    municipality = schools["flisa"].municipality_id
    html = client.get(f"/admin/kartlegging/medlemskap/?school__municipality={municipality}").content.decode()
    assert "kari" in html and "(hans)" not in html
    html = client.get(f"/admin/kartlegging/medlemskap/?school={hamar.pk}").content.decode()
    assert "(hans)" in html and "(kari)" not in html
    html = client.get("/admin/kartlegging/medlemskap/?q=hans").content.decode()
    assert "(hans)" in html and "(kari)" not in html


def test_staff_add_a_school_owner(client, staff):
    owner = UserFactory(username="kommunalsjef")
    municipality = Municipality.objects.get(slug="asnes")
    client.force_login(staff)
    response = client.post("/admin/kartlegging/skoleeiere/new/", {"user": owner.pk, "municipality": municipality.pk})
    assert response.status_code == 302
    assert SchoolOwner.objects.filter(user=owner, municipality=municipality).exists()
    assert "kommunalsjef" in client.get("/admin/kartlegging/skoleeiere/").content.decode()


def test_others_cannot_see_or_change_memberships(client, people, schools):
    membership = SchoolMembership.objects.get(user=people["teacher"])
    client.force_login(people["editor"])
    for url in (
        "/admin/kartlegging/medlemskap/",
        "/admin/kartlegging/medlemskap/new/",
        f"/admin/kartlegging/medlemskap/edit/{membership.pk}/",
        f"/admin/kartlegging/medlemskap/delete/{membership.pk}/",
        "/admin/kartlegging/skoleeiere/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert response.status_code == 403 or not response["Location"].startswith(url), url
    response = client.post(f"/admin/kartlegging/medlemskap/delete/{membership.pk}/")
    assert SchoolMembership.objects.filter(pk=membership.pk).exists()
    response = client.post(
        "/admin/kartlegging/medlemskap/new/",
        {"user": people["editor"].pk, "school": schools["flisa"].pk, "role": SchoolRole.LEADER},
    )
    assert not SchoolMembership.objects.filter(user=people["editor"]).exists()
    # Nor are the model permissions offered in the groups' settings, where they would do nothing.
    client.force_login(people["superuser"])
    group = Group.objects.get(name=roles.EDITORS)
    html = client.get(reverse("wagtailusers_groups:edit", args=[group.pk])).content.decode()
    assert "can add kartleggingsområde" in html.lower()  # the table is there …
    assert "medlemskap i skole</label>" not in html.lower() and "add skoleeier</label>" not in html.lower()
