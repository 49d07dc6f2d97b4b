import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from resources.models import ResourcePage
from search.benchmark import create_resources, time_searches


class Command(BaseCommand):
    help = (
        "Fyller databasen med N syntetiske undervisningsopplegg og måler p50/p95 for fasettert søk "
        "ende til ende. Kjør mot en database du kan kaste, f.eks. DATABASE_URL=sqlite:////tmp/bench.sqlite3."
    )

    def add_arguments(self, parser):
        parser.add_argument("--resources", type=int, default=10_000)
        parser.add_argument("--requests", type=int, default=200)
        parser.add_argument("--yes", action="store_true", help="Ja, legg syntetiske data i denne databasen.")
        parser.add_argument("--no-create", action="store_true", help="Bare mål; dataene finnes fra før.")

    def handle(self, *args, resources, requests, yes, no_create, **options):
        if not no_create:
            if not yes:
                raise CommandError("Dette legger syntetiske sider i databasen. Bruk en kastedatabase og --yes.")
            self.stdout.write(f"Lager {resources} syntetiske ressurser i {connection.vendor} …")
            started = time.perf_counter()
            create_resources(count=resources, stdout=self.stdout)
            self.stdout.write(f"  ferdig på {time.perf_counter() - started:.0f} s")
        total = ResourcePage.objects.count()
        timing = time_searches(requests=requests)
        self.stdout.write(
            f"{connection.vendor}, {total} ressurser, {timing.requests} søk med to fasetter: "
            f"p50 {timing.p50_ms:.1f} ms, p95 {timing.p95_ms:.1f} ms, maks {timing.max_ms:.1f} ms"
        )
        if settings.DEBUG:
            # DEBUG logs every SQL query; production does not. Measure as production runs.
            self.stdout.write("Merk: DEBUG er på – kjør med DEBUG=false for tall som i produksjon.")
