"""/helse/: is this instance able to serve? For load balancers, uptime monitors and Docker.

200 `{"status": "ok", "database": "ok", "cache": "ok"}` when the database answers a query and the
cache stores and returns a value; otherwise 503 saying which failed. Never cached.

`HealthCheckMiddleware` sits first in MIDDLEWARE and answers the path itself, so the probe does
not depend on the Host header (a load balancer probes by IP address, which ALLOWED_HOSTS does not
list – the answer builds no URL from the Host, so nothing can be poisoned) nor on HTTPS (a probe on
plain HTTP inside the network; SECURE_REDIRECT_EXEMPT says the same for SecurityMiddleware).
A failing check is logged once as a warning, not as a server error mailed to ADMINS.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("portal.health")

HEALTH_PATH = "/helse/"


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache() -> None:
    key = f"portal.health.{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not return what was stored")
    cache.delete(key)


CHECKS = {"database": _database, "cache": _cache}


def health(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # noqa: BLE001 – any failure means "not healthy"
            logger.warning("Helsesjekk: %s svarer ikke: %s: %s", name, type(error).__name__, error)
            results[name] = "error"
        else:
            results[name] = "ok"
    healthy = all(value == "ok" for value in results.values())
    response = JsonResponse({"status": "ok" if healthy else "error", **results}, status=200 if healthy else 503)
    add_never_cache_headers(response)  # Cache-Control: max-age=0, no-cache, no-store, must-revalidate, private
    response["X-Content-Type-Options"] = "nosniff"
    # The failure is logged above; Django must not log the 503 again as a server error.
    request.portal_not_reported = True
    return response


class HealthCheckMiddleware:
    """Answers /helse/ before host validation, the HTTPS redirect, sessions and everything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health(request)
        return self.get_response(request)
