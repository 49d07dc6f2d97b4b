"""The admin form of a network's members-only pages: their material stays in the network's own
collection (the rule is described in networks/material.py; the document form that keeps it
there is in networks/document_forms.py)."""

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from networks.material import documents_outside_network, is_members_only_field
from portal.forms import PortalPageForm


class NetworkMembersOnlyPageForm(PortalPageForm):
    """The form of meeting and material pages: their members-only fields may only use documents
    from the network's collection (or below it).

    Every way a document id can arrive passes here – the chooser, an upload in the chooser, a
    hand-made POST, a document link in rich text – since the ids are read from the cleaned
    values with each field's `extract_references`. It applies to everyone, superusers too: it is
    about where the file lives (a file elsewhere is served to anyone), not about who chose it.
    Preview validates with this form as well, so a page that would leak is not previewed.
    """

    def clean(self):
        cleaned_data = super().clean()
        network = self._network()
        if network is None:
            return cleaned_data
        wanted = self._members_only_document_ids(cleaned_data)
        if not wanted:
            return cleaned_data
        outside = list(documents_outside_network(network, wanted))
        if outside:
            self.add_error(None, self._outside_message(network, outside))
        return cleaned_data

    def _network(self):
        from networks.models import NetworkPage

        # The add view and the edit view (and their previews) both give the form the parent page.
        parent = getattr(self, "parent_page", None)
        if parent is None and self.instance.pk:
            parent = self.instance.get_parent()
        parent = parent.specific if parent is not None else None
        return parent if isinstance(parent, NetworkPage) else None

    def _members_only_document_ids(self, cleaned_data) -> set[str]:
        model, document_model = type(self.instance), get_document_model()
        found: set[str] = set()
        for name, value in cleaned_data.items():
            if value is None or not is_members_only_field(model, name):
                continue
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if hasattr(field, "extract_references"):
                for target, pk, _path, _content in field.extract_references(value):
                    if issubclass(target, document_model):
                        found.add(str(pk))
            elif isinstance(value, document_model):
                found.add(str(value.pk))
        return found

    def _outside_message(self, network, outside) -> str:
        user = self.for_user
        if user is not None and not user.is_superuser:
            policy = policy_registry.get_by_type(get_document_model())
            visible = policy.instances_user_has_any_permission_for(user, ["choose"])
            visible_ids = set(visible.filter(pk__in=[doc.pk for doc in outside]).values_list("pk", flat=True))
        else:
            visible_ids = {doc.pk for doc in outside}
        titles = [f"«{doc.title}»" for doc in outside if doc.pk in visible_ids]
        hidden = len(outside) - len(titles)
        if hidden and titles:
            titles.append(ngettext("ett dokument til", "%(count)d dokumenter til", hidden) % {"count": hidden})
        elif hidden:
            titles.append(ngettext("Et dokument", "%(count)d dokumenter", hidden) % {"count": hidden})
        files = (
            titles[0]
            if len(titles) == 1
            else _("%(list)s og %(last)s") % {"list": ", ".join(titles[:-1]), "last": titles[-1]}
        )
        collection = network.collection.name if network.collection else network.title
        return _(
            "Materiell for medlemmene må ligge i nettverkets egen mappe («%(collection)s»). %(files)s ligger "
            "et annet sted, der andre enn medlemmene kan åpne filen. Last opp filen i nettverkets mappe, "
            "eller flytt den dit."
        ) % {"collection": collection, "files": files}
