"""Checking every row of a survey file against the schools, groups and areas in the database,
loaded once. Each problem is reported with its line number; a file with any error gives no rows."""

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from networks.models import School
from resources.models import RespondentGroup, SurveyArea
from surveys.importing.reading import Table
from surveys.importing.report import VALIDATING, ImportReport, Progress

COLUMNS = ("runde", "orgnr", "trinn", "gruppe", "omrade", "snitt", "antall")
FIRST_ROUND = 2000
MIN_MEAN, MAX_MEAN = Decimal("1"), Decimal("5")
CENT = Decimal("0.01")
PROGRESS_EVERY = 2000
INTEGER = re.compile(r"^[+-]?\d+(?:[.,]0*)?$")
WHITESPACE = re.compile(r"\s+")

# Checked for every row: translated only when a value is missing.
MISSING = {
    "runde": gettext_lazy("Runde mangler."),
    "orgnr": gettext_lazy("Organisasjonsnummer mangler."),
    "gruppe": gettext_lazy("Respondentgruppe (gruppe) mangler."),
    "omrade": gettext_lazy("Kartleggingsområde (omrade) mangler."),
    "snitt": gettext_lazy("Snitt mangler."),
    "antall": gettext_lazy("Antall svar mangler."),
}


def _header_name(cell: str) -> str:
    name = cell.strip().strip("\ufeff").strip().lower()
    name = name.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    return unicodedata.normalize("NFKC", name)


def _columns(header: list[str], report: ImportReport) -> dict[str, int] | None:
    """Where each column is, or None (with the errors reported) if the header is wrong."""
    names = [_header_name(cell) for cell in header]
    while names and not names[-1]:
        names.pop()
    if not set(names) & set(COLUMNS):
        report.error(
            1,
            _("Første linje må være overskriften %(header)s. Er dette en fil med kartleggingsresultater?")
            % {"header": ";".join(COLUMNS)},
        )
        return None
    positions: dict[str, int] = {}
    for position, name in enumerate(names):
        if not name:
            continue  # an empty header cell
        if name in positions:
            report.error(1, _("Kolonnen «%(name)s» står to ganger i overskriften.") % {"name": name})
        elif name in COLUMNS:
            positions[name] = position
        else:
            report.error(1, _("Ukjent kolonne «%(name)s» i overskriften.") % {"name": _short(name)})
    for name in COLUMNS:
        if name not in positions:
            report.error(1, _("Mangler kolonnen «%(name)s» i overskriften.") % {"name": name})
    return positions if report.ok else None


def _short(value: str, length: int = 40) -> str:
    return value if len(value) <= length else value[: length - 1] + "…"


def _compact(value: str) -> str:
    """Without any whitespace: Excel's thousands separators are (non-breaking) spaces."""
    return WHITESPACE.sub("", value)


def _integer(value: str) -> int | None:
    if value.isascii() and value.isdigit():
        return int(value)
    value = _compact(value)
    if not INTEGER.match(value):
        return None
    return int(re.split(r"[.,]", value)[0])


@dataclass
class _Lookups:
    schools: dict[str, int]  # orgnr → school id
    groups: dict[str, int]  # slug → group id
    areas: dict[str, tuple[int, int]]  # slug → (area id, group id)
    group_slugs: dict[int, str]

    @classmethod
    def load(cls) -> "_Lookups":
        groups = dict(RespondentGroup.objects.values_list("slug", "pk"))
        return cls(
            schools=dict(School.objects.exclude(orgnr=None).values_list("orgnr", "pk")),
            groups=groups,
            areas={
                slug: (pk, group)
                for slug, pk, group in SurveyArea.objects.values_list("slug", "pk", "respondent_group")
            },
            group_slugs={pk: slug for slug, pk in groups.items()},
        )


# (round, school id, grade, area id) → (group id, mean, respondents, line)
Key = tuple[int, int, int | None, int]


class _RowChecker:
    def __init__(self, lookups: _Lookups, report: ImportReport, positions: dict[str, int], width: int):
        self.lookups = lookups
        self.report = report
        self.positions = positions
        self.width = width
        self.last_round = timezone.localdate().year + 1
        self.rows: dict[Key, tuple[int, Decimal, int, int]] = {}

    def check(self, line: int, cells: list[str]) -> None:
        if len(cells) > self.width and any(cell.strip() for cell in cells[self.width :]):
            used = max(position for position, cell in enumerate(cells) if cell.strip()) + 1
            self.report.error(
                line,
                _(
                    "Linjen har %(count)s kolonner, men overskriften har %(width)s. Er komma brukt både som "
                    "skilletegn og desimaltegn? Bruk semikolon som skilletegn, eller sett snittet i anførselstegn."
                )
                % {"count": used, "width": self.width},
            )
            return
        if len(cells) < self.width:
            self.report.error(
                line, _("Linjen har bare %(count)s av %(width)s kolonner.") % {"count": len(cells), "width": self.width}
            )
            return
        values = {name: cells[position].strip() for name, position in self.positions.items()}
        errors_before = self.report.error_count
        round_ = self._round(line, values["runde"])
        school = self._school(line, values["orgnr"])
        grade = self._grade(line, values["trinn"])
        group, area = self._group_and_area(line, values["gruppe"], values["omrade"])
        mean = self._mean(line, values["snitt"])
        respondents = self._respondents(line, values["antall"])
        if self.report.error_count > errors_before:
            return
        key = (round_, school, grade, area)
        if key in self.rows:
            self.report.error(
                line,
                _("Samme runde, skole, trinn og område står også på linje %(line)s.") % {"line": self.rows[key][3]},
            )
            return
        self.rows[key] = (group, mean, respondents, line)

    def _missing(self, line: int, value: str, message) -> bool:
        if not value:
            self.report.error(line, str(message))
            return True
        return False

    def _round(self, line, value):
        if self._missing(line, value, MISSING["runde"]):
            return None
        year = _integer(value)
        if year is None:
            self.report.error(line, _("Runden «%(value)s» er ikke et årstall.") % {"value": _short(value)})
        elif not FIRST_ROUND <= year <= self.last_round:
            self.report.error(
                line,
                _("Runden %(value)s er ikke et mulig år for en kartlegging (%(first)s–%(last)s).")
                % {"value": year, "first": FIRST_ROUND, "last": self.last_round},
            )
            return None
        return year

    def _school(self, line, value):
        if self._missing(line, value, MISSING["orgnr"]):
            return None
        orgnr = _compact(value)
        if not re.fullmatch(r"\d{9}", orgnr):
            self.report.error(
                line, _("Organisasjonsnummeret «%(value)s» har ikke ni sifre.") % {"value": _short(value)}
            )
            return None
        school = self.lookups.schools.get(orgnr)
        if school is None:
            self.report.error(line, _("Ingen skole har organisasjonsnummeret %(orgnr)s.") % {"orgnr": orgnr})
        return school

    def _grade(self, line, value):
        if not value:
            return None  # the whole school
        grade = _integer(value)
        if grade is None or not 1 <= grade <= 10:
            self.report.error(
                line,
                _("Trinnet «%(value)s» må være et helt tall fra 1 til 10, eller tomt for hele skolen.")
                % {"value": _short(value)},
            )
        return grade

    def _group_and_area(self, line, group_slug, area_slug):
        group = area = None
        if not self._missing(line, group_slug, MISSING["gruppe"]):
            group = self.lookups.groups.get(group_slug.lower())
            if group is None:
                self.report.error(line, _("Ukjent respondentgruppe «%(value)s».") % {"value": _short(group_slug)})
        if not self._missing(line, area_slug, MISSING["omrade"]):
            found = self.lookups.areas.get(area_slug.lower())
            if found is None:
                self.report.error(line, _("Ukjent kartleggingsområde «%(value)s».") % {"value": _short(area_slug)})
            else:
                area, area_group = found
                if group is not None and area_group != group:
                    self.report.error(
                        line,
                        _("Området «%(area)s» hører ikke til gruppen «%(group)s», men til «%(right)s».")
                        % {
                            "area": area_slug.lower(),
                            "group": group_slug.lower(),
                            "right": self.lookups.group_slugs.get(area_group, ""),
                        },
                    )
        return group, area

    def _mean(self, line, value):
        if self._missing(line, value, MISSING["snitt"]):
            return None
        try:
            mean = Decimal(_compact(value).replace(",", "."))
        except InvalidOperation:
            mean = None
        if mean is None or not mean.is_finite():
            self.report.error(line, _("Snittet «%(value)s» er ikke et tall.") % {"value": _short(value)})
            return None
        if not MIN_MEAN <= mean <= MAX_MEAN:
            self.report.error(line, _("Snittet %(value)s er utenfor skalaen 1,00–5,00.") % {"value": _short(value)})
            return None
        return mean.quantize(CENT, rounding=ROUND_HALF_UP)

    def _respondents(self, line, value):
        if self._missing(line, value, MISSING["antall"]):
            return None
        count = _integer(value)
        if count is None:
            self.report.error(line, _("Antall svar «%(value)s» er ikke et helt tall.") % {"value": _short(value)})
        elif count < 0:
            self.report.error(line, _("Antall svar kan ikke være negativt (%(value)s).") % {"value": count})
        return count


def check_rows(table: Table, report: ImportReport, progress: Progress) -> dict | None:
    """The file's valid rows by key, or None if any row (or the header) is wrong."""
    if not table:
        report.error(None, _("Filen er tom."))
        return None
    header_line, header = table[0]
    positions = _columns(header, report)
    if positions is None:
        return None
    width = max(positions.values()) + 1
    checker = _RowChecker(_Lookups.load(), report, positions, width)
    total = len(table) - 1
    for done, (line, cells) in enumerate(table[1:], start=1):
        if any(cell.strip() for cell in cells):  # blank lines (Excel leaves some at the end) are skipped
            report.rows += 1
            checker.check(line, cells)
        if done % PROGRESS_EVERY == 0:
            progress(VALIDATING, done, total)
    progress(VALIDATING, total, total)
    if report.ok and not report.rows:
        report.error(None, _("Filen har en overskrift, men ingen rader med resultater."))
    return checker.rows if report.ok else None
