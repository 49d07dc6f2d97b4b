"""Import survey results from a CSV or XLSX file (the format: surveys/importing.py and the README).

    python manage.py import_survey FILE [--dry-run] [--user BRUKERNAVN]

All or nothing: a file with any bad row saves nothing, and every error is listed with its line
number (the header is line 1); the command then exits with status 1. Re-importing a round
replaces that round's rows for the schools in the file. `--dry-run` shows what would be added,
changed and removed. A progress bar goes to stderr, the summary to stdout.
"""

import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from surveys import importing


class ProgressBar:
    """`Kontrollerer radene [#########-----------]  12000/34650`, redrawn on one line."""

    WIDTH = 30

    def __init__(self, stream, *, interactive: bool):
        self.stream = stream
        self.interactive = interactive
        self.phase = None
        self.shown = -1

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase != self.phase:
            self.finish()
            self.phase, self.shown = phase, -1
        share = done / total if total else 1
        # Redrawn at most 100 times per phase; one line per 10 % when stderr is not a terminal.
        step = int(share * (100 if self.interactive else 10))
        if step == self.shown:
            return
        self.shown = step
        filled = round(share * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        text = f"{importing.phase_label(phase):<20} [{bar}] {done:>7}/{total}"
        # Plain, not in the error colour Django gives stderr on a terminal.
        self.stream.write(
            f"\r{text}" if self.interactive else text, style_func=str, ending="" if self.interactive else "\n"
        )
        self.stream.flush()

    def finish(self) -> None:
        if self.phase is not None and self.interactive:
            self.stream.write("", style_func=str)
        self.phase = None


class Command(BaseCommand):
    help = "Importerer kartleggingsresultater fra en CSV- eller XLSX-fil (alt eller ingenting)."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="CSV- eller XLSX-fil med kolonnene runde;orgnr;trinn;gruppe;omrade;snitt;antall"
        )
        parser.add_argument("--dry-run", action="store_true", help="Vis hva som ville blitt endret, uten å lagre noe.")
        parser.add_argument("--user", help="Brukernavnet importen føres på (valgfritt).")

    def handle(self, *args, file, dry_run=False, user=None, **options):
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Kan ikke lese {file}: {error.strerror or error}") from error
        importer = None
        if user:
            importer = get_user_model().objects.filter(username=user).first()
            if importer is None:
                raise CommandError(f"Ingen bruker heter «{user}».")

        progress = None
        if options["verbosity"] > 0:
            progress = ProgressBar(self.stderr, interactive=sys.stderr.isatty())
        report = importing.survey_import(
            data=data, filename=path.name, dry_run=dry_run, user=importer, progress=progress
        )
        if progress:
            progress.finish()

        if not report.ok:
            for line in importing.errors_text(report):
                self.stderr.write(line)
            raise CommandError(f"{path.name} ble ikke importert: {report.error_count} feil. Ingenting er lagret.")
        for summary in report.rounds:
            self.stdout.write(
                f"Runde {summary.round}: {summary.schools} skoler, {summary.rows} rader – "
                f"{summary.added} nye, {summary.changed} endret, {summary.removed} fjernet, "
                f"{summary.unchanged} uendret."
            )
        totals = f"{report.added} nye, {report.changed} endret, {report.removed} fjernet"
        if dry_run:
            self.stdout.write(f"Prøvekjøring av {path.name}: {totals}. Ingenting er lagret.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Importert {path.name}: {totals}."))
