"""Front-end views of the portal package."""

import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils.cache import add_never_cache_headers, patch_cache_control
from wagtail.documents.views.serve import serve as wagtail_serve_document

logger = logging.getLogger("portal.availability")


def serve_document(request, document_id, document_filename):
    """Wagtail's document serve view, and a private document is never kept by a shared cache.

    Wagtail answers a member's request for a document in a restricted collection with ETag and
    Last-Modified only, which lets a proxy or a school's web cache keep the file and give it to
    the next person. Such answers get `Cache-Control: private, no-store`. Whether the document
    is restricted is noted by the `before_serve_document` hook (portal/wagtail_hooks.py) while
    Wagtail serves it, so the document is not read twice."""
    response = wagtail_serve_document(request, document_id, document_filename)
    if getattr(request, "portal_private_document", False):
        patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
    return response


def server_error(request):
    """handler500: the Norwegian 500 page – or, when the database cannot be reached, the 503 page
    («prøv igjen om litt»), logged once as a warning instead of a server error mailed to ADMINS.

    Django calls this inside its exception handler, so the exception is in sys.exc_info(). Neither
    page extends base.html or uses a context processor: they must render without the database."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError) and _is_unavailable(error):
        logger.warning("Databasen svarer ikke (%s): %s %s", type(error).__name__, request.method, request.path)
        request.portal_not_reported = True
        response = HttpResponse(_render("503.html"), status=503)
        response["Retry-After"] = "30"
        add_never_cache_headers(response)
        return response
    return HttpResponseServerError(_render("500.html"))


def _render(template_name: str) -> str:
    try:
        return loader.render_to_string(template_name)
    except Exception:  # noqa: BLE001 – an error page must never fail (say, static files not collected)
        logger.exception("Feilsiden %s kunne ikke lages", template_name)
        return "<!DOCTYPE html><title>Kultur for læring</title><h1>Noe gikk galt. Prøv igjen om litt.</h1>"


def _is_unavailable(error: DatabaseError) -> bool:
    """A connection that cannot be made or was lost – not a bad query (ProgrammingError,
    IntegrityError, …), which is a bug and stays a 500."""
    return isinstance(error, OperationalError | InterfaceError)
