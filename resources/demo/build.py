"""Builds the demo resources (read from demo/ressurser/ by portal/demo_data.py) with the runtime helpers in
portal/demo_support.py and resources/demo_support.py (no factory_boy: `load_demo` runs
with only requirements.txt installed).

Idempotent: a resource is identified by its slug under the resource index; one
that exists already is left alone, and so are its files. Everything a run
creates is made in one transaction: first the pages (with taxonomy, files and
images), then the links between them, then one published revision each.
"""

import io
import random
import re
import textwrap
from collections import Counter
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.utils.file import hash_filelike

from portal.demo_data import DemoDataError, rich, stream
from portal.demo_documents import PIZZA_LINES, pizzas_in
from portal.demo_support import (
    PALETTE,
    create_document,
    create_image,
    make_csv,
    make_fraction_strips_pdf,
    make_odt,
    make_pdf,
    make_poster_png,
    make_txt,
)
from resources.demo.common import DataFile, Lesson, Material, Research, Worksheet
from resources.demo_support import create_resource_page, resource_index
from resources.models import (
    Grade,
    ImprovementPillar,
    LearningMaterialPage,
    LessonPlanPage,
    ResearchSummaryPage,
    ResourcePage,
    Subject,
    SurveyArea,
)

_ORDERED = re.compile(r"^\d+\.\s")

PDF_LINE_WIDTH = 60  # characters that surely fit on a line of make_pdf's A4 page (12 pt DejaVu Sans)
PDF_MAX_LINES = 30  # lines that fit below the title (34 do; a "[pizza: …]" row counts as PIZZA_LINES)
STRIPS_LINES = 15  # lines taken by the fraction strips of make_fraction_strips_pdf
MAX_AGE_DAYS = 545  # first publication is spread over the last 18 months


# --- Worksheets -------------------------------------------------------------


def pdf_lines(lines: list[str]) -> list[str]:
    wrapped: list[str] = []
    for line in lines:
        if not line.strip():
            wrapped.append("")
            continue
        leading = line[: len(line) - len(line.lstrip())]
        indent = leading + ("   " if _ORDERED.match(line.lstrip()) or line.lstrip().startswith("-") else "")
        wrapped.extend(
            textwrap.wrap(line.strip(), width=PDF_LINE_WIDTH, initial_indent=leading, subsequent_indent=indent)
        )
    return wrapped


def page_lines(lines: list[str]) -> int:
    """How many lines of the page `lines` take, drawings included."""
    return sum(PIZZA_LINES if pizzas_in(line) is not None else 1 for line in pdf_lines(lines))


def language(item) -> str:
    """The language of an item's files: English for English lessons, else Norwegian bokmål."""
    return "en" if list(item.subjects) == ["engelsk"] else "nb"


# --- Checking the content before anything is written ------------------------


def check_files(items) -> None:
    """What only the builder can tell: does each worksheet and PDF fit on its one page?"""
    problems = []
    for item in items:
        where = getattr(item, "source", None)
        sheet = getattr(item, "worksheet", None)
        if sheet and page_lines(sheet.lines) > PDF_MAX_LINES:
            problems.append(
                f"{where.at('worksheet', 'lines') if where else item.slug}: oppgavearket får ikke plass på én side"
            )
        data_file = getattr(item, "file", None)
        if data_file and data_file.kind in {"pdf", "strips"}:
            room = PDF_MAX_LINES - (STRIPS_LINES if data_file.kind == "strips" else 0)
            if page_lines(data_file.lines) > room:
                problems.append(
                    f"{where.at('file', 'lines') if where else item.slug}: PDF-en får ikke plass på én side"
                )
    if problems:
        raise DemoDataError(problems)


# --- Files and images --------------------------------------------------------


def _document(*, title: str, filename: str, data: bytes, description: str, rights_holder: str):
    return create_document(
        title=title,
        file=ContentFile(data, name=filename),
        description=description,
        rights_holder=rights_holder,
        file_size=len(data),
        file_hash=hash_filelike(io.BytesIO(data)),
    )


EDITABLE_SUFFIX = " (redigerbar)"  # the editable worksheet's title: the PDF's title and this


def worksheet_document(sheet: Worksheet, *, slug: str, rights_holder: str, language: str = "nb"):
    """The worksheet to print: a PDF with a text layer."""
    metadata = {"subject": sheet.description, "author": rights_holder, "language": language}
    data = make_pdf(title=sheet.title, lines=pdf_lines(sheet.lines), **metadata)
    return _document(
        title=sheet.title, filename=f"{slug}.pdf", data=data, description=sheet.description, rights_holder=rights_holder
    )


def editable_worksheet_document(sheet: Worksheet, *, slug: str, rights_holder: str, language: str = "nb"):
    """The same worksheet as an ODT that a teacher can change (LibreOffice, Word, Google Docs)."""
    metadata = {"subject": sheet.description, "author": rights_holder, "language": language}
    data = make_odt(title=sheet.title, lines=sheet.lines, **metadata)
    description = (
        "Oppgavearket som tekstdokument (ODT) som du kan endre – åpnes i LibreOffice, Word og Google Dokumenter."
    )
    return _document(
        title=sheet.title + EDITABLE_SUFFIX,
        filename=f"{slug}.odt",
        data=data,
        description=description,
        rights_holder=rights_holder,
    )


def material_document(spec: DataFile, *, colour: str, rights_holder: str, language: str = "nb"):
    metadata = {"subject": spec.description, "author": rights_holder, "language": language}
    if spec.kind == "pdf":
        data = make_pdf(title=spec.title, lines=pdf_lines(spec.lines), **metadata)
    elif spec.kind == "csv":
        data = make_csv(rows=spec.lines)
    elif spec.kind == "txt":
        data = make_txt(lines=spec.lines)
    elif spec.kind == "strips":
        data = make_fraction_strips_pdf(
            title=spec.title, denominators=[2, 3, 4, 6, 8], lines=pdf_lines(spec.lines), **metadata
        )
    elif spec.kind == "png":
        data = make_poster_png(title=spec.title, lines=spec.lines, colour=colour)
    else:
        raise DemoDataError([f"{spec.filename}: unknown file kind {spec.kind}"])
    return _document(
        title=spec.title, filename=spec.filename, data=data, description=spec.description, rights_holder=rights_holder
    )


def illustration(*, title: str, alt: str):
    return create_image(title=title[:60], description=alt)


# --- Pages -------------------------------------------------------------------


class Taxonomy:
    def __init__(self):
        self.subjects = {s.slug: s for s in Subject.objects.all()}
        self.grades = {g.number: g for g in Grade.objects.all()}
        self.areas = {a.slug: a for a in SurveyArea.objects.all()}
        self.pillars = {p.slug: p for p in ImprovementPillar.objects.all()}

    def relations(self, item) -> dict:
        return {
            "subjects": [self.subjects[s] for s in item.subjects],
            "grades": [self.grades[g] for g in item.grades],
            "survey_areas": [self.areas[a] for a in item.survey_areas],
            "pillars": [self.pillars[p] for p in item.pillars],
            "tags": list(item.tags),
        }


def common_fields(item, *, index, taxonomy: "Taxonomy", published_at) -> dict:
    fields = {
        "parent": index,
        "publish": False,  # published once below, after the links between pages are set
        "title": item.title,
        "slug": item.slug,
        "summary": item.summary,
        "author_name": item.author,
        "school": item.school,
        "licence": item.licence,
        "first_published_at": published_at,
        **taxonomy.relations(item),
    }
    if item.image_alt:
        fields["listing_image"] = illustration(title=item.title, alt=item.image_alt)
    return fields


def lesson_fields(item: Lesson, files: Counter) -> dict:
    steps = []
    for number, (title, minutes, organisation, text) in enumerate(item.steps):
        # An empty ImageBlock as the admin saves it. A bare None only works while no step in the stream
        # has an image: ImageBlock.bulk_to_python fails on a mix of None and dicts (Wagtail 8.0).
        image = {"image": None, "alt_text": None, "decorative": None}
        if item.step_image and item.step_image[0] == number:
            picture = illustration(title=f"{item.title}: {title}", alt=item.step_image[1])
            files["images"] += 1
            image = {"image": picture.pk, "alt_text": item.step_image[1], "decorative": False}
        steps.append(
            {
                "type": "step",
                "value": {
                    "title": title,
                    "minutes": minutes,
                    "organisation": organisation,
                    "description": rich(text),
                    "image": image,
                },
            }
        )
    preparation = []
    if item.equipment:
        preparation.append({"type": "equipment", "value": list(item.equipment)})
    if item.preparation:
        preparation.append({"type": "paragraph", "value": rich(item.preparation)})
    differentiation = [
        {"type": "adaptation", "value": {"audience": audience, "text": rich(text)}}
        for audience, text in (("stotte", item.support), ("utfordring", item.challenge), ("sprak", item.multilingual))
        if text
    ]
    attachments = []
    if item.worksheet:
        owner = {"slug": item.slug, "rights_holder": item.school or item.author, "language": language(item)}
        printable = worksheet_document(item.worksheet, **owner)
        editable = editable_worksheet_document(item.worksheet, **owner)
        files["documents"] += 2
        attachments.append(
            {
                "type": "attachment",
                "value": {"document": printable.pk, "title": "", "description": item.worksheet.description},
            }
        )
        attachments.append(
            {"type": "attachment", "value": {"document": editable.pk, "title": "", "description": editable.description}}
        )
    return {
        "duration_minutes": item.duration,
        "learning_goals": [{"type": "goal", "value": goal} for goal in item.goals],
        "competence_aims": [{"type": "aim", "value": {"code": code, "text": text}} for code, text in item.aims],
        "key_vocabulary": [{"type": "term", "value": {"term": t, "definition": d}} for t, d in item.vocabulary],
        "preparation": preparation,
        "steps": steps,
        "differentiation": differentiation,
        "misconceptions": [
            {"type": "misconception", "value": {"misconception": m, "response": r}} for m, r in item.misconceptions
        ],
        "assessment": stream(item.assessment),
        "attachments": attachments,
    }


def _material_fields(item: Material, files: Counter, colour: str) -> dict:
    fields = {
        "material_format": item.material_format,
        "external_url": item.external_url,
        "description": stream(item.description),
        "usage_tips": stream(item.usage_tips),
        "document": None,
    }
    if item.file:
        fields["document"] = material_document(
            item.file, colour=colour, rights_holder=item.school or item.author, language=language(item)
        )
        files["documents"] += 1
    return fields


def _reference(ref) -> dict:
    return {
        "type": "reference",
        "value": {
            "authors": ref.authors,
            "year": ref.year,
            "title": ref.title,
            "source": ref.source,
            "doi": ref.doi,
            "url": ref.url,
        },
    }


def _research_fields(item: Research) -> dict:
    return {
        "research_question": item.question,
        "impact": item.impact,
        "impact_months": item.impact_months,
        "evidence_strength": item.evidence,
        "cost": item.cost,
        "key_findings": [
            {"type": "finding", "value": {"finding": f, "explanation": rich(e) if e else ""}} for f, e in item.findings
        ],
        "practice": stream(item.practice),
        "body": stream(item.body),
        "references": [_reference(ref) for ref in item.references],
    }


MODELS = {Lesson: LessonPlanPage, Material: LearningMaterialPage, Research: ResearchSummaryPage}
KIND_NAMES = {Lesson: "lesson_plans", Material: "learning_materials", Research: "research_summaries"}


def _dates(items) -> dict:
    """Deterministic first and last publication dates, spread over the last 18 months."""
    rng = random.Random(20160816)  # noqa: S311 – demo dates, not security
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    dates = {}
    for item in items:
        age = rng.randint(2, MAX_AGE_DAYS)
        first = now - timedelta(days=age, hours=rng.randint(0, 9))
        last = first
        if rng.random() < 0.35:
            last = first + timedelta(days=rng.randint(1, max(1, min(age - 1, 120))))
        dates[item.slug] = (first, min(last, now))
    return dates


def _write(stdout, message: str) -> None:
    if stdout is not None:
        stdout.write(message)


def build_demo(items: list, *, stdout=None) -> dict:
    """Create the demo resources (`items`, from portal.demo_data.load) that do not exist yet.
    Returns counts of what was done."""
    check_files(items)
    report = Counter({f"{name}_created": 0 for name in KIND_NAMES.values()})
    report.update({"skipped": 0, "documents": 0, "images": 0})

    with transaction.atomic():
        index = resource_index(create=True)
        existing = set(ResourcePage.objects.child_of(index).values_list("slug", flat=True))
        taxonomy = Taxonomy()
        dates = _dates(items)
        created = []
        for number, item in enumerate(items):
            if item.slug in existing:
                report["skipped"] += 1
                continue
            fields = common_fields(item, index=index, taxonomy=taxonomy, published_at=dates[item.slug][0])
            if item.image_alt:
                report["images"] += 1
            if isinstance(item, Lesson):
                fields.update(lesson_fields(item, report))
            elif isinstance(item, Material):
                fields.update(_material_fields(item, report, PALETTE[number % len(PALETTE)]))
            else:
                fields.update(_research_fields(item))
            page = create_resource_page(MODELS[type(item)], **fields)
            created.append((item, page))
            report[f"{KIND_NAMES[type(item)]}_created"] += 1
            _write(stdout, f"  + {page.get_verbose_name()}: {page.title}")

        pages = {page.slug: page for page in ResourcePage.objects.child_of(index)}
        for item, page in created:
            if item.related:
                page.related_resources.set([pages[slug] for slug in item.related if slug in pages])
            page.full_clean()
            revision = page.save_revision()
            revision.publish()
            first, last = dates[item.slug]
            Page.objects.filter(pk=page.pk).update(
                first_published_at=first, last_published_at=last, latest_revision_created_at=last
            )
            Revision.objects.filter(pk=revision.pk).update(created_at=last)
            PageLogEntry.objects.filter(page=page).update(timestamp=last)
    return dict(report)
