"""What an import found and did: the errors by line, and per round what was (or would be) added,
changed and removed. Plain data, so that the admin can keep it in the cache between requests."""

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext as _

MAX_LISTED_ERRORS = 200

# Progress phases, reported as (phase, done, total) while a file is imported.
READING, VALIDATING, SAVING = "reading", "validating", "saving"

Progress = Callable[[str, int, int], None]


def no_progress(phase: str, done: int, total: int) -> None:
    pass


def phase_label(phase: str) -> str:
    return {READING: _("Leser filen"), VALIDATING: _("Kontrollerer radene"), SAVING: _("Lagrer")}.get(phase, "")


@dataclass(frozen=True)
class RowError:
    line: int | None  # None: the file as a whole
    message: str


@dataclass
class RoundSummary:
    round: int
    schools: int = 0
    rows: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0


@dataclass
class ImportReport:
    filename: str
    dry_run: bool
    rows: int = 0
    schools: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    rounds: list[RoundSummary] = field(default_factory=list)
    saved: bool = False
    survey_import_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    @property
    def more_errors(self) -> int:
        """Errors found but not listed (beyond MAX_LISTED_ERRORS)."""
        return self.error_count - len(self.errors)

    @property
    def added(self) -> int:
        return sum(summary.added for summary in self.rounds)

    @property
    def changed(self) -> int:
        return sum(summary.changed for summary in self.rounds)

    @property
    def removed(self) -> int:
        return sum(summary.removed for summary in self.rounds)

    @property
    def unchanged(self) -> int:
        return sum(summary.unchanged for summary in self.rounds)

    def error(self, line: int | None, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_LISTED_ERRORS:
            self.errors.append(RowError(line, message))

    def as_dict(self) -> dict:
        """Plain data, for keeping the report in the cache between requests."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "ImportReport":
        data = dict(data)
        data["errors"] = [RowError(**error) for error in data.get("errors", [])]
        data["rounds"] = [RoundSummary(**summary) for summary in data.get("rounds", [])]
        return cls(**data)


def errors_text(report: ImportReport) -> Iterable[str]:
    """The errors as lines of text (for the command line)."""
    for error in report.errors:
        yield (
            (_("Linje %(line)s: %(message)s") % {"line": error.line, "message": error.message})
            if error.line
            else (error.message)
        )
    if report.more_errors:
        yield _("… og %(count)s feil til.") % {"count": report.more_errors}
