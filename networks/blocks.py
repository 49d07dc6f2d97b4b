"""Blocks of meeting pages: the agenda is public, the material is for members."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.blocks import RICH_FEATURES, AttachmentBlock


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("klokkeslett"), required=False, format="%H:%M")
    title = blocks.CharBlock(label=_("punkt"), max_length=200)
    description = blocks.TextBlock(label=_("beskrivelse"), required=False)
    responsible = blocks.CharBlock(label=_("ansvarlig"), required=False, max_length=150)

    class Meta:
        icon = "time"
        label = _("Programpunkt")
        template = "networks/blocks/agenda_item.html"


class LinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("lenke"))
    title = blocks.CharBlock(label=_("visningsnavn"), max_length=200)
    description = blocks.CharBlock(label=_("beskrivelse"), required=False, max_length=255)

    class Meta:
        icon = "link"
        label = _("Lenke")
        template = "networks/blocks/link.html"


class MaterialBlock(blocks.StreamBlock):
    """What members get: files from the network's collection, links and notes."""

    attachment = AttachmentBlock()
    link = LinkBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Avsnitt"), features=RICH_FEATURES, icon="pilcrow", template="blocks/paragraph.html"
    )
