"""python manage.py set_site_url [URL]

Sets the default Wagtail Site's hostname and port from PORTAL_BASE_URL (or the URL given), so
that the sitemap, feeds, search API and emails carry the site's public address. `make serve` runs
it after `migrate`; safe to run again.
"""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from portal.site_url import set_default_site_url


class Command(BaseCommand):
    help = "Setter standardnettstedets vertsnavn og port fra PORTAL_BASE_URL (eller adressen som gis)."

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="f.eks. https://kulturforlaering.no (standard: PORTAL_BASE_URL)")

    def handle(self, *args, url=None, **options):
        try:
            site = set_default_site_url(url)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Nettstedets adresse: {site.root_url}/")
