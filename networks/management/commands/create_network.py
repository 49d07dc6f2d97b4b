"""python manage.py create_network "Matematikk 5.–7. trinn, Sør-Østerdal" --summary "…" \\
       [--subject matematikk] [--band 5-7] [--school "Hanstad skole"] [--leader brukernavn] [--member brukernavn]

Creates a network page under /nettverk/ with its members group, leaders group,
private collection and the leaders' page and upload permissions.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from networks import services
from networks.demo_support import network_index
from networks.models import NetworkPage, School
from portal.text import norwegian_slug
from resources.models import GradeBand, Subject


class Command(BaseCommand):
    help = "Oppretter et nettverk med medlemsgruppe, gruppeledergruppe, egen mappe for filer og tilganger."

    def add_arguments(self, parser):
        parser.add_argument("title", help="Nettverkets navn, f.eks. «Matematikk 5.–7. trinn, Sør-Østerdal».")
        parser.add_argument("--summary", required=True, help="Kort beskrivelse som vises i oversikten.")
        parser.add_argument("--subject", action="append", default=[], help="Fag (kortnavn), kan gjentas.")
        parser.add_argument("--band", action="append", default=[], help="Trinnband: 1-4, 5-7 eller 8-10.")
        parser.add_argument(
            "--school", action="append", default=[], help="Medlemsskole: «Navn» eller «Navn (Kommune)», kan gjentas."
        )
        parser.add_argument("--leader", action="append", default=[], help="Brukernavn til gruppeleder.")
        parser.add_argument("--member", action="append", default=[], help="Brukernavn til medlem.")
        parser.add_argument("--draft", action="store_true", help="Lagre nettverkssiden som utkast.")

    def handle(self, title, summary, subject, band, school, leader, member, draft, **options):
        index = network_index()
        if index is None:
            raise CommandError("Fant ingen nettverksoversikt under forsiden. Kjør `manage.py migrate` først.")
        if NetworkPage.objects.child_of(index).filter(slug=norwegian_slug(title)).exists():
            raise CommandError(f"Et nettverk med navnet «{title}» finnes allerede.")
        subjects = self._lookup(Subject, "slug", subject, "fag")
        bands = self._lookup(GradeBand, "slug", band, "trinnband")
        schools = [self._school(value) for value in school]
        User = get_user_model()
        leaders = self._lookup(User, "username", leader, "bruker")
        members = self._lookup(User, "username", member, "bruker")

        network = services.network_create(
            index=index,
            title=title,
            summary=summary,
            subjects=subjects,
            grade_bands=bands,
            schools=schools,
            publish=not draft,
        )
        for user in leaders:
            services.network_add_member(network=network, user=user, leader=True)
        for user in members:
            services.network_add_member(network=network, user=user)
        self.stdout.write(
            self.style.SUCCESS(
                f"Opprettet «{network.title}» ({network.url_path.removeprefix('/home')}) med gruppene "
                f"«{network.members_group.name}» og «{network.leaders_group.name}» "
                f"og mappen «{network.collection.name}»."
            )
        )

    def _school(self, value: str) -> School:
        """A school by name, or by «Navn (Kommune)» when two municipalities have one of that name."""
        name, _, municipality = value.removesuffix(")").partition(" (")
        matches = School.objects.filter(name=name.strip())
        if municipality:
            matches = matches.filter(municipality__name=municipality.strip())
        found = list(matches.select_related("municipality")[:2])
        if not found:
            raise CommandError(f"Ukjent skole: {value}")
        if len(found) > 1:
            raise CommandError(f"Flere skoler heter «{name}». Skriv f.eks. «{found[0]}».")
        return found[0]

    def _lookup(self, model, field, values, label):
        found = {getattr(obj, field): obj for obj in model.objects.filter(**{f"{field}__in": values})}
        missing = [value for value in values if value not in found]
        if missing:
            raise CommandError(f"Ukjent {label}: {', '.join(missing)}")
        return [found[value] for value in values]
