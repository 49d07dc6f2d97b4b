"""The programme of an event: one block per session."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock


class SessionBlock(blocks.StructBlock):
    day = blocks.DateBlock(
        label=_("dag"), required=False, help_text=_("Bare for arrangementer over flere dager."), format="%d.%m.%Y"
    )
    start = blocks.TimeBlock(label=_("starter"), format="%H:%M")
    end = blocks.TimeBlock(label=_("slutter"), required=False, format="%H:%M")
    title = blocks.CharBlock(label=_("tittel"), max_length=200)
    speakers = blocks.ListBlock(
        SnippetChooserBlock("events.Speaker"), label=_("foredragsholdere"), required=False, default=[]
    )
    room = blocks.CharBlock(label=_("rom"), required=False, max_length=100)
    description = blocks.TextBlock(label=_("beskrivelse"), required=False)

    class Meta:
        icon = "time"
        label = _("Programpost")
        template = "events/blocks/session.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("start") and value.get("end") and value["end"] <= value["start"]:
            raise StructBlockValidationError(
                block_errors={"end": ValidationError(_("Programposten må slutte etter at den starter."))}
            )
        return value


class ProgrammeBlock(blocks.StreamBlock):
    session = SessionBlock()
