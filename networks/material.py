"""Where members-only material lives: the rule that keeps it out of public collections.

A document is served to anyone unless its collection is view-restricted, so a file used in a
network's members-only parts (MeetingPage.material and .before_next, every field of a
NetworkMaterialPage – see `members_only_fields` on those models) must lie in that network's
own collection or below it. The page form refuses anything else (networks/forms.py), the
document chooser opened from such a page uploads only there (networks/chooser.py), and a
document that is such material cannot be moved out of the collection (networks/document_forms.py,
networks/wagtail_hooks.py).
"""

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, ReferenceIndex

ALL_FIELDS = "__all__"


def members_only_field_names(model) -> tuple[str, ...] | str:
    """The fields of a page type that only the network's members see ("__all__": every field)."""
    return getattr(model, "members_only_fields", ())


def is_members_only_field(model, name: str) -> bool:
    fields = members_only_field_names(model)
    return fields == ALL_FIELDS or name in fields


def network_collections(network) -> QuerySet[Collection]:
    """The network's collection and the collections below it."""
    if network.collection is None:
        return Collection.objects.none()
    return Collection.objects.filter(path__startswith=network.collection.path)


def in_network_collection(collection: Collection, network) -> bool:
    return network.collection is not None and collection.path.startswith(network.collection.path)


def documents_outside_network(network, document_ids) -> QuerySet:
    """The documents among `document_ids` that do not lie in the network's collection (or below it)."""
    ids = {str(pk) for pk in document_ids if str(pk).isdigit()}
    documents = get_document_model().objects.filter(pk__in=ids)
    return documents.exclude(collection__in=network_collections(network)).order_by("title")


def network_of_page(page):
    """The network a members-only page belongs to: its parent, when that is a network."""
    from networks.models import NetworkPage

    parent = page.get_parent() if page is not None and page.pk else None
    parent = parent.specific if parent is not None else None
    return parent if isinstance(parent, NetworkPage) else None


def networks_using_as_material(document) -> list:
    """The networks whose members-only parts use `document` (Wagtail's reference index tells)."""
    from networks.models import MeetingPage, NetworkMaterialPage, NetworkPage

    models = {model._meta.label_lower: model for model in (MeetingPage, NetworkMaterialPage)}
    page_ids = set()
    for reference in ReferenceIndex.get_references_to(document).select_related("content_type"):
        model = models.get(f"{reference.content_type.app_label}.{reference.content_type.model}")
        if model is not None and is_members_only_field(model, reference.model_path.split(".")[0]):
            page_ids.add(int(reference.object_id))
    parent_paths = {
        path[: -Page.steplen] for path in Page.objects.filter(pk__in=page_ids).values_list("path", flat=True)
    }
    return list(NetworkPage.objects.filter(path__in=parent_paths).select_related("collection").order_by("title"))


def moving_out_of_network_error(document, destination: Collection) -> str | None:
    """Why `document` may not move to `destination`, or None when it may.

    Refused when it is members-only material of a network, lies in that network's collection
    now and `destination` is outside it. Moving within the network's collection is fine.
    """
    current = document.collection
    for network in networks_using_as_material(document):
        if in_network_collection(current, network) and not in_network_collection(destination, network):
            return _(
                "«%(document)s» er materiell for medlemmene i «%(network)s» og må ligge i nettverkets egen "
                "mappe («%(collection)s»), ellers kan alle åpne filen. Fjern dokumentet fra nettverkets sider "
                "først, eller velg en mappe under «%(collection)s»."
            ) % {"document": document.title, "network": network.title, "collection": network.collection.name}
    return None
