"""Importing survey results (surveys/importing.py and `manage.py import_survey`): the formats, every
kind of bad input (each reported with its line number, nothing saved), replacing a round, the
dry run, the page cache, and a fixed number of lookups however long the file."""

import io
from decimal import Decimal

import openpyxl
import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from networks.models import Municipality
from portal import page_cache
from resources.models import SurveyArea
from surveys import importing
from surveys.factories import SurveyResultFactory, SurveySchoolFactory, UserFactory
from surveys.management.commands.import_survey import Command, ProgressBar
from surveys.models import SurveyImport, SurveyResult

pytestmark = pytest.mark.django_db

HEADER = "runde;orgnr;trinn;gruppe;omrade;snitt;antall"
FLISA = "974000011"
ASNES = "974000029"
GOOD = f"2020;{FLISA};;elever-5-10;elever-5-10-trivsel;4,12;212"


@pytest.fixture(autouse=True)
def schools():
    asnes = Municipality.objects.get(slug="asnes")
    return {
        "flisa": SurveySchoolFactory(name="Flisa skole", orgnr=FLISA, municipality=asnes),
        "asnes": SurveySchoolFactory(name="Åsnes ungdomsskole", orgnr=ASNES, municipality=asnes),
    }


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def area(slug: str) -> SurveyArea:
    return SurveyArea.objects.get(slug=slug)


def csv_file(*lines: str, encoding: str = "utf-8", header: str = HEADER) -> bytes:
    return "\r\n".join([header, *lines]).encode(encoding) + b"\r\n"


def run(data: bytes, filename: str = "resultater.csv", *, dry_run: bool = False, user=None):
    return importing.survey_import(data=data, filename=filename, dry_run=dry_run, user=user)


def errors(report) -> list[tuple[int | None, str]]:
    return [(error.line, error.message) for error in report.errors]


def nothing_saved():
    return not SurveyResult.objects.exists() and not SurveyImport.objects.exists()


# --- A good file ------------------------------------------------------------------------------------------


def test_a_good_file_is_saved_with_its_summary_and_a_record_of_who_imported_it(schools):
    staff = UserFactory(username="ansatt")
    report = run(
        csv_file(
            GOOD,
            f"2020;{FLISA};5;elever-5-10;elever-5-10-trivsel;3.9;4",
            f"2020;{ASNES};;foreldre;foreldre-stotte-i-skolearbeidet;4,456;80",
        ),
        user=staff,
    )

    assert report.ok and report.saved, errors(report)
    assert (report.rows, report.schools, report.added, report.changed, report.removed) == (3, 2, 3, 0, 0)
    whole = SurveyResult.objects.get(school=schools["flisa"], grade=None)
    grade = SurveyResult.objects.get(school=schools["flisa"], grade=5)
    assert (whole.grade, whole.mean, whole.respondents, whole.round) == (None, Decimal("4.12"), 212, 2020)
    assert whole.respondent_group.slug == "elever-5-10" and whole.area.slug == "elever-5-10-trivsel"
    assert (grade.grade, grade.mean, grade.respondents) == (5, Decimal("3.90"), 4)
    # More decimals than stored are rounded half up.
    assert SurveyResult.objects.get(school=schools["asnes"]).mean == Decimal("4.46")
    record = SurveyImport.objects.get()
    assert (record.imported_by, record.filename, record.rounds, record.schools) == (staff, "resultater.csv", "2020", 2)
    assert (record.added, record.changed, record.removed) == (3, 0, 0)
    assert record.pk == report.survey_import_id


def test_header_is_case_insensitive_trimmed_and_in_any_order():
    header = " Antall ; SNITT;omrade ;gruppe;trinn;ORGNR;Runde "
    report = run(csv_file(f"212;4,12;elever-5-10-trivsel;elever-5-10;;{FLISA};2020", header=header))
    assert report.ok, errors(report)
    assert SurveyResult.objects.get().respondents == 212


def test_windows_1252_as_norwegian_excel_saves_it(schools):
    # «område» in the header and «ø» in a school-less cell are Windows-1252 bytes, not UTF-8.
    data = csv_file(GOOD, header="runde;orgnr;trinn;gruppe;område;snitt;antall", encoding="cp1252")
    assert b"omr\xe5de" in data
    report = run(data)
    assert report.ok, errors(report)
    assert SurveyResult.objects.get().mean == Decimal("4.12")


def test_a_windows_1252_value_with_o_slash_is_read_as_such_in_the_error():
    report = run(csv_file(f"2020;{FLISA};;lærere;laerere-miljo-i-skolen;4,0;12", encoding="cp1252"))
    assert errors(report) == [(2, "Ukjent respondentgruppe «lærere».")]
    assert nothing_saved()


def test_utf8_with_byte_order_mark():
    data = b"\xef\xbb\xbf" + csv_file(GOOD, f"2020;{ASNES};;elever-5-10;elever-5-10-trivsel;3,5;70")
    report = run(data)
    assert report.ok, errors(report)
    assert SurveyResult.objects.count() == 2


def test_comma_separated_with_decimal_point_or_a_quoted_decimal_comma():
    data = csv_file(
        f"2020,{FLISA},,elever-5-10,elever-5-10-trivsel,4.12,212",
        f'2020,{ASNES},,elever-5-10,elever-5-10-trivsel,"3,75",90',
        header=HEADER.replace(";", ","),
    )
    report = run(data)
    assert report.ok, errors(report)
    assert sorted(SurveyResult.objects.values_list("mean", flat=True)) == [Decimal("3.75"), Decimal("4.12")]


def test_thousands_separators_and_blank_lines_at_the_end_are_fine():
    report = run(csv_file(f"2020;{FLISA};;elever-5-10;elever-5-10-trivsel;4,12;1\xa0212", ";;;;;;", ""))
    assert report.ok, errors(report)
    assert report.rows == 1 and SurveyResult.objects.get().respondents == 1212


def xlsx_file(rows: list[list]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(";"))
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_xlsx_with_numbers_as_excel_stores_them(schools):
    data = xlsx_file(
        [
            [2020, int(FLISA), None, "elever-5-10", "elever-5-10-trivsel", 4.12, 212],
            [2020, int(FLISA), 7, "elever-5-10", "elever-5-10-trivsel", 3.0, 40.0],
            [2020, ASNES, "", "elever-5-10", "elever-5-10-trivsel", "3,85", "90"],
        ]
    )
    report = run(data, "resultater.xlsx")
    assert report.ok, errors(report)
    assert set(SurveyResult.objects.values_list("grade", "mean", "respondents")) == {
        (None, Decimal("4.12"), 212),
        (7, Decimal("3.00"), 40),
        (None, Decimal("3.85"), 90),
    }


def test_xlsx_errors_carry_the_row_number():
    data = xlsx_file(
        [
            [2020, int(FLISA), None, "elever-5-10", "elever-5-10-trivsel", 4.12, 212],
            [2020, int(FLISA), 12, "elever-5-10", "elever-5-10-trivsel", 6, 40],
            [2020, int(FLISA), 5, "elever-5-10", "elever-5-10-trivsel", 4, 40, "ekstra"],
        ]
    )
    report = run(data, "resultater.xlsx")
    assert errors(report) == [
        (3, "Trinnet «12» må være et helt tall fra 1 til 10, eller tomt for hele skolen."),
        (3, "Snittet 6 er utenfor skalaen 1,00–5,00."),
        errors(report)[2],
    ]
    assert errors(report)[2][0] == 4
    assert errors(report)[2][1].startswith("Linjen har 8 kolonner, men overskriften har 7.")
    assert nothing_saved()


# --- Bad input: every error with its line, nothing saved ---------------------------------------------------


BAD_ROWS = [
    ("2020;999999999;;elever-5-10;elever-5-10-trivsel;4;40", "Ingen skole har organisasjonsnummeret 999999999."),
    ("2020;12345;;elever-5-10;elever-5-10-trivsel;4;40", "Organisasjonsnummeret «12345» har ikke ni sifre."),
    (";974000011;;elever-5-10;elever-5-10-trivsel;4;40", "Runde mangler."),
    ("1999;974000011;;elever-5-10;elever-5-10-trivsel;4;40", "Runden 1999 er ikke et mulig år for en kartlegging"),
    ("2999;974000011;;elever-5-10;elever-5-10-trivsel;4;40", "Runden 2999 er ikke et mulig år for en kartlegging"),
    ("20x0;974000011;;elever-5-10;elever-5-10-trivsel;4;40", "Runden «20x0» er ikke et årstall."),
    ("2020;974000011;11;elever-5-10;elever-5-10-trivsel;4;40", "Trinnet «11» må være et helt tall fra 1 til 10"),
    ("2020;974000011;0;elever-5-10;elever-5-10-trivsel;4;40", "Trinnet «0» må være et helt tall fra 1 til 10"),
    ("2020;974000011;5b;elever-5-10;elever-5-10-trivsel;4;40", "Trinnet «5b» må være et helt tall fra 1 til 10"),
    ("2020;974000011;;elever;elever-5-10-trivsel;4;40", "Ukjent respondentgruppe «elever»."),
    ("2020;974000011;;elever-5-10;trivsel;4;40", "Ukjent kartleggingsområde «trivsel»."),
    (
        "2020;974000011;;laerere;elever-5-10-trivsel;4;40",
        "Området «elever-5-10-trivsel» hører ikke til gruppen «laerere», men til «elever-5-10».",
    ),
    ("2020;974000011;;elever-5-10;elever-5-10-trivsel;fire;40", "Snittet «fire» er ikke et tall."),
    ("2020;974000011;;elever-5-10;elever-5-10-trivsel;NaN;40", "Snittet «NaN» er ikke et tall."),
    ("2020;974000011;;elever-5-10;elever-5-10-trivsel;5,01;40", "Snittet 5,01 er utenfor skalaen 1,00–5,00."),
    ("2020;974000011;;elever-5-10;elever-5-10-trivsel;0.99;40", "Snittet 0.99 er utenfor skalaen 1,00–5,00."),
    ("2020;974000011;;elever-5-10;elever-5-10-trivsel;;40", "Snitt mangler."),
    ("2020;974000011;;elever-5-10;elever-5-10-trivsel;4;-3", "Antall svar kan ikke være negativt (-3)."),
    ("2020;974000011;;elever-5-10;elever-5-10-trivsel;4;12,5", "Antall svar «12,5» er ikke et helt tall."),
    ("2020;974000011;;elever-5-10;elever-5-10-trivsel;4;", "Antall svar mangler."),
    ("2020;974000011;;;elever-5-10-trivsel;4;40", "Respondentgruppe (gruppe) mangler."),
    ("2020;974000011;;elever-5-10;elever-5-10-trivsel;4;1;40", "Linjen har 8 kolonner, men overskriften har 7."),
    ("2020;974000011;;elever-5-10", "Linjen har bare 4 av 7 kolonner."),
]


@pytest.mark.parametrize(("row", "message"), BAD_ROWS, ids=[message[:40] for _row, message in BAD_ROWS])
def test_a_bad_row_is_reported_with_its_line_and_nothing_is_saved(row, message):
    report = run(csv_file(GOOD, row))
    assert not report.ok and not report.saved
    assert len(report.errors) == 1, errors(report)
    assert report.errors[0].line == 3
    assert report.errors[0].message.startswith(message)
    assert nothing_saved()


def test_a_decimal_comma_in_a_comma_separated_file_is_explained():
    report = run(csv_file(f"2020,{FLISA},,elever-5-10,elever-5-10-trivsel,4,12,212", header=HEADER.replace(";", ",")))
    assert errors(report)[0][0] == 2
    assert "Bruk semikolon som skilletegn, eller sett snittet i anførselstegn." in errors(report)[0][1]


def test_a_duplicate_key_names_the_line_it_repeats():
    report = run(
        csv_file(
            GOOD,
            f"2020;{FLISA};5;elever-5-10;elever-5-10-trivsel;4;40",  # another grade: not a duplicate
            f"2020;{FLISA};;elever-5-10;elever-5-10-trivsel;3,0;99",
        )
    )
    assert errors(report) == [(4, "Samme runde, skole, trinn og område står også på linje 2.")]
    assert nothing_saved()


def test_all_or_nothing_every_error_is_listed_and_stored_results_stay(schools):
    stored = SurveyResultFactory(school=schools["flisa"], mean=Decimal("3.00"), respondents=30)
    report = run(
        csv_file(
            GOOD,
            "2020;999999999;;elever-5-10;elever-5-10-trivsel;4;40",
            f"2020;{ASNES};;elever-5-10;elever-5-10-trivsel;4;40",
            f"2020;{ASNES};3;elever-5-10;elever-5-10-trivsel;9;-1",
        )
    )
    assert errors(report) == [
        (3, "Ingen skole har organisasjonsnummeret 999999999."),
        (5, "Snittet 9 er utenfor skalaen 1,00–5,00."),
        (5, "Antall svar kan ikke være negativt (-1)."),
    ]
    assert report.error_count == 3 and not report.rounds
    stored.refresh_from_db()
    assert (stored.mean, stored.respondents) == (Decimal("3.00"), 30)
    assert SurveyResult.objects.count() == 1 and not SurveyImport.objects.exists()


def test_errors_are_capped_with_a_count_of_the_rest():
    rows = [f"2020;{FLISA};;elever-5-10;elever-5-10-trivsel;4;-{n}" for n in range(1, 251)]
    report = run(csv_file(*rows))
    assert report.error_count == 250
    assert len(report.errors) == importing.MAX_LISTED_ERRORS == 200
    assert report.more_errors == 50
    assert report.errors[-1].line == 201
    assert list(importing.errors_text(report))[-1] == "… og 50 feil til."


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("runde;orgnr;trinn;gruppe;omrade;snitt", [(1, "Mangler kolonnen «antall» i overskriften.")]),
        (
            "runde;orgnr;trinn;gruppe;omrade;snitt;antall;kommentar",
            [(1, "Ukjent kolonne «kommentar» i overskriften.")],
        ),
        (
            "runde;orgnr;orgnr;trinn;gruppe;omrade;snitt;antall",
            [(1, "Kolonnen «orgnr» står to ganger i overskriften.")],
        ),
    ],
)
def test_a_wrong_header_is_reported_on_line_1(header, expected):
    report = run(csv_file(GOOD, header=header))
    assert errors(report) == expected
    assert nothing_saved()


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "tom.csv", "Filen er tom."),
        (b"\xef\xbb\xbf\r\n", "tom.csv", "Filen er tom."),
        (csv_file(), "bare-overskrift.csv", "Filen har en overskrift, men ingen rader med resultater."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "bilde.csv", "Filen er ikke en CSV- eller XLSX-fil"),
        (b"%PDF-1.4\n\x01\x02\x03 binary", "dokument.csv", "Filen er ikke en CSV- eller XLSX-fil"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "gammel.xls", "Dette er en eldre Excel-fil (.xls)."),
        (b"runde;orgnr\n2020;1\n", "tekst.xlsx", "Filen heter .xlsx, men er ikke en Excel-fil (XLSX)."),
        (b"PK\x03\x04 not really a zip", "brukket.xlsx", "Filen ser ut som en XLSX-fil, men kan ikke leses."),
        ("Kjære alle,\nher er resultatene.\n".encode(), "brev.csv", "Første linje må være overskriften"),
    ],
    ids=["empty", "only-bom", "header-only", "png", "pdf", "xls", "text-as-xlsx", "broken-zip", "prose"],
)
def test_a_file_that_is_no_survey_file_is_refused_with_a_message(data, filename, message):
    report = run(data, filename)
    assert not report.ok
    assert report.errors[0].message.startswith(message), errors(report)
    assert nothing_saved()


def test_a_line_csv_cannot_read_and_a_file_too_long_are_refused(monkeypatch):
    report = run(csv_file(GOOD, f'2020;{FLISA};;"{"x" * 200_000}";a;4;40'))
    assert errors(report) == [
        (3, "Linjen kan ikke leses som CSV: et felt er altfor langt, eller et anførselstegn er ikke lukket.")
    ]
    monkeypatch.setattr(importing.reading, "MAX_ROWS", 3)
    report = run(csv_file(*[GOOD] * 5))
    assert errors(report) == [(None, "Filen har mer enn 3 rader. Del den opp i flere filer.")]
    assert nothing_saved()


def test_a_zip_that_is_no_workbook_is_refused():
    out = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hei.txt", "hei")
    report = run(out.getvalue(), "arkiv.xlsx")
    assert errors(report) == [
        (None, "Filen ser ut som en XLSX-fil, men kan ikke leses. Lagre den på nytt fra Excel, eller som CSV.")
    ]


# --- Replacing a round, the dry run -------------------------------------------------------------------------


@pytest.fixture
def stored(schools):
    flisa, asnes = schools["flisa"], schools["asnes"]
    trivsel = area("elever-5-10-trivsel")
    return {
        "whole": SurveyResultFactory(school=flisa, area=trivsel, mean=Decimal("4.00"), respondents=200),
        "grade5": SurveyResultFactory(school=flisa, area=trivsel, grade=5, mean=Decimal("3.50"), respondents=30),
        "grade6": SurveyResultFactory(school=flisa, area=trivsel, grade=6, mean=Decimal("3.60"), respondents=31),
        "other_school": SurveyResultFactory(school=asnes, area=trivsel, mean=Decimal("3.00"), respondents=90),
        "other_round": SurveyResultFactory(school=flisa, area=trivsel, round=2018, mean=Decimal("2.00"), respondents=9),
    }


REIMPORT = csv_file(
    f"2020;{FLISA};;elever-5-10;elever-5-10-trivsel;4,25;205",  # changed
    f"2020;{FLISA};6;elever-5-10;elever-5-10-trivsel;3,60;31",  # unchanged
    f"2020;{FLISA};;elever-5-10;elever-5-10-atferd;3,80;205",  # added
)  # grade 5 is not in the file: removed


def test_reimporting_a_round_replaces_its_rows_for_the_schools_in_the_file(stored, schools):
    report = run(REIMPORT)
    assert report.ok, errors(report)
    assert [(s.round, s.schools, s.rows, s.added, s.changed, s.removed, s.unchanged) for s in report.rounds] == [
        (2020, 1, 3, 1, 1, 1, 1)
    ]
    flisa_2020 = SurveyResult.objects.filter(school=schools["flisa"], round=2020)
    assert set(flisa_2020.values_list("grade", "area__slug", "mean")) == {
        (None, "elever-5-10-trivsel", Decimal("4.25")),
        (6, "elever-5-10-trivsel", Decimal("3.60")),
        (None, "elever-5-10-atferd", Decimal("3.80")),
    }
    # Another school, and another round of the same school, are not touched.
    for name in ("other_school", "other_round"):
        stored[name].refresh_from_db()
    assert stored["other_school"].mean == Decimal("3.00") and stored["other_round"].mean == Decimal("2.00")
    record = SurveyImport.objects.get()
    assert (record.added, record.changed, record.removed) == (1, 1, 1)


def test_the_dry_run_reports_the_same_and_saves_nothing(stored):
    before = sorted(SurveyResult.objects.values_list("pk", "mean", "respondents"))
    report = run(REIMPORT, dry_run=True)
    assert report.ok and not report.saved and report.survey_import_id is None
    assert (report.added, report.changed, report.removed, report.unchanged) == (1, 1, 1, 1)
    assert sorted(SurveyResult.objects.values_list("pk", "mean", "respondents")) == before
    assert not SurveyImport.objects.exists()


def test_a_round_for_one_school_leaves_that_schools_other_rounds_alone_even_when_the_file_has_both(stored):
    # The file has 2018 for Åsnes only: Flisa's 2018 row must not count as removed.
    report = run(csv_file(f"2018;{ASNES};;elever-5-10;elever-5-10-trivsel;3;40"), dry_run=True)
    assert (report.added, report.changed, report.removed) == (1, 0, 0)


# --- The page cache -----------------------------------------------------------------------------------------


def generation() -> int:
    return cache.get(page_cache.GENERATION_KEY) or 0


def test_a_real_import_invalidates_the_page_cache_after_commit(django_capture_on_commit_callbacks):
    page_cache.invalidate()
    before = generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        report = run(csv_file(GOOD))
    assert report.saved
    assert page_cache.invalidate in callbacks
    assert generation() > before


def test_a_dry_run_or_a_refused_file_leaves_the_page_cache(django_capture_on_commit_callbacks):
    page_cache.invalidate()
    before = generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        run(csv_file(GOOD), dry_run=True)
        run(csv_file("2020;999999999;;elever-5-10;elever-5-10-trivsel;4;40"))
    assert callbacks == [] and generation() == before


# --- Speed: lookups once, one comparison query ----------------------------------------------------------------


def county_file(orgnrs: list[str]) -> bytes:
    areas = list(SurveyArea.objects.select_related("respondent_group"))
    rows = [
        f"2020;{orgnr};{grade or ''};{a.respondent_group.slug};{a.slug};{3 + (grade or 0) / 10:.2f};{20 + n}"
        for n, orgnr in enumerate(orgnrs)
        for grade in [None, *range(1, 11)]
        for a in areas
    ]
    return csv_file(*rows)


def test_reading_checking_and_comparing_take_the_same_queries_for_one_school_or_ten():
    orgnrs = [f"{975000000 + n}" for n in range(10)]
    for orgnr in orgnrs:
        SurveySchoolFactory(orgnr=orgnr)

    def selects(data):
        with CaptureQueriesContext(connection) as queries:
            report = run(data, dry_run=True)
        assert report.ok, errors(report)
        return report, [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("SELECT")]

    small_report, small = selects(county_file(orgnrs[:1]))
    large_report, large = selects(county_file(orgnrs))
    assert large_report.rows == 10 * small_report.rows == 10 * 11 * SurveyArea.objects.count()
    assert len(large) == len(small) <= 5


# --- The command --------------------------------------------------------------------------------------------


def test_the_command_imports_and_prints_a_summary_and_a_progress_bar(tmp_path):
    path = tmp_path / "fylket-2020.csv"
    path.write_bytes(csv_file(GOOD, f"2020;{ASNES};;elever-5-10;elever-5-10-trivsel;3,5;70"))
    out, err = io.StringIO(), io.StringIO()
    call_command("import_survey", str(path), stdout=out, stderr=err)
    assert "Runde 2020: 2 skoler, 2 rader – 2 nye, 0 endret, 0 fjernet, 0 uendret." in out.getvalue()
    assert "Importert fylket-2020.csv: 2 nye, 0 endret, 0 fjernet." in out.getvalue()
    assert "Kontrollerer radene" in err.getvalue() and "#" * ProgressBar.WIDTH in err.getvalue()
    assert "Lagrer" in err.getvalue() and "2/2" in err.getvalue()
    assert SurveyResult.objects.count() == 2
    assert SurveyImport.objects.get().imported_by is None


def test_the_command_dry_run_saves_nothing(tmp_path):
    path = tmp_path / "fylket.csv"
    path.write_bytes(csv_file(GOOD))
    out = io.StringIO()
    call_command("import_survey", str(path), "--dry-run", stdout=out, stderr=io.StringIO())
    assert "Prøvekjøring av fylket.csv: 1 nye, 0 endret, 0 fjernet. Ingenting er lagret." in out.getvalue()
    assert nothing_saved()


def test_the_command_records_the_user_it_is_told(tmp_path):
    UserFactory(username="ansatt")
    path = tmp_path / "fylket.csv"
    path.write_bytes(csv_file(GOOD))
    call_command("import_survey", str(path), "--user", "ansatt", stdout=io.StringIO(), stderr=io.StringIO())
    assert SurveyImport.objects.get().imported_by.username == "ansatt"
    with pytest.raises(CommandError, match="Ingen bruker heter «ingen»."):
        call_command("import_survey", str(path), "--user", "ingen", stdout=io.StringIO(), stderr=io.StringIO())


def test_the_command_lists_the_errors_and_fails(tmp_path):
    path = tmp_path / "feil.csv"
    path.write_bytes(csv_file(GOOD, "2020;999999999;;elever-5-10;elever-5-10-trivsel;7;40"))
    err = io.StringIO()
    with pytest.raises(CommandError, match=r"feil.csv ble ikke importert: 2 feil. Ingenting er lagret."):
        call_command("import_survey", str(path), stdout=io.StringIO(), stderr=err)
    assert "Linje 3: Ingen skole har organisasjonsnummeret 999999999." in err.getvalue()
    assert "Linje 3: Snittet 7 er utenfor skalaen 1,00–5,00." in err.getvalue()
    assert nothing_saved()


def test_the_command_exits_with_status_1_on_errors(tmp_path, capsys):
    path = tmp_path / "feil.csv"
    path.write_bytes(b"ikke en kartleggingsfil\n")
    with pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(["manage.py", "import_survey", str(path), "--verbosity", "0"])
    assert exit_info.value.code == 1
    assert "ble ikke importert: 1 feil" in capsys.readouterr().err


def test_the_command_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="Kan ikke lese"):
        call_command("import_survey", str(tmp_path / "finnes-ikke.csv"), stdout=io.StringIO(), stderr=io.StringIO())
