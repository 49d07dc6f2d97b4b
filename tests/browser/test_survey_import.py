"""A member of programme staff imports survey results in the admin, in real Chromium: uploads a
small CSV, reads the check's summary, presses «Importer», watches the progress bar (the import
runs in a background thread, as in production) and sees the result and the import in the list."""

import re
import time

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FLISA = "974000011"
CSV = (
    "runde;orgnr;trinn;gruppe;omrade;snitt;antall\r\n"
    f"2020;{FLISA};;elever-5-10;elever-5-10-trivsel;4,12;212\r\n"
    f"2020;{FLISA};7;elever-5-10;elever-5-10-trivsel;3,95;38\r\n"
).encode("cp1252")


@pytest.fixture
def staff(settings, tmp_path):
    from django.contrib.auth.models import Group

    from networks.models import Municipality
    from portal import roles
    from surveys.factories import SurveySchoolFactory, UserFactory

    settings.SURVEY_IMPORT_DIR = str(tmp_path)
    SurveySchoolFactory(name="Flisa skole", orgnr=FLISA, municipality=Municipality.objects.get(slug="asnes"))
    user = UserFactory(username="ansatt", first_name="Anne", last_name="Ansatt")
    user.groups.add(Group.objects.get(name=roles.STAFF))
    return user


@pytest.fixture
def slow_import(monkeypatch):
    """Long enough for the page to show the progress bar before the result (the live server is this process)."""
    from surveys import importing

    original = importing.survey_import

    def slowly(**kwargs):
        if not kwargs["dry_run"]:
            kwargs["progress"](importing.SAVING, 1, 2)
            time.sleep(1.5)
        return original(**kwargs)

    monkeypatch.setattr(importing, "survey_import", slowly)


def test_staff_upload_check_and_import_a_file_with_a_progress_bar(page, staff, slow_import):
    from surveys.models import SurveyImport, SurveyResult

    page.goto("/admin/login/")
    page.locator("#id_username").fill("ansatt")
    page.locator("#id_password").fill("passord-ansatt")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.get_by_role("button", name="Kartlegging").click()
    page.get_by_role("link", name="Importer resultater").click()
    expect(page.get_by_role("heading", name="Last opp en fil")).to_be_visible()
    page.get_by_label("Fil med resultater").set_input_files(
        files=[{"name": "fylket-2020.csv", "mimeType": "text/csv", "buffer": CSV}]
    )
    page.get_by_role("button", name="Kontroller filen").click()

    # The check runs in the background too; the page reloads itself when it is done.
    expect(page.get_by_text("Filen er i orden: 2 rader for 1 skoler. Ingenting er lagret ennå.")).to_be_visible()
    summary = page.get_by_role("table", name="Dette vil skje per runde")
    expect(summary.get_by_role("row").nth(1)).to_contain_text("2020")
    assert not SurveyResult.objects.exists()

    page.get_by_role("button", name="Importer").click()
    expect(page.locator("progress")).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="Lagrer")).to_be_visible()
    expect(page.get_by_text("Importert: 2 nye, 0 endret og 0 fjernet.")).to_be_visible()
    expect(page.locator("progress")).to_have_count(0)
    assert page.js_errors == []

    assert SurveyResult.objects.count() == 2
    assert SurveyImport.objects.get().imported_by == staff
    page.get_by_role("link", name="Tilbake til import og tidligere importer").click()
    history = page.get_by_role("table", name="Tidligere importer, nyeste først")
    expect(history).to_contain_text("fylket-2020.csv")
    expect(history).to_contain_text("Anne Ansatt")
