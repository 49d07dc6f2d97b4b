"""Wagtail's document form for the portal (WAGTAILDOCS_DOCUMENT_FORM_BASE in portal/settings/base.py).

Kept apart from networks/forms.py: that module is imported while the models load, and
Wagtail's document forms may only be imported once they have.
"""

from wagtail.documents.forms import BaseDocumentForm

from networks.material import moving_out_of_network_error


class NetworkDocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE) with one more check: a document used
    as members-only material of a network cannot be moved out of that network's collection."""

    def clean(self):
        cleaned_data = super().clean()
        destination = cleaned_data.get("collection")
        if self.instance.pk and destination is not None and destination.pk != self.instance.collection_id:
            error = moving_out_of_network_error(self.instance, destination)
            if error:
                self.add_error("collection", error)
        return cleaned_data
