"""Blocks shared by every page type. Each renders with its own template in
portal/templates/blocks/ so that pages only decide where a stream goes."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Mellomtittel")
        template = "blocks/heading.html"


class FigureBlock(blocks.StructBlock):
    """An image always with alt text (ImageBlock asks for it) and an optional caption."""

    image = ImageBlock(label=_("bilde"))
    caption = blocks.CharBlock(label=_("bildetekst"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Bilde")
        template = "blocks/figure.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("sitat"))
    source = blocks.CharBlock(label=_("kilde"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Sitat")
        template = "blocks/quote.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("tittel"), required=False)
    text = blocks.RichTextBlock(label=_("tekst"), features=RICH_FEATURES)

    class Meta:
        icon = "help"
        label = _("Faktaboks")
        template = "blocks/callout.html"


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("dokument"))
    title = blocks.CharBlock(
        label=_("visningsnavn"), required=False, help_text=_("Valgfritt. Ellers brukes dokumentets tittel.")
    )
    description = blocks.CharBlock(label=_("beskrivelse"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Vedlegg")
        template = "blocks/attachment.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Avsnitt"), features=RICH_FEATURES, icon="pilcrow", template="blocks/paragraph.html"
    )
    figure = FigureBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    attachment = AttachmentBlock()
