"""Benchmark of the survey import at county size (`make bench-survey-import`; docs/benchmarks.md).

Makes 126 schools with organisation numbers, writes a county's file for one round (every school ×
the whole school and grades 1–10 × the 25 survey areas = 34 650 rows) as a Windows-1252 CSV with
decimal commas and as an XLSX, and times on the configured database:

- a dry run of the CSV and of the XLSX (read, check, compare),
- the import into an empty round,
- a re-import of a changed file (a tenth of the means changed, one school's 10th grade gone),
- a dry run of that changed file against what is stored,
- a re-import of the original as XLSX.

Uses DATABASE_URL when set (the schools and rows it makes are deleted afterwards), else a
throw-away SQLite database it migrates first.

    .venv/bin/python bench/survey_import.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kfl_bench .venv/bin/python bench/survey_import.py
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHOOLS = 126
GRADES = [None, *range(1, 11)]
FIRST_ORGNR = 999_100_000
ROUND = 2020


def setup() -> tempfile.TemporaryDirectory | None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    workdir = None
    if not os.environ.get("DATABASE_URL"):
        workdir = tempfile.TemporaryDirectory(prefix="kfl-bench-import-")
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir.name}/bench.sqlite3"
    import django

    django.setup()
    if workdir is not None:
        from django.core.management import call_command

        print("==> Migrerer en midlertidig SQLite-database …", flush=True)
        call_command("migrate", verbosity=0, interactive=False)
    return workdir


def make_schools() -> list[str]:
    from networks.models import Municipality, School

    municipalities = list(Municipality.objects.order_by("pk"))
    schools = [
        School(
            name=f"Benkeskole {number}",
            municipality=municipalities[number % len(municipalities)],
            orgnr=str(FIRST_ORGNR + number),
        )
        for number in range(SCHOOLS)
    ]
    School.objects.bulk_create(schools)
    return [school.orgnr for school in schools]


def rows(orgnrs: list[str], *, changed: bool = False):
    from resources.models import SurveyArea

    areas = list(SurveyArea.objects.select_related("respondent_group").order_by("pk"))
    for s, orgnr in enumerate(orgnrs):
        for grade in GRADES:
            if changed and s == 0 and grade == 10:
                continue  # removed in the re-import
            for a, area in enumerate(areas):
                n = s * 1000 + (grade or 0) * 37 + a
                mean = 2 + (n * 7919 % 300) / 100  # 2.00–4.99, spread deterministically
                if changed and n % 10 == 0:
                    mean = 1 + (mean - 1) * 0.9
                respondents = 3 + n % 60 if grade else 120 + n % 300
                yield ROUND, orgnr, grade, area.respondent_group.slug, area.slug, mean, respondents


def write_csv(path: Path, orgnrs, **kwargs) -> int:
    lines = ["runde;orgnr;trinn;gruppe;omrade;snitt;antall"]
    for round_, orgnr, grade, group, area, mean, respondents in rows(orgnrs, **kwargs):
        mean_text = f"{mean:.2f}".replace(".", ",")
        lines.append(f"{round_};{orgnr};{grade or ''};{group};{area};{mean_text};{respondents}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return len(lines) - 1


def write_xlsx(path: Path, orgnrs) -> None:
    import openpyxl

    # Not write_only: that leaves out the sheet's dimension, which Excel always writes (and
    # without which openpyxl reads the sheet twice).
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Resultater"
    sheet.append(["runde", "orgnr", "trinn", "gruppe", "omrade", "snitt", "antall"])
    for round_, orgnr, grade, group, area, mean, respondents in rows(orgnrs):
        sheet.append([round_, int(orgnr), grade, group, area, round(mean, 2), respondents])
    workbook.save(path)


def timed(label: str, path: Path, *, dry_run: bool):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from surveys import importing

    data = path.read_bytes()
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        report = importing.survey_import(data=data, filename=path.name, dry_run=dry_run)
        seconds = time.perf_counter() - start
    if not report.ok:
        raise SystemExit(f"{label}: {report.error_count} feil, f.eks. {report.errors[:3]}")
    print(
        f"{label:<44} {seconds:6.2f} s  {len(queries):>4} spørringer  "
        f"{report.rows} rader: {report.added} nye, {report.changed} endret, {report.removed} fjernet",
        flush=True,
    )
    return seconds


def clean_up(orgnrs: list[str]) -> None:
    from networks.models import School
    from surveys.models import SurveyImport

    SurveyImport.objects.filter(filename__startswith="benk-").delete()
    School.objects.filter(orgnr__in=orgnrs).delete()  # and their results


def main() -> None:
    workdir = setup()
    from django.conf import settings
    from django.db import connection

    database = settings.DATABASES["default"]
    print(f"==> Database: {connection.vendor} {database.get('NAME')}")
    orgnrs = make_schools()
    try:
        with tempfile.TemporaryDirectory(prefix="kfl-bench-files-") as files:
            county = Path(files) / "benk-fylket-2020.csv"
            changed = Path(files) / "benk-fylket-2020-rettet.csv"
            workbook = Path(files) / "benk-fylket-2020.xlsx"
            count = write_csv(county, orgnrs)
            write_csv(changed, orgnrs, changed=True)
            write_xlsx(workbook, orgnrs)
            print(f"==> {SCHOOLS} skoler × {len(GRADES)} trinn (hele skolen og 1.–10.) × 25 områder = {count} rader")
            print(f"    CSV {county.stat().st_size // 1024} KB, XLSX {workbook.stat().st_size // 1024} KB")
            timed("Prøvekjøring, CSV (Windows-1252)", county, dry_run=True)
            timed("Prøvekjøring, XLSX", workbook, dry_run=True)
            timed("Import til tom runde, CSV", county, dry_run=False)
            timed("Prøvekjøring av rettet fil mot lagret runde", changed, dry_run=True)
            timed("Ny import av rettet fil (erstatter runden)", changed, dry_run=False)
            timed("Ny import fra XLSX (tilbake til første fil)", workbook, dry_run=False)
    finally:
        clean_up(orgnrs)
        if workdir is not None:
            workdir.cleanup()


if __name__ == "__main__":
    main()
