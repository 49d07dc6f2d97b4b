"""Real documents for the demo: PDFs with a text layer that screen readers and search can read
(fpdf2), and editable worksheets in OpenDocument format (ODT, odfpy).

Runtime code (imported by portal/demo_support.py): no factory_boy here.

The PDFs use DejaVu Sans, shipped in portal/fonts/ (Bitstream Vera licence, see
LICENSE-DejaVu.txt there), so that æøå, «» and – come out the same on every machine without
depending on the system's fonts. Each PDF has its title, author, subject and language ("nb") set
and is tagged: fpdf2 2.8 has no public API for tagging text (it tags only images with alt text,
links and outline titles), so `_Document.tagged` marks headings, paragraphs and figures itself
with fpdf2's structure tree builder.

A worksheet line of the form "[pizza: 4, 8]" is drawn as a row of pizzas (circles divided into
4 and 8 equal parts) labelled Pizza A, Pizza B …: vector shapes in the PDF, a picture with a text
alternative in the ODT.
"""

import io
import logging
import math
import re
from contextlib import contextmanager
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.prefs import ViewerPreferences
from odf import dc, meta
from odf.draw import Frame
from odf.draw import Image as FrameImage
from odf.opendocument import OpenDocumentText
from odf.style import DefaultStyle, ParagraphProperties, Style, TextProperties
from odf.svg import Desc, Title
from odf.text import H, P
from PIL import Image, ImageDraw, ImageFont

# fontTools reports every font subset it makes at INFO level: a page of noise for each PDF in
# `load_demo`'s log. Its warnings still come through.
logging.getLogger("fontTools.subset").setLevel(logging.WARNING)

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"

LANGUAGE = "nb"
# Language tags: the PDF's /Lang and the ODT's dc:language, and fo:language/fo:country of its text.
_ODF_LANGUAGES = {"nb": ("nb", "NO"), "nn": ("nn", "NO"), "en": ("en", "GB")}
PUBLISHER = "Kultur for læring"

MARGIN = 20  # mm
TITLE_SIZE = 20  # pt
HEADING_SIZE = 14  # pt, a line in capitals ("BEFORE READING") is a level-2 heading
BODY_SIZE = 12  # pt
LINE_HEIGHT = 7  # mm, one line of body text
INDENT = 2.2  # mm for each leading space of a line

PIZZA_DIAMETER = 40  # mm
PIZZA_GAP = 14  # mm
PIZZA_LINES = 8  # a row of pizzas is as tall as this many lines of text (label and spacing included)
_PIZZA = re.compile(r"^\[pizza:\s*(\d+(?:\s*,\s*\d+)*)\s*\]$")


def pizzas_in(line: str) -> list[int] | None:
    """The parts of each pizza if `line` is a "[pizza: 4, 8]" line, else None."""
    match = _PIZZA.match(line.strip())
    return [int(part) for part in match.group(1).split(",")] if match else None


def is_heading(line: str) -> bool:
    """A line in capitals, not indented: a heading inside the sheet ("FØR LESING", "2. TRAFIKKLYS")."""
    return line == line.lstrip() and line.isupper()


def _letter(number: int) -> str:
    return "ABCDEFGH"[number]


def pizza_description(parts: list[int]) -> str:
    """The text alternative of a row of pizzas."""
    pizzas = [f"pizza {_letter(n)} er delt i {count} like store biter" for n, count in enumerate(parts)]
    return "Tegning: " + ", ".join(pizzas) + "."


# --- PDF ------------------------------------------------------------------------


class _Document(FPDF):
    """One A4 document in DejaVu Sans with its metadata set and a tagged structure."""

    def __init__(self, *, title: str, subject: str = "", author: str = PUBLISHER, language: str = LANGUAGE):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN)
        self.add_font("DejaVuSans", "", str(FONT_REGULAR))
        self.add_font("DejaVuSans", "B", str(FONT_BOLD))
        self.set_title(title)
        self.viewer_preferences = ViewerPreferences(display_doc_title=True)  # the title, not the file name
        self.set_lang(language)
        self.set_author(author or PUBLISHER)
        self.set_subject(subject or title)
        self.set_creator(PUBLISHER)
        self.add_page()

    @contextmanager
    def tagged(self, struct_type: str, *, height: float, alt_text: str | None = None):
        """Mark what is drawn inside as one structure element (H1, P, Figure …) of the document.
        Starts a new page first if `height` does not fit: a marked sequence cannot span pages."""
        if self.will_page_break(height):
            self.add_page()
        page = self.page
        mcid = self.struct_builder.next_mcid_for_page(page)
        self._add_marked_content(struct_type=f"/{struct_type}", mcid=mcid, alt_text=alt_text)
        self._out(f"/{struct_type} <</MCID {mcid}>> BDC")
        yield
        if self.page != page:
            raise RuntimeError(f"a page break inside a tagged {struct_type}")
        self._out("EMC")

    def heading(self, text: str) -> None:
        self.set_font("DejaVuSans", "B", TITLE_SIZE)
        with self.tagged("H1", height=12):
            self.multi_cell(0, 10, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(5)

    def paragraph(self, line: str) -> None:
        """One line of a worksheet; blank lines are space, "[pizza: …]" lines are drawn."""
        if not line.strip():
            self.ln(LINE_HEIGHT)
            return
        if (parts := pizzas_in(line)) is not None:
            self.pizzas(parts)
            return
        if is_heading(line):
            self.set_font("DejaVuSans", "B", HEADING_SIZE)
            with self.tagged("H2", height=LINE_HEIGHT):
                self.cell(0, LINE_HEIGHT, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            return
        self.set_font("DejaVuSans", "", BODY_SIZE)
        indent = (len(line) - len(line.lstrip())) * INDENT
        text = line.strip()
        height = self.multi_cell(self.epw - indent, LINE_HEIGHT, text, dry_run=True, output=MethodReturnValue.HEIGHT)
        with self.tagged("P", height=height):
            self.set_x(self.l_margin + indent)
            self.multi_cell(self.epw - indent, LINE_HEIGHT, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def pizzas(self, parts: list[int]) -> None:
        radius = PIZZA_DIAMETER / 2
        height = PIZZA_LINES * LINE_HEIGHT
        with self.tagged("Figure", height=height, alt_text=pizza_description(parts)):
            top = self.get_y() + 3
            self.set_draw_color(0)
            for number, count in enumerate(parts):
                left = self.l_margin + number * (PIZZA_DIAMETER + PIZZA_GAP)
                cx, cy = left + radius, top + radius
                self.set_line_width(0.8)
                self.circle(x=cx, y=cy, radius=radius, style="D")
                self.set_line_width(0.4)
                for part in range(count if count > 1 else 0):
                    angle = -math.pi / 2 + 2 * math.pi * part / count
                    self.line(cx, cy, cx + radius * math.cos(angle), cy + radius * math.sin(angle))
                self.set_font("DejaVuSans", "B", BODY_SIZE)
                self.set_xy(left, top + PIZZA_DIAMETER + 2)
                self.cell(PIZZA_DIAMETER, LINE_HEIGHT, f"Pizza {_letter(number)}", align="C")
            self.set_xy(self.l_margin, top - 3 + height)

    def fraction_strips(self, denominators: list[int], *, strip_height: float = 14, gap: float = 3) -> None:
        rows = [1, *denominators]
        height = len(rows) * (strip_height + gap)
        names = ", ".join(str(d) for d in denominators)
        alt = f"Brøkstriper: én hel stripe, og striper av samme lengde delt i {names} like store deler."
        with self.tagged("Figure", height=height, alt_text=alt):
            self.set_line_width(0.5)
            self.set_draw_color(0)
            self.set_font("DejaVuSans", "", BODY_SIZE)
            y = self.get_y()
            for denominator in rows:
                width = self.epw / denominator
                label = "1" if denominator == 1 else f"1/{denominator}"
                for part in range(denominator):
                    x = self.l_margin + part * width
                    self.rect(x, y, width, strip_height, style="D")
                    self.set_xy(x, y)
                    self.cell(width, strip_height, label, align="C")
                y += strip_height + gap
            self.set_xy(self.l_margin, y)
        self.ln(LINE_HEIGHT)

    def to_bytes(self) -> bytes:
        return bytes(self.output())


def make_pdf(
    *, title: str, lines: list[str], subject: str = "", author: str = PUBLISHER, language: str = LANGUAGE
) -> bytes:
    """A printable A4 PDF with a real text layer: the title as a heading, then one paragraph per line
    (lines in capitals as subheadings)."""
    pdf = _Document(title=title, subject=subject, author=author, language=language)
    pdf.heading(title)
    for line in lines:
        pdf.paragraph(line)
    return pdf.to_bytes()


def make_fraction_strips_pdf(
    *,
    title: str,
    denominators: list[int],
    lines: list[str],
    subject: str = "",
    author: str = PUBLISHER,
    language: str = LANGUAGE,
) -> bytes:
    """An A4 PDF with fraction strips (one whole, then halves, thirds …) drawn as vector shapes with
    text labels, to cut out, and tasks below."""
    pdf = _Document(title=title, subject=subject, author=author, language=language)
    pdf.heading(title)
    pdf.fraction_strips(denominators)
    for line in lines:
        pdf.paragraph(line)
    return pdf.to_bytes()


# --- ODT ------------------------------------------------------------------------

_PIZZA_PX = 400  # pixels per pizza in the ODT's picture


def make_pizza_png(parts: list[int]) -> bytes:
    """A row of pizzas (circles divided into equal parts) with their labels, for the ODT."""
    size, gap, label = _PIZZA_PX, _PIZZA_PX * PIZZA_GAP // PIZZA_DIAMETER, 80
    image = Image.new("RGB", (len(parts) * size + (len(parts) - 1) * gap + 8, size + label + 8), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT_BOLD), 44)
    radius = size / 2
    for number, count in enumerate(parts):
        cx, cy = 4 + number * (size + gap) + radius, 4 + radius
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline="black", width=8)
        for part in range(count if count > 1 else 0):
            angle = -math.pi / 2 + 2 * math.pi * part / count
            draw.line([cx, cy, cx + radius * math.cos(angle), cy + radius * math.sin(angle)], fill="black", width=4)
        draw.text((cx, 4 + size + label / 2), f"Pizza {_letter(number)}", fill="black", font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(254, 254))  # 10 pixels a millimetre
    return buffer.getvalue()


def make_odt(
    *, title: str, lines: list[str], subject: str = "", author: str = PUBLISHER, language: str = LANGUAGE
) -> bytes:
    """An editable text document (ODT) with the same content as `make_pdf`: the title as a level-1
    heading, one paragraph per line, pizzas as a picture with a text alternative. Opens in
    LibreOffice, Word and Google Docs."""
    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text=title))
    document.meta.addElement(dc.Subject(text=subject or title))
    language, country = _ODF_LANGUAGES.get(language, (language, ""))
    document.meta.addElement(dc.Language(text=f"{language}-{country}" if country else language))
    document.meta.addElement(dc.Creator(text=author or PUBLISHER))
    document.meta.addElement(meta.InitialCreator(text=author or PUBLISHER))

    default = DefaultStyle(family="paragraph")
    default.addElement(TextProperties(language=language, country=country or "none", fontsize=f"{BODY_SIZE}pt"))
    document.styles.addElement(default)
    heading = Style(name="Heading 1", displayname="Heading 1", family="paragraph", defaultoutlinelevel="1")
    heading.addElement(TextProperties(fontsize=f"{TITLE_SIZE}pt", fontweight="bold"))
    heading.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.4cm"))
    document.styles.addElement(heading)
    subheading = Style(name="Heading 2", displayname="Heading 2", family="paragraph", defaultoutlinelevel="2")
    subheading.addElement(TextProperties(fontsize=f"{HEADING_SIZE}pt", fontweight="bold"))
    subheading.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
    document.styles.addElement(subheading)
    body = Style(name="Text body", displayname="Text body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.15cm"))
    document.styles.addElement(body)
    indented = Style(name="Text body indent", displayname="Text body indent", family="paragraph", parentstylename=body)
    indented.addElement(ParagraphProperties(marginleft="0.6cm"))
    document.styles.addElement(indented)

    document.text.addElement(H(outlinelevel=1, stylename=heading, text=title))
    for number, line in enumerate(lines):
        if (parts := pizzas_in(line)) is not None:
            picture = make_pizza_png(parts)
            width, height = Image.open(io.BytesIO(picture)).size  # 10 pixels a millimetre
            frame = Frame(
                name=f"pizzaer-{number}", anchortype="as-char", width=f"{width / 100}cm", height=f"{height / 100}cm"
            )
            href = document.addPictureFromString(picture, "image/png")
            frame.addElement(FrameImage(href=href))
            frame.addElement(Title(text="Pizzaer"))
            frame.addElement(Desc(text=pizza_description(parts)))
            paragraph = P(stylename=body)
            paragraph.addElement(frame)
            document.text.addElement(paragraph)
            continue
        if is_heading(line):
            document.text.addElement(H(outlinelevel=2, stylename=subheading, text=line))
            continue
        style = indented if line[:1].isspace() else body
        document.text.addElement(P(stylename=style, text=line.strip()))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()
