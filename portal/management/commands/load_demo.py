"""python manage.py load_demo [--if-empty]

Loads the Norwegian demo content from the data files under demo/ (portal/demo_data.py): resources, the home page's
introduction and featured content, networks, events and news, and the survey demo (surveys/demo.py: schools with
organisation numbers, synthetic results for three rounds, an analysis). Safe to run again:
nothing that exists is created twice or overwritten.

The demo users (admin/kfl-demo-admin and one per role) have passwords printed in the README:
they are created only where settings.PORTAL_DEMO_USERS is on (the development settings) or
with --with-demo-users, never under the production settings by default.
"""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from events.demo import build_events_demo
from networks.demo import build_network_demo
from news.demo import build_news_demo
from portal.demo_support import home_page
from portal.site_url import set_default_site_url
from resources.demo.build import build_demo
from resources.demo.content import demo_content
from resources.models import ResourcePage
from search.demo import build_search_demo
from surveys.demo import build_survey_demo
from surveys.demo import load as survey_demo_content

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "kfl-demo-admin"  # noqa: S105 – a documented demo login, never for production
ADMIN_EMAIL = "admin@example.no"


class Command(BaseCommand):
    help = "Legger inn demoinnhold på norsk: ressurser, nettverk med samlinger, forside og demobrukere per rolle."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Gjør ingenting hvis det allerede finnes ressurser (nyttig ved oppstart av en ny installasjon).",
        )
        parser.add_argument(
            "--with-demo-users",
            action="store_true",
            help="Lag demobrukerne med kjente passord også når innstillingene ikke gjør det (aldri i produksjon).",
        )

    def handle(self, *args, if_empty=False, with_demo_users=False, **options):
        set_default_site_url()  # the sitemap, feeds and emails carry PORTAL_BASE_URL
        if if_empty and ResourcePage.objects.exists():
            self.stdout.write("Det finnes allerede ressurser – demoinnholdet lastes ikke inn (--if-empty).")
            return

        started = time.monotonic()
        self.stdout.write("Legger inn demoinnhold …")
        verbose = options.get("verbosity", 1) >= 2
        data = demo_content()  # everything under demo/, checked first: a mistake names its file and line
        surveys = survey_demo_content()  # demo/kartlegging/, checked the same way
        report = build_demo(data.resources, stdout=self.stdout if verbose else None)
        self.stdout.write(
            f"Ressurser: {report['lesson_plans_created']} undervisningsopplegg, "
            f"{report['learning_materials_created']} læremidler og "
            f"{report['research_summaries_created']} forskningsoppsummeringer opprettet; "
            f"{report['skipped']} fantes fra før og ble ikke endret."
        )
        self.stdout.write(f"Filer: {report['documents']} dokumenter og {report['images']} bilder laget.")
        with_users = with_demo_users or getattr(settings, "PORTAL_DEMO_USERS", False)
        networks = build_network_demo(data, with_users=with_users)
        self.stdout.write(
            f"Nettverk: {networks['networks_created']} opprettet med samlinger og internt materiell; "
            f"{networks['networks_skipped']} fantes fra før."
        )
        events = build_events_demo(data)
        self.stdout.write(
            f"Arrangementer: {events['events_created']} opprettet med {events['registrations']} påmeldinger; "
            f"{events['events_skipped']} fantes fra før."
        )
        news = build_news_demo(data)
        self.stdout.write(f"Nyheter: {news['news_created']} opprettet; {news['news_skipped']} fantes fra før.")
        survey = build_survey_demo(surveys, with_users=with_users)
        self.stdout.write(
            f"Kartlegging: {survey['schools']} demoskoler med organisasjonsnummer, "
            f"{survey['results_created']} resultater for 2016, 2018 og 2020 og "
            f"{survey['analyses_created']} analyser laget."
        )
        searches = build_search_demo()
        self.stdout.write(
            f"Foreslåtte søk: {searches['suggested_searches_created']} opprettet; "
            f"{searches['suggested_searches_skipped']} fantes fra før."
        )
        self.stdout.write(self._home_page(data))
        if with_users:
            self.stdout.write(self._admin_user(data))
        else:
            self.stdout.write(
                "Ingen demobrukere laget: innstillingene er ikke for utvikling (PORTAL_DEMO_USERS er av). "
                "Bare innhold er lastet inn. Lag en administrator med `manage.py createsuperuser`."
            )
        self.stdout.write(self.style.SUCCESS(f"Ferdig på {time.monotonic() - started:.1f} sekunder."))

    def _home_page(self, data) -> str:
        home = home_page()
        if len(home.featured) > 0:
            return "Forsiden har allerede et redaksjonelt utvalg – den ble ikke endret."
        pages = {page.slug: page for page in ResourcePage.objects.live().filter(slug__in=[s for s, _ in data.featured])}
        featured = [
            {"type": "featured", "value": {"page": pages[slug].pk, "blurb": blurb}}
            for slug, blurb in data.featured
            if slug in pages
        ]
        if not featured:
            return "Fant ingen av ressursene til forsidens utvalg – forsiden ble ikke endret."
        with transaction.atomic():
            home.intro = data.home_intro
            home.featured = featured
            home.full_clean()
            home.save_revision().publish()
        return f"Forsiden: ingress og {len(featured)} utvalgte ressurser publisert."

    def _admin_user(self, data) -> str:
        User = get_user_model()
        if User.objects.filter(username=ADMIN_USERNAME).exists():
            return f"Brukeren «{ADMIN_USERNAME}» finnes fra før – ikke endret."
        User.objects.create_superuser(ADMIN_USERNAME, ADMIN_EMAIL, ADMIN_PASSWORD)
        logins = ", ".join(f"{user.username}/{user.password}" for user in data.users)
        return f"Demobrukere (bare for demo!): {ADMIN_USERNAME}/{ADMIN_PASSWORD} (administrator), {logins}."
