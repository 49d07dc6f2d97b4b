"""Reads the demo content from the data files under demo/ and checks it before anything is built.

One Markdown file with YAML front matter per resource, network, meeting, material page, event and
news item; the small lists (users, speakers, participants, the home page) are one YAML file each.
Structured fields go in the front matter; text goes in the body, one `# Heading` per field (see
README, «Demoinnhold»). The slug of a page is its file name (a network's: its folder name), so a URL
cannot change by editing a title.

Every mistake is reported with its file and line, all at once:

    demo/ressurser/undervisningsopplegg/brok.md:7: ukjent fag «matte» (kjente: engelsk, …)

The text is a small Markdown subset (paragraphs, `- ` and `1. ` lists, **bold**, *italic*,
[links](https://…), in free text also `## ` headings, `[!Title] text` fact boxes and `> quote -- source`)
turned into Wagtail rich text and StreamField values by `rich` and `stream` below: a full Markdown
library would accept far more than the StreamField blocks can hold.

Runtime code: `load_demo` runs with requirements.txt only (PyYAML, no factory_boy).
"""

import re
from dataclasses import dataclass, field
from datetime import time
from decimal import Decimal, InvalidOperation
from html import escape
from pathlib import Path

import yaml

from resources.demo.common import DataFile, Lesson, Material, Ref, Research, Worksheet

DEMO_DIR = Path(__file__).resolve().parent.parent / "demo"

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ORGANISATIONS = {"helklasse", "grupper", "par", "individuelt"}
LICENCES = {
    "cc-by-4.0",
    "cc-by-sa-4.0",
    "cc-by-nc-4.0",
    "cc-by-nc-sa-4.0",
    "cc-by-nd-4.0",
    "cc0-1.0",
    "all-rights-reserved",
}
FILE_KINDS = {"pdf", "strips", "csv", "txt", "png"}
EVENT_KINDS = {"seminar", "konferanse", "webinar", "nettverkssamling"}
ROLES = {"laerer", "skoleleder", "gruppeleder", "skoleeier", "ppt", "annet"}
QUESTION_TYPES = {"singleline", "multiline", "dropdown", "radio", "checkboxes", "checkbox"}


class DemoDataError(ValueError):
    """One or more mistakes in the demo files, each «file:line: message»."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("Feil i demoinnholdet:\n  " + "\n  ".join(problems))


# --- Text to HTML and StreamField values --------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_ORDERED = re.compile(r"^\d+\.\s")


def _inline(text: str) -> str:
    html = escape(text, quote=False)
    html = _BOLD.sub(r"<b>\1</b>", html)
    html = _ITALIC.sub(r"<i>\1</i>", html)
    return _LINK.sub(lambda m: f'<a href="{escape(m.group(2))}">{m.group(1)}</a>', html)


def rich(text: str) -> str:
    """Text to Wagtail rich text: blank lines part paragraphs; "- " and "1. " lines make lists;
    **bold**, *italic* and [text](https://…) links inside."""
    html = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            html.append("<ul>" + "".join(f"<li>{_inline(line[2:])}</li>" for line in lines) + "</ul>")
        elif all(_ORDERED.match(line) for line in lines):
            html.append("<ol>" + "".join(f"<li>{_inline(_ORDERED.sub('', line))}</li>" for line in lines) + "</ol>")
        else:
            html.append(f"<p>{_inline(' '.join(lines))}</p>")
    return "".join(html)


def paragraphs(text: str) -> list[dict]:
    """Text to StreamField paragraph blocks, one per paragraph."""
    return [{"type": "paragraph", "value": rich(chunk)} for chunk in re.split(r"\n\s*\n", text.strip()) if chunk]


def stream(text: str) -> list[dict]:
    """Text to a BaseStreamBlock value: "## " starts a heading, "[!Title] text" is a fact box
    (callout), "> text -- source" a quote; other chunks are paragraphs."""
    if not text.strip():
        return []
    blocks: list[dict] = []
    paragraph: list[str] = []

    def flush():
        if paragraph:
            blocks.append({"type": "paragraph", "value": rich("\n\n".join(paragraph))})
            paragraph.clear()

    for chunk in re.split(r"\n\s*\n", text.strip()):
        chunk = chunk.strip()
        if chunk.startswith("## "):
            flush()
            blocks.append({"type": "heading", "value": chunk[3:].strip()})
        elif chunk.startswith("[!"):
            flush()
            title, _, body = chunk[2:].partition("]")
            blocks.append({"type": "callout", "value": {"title": title.strip(), "text": rich(body)}})
        elif chunk.startswith("> "):
            flush()
            quote, _, source = chunk[2:].partition(" -- ")
            blocks.append({"type": "quote", "value": {"text": quote.strip(), "source": source.strip()}})
        else:
            paragraph.append(chunk)
    flush()
    return blocks


# --- Reading files with their line numbers --------------------------------------------


class Problems:
    def __init__(self):
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            raise DemoDataError(self.items)


@dataclass
class Section:
    title: str
    line: int
    raw: str = ""  # the lines after the heading, as they are (for line numbers)

    @property
    def text(self) -> str:
        return self.raw.strip("\n")


@dataclass
class Source:
    """One data file: its YAML (front matter) with the line of every key and item, and its body."""

    path: str  # as shown in messages: relative to the project
    data: dict
    lines: dict  # key path tuple -> line number
    body: str = ""
    body_line: int = 0
    problems: Problems | None = None

    def at(self, *keys) -> str:
        """«file:line» of the deepest of `keys` the file has."""
        keys = tuple(keys)
        while keys and keys not in self.lines:
            keys = keys[:-1]
        return f"{self.path}:{self.lines.get(keys, 1)}"

    def error(self, keys, message: str) -> None:
        keys = keys if isinstance(keys, tuple) else (keys,)
        self.problems.add(self.at(*keys), message)

    # Typed reads: a wrong or missing value is reported and a harmless default returned.

    def get(self, key, kind, *, required=True, default=None, where=None):
        data = self.data if where is None else where[1]
        base = () if where is None else where[0]
        if not isinstance(data, dict) or key not in data or data[key] is None:
            if required:
                self.error(base or (key,), f"mangler «{key}»")
            return default
        value = data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            names = " eller ".join(_KIND_NAMES.get(k, k.__name__) for k in kinds)
            hint = ' (skriv klokkeslett i anførselstegn: "09:00")' if key in _TIME_KEYS else ""
            self.error((*base, key), f"«{key}» skal være {names}, ikke «{value}»{hint}")
            return default
        if isinstance(value, str) and required and not value.strip():
            self.error((*base, key), f"«{key}» er tom")
        return value

    def text(self, key, *, required=True, max_length=None, where=None) -> str:
        value = self.get(key, str, required=required, default="", where=where)
        if max_length and len(value) > max_length:
            base = () if where is None else where[0]
            self.error((*base, key), f"«{key}» er {len(value)} tegn, høyst {max_length}")
        return value

    def strings(self, key, *, required=False, where=None) -> list[str]:
        values = self.get(key, list, required=required, default=[], where=where)
        base = () if where is None else where[0]
        good = []
        for number, value in enumerate(values):
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                self.error((*base, key, number), f"«{key}»: «{value}» skal være tekst")
            else:
                good.append(str(value))
        return good

    def slugs(self, key, known, label: str, *, required=False, where=None) -> list[str]:
        values = self.strings(key, required=required, where=where)
        base = () if where is None else where[0]
        for number, value in enumerate(values):
            if value not in known:
                choices = ", ".join(sorted(known)[:8]) + (" …" if len(known) > 8 else "")
                self.error((*base, key, number), f"ukjent {label} «{value}» (kjente: {choices})")
        return [v for v in values if v in known]

    def items(self, key, *, required=False) -> list[tuple[tuple, dict]]:
        """A list of mappings, each with its key path for `where=`."""
        values = self.get(key, list, required=required, default=[])
        good = []
        for number, value in enumerate(values):
            if isinstance(value, dict):
                good.append(((key, number), value))
            else:
                self.error((key, number), f"«{key}»: hvert element skal ha feltnavn (navn: verdi)")
        return good

    def unknown_keys(self, allowed) -> None:
        for key in self.data:
            if key not in allowed:
                self.error((key,), f"ukjent felt «{key}» (kjente: {', '.join(sorted(allowed))})")

    def sections(self, allowed: dict[str, bool]) -> dict[str, Section]:
        """The body's `# Heading` sections; `allowed` maps each title to whether it is required."""
        found: dict[str, Section] = {}
        current = None
        lines = self.body.splitlines()
        for offset, line in enumerate(lines):
            number = self.body_line + offset
            if line.startswith("# "):
                title = line[2:].strip()
                if title not in allowed:
                    self.problems.add(
                        f"{self.path}:{number}", f"ukjent overskrift «{title}» (kjente: {', '.join(allowed)})"
                    )
                    current = Section(title, number)  # read, and left out
                    continue
                if title in found:
                    self.problems.add(f"{self.path}:{number}", f"overskriften «{title}» står to ganger")
                current = found[title] = Section(title, number)
            elif current is not None:
                current.raw += line + "\n"
            elif line.strip():
                self.problems.add(f"{self.path}:{number}", "tekst før første overskrift (begynn med «# Overskrift»)")
        for title, required in allowed.items():
            if required and title not in found:
                self.problems.add(f"{self.path}:{self.body_line or 1}", f"mangler avsnittet «# {title}»")
        return found


_KIND_NAMES = {str: "tekst", int: "et heltall", list: "en liste", dict: "feltnavn med verdier", bool: "ja/nei"}
_TIME_KEYS = {"start", "end", "time"}


def plain_resolvers(cls):
    """YAML 1.2-like plain scalars for `cls` (a loader or dumper): 10:30 is a time, not 630
    (YAML 1.1's base 60), and yes/no/on/off are words, not true/false."""
    cls.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in _NUMBER_TAGS]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    cls.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    cls.add_implicit_resolver(
        "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?(?:0|[1-9][0-9_]*))$"), list("-+0123456789")
    )
    cls.add_implicit_resolver(
        "tag:yaml.org,2002:float",
        re.compile(r"^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?)$"),
        list("-+0123456789."),
    )
    return cls


_NUMBER_TAGS = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}


@plain_resolvers
class _Loader(yaml.SafeLoader):
    pass


def _node_lines(node, first_line: int, keys=(), lines=None) -> dict:
    lines = {} if lines is None else lines
    lines.setdefault(keys, first_line + node.start_mark.line)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            path = (*keys, key.value)
            lines[path] = first_line + key.start_mark.line
            _node_lines(value, first_line, path, lines)
    elif isinstance(node, yaml.SequenceNode):
        for number, value in enumerate(node.value):
            path = (*keys, number)
            lines[path] = first_line + value.start_mark.line
            _node_lines(value, first_line, path, lines)
    return lines


def _parse_yaml(text: str, path: str, first_line: int, problems: Problems) -> tuple[object, dict]:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}, {}
        return loader.construct_document(node), _node_lines(node, first_line)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problems.add(f"{path}:{first_line + (mark.line if mark else 0)}", f"YAML-feil: {error.problem or error}")
        return None, {}
    finally:
        loader.dispose()


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def read_markdown(path: Path, root: Path, problems: Problems) -> Source | None:
    shown = _display(path, root)
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        problems.add(f"{shown}:1", "filen skal begynne med en linje «---» og feltene (front matter)")
        return None
    try:
        end = next(n for n in range(1, len(lines)) if lines[n].strip() == "---")
    except StopIteration:
        problems.add(f"{shown}:1", "fant ikke «---» som avslutter feltene øverst i filen")
        return None
    data, key_lines = _parse_yaml("\n".join(lines[1:end]), shown, 2, problems)
    if data is None:
        return None
    if not isinstance(data, dict):
        problems.add(f"{shown}:2", "feltene øverst skal være «navn: verdi»")
        return None
    body = "\n".join(lines[end + 1 :])
    return Source(shown, data, key_lines, body=body, body_line=end + 2, problems=problems)


def read_yaml(path: Path, root: Path, problems: Problems) -> Source | None:
    shown = _display(path, root)
    data, key_lines = _parse_yaml(path.read_text(encoding="utf-8"), shown, 1, problems)
    if data is None:
        return None
    return Source(shown, {"items": data} if isinstance(data, list) else data, _wrap(data, key_lines), problems=problems)


def _optional_yaml(path: Path, root: Path, problems: Problems) -> Source | None:
    return read_yaml(path, root, problems) if path.exists() else None


def _wrap(data, key_lines: dict) -> dict:
    """A top-level list is read as the field «items»."""
    if isinstance(data, list):
        return {("items", *keys): line for keys, line in key_lines.items()} | {(): 1}
    return key_lines


def _slug_of(path: Path, source: Source) -> str:
    slug = path.parent.name if path.name == "index.md" else path.stem
    if not SLUG.match(slug):
        source.problems.add(
            f"{source.path}:1", f"filnavnet «{slug}» er ikke en gyldig adresse (små bokstaver a–z, tall og bindestrek)"
        )
    return slug


def _list_items(source: Source, section: Section | None, field_name: str) -> list[str]:
    """A section that is a list: one "- " line per item."""
    if section is None:
        return []
    items = []
    for offset, line in enumerate(section.raw.splitlines(), start=1):
        if not line.strip():
            continue
        if not line.startswith("- "):
            source.problems.add(
                f"{source.path}:{section.line + offset}", f"«# {field_name}» skal være en liste med «- »"
            )
            continue
        items.append(line[2:].strip())
    return items


@dataclass
class Sub:
    title: str
    line: int
    text: str


def _subsections(source: Source, section: Section | None) -> list[Sub]:
    """A section of `## Title` items, each with its text."""
    if section is None:
        return []
    subs: list[Sub] = []
    for offset, line in enumerate(section.raw.splitlines(), start=1):
        if line.startswith("## "):
            subs.append(Sub(line[3:].strip(), section.line + offset, ""))
        elif subs:
            subs[-1].text += line + "\n"
        elif line.strip():
            source.problems.add(
                f"{source.path}:{section.line + offset}", f"tekst før første «## » i «# {section.title}»"
            )
    for sub in subs:
        sub.text = sub.text.strip("\n")
    return subs


# --- The taxonomy the content may use ----------------------------------------------


@dataclass
class Taxonomy:
    subjects: set[str]
    survey_areas: set[str]
    pillars: set[str]
    bands: set[str]
    municipalities: set[str]
    material_formats: set[str]
    groups: set[str] = field(default_factory=set)

    @classmethod
    def from_database(cls) -> "Taxonomy":
        from networks.models import Municipality
        from portal import roles
        from resources.models import GradeBand, ImprovementPillar, LearningMaterialPage, Subject, SurveyArea

        return cls(
            subjects=set(Subject.objects.values_list("slug", flat=True)),
            survey_areas=set(SurveyArea.objects.values_list("slug", flat=True)),
            pillars=set(ImprovementPillar.objects.values_list("slug", flat=True)),
            bands=set(GradeBand.objects.values_list("slug", flat=True)),
            municipalities=set(Municipality.objects.values_list("slug", flat=True)),
            material_formats={value for value, _label in LearningMaterialPage.Format.choices},
            groups={roles.EDITORS, roles.STAFF, roles.GROUP_LEADERS},
        )


# --- The content ----------------------------------------------------------------------


@dataclass
class DemoUser:
    username: str
    password: str
    first_name: str
    last_name: str
    role: str
    groups: list[str] = field(default_factory=list)


@dataclass
class Meeting:
    slug: str
    title: str
    days: int
    start: str
    end: str
    place: str
    summary: str
    agenda: list[tuple[str, str, str]]
    before_next: str
    handout: str


@dataclass
class NetworkMaterial:
    slug: str
    title: str
    summary: str
    text: str


@dataclass
class Network:
    slug: str
    title: str
    summary: str
    purpose: str
    subjects: list[str]
    bands: list[str]
    areas: list[str]
    schools: list[tuple[str, str]]  # (school, municipality slug)
    contact: tuple[str, str]
    leaders: list[str]
    members: list[str]
    meetings: list[Meeting]
    material: list[NetworkMaterial]


@dataclass
class Session:
    start: str
    end: str
    title: str
    speakers: list[str]
    room: str = ""
    day: int | None = None  # 1 = the first day of the event


@dataclass
class Event:
    slug: str
    title: str
    kind: str
    summary: str
    body: str
    days: int  # from the day the demo is loaded (moved off weekends)
    duration_days: int
    start: str
    end: str
    place: str = ""
    address: str = ""
    online_url: str = ""
    price: Decimal | None = None
    price_note: str = ""
    capacity: int | None = None
    registration_deadline: tuple[int, str] | None = None  # (days, "HH:MM")
    audience_roles: list[str] = field(default_factory=list)
    grade_bands: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    survey_areas: list[str] = field(default_factory=list)
    programme: list[Session] = field(default_factory=list)
    questions: list[tuple[str, str, list[str]]] = field(default_factory=list)
    registrations: list[str] = field(default_factory=list)  # e-mail addresses of participants


@dataclass
class Person:
    name: str
    email: str
    role: str


@dataclass
class Speaker:
    name: str
    title: str
    bio: str


@dataclass
class NewsItem:
    slug: str
    title: str
    days_ago: int
    summary: str
    body: str


@dataclass
class DemoData:
    resources: list  # Lesson | Material | Research, in the order they are built
    submitted: list[Lesson]  # lesson plans waiting for the editors
    home_intro: str
    featured: list[tuple[str, str]]  # (slug, blurb)
    users: list[DemoUser]
    networks: list[Network]
    speakers: list[Speaker]
    people: list[Person]
    events: list[Event]
    news: list[NewsItem]


# --- Resources ------------------------------------------------------------------------

COMMON_KEYS = {
    "title",
    "summary",
    "subjects",
    "grades",
    "survey_areas",
    "pillars",
    "tags",
    "author",
    "school",
    "licence",
    "related",
    "image_alt",
}
LESSON_KEYS = COMMON_KEYS | {"duration", "aims", "vocabulary", "worksheet", "step_image", "submitted_by"}
MATERIAL_KEYS = COMMON_KEYS | {"material_format", "file", "external_url"}
RESEARCH_KEYS = COMMON_KEYS | {"question", "impact", "impact_months", "evidence", "cost", "references"}

LESSON_SECTIONS = {
    "Læringsmål": True,
    "Utstyr": False,
    "Forberedelser": False,
    "Gjennomføring": True,
    "Tilpasning": False,
    "Misoppfatninger": False,
    "Vurdering": False,
}
ADAPTATIONS = {"Støtte": "support", "Utfordring": "challenge", "Flerspråklige elever": "multilingual"}
MATERIAL_SECTIONS = {"Beskrivelse": False, "Tips til bruk": False}
RESEARCH_SECTIONS = {"Funn": True, "Slik kan du bruke det": True, "Om forskningen": False}
STEP_TITLE = re.compile(r"^(?P<title>.+?)\s+\((?P<minutes>\d+)\s*min,\s*(?P<organisation>[^)]+)\)$")


def _common(source: Source, slug: str, taxonomy: Taxonomy) -> dict:
    grades = source.get("grades", list, default=[])
    for number, grade in enumerate(grades):
        if isinstance(grade, bool) or not isinstance(grade, int) or not 1 <= grade <= 10:
            source.error(("grades", number), f"trinn «{grade}» skal være et tall fra 1 til 10")
    licence = source.text("licence", required=False) or "cc-by-sa-4.0"
    if licence not in LICENCES:
        source.error("licence", f"ukjent lisens «{licence}» (kjente: {', '.join(sorted(LICENCES))})")
    return {
        "slug": slug,
        "title": source.text("title", max_length=255),
        "summary": source.text("summary", max_length=500),
        "subjects": source.slugs("subjects", taxonomy.subjects, "fag", required=True),
        "grades": [g for g in grades if isinstance(g, int) and not isinstance(g, bool) and 1 <= g <= 10],
        "survey_areas": source.slugs("survey_areas", taxonomy.survey_areas, "kartleggingsområde"),
        "pillars": source.slugs("pillars", taxonomy.pillars, "forbedringsområde"),
        "tags": source.strings("tags"),
        "author": source.text("author"),
        "school": source.text("school", required=False),
        "licence": licence,
        "related": source.strings("related"),
        "image_alt": source.text("image_alt", required=False),
    }


def _lesson(source: Source, slug: str, taxonomy: Taxonomy) -> Lesson:
    source.unknown_keys(LESSON_KEYS)
    fields = _common(source, slug, taxonomy)
    sections = source.sections(LESSON_SECTIONS)
    steps = []
    for sub in _subsections(source, sections.get("Gjennomføring")):
        match = STEP_TITLE.match(sub.title)
        if not match:
            source.problems.add(
                f"{source.path}:{sub.line}", "et trinn skal ha overskriften «## Tittel (10 min, helklasse)»"
            )
            continue
        organisation = match["organisation"].strip()
        if organisation not in ORGANISATIONS:
            source.problems.add(
                f"{source.path}:{sub.line}",
                f"ukjent organisering «{organisation}» (kjente: {', '.join(sorted(ORGANISATIONS))})",
            )
        if len(match["title"]) > 120:
            source.problems.add(f"{source.path}:{sub.line}", "tittelen på trinnet er lengre enn 120 tegn")
        steps.append((match["title"], int(match["minutes"]), organisation, sub.text))
    adaptations = {}
    for sub in _subsections(source, sections.get("Tilpasning")):
        if sub.title not in ADAPTATIONS:
            source.problems.add(
                f"{source.path}:{sub.line}", f"ukjent tilpasning «{sub.title}» (kjente: {', '.join(ADAPTATIONS)})"
            )
            continue
        adaptations[ADAPTATIONS[sub.title]] = sub.text
    duration = source.get("duration", int, required=False, default=45)
    minutes = sum(step[1] for step in steps)
    if minutes > duration:
        where = sections["Gjennomføring"].line if "Gjennomføring" in sections else 1
        source.problems.add(f"{source.path}:{where}", f"trinnene tar {minutes} min, mer enn varigheten {duration} min")
    goals = _list_items(source, sections.get("Læringsmål"), "Læringsmål")
    if "Læringsmål" in sections and not goals:
        source.problems.add(f"{source.path}:{sections['Læringsmål'].line}", "ingen læringsmål")
    if "Gjennomføring" in sections and not steps:
        source.problems.add(
            f"{source.path}:{sections['Gjennomføring'].line}", "ingen trinn («## Tittel (10 min, par)»)"
        )
    aims = [(source.text("code", required=False, where=w), source.text("text", where=w)) for w in source.items("aims")]
    vocabulary = []
    for where in source.items("vocabulary"):
        term = source.text("term", where=where, max_length=80)
        vocabulary.append((term, source.text("definition", where=where)))
    worksheet = None
    if sheet := source.get("worksheet", dict, required=False):
        worksheet = Worksheet(
            title=source.text("title", where=(("worksheet",), sheet)),
            lines=source.strings("lines", required=True, where=(("worksheet",), sheet)),
            description=source.text("description", required=False, where=(("worksheet",), sheet)),
        )
    step_image = None
    if picture := source.get("step_image", dict, required=False):
        number = source.get("step", int, where=(("step_image",), picture), default=1)
        if not 1 <= number <= len(steps):
            source.error(("step_image", "step"), f"trinn {number} finnes ikke (opplegget har {len(steps)} trinn)")
        step_image = (number - 1, source.text("alt", where=(("step_image",), picture)))
    submitted_by = source.text("submitted_by", required=False)
    lesson = Lesson(
        **fields,
        duration=duration,
        goals=goals,
        aims=aims,
        vocabulary=vocabulary,
        equipment=_list_items(source, sections.get("Utstyr"), "Utstyr"),
        preparation=sections["Forberedelser"].text if "Forberedelser" in sections else "",
        steps=steps,
        misconceptions=[(sub.title, sub.text) for sub in _subsections(source, sections.get("Misoppfatninger"))],
        assessment=sections["Vurdering"].text if "Vurdering" in sections else "",
        worksheet=worksheet,
        step_image=step_image,
        submitted_by=submitted_by,
        **adaptations,
    )
    object.__setattr__(lesson, "source", source)
    return lesson


def _material(source: Source, slug: str, taxonomy: Taxonomy) -> Material:
    source.unknown_keys(MATERIAL_KEYS)
    fields = _common(source, slug, taxonomy)
    sections = source.sections(MATERIAL_SECTIONS)
    material_format = source.text("material_format")
    if material_format and material_format not in taxonomy.material_formats:
        source.error("material_format", f"ukjent format «{material_format}»")
    data_file = None
    if spec := source.get("file", dict, required=False):
        where = (("file",), spec)
        kind = source.text("kind", where=where)
        if kind and kind not in FILE_KINDS:
            source.error(("file", "kind"), f"ukjent filtype «{kind}» (kjente: {', '.join(sorted(FILE_KINDS))})")
        lines = source.get("lines", list, required=False, default=[], where=where)
        data_file = DataFile(
            kind=kind,
            filename=source.text("filename", where=where),
            title=source.text("title", where=where),
            lines=lines,
            description=source.text("description", required=False, where=where),
        )
    external_url = source.text("external_url", required=False)
    if not data_file and not external_url:
        source.error("title", "et læremiddel trenger «file» eller «external_url»")
    material = Material(
        **fields,
        material_format=material_format,
        file=data_file,
        external_url=external_url,
        description=sections["Beskrivelse"].text if "Beskrivelse" in sections else "",
        usage_tips=sections["Tips til bruk"].text if "Tips til bruk" in sections else "",
    )
    object.__setattr__(material, "source", source)
    return material


def _scale(source: Source, key: str, low: int, high: int, default: int) -> int:
    value = source.get(key, int, default=default)
    if not low <= value <= high:
        source.error(key, f"«{key}» skal være fra {low} til {high}")
    return value


def _research(source: Source, slug: str, taxonomy: Taxonomy) -> Research:
    source.unknown_keys(RESEARCH_KEYS)
    fields = _common(source, slug, taxonomy)
    sections = source.sections(RESEARCH_SECTIONS)
    findings = []
    for sub in _subsections(source, sections.get("Funn")):
        if len(sub.title) > 255:
            source.problems.add(f"{source.path}:{sub.line}", "funnet er lengre enn 255 tegn")
        findings.append((sub.title, sub.text))
    references = []
    for where in source.items("references", required=True):
        doi = source.text("doi", required=False, where=where)
        if doi and not doi.startswith("10."):
            source.error((*where[0], "doi"), f"DOI «{doi}» skal begynne med «10.»")
        references.append(
            Ref(
                authors=source.text("authors", where=where),
                year=source.get("year", int, where=where, default=0),
                title=source.text("title", where=where),
                source=source.text("source", required=False, where=where),
                doi=doi,
                url=source.text("url", required=False, where=where),
            )
        )
    research = Research(
        **fields,
        question=source.text("question"),
        impact=_scale(source, "impact", 0, 3, 2),
        impact_months=source.get("impact_months", int, required=False),
        evidence=_scale(source, "evidence", 1, 5, 3),
        cost=_scale(source, "cost", 1, 5, 1),
        findings=findings,
        practice=sections["Slik kan du bruke det"].text if "Slik kan du bruke det" in sections else "",
        body=sections["Om forskningen"].text if "Om forskningen" in sections else "",
        references=references,
    )
    object.__setattr__(research, "source", source)
    return research


# --- Networks, users, events, news --------------------------------------------------------


def _clock(source: Source, key: str, where=None) -> str:
    value = source.get(key, str, where=where, default="00:00")
    try:
        time.fromisoformat(value)
    except ValueError:
        base = () if where is None else where[0]
        source.error((*base, key), f"«{value}» er ikke et klokkeslett (TT:MM)")
        return "00:00"
    return value


def _users(source: Source, taxonomy: Taxonomy) -> list[DemoUser]:
    users = []
    for where in source.items("items", required=True):
        groups = source.strings("groups", where=where)
        for number, group in enumerate(groups):
            if taxonomy.groups and group not in taxonomy.groups:
                source.error((*where[0], "groups", number), f"ukjent gruppe «{group}»")
        users.append(
            DemoUser(
                username=source.text("username", where=where),
                password=source.text("password", where=where),
                first_name=source.text("first_name", where=where),
                last_name=source.text("last_name", where=where),
                role=source.text("role", where=where),
                groups=groups,
            )
        )
    return users


def _network(source: Source, slug: str, taxonomy: Taxonomy, meetings, material) -> Network:
    source.unknown_keys(
        {"title", "summary", "subjects", "bands", "survey_areas", "schools", "contact", "leaders", "members"}
    )
    schools = []
    for where in source.items("schools", required=True):
        municipality = source.text("municipality", where=where)
        if municipality and municipality not in taxonomy.municipalities:
            source.error((*where[0], "municipality"), f"ukjent kommune «{municipality}»")
        schools.append((source.text("name", where=where), municipality))
    contact = source.get("contact", dict, default={})
    return Network(
        slug=slug,
        title=source.text("title", max_length=255),
        summary=source.text("summary"),
        purpose=source.body.strip(),
        subjects=source.slugs("subjects", taxonomy.subjects, "fag", required=True),
        bands=source.slugs("bands", taxonomy.bands, "trinngruppe", required=True),
        areas=source.slugs("survey_areas", taxonomy.survey_areas, "kartleggingsområde"),
        schools=schools,
        contact=(
            source.text("name", where=(("contact",), contact)),
            source.text("email", where=(("contact",), contact)),
        ),
        leaders=source.strings("leaders"),
        members=source.strings("members"),
        meetings=meetings,
        material=material,
    )


def _meeting(source: Source, slug: str) -> Meeting:
    source.unknown_keys({"title", "days", "start", "end", "place", "summary", "agenda", "handout"})
    agenda = [
        (
            _clock(source, "time", where=w),
            source.text("title", where=w),
            source.text("responsible", required=False, where=w),
        )
        for w in source.items("agenda")
    ]
    return Meeting(
        slug=slug,
        title=source.text("title", max_length=255),
        days=source.get("days", int, default=0),
        start=_clock(source, "start"),
        end=_clock(source, "end"),
        place=source.text("place"),
        summary=source.text("summary"),
        agenda=agenda,
        before_next=source.body.strip(),
        handout=source.text("handout", required=False),
    )


def _network_material(source: Source, slug: str) -> NetworkMaterial:
    source.unknown_keys({"title", "summary"})
    return NetworkMaterial(slug, source.text("title", max_length=255), source.text("summary"), source.body.strip())


def _event(source: Source, slug: str, taxonomy: Taxonomy) -> Event:
    source.unknown_keys(
        {
            "title",
            "kind",
            "summary",
            "days",
            "duration_days",
            "start",
            "end",
            "place",
            "address",
            "online_url",
            "price",
            "price_note",
            "capacity",
            "registration_deadline",
            "audience_roles",
            "grade_bands",
            "subjects",
            "survey_areas",
            "programme",
            "questions",
            "registrations",
        }
    )
    kind = source.text("kind")
    if kind and kind not in EVENT_KINDS:
        source.error("kind", f"ukjent type arrangement «{kind}» (kjente: {', '.join(sorted(EVENT_KINDS))})")
    duration_days = source.get("duration_days", int, required=False, default=1)
    price = source.get("price", (str, int, float), required=False)
    if price is not None:
        try:
            price = Decimal(str(price))
        except InvalidOperation:
            source.error("price", f"pris «{price}» er ikke et tall")
            price = None
    deadline = None
    if spec := source.get("registration_deadline", dict, required=False):
        where = (("registration_deadline",), spec)
        deadline = (source.get("days", int, where=where, default=0), _clock(source, "time", where=where))
    programme = []
    for where in source.items("programme"):
        day = source.get("day", int, required=False, where=where)
        if day is not None and not 1 <= day <= duration_days:
            source.error((*where[0], "day"), f"dag {day} finnes ikke (arrangementet varer {duration_days} dag(er))")
        programme.append(
            Session(
                start=_clock(source, "start", where=where),
                end=_clock(source, "end", where=where),
                title=source.text("title", where=where),
                speakers=source.strings("speakers", where=where),
                room=source.text("room", required=False, where=where),
                day=day,
            )
        )
    questions = []
    for where in source.items("questions"):
        field_type = source.text("type", where=where)
        if field_type and field_type not in QUESTION_TYPES:
            source.error((*where[0], "type"), f"ukjent spørsmålstype «{field_type}»")
        questions.append((source.text("label", where=where), field_type, source.strings("choices", where=where)))
    return Event(
        slug=slug,
        title=source.text("title", max_length=255),
        kind=kind,
        summary=source.text("summary", max_length=400),
        body=source.body.strip(),
        days=source.get("days", int, default=0),
        duration_days=duration_days,
        start=_clock(source, "start"),
        end=_clock(source, "end"),
        place=source.text("place", required=False),
        address=source.text("address", required=False),
        online_url=source.text("online_url", required=False),
        price=price,
        price_note=source.text("price_note", required=False),
        capacity=source.get("capacity", int, required=False),
        registration_deadline=deadline,
        audience_roles=source.slugs("audience_roles", ROLES, "rolle"),
        grade_bands=source.slugs("grade_bands", taxonomy.bands, "trinngruppe"),
        subjects=source.slugs("subjects", taxonomy.subjects, "fag"),
        survey_areas=source.slugs("survey_areas", taxonomy.survey_areas, "kartleggingsområde"),
        programme=programme,
        questions=questions,
        registrations=source.strings("registrations"),
    )


def _news(source: Source, slug: str) -> NewsItem:
    source.unknown_keys({"title", "days_ago", "summary"})
    if not source.body.strip():
        source.problems.add(f"{source.path}:{source.body_line}", "nyheten har ingen tekst under feltene")
    return NewsItem(
        slug=slug,
        title=source.text("title", max_length=255),
        days_ago=source.get("days_ago", int, default=0),
        summary=source.text("summary"),
        body=source.body.strip(),
    )


# --- Loading everything ---------------------------------------------------------------------


def _markdown_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.md")) if folder.is_dir() else []


def _unique(problems: Problems, items, what: str) -> None:
    seen: dict[str, str] = {}
    for slug, where in items:
        if slug in seen:
            problems.add(where, f"{what} «{slug}» finnes fra før ({seen[slug]})")
        else:
            seen[slug] = where


def load(root: Path | None = None, *, taxonomy: Taxonomy | None = None) -> DemoData:
    """Everything under `root` (demo/), checked; raises DemoDataError listing every mistake."""
    root = Path(root or DEMO_DIR)
    taxonomy = taxonomy or Taxonomy.from_database()
    problems = Problems()

    def markdown(path):
        return read_markdown(path, root, problems)

    def each(folder: Path, parse):
        made = []
        for path in _markdown_files(folder):
            source = markdown(path)
            if source is not None:
                item = parse(source, _slug_of(path, source))
                made.append((item, source))
        return made

    def res(parse):
        return lambda source, slug: parse(source, slug, taxonomy)

    resources_dir = root / "ressurser"
    lessons = each(resources_dir / "undervisningsopplegg", res(_lesson))
    materials = each(resources_dir / "laeremidler", res(_material))
    research = each(resources_dir / "forskning", res(_research))
    submitted = each(resources_dir / "innsendt", res(_lesson))
    resources = [*lessons, *materials, *research]
    every_resource = [*resources, *submitted]
    _unique(problems, [(item.slug, f"{source.path}:1") for item, source in every_resource], "ressursen")
    resource_slugs = {item.slug for item, _source in every_resource}
    for item, source in every_resource:
        for number, slug in enumerate(item.related):
            if slug not in resource_slugs:
                source.error(("related", number), f"relatert ressurs «{slug}» finnes ikke")

    users_source = _optional_yaml(root / "brukere.yaml", root, problems)
    users = _users(users_source, taxonomy) if users_source else []
    if users_source:
        _unique(problems, [(u.username, users_source.at("items", n)) for n, u in enumerate(users)], "brukernavnet")
    usernames = {user.username for user in users}
    for item, source in submitted:
        if item.submitted_by not in usernames:
            source.error("submitted_by", f"brukeren «{item.submitted_by}» finnes ikke i demo/brukere.yaml")

    home = _optional_yaml(root / "forside.yaml", root, problems)
    featured = []
    intro = ""
    if home:
        intro = home.text("intro")
        for where in home.items("featured"):
            slug = home.text("slug", where=where)
            if slug and slug not in {item.slug for item, _s in resources}:
                home.error((*where[0], "slug"), f"ressursen «{slug}» finnes ikke")
            featured.append((slug, home.text("blurb", required=False, where=where)))

    networks = []
    network_dir = root / "nettverk"
    for index in sorted(network_dir.glob("*/index.md")) if network_dir.is_dir() else []:
        source = markdown(index)
        if source is None:
            continue
        meetings = each(index.parent / "samlinger", lambda s, slug: _meeting(s, slug))
        material = each(index.parent / "materiell", lambda s, slug: _network_material(s, slug))
        _unique(
            problems,
            [(m.slug, f"{s.path}:1") for m, s in [*meetings, *material]],
            "siden",
        )
        network = _network(
            source,
            _slug_of(index, source),
            taxonomy,
            sorted((m for m, _s in meetings), key=lambda m: m.days),
            [m for m, _s in material],
        )
        for key in ("leaders", "members"):
            for number, username in enumerate(getattr(network, key)):
                if username not in usernames:
                    source.error((key, number), f"brukeren «{username}» finnes ikke i demo/brukere.yaml")
        networks.append(network)

    events_dir = root / "arrangementer"
    speakers_source = _optional_yaml(events_dir / "foredragsholdere.yaml", root, problems)
    speakers = [
        Speaker(
            speakers_source.text("name", where=w),
            speakers_source.text("title", where=w),
            speakers_source.text("bio", required=False, where=w),
        )
        for w in (speakers_source.items("items") if speakers_source else [])
    ]
    people_source = _optional_yaml(events_dir / "deltakere.yaml", root, problems)
    people = []
    for where in people_source.items("items") if people_source else []:
        role = people_source.text("role", where=where)
        if role and role not in ROLES:
            people_source.error((*where[0], "role"), f"ukjent rolle «{role}» (kjente: {', '.join(sorted(ROLES))})")
        people.append(Person(people_source.text("name", where=where), people_source.text("email", where=where), role))
    events = each(events_dir, res(_event))
    speaker_names = {speaker.name for speaker in speakers}
    emails = {person.email for person in people}
    for event, source in events:
        for number, session in enumerate(event.programme):
            for s_number, name in enumerate(session.speakers):
                if name not in speaker_names:
                    source.error(
                        ("programme", number, "speakers", s_number),
                        f"foredragsholderen «{name}» finnes ikke i demo/arrangementer/foredragsholdere.yaml",
                    )
        for number, email in enumerate(event.registrations):
            if email not in emails:
                source.error(
                    ("registrations", number), f"deltakeren «{email}» finnes ikke i demo/arrangementer/deltakere.yaml"
                )

    news = each(root / "nyheter", lambda s, slug: _news(s, slug))
    _unique(problems, [(e.slug, f"{s.path}:1") for e, s in events], "arrangementet")
    _unique(problems, [(n.slug, f"{s.path}:1") for n, s in news], "nyheten")

    problems.raise_if_any()
    return DemoData(
        resources=[item for item, _source in resources],
        submitted=[item for item, _source in submitted],
        home_intro=intro,
        featured=featured,
        users=users,
        networks=networks,
        speakers=speakers,
        people=people,
        events=[event for event, _source in events],
        news=[item for item, _source in news],
    )


def load_users(root: Path | None = None) -> list[DemoUser]:
    """Only the demo users (demo/brukere.yaml), without the database: for the tests' parameters."""
    root = Path(root or DEMO_DIR)
    problems = Problems()
    source = read_yaml(root / "brukere.yaml", root, problems)
    users = _users(source, Taxonomy(set(), set(), set(), set(), set(), set())) if source else []
    problems.raise_if_any()
    return users
