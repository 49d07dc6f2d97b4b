"""The admin form every portal page uses."""

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry


class PortalPageForm(WagtailAdminPageForm):
    """Refuses images and documents the user may not choose.

    The choosers only offer what the user may choose, but a hand-made request could name
    another network's file and put its title and name on a page. Files the page already
    used (added by an editor, say) stay allowed.
    """

    def clean(self):
        cleaned_data = super().clean()
        user = self.for_user
        if user is None or user.is_superuser:
            return cleaned_data
        document_model, image_model = get_document_model(), get_image_model()
        policies = {model: policy_registry.get_by_type(model) for model in (document_model, image_model)}
        wanted = self._media_references(cleaned_data.items(), policies)
        already = self._media_references(
            ((name, getattr(self.instance, name, None)) for name in cleaned_data), policies
        )
        for model, ids in wanted.items():
            new = ids - already.get(model, set())
            if not new:
                continue
            allowed = policies[model].instances_user_has_any_permission_for(user, ["choose"])
            found = {str(pk) for pk in allowed.filter(pk__in=new).values_list("pk", flat=True)}
            if new - found:
                self.add_error(
                    None,
                    _("Siden bruker et bilde eller dokument du ikke har tilgang til. Velg filen på nytt med velgeren."),
                )
        return cleaned_data

    def _media_references(self, items, policies) -> dict:
        found: dict = {}
        for name, value in items:
            if value is None:
                continue
            try:
                field = self.instance._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if hasattr(field, "extract_references"):
                for model, pk, _path, _content in field.extract_references(value):
                    if model in policies:
                        found.setdefault(model, set()).add(str(pk))
            elif type(value) in policies:
                found.setdefault(type(value), set()).add(str(value.pk))
        return found
