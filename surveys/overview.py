"""The programme staff's county overview: every school × the areas of one respondent group for
one round, sortable on the server (works without JavaScript) and exportable as CSV.

Whole-school figures only, each through the suppression rule (a suppressed cell is empty). Four
queries whatever the number of schools.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from networks.models import School
from surveys import suppression
from surveys.models import SurveyResult
from surveys.selectors import all_areas, chosen_round
from surveys.suppression import Figure

NAME_SORTS = ("skole", "kommune")
DEFAULT_SORT = "skole"
# Norwegian alphabetical order: … x y z æ ø å (Unicode puts å before æ).
_NORWEGIAN = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "é": "e", "ü": "y"})


def norwegian_key(text: str) -> str:
    return text.casefold().translate(_NORWEGIAN)


@dataclass
class Column:
    key: str
    label: str
    url: str
    sort: str | None  # "ascending", "descending" or None: the column's aria-sort


@dataclass
class Row:
    school: School
    cells: list[Figure | None]


@dataclass
class CountyOverview:
    rounds: list[int]
    round: int | None
    groups: list
    group: object
    areas: list
    columns: list[Column]
    rows: list[Row]
    county: list[Figure | None]
    sort: str
    descending: bool
    csv_url: str

    @property
    def has_results(self) -> bool:
        return bool(self.rows)

    @property
    def min_respondents(self) -> int:
        return suppression.min_respondents()


def _read_sort(value, keys: list[str]) -> tuple[str, bool]:
    value = value if isinstance(value, str) else ""
    descending = value.startswith("-")
    key = value[1:] if descending else value
    if key not in keys:
        return DEFAULT_SORT, False
    return key, descending


def county_overview(*, params) -> CountyOverview:
    rounds = list(SurveyResult.objects.order_by("round").values_list("round", flat=True).distinct())
    current = chosen_round(params.get("runde"), rounds)
    areas = all_areas()
    groups = list({area.respondent_group_id: area.respondent_group for area in areas}.values())
    by_slug = {group.slug: group for group in groups}
    group = by_slug.get(params.get("gruppe", ""))
    if group is None:
        # The first group with results in the round.
        with_results = set(
            SurveyResult.objects.filter(round=current)
            .order_by()
            .values_list("respondent_group_id", flat=True)
            .distinct()
        )
        group = next((g for g in groups if g.pk in with_results), groups[0] if groups else None)
    group_areas = [area for area in areas if group is not None and area.respondent_group_id == group.pk]
    keys = [*NAME_SORTS, *(area.slug for area in group_areas)]
    sort, descending = _read_sort(params.get("sort"), keys)

    results = (
        SurveyResult.objects.filter(round=current, respondent_group=group, grade__isnull=True)
        .select_related("school__municipality")
        .order_by("school_id")
    )
    schools: dict[int, School] = {}
    figures: dict[tuple[int, int], Figure] = {}
    raw: dict[int, list] = {area.pk: [] for area in group_areas}
    for result in results if group is not None and current is not None else []:
        schools[result.school_id] = result.school
        figures[(result.school_id, result.area_id)] = suppression.figure(result.mean, result.respondents)
        if result.area_id in raw:
            raw[result.area_id].append((result.school_id, result.mean, result.respondents))

    rows = [Row(school, [figures.get((school.pk, area.pk)) for area in group_areas]) for school in schools.values()]
    rows = _sorted(rows, sort=sort, descending=descending, areas=group_areas)
    county = [suppression.aggregate_results(raw[area.pk]) for area in group_areas]

    base = {"runde": current or "", "gruppe": group.slug if group else ""}
    columns = [
        _column("skole", _("Skole"), base, sort, descending),
        _column("kommune", _("Kommune"), base, sort, descending),
        *(_column(area.slug, area.name, base, sort, descending) for area in group_areas),
    ]
    return CountyOverview(
        rounds=rounds,
        round=current,
        groups=groups,
        group=group,
        areas=group_areas,
        columns=columns,
        rows=rows,
        county=county,
        sort=sort,
        descending=descending,
        csv_url="?" + urlencode({**base, "sort": ("-" if descending else "") + sort, "format": "csv"}),
    )


def _column(key: str, label: str, base: dict, sort: str, descending: bool) -> Column:
    current = key == sort
    # A click on the sorted column turns it round; another column starts ascending.
    next_sort = f"-{key}" if current and not descending else key
    state = ("descending" if descending else "ascending") if current else None
    return Column(key, label, "?" + urlencode({**base, "sort": next_sort}), state)


def _sorted(rows: list[Row], *, sort: str, descending: bool, areas: list) -> list[Row]:
    by_name = sorted(rows, key=lambda row: (norwegian_key(row.school.name), row.school.pk))
    if sort == "skole":
        return list(reversed(by_name)) if descending else by_name
    if sort == "kommune":
        return sorted(by_name, key=lambda row: norwegian_key(row.school.municipality.name), reverse=descending)
    index = [area.slug for area in areas].index(sort)
    shown = [row for row in by_name if row.cells[index] is not None and row.cells[index].shown]
    # Schools without a figure (none, or too few answers) come last whichever way the column turns.
    hidden = [row for row in by_name if row not in shown]
    return sorted(shown, key=lambda row: row.cells[index].mean, reverse=descending) + hidden


def _csv_mean(figure: Figure | None) -> str:
    if figure is None or not figure.shown:
        return ""
    return number_format(figure.mean, 2, use_l10n=True)


def _csv_text(text: str) -> str:
    # A cell starting with = + - @ would be run as a formula by a spreadsheet.
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_rows(overview: CountyOverview) -> list[list[str]]:
    header = [_("Skole"), _("Organisasjonsnummer"), _("Kommune"), *(_csv_text(area.name) for area in overview.areas)]
    rows = [header]
    for row in overview.rows:
        rows.append(
            [
                _csv_text(row.school.name),
                row.school.orgnr or "",
                _csv_text(row.school.municipality.name),
                *(_csv_mean(cell) for cell in row.cells),
            ]
        )
    rows.append([_("Fylket"), "", "", *(_csv_mean(cell) for cell in overview.county)])
    return rows


def csv_filename(overview: CountyOverview) -> str:
    group = overview.group.slug if overview.group else "ingen"
    return f"kartlegging-{overview.round or 'ingen'}-{group}.csv"
