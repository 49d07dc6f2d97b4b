"""Custom image and document models, in place from the first migration so
that fields (rights, licence) can be added later without a painful swap."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class PortalImage(AbstractImage):
    rights_holder = models.CharField(_("rettighetshaver"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "rights_holder")

    class Meta(AbstractImage.Meta):
        verbose_name = _("bilde")
        verbose_name_plural = _("bilder")


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class PortalDocument(AbstractDocument):
    description = models.TextField(_("beskrivelse"), blank=True)
    rights_holder = models.CharField(_("rettighetshaver"), max_length=255, blank=True)

    admin_form_fields = (*Document.admin_form_fields, "description", "rights_holder")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("dokument")
        verbose_name_plural = _("dokumenter")

    @property
    def extension_label(self) -> str:
        return self.file_extension.upper()
