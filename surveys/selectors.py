"""Reads of survey results for the public page, the school page, the API and the staff overview.

Every figure passes through surveys/suppression.py before it leaves this module, so no page,
response or file can hold a suppressed value. Each function runs a fixed number of queries,
whatever the number of rounds, areas, grades and schools.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, DecimalField, ExpressionWrapper, F, Q, Sum
from django.utils.translation import gettext as _

from networks.models import School
from resources.models import RespondentGroup, SurveyArea
from surveys import suppression
from surveys.charts import Bar, BarGroup, bar_chart
from surveys.models import SchoolAnalysis, SurveyResult
from surveys.suppression import Figure, Result

ORGNR = re.compile(r"[0-9]{9}")
ROUND = re.compile(r"[0-9]{4}")


def school_for_orgnr(orgnr: str) -> School | None:
    """The school with this organisation number; None for anything that is not nine digits."""
    if not isinstance(orgnr, str) or not ORGNR.fullmatch(orgnr):
        return None
    return School.objects.select_related("municipality").filter(orgnr=orgnr).first()


def parse_round(value, rounds: list[int]) -> int | None:
    """The round the query string asks for, if it is one of `rounds`; None otherwise."""
    if not isinstance(value, str) or not ROUND.fullmatch(value.strip()):
        return None
    year = int(value)
    return year if year in rounds else None


def chosen_round(value, rounds: list[int]) -> int | None:
    """The asked-for round, or the latest one with data for anything else."""
    return parse_round(value, rounds) or (rounds[-1] if rounds else None)


def all_areas() -> list[SurveyArea]:
    return list(SurveyArea.objects.select_related("respondent_group"))


def _grouped(areas: list[SurveyArea]) -> list[tuple[RespondentGroup, list[SurveyArea]]]:
    groups: dict[int, tuple[RespondentGroup, list[SurveyArea]]] = {}
    for area in areas:
        groups.setdefault(area.respondent_group_id, (area.respondent_group, []))[1].append(area)
    return list(groups.values())


Key = tuple[int, int, int]  # (round, respondent group id, area id)


def aggregates(*, municipality_id: int | None = None) -> tuple[dict[Key, Figure], dict[Key, Figure]]:
    """Respondent-weighted means of the schools' whole-school results per (round, group, area) for
    the county and, when given, one municipality – both from one grouped query – each suppressed
    below the minimum number of schools. The second dict is empty without a municipality."""
    weighted = ExpressionWrapper(
        F("mean") * F("respondents"), output_field=DecimalField(max_digits=14, decimal_places=2)
    )
    sums = {"weighted": Sum(weighted), "answers": Sum("respondents"), "schools": Count("school_id", distinct=True)}
    if municipality_id is not None:
        local = Q(school__municipality_id=municipality_id)
        sums |= {
            "m_weighted": Sum(weighted, filter=local),
            "m_answers": Sum("respondents", filter=local),
            "m_schools": Count("school_id", distinct=True, filter=local),
        }
    rows = (
        SurveyResult.objects.filter(grade__isnull=True, respondents__gt=0)
        .values("round", "respondent_group_id", "area_id")
        .annotate(**sums)
        .order_by()
    )
    county, municipality = {}, {}
    for row in rows:
        key = (row["round"], row["respondent_group_id"], row["area_id"])
        county[key] = suppression.aggregate(
            weighted_sum=row["weighted"], respondents=row["answers"], schools=row["schools"]
        )
        if row.get("m_schools"):
            municipality[key] = suppression.aggregate(
                weighted_sum=row["m_weighted"], respondents=row["m_answers"], schools=row["m_schools"]
            )
    return county, municipality


def school_results(school: School) -> list[suppression.Shown]:
    """The school's results in every round, suppressed, ordered by round and grade."""
    rows = (
        SurveyResult.objects.filter(school=school)
        .order_by("round", "respondent_group_id", "area_id", F("grade").asc(nulls_first=True))
        .values_list("round", "respondent_group_id", "area_id", "grade", "mean", "respondents")
    )
    return suppression.suppress_school(Result(*row) for row in rows)


# Public page ---------------------------------------------------------------------------------


@dataclass
class PublicArea:
    area: SurveyArea
    figures: list[Figure | None]  # one per round of PublicOverview.rounds


@dataclass
class PublicGroup:
    group: RespondentGroup
    areas: list[PublicArea]
    chart: str = ""

    @property
    def has_results(self) -> bool:
        return bool(self.chart)


@dataclass
class PublicOverview:
    groups: list[PublicGroup]
    rounds: list[int]
    min_respondents: int
    min_schools: int

    @property
    def has_results(self) -> bool:
        return bool(self.rounds)

    @property
    def rounds_label(self) -> str:
        return join_words([str(r) for r in self.rounds])


def join_words(words: list[str]) -> str:
    """ "2016, 2018 og 2020" """
    if len(words) < 2:
        return "".join(words)
    return _("%(first)s og %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def public_overview() -> PublicOverview:
    """What the programme measures and the county's results per area and round. Never a school's."""
    areas = all_areas()
    county, _none = aggregates()
    rounds = sorted({key[0] for key in county})
    groups = []
    for group, group_areas in _grouped(areas):
        items = [PublicArea(area, [county.get((r, group.pk, area.pk)) for r in rounds]) for area in group_areas]
        chart = ""
        if any(f is not None for item in items for f in item.figures):
            chart = bar_chart(
                [
                    BarGroup(
                        item.area.name,
                        [
                            Bar(str(r), _value(f), series=i, note=_note(f))
                            for i, (r, f) in enumerate(zip(rounds, item.figures, strict=True))
                        ],
                    )
                    for item in items
                ],
                chart_id=f"chart-{group.slug}",
                title=_("Fylkets resultater for %(group)s") % {"group": group.name},
                description=_(
                    "Stolpediagram med snittet i fylket for hvert område og hver runde, på en skala fra 1 til 5. "
                    "Tallene står også i tabellen."
                ),
            )
        groups.append(PublicGroup(group, items, chart))
    return PublicOverview(
        groups=groups,
        rounds=rounds,
        min_respondents=suppression.min_respondents(),
        min_schools=suppression.min_schools(),
    )


def _value(figure: Figure | None) -> Decimal | None:
    return figure.mean if figure is not None and figure.shown else None


def _note(figure: Figure | None) -> str:
    if figure is None:
        return _("ingen tall")
    return _("for få svar") if figure.suppressed else ""


# The school page -----------------------------------------------------------------------------


@dataclass
class Comparison:
    round: int
    school: Figure | None
    municipality: Figure | None
    county: Figure | None

    @property
    def difference(self) -> Decimal | None:
        """The school's mean minus the county's, when both are shown."""
        if self.school and self.school.shown and self.county and self.county.shown:
            return self.school.mean - self.county.mean
        return None


@dataclass
class AreaResult:
    area: SurveyArea
    history: list[Comparison]
    current: Comparison | None
    grades: list[tuple[int, Figure]]
    chart: str = ""
    analyses: list = field(default_factory=list)
    practice: object = None

    @property
    def below_county(self) -> bool:
        return self.current is not None and self.current.difference is not None and self.current.difference < 0


@dataclass
class GroupResult:
    group: RespondentGroup
    areas: list[AreaResult]


@dataclass
class SchoolPage:
    school: School
    rounds: list[int]
    round: int | None
    groups: list[GroupResult]
    min_respondents: int
    min_schools: int

    @property
    def has_results(self) -> bool:
        return bool(self.rounds)


def school_page(*, school: School, round_param=None, request=None) -> SchoolPage:
    from surveys.practice import practice_for_areas

    shown = school_results(school)
    rounds = sorted({row.round for row in shown})
    current_round = chosen_round(round_param, rounds)
    county, municipality = aggregates(municipality_id=school.municipality_id)
    whole: dict[tuple, Figure] = {}
    grades: dict[tuple, list[tuple[int, Figure]]] = defaultdict(list)
    for row in shown:
        if row.grade is None:
            whole[(row.round, row.group, row.area)] = row.figure
        elif row.round == current_round:
            grades[(row.group, row.area)].append((row.grade, row.figure))
    keys = {(row.group, row.area) for row in shown}

    areas = [area for area in all_areas() if (area.respondent_group_id, area.pk) in keys]
    practice = practice_for_areas(areas=areas, request=request)
    analyses: dict[int, list] = defaultdict(list)
    for analysis in SchoolAnalysis.objects.filter(school=school).order_by("-round", "-updated_at", "-pk"):
        analyses[analysis.area_id].append(analysis)

    groups = []
    for group, group_areas in _grouped(areas):
        items = []
        for area in group_areas:
            history = [
                Comparison(
                    r,
                    whole.get((r, group.pk, area.pk)),
                    municipality.get((r, group.pk, area.pk)),
                    county.get((r, group.pk, area.pk)),
                )
                for r in rounds
            ]
            current = next((c for c in history if c.round == current_round), None)
            items.append(
                AreaResult(
                    area=area,
                    history=history,
                    current=current,
                    grades=grades.get((group.pk, area.pk), []),
                    chart=_development_chart(area, history),
                    analyses=analyses.get(area.pk, []),
                    practice=practice.get(area.pk),
                )
            )
        groups.append(GroupResult(group, items))
    return SchoolPage(
        school=school,
        rounds=rounds,
        round=current_round,
        groups=groups,
        min_respondents=suppression.min_respondents(),
        min_schools=suppression.min_schools(),
    )


def _development_chart(area: SurveyArea, history: list[Comparison]) -> str:
    labels = (_("Skolen"), _("Kommunen"), _("Fylket"))
    return bar_chart(
        [
            BarGroup(
                str(c.round),
                [
                    Bar(label, _value(f), series=i, note=_note(f))
                    for i, (label, f) in enumerate(zip(labels, (c.school, c.municipality, c.county), strict=True))
                ],
            )
            for c in history
        ],
        chart_id=f"chart-{area.slug}",
        title=_("%(area)s: skolen, kommunen og fylket per runde") % {"area": area.name},
        description=_(
            "Stolpediagram med snittet for skolen, kommunen og fylket i hver runde, på en skala fra 1 til 5. "
            "Tallene står også i tabellen."
        ),
    )


# The API ---------------------------------------------------------------------------------------


def school_api_payload(*, school: School, round: int | None, shown: list[suppression.Shown] | None = None) -> dict:
    """The school's results for one round, suppressed: snitt and antall are null when skjermet.
    `shown` is school_results(school) when the caller has it already."""
    areas = {area.pk: area for area in all_areas()}
    if shown is None:
        shown = school_results(school)
    rows = [row for row in shown if row.round == round and row.area in areas]
    rows.sort(
        key=lambda r: (
            areas[r.area].respondent_group.sort_order,
            areas[r.area].respondent_group_id,
            areas[r.area].sort_order,
            areas[r.area].name,
            -1 if r.grade is None else r.grade,
        )
    )
    return {
        "skole": {"orgnr": school.orgnr, "navn": school.name},
        "runde": round,
        "resultater": [
            {
                "trinn": row.grade,
                "gruppe": areas[row.area].respondent_group.slug,
                "omrade": areas[row.area].slug,
                "snitt": None if row.figure.suppressed else float(row.figure.mean),
                "antall": None if row.figure.suppressed else row.figure.respondents,
                "skjermet": row.figure.suppressed,
            }
            for row in rows
        ],
    }
