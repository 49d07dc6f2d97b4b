"""Front-end views of the portal package."""

from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document


def serve_document(request, document_id, document_filename):
    """Wagtail's document serve view, and a private document is never kept by a shared cache.

    Wagtail answers a member's request for a document in a restricted collection with ETag and
    Last-Modified only, which lets a proxy or a school's web cache keep the file and give it to
    the next person. Such answers get `Cache-Control: private, no-store`."""
    response = wagtail_serve_document(request, document_id, document_filename)
    document = get_document_model().objects.filter(pk=document_id).select_related("collection").first()
    if document is not None and document.collection.get_view_restrictions().exists():
        patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
    return response
