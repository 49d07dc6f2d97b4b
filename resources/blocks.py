"""Blocks that give a lesson plan and a research summary their shape."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from portal.blocks import RICH_FEATURES


class LearningGoalBlock(blocks.CharBlock):
    class Meta:
        icon = "success"
        label = _("Læringsmål")
        help_text = _("Skriv målet slik elevene skal forstå det: «Jeg kan …»")


class CompetenceAimBlock(blocks.StructBlock):
    code = blocks.CharBlock(
        label=_("kode (LK20)"), required=False, max_length=30, help_text=_("F.eks. MAT01-05 om du kjenner den.")
    )
    text = blocks.TextBlock(label=_("kompetansemål"))

    class Meta:
        icon = "list-ul"
        label = _("Kompetansemål")


class TermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("begrep"), max_length=80)
    definition = blocks.TextBlock(label=_("forklaring"))

    class Meta:
        icon = "info-circle"
        label = _("Nøkkelbegrep")


class MisconceptionBlock(blocks.StructBlock):
    misconception = blocks.TextBlock(label=_("vanlig misoppfatning"))
    response = blocks.TextBlock(label=_("slik møter du den"))

    class Meta:
        icon = "warning"
        label = _("Misoppfatning")


class PreparationStreamBlock(blocks.StreamBlock):
    equipment = blocks.ListBlock(blocks.CharBlock(label=_("utstyr")), label=_("Utstyr og materiell"), icon="list-ul")
    paragraph = blocks.RichTextBlock(label=_("Forberedelse"), features=RICH_FEATURES, icon="pilcrow")


class ChoiceLabelValue(blocks.StructValue):
    """Gives templates the human label of a struct's choice field: `value.label_of.organisation`."""

    @property
    def label_of(self) -> dict:
        labels = {}
        for name, block in self.block.child_blocks.items():
            if isinstance(block, blocks.ChoiceBlock):
                labels[name] = dict(block.field.choices).get(self.get(name), "")
        return labels


class LessonStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("tittel"), max_length=120)
    minutes = blocks.IntegerBlock(label=_("minutter"), min_value=1, max_value=600)
    organisation = blocks.ChoiceBlock(
        label=_("organisering"),
        required=False,
        choices=[
            ("helklasse", _("Helklasse")),
            ("grupper", _("Grupper")),
            ("par", _("Par")),
            ("individuelt", _("Individuelt")),
        ],
    )
    description = blocks.RichTextBlock(label=_("gjennomføring"), features=RICH_FEATURES)
    image = ImageBlock(label=_("bilde"), required=False)

    class Meta:
        icon = "time"
        label = _("Trinn i økta")
        value_class = ChoiceLabelValue


class DifferentiationBlock(blocks.StructBlock):
    audience = blocks.ChoiceBlock(
        label=_("for hvem"),
        choices=[
            ("stotte", _("Elever som trenger mer støtte")),
            ("utfordring", _("Elever som trenger mer utfordring")),
            ("sprak", _("Flerspråklige elever")),
            ("alle", _("Alle elever")),
        ],
    )
    text = blocks.RichTextBlock(label=_("tilpasning"), features=RICH_FEATURES)

    class Meta:
        icon = "group"
        label = _("Tilpasset opplæring")
        value_class = ChoiceLabelValue


class FindingBlock(blocks.StructBlock):
    finding = blocks.CharBlock(label=_("funn"), max_length=255)
    explanation = blocks.RichTextBlock(label=_("utdyping"), features=RICH_FEATURES, required=False)

    class Meta:
        icon = "pick"
        label = _("Hovedfunn")


class ReferenceValue(blocks.StructValue):
    def link(self) -> str:
        doi = (self.get("doi") or "").strip()
        if doi:
            return doi if doi.startswith("http") else f"https://doi.org/{doi}"
        return self.get("url") or ""


class ReferenceBlock(blocks.StructBlock):
    authors = blocks.CharBlock(label=_("forfattere"), help_text=_("Etternavn, initialer; skilt med komma."))
    year = blocks.IntegerBlock(label=_("år"), min_value=1900, max_value=2100)
    title = blocks.CharBlock(label=_("tittel"))
    source = blocks.CharBlock(label=_("tidsskrift, forlag eller utgiver"), required=False)
    doi = blocks.CharBlock(label=_("DOI"), required=False, help_text=_("F.eks. 10.3102/0034654307313795"))
    url = blocks.URLBlock(label=_("lenke"), required=False)

    def clean(self, value):
        value = super().clean(value)
        doi = (value.get("doi") or "").strip()
        if doi and not (doi.startswith("10.") or doi.startswith("https://doi.org/10.")):
            raise blocks.StructBlockValidationError(
                block_errors={"doi": ValidationError(_("En DOI begynner med «10.»."))}
            )
        return value

    class Meta:
        icon = "doc-full"
        label = _("Referanse")
        value_class = ReferenceValue
