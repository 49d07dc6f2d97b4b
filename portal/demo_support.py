"""Plain helpers for the demo content: real files (PDF and ODT from portal/demo_documents.py, PNG,
CSV, text), dates, and small creators for documents, images and pages.

Runtime code: `manage.py load_demo` runs on an installation with only requirements.txt, so
nothing here (or in the other apps' demo_support modules) may import factory_boy. The test
factories (portal/factories.py and the apps' factories.py) build on these helpers.
"""

import csv
import io
import itertools
import textwrap
from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont
from wagtail.models import Collection, Site

# The document makers live in portal/demo_documents.py; the demo builders and the factories take them from here.
from portal.demo_documents import FONT_REGULAR, make_fraction_strips_pdf, make_odt, make_pdf  # noqa: F401
from portal.models import HomePage, PortalDocument, PortalImage

PALETTE = ["#0b4f6c", "#01baef", "#20bf55", "#f49d37", "#8c2f39", "#3f4b3b", "#6b2d5c", "#1f6f8b"]


def _font(size: int):
    return ImageFont.truetype(str(FONT_REGULAR), size)


# --- Files ---------------------------------------------------------------------


def make_png(*, text: str, width: int = 1200, height: int = 675, colour: str = "#0b4f6c") -> bytes:
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle([40, height - 120, width - 40, height - 40], fill="#ffffff")
    draw.text((60, height - 105), text[:60], fill="#111111", font=_font(36))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def make_csv(*, rows: list[list]) -> bytes:
    """A real CSV file (UTF-8 with BOM and semicolons, so Excel in Norwegian opens it right)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def make_txt(*, lines: list[str]) -> bytes:
    """A real UTF-8 text file, one line per item."""
    return ("\n".join(lines) + "\n").encode("utf-8")


def make_poster_png(
    *, title: str, lines: list[str], width: int = 1240, height: int = 1754, colour: str = "#0b4f6c"
) -> bytes:
    """A printable A4 poster: a coloured title band and one numbered box per line."""
    image = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, width, 260], fill=colour)
    draw.text((80, 90), title[:48], fill="#ffffff", font=_font(64))
    box_height = min(240, (height - 380) // max(len(lines), 1) - 30)
    y = 340
    for number, line in enumerate(lines, start=1):
        draw.rounded_rectangle([80, y, width - 80, y + box_height], radius=24, outline=colour, width=6)
        draw.text((120, y + 30), f"{number}", fill=colour, font=_font(72))
        for row, part in enumerate(textwrap.wrap(line, width=40)[:3]):
            draw.text((230, y + 40 + row * 52), part, fill="#111111", font=_font(40))
        y += box_height + 30
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


# --- Places and times ------------------------------------------------------------


def home_page() -> HomePage:
    return Site.objects.get(is_default_site=True).root_page.specific


def weekday_at(days_ahead: int, hour: int, minute: int = 0) -> datetime:
    """A time `days_ahead` from today in Norwegian time, moved to Monday if it falls on a weekend:
    the demo's meetings and seminars happen on working days."""
    day = timezone.localdate() + timedelta(days=days_ahead)
    if day.weekday() >= 5:
        day += timedelta(days=7 - day.weekday())
    return datetime.combine(day, time(hour, minute), tzinfo=timezone.get_default_timezone())


# --- Documents and images --------------------------------------------------------


def create_document(*, title: str, file, collection=None, **fields) -> PortalDocument:
    """A document with a real file, in `collection` (the root collection if none)."""
    document = PortalDocument(
        title=title, file=file, collection=collection or Collection.get_first_root_node(), **fields
    )
    # As the admin's upload form does: size and hash, so pages can show "PDF, 40 kB".
    document._set_document_file_metadata()
    document.save()
    return document


# Numbers the generated image files (bilde-0.png, bilde-1.png …) and picks their colours.
_image_numbers = itertools.count()


def create_image(*, title: str, description: str | None = None, collection=None, file=None) -> PortalImage:
    """An image in `collection` (the root collection if none); without `file`, a generated
    PNG showing the title."""
    if file is None:
        number = next(_image_numbers)
        file = ContentFile(make_png(text=title, colour=PALETTE[number % len(PALETTE)]), name=f"bilde-{number}.png")
    return PortalImage.objects.create(
        title=title,
        description=f"Illustrasjon: {title}" if description is None else description,
        collection=collection or Collection.get_first_root_node(),
        file=file,
    )


# --- Pages -----------------------------------------------------------------------


def create_page(model, *, parent, publish: bool = True, many_to_many=(), **fields):
    """A `model` page added under `parent`, published through a revision as an editor would
    unless `publish=False` (then a draft: not live, unless `live` is given).

    The fields named in `many_to_many` are given as lists and set once the page is in the tree.
    """
    relations = {name: fields.pop(name) for name in many_to_many if name in fields}
    fields.setdefault("live", publish)
    page = model(**fields)
    parent.add_child(instance=page)
    if relations:
        for name, values in relations.items():
            getattr(page, name).set(values)
        page.save()
    if publish:
        page.save_revision().publish()
    return page
