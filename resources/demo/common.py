"""The shapes of the demo content, and the names it shares.

The content itself is plain data (lessons_*.py, materials.py, research.py) so
that an editor can read and correct it without reading the builder. Survey
areas and pillars are named by their slugs from resources/migrations/0002.
"""

from dataclasses import dataclass, field

# --- Licences (values of resources.models.pages.Licence) --------------------
BY_SA = "cc-by-sa-4.0"
BY = "cc-by-4.0"
BY_NC_SA = "cc-by-nc-sa-4.0"

# --- Improvement pillars -----------------------------------------------------
RETNING = "overordnede-malsettinger-og-felles-retning"
KAPASITET = "kapasitetsbygging-og-utvikling-av-kollektive-kulturer"
LEDELSE = "ledelse-pa-alle-niva"
KARTLEGGING = "bruk-av-kartleggingsresultater-indre-og-ytre-ansvarlighet"
PRAKSIS = "tydelige-laeringsmal-og-forskningsinformert-pedagogisk-praksis"

# --- Survey areas (kartleggingsområder), per respondent group ---------------
E14_TRIVSEL = "elever-1-4-trivsel"
E14_ATFERD = "elever-1-4-atferd"
E14_RELASJON_LAERER = "elever-1-4-relasjon-til-laerer"
E14_KLASSEN = "elever-1-4-klassen-og-relasjon-til-medelever"
E510_TRIVSEL = "elever-5-10-trivsel"
E510_ATFERD = "elever-5-10-atferd"
E510_RELASJON_LAERER = "elever-5-10-relasjon-til-laerer"
E510_KLASSEN = "elever-5-10-klassen-og-relasjon-til-medelever"
E510_UNDERVISNING = "elever-5-10-undervisning"
E510_MESTRING = "elever-5-10-forventning-om-mestring"
KL_SOSIAL = "kontaktlaerer-sosial-kompetanse"
KL_MOTIVASJON = "kontaktlaerer-motivasjon-og-arbeidsinnsats"
KL_PRESTASJONER = "kontaktlaerer-skolefaglige-prestasjoner"
KL_FRAVAER = "kontaktlaerer-fravaer"
L_MILJO = "laerere-miljo-i-skolen"
L_UNDERVISNINGEN = "laerere-undervisningen"
L_MOTIVASJON = "laerere-motivasjon-og-arbeidsinnsats"
L_ATFERD = "laerere-atferdsproblematikk"
L_STOTTE = "laerere-stotte-og-kontakt-med-elevene"
L_LAERINGSKULTUR = "laerere-laeringskultur-og-relasjon-mellom-elevene"
F_STOTTE = "foreldre-stotte-i-skolearbeidet"
F_SAMARBEID = "foreldre-informasjon-fra-og-samarbeid-med-skolen"
F_KONTAKT = "foreldre-kontakt-mellom-foreldrene-i-klassen"
SL_PEDAGOGISK_LEDELSE = "skoleledere-pedagogisk-ledelse"
SL_SKOLEKULTUR = "skoleledere-skolekultur"

# --- Grades ------------------------------------------------------------------
ALL_GRADES = list(range(1, 11))
B14 = [1, 2, 3, 4]
B57 = [5, 6, 7]
B810 = [8, 9, 10]

# --- Fictional schools and networks (generic names, no real school meant) --
NORDBYGDA = "Nordbygda skole"
FJELLVANG = "Fjellvang barneskole"
ELVESTAD = "Elvestad ungdomsskole"
FURULY = "Furuly skole"
GRANLI = "Granli ungdomsskole"
SOLHAUG = "Solhaug barneskole"
BJORKELIA = "Bjørkelia oppvekstsenter"
SJOBAKKEN = "Sjøbakken skole"
MYRVOLL = "Myrvoll ungdomsskole"
LUNDHEIM = "Lundheim barne- og ungdomsskole"
REDAKSJONEN = "Redaksjonen i Kultur for læring"
PROGRAMMET = "Kultur for læring"


@dataclass(frozen=True)
class Worksheet:
    """A one-page printable PDF. Lines are the actual tasks; long lines are wrapped by the builder."""

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
    licence: str = BY_SA
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
