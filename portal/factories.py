"""Factories for media with real files and for pages. Tests use them.

The file makers and the plain creators live in portal/demo_support.py (runtime code, which the
demo content uses without factory_boy); they are re-exported here so tests can import them
from one place.
"""

import factory
from django.core.files.base import ContentFile
from wagtail.models import Collection

from portal.demo_support import (
    PALETTE,
    create_document,
    create_page,
    home_page,
    make_csv,
    make_fraction_strips_pdf,
    make_pdf,
    make_png,
    make_poster_png,
    make_txt,
    weekday_at,
)
from portal.models import PortalDocument, PortalImage

__all__ = [
    "PALETTE",
    "DocumentFactory",
    "ImageFactory",
    "PublishedPageFactory",
    "home_page",
    "make_csv",
    "make_fraction_strips_pdf",
    "make_pdf",
    "make_png",
    "make_poster_png",
    "make_txt",
    "weekday_at",
]


class PublishedPageFactory(factory.django.DjangoModelFactory):
    """A page added under `parent` (or the subclass's `default_parent()`), published through a
    revision as an editor would unless `publish=False` (then a draft: not live)."""

    class Meta:
        abstract = True

    # Many-to-many fields given as lists, set once the page is in the tree.
    _many_to_many: tuple[str, ...] = ()

    @classmethod
    def default_parent(cls):
        raise TypeError(f"{cls.__name__} needs parent=")

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=True, **kwargs):
        return create_page(
            model_class,
            parent=parent or cls.default_parent(),
            publish=publish,
            many_to_many=cls._many_to_many,
            **kwargs,
        )


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

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return create_document(**kwargs)
