"""The shapes of the demo resources, as portal/demo_data.py reads them from demo/ressurser/.

The content itself is in data files (one Markdown file per resource) so that an editor can read
and correct it without reading the builder. Survey areas and pillars are named by their slugs
from resources/migrations/0002.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Worksheet:
    """A one-page printable PDF and the same sheet as an editable ODT (portal/demo_documents.py).
    Lines are the actual tasks; long lines are wrapped by the builder, a line in capitals is a
    subheading, and a line "[pizza: 4, 8]" draws a row of pizzas divided into 4 and 8 equal parts."""

    title: str
    lines: list[str]
    description: str = ""


@dataclass(frozen=True)
class DataFile:
    """A real file for a learning material: kind is pdf, csv, txt or png (a poster)."""

    kind: str
    filename: str
    title: str
    lines: list = field(default_factory=list)  # pdf/txt/png: strings; csv: rows
    description: str = ""


@dataclass(frozen=True)
class Ref:
    authors: str
    year: int
    title: str
    source: str = ""
    doi: str = ""
    url: str = ""


@dataclass(frozen=True)
class Common:
    slug: str
    title: str
    summary: str
    subjects: list[str]
    grades: list[int]
    survey_areas: list[str]
    pillars: list[str]
    tags: list[str]
    author: str
    school: str
    licence: str = "cc-by-sa-4.0"
    related: list[str] = field(default_factory=list)
    image_alt: str = ""  # a listing image is generated when set


@dataclass(frozen=True)
class Lesson(Common):
    duration: int = 45
    goals: list[str] = field(default_factory=list)
    aims: list[tuple[str, str]] = field(default_factory=list)
    vocabulary: list[tuple[str, str]] = field(default_factory=list)
    equipment: list[str] = field(default_factory=list)
    preparation: str = ""
    # (title, minutes, organisation, text); organisation: helklasse, grupper, par, individuelt
    steps: list[tuple[str, int, str, str]] = field(default_factory=list)
    support: str = ""
    challenge: str = ""
    multilingual: str = ""
    misconceptions: list[tuple[str, str]] = field(default_factory=list)
    assessment: str = ""
    worksheet: Worksheet | None = None
    step_image: tuple[int, str] | None = None  # (index of step, alt text): an illustration in that step
    submitted_by: str = ""  # a username: the lesson plan is not published but waits for the editors


@dataclass(frozen=True)
class Material(Common):
    material_format: str = "oppgaveark"
    file: DataFile | None = None
    external_url: str = ""
    description: str = ""
    usage_tips: str = ""


@dataclass(frozen=True)
class Research(Common):
    question: str = ""
    impact: int = 2  # 0 none, 1 low, 2 moderate, 3 high
    impact_months: int | None = None
    evidence: int = 3  # 1 very limited … 5 very strong
    cost: int = 1  # 1 very low … 5 very high
    findings: list[tuple[str, str]] = field(default_factory=list)
    practice: str = ""
    body: str = ""
    references: list[Ref] = field(default_factory=list)
