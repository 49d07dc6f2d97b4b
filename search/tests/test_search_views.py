"""The search page (/sok/), the JSON API (/api/search/) and title suggestions, end to end.

Pages are made with the factories, which index them synchronously, and every search
goes through the real backend of the database the suite runs on (SQLite FTS5 with
Snowball stems, or PostgreSQL's `norwegian` configuration).

Most pages here are learning materials made by `material()`: their only text is the
title and summary we give (plus the author's name and subject name), so what a
query finds is exactly what the test says. Lesson plans carry default steps that
mention "Læreren" and "Elevene", so they are used only where that cannot matter.
"""

import json
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from resources.factories import (
    LearningMaterialPageFactory,
    LessonPlanPageFactory,
    ResearchSummaryPageFactory,
    ResourceIndexPageFactory,
)
from resources.models import Grade, ImprovementPillar, Subject, SurveyArea
from search import spelling
from search.engines import get_engine
from search.models import SuggestedSearch, Synonym, ZeroResultDailyHits

pytestmark = pytest.mark.django_db

SEARCH = "/sok/"
API = "/api/search/"
SUGGEST = "/api/search/suggest/"


def _forget_vocabulary():
    # The «Mente du» vocabulary is cached (in Django's cache and in the process) under the content's
    # (latest publication, number of public pages); pages made without a revision have no publication
    # date, so two tests with as many pages would share a key and a stale vocabulary.
    cache.clear()
    local = getattr(spelling, "_local", None)
    if local is not None:
        local.clear()


@pytest.fixture(autouse=True)
def _no_seeded_synonyms(db):
    # What each test finds is exactly what its own pages say; synonyms have their own tests
    # (test_expansion.py) and the relevance suites use the seeded ones.
    Synonym.objects.all().delete()


@pytest.fixture(autouse=True)
def _fresh_vocabulary_and_engine():
    _forget_vocabulary()
    get_engine.cache_clear()
    yield
    _forget_vocabulary()
    get_engine.cache_clear()


# ------------------------------------------------------------------ helpers


def subjects(*slugs):
    return list(Subject.objects.filter(slug__in=slugs))


def grades(*numbers):
    return list(Grade.objects.filter(number__in=numbers))


def material(title, summary="Kort omtale.", **kwargs):
    kwargs.setdefault("subjects", subjects("matematikk"))
    kwargs.setdefault("grades", grades(5))
    return LearningMaterialPageFactory(title=title, summary=summary, **kwargs)


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def html_titles(response) -> list[str]:
    """Titles as the page lists them: editors' picks first, then the results."""
    search = response.context["search"]
    return [hit.title for hit in [*search.promoted, *search.results]]


def html(response) -> str:
    return response.content.decode()


def api(client, **params):
    response = client.get(API, params)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def api_titles(client, **params) -> list[str]:
    return [hit["title"] for hit in api(client, **params)["results"]]


def facet_counts(response, param) -> dict[str, int]:
    state = next(f for f in response.context["search"].facets if f.param == param)
    return {o.key: o.count for o in state.options}


def api_facet_counts(data, name) -> dict[str, int]:
    return {o["slug"]: o["count"] for o in data["facets"][name]}


def suggest_titles(client, q) -> list[str]:
    response = client.get(SUGGEST, {"q": q})
    assert response.status_code == 200
    return response.json()["suggestions"]


def hits(query_string: str) -> int:
    query = Query.objects.filter(query_string=query_string).first()
    return query.hits if query else 0


def zero_hits(query_string: str) -> int:
    return sum(ZeroResultDailyHits.objects.filter(query__query_string=query_string).values_list("hits", flat=True))


def hidden_inputs(page_html: str) -> set[tuple[str, str]]:
    return {
        (unescape(name), unescape(value))
        for name, value in re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', page_html)
    }


def checked_boxes(page_html: str) -> set[tuple[str, str]]:
    return {
        (unescape(name), unescape(value))
        for name, value in re.findall(
            r'<input type="checkbox" name="([^"]*)" value="([^"]*)"[^>]*\schecked>', page_html
        )
    }


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(unescape(url)).query)


# ------------------------------------------------------------------ Norwegian words


@pytest.mark.parametrize("q", ["lese", "lesing", "leser", "Lese", "leseforståelse"])
def test_reading_inflections_find_leseforstaaelse(client, q):
    material("Leseforståelse i praksis")
    material("Skriving i praksis")
    response = client.get(SEARCH, {"q": q})
    assert response.status_code == 200
    assert html_titles(response) == ["Leseforståelse i praksis"]
    assert api_titles(client, q=q) == ["Leseforståelse i praksis"]


@pytest.mark.parametrize("q", ["elev", "elever", "eleven", "elevenes"])
def test_pupil_inflections_find_elevenes_trivsel(client, q):
    material("Elevenes trivsel")
    material("Foreldremøte om trivsel")
    assert html_titles(client.get(SEARCH, {"q": q})) == ["Elevenes trivsel"]
    assert api_titles(client, q=q) == ["Elevenes trivsel"]


@pytest.mark.parametrize("q", ["vurdere", "vurdering", "vurderingen"])
def test_assessment_inflections_find_each_other(client, q):
    material("Vurdering for læring")
    material("Å vurdere egen innsats")
    assert sorted(html_titles(client.get(SEARCH, {"q": q}))) == ["Vurdering for læring", "Å vurdere egen innsats"]


@pytest.mark.parametrize("q", ["laerer", "lærer", "LAERER", "laereren", "lærerens"])
def test_ascii_spellings_find_norwegian_letters(client, q):
    material("Lærerens rolle i klasserommet")
    material("Leken i friminuttet")
    assert html_titles(client.get(SEARCH, {"q": q})) == ["Lærerens rolle i klasserommet"]
    assert api_titles(client, q=q) == ["Lærerens rolle i klasserommet"]


@pytest.mark.parametrize("q", ["soeylediagram", "søylediagram", "gaarden", "gården"])
def test_oe_and_aa_spellings(client, q):
    material("Søylediagram av klassens data")
    material("Besøk på gården")
    found = html_titles(client.get(SEARCH, {"q": q}))
    assert found == (["Søylediagram av klassens data"] if "yl" in q else ["Besøk på gården"])


# Words whose prefix stem happens to be a stopword ("mener" → "men", "varer" → "var"); all occur in the demo content.
STEM_IS_A_STOPWORD = [
    ("mener", "Hva mener elevene om lekser?"),
    ("mening", "Å skape mening i matematikk"),
    ("varer", "Varer og priser i butikken"),
    ("sitter", "Elever som sitter stille"),
    ("fører", "Hvem fører ordet i klassen?"),
]


@pytest.mark.parametrize(("q", "title"), STEM_IS_A_STOPWORD, ids=[case[0] for case in STEM_IS_A_STOPWORD])
def test_a_word_whose_stem_is_a_stopword_is_still_found(client, q, title):
    material(title)
    material("Brøk med pizza")
    assert html_titles(client.get(SEARCH, {"q": q})) == [title]
    assert api_titles(client, q=q) == [title]


def test_a_query_of_only_stopwords_still_searches(client):
    material("Hva er det?", summary="En samtale om spørsmål.")
    material("Brøk med pizza")
    assert html_titles(client.get(SEARCH, {"q": "hva er det"})) == ["Hva er det?"]


def test_stopwords_do_not_narrow_a_query(client):
    material("Brøk med pizza")
    material("Pizza uten brøk", summary="Mat og helse.", subjects=subjects("mat-og-helse"))
    # "og" is in neither page's title: as a required word it would find nothing.
    response = client.get(SEARCH, {"q": "brøk og pizza"})
    assert sorted(html_titles(response)) == ["Brøk med pizza", "Pizza uten brøk"]
    assert response.context["search"].all_words_matched
    # "med" is a stopword too, though one title has it.
    assert sorted(html_titles(client.get(SEARCH, {"q": "brøk med pizza"}))) == ["Brøk med pizza", "Pizza uten brøk"]


def test_when_no_page_has_every_word_any_word_is_enough_and_the_page_says_so(client):
    material("Brøk med pizza")
    material("Prosent og rabatt")
    response = client.get(SEARCH, {"q": "brøk prosent"})
    assert sorted(html_titles(response)) == ["Brøk med pizza", "Prosent og rabatt"]
    assert response.context["search"].all_words_matched is False
    assert "Ingen ressurser inneholder alle ordene" in html(response)


# ------------------------------------------------------------------ only live, public pages


@pytest.fixture
def private_twins(home):
    """A public page and three that must never be seen, all about the same thing."""
    public = material("Brøk med pizzamodeller", subjects=subjects("matematikk"), tags=["brøk"])
    draft = material(
        "Brøk i kladd (hemmelig)", subjects=subjects("musikk"), grades=grades(9), tags=["hemmelig"], live=False
    )
    restricted = restrict(
        material("Brøk for nettverket (hemmelig)", subjects=subjects("musikk"), grades=grades(9), tags=["hemmelig"])
    )
    private_index = restrict(ResourceIndexPageFactory(title="Nettverkets ressurser", parent=home))
    inside = material(
        "Brøk i nettverksmappen (hemmelig)",
        subjects=subjects("musikk"),
        grades=grades(9),
        tags=["hemmelig"],
        parent=private_index,
    )
    return {"public": public, "draft": draft, "restricted": restricted, "inside": inside}


@pytest.mark.parametrize("q", ["brøk", "hemmelig", "brøk hemmelig", "nettverket", "kladd"])
def test_drafts_and_restricted_pages_are_never_in_the_html_results(client, private_twins, q):
    response = client.get(SEARCH, {"q": q})
    assert response.status_code == 200
    assert set(html_titles(response)) <= {"Brøk med pizzamodeller"}
    body = html(response)
    assert "(hemmelig)" not in body
    for page in ("draft", "restricted", "inside"):
        assert f'href="{private_twins[page].url}"' not in body


@pytest.mark.parametrize("q", ["brøk", "hemmelig", "brøk hemmelig", "nettverket", "kladd"])
def test_drafts_and_restricted_pages_are_never_in_the_json_results(client, private_twins, q):
    data = api(client, q=q)
    assert {hit["title"] for hit in data["results"]} <= {"Brøk med pizzamodeller"}
    assert data["count"] == len(data["results"])
    assert "hemmelig" not in json.dumps(data["results"], ensure_ascii=False)


def test_drafts_and_restricted_pages_are_never_counted_in_facets(client, private_twins):
    response = client.get(SEARCH, {"q": "brøk"})
    assert response.context["search"].total == 1
    assert facet_counts(response, "fag")["musikk"] == 0
    assert facet_counts(response, "fag")["matematikk"] == 1
    assert facet_counts(response, "trinnband")["8-10"] == 0
    assert facet_counts(response, "trinn")["9"] == 0
    assert "hemmelig" not in facet_counts(response, "emne")

    data = api(client, q="brøk")
    assert api_facet_counts(data, "subject")["musikk"] == 0
    assert api_facet_counts(data, "grade")["8-10"] == 0
    assert "hemmelig" not in api_facet_counts(data, "tag")

    # Even asking for the private pages' own facets finds nothing.
    response = client.get(SEARCH, {"q": "brøk", "fag": "musikk"})
    assert html_titles(response) == []
    assert api(client, q="brøk", subject="musikk", tag="hemmelig")["count"] == 0


@pytest.mark.parametrize("q", ["br", "brø", "brøk", "hem", "hemmelig", "nett", "kladd", "Brøk i"])
def test_suggest_never_offers_private_titles(client, private_twins, q):
    titles = suggest_titles(client, q)
    assert not [t for t in titles if "hemmelig" in t]


def test_suggest_offers_public_titles(client, private_twins):
    material("Brøkstriper til utklipp")
    material("Leseforståelse i praksis")
    titles = suggest_titles(client, "brø")
    assert set(titles) == {"Brøk med pizzamodeller", "Brøkstriper til utklipp"}
    assert suggest_titles(client, "lesef") == ["Leseforståelse i praksis"]
    assert suggest_titles(client, "b") == []  # too short to suggest
    response = client.get(SUGGEST, {"q": "brø"})
    assert response["Content-Type"].startswith("application/json")
    assert "Brøk".encode() in response.content  # not \u00f8


@pytest.mark.parametrize("q", ['"brø', 'brø"', "(brø", "brø*", "brø:"])
def test_suggest_is_not_thrown_by_punctuation(client, q):
    """A teacher starting a phrase with a quote still gets suggestions."""
    material("Brøk med pizzamodeller")
    assert suggest_titles(client, q) == ["Brøk med pizzamodeller"]


# ------------------------------------------------------------------ ranking


TITLE_VS_BODY = [
    # (query, page with the word in its title, page with it only in the summary)
    ("tallinje", ("Tallinje til utskrift", "Et ark til å skrive ut."), ("Geometri", "Vi bruker tallinje og linjal.")),
    ("brøk", ("Brøk med pizzamodeller", "Elevene deler pizza."), ("Tallinje", "Tallinja viser brøk mellom 0 og 1.")),
    (
        "lesestrategier",
        ("Lesestrategier før, under og etter lesing av fagtekster", "Elevene jobber i grupper."),
        ("Gjensidig undervisning", "Lesestrategier i grupper."),
    ),
]


@pytest.mark.parametrize(("q", "in_title", "in_body"), TITLE_VS_BODY, ids=[case[0] for case in TITLE_VS_BODY])
def test_a_title_match_outranks_a_body_only_match(client, q, in_title, in_body):
    # The body-only page is made first, so an order by id would put it first.
    material(in_body[0], summary=in_body[1])
    material(in_title[0], summary=in_title[1])
    expected = [in_title[0], in_body[0]]
    assert html_titles(client.get(SEARCH, {"q": q})) == expected
    assert api_titles(client, q=q) == expected


def test_a_title_match_outranks_a_body_match_of_a_lesson_plan(client):
    LessonPlanPageFactory(
        title="Mønster med perler",
        summary="Elevene lager mønster.",
        learning_goals=[{"type": "goal", "value": "Jeg kan lage et mønster."}],
        key_vocabulary=[{"type": "term", "value": {"term": "Symmetrilinje", "definition": "En linje."}}],
    )
    material("Symmetri i kunst", summary="Bilder å se på.")
    assert html_titles(client.get(SEARCH, {"q": "symmetri"})) == ["Symmetri i kunst", "Mønster med perler"]


def test_learning_goals_outrank_body_text(client):
    def plan(title, *, goal, step):
        return LessonPlanPageFactory(
            title=title,
            summary="Et opplegg for klassen.",
            learning_goals=[{"type": "goal", "value": goal}],
            steps=[
                {
                    "type": "step",
                    "value": {
                        "title": "Arbeid",
                        "minutes": 20,
                        "organisation": "par",
                        "description": f"<p>{step}</p>",
                        "image": {"image": None, "alt_text": None, "decorative": None},
                    },
                }
            ],
        )

    # Made first: the body-only plan would win a tie broken by id.
    plan("Opplegg A", goal="Jeg kan telle til hundre.", step="Vi snakker om fotosyntese i plantene.")
    plan("Opplegg B", goal="Jeg kan forklare fotosyntese.", step="Vi teller blader.")
    expected = ["Opplegg B", "Opplegg A"]
    assert html_titles(client.get(SEARCH, {"q": "fotosyntese"})) == expected
    assert api_titles(client, q="fotosyntese") == expected


# ------------------------------------------------------------------ search promotions


@pytest.fixture
def fractions():
    pizza = material("Brøk med pizzamodeller", summary="Elevene deler pizza.")
    strips = material("Brøkstriper", summary="Striper å klippe ut.")
    # A body-only match that would otherwise come last.
    line = material("Tallinje til utskrift", summary="Tallinja viser brøk mellom 0 og 1.")
    return {"pizza": pizza, "strips": strips, "line": line}


def promote(page, query="brøk", sort_order=0):
    return SearchPromotion.objects.create(query=Query.get(query), page=page, sort_order=sort_order)


def test_a_promotion_puts_the_chosen_page_first(client, fractions):
    assert html_titles(client.get(SEARCH, {"q": "brøk"}))[0] != "Tallinje til utskrift"
    promote(fractions["line"])

    response = client.get(SEARCH, {"q": "brøk"})
    titles = html_titles(response)
    assert titles[0] == "Tallinje til utskrift"
    assert titles.count("Tallinje til utskrift") == 1
    assert sorted(titles) == sorted(["Brøk med pizzamodeller", "Brøkstriper", "Tallinje til utskrift"])
    assert response.context["search"].total == 3
    assert "Anbefalt av redaksjonen" in html(response)

    data = api(client, q="brøk")
    assert [h["title"] for h in data["results"]][0] == "Tallinje til utskrift"
    assert [h["promoted"] for h in data["results"]] == [True, False, False]
    assert data["count"] == 3


def test_a_promotion_matches_the_query_whatever_its_case_and_spacing(client, fractions):
    promote(fractions["line"])
    assert html_titles(client.get(SEARCH, {"q": "  Brøk "}))[0] == "Tallinje til utskrift"


def test_a_promoted_page_need_not_contain_the_words(client, fractions):
    other = material("Pizzabaking", summary="Mat og helse.")
    promote(other)
    data = api(client, q="brøk")
    assert data["results"][0]["title"] == "Pizzabaking"
    assert data["results"][0]["promoted"] is True
    assert data["count"] == 4
    # Shown as a result, so counted as one: ticking its subject must not promise fewer hits than the page shows.
    assert api_facet_counts(data, "subject")["matematikk"] == 4
    assert api_facet_counts(data, "type")["laeremiddel"] == 4


def test_a_promoted_draft_or_restricted_page_is_not_shown(client, fractions):
    draft = material("Brøk kladd", live=False)
    restricted = restrict(material("Brøk for nettverket"))
    promote(draft, sort_order=0)
    promote(restricted, sort_order=1)

    response = client.get(SEARCH, {"q": "brøk"})
    assert response.context["search"].promoted == []
    assert "Brøk kladd" not in html(response) and "Brøk for nettverket" not in html(response)
    assert "Anbefalt av redaksjonen" not in html(response)
    data = api(client, q="brøk")
    assert not any(hit["promoted"] for hit in data["results"])
    assert {hit["title"] for hit in data["results"]} == {
        "Brøk med pizzamodeller",
        "Brøkstriper",
        "Tallinje til utskrift",
    }
    assert data["count"] == 3


def test_a_promotion_respects_the_filters(client, fractions):
    promote(fractions["line"])
    response = client.get(SEARCH, {"q": "brøk", "fag": "norsk"})
    assert response.context["search"].promoted == []
    assert api(client, q="brøk", subject="norsk")["count"] == 0


def test_a_promotion_also_shows_for_longer_queries_synonyms_and_nynorsk(client, fractions):
    feedback = material("Tilbakemeldinger som virker", summary="Feedback til elevene.")
    promote(feedback, query="feedback")
    promote(fractions["line"], query="brøk")
    Synonym.objects.create(kind=Synonym.Kind.EQUIVALENT, terms="feedback, tilbakemelding")
    for q in ("feedback elever", "Feedback!", "tilbakemelding"):
        data = api(client, q=q)
        assert [h["title"] for h in data["results"] if h["promoted"]] == ["Tilbakemeldinger som virker"], q
    # The query's own picks come before those of its words.
    promote(fractions["pizza"], query="brøk feedback")
    promoted = [h["title"] for h in api(client, q="brøk feedback")["results"] if h["promoted"]]
    assert promoted[0] == "Brøk med pizzamodeller"
    assert set(promoted) == {"Brøk med pizzamodeller", "Tallinje til utskrift", "Tilbakemeldinger som virker"}


def test_the_promoted_page_is_shown_on_the_first_page_only(client, settings, fractions):
    settings.PORTAL_PAGE_SIZE = 1
    promote(fractions["line"])
    assert api(client, q="brøk")["results"][0]["promoted"] is True
    second = api(client, q="brøk", page=2)
    assert not any(hit["promoted"] for hit in second["results"])
    seen = [hit["title"] for p in (1, 2) for hit in api(client, q="brøk", page=p)["results"]]
    assert len(seen) == len(set(seen)) == 3


def test_facet_counts_agree_with_the_total_when_a_page_is_promoted(client, fractions):
    """The promoted page is one of the results: the facets must count it like any other."""
    promote(fractions["line"])
    response = client.get(SEARCH, {"q": "brøk"})
    assert response.context["search"].total == 3
    assert facet_counts(response, "fag")["matematikk"] == 3
    assert facet_counts(response, "type")["laeremiddel"] == 3
    data = api(client, q="brøk")
    assert api_facet_counts(data, "subject")["matematikk"] == data["count"] == 3


# ------------------------------------------------------------------ facets


@pytest.fixture
def catalogue():
    return {
        "pizza": material("Brøk med pizza", subjects=subjects("matematikk"), grades=grades(5, 6), tags=["konkreter"]),
        "line": material("Brøk på tallinja", subjects=subjects("matematikk"), grades=grades(8)),
        "words": material("Brøkord i sakprosa", subjects=subjects("norsk"), grades=grades(3)),
        "reading": material("Lesing i praksis", subjects=subjects("norsk"), grades=grades(5)),
        "plan": LessonPlanPageFactory(
            title="Brøk i par",
            summary="Et opplegg.",
            subjects=subjects("matematikk"),
            grades=grades(6),
            survey_areas=list(SurveyArea.objects.filter(slug="elever-5-10-forventning-om-mestring")),
            pillars=list(ImprovementPillar.objects.order_by("sort_order")[:1]),
        ),
        "draft": material("Brøk kladd", subjects=subjects("matematikk"), grades=grades(5), live=False),
    }


def test_facet_counts_follow_the_query(client, catalogue):
    response = client.get(SEARCH, {"q": "brøk"})
    assert response.context["search"].total == 4
    fag = facet_counts(response, "fag")
    assert fag["matematikk"] == 3 and fag["norsk"] == 1 and fag["engelsk"] == 0
    assert facet_counts(response, "trinnband") == {"1-4": 1, "5-7": 2, "8-10": 1}
    assert facet_counts(response, "type")["laeremiddel"] == 3
    assert facet_counts(response, "type")["undervisningsopplegg"] == 1
    assert facet_counts(response, "type")["forskning"] == 0
    assert facet_counts(response, "emne") == {"konkreter": 1}


def test_facets_combine_with_the_query_and_with_each_other(client, catalogue):
    response = client.get(SEARCH, {"q": "brøk", "fag": "matematikk"})
    assert sorted(html_titles(response)) == ["Brøk i par", "Brøk med pizza", "Brøk på tallinja"]
    # A facet's own options are counted without its own choice: ticking Norsk would add one.
    assert facet_counts(response, "fag")["matematikk"] == 3
    assert facet_counts(response, "fag")["norsk"] == 1
    assert facet_counts(response, "trinnband") == {"1-4": 0, "5-7": 2, "8-10": 1}

    response = client.get(SEARCH, {"q": "brøk", "fag": "matematikk", "trinnband": "5-7"})
    assert sorted(html_titles(response)) == ["Brøk i par", "Brøk med pizza"]
    assert response.context["search"].total == 2
    assert facet_counts(response, "fag")["matematikk"] == 2
    assert facet_counts(response, "fag")["norsk"] == 0  # Brøkord is 3rd grade
    assert facet_counts(response, "trinnband") == {"1-4": 0, "5-7": 2, "8-10": 1}
    assert facet_counts(response, "type")["undervisningsopplegg"] == 1

    # Within one facet the choices are alternatives.
    response = client.get(SEARCH, {"q": "brøk", "trinnband": ["1-4", "8-10"]})
    assert sorted(html_titles(response)) == ["Brøk på tallinja", "Brøkord i sakprosa"]


def test_facets_in_the_json_api(client, catalogue):
    data = api(client, q="brøk", subject="matematikk", grade="5-7")
    assert sorted(h["title"] for h in data["results"]) == ["Brøk i par", "Brøk med pizza"]
    assert data["count"] == 2
    subject = {o["slug"]: o for o in data["facets"]["subject"]}
    assert subject["matematikk"] == {"slug": "matematikk", "name": "Matematikk", "count": 2, "selected": True}
    assert subject["norsk"] == {"slug": "norsk", "name": "Norsk", "count": 0, "selected": False}
    grade = {o["slug"]: o for o in data["facets"]["grade"]}
    assert grade["5-7"]["selected"] is True and grade["5-7"]["count"] == 2
    assert grade["8-10"]["selected"] is False and grade["8-10"]["count"] == 1


def test_the_page_keeps_the_query_and_the_filters_in_its_forms(client, catalogue):
    response = client.get(SEARCH, {"q": "brøk", "fag": "matematikk", "trinnband": "5-7"})
    body = html(response)
    # The filter form carries the query; the search form carries the filters.
    assert ("q", "brøk") in hidden_inputs(body)
    assert {("fag", "matematikk"), ("trinnband", "5-7")} <= hidden_inputs(body)
    assert checked_boxes(body) == {("fag", "matematikk"), ("trinnband", "5-7")}
    assert 'name="q" value="brøk"' in body
    # Removing one filter keeps the query and the other filter.
    removes = [query_of(f.remove_url) for f in response.context["search"].active_filters]
    assert {"q": ["brøk"], "trinnband": ["5-7"]} in removes
    assert {"q": ["brøk"], "fag": ["matematikk"]} in removes


def test_unknown_facet_values_are_ignored(client, catalogue):
    response = client.get(SEARCH, {"q": "brøk", "fag": ["matematikk", "finnes-ikke"], "trinnband": "11-13"})
    assert response.status_code == 200
    assert sorted(html_titles(response)) == ["Brøk i par", "Brøk med pizza", "Brøk på tallinja"]
    assert api(client, q="brøk", subject="finnes-ikke", grade="11-13")["count"] == 4


# ------------------------------------------------------------------ «Mente du …»


@pytest.fixture
def leadership():
    material("Klasseledelse med struktur og relasjoner", subjects=subjects("norsk"))
    material("Klasseledelse i praksis", subjects=subjects("norsk"))
    material("Brøk med pizza")


def test_a_typo_is_corrected_at_once_keeping_the_other_params(client, leadership):
    response = client.get(SEARCH, {"q": "klaseledelse", "fag": "norsk"})
    search = response.context["search"]
    assert search.total == 2 and search.corrected_to == "klasseledelse"
    assert sorted(html_titles(response)) == ["Klasseledelse i praksis", "Klasseledelse med struktur og relasjoner"]
    body = html(response)
    assert "Viser treff for «<strong>klasseledelse</strong>»" in body and "Mente du" not in body
    assert "2 treff på «klasseledelse»" in body
    link = re.search(r'Søk i stedet etter «<a href="([^"]+)">klaseledelse</a>»', body)
    assert link, body
    assert query_of(link.group(1)) == {"q": ["klaseledelse"], "eksakt": ["1"], "fag": ["norsk"]}
    # Searching as typed finds nothing, and is not corrected again.
    as_typed = client.get(SEARCH + unescape(link.group(1)))
    assert as_typed.context["search"].total == 0 and not as_typed.context["search"].corrected_to
    assert "Viser treff for" not in html(as_typed)

    data = api(client, q="klaseledelse", subject="norsk")
    assert data["corrected_query"] == "klasseledelse" and data["count"] == 2 and data["query"] == "klaseledelse"


def test_a_word_the_content_uses_is_never_changed(client, leadership):
    assert api(client, q="klasseledelse")["corrected_query"] is None
    assert api(client, q="xyzzyqq")["corrected_query"] is None
    response = client.get(SEARCH, {"q": "klasseledelse"})
    assert "Viser treff for" not in html(response) and "Mente du" not in html(response)


@pytest.mark.parametrize(
    ("typed", "corrected"),
    [
        ("brøkk", "brøk"),  # short: one edit
        ("pizaa", "pizza"),  # two letters swapped count as one edit
        ("klasseldelse", "klasseledelse"),  # long: one letter missing
        ("klasselledlse", "klasseledelse"),  # long: two edits
        ("KLASELEDELSE", "klasseledelse"),
    ],
)
def test_edit_distance_one_for_short_words_and_two_for_long(client, leadership, typed, corrected):
    assert api(client, q=typed)["corrected_query"] == corrected


@pytest.mark.parametrize("typed", ["brxkk", "klxssxledxlse", "piz"])
def test_too_far_or_too_short_is_not_corrected(client, leadership, typed):
    assert api(client, q=typed)["corrected_query"] is None


def test_no_correction_that_would_find_nothing_within_the_filters(client, leadership):
    # The right spelling finds nothing in maths either, so nothing is corrected or suggested.
    data = api(client, q="klaseledelse", subject="matematikk")
    assert data["corrected_query"] is None and data["count"] == 0


def test_one_misspelt_word_among_several(client, leadership):
    data = api(client, q="klasseledelse praksiss")
    assert data["corrected_query"] == "klasseledelse praksis"
    assert [hit["title"] for hit in data["results"]] == ["Klasseledelse i praksis"]


# ------------------------------------------------------------------ zero hits


def test_zero_hits_show_advice_and_suggested_searches(client, settings):
    settings.SEARCH_SUGGESTION_MIN_VISITORS = 3
    material("Brøk med pizza")
    material("Lesing i praksis")
    SuggestedSearch.objects.create(term="lesing", sort_order=1)  # editors' term, first
    for n in range(3):  # three anonymous visitors, each finding something
        client.get(SEARCH, {"q": "brøk"}, REMOTE_ADDR=f"192.0.2.{n}")
        client.get(SEARCH, {"q": "programmering"}, REMOTE_ADDR=f"192.0.2.{n}")  # found nothing

    response = client.get(SEARCH, {"q": "xyzzyqq"})
    assert response.status_code == 200
    body = html(response)
    assert "Vi fant ingenting på «xyzzyqq»" in body
    assert "Sjekk stavemåten" in body
    assert 'href="/ressurser/"' in body
    assert "Forslag til søk" in body
    assert "Andre søkte etter" not in body
    assert response.context["suggested_searches"] == ["lesing", "brøk"]
    assert f'href="{SEARCH}?q=br%C3%B8k"' in body
    assert f'href="{SEARCH}?q=lesing"' in body
    assert "?q=programmering" not in body  # it found nothing
    assert "?q=xyzzyqq" not in body
    assert "Søk uten filtrene" not in body  # no filters to remove


def test_zero_hits_with_filters_link_to_the_search_without_them(client):
    material("Brøk med pizza", subjects=subjects("matematikk"))
    response = client.get(SEARCH, {"q": "brøk", "fag": "norsk", "trinnband": "8-10"})
    assert response.context["search"].total == 0
    body = html(response)
    link = re.search(r'<a href="([^"]+)">Søk uten filtrene du har valgt</a>', body)
    assert link, body
    assert query_of(link.group(1)) == {"q": ["brøk"]}
    assert html_titles(client.get(SEARCH + unescape(link.group(1)))) == ["Brøk med pizza"]


# ------------------------------------------------------------------ snippets


def test_matched_words_are_marked_and_content_html_is_escaped(client):
    material(
        "Brøk <i>med</i> pizza",
        summary='Elevene deler <b>pizza</b> i brøker & sammenligner dem. <script>alert("x")</script>',
    )
    response = client.get(SEARCH, {"q": "brøk"})
    body = html(response)
    assert "<mark>brøker</mark>" in body
    assert "&lt;b&gt;pizza&lt;/b&gt;" in body
    assert "&amp; sammenligner" in body
    assert "<script>alert" not in body
    assert "&lt;script&gt;" in body
    assert "Brøk &lt;i&gt;med&lt;/i&gt; pizza" in body
    assert "<i>med</i>" not in body

    (hit,) = api(client, q="brøk")["results"]
    assert "<mark>brøker</mark>" in hit["snippet"]
    assert "<b>" not in hit["snippet"] and "<script>" not in hit["snippet"]
    assert "&lt;b&gt;pizza&lt;/b&gt;" in hit["snippet"]
    assert hit["summary"].startswith("Elevene deler <b>pizza</b>")  # the raw text, for clients to escape


def test_inflected_and_ascii_spelled_matches_are_marked(client):
    material("Om lærere", summary="Lærerens rolle og læreren i klasserommet.")
    (hit,) = api(client, q="laerer")["results"]
    assert hit["snippet"].count("<mark>") == 2
    assert "<mark>Lærerens</mark>" in hit["snippet"] and "<mark>læreren</mark>" in hit["snippet"]


# ------------------------------------------------------------------ pagination


@pytest.fixture
def many(settings):
    settings.PORTAL_PAGE_SIZE = 12
    return [material(f"Brøk nummer {i}", summary=f"Oppgave {i} om brøk.") for i in range(30)]


def test_pagination(client, many):
    first = client.get(SEARCH, {"q": "brøk"})
    second = client.get(SEARCH, {"q": "brøk", "side": "2"})
    third = client.get(SEARCH, {"q": "brøk", "side": "3"})
    pages = [html_titles(r) for r in (first, second, third)]
    assert [len(p) for p in pages] == [12, 12, 6]
    assert len(set().union(*pages)) == 30
    assert first.context["search"].total == second.context["search"].total == 30
    body = html(second)
    assert 'rel="next"' in body and 'rel="prev"' in body
    next_link = re.search(r'<a href="([^"]+)" rel="next"', body).group(1)
    assert query_of(next_link) == {"q": ["brøk"], "side": ["3"]}


def test_pagination_keeps_the_filters(client, many):
    response = client.get(SEARCH, {"q": "brøk", "fag": "matematikk", "side": "2"})
    next_link = re.search(r'<a href="([^"]+)" rel="next"', html(response)).group(1)
    assert query_of(next_link) == {"q": ["brøk"], "fag": ["matematikk"], "side": ["3"]}


@pytest.mark.parametrize(("side", "number"), [("abc", 1), ("999999", 3), ("0", 3), ("-1", 3), ("", 1), ("1.5", 1)])
def test_bad_page_numbers_give_a_page(client, many, side, number):
    response = client.get(SEARCH, {"q": "brøk", "side": side})
    assert response.status_code == 200
    assert response.context["search"].pagination.page.number == number
    assert html_titles(response)
    data = api(client, q="brøk", page=side)
    assert data["page"] == number and data["pages"] == 3 and data["results"]


def test_json_pages(client, many):
    data = api(client, q="brøk", page="3")
    assert data["page"] == 3 and data["pages"] == 3 and data["count"] == 30 and len(data["results"]) == 6


# ------------------------------------------------------------------ the query log


def test_a_plain_search_is_counted(client):
    material("Brøk med pizza")
    client.get(SEARCH, {"q": "brøk"})
    assert hits("brøk") == 1
    client.get(SEARCH, {"q": "Brøk"})
    assert hits("brøk") == 2
    assert zero_hits("brøk") == 0


def test_a_zero_result_search_is_counted_as_such(client):
    material("Brøk med pizza")
    client.get(SEARCH, {"q": "programmering"})
    client.get(SEARCH, {"q": "programmering"})
    assert hits("programmering") == 2
    assert zero_hits("programmering") == 2


def test_facet_clicks_and_page_turns_are_not_counted_again(client, many):
    client.get(SEARCH, {"q": "brøk"})
    client.get(SEARCH, {"q": "brøk", "fag": "matematikk"})
    client.get(SEARCH, {"q": "brøk", "fag": "matematikk", "trinnband": "5-7"})
    client.get(SEARCH, {"q": "brøk", "side": "2"})
    client.get(SEARCH, {"q": "brøk", "fag": "norsk"})  # zero results within a filter
    assert hits("brøk") == 1
    assert zero_hits("brøk") == 0


def test_removing_the_last_filter_is_not_counted_as_a_new_search(client, many):
    client.get(SEARCH, {"q": "brøk"})
    filtered_url = f"{SEARCH}?q=br%C3%B8k&fag=matematikk"
    filtered = client.get(filtered_url)
    (chip,) = filtered.context["search"].active_filters
    assert query_of(chip.remove_url) == {"q": ["brøk"]}
    # The teacher removes the filter chip; the browser sends the page it came from (same-origin referrer policy).
    client.get(SEARCH + chip.remove_url, HTTP_REFERER=f"http://testserver{filtered_url}")
    assert hits("brøk") == 1


def test_a_new_query_typed_while_filters_are_active_is_counted(client, many):
    """The page's search form carries the chosen filters along; new words are still a new search."""
    filtered_url = f"{SEARCH}?q=br%C3%B8k&fag=matematikk"
    client.get(filtered_url)
    client.get(SEARCH, {"q": "prosent", "fag": "matematikk"}, HTTP_REFERER=f"http://testserver{filtered_url}")
    assert hits("prosent") == 1
    assert zero_hits("prosent") == 1


def test_json_searches_are_counted_once_per_query(client, many):
    api(client, q="brøk")
    api(client, q="brøk", page=2)
    api(client, q="brøk", subject="matematikk")
    assert hits("brøk") == 1
    api(client, q="ingenting-her")
    assert zero_hits("ingenting-her") == 1


def test_empty_and_unsearchable_queries_are_not_counted(client):
    client.get(SEARCH)
    client.get(SEARCH, {"q": ""})
    client.get(SEARCH, {"q": "   "})
    assert Query.objects.count() == 0


def test_suggest_is_not_counted(client):
    material("Brøk med pizza")
    suggest_titles(client, "brø")
    assert Query.objects.count() == 0


# ------------------------------------------------------------------ the JSON API


def test_json_shape_and_values(client):
    page = material(
        "Brøk med pizza",
        summary="Elevene deler pizza i brøker.",
        subjects=subjects("matematikk", "mat-og-helse"),
        grades=grades(5, 6, 7),
        tags=["konkreter", "brøk"],
    )
    research = ResearchSummaryPageFactory(title="Forskning om brøk", summary="Hva virker?", grades=grades(8))
    response = client.get(API, {"q": "brøk"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert set(data) == {
        "query",
        "count",
        "page",
        "pages",
        "results",
        "facets",
        "corrected_query",
        "filter_suggestion",
        "other_results",
    }
    assert data["query"] == "brøk"
    assert data["count"] == 2 and data["page"] == 1 and data["pages"] == 1
    assert data["corrected_query"] is None
    hits_by_title = {hit["title"]: hit for hit in data["results"]}
    assert set(hits_by_title) == {"Brøk med pizza", "Forskning om brøk"}
    hit = hits_by_title["Brøk med pizza"]
    assert set(hit) == {
        "title",
        "url",
        "type",
        "type_label",
        "snippet",
        "summary",
        "subjects",
        "grades",
        "tags",
        "promoted",
    }
    assert hit["url"] == f"http://testserver{page.url}"
    assert hit["type"] == "laeremiddel" and hit["type_label"] == "Læremiddel"
    assert hit["summary"] == "Elevene deler pizza i brøker."
    assert hit["snippet"] == "Elevene deler pizza i <mark>brøker</mark>."
    assert sorted(hit["subjects"]) == ["Mat og helse", "Matematikk"]
    assert hit["grades"] == "5.–7. trinn"
    assert sorted(hit["tags"]) == ["brøk", "konkreter"]
    assert hit["promoted"] is False
    other = hits_by_title["Forskning om brøk"]
    assert other["type"] == "forskning" and other["type_label"] == "Forskningsoppsummering"
    assert other["url"] == f"http://testserver{research.url}"

    assert set(data["facets"]) == {"type", "subject", "grade", "survey_area", "pillar", "tag"}
    for options in data["facets"].values():
        for option in options:
            assert set(option) == {"slug", "name", "count", "selected"}
            assert isinstance(option["count"], int) and isinstance(option["selected"], bool)
    assert {o["slug"] for o in data["facets"]["grade"]} == {"1-4", "5-7", "8-10"}
    assert api_facet_counts(data, "tag") == {"brøk": 1, "konkreter": 1}


def test_json_is_utf8_not_ascii_escaped(client):
    material("Brøk for små og store – øving", summary="Æ, ø og å.")
    response = client.get(API, {"q": "brøk"})
    assert "Brøk for små og store – øving".encode() in response.content
    assert b"\\u00f8" not in response.content and b"\\u00e5" not in response.content
    assert response.json()["query"] == "brøk"


def test_json_without_a_query(client):
    material("Brøk med pizza")
    data = api(client)
    assert data == {
        **data,
        "query": "",
        "count": 0,
        "page": 1,
        "pages": 0,
        "results": [],
        "corrected_query": None,
        "filter_suggestion": None,
    }
    assert set(data["facets"]) == {"type", "subject", "grade", "survey_area", "pillar", "tag"}


@pytest.mark.parametrize(
    ("english", "value", "expected"),
    [
        ("subject", "norsk", {"Brøkord i sakprosa"}),
        ("grade", "8-10", {"Brøk på tallinja"}),
        ("grade", "1-4", {"Brøkord i sakprosa"}),
        ("survey_area", "elever-5-10-forventning-om-mestring", {"Brøk i par"}),
        ("type", "undervisningsopplegg", {"Brøk i par"}),
        ("tag", "konkreter", {"Brøk med pizza"}),
    ],
)
def test_json_parameters_map_to_the_facets(client, catalogue, english, value, expected):
    data = api(client, q="brøk", **{english: value})
    assert {hit["title"] for hit in data["results"]} == expected
    assert data["count"] == len(expected)
    name = english
    selected = [o["slug"] for o in data["facets"][name] if o["selected"]]
    assert selected == [value]


def test_json_pillar_parameter(client, catalogue):
    pillar = ImprovementPillar.objects.order_by("sort_order").first()
    data = api(client, q="brøk", pillar=pillar.slug)
    assert [hit["title"] for hit in data["results"]] == ["Brøk i par"]
    assert [o["slug"] for o in data["facets"]["pillar"] if o["selected"]] == [pillar.slug]


def test_json_page_parameter(client, many):
    assert api(client, q="brøk", page=2)["page"] == 2
    assert api(client, q="brøk", side=2)["page"] == 1  # the Norwegian name is not the API's


def test_json_ignores_the_norwegian_parameter_names(client, catalogue):
    data = api(client, q="brøk", fag="norsk", trinnband="8-10", emne="konkreter")
    assert data["count"] == 4
    assert not any(o["selected"] for options in data["facets"].values() for o in options)


# ------------------------------------------------------------------ caching


def test_result_pages_are_never_cached(client):
    material("Brøk med pizza")
    for response in (client.get(SEARCH, {"q": "brøk"}), client.get(API, {"q": "brøk"})):
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"no-cache", "no-store", "must-revalidate", "private", "max-age=0"} <= cache_control
        assert response.has_header("Expires")
    zero = client.get(SEARCH, {"q": "xyzzyqq"})
    assert "no-store" in zero["Cache-Control"]


# ------------------------------------------------------------------ search unavailable


CLOSED_PORT = "http://127.0.0.1:9"  # the discard port: nothing listens there


@pytest.fixture
def elasticsearch_down(settings):
    """Settings as portal/settings/base.py makes them when ELASTICSEARCH_URL is set, with nothing listening."""
    get_engine.cache_clear()
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [CLOSED_PORT],
            "INDEX_PREFIX": "kfl_test_",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        }
    }
    yield
    get_engine.cache_clear()


@pytest.fixture
def published():
    """Made before Elasticsearch is switched on: saving a page indexes it in the default backend."""
    return material("Brøk med pizza")


def test_search_unavailable_answers_503(client, published, elasticsearch_down):
    response = client.get(SEARCH, {"q": "brøk"})
    assert response.status_code == 503
    body = html(response)
    assert "Søket er ikke tilgjengelig" in body
    assert 'href="/ressurser/"' in body  # somewhere to go instead
    assert "no-store" in response["Cache-Control"]

    response = client.get(API, {"q": "brøk", "subject": "matematikk"})
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert "ikke tilgjengelig" in response.json()["error"]

    # An unavailable engine is not a search a teacher made.
    assert Query.objects.count() == 0


def test_the_rest_of_the_portal_works_while_search_is_unavailable(client, published, elasticsearch_down):
    assert client.get(SEARCH).status_code == 200  # the empty search page needs no engine
    response = client.get(SUGGEST, {"q": "brø"})
    assert response.status_code == 200 and response.json() == {"suggestions": []}
    assert client.get("/").status_code == 200
    assert client.get("/ressurser/").status_code == 200
    assert client.get("/ressurser/", {"fag": "matematikk"}).status_code == 200
    assert client.get(published.url).status_code == 200


# ------------------------------------------------------------------ query budget


def test_the_result_page_runs_a_fixed_number_of_queries(client, settings):
    settings.PORTAL_PAGE_SIZE = 50  # every result on the one page

    def add(start, stop):
        for i in range(start, stop):
            kind = [LearningMaterialPageFactory, ResearchSummaryPageFactory, LessonPlanPageFactory][i % 3]
            kind(
                title=f"Brøk og tall {i}",
                summary=f"Oppgave {i} om brøk.",
                subjects=subjects("matematikk", "norsk")[: 1 + i % 2],
                grades=grades(5, 6, 7)[: 1 + i % 3],
                tags=[f"tag{i}", "brøk"][: 1 + i % 2],
            )

    def measure(expected_total):
        params = {"q": "brøk"}
        client.get(SEARCH, params)  # warm-up: the query log row, content types, site root paths
        with CaptureQueriesContext(connection) as captured:
            response = client.get(SEARCH, params)
        assert response.status_code == 200
        assert len(html_titles(response)) == expected_total
        return len(captured.captured_queries)

    add(0, 10)
    ten = measure(10)
    add(10, 40)
    forty = measure(40)
    print(f"\nSQL queries for the result page on {connection.vendor}: {ten} with 10 results, {forty} with 40")
    assert ten == forty


def test_the_json_api_runs_a_fixed_number_of_queries(client, settings):
    settings.PORTAL_PAGE_SIZE = 50

    def measure(expected_total):
        api(client, q="brøk")
        with CaptureQueriesContext(connection) as captured:
            data = api(client, q="brøk")
        assert len(data["results"]) == expected_total
        return len(captured.captured_queries)

    for i in range(10):
        material(f"Brøk {i}", tags=[f"t{i}"], grades=grades(5, 6))
    ten = measure(10)
    for i in range(10, 40):
        material(f"Brøk {i}", tags=[f"t{i}"], grades=grades(5, 6))
    forty = measure(40)
    print(f"\nSQL queries for the JSON API on {connection.vendor}: {ten} with 10 results, {forty} with 40")
    assert ten == forty


def test_the_search_page_url_names(client):
    assert reverse("search") == SEARCH
    assert reverse("search_api") == API
    assert reverse("search_suggest") == SUGGEST
