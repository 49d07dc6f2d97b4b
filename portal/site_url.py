"""The site's public address (settings.PORTAL_BASE_URL) in Wagtail's default Site.

Wagtail builds every absolute URL – the sitemap, the news feeds, the search API's `url`, links in
registration emails – from the Site's hostname and port, and derives the scheme from the port:
443 gives https://host, 80 gives http://host, any other port http://host:port. A fresh database
says localhost:80, which only the admin's Sites screen changed until now; `set_site_url` (run by
`make serve`) and `load_demo` set it from the setting.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_address(base_url: str) -> tuple[str, int]:
    """(hostname, port) for a base URL, refusing what a Wagtail Site cannot say."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(f"PORTAL_BASE_URL must be http(s)://host[:port], not {base_url!r}.")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ImproperlyConfigured(f"PORTAL_BASE_URL must not have a path: the site is served at /, not {base_url!r}.")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        # Wagtail would write http://host:port: only 443 means https to it.
        raise ImproperlyConfigured(f"An https PORTAL_BASE_URL must use port 443 (Wagtail's rule), not {base_url!r}.")
    return parts.hostname.lower(), port


def set_default_site_url(base_url: str | None = None) -> Site:
    """Give the default Site the hostname and port of `base_url` (default: PORTAL_BASE_URL).
    Idempotent; returns the Site."""
    hostname, port = site_address(base_url or settings.PORTAL_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise ImproperlyConfigured("There is no default Wagtail Site (run `manage.py migrate` first).")
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    Site.clear_site_root_paths_cache()
    return site
