"""The demo's documents are real documents: PDFs with a text layer, metadata, language and tags
that screen readers and search can read, and worksheets as ODT files that a teacher can edit.

The PDFs are read by poppler's pdftotext and pdfinfo (poppler-utils, installed by .ci/run), which
know nothing of how they were made. No database here; test_demo.py checks the loaded demo's files."""

import io
import shutil
import subprocess
import tempfile
import zipfile

import pytest
from odf import dc, teletype, text
from odf.opendocument import load

from portal.demo_documents import make_fraction_strips_pdf, make_odt, make_pdf, pizzas_in

LINES = [
    "Navn: ____________________",
    "",
    "[pizza: 4, 8]",
    "1. Fargelegg 3/4 av pizza A. Hvor stor del er ikke fargelagt?",
    "   Forklar med egne ord: «tre av fire».",
    "UTFORDRING",
    "Hvor sikker er jeg på brøk i dag?   1   2   3   4   5",
]


def poppler(tool: str, *args: str, data: bytes) -> str:
    """Run a poppler tool on `data` (in a file). The suite needs poppler-utils like it needs
    Chromium (README; .ci/run installs both): a missing tool fails, it is never skipped."""
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is not installed: apt-get install poppler-utils (.ci/run does)")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        command = [tool, *args, handle.name] + (["-"] if tool == "pdftotext" else [])
        result = subprocess.run(command, capture_output=True, check=True, timeout=60)  # noqa: S603
    return result.stdout.decode()


def pdf_text(data: bytes) -> str:
    return poppler("pdftotext", "-enc", "UTF-8", data=data)


def pdf_info(data: bytes, *args: str) -> str:
    return poppler("pdfinfo", *args, data=data)


def test_a_pdf_has_a_text_layer_with_the_norwegian_letters():
    data = make_pdf(title="Pizzabrøk", lines=LINES, subject="Oppgaveark om brøk", author="Fjellvang barneskole")
    assert data.startswith(b"%PDF")
    words = " ".join(pdf_text(data).split())
    assert "Pizzabrøk" in words
    assert "1. Fargelegg 3/4 av pizza A. Hvor stor del er ikke fargelagt?" in words
    assert "«tre av fire»" in words and "Hvor sikker er jeg på brøk i dag?" in words
    assert "Pizza A" in words and "Pizza B" in words  # the labels of the drawn pizzas
    assert "[pizza" not in words


def test_a_pdf_has_title_author_subject_language_and_tags():
    data = make_pdf(title="Pizzabrøk", lines=LINES, subject="Oppgaveark om brøk", author="Fjellvang barneskole")
    info = pdf_info(data)
    assert "Title:           Pizzabrøk" in info
    assert "Author:          Fjellvang barneskole" in info
    assert "Subject:         Oppgaveark om brøk" in info
    assert "Tagged:          yes" in info
    assert "Pages:           1" in info
    assert b"/Lang (nb)" in data  # in the document catalogue, which fpdf2 does not compress
    assert b"/DisplayDocTitle true" in data
    structure = pdf_info(data, "-struct")
    for tag in ("Document", "H1", "H2", "P", "Figure"):
        assert f"\n{tag}" in "\n" + structure.replace("  ", ""), (tag, structure)


def test_an_english_pdf_says_so():
    data = make_pdf(title="Reading a news article", lines=["BEFORE READING"], language="en")
    assert b"/Lang (en)" in data


def test_the_fraction_strips_are_drawn_with_text_labels():
    data = make_fraction_strips_pdf(title="Brøkstriper til utklipp", denominators=[2, 3, 4, 6, 8], lines=["1. Oppgave"])
    words = pdf_text(data).split()
    for denominator in (2, 3, 4, 6, 8):
        assert words.count(f"1/{denominator}") == denominator, denominator
    assert "Tagged:          yes" in pdf_info(data)
    # Vector shapes, not a picture: no image in the file.
    assert b"/Subtype /Image" not in data


def test_pizza_lines():
    assert pizzas_in("[pizza: 4, 8]") == [4, 8]
    assert pizzas_in("  [pizza:3]  ") == [3]
    assert pizzas_in("1. Fargelegg 3/4 av pizzaen") is None


def test_an_odt_opens_with_odfpy_and_holds_the_worksheet():
    data = make_odt(title="Pizzabrøk", lines=LINES, subject="Oppgaveark om brøk", author="Fjellvang barneskole")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert any(name.startswith("Pictures/") for name in archive.namelist())  # the pizzas
    document = load(io.BytesIO(data))
    headings = [teletype.extractText(h) for h in document.getElementsByType(text.H)]
    assert headings == ["Pizzabrøk", "UTFORDRING"]
    paragraphs = [teletype.extractText(p) for p in document.getElementsByType(text.P)]
    assert "1. Fargelegg 3/4 av pizza A. Hvor stor del er ikke fargelagt?" in paragraphs
    assert "Forklar med egne ord: «tre av fire»." in paragraphs
    assert not any("[pizza" in p for p in paragraphs)
    assert [teletype.extractText(t) for t in document.meta.getElementsByType(dc.Title)] == ["Pizzabrøk"]
    assert [teletype.extractText(t) for t in document.meta.getElementsByType(dc.Language)] == ["nb-NO"]
    assert "Tegning: pizza A er delt i 4 like store biter" in document.xml().decode()  # the pizzas' text alternative
