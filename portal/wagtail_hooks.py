"""Admin hooks of the portal as a whole: other people's drafts and private pages stay out of
the page chooser, the explorer and the rich-text editor."""

from wagtail import hooks
from wagtail.admin.rich_text.converters.contentstate import link_entity
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    ExternalLinkElementHandler,
    PageLinkElementHandler,
)
from wagtail.documents import get_document_model
from wagtail.documents.rich_text.contentstate import DocumentLinkElementHandler, document_link_entity
from wagtail.models import Page

from portal.middleware import current_user
from portal.visibility import draft_condition, visible_ids


def _hidden_from_current_user(model, attrs) -> int | None:
    """The id of a rich-text link's target when the current admin user may not see it."""
    user = current_user.get()
    if user is None or not user.is_authenticated or user.is_superuser:
        return None
    try:
        pk = int(attrs.get("id", ""))
    except ValueError:
        return None
    return None if visible_ids(user, model, {pk}) else pk


class VisiblePageLinkHandler(PageLinkElementHandler):
    """Wagtail's editor turns a stored page link into the page's URL (its slug, nearly its title).
    For a page the user may not see it answers as for a deleted page: the id, no URL."""

    def get_attribute_data(self, attrs):
        if (pk := _hidden_from_current_user(Page, attrs)) is not None:
            return {"id": pk, "url": None, "parentId": None}
        return super().get_attribute_data(attrs)


class VisibleDocumentLinkHandler(DocumentLinkElementHandler):
    """The same for a document link, which the editor shows with the file's name and URL."""

    def get_attribute_data(self, attrs):
        if (pk := _hidden_from_current_user(get_document_model(), attrs)) is not None:
            return {"id": pk}
        return super().get_attribute_data(attrs)


@hooks.register("register_rich_text_features", order=100)
def page_links_only_to_visible_pages(features):
    # After Wagtail's own registrations of "link" and "document-link" (order 0), which these replace.
    features.register_converter_rule(
        "contentstate",
        "link",
        {
            "from_database_format": {
                "a[href]": ExternalLinkElementHandler("LINK"),
                'a[linktype="page"]': VisiblePageLinkHandler("LINK"),
            },
            "to_database_format": {"entity_decorators": {"LINK": link_entity}},
        },
    )
    features.register_converter_rule(
        "contentstate",
        "document-link",
        {
            "from_database_format": {'a[linktype="document"]': VisibleDocumentLinkHandler("DOCUMENT")},
            "to_database_format": {"entity_decorators": {"DOCUMENT": document_link_entity}},
        },
    )


@hooks.register("construct_page_chooser_queryset")
def hide_other_peoples_drafts_in_chooser(pages, request):
    condition = draft_condition(request.user)
    return pages if condition is None else pages.filter(condition)


@hooks.register("construct_explorer_page_queryset")
def hide_other_peoples_drafts_in_explorer(parent_page, pages, request):
    condition = draft_condition(request.user)
    return pages if condition is None else pages.filter(condition)


@hooks.register("before_serve_document")
def note_private_document(document, request):
    """For portal/views.py:serve_document. Only a logged-in member can be served a document of a
    restricted collection (Wagtail sends everyone else to the login), so anonymous downloads
    cost no query here."""
    if request.user.is_authenticated:
        request.portal_private_document = document.collection.get_view_restrictions().exists()
