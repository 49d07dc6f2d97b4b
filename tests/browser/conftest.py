"""Browser tests: Debian's Chromium driven by Playwright (sync API) against pytest-django's live server.

Every test module here sets

    pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

Why each piece is needed:

* live_server runs the site in another thread, so the tests cannot live inside
  one rolled-back transaction; they are transactional, and Django empties every
  table after each of them. ``serialized_rollback`` makes Django reload the
  migration-seeded rows (home page, resource index, taxonomy, groups, content
  types) before each browser test. ``_migrated_state_around_each_module``
  below also resets the database before each module and reloads the rows after
  its last test, so that tests running later in the same session find the
  database as the migrations left it.
* Playwright's sync API runs an asyncio event loop in this thread, which makes
  Django's async-safety check refuse ORM calls from the test.
  ``DJANGO_ALLOW_ASYNC_UNSAFE`` turns that check off; the ORM is still only used
  synchronously here. The same running loop also makes Django look up database
  connections in a different store; see the ``playwright`` fixture.
* The default Site is "localhost:80" while the live server listens on another
  port; Wagtail then falls back to the default site, so page URLs still resolve.
"""

import json
import os

import pytest
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import sync_playwright

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def playwright(django_db_setup):
    """Playwright's sync API, started after the test databases exist.

    Starting it leaves Playwright's event loop set as this thread's running loop.
    Django's connection handler is an ``asgiref.local.Local(thread_critical=True)``,
    which, once a loop is running, looks connections up in a context-local store
    instead of the thread-local one, and would hand the test a second, fresh
    DatabaseWrapper: one without the serialized copy of the seeded rows that
    ``serialized_rollback`` reloads from (so the seeded rows were silently lost
    after the first browser test), and, with in-memory SQLite, not the connection
    the live server shares. Put the very same wrappers into that store.
    """
    originals = {alias: connections[alias] for alias in connections}
    with sync_playwright() as instance:
        for alias, connection in originals.items():
            setattr(connections._connections, alias, connection)
        assert all(connections[alias] is connection for alias, connection in originals.items())
        yield instance


@pytest.fixture(scope="session")
def browser(playwright):
    # Playwright's bundled browser download does not work here: always Debian's Chromium.
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


def _new_context(browser, live_server):
    """A fresh browser profile whose relative URLs (page.goto("/ressurser/")) go to the live server."""
    context = browser.new_context(
        base_url=live_server.url,
        locale="nb-NO",
        accept_downloads=True,
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(TIMEOUT_MS)
    return context


def _open_tab(context):
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.js_errors = errors  # tests may assert that no JavaScript error happened
    return tab


@pytest.fixture
def browser_context(browser, live_server):
    """A fresh profile per test: no cookies or cache shared between tests."""
    context = _new_context(browser, live_server)
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    """A Playwright page on the live server."""
    tab = _open_tab(browser_context)
    yield tab
    tab.close()


@pytest.fixture
def new_page(browser, live_server):
    """Opens more pages, each in its own fresh profile: one per person in a test with several."""
    contexts = []

    def open_page():
        contexts.append(_new_context(browser, live_server))
        return _open_tab(contexts[-1])

    yield open_page
    for context in contexts:
        context.close()


def _reset_to_migrated_state() -> None:
    """Make every test database hold exactly the rows the migrations made.

    Empties the tables (without post_migrate, which would recreate content types
    and permissions under new ids) and reloads the copy Django serialized after
    migrating. Content types go first: post_save handlers of other models look
    them up, and with a cold cache would otherwise create duplicates.
    """
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Site

    for connection in connections.all(initialized_only=True):
        contents = getattr(connection, "_test_serialized_contents", None)
        if not contents:
            continue
        call_command(
            "flush",
            verbosity=0,
            interactive=False,
            database=connection.alias,
            reset_sequences=False,
            inhibit_post_migrate=True,
        )
        ContentType.objects.clear_cache()
        rows = sorted(json.loads(contents), key=lambda row: row["model"] != "contenttypes.contenttype")
        connection.creation.deserialize_db_from_string(json.dumps(rows))
        # Warm the cache again with the restored ids, as earlier tests had left it.
        ContentType.objects.db_manager(connection.alias).get_for_models(*apps.get_models())
    Site.clear_site_root_paths_cache()


@pytest.fixture(scope="module", autouse=True)
def _migrated_state_around_each_module(django_db_setup, django_db_blocker):
    """Start each browser module from the migrated state, and leave it so.

    Before: a transactional test elsewhere without serialized_rollback may have
    emptied the tables and re-run post_migrate. After: Django has emptied every
    table following the module's last test; later tests in the session expect
    the home page, the resource index and the taxonomy to be there.
    """
    with django_db_blocker.unblock():
        _reset_to_migrated_state()
    yield
    with django_db_blocker.unblock():
        _reset_to_migrated_state()


def _subjects(*slugs):
    from resources.models import Subject

    return list(Subject.objects.filter(slug__in=slugs))


def _grades(*numbers):
    from resources.models import Grade

    return list(Grade.objects.filter(number__in=numbers))


@pytest.fixture
def catalogue(resource_index):
    """A small published catalogue that makes every section of every template render.

    - "Brøk med pizzamodeller": maths, grades 5–6, every optional lesson-plan section, a PDF attachment,
      featured on the home page.
    - "Lesestrategier før, under og etter": Norwegian, grade 5 (right grade, wrong subject).
    - "Likninger med vekt": maths, grade 8 (right subject, wrong grade).
    - "Tallinje til utskrift": a learning material with a PDF file.
    - "Tilbakemeldinger som virker": a research summary linked to the fractions plan.
    """
    from portal.factories import DocumentFactory, ImageFactory
    from resources.factories import LearningMaterialPageFactory, LessonPlanPageFactory, ResearchSummaryPageFactory
    from resources.models import ImprovementPillar, LearningMaterialPage, SurveyArea

    worksheet = DocumentFactory(title="Arbeidsark: brøk på tallinja")
    number_line = DocumentFactory(title="Tallinje 0–1")
    photo = ImageFactory(title="Pizzamodeller på pulten", description="Elever deler en pizza av papp i åttendeler")
    rich = "<p>Elevene forklarer for hverandre <b>hvorfor</b> svaret stemmer.</p>"

    fractions = LessonPlanPageFactory(
        title="Brøk med pizzamodeller",
        summary="Elevene bruker pizzamodeller for å sammenligne og forkorte brøker.",
        subjects=_subjects("matematikk"),
        grades=_grades(5, 6),
        survey_areas=list(SurveyArea.objects.filter(slug="elever-5-10-forventning-om-mestring")),
        pillars=list(ImprovementPillar.objects.order_by("sort_order")[:1]),
        tags=["brøk", "konkreter"],
        duration_minutes=60,
        learning_goals=[
            {"type": "goal", "value": "Jeg kan vise en brøk med en pizzamodell."},
            {"type": "goal", "value": "Jeg kan avgjøre hvilken av to brøker som er størst."},
        ],
        competence_aims=[{"type": "aim", "value": {"code": "MAT01-05", "text": "Utforske og sammenligne brøker."}}],
        key_vocabulary=[{"type": "term", "value": {"term": "Teller", "definition": "Tallet over brøkstreken."}}],
        preparation=[
            {"type": "equipment", "value": ["Pizzamodeller i papp", "Tallinje"]},
            {"type": "paragraph", "value": "<p>Skriv ut arbeidsarket på forhånd.</p>"},
        ],
        steps=[
            {
                "type": "step",
                "value": {
                    "title": "Oppstart",
                    "minutes": 10,
                    "organisation": "helklasse",
                    "description": "<p>Læreren viser to pizzaer.</p>",
                    "image": photo.pk,
                },
            },
            {
                "type": "step",
                "value": {
                    "title": "Arbeid i par",
                    "minutes": 40,
                    "organisation": "par",
                    "description": rich,
                    "image": None,
                },
            },
            {
                "type": "step",
                "value": {
                    "title": "Oppsummering",
                    "minutes": 10,
                    "organisation": "",
                    "description": "<p>Exit-lapp.</p>",
                    "image": None,
                },
            },
        ],
        differentiation=[
            {"type": "adaptation", "value": {"audience": "stotte", "text": "<p>Bruk bare halve og kvarte.</p>"}},
            {"type": "adaptation", "value": {"audience": "utfordring", "text": "<p>Sammenlign 5/8 og 3/5.</p>"}},
        ],
        misconceptions=[
            {
                "type": "misconception",
                "value": {
                    "misconception": "Større nevner betyr større brøk.",
                    "response": "La elevene dele samme pizza.",
                },
            }
        ],
        assessment=[{"type": "paragraph", "value": rich}],
        attachments=[
            {"type": "attachment", "value": {"document": worksheet.pk, "title": "", "description": "Ett ark per elev."}}
        ],
        publish=True,
    )
    # Live but saved without a revision (quicker); they only have to be found or not found.
    reading = LessonPlanPageFactory(
        title="Lesestrategier før, under og etter",
        subjects=_subjects("norsk"),
        grades=_grades(5),
    )
    equations = LessonPlanPageFactory(title="Likninger med vekt", subjects=_subjects("matematikk"), grades=_grades(8))
    material = LearningMaterialPageFactory(
        title="Tallinje til utskrift",
        subjects=_subjects("matematikk"),
        grades=_grades(5, 6, 7),
        material_format=LearningMaterialPage.Format.WORKSHEET,
        document=number_line,
        external_url="https://www.udir.no/",
        description=[
            {"type": "heading", "value": "Hva er det?"},
            {"type": "paragraph", "value": "<p>En tallinje fra 0 til 1 med tideler og åttendeler.</p>"},
            {"type": "quote", "value": {"text": "Tallinja gjorde brøk synlig.", "source": "En lærer"}},
        ],
        usage_tips=[{"type": "callout", "value": {"title": "Tips", "text": "<p>Lamineres og brukes igjen.</p>"}}],
        publish=True,
    )
    research = ResearchSummaryPageFactory(
        title="Tilbakemeldinger som virker",
        subjects=_subjects("tverrfaglig"),
        grades=_grades(*range(1, 11)),
        related_resources=[fractions],
        body=[
            {"type": "heading", "value": "Om studiene"},
            {"type": "paragraph", "value": "<p>Oppsummeringen bygger på metastudier.</p>"},
        ],
        publish=True,
    )

    home = resource_index.get_parent().specific
    home.featured = [("featured", {"page": fractions, "blurb": "Konkreter gjør brøk forståelig."})]
    home.save()
    return {
        "fractions": fractions,
        "reading": reading,
        "equations": equations,
        "material": material,
        "research": research,
        "worksheet": worksheet,
        "number_line": number_line,
    }
