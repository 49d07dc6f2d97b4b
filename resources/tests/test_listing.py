"""The resource listing: filters, counts, sorting, pagination, bad input, query budget."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from resources.factories import LearningMaterialPageFactory, LessonPlanPageFactory, ResearchSummaryPageFactory
from resources.models import Grade, ImprovementPillar, Subject, SurveyArea

pytestmark = pytest.mark.django_db


def subject(slug):
    return Subject.objects.get(slug=slug)


def grades(*numbers):
    return list(Grade.objects.filter(number__in=numbers))


def titles(response):
    return [item.title for item in response.context["listing"].items]


def facet(response, param):
    return next(f for f in response.context["listing"].facets if f.param == param)


def counts(response, param):
    return {o.key: o.count for o in facet(response, param).options}


@pytest.fixture
def catalogue(resource_index):
    now = timezone.now()
    fractions = LessonPlanPageFactory(
        title="Brøk med pizzamodeller",
        subjects=[subject("matematikk")],
        grades=grades(5, 6),
        survey_areas=[SurveyArea.objects.get(slug="elever-5-10-forventning-om-mestring")],
        pillars=[ImprovementPillar.objects.order_by("sort_order").last()],
        tags=["brøk", "konkreter"],
    )
    reading = LessonPlanPageFactory(
        title="Lesestrategier før, under og etter",
        subjects=[subject("norsk")],
        grades=grades(3, 4),
        tags=["lesing"],
    )
    research = ResearchSummaryPageFactory(
        title="Tilbakemeldinger som virker",
        subjects=[subject("tverrfaglig")],
        grades=grades(*range(1, 11)),
        tags=["vurdering"],
    )
    material = LearningMaterialPageFactory(
        title="Tallinje til utskrift",
        subjects=[subject("matematikk")],
        grades=grades(8, 9),
        tags=["brøk"],
    )
    for days, page in enumerate([material, research, reading, fractions]):
        type(page).objects.filter(pk=page.pk).update(first_published_at=now - timedelta(days=days))
    return {"fractions": fractions, "reading": reading, "research": research, "material": material}


def test_lists_all_live_resources_newest_first(client, resource_index, catalogue):
    response = client.get(resource_index.url)
    assert response.status_code == 200
    assert titles(response) == [
        "Tallinje til utskrift",
        "Tilbakemeldinger som virker",
        "Lesestrategier før, under og etter",
        "Brøk med pizzamodeller",
    ]
    assert response.context["listing"].total == 4


def test_filters_combine_across_facets_and_alternate_within(client, resource_index, catalogue):
    response = client.get(resource_index.url, {"fag": "matematikk", "trinn": "5"})
    assert titles(response) == ["Brøk med pizzamodeller"]

    response = client.get(resource_index.url, {"fag": ["matematikk", "norsk"]})
    assert set(titles(response)) == {
        "Brøk med pizzamodeller",
        "Lesestrategier før, under og etter",
        "Tallinje til utskrift",
    }

    response = client.get(resource_index.url, {"trinnband": "8-10", "type": "laeremiddel"})
    assert titles(response) == ["Tallinje til utskrift"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "forskning"}, {"Tilbakemeldinger som virker"}),
        ({"type": "undervisningsopplegg"}, {"Brøk med pizzamodeller", "Lesestrategier før, under og etter"}),
        ({"kartlegging": "elever-5-10-forventning-om-mestring"}, {"Brøk med pizzamodeller"}),
        ({"emne": "brøk"}, {"Brøk med pizzamodeller", "Tallinje til utskrift"}),
        ({"emne": "lesing", "fag": "matematikk"}, set()),
    ],
)
def test_each_facet_filters(client, resource_index, catalogue, params, expected):
    assert set(titles(client.get(resource_index.url, params))) == expected


def test_pillar_filter(client, resource_index, catalogue):
    pillar = ImprovementPillar.objects.order_by("sort_order").last()
    assert titles(client.get(resource_index.url, {"forbedring": pillar.slug})) == ["Brøk med pizzamodeller"]


def test_counts_say_what_ticking_an_option_would_give(client, resource_index, catalogue):
    response = client.get(resource_index.url, {"fag": "matematikk"})
    # Other facets count within the current subject filter …
    assert counts(response, "type")["undervisningsopplegg"] == 1
    assert counts(response, "type")["laeremiddel"] == 1
    assert counts(response, "type")["forskning"] == 0
    assert counts(response, "trinnband") == {"1-4": 0, "5-7": 1, "8-10": 1}
    # … while the subject facet itself counts as if it were not set, since choices within it add up.
    assert counts(response, "fag")["norsk"] == 1
    assert counts(response, "fag")["matematikk"] == 2
    assert counts(response, "emne") == {"brøk": 2, "konkreter": 1}


def test_active_filters_can_be_removed_one_by_one(client, resource_index, catalogue):
    response = client.get(resource_index.url, {"fag": ["matematikk", "norsk"], "trinn": "5", "side": "2"})
    active = {a.label: a.remove_url for a in response.context["listing"].active_filters}
    assert set(active) == {"Matematikk", "Norsk", "5. trinn"}
    assert "fag=matematikk" not in active["Matematikk"] and "fag=norsk" in active["Matematikk"]
    assert "side=" not in active["5. trinn"]
    html = response.content.decode()
    assert 'value="matematikk" id="f-fag-matematikk" checked' in html


def test_sorting(client, resource_index, catalogue):
    by_title = titles(client.get(resource_index.url, {"sort": "tittel"}))
    assert by_title == sorted(by_title)
    oldest = titles(client.get(resource_index.url, {"sort": "eldst"}))
    assert oldest[0] == "Brøk med pizzamodeller"


def test_drafts_and_private_pages_are_never_listed(client, resource_index, catalogue):
    draft = LessonPlanPageFactory(title="Hemmelig utkast", live=False)
    private = LessonPlanPageFactory(title="Bare for nettverket")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(resource_index.url)
    assert "Hemmelig utkast" not in titles(response)
    assert "Bare for nettverket" not in titles(response)
    body = response.content.decode()
    assert draft.title not in body and private.title not in body
    # nor do they count in the facets
    assert counts(response, "fag")["norsk"] == 1


def test_pagination(client, resource_index, settings):
    settings.PORTAL_PAGE_SIZE = 2
    for n in range(5):
        LessonPlanPageFactory(title=f"Opplegg {n}")
    first = client.get(resource_index.url)
    assert len(titles(first)) == 2
    third = client.get(resource_index.url, {"side": "3"})
    assert len(titles(third)) == 1
    assert 'aria-current="page"' in third.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"side": "abc"},
        {"side": "-1"},
        {"side": "999999"},
        {"side": "9" * 5000},
        {"side": "1.5"},
        {"fag": "finnes-ikke"},
        {"fag": "<script>alert(1)</script>"},
        {"trinn": "11"},
        {"type": "'; DROP TABLE wagtailcore_page; --"},
        {"emne": "x" * 10_000},
        {"emne": "\x00\x01"},
        {"sort": "drop"},
        {"fag": ["matematikk"] * 500},
        {"kartlegging": "\u202eevil", "forbedring": "💥"},
    ],
)
def test_bad_input_gives_a_page_never_an_error(client, resource_index, catalogue, query):
    response = client.get(resource_index.url, query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_unknown_filter_values_are_ignored_with_a_notice(client, resource_index, catalogue):
    response = client.get(resource_index.url, {"fag": ["matematikk", "finnes-ikke"]})
    assert set(titles(response)) == {"Brøk med pizzamodeller", "Tallinje til utskrift"}
    assert "kjenner ikke verdien «finnes-ikke»" in response.content.decode()


def test_past_the_last_page_shows_the_last_page(client, resource_index, settings):
    settings.PORTAL_PAGE_SIZE = 2
    for n in range(3):
        LessonPlanPageFactory(title=f"Opplegg {n}")
    response = client.get(resource_index.url, {"side": "999999"})
    assert response.context["listing"].pagination.page.number == 2


def test_empty_result_explains_itself(client, resource_index, catalogue):
    response = client.get(resource_index.url, {"fag": "samisk"})
    assert response.context["listing"].total == 0
    assert "Ingen ressurser passer" in response.content.decode()


def _listing_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, {"fag": "matematikk", "trinnband": "5-7"})
    assert response.status_code == 200
    return len(titles(response)), len(ctx.captured_queries)


def test_query_count_does_not_grow_with_results(client, resource_index, settings):
    """10 results and 50 results on one page cost the same number of queries."""
    settings.PORTAL_PAGE_SIZE = 100
    subjects = [subject("matematikk"), subject("norsk")]
    areas = list(SurveyArea.objects.all()[:3])

    def add(n):
        for i in range(n):
            LessonPlanPageFactory(
                subjects=subjects, grades=grades(5, 6, 7), survey_areas=areas, tags=["felles", f"emne-{i}"]
            )

    add(10)
    client.get(resource_index.url)  # warm process-wide caches (content types, site root paths)
    shown_few, queries_few = _listing_queries(client, resource_index.url)
    add(40)
    shown_many, queries_many = _listing_queries(client, resource_index.url)
    print(f"\nlisting queries: {queries_few} for {shown_few} results, {queries_many} for {shown_many} results")
    assert (shown_few, shown_many) == (10, 50)
    assert queries_many == queries_few
    assert queries_few <= 25


def test_renaming_a_term_slug_keeps_search_facets_true(resource_index):
    from resources.models import ResourcePage

    page = LessonPlanPageFactory(subjects=[subject("samisk")], tags=["joik"])
    assert "fag:samisk" in ResourcePage.objects.get(pk=page.pk).facet_keys
    term = subject("samisk")
    term.slug = "samisk-sprak"
    term.save()
    from taggit.models import Tag

    tag = Tag.objects.get(name="joik")
    tag.slug = "joik-og-vuelie"
    tag.save()
    keys = ResourcePage.objects.get(pk=page.pk).facet_keys.split()
    assert "fag:samisk-sprak" in keys and "fag:samisk" not in keys
    assert "emne:joik-og-vuelie" in keys
