"""Personal data is kept no longer than needed: registrations for events that ended more than
`--days` days ago (default EVENTS_REGISTRATION_RETENTION_DAYS, 90) are deleted, or with
`--anonymise` stripped of everything that names a person while role, school and status stay
for the statistics. Safe to run every night: a second run finds nothing left to do.

First, every run deletes the pending registrations (made without being logged in) whose time
to confirm the email address ran out, and gives the places they held to the waiting list.
`--holds-only` does just that, and can run often (every ten minutes or so), so that a waiting
list moves up even when nobody registers for the event in the meantime.

    python manage.py clean_registrations [--days 90] [--anonymise] [--dry-run] [--holds-only]
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from events import services
from events.models import Registration

ANONYMOUS_PREFIX = "anonymisert-"
ANONYMOUS_DOMAIN = "@invalid"
BATCH_SIZE = 500


def anonymous_email(registration: Registration) -> str:
    # Unique per registration, so the one-address-per-event constraint still holds; ".invalid" never delivers.
    return f"{ANONYMOUS_PREFIX}{registration.reference}{ANONYMOUS_DOMAIN}"


class Command(BaseCommand):
    help = "Sletter (eller anonymiserer) påmeldinger til arrangementer som sluttet for mer enn N dager siden."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Antall dager etter at arrangementet sluttet (standard: EVENTS_REGISTRATION_RETENTION_DAYS, 90).",
        )
        parser.add_argument(
            "--anonymise",
            action="store_true",
            help="Anonymiser i stedet for å slette: rolle, skole og status beholdes til statistikk.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Vis hva som ville skjedd, uten å endre noe.")
        parser.add_argument(
            "--holds-only",
            action="store_true",
            help="Bare slett ubekreftede påmeldinger der fristen for å bekrefte er ute (kan kjøres ofte).",
        )

    def handle(self, *args, days=None, anonymise=False, dry_run=False, holds_only=False, **options):
        self._release_expired_holds(dry_run=dry_run)
        if holds_only:
            return
        if days is None:
            days = getattr(settings, "EVENTS_REGISTRATION_RETENTION_DAYS", 90)
        if days < 0:
            raise CommandError("--days kan ikke være negativt.")
        cutoff = timezone.now() - timedelta(days=days)
        registrations = Registration.objects.filter(event__end__lt=cutoff)
        if anonymise:
            registrations = registrations.exclude(email__startswith=ANONYMOUS_PREFIX, email__endswith=ANONYMOUS_DOMAIN)
        count = registrations.count()
        events = registrations.values("event_id").distinct().count()
        cutoff_text = date_format(timezone.localtime(cutoff), "j. F Y")
        verb = "anonymisert" if anonymise else "slettet"
        scope = f"{count} påmeldinger til {events} arrangementer som sluttet før {cutoff_text}"

        if dry_run:
            self.stdout.write(f"Prøvekjøring: {scope} ville blitt {verb}. Ingenting er endret.")
            return
        if not count:
            infinitive = "anonymisere" if anonymise else "slette"
            self.stdout.write(f"Ingen påmeldinger å {infinitive} til arrangementer som sluttet før {cutoff_text}.")
            return
        with transaction.atomic():
            if anonymise:
                changed = self._anonymise(registrations)
            else:
                changed, _by_model = registrations.delete()
        self.stdout.write(self.style.SUCCESS(f"{changed} påmeldinger til {events} arrangementer er {verb}."))

    def _release_expired_holds(self, *, dry_run: bool) -> None:
        if dry_run:
            count = Registration.objects.filter(services.expired_pending()).count()
            if count:
                self.stdout.write(
                    f"Prøvekjøring: {count} ubekreftede påmeldinger der fristen for å bekrefte er ute, "
                    "ville blitt slettet."
                )
            return
        result = services.expired_holds_release()
        if not result.deleted:
            self.stdout.write("Ingen ubekreftede påmeldinger med utløpt frist.")
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.deleted} ubekreftede påmeldinger der fristen for å bekrefte var ute, er slettet "
                f"({result.events} arrangementer); {len(result.promoted)} fikk plass fra ventelisten."
            )
        )

    def _anonymise(self, registrations) -> int:
        changed = 0
        batch = []
        for registration in registrations.only("pk", "reference").order_by("pk").iterator(chunk_size=BATCH_SIZE):
            registration.name = ""
            registration.email = anonymous_email(registration)
            registration.workplace = ""
            registration.dietary_needs = ""
            registration.answers = []
            batch.append(registration)
            if len(batch) == BATCH_SIZE:
                changed += self._save(batch)
                batch = []
        return changed + self._save(batch)

    @staticmethod
    def _save(batch) -> int:
        if batch:
            Registration.objects.bulk_update(batch, ["name", "email", "workplace", "dietary_needs", "answers"])
        return len(batch)
