"""Factories for media with real files. Tests and the demo content both use them."""

import io

import factory
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.models import Collection, Site

from portal.models import HomePage, PortalDocument, PortalImage

PALETTE = ["#0b4f6c", "#01baef", "#20bf55", "#f49d37", "#8c2f39", "#3f4b3b", "#6b2d5c", "#1f6f8b"]


def _font(size: int):
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def make_png(*, text: str, width: int = 1200, height: int = 675, colour: str = "#0b4f6c") -> bytes:
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle([40, height - 120, width - 40, height - 40], fill="#ffffff")
    draw.text((60, height - 105), text[:60], fill="#111111", font=_font(36))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def make_pdf(*, title: str, lines: list[str]) -> bytes:
    """A real, printable one-page A4 PDF rendered by Pillow."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.text((100, 100), title, fill="black", font=_font(44))
    y = 200
    for line in lines:
        draw.text((100, y), line, fill="black", font=_font(28))
        y += 48
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=150.0, title=title)
    return buffer.getvalue()


def home_page() -> HomePage:
    return Site.objects.get(is_default_site=True).root_page.specific


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PortalImage

    title = factory.Sequence(lambda n: f"Illustrasjon {n}")
    description = factory.LazyAttribute(lambda o: f"Illustrasjon: {o.title}")
    collection = factory.LazyFunction(lambda: Collection.get_first_root_node())
    file = factory.LazyAttributeSequence(
        lambda o, n: ContentFile(make_png(text=o.title, colour=PALETTE[n % len(PALETTE)]), name=f"bilde-{n}.png")
    )


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PortalDocument

    title = factory.Sequence(lambda n: f"Arbeidsark {n}")
    collection = factory.LazyFunction(lambda: Collection.get_first_root_node())
    file = factory.LazyAttributeSequence(
        lambda o, n: ContentFile(make_pdf(title=o.title, lines=["Kultur for læring"]), name=f"dokument-{n}.pdf")
    )
