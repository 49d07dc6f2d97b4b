"""Demo data for Kartlegging: the demo schools with organisation numbers (demo/kartlegging/skoler.yaml),
synthetic results for 2016, 2018 and 2020, a finished analysis (demo/kartlegging/analyser/*.md) and –
only where demo users are made – who leads, teaches at and owns which school.

The results are made up, and always the same: generated from a seeded random number generator,
school by school. Sizes follow the programme's figures (about 22 000 pupils in 126 schools, so
some 175 per school); a few tiny schools have grades with fewer answers than the suppression limit.
Means lie between about 2.8 and 4.6 and move a little from round to round; a school's weak areas
(`weak_areas`) lie well below the rest, and improve by 2020 where the school worked on them.

Runtime code: `load_demo` runs with requirements.txt only (no factory_boy). Idempotent: a school is
found by name and municipality (the networks demo makes some of them), results are made only for a
school that has none, an analysis only if the school has none of that title and round.
"""

import math
import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from networks.models import Municipality, School
from portal import page_cache
from portal.demo_data import DEMO_DIR, SLUG, Problems, load_users, read_markdown, read_yaml
from resources.models import Grade, ResourcePage, SurveyArea
from surveys.models import AnalysisMeasure, SchoolAnalysis, SchoolMembership, SchoolOwner, SchoolRole, SurveyResult

ROUNDS = (2016, 2018, 2020)
SEED = "kultur-for-laering-kartlegging"
ORGNR_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)

# Which grades answer for each respondent group; None: the whole school only.
GROUP_GRADES = {"elever-1-4": range(1, 5), "elever-5-10": range(5, 11)}
# Typical school-wide means in 2016 (1–5, higher is better), per area slug.
BASELINE = {
    "elever-1-4-trivsel": 4.40,
    "elever-1-4-atferd": 4.15,
    "elever-1-4-relasjon-til-laerer": 4.45,
    "elever-1-4-klassen-og-relasjon-til-medelever": 4.05,
    "elever-5-10-trivsel": 4.15,
    "elever-5-10-atferd": 4.20,
    "elever-5-10-relasjon-til-laerer": 3.95,
    "elever-5-10-klassen-og-relasjon-til-medelever": 3.90,
    "elever-5-10-undervisning": 3.70,
    "elever-5-10-forventning-om-mestring": 3.85,
    "kontaktlaerer-sosial-kompetanse": 3.80,
    "kontaktlaerer-motivasjon-og-arbeidsinnsats": 3.70,
    "kontaktlaerer-skolefaglige-prestasjoner": 3.55,
    "kontaktlaerer-fravaer": 4.30,
    "laerere-miljo-i-skolen": 3.95,
    "laerere-undervisningen": 3.85,
    "laerere-motivasjon-og-arbeidsinnsats": 4.05,
    "laerere-atferdsproblematikk": 3.50,
    "laerere-stotte-og-kontakt-med-elevene": 4.10,
    "laerere-laeringskultur-og-relasjon-mellom-elevene": 3.65,
    "foreldre-stotte-i-skolearbeidet": 4.00,
    "foreldre-informasjon-fra-og-samarbeid-med-skolen": 3.75,
    "foreldre-kontakt-mellom-foreldrene-i-klassen": 3.40,
    "skoleledere-pedagogisk-ledelse": 3.75,
    "skoleledere-skolekultur": 3.85,
}
WEAKNESS = (0.95, 0.55)  # how far below the rest a school's first and second weak area lie
LOW, HIGH = 2.8, 4.6  # school-wide means stay within this band


# --- The data files --------------------------------------------------------------------------


@dataclass
class DemoSchool:
    name: str
    municipality: str
    orgnr: str
    pupils_per_grade: dict[int, int]
    weak_areas: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    teachers: list[str] = field(default_factory=list)


@dataclass
class DemoMeasure:
    description: str
    resource: str = ""
    responsible: str = ""
    due: date | None = None


@dataclass
class DemoAnalysis:
    slug: str
    school: str
    area: str
    round: int
    grade: int | None
    title: str
    evaluated_round: int | None
    created_by: str
    measures: list[DemoMeasure]
    texts: dict[str, str]  # model field → text


@dataclass
class SurveyDemo:
    schools: list[DemoSchool]
    owners: list[tuple[str, str]]  # (username, municipality slug)
    analyses: list[DemoAnalysis]


ANALYSIS_SECTIONS = {
    "Beskrivelse": "description",
    "Annen kunnskap": "other_knowledge",
    "Skolenivå": "causes_school",
    "Klassenivå": "causes_class",
    "Elevnivå": "causes_pupil",
    "Evaluering": "evaluation",
}
SCHOOL_KEYS = {
    "name",
    "municipality",
    "orgnr",
    "grades",
    "pupils",
    "pupils_per_grade",
    "weak_areas",
    "leaders",
    "teachers",
}
ANALYSIS_KEYS = {"school", "area", "round", "grade", "title", "evaluated_round", "created_by", "measures"}
MEASURE_KEYS = {"description", "resource", "responsible", "due"}


def valid_orgnr(orgnr: str) -> bool:
    """Nine digits whose last is the modulus-11 check digit, as in Enhetsregisteret."""
    if len(orgnr) != 9 or not (orgnr.isascii() and orgnr.isdigit()):
        return False
    remainder = sum(int(d) * w for d, w in zip(orgnr[:8], ORGNR_WEIGHTS, strict=True)) % 11
    check = 0 if remainder == 0 else 11 - remainder
    return check != 10 and check == int(orgnr[8])


def _grade_range(source, where, value) -> list[int]:
    text = str(value)
    first, _, last = text.partition("-")
    if first.isascii() and last.isascii() and first.isdigit() and last.isdigit() and 1 <= int(first) <= int(last) <= 10:
        return list(range(int(first), int(last) + 1))
    source.error((*where[0], "grades"), f"«grades» skal være trinn som «1-7» eller «8-10», ikke «{value}»")
    return []


def _school(source, where, *, municipalities, areas, usernames) -> DemoSchool:
    data = where[1]
    for key in data:
        if key not in SCHOOL_KEYS:
            source.error((*where[0], key), f"ukjent felt «{key}» (kjente: {', '.join(sorted(SCHOOL_KEYS))})")
    municipality = source.text("municipality", where=where)
    if municipality and municipality not in municipalities:
        source.error((*where[0], "municipality"), f"ukjent kommune «{municipality}»")
    orgnr = source.text("orgnr", where=where)
    if orgnr and not valid_orgnr(orgnr):
        source.error(
            (*where[0], "orgnr"), f"«{orgnr}» er ikke et gyldig organisasjonsnummer (ni sifre, riktig kontrollsiffer)"
        )
    per_grade: dict[int, int] = {}
    if "pupils_per_grade" in data:
        raw = source.get("pupils_per_grade", dict, where=where, default={})
        for grade, count in raw.items():
            if not (isinstance(grade, int) and 1 <= grade <= 10 and isinstance(count, int) and count >= 0):
                source.error(
                    (*where[0], "pupils_per_grade"), f"«{grade}: {count}» skal være trinn (1–10): antall elever"
                )
            else:
                per_grade[grade] = count
    else:
        grades = _grade_range(source, where, source.get("grades", (str, int), where=where, default=""))
        pupils = source.get("pupils", int, where=where, default=0)
        if grades and pupils > 0:
            base, extra = divmod(pupils, len(grades))
            per_grade = {grade: base + (1 if n < extra else 0) for n, grade in enumerate(grades)}
        elif pupils <= 0:
            source.error((*where[0], "pupils"), "«pupils» skal være antall elever (et positivt tall)")
    return DemoSchool(
        name=source.text("name", where=where, max_length=150),
        municipality=municipality,
        orgnr=orgnr,
        pupils_per_grade=per_grade,
        weak_areas=source.slugs("weak_areas", areas, "kartleggingsområde", where=where),
        leaders=source.slugs("leaders", usernames, "demobruker (demo/brukere.yaml)", where=where),
        teachers=source.slugs("teachers", usernames, "demobruker (demo/brukere.yaml)", where=where),
    )


def _due(source, where, value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        source.error((*where[0], "due"), f"«{value}» er ikke en dato (ÅÅÅÅ-MM-DD)")
        return None


def _analysis(source, slug: str, *, schools: set[str], areas: set[str], usernames: set[str], resources: set[str]):
    source.unknown_keys(ANALYSIS_KEYS)
    school = source.text("school")
    if school and school not in schools:
        source.error("school", f"skolen «{school}» finnes ikke i demo/kartlegging/skoler.yaml")
    area = source.text("area")
    if area and area not in areas:
        source.error("area", f"ukjent kartleggingsområde «{area}»")
    round_ = source.get("round", int, default=ROUNDS[0])
    evaluated = source.get("evaluated_round", int, required=False)
    for key, value in (("round", round_), ("evaluated_round", evaluated)):
        if value is not None and value not in ROUNDS:
            source.error(key, f"«{key}» skal være en av rundene {', '.join(map(str, ROUNDS))}")
    grade = source.get("grade", int, required=False)
    if grade is not None and not 1 <= grade <= 10:
        source.error("grade", "«grade» skal være et trinn fra 1 til 10, eller stå tomt for hele skolen")
    created_by = source.text("created_by", required=False)
    if created_by and created_by not in usernames:
        source.error("created_by", f"brukeren «{created_by}» finnes ikke i demo/brukere.yaml")
    measures = []
    for where in source.items("measures"):
        for key in where[1]:
            if key not in MEASURE_KEYS:
                source.error((*where[0], key), f"ukjent felt «{key}» (kjente: {', '.join(sorted(MEASURE_KEYS))})")
        resource = source.text("resource", required=False, where=where)
        if resource and resource not in resources:
            source.error((*where[0], "resource"), f"ressursen «{resource}» finnes ikke under demo/ressurser/")
        due = where[1].get("due")
        measures.append(
            DemoMeasure(
                description=source.text("description", where=where),
                resource=resource,
                responsible=source.text("responsible", required=False, where=where, max_length=200),
                due=_due(source, where, due) if due else None,
            )
        )
    sections = source.sections(dict.fromkeys(ANALYSIS_SECTIONS, False))
    return DemoAnalysis(
        slug=slug,
        school=school,
        area=area,
        round=round_,
        grade=grade,
        title=source.text("title", max_length=200),
        evaluated_round=evaluated,
        created_by=created_by,
        measures=measures,
        texts={ANALYSIS_SECTIONS[title]: section.text for title, section in sections.items()},
    )


def load(root: Path | None = None) -> SurveyDemo:
    """demo/kartlegging/, checked against the database's municipalities and survey areas, the demo
    users and the demo resources; raises DemoDataError listing every mistake with file and line."""
    root = Path(root or DEMO_DIR)
    folder = root / "kartlegging"
    problems = Problems()
    municipalities = set(Municipality.objects.values_list("slug", flat=True))
    areas = set(SurveyArea.objects.values_list("slug", flat=True))
    usernames = {user.username for user in load_users(root)} if (root / "brukere.yaml").exists() else set()
    resources = {path.stem for path in (root / "ressurser").glob("*/*.md")}

    schools: list[DemoSchool] = []
    owners: list[tuple[str, str]] = []
    source = read_yaml(folder / "skoler.yaml", root, problems) if (folder / "skoler.yaml").exists() else None
    if source is not None:
        source.unknown_keys({"schools", "owners"})
        seen_names: dict[tuple[str, str], str] = {}
        seen_orgnr: dict[str, str] = {}
        for where in source.items("schools", required=True):
            school = _school(source, where, municipalities=municipalities, areas=areas, usernames=usernames)
            at = source.at(*where[0])
            for key, seen, label in (
                ((school.name, school.municipality), seen_names, "skolen"),
                (school.orgnr, seen_orgnr, "organisasjonsnummeret"),
            ):
                if key in seen:
                    problems.add(
                        at, f"{label} «{key if isinstance(key, str) else key[0]}» står to ganger ({seen[key]})"
                    )
                seen[key] = at
            schools.append(school)
        for where in source.items("owners"):
            username = source.text("username", where=where)
            municipality = source.text("municipality", where=where)
            if username and username not in usernames:
                source.error((*where[0], "username"), f"brukeren «{username}» finnes ikke i demo/brukere.yaml")
            if municipality and municipality not in municipalities:
                source.error((*where[0], "municipality"), f"ukjent kommune «{municipality}»")
            owners.append((username, municipality))

    analyses = []
    names = {school.name for school in schools}
    for path in sorted((folder / "analyser").glob("*.md")) if (folder / "analyser").is_dir() else []:
        markdown = read_markdown(path, root, problems)
        if markdown is None:
            continue
        if not SLUG.match(path.stem):
            problems.add(
                f"{markdown.path}:1", f"filnavnet «{path.stem}» skal være små bokstaver a–z, tall og bindestrek"
            )
        analyses.append(
            _analysis(markdown, path.stem, schools=names, areas=areas, usernames=usernames, resources=resources)
        )
    problems.raise_if_any()
    return SurveyDemo(schools=schools, owners=owners, analyses=analyses)


# --- Synthetic results ------------------------------------------------------------------------


def _respondents(rng: random.Random, pupils: int, rate: tuple[float, float]) -> int:
    return max(0, round(pupils * rng.uniform(*rate)))


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _mean(value: float) -> Decimal:
    return Decimal(f"{_clamp(value, 1.0, 5.0):.2f}")


def generate_results(school: School, spec: DemoSchool, areas: list[SurveyArea]) -> list[SurveyResult]:
    """Every result of one school for the three rounds: the whole school and, for the pupils'
    groups, each grade. The same school always gets the same figures."""
    rng = random.Random(f"{SEED}:{spec.orgnr}")  # noqa: S311 – made-up demo figures, not security
    school_effect = rng.gauss(0, 0.12)
    school_trend = rng.gauss(0.03, 0.03)
    area_effect = {area.slug: rng.gauss(0, 0.08) for area in areas}
    weakness = {slug: WEAKNESS[min(n, len(WEAKNESS) - 1)] for n, slug in enumerate(spec.weak_areas)}
    pupils = sum(spec.pupils_per_grade.values())
    teachers = max(2, round(pupils / 8.8))
    leaders = 1 + pupils // 90

    results = []
    for step, round_ in enumerate(ROUNDS):
        # The cohort in each grade changes a little from round to round.
        cohort = {grade: max(0, round(n * rng.uniform(0.92, 1.08))) for grade, n in spec.pupils_per_grade.items()}
        for area in areas:
            group = area.respondent_group.slug
            weak = weakness.get(area.slug, 0.0)
            if weak and round_ == ROUNDS[-1]:
                weak *= 0.4  # the school worked on it: clearly better by the last round
            expected = BASELINE.get(area.slug, 3.8) + school_effect + area_effect[area.slug]
            expected = _clamp(expected + step * (0.03 + school_trend) - weak, LOW + 0.1, HIGH - 0.1)
            kwargs = {"round": round_, "school": school, "area": area, "respondent_group_id": area.respondent_group_id}
            if group in GROUP_GRADES:
                rows = []
                for grade in GROUP_GRADES[group]:
                    count = _respondents(rng, cohort.get(grade, 0), (0.86, 0.97))
                    if count == 0:
                        continue
                    # Older pupils answer a little lower; small grades scatter more.
                    drift = -0.035 * (grade - GROUP_GRADES[group][0])
                    noise = rng.gauss(0, 0.35 / math.sqrt(count))
                    rows.append((grade, count, _clamp(expected + drift + noise, 1.5, 5.0)))
                if not rows:
                    continue
                total = sum(count for _grade, count, _value in rows)
                whole = sum(count * value for _grade, count, value in rows) / total
                results.append(
                    SurveyResult(grade=None, mean=_mean(_clamp(whole, LOW, HIGH)), respondents=total, **kwargs)
                )
                results += [SurveyResult(grade=g, mean=_mean(v), respondents=c, **kwargs) for g, c, v in rows]
                continue
            if group == "kontaktlaerer":
                count = _respondents(rng, sum(cohort.values()), (0.88, 0.98))  # one assessment per pupil
            elif group == "laerere":
                count = _respondents(rng, teachers, (0.75, 0.95))
            elif group == "foreldre":
                count = _respondents(rng, sum(cohort.values()), (0.35, 0.6))
            else:
                count = leaders
            if count:
                value = expected + rng.gauss(0, 0.25 / math.sqrt(count))
                results.append(
                    SurveyResult(grade=None, mean=_mean(_clamp(value, LOW, HIGH)), respondents=count, **kwargs)
                )
    return results


# --- Building -------------------------------------------------------------------------------------


def _school_for(spec: DemoSchool, municipalities: dict, grades: dict) -> tuple[School, bool]:
    """The school of that name in the municipality (made if missing), with its orgnr."""
    school, created = School.objects.get_or_create(name=spec.name, municipality=municipalities[spec.municipality])
    # A school that has a number keeps it; a number another school has is not taken from it.
    if not school.orgnr and not School.objects.filter(orgnr=spec.orgnr).exists():
        school.orgnr = spec.orgnr
        school.save(update_fields=["orgnr"])
    if created or not school.grades.exists():
        school.grades.set([grades[n] for n in spec.pupils_per_grade if n in grades])
    return school, created


def _analysis_build(spec: DemoAnalysis, schools: dict, users: dict) -> bool:
    school = schools.get(spec.school)
    if school is None or SchoolAnalysis.objects.filter(school=school, round=spec.round, title=spec.title).exists():
        return False
    resources = {
        page.slug: page
        for page in ResourcePage.objects.live()
        .public()
        .filter(slug__in=[m.resource for m in spec.measures if m.resource])
    }
    analysis = SchoolAnalysis.objects.create(
        school=school,
        round=spec.round,
        area=SurveyArea.objects.get(slug=spec.area),
        grade=spec.grade,
        title=spec.title,
        evaluated_round=spec.evaluated_round,
        created_by=users.get(spec.created_by),
        step=SchoolAnalysis.Step.EVALUATE,
        **spec.texts,
    )
    AnalysisMeasure.objects.bulk_create(
        AnalysisMeasure(
            analysis=analysis,
            description=measure.description,
            resource=resources.get(measure.resource),
            responsible=measure.responsible,
            due_date=measure.due,
            sort_order=number,
        )
        for number, measure in enumerate(spec.measures, start=1)
    )
    return True


@transaction.atomic
def build_survey_demo(data: SurveyDemo | None = None, *, with_users: bool = False) -> dict:
    """Schools, results and analyses; the demo users' memberships and school owners only with
    `with_users` (those users are made by the networks demo from demo/brukere.yaml)."""
    data = data or load()
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    grades = {g.number: g for g in Grade.objects.all()}
    # In slug order, so that the random numbers are drawn in the same order on every database.
    areas = list(SurveyArea.objects.select_related("respondent_group").order_by("slug"))

    schools, created, with_results, rows = {}, 0, 0, []
    for spec in data.schools:
        school, made = _school_for(spec, municipalities, grades)
        created += made
        schools[spec.name] = school
        if school.orgnr == spec.orgnr and not SurveyResult.objects.filter(school=school).exists():
            rows += generate_results(school, spec, areas)
            with_results += 1
    SurveyResult.objects.bulk_create(rows, batch_size=2000)

    users = {}
    memberships = owners = 0
    if with_users:
        wanted = {name for spec in data.schools for name in spec.leaders + spec.teachers}
        wanted |= {username for username, _m in data.owners} | {a.created_by for a in data.analyses if a.created_by}
        users = {u.username: u for u in get_user_model().objects.filter(username__in=wanted)}
        for spec in data.schools:
            for role, names in ((SchoolRole.LEADER, spec.leaders), (SchoolRole.TEACHER, spec.teachers)):
                for username in names:
                    if username in users:
                        memberships += SchoolMembership.objects.get_or_create(
                            user=users[username], school=schools[spec.name], defaults={"role": role}
                        )[1]
        for username, municipality in data.owners:
            if username in users:
                owners += SchoolOwner.objects.get_or_create(
                    user=users[username], municipality=municipalities[municipality]
                )[1]
    analyses = sum(_analysis_build(spec, schools, users) for spec in data.analyses)
    if rows:
        page_cache.invalidate()  # bulk_create sends no signals
    return {
        "schools": len(data.schools),
        "schools_created": created,
        "schools_with_new_results": with_results,
        "results_created": len(rows),
        "analyses_created": analyses,
        "memberships_created": memberships,
        "owners_created": owners,
    }
