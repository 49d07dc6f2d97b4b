"""Demo networks, meetings, members-only material and one demo user per role.

Idempotent: a network is identified by its slug under the network index, a user by
username. Meeting dates are set relative to the day the demo is loaded, so there
are always past and upcoming meetings. The schools are examples, not a register.
"""

from dataclasses import dataclass, field
from datetime import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from networks import services
from networks.demo_support import (
    create_meeting_page,
    create_network_material_page,
    create_school,
    create_user,
    network_index,
)
from networks.models import Municipality, NetworkPage
from portal import roles
from portal.demo_support import create_document, make_pdf, weekday_at
from portal.text import norwegian_slug
from resources.demo_support import NO_IMAGE, create_resource_page, resource_index
from resources.models import Grade, GradeBand, LessonPlanPage, Subject, SurveyArea


@dataclass
class DemoUser:
    username: str
    password: str
    first_name: str
    last_name: str
    role: str
    groups: list[str] = field(default_factory=list)


# Demo logins, also listed in the README. Never for production.
DEMO_USERS = [
    DemoUser("laerer", "kfl-demo-laerer", "Lise", "Lærer", "Lærer, medlem av to nettverk"),
    DemoUser("gruppeleder", "kfl-demo-leder", "Geir", "Gruppeleder", "Gruppeleder i matematikknettverket"),
    DemoUser("redaktor", "kfl-demo-redaktor", "Randi", "Redaktør", "Redaktør", [roles.EDITORS]),
    DemoUser("ansatt", "kfl-demo-ansatt", "Anders", "Ansatt", "Ansatt i programmet", [roles.STAFF]),
]


@dataclass
class DemoNetwork:
    title: str
    slug: str
    summary: str
    purpose: str
    subjects: list[str]
    bands: list[str]
    areas: list[str]
    schools: list[tuple[str, str]]  # (school, municipality slug)
    contact: tuple[str, str]
    leaders: list[str]
    members: list[str]
    meetings: list[dict]
    material: list[dict]


def _meeting(title, days, place, agenda, summary, before_next, handout, hours=(9, 15)):
    return {
        "title": title,
        "days": days,
        "hours": hours,
        "place": place,
        "agenda": agenda,
        "summary": summary,
        "before_next": before_next,
        "handout": handout,
    }


NETWORKS = [
    DemoNetwork(
        title="Matematikk 5.–7. trinn, Sør-Østerdal",
        slug="matematikk-5-7-sor-osterdal",
        summary="Matematikklærere på mellomtrinnet i Sør-Østerdal utvikler undervisning i brøk, "
        "tallforståelse og problemløsning sammen.",
        purpose="<p>Nettverket skal gi elevene bedre forståelse av brøk og desimaltall og større tro på egen "
        "mestring i matematikk. Lærerne prøver ut opplegg mellom samlingene, tar med elevarbeider og "
        "gir hverandre tilbakemelding.</p>",
        subjects=["matematikk"],
        bands=["5-7"],
        areas=["elever-5-10-forventning-om-mestring", "elever-5-10-undervisning"],
        schools=[
            ("Hanstad skole", "elverum"),
            ("Ydalir skole", "elverum"),
            ("Rena skole", "amot"),
            ("Innbygda skole", "trysil"),
            ("Koppang skole", "stor-elvdal"),
        ],
        contact=("Geir Gruppeleder", "gruppeleder@example.no"),
        leaders=["gruppeleder"],
        members=["laerer"],
        meetings=[
            _meeting(
                "Oppstart: brøk som tall på tallinja",
                -35,
                "Elverum rådhus, møterom Glomma",
                [("09:00", "Velkommen og mål for året", ""), ("09:30", "Brøk på tallinja – forskning og praksis", "")],
                "Første samling: hva vet vi om hvordan elever lærer brøk?",
                "<p>Prøv ett av oppleggene med brøk på tallinja og ta med tre elevsvar.</p>",
                "Presentasjon: brøk på tallinja",
            ),
            _meeting(
                "Elevsvar og tilbakemeldinger",
                12,
                "Trysil ungdomsskole, personalrommet",
                [
                    ("09:00", "Runde: hva skjedde i klasserommet?", ""),
                    ("10:15", "Analyse av elevsvar i grupper", ""),
                    ("13:00", "Tilbakemeldinger som flytter læringen", "Høgskolen i Innlandet"),
                ],
                "Vi ser på elevsvarene dere tok med og øver på gode tilbakemeldinger.",
                "<p>Les oppsummeringen om tilbakemeldinger og velg én ting å prøve ut.</p>",
                "Analyseark for elevsvar",
            ),
            _meeting(
                "Problemløsning og rike oppgaver",
                47,
                "Digitalt (Teams)",
                [("13:00", "Rike oppgaver på mellomtrinnet", ""), ("14:00", "Planlegging i skolegrupper", "")],
                "Digital samling om oppgaver med lav inngangsterskel og høyt tak.",
                "",
                "",
                hours=(13, 15),
            ),
        ],
        material=[
            {
                "title": "Referat og avtaler fra oppstartssamlingen",
                "summary": "Hva vi ble enige om, og hvem som prøver hva før neste samling.",
                "text": "<p>Hver skole prøver to opplegg med brøk på tallinja. Elevsvar tas med, uten navn.</p>",
            }
        ],
    ),
    DemoNetwork(
        title="Lesing i alle fag, 1.–4. trinn, Hamarregionen",
        slug="lesing-1-4-hamarregionen",
        summary="Lærere på småtrinnet i Hamarregionen arbeider med leseopplæring og lesestrategier i alle fag.",
        purpose="<p>Nettverket skal styrke den første leseopplæringen og gjøre lesing til en del av alle fag. "
        "Vi bygger på kartleggingen av trivsel og relasjon til lærer på 1.–4. trinn.</p>",
        subjects=["norsk", "tverrfaglig"],
        bands=["1-4"],
        areas=["elever-1-4-trivsel", "elever-1-4-relasjon-til-laerer"],
        schools=[
            ("Ridabu skole", "hamar"),
            ("Stange skole", "stange"),
            ("Løten skole", "loten"),
            ("Brumunddal barneskole", "ringsaker"),
        ],
        contact=("Kari Leseveileder", "lesing@example.no"),
        leaders=[],
        members=["laerer"],
        meetings=[
            _meeting(
                "Lesestrategier før, under og etter lesing",
                20,
                "Hamar kulturhus, sal 2",
                [("12:30", "Modellering av lesestrategier", ""), ("14:00", "Erfaringsdeling", "")],
                "Vi viser hverandre hvordan vi modellerer lesestrategier i klasserommet.",
                "<p>Filme (med samtykke) eller beskrive en økt der du modellerer en strategi.</p>",
                "Oversikt over lesestrategier",
                hours=(12, 15),
            ),
        ],
        material=[
            {
                "title": "Observasjonsskjema for leseøkter",
                "summary": "Skjema til kollegaobservasjon mellom samlingene.",
                "text": "<p>Bruk skjemaet når dere observerer hverandre. Skjemaet deles bare i nettverket.</p>",
            }
        ],
    ),
    DemoNetwork(
        title="Klasseledelse på ungdomstrinnet, Glåmdalen",
        slug="klasseledelse-8-10-glamdalen",
        summary="Kontaktlærere på ungdomstrinnet i Glåmdalen deler erfaringer med klasseledelse og relasjoner.",
        purpose="<p>Nettverket arbeider med struktur, tydelige forventninger og gode relasjoner i klasserommet, "
        "med utgangspunkt i elevenes svar om atferd og relasjon til lærer.</p>",
        subjects=["tverrfaglig"],
        bands=["8-10"],
        areas=["elever-5-10-atferd", "elever-5-10-relasjon-til-laerer"],
        schools=[
            ("Vennersberg skole", "kongsvinger"),
            ("Eidskog ungdomsskole", "eidskog"),
            ("Sør-Odal ungdomsskole", "sor-odal"),
            ("Flisa skole", "asnes"),
        ],
        contact=("Tone Kontaktlærer", "klasseledelse@example.no"),
        leaders=[],
        members=[],
        meetings=[
            _meeting(
                "Oppstart av timen",
                -10,
                "Kongsvinger ungdomsskole",
                [("09:00", "De første fem minuttene", ""), ("11:00", "Rutiner som virker", "")],
                "Hvordan vi starter timen påvirker resten av den.",
                "<p>Skriv ned rutinene du bruker i starten av timen.</p>",
                "Sjekkliste: oppstart av timen",
            ),
            _meeting(
                "Relasjoner og forventninger",
                30,
                "Flisa skole, biblioteket",
                [
                    ("09:00", "Elevenes stemme: hva sier kartleggingen?", ""),
                    ("10:30", "Samtaler som bygger relasjon", ""),
                ],
                "Vi går gjennom resultatene fra elevundersøkelsen sammen.",
                "",
                "",
            ),
        ],
        material=[],
    ),
    DemoNetwork(
        title="Skoleledernettverk Nord-Østerdal",
        slug="skoleledere-nord-osterdal",
        summary="Rektorer og avdelingsledere i Nord-Østerdal leder utviklingsarbeid med data fra kartleggingen.",
        purpose="<p>Skolelederne bruker resultatene fra kartleggingen til å prioritere utviklingsarbeid, "
        "og lærer av hverandre om pedagogisk ledelse og skolekultur.</p>",
        subjects=["tverrfaglig"],
        bands=["1-4", "5-7", "8-10"],
        areas=["skoleledere-pedagogisk-ledelse", "skoleledere-skolekultur"],
        schools=[
            ("Tynset barneskole", "tynset"),
            ("Alvdal skole", "alvdal"),
            ("Tolga skole", "tolga"),
            ("Os skole", "os"),
            ("Folldal skole", "folldal"),
            ("Rendalen skole", "rendalen"),
        ],
        contact=("Programkontoret", "post@example.no"),
        leaders=[],
        members=[],
        meetings=[
            _meeting(
                "Fra resultater til tiltak",
                25,
                "Tynset kulturhus",
                [("10:00", "Hvordan lese resultatene", ""), ("12:30", "Prioritering i ledergruppa", "")],
                "Vi øver på å gå fra kartleggingsresultater til konkrete tiltak.",
                "<p>Ta med skolens resultater og en foreløpig prioritering.</p>",
                "Mal for tiltaksplan",
                hours=(10, 15),
            ),
        ],
        material=[
            {
                "title": "Mal for tiltaksplan",
                "summary": "En mal for å gå fra resultater til tiltak, med eksempler.",
                "text": "<p>Malen har fire deler: funn, prioritering, tiltak og oppfølging.</p>",
            }
        ],
    ),
]


def _user(spec: DemoUser):
    existing = get_user_model().objects.filter(username=spec.username).first()
    if existing is not None:
        return existing
    user = create_user(
        username=spec.username,
        password=spec.password,
        first_name=spec.first_name,
        last_name=spec.last_name,
        email=f"{spec.username}@example.no",
    )
    if spec.groups:
        user.groups.add(*Group.objects.filter(name__in=spec.groups))
    return user


def _agenda(items):
    return [
        {
            "type": "item",
            "value": {
                "time": time.fromisoformat(at),
                "title": title,
                "description": "",
                "responsible": responsible,
            },
        }
        for at, title, responsible in items
    ]


def _network(spec: DemoNetwork, users: dict) -> tuple[NetworkPage, bool]:
    index = network_index()
    existing = NetworkPage.objects.child_of(index).filter(slug=spec.slug).first()
    if existing is not None:
        return existing, False
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    schools = [create_school(name=name, municipality=municipalities[slug]) for name, slug in spec.schools]
    for school in schools:
        school.grades.set(Grade.objects.filter(band__slug__in=spec.bands))
    network = services.network_create(
        index=index,
        title=spec.title,
        slug=spec.slug,
        summary=spec.summary,
        purpose=spec.purpose,
        subjects=Subject.objects.filter(slug__in=spec.subjects),
        grade_bands=GradeBand.objects.filter(slug__in=spec.bands),
        survey_areas=SurveyArea.objects.filter(slug__in=spec.areas),
        schools=schools,
        contact_name=spec.contact[0],
        contact_email=spec.contact[1],
    )
    for username in spec.leaders:
        if username in users:
            services.network_add_member(network=network, user=users[username], leader=True)
    for username in spec.members:
        if username in users:
            services.network_add_member(network=network, user=users[username])

    for meeting in spec.meetings:
        material = []
        if meeting["handout"]:
            document = create_document(
                title=meeting["handout"],
                collection=network.collection,
                file=ContentFile(
                    make_pdf(title=meeting["handout"], lines=[spec.title, meeting["title"]]),
                    name=f"{norwegian_slug(meeting['handout'])}.pdf",
                ),
                description=f"Til samlingen «{meeting['title']}».",
            )
            material.append({"type": "attachment", "value": {"document": document.pk, "title": "", "description": ""}})
        create_meeting_page(
            parent=network,
            title=meeting["title"],
            start=weekday_at(meeting["days"], meeting["hours"][0]),
            end=weekday_at(meeting["days"], meeting["hours"][1]),
            place=meeting["place"],
            summary=meeting["summary"],
            agenda=_agenda(meeting["agenda"]),
            material=material,
            before_next=meeting["before_next"],
        )
    for item in spec.material:
        create_network_material_page(
            parent=network,
            title=item["title"],
            summary=item["summary"],
            body=[{"type": "paragraph", "value": item["text"]}],
        )
    return network, True


SUBMITTED_SLUG = "brokvegg-i-par"


def _step(title: str, minutes: int, organisation: str, text: str) -> dict:
    return {
        "title": title,
        "minutes": minutes,
        "organisation": organisation,
        "description": f"<p>{text}</p>",
        "image": NO_IMAGE,
    }


def _submitted_lesson_plan(leader) -> bool:
    """A lesson plan from the maths network waiting for the editors' approval."""
    if LessonPlanPage.objects.filter(slug=SUBMITTED_SLUG).exists():
        return False
    page = create_resource_page(
        LessonPlanPage,
        parent=resource_index(create=True),
        title="Brøkvegg i par",
        slug=SUBMITTED_SLUG,
        summary="Elevene bygger en brøkvegg i par og bruker den til å sammenligne brøker. "
        "Laget og prøvd ut i matematikknettverket i Sør-Østerdal.",
        author_name="Kari Nordmann",
        school="Hamar katedralskole",
        subjects=list(Subject.objects.filter(slug="matematikk")),
        grades=list(Grade.objects.filter(number__in=[5, 6])),
        survey_areas=list(SurveyArea.objects.filter(slug="elever-5-10-forventning-om-mestring")),
        tags=["brøk", "konkreter"],
        duration_minutes=60,
        learning_goals=[
            {"type": "goal", "value": "Jeg kan bygge en brøkvegg med halve, tredjedeler, fjerdedeler og åttendeler."},
            {"type": "goal", "value": "Jeg kan bruke brøkveggen til å avgjøre hvilken av to brøker som er størst."},
        ],
        competence_aims=[
            {"type": "aim", "value": {"code": "MAT01-05", "text": "Utforske og beskrive brøker og sammenligne dem."}}
        ],
        key_vocabulary=[
            {"type": "term", "value": {"term": "Nevner", "definition": "Hvor mange like deler helheten er delt i."}}
        ],
        steps=[
            {"type": "step", "value": _step("Felles start", 10, "helklasse", "Vis en hel strimmel og del den i to.")},
            {"type": "step", "value": _step("Bygg brøkveggen", 35, "par", "Parene klipper og limer strimlene.")},
            {"type": "step", "value": _step("Sammenlign", 15, "helklasse", "Hvilken er størst: 3/4 eller 5/8?")},
        ],
        differentiation=[
            {"type": "adaptation", "value": {"audience": "stotte", "text": "<p>Start med halve og fjerdedeler.</p>"}}
        ],
        misconceptions=[
            {
                "type": "misconception",
                "value": {
                    "misconception": "Større nevner betyr større brøk.",
                    "response": "La elevene legge 1/3 og 1/8 ved siden av hverandre på veggen.",
                },
            }
        ],
        assessment=[{"type": "paragraph", "value": "<p>Exit-lapp: ordne tre brøker etter størrelse.</p>"}],
        live=False,
        owner=leader,
    )
    page.save_revision(user=leader)
    page.get_workflow().start(page, leader)
    return True


def build_network_demo(*, with_users: bool = True) -> dict:
    """The demo networks; with the demo users (known passwords) only when asked – never in production."""
    users = {spec.username: _user(spec) for spec in DEMO_USERS} if with_users else {}
    created = sum(_network(spec, users)[1] for spec in NETWORKS)
    submitted = _submitted_lesson_plan(users["gruppeleder"]) if with_users else False
    return {
        "networks_created": created,
        "networks_skipped": len(NETWORKS) - created,
        "users": len(users),
        "submitted": submitted,
    }
