"""Reading a survey file into rows of text: CSV (`;`, `,` or tab, sniffed from the header line;
UTF-8 with or without BOM, else Windows-1252 as Norwegian Excel saves it) or XLSX (the first
sheet, read-only). Anything else is refused with a message, never an exception."""

import csv
import io
import re

from django.utils.translation import gettext as _

from surveys.importing.report import READING, Progress, no_progress

# A county's file for three rounds has about 100 000 rows; far more is a mistake (or an attack).
MAX_ROWS = 250_000
# XLSX rows are read this wide, enough to notice stray cells to the right of the table.
MAX_COLUMNS = 32
PROGRESS_EVERY = 2000

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

Table = list[tuple[int, list[str]]]  # (line number, cells), the header first


class FileRefused(Exception):
    """The file as a whole cannot be read as a survey file."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Norwegian Excel saves «CSV (semikolonseparert)»."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise FileRefused(_("Filen er ikke en CSV-fil i UTF-8 eller Windows-1252, og ikke en XLSX-fil.")) from error


def _csv_rows(data: bytes, progress: Progress) -> Table:
    if b"\x00" in data[:65536]:
        raise FileRefused(_("Filen er ikke en CSV- eller XLSX-fil (den inneholder binære data)."))
    text = _decode(data).lstrip("\ufeff")
    if CONTROL_CHARACTERS.search(text[:65536]):
        raise FileRefused(_("Filen er ikke en CSV- eller XLSX-fil (den inneholder binære data)."))
    header_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=header_line.count) if any(c in header_line for c in ";,\t") else ";"
    total = text.count("\n") + 1
    if total > MAX_ROWS + 1:
        raise FileRefused(_("Filen har mer enn %(max)s rader. Del den opp i flere filer.") % {"max": MAX_ROWS})
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for cells in reader:
            rows.append((reader.line_num, cells))
            if reader.line_num % PROGRESS_EVERY == 0:
                progress(READING, reader.line_num, total)
    except csv.Error as error:
        raise FileRefused(
            _("Linjen kan ikke leses som CSV: et felt er altfor langt, eller et anførselstegn er ikke lukket."),
            line=reader.line_num,
        ) from error
    progress(READING, len(rows), len(rows))
    return rows


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _xlsx_rows(data: bytes, progress: Progress) -> Table:
    import openpyxl

    refused = _("Filen ser ut som en XLSX-fil, men kan ikke leses. Lagre den på nytt fra Excel, eller som CSV.")
    rows = []
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # a broken zip, a zip that is no workbook, malformed XML …
        raise FileRefused(refused) from error
    try:
        if not workbook.worksheets:
            return rows
        sheet = workbook.worksheets[0]
        total = sheet.max_row or 0
        for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
            if number > MAX_ROWS + 1:
                raise FileRefused(_("Filen har mer enn %(max)s rader. Del den opp i flere filer.") % {"max": MAX_ROWS})
            rows.append((number, [_cell_text(value) for value in values]))
            if number % PROGRESS_EVERY == 0:
                progress(READING, number, max(total, number))
    except FileRefused:
        raise
    except Exception as error:
        raise FileRefused(refused) from error
    finally:
        workbook.close()
    progress(READING, len(rows), len(rows))
    return rows


def read_table(data: bytes, filename: str, progress: Progress = no_progress) -> Table:
    """Every row of the file as (line number, cells), the header first. Raises FileRefused."""
    if not data.strip().lstrip(b"\xef\xbb\xbf").strip():
        raise FileRefused(_("Filen er tom."))
    if data.startswith(OLE_MAGIC):
        raise FileRefused(_("Dette er en eldre Excel-fil (.xls). Lagre den som XLSX eller CSV og prøv igjen."))
    if data.startswith(XLSX_MAGIC):
        return _xlsx_rows(data, progress)
    if filename.lower().endswith(".xlsx"):
        raise FileRefused(_("Filen heter .xlsx, men er ikke en Excel-fil (XLSX)."))
    return _csv_rows(data, progress)
