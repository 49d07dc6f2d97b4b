"""The document chooser, opened from a meeting or material page, uploads into the network's collection.

Wagtail's chooser upload form offers every collection the user may add to, with the public
«Felles» first; a leader who kept that default put members' material where anyone can open it.
Here the chooser's "choose", "results" and "upload" views are Wagtail's own views, subclassed,
and served at Wagtail's own chooser URLs by a `register_admin_urls` hook that runs before
Wagtail's (networks/wagtail_hooks.py); every chooser – the material blocks' and the rich-text
editor's document links alike – opens them by Wagtail's URL names, so no widget or block changes.

How the view knows it was opened from a network's page: the modal is loaded, searched and
posted by the page editor's JavaScript, so the request's Referer is the editor's own URL
(/admin/pages/<id>/edit/ or /admin/pages/add/<app>/<model>/<parent id>/). Our
SECURE_REFERRER_POLICY ("same-origin") has the browser send the full URL to its own origin.
That beats a network-scoped block widget, which would need the network id in each block's
chooser URL (blocks are defined once per page type, not per page), would miss the rich-text
document links, and would need a schema migration. A request without a usable Referer (a
privacy add-on may strip it) simply gets Wagtail's usual form: this only sets the default
and the choices; the page form (networks/forms.py) is what refuses a file elsewhere.
"""

from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from django.urls import Resolver404, path, resolve
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.collections import CollectionChoiceField
from wagtail.documents import get_document_model_string
from wagtail.documents.views import chooser as wagtail_chooser
from wagtail.models import Page

from networks.material import network_collections


def network_of_editor(request):
    """The network whose members-only page (meeting or material) the page editor that sent this
    request is editing or adding, or None."""
    from networks.models import MeetingPage, NetworkMaterialPage, NetworkPage

    referer = request.headers.get("Referer", "")
    parts = urlsplit(referer)
    if not referer or (parts.netloc and parts.netloc != request.get_host()):
        return None
    try:
        match = resolve(parts.path)
    except Resolver404:
        return None
    if match.view_name == "wagtailadmin_pages:edit":
        page = Page.objects.filter(pk=match.kwargs.get("page_id")).first()
        if page is None:
            return None
        page_class, parent = page.specific_class, page.get_parent()
    elif match.view_name == "wagtailadmin_pages:add":
        content_type = ContentType.objects.filter(
            app_label=match.kwargs.get("content_type_app_name"), model=match.kwargs.get("content_type_model_name")
        ).first()
        page_class = content_type.model_class() if content_type else None
        parent = Page.objects.filter(pk=match.kwargs.get("parent_page_id")).first()
    else:
        return None
    if page_class not in (MeetingPage, NetworkMaterialPage) or parent is None:
        return None
    network = parent.specific
    return network if isinstance(network, NetworkPage) and network.collection_id else None


class NetworkCollectionChoiceField(CollectionChoiceField):
    """The network's collection by its own name, its subcollections indented below it."""

    def __init__(self, *args, network_collection, **kwargs):
        super().__init__(*args, **kwargs)
        self.network_collection = network_collection

    def label_from_instance(self, obj):
        return obj.get_indented_name(self.network_collection.depth, html=True)


def limit_to_network(form, network) -> None:
    """Offer only the network's collection (and those below it) in a document upload form,
    with the network's collection chosen. Leaves the form alone when the user may not add there."""
    if form is None or "collection" not in form.fields:
        return
    scoped = form.collections.filter(pk__in=network_collections(network)).order_by("path")
    if not scoped.exists():
        return
    form.collections = scoped
    form.fields["collection"] = NetworkCollectionChoiceField(
        label=_("Mappe"),
        queryset=scoped,
        empty_label=None,
        network_collection=network.collection,
        help_text=_("Materiell til nettverket lagres i nettverkets egen mappe og vises bare for medlemmene."),
    )
    form.initial["collection"] = network.collection_id


class NetworkCreationFormMixin:
    def get_creation_form(self):
        form = super().get_creation_form()
        network = network_of_editor(self.request)
        if network is not None:
            limit_to_network(form, network)
        return form


class DocumentChooseView(NetworkCreationFormMixin, wagtail_chooser.DocumentChooseView):
    pass


class DocumentChooseResultsView(NetworkCreationFormMixin, wagtail_chooser.DocumentChooseResultsView):
    pass


class DocumentChooserUploadView(NetworkCreationFormMixin, wagtail_chooser.DocumentChooserUploadView):
    pass


class NetworkAwareDocumentChooserViewSet(wagtail_chooser.DocumentChooserViewSet):
    choose_view_class = DocumentChooseView
    choose_results_view_class = DocumentChooseResultsView
    create_view_class = DocumentChooserUploadView


# Named like Wagtail's, so that the views' own links (results, upload) reverse to Wagtail's URL
# names – the same paths, which the URLs below answer first. Never registered as a viewset:
# Wagtail's stays the one registered for widgets and the chosen views.
viewset = NetworkAwareDocumentChooserViewSet(
    wagtail_chooser.viewset.name,
    model=get_document_model_string(),
    url_prefix=wagtail_chooser.viewset.url_prefix,
)


def chooser_urlpatterns():
    prefix = viewset.url_prefix
    return [
        path(f"{prefix}/", viewset.choose_view),
        path(f"{prefix}/results/", viewset.choose_results_view),
        path(f"{prefix}/create/", viewset.create_view),
    ]
