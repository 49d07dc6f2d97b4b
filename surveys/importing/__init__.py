"""Importing survey results from a file: `manage.py import_survey` and the admin's upload page.

The file is a CSV (`;` or `,`, UTF-8 with or without BOM or Windows-1252 as Norwegian Excel saves
it, decimal comma or point) or an XLSX workbook (its first sheet), with the header
`runde;orgnr;trinn;gruppe;omrade;snitt;antall`.

All or nothing: every row is checked and every error is listed with its line number (the header
is line 1) before anything is written. A file with one bad row saves nothing.

Replacing: for each (round, school) pair in the file, the rows already stored are deleted and the
file's rows inserted, so a row missing from a re-imported file is removed. A dry run reports what
would be added, changed and removed and writes nothing.

Fast enough for a county (126 schools × 11 grades × 25 areas ≈ 35 000 rows): the lookups are
loaded once, the stored rows are compared in one query, and the rows are written with
bulk_create in batches inside one transaction.
"""

from surveys.importing.checking import COLUMNS
from surveys.importing.reading import FileRefused, read_table
from surveys.importing.report import (
    MAX_LISTED_ERRORS,
    READING,
    SAVING,
    VALIDATING,
    ImportReport,
    RoundSummary,
    RowError,
    errors_text,
    phase_label,
)
from surveys.importing.service import survey_import

__all__ = [
    "COLUMNS",
    "MAX_LISTED_ERRORS",
    "READING",
    "SAVING",
    "VALIDATING",
    "FileRefused",
    "ImportReport",
    "RoundSummary",
    "RowError",
    "errors_text",
    "phase_label",
    "read_table",
    "survey_import",
]
