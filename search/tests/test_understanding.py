"""Subject, grade, stage and survey-area language in a query (search/understanding.py): they
raise matching resources, never filter, and subject and grade are offered as one click."""

import pytest
from django.core.cache import cache

from resources.factories import LearningMaterialPageFactory
from resources.models import Grade, Subject, SurveyArea
from search import spelling
from search.models import Synonym
from search.understanding import understand

pytestmark = pytest.mark.django_db
API = "/api/search/"


@pytest.mark.parametrize(
    ("units", "words", "boosts", "filters"),
    [
        (
            ["matte", "6", "trinn"],
            [],
            ["fag:matematikk", "trinn:6", "trinnband:5-7"],
            [("fag", "matematikk"), ("trinn", "6")],
        ),
        (["brøk", "matte"], ["brøk"], ["fag:matematikk"], [("fag", "matematikk")]),
        (
            ["norsk", "småtrinnet", "lesing"],
            ["lesing"],
            ["fag:norsk", "trinnband:1-4"],
            [("fag", "norsk"), ("trinnband", "1-4")],
        ),
        (
            ["gym", "mellomtrinnet"],
            [],
            ["fag:kroppsoving", "trinnband:5-7"],
            [("fag", "kroppsoving"), ("trinnband", "5-7")],
        ),
        (["5", "7", "trinn", "lesing"], ["lesing"], ["trinnband:5-7"], [("trinnband", "5-7")]),
        (["klasse", "3"], [], ["trinn:3", "trinnband:1-4"], [("trinn", "3")]),
        (["ungdomsskulen", "krle"], [], ["fag:krle", "trinnband:8-10"], [("fag", "krle"), ("trinnband", "8-10")]),
        (["0", "trinn"], ["0", "trinn"], [], []),
        (["11", "klasse"], ["11", "klasse"], [], []),
        (["99999999999", "trinn"], ["99999999999", "trinn"], [], []),
        (["trinn"], ["trinn"], [], []),
        (["²", "trinn"], ["²", "trinn"], [], []),
        (["٣", "klasse"], ["٣", "klasse"], [], []),
    ],
)
def test_reading_a_query(units, words, boosts, filters):
    found = understand(units)
    assert found.words == words and found.boosts == boosts and found.filters == filters


def test_survey_language_raises_the_area_and_stays_a_word():
    found = understand(["elevene", "trives", "ikke"])
    assert found.words == ["elevene", "trives", "ikke"]
    assert found.boosts == ["kartlegging:elever-1-4-trivsel", "kartlegging:elever-5-10-trivsel"]
    assert understand(["mye", "uro"]).boosts[0] == "kartlegging:elever-1-4-atferd"


@pytest.fixture(autouse=True)
def _own_synonyms_only():
    Synonym.objects.exclude(terms__contains="matematikk").delete()
    cache.clear()
    spelling._local.clear()


def material(title, *, subject, grades, summary="Kort omtale.", areas=()):
    return LearningMaterialPageFactory(
        publish=True,  # through a revision, as editors and the demo do: the subject's name is indexed
        title=title,
        summary=summary,
        subjects=list(Subject.objects.filter(slug=subject)),
        grades=list(Grade.objects.filter(number__in=grades)),
        survey_areas=list(SurveyArea.objects.filter(slug__in=areas)),
    )


def search(client, **params):
    response = client.get(API, params)
    assert response.status_code == 200, response.content[:300]
    return response.json()


def test_a_subject_and_grade_raise_their_resources_without_filtering(client):
    material("Brøk på tallinja", subject="matematikk", grades=[8], summary="Brøk og desimaltall.")
    material("Brøk med pizza", subject="matematikk", grades=[5], summary="Brøk for de yngste.")
    material("Brøk i musikken", subject="musikk", grades=[8], summary="Takter som brøk.")
    data = search(client, q="brøk 8. trinn")
    titles = [hit["title"] for hit in data["results"]]
    assert titles[:2] == ["Brøk i musikken", "Brøk på tallinja"] or titles[:2] == [
        "Brøk på tallinja",
        "Brøk i musikken",
    ]
    assert titles[2] == "Brøk med pizza" and data["count"] == 3  # raised, not filtered
    data = search(client, q="brøk matte 8. trinn")
    assert [hit["title"] for hit in data["results"]][0] == "Brøk på tallinja"


def test_a_query_of_only_subject_and_grade_finds_the_subject(client):
    material("Tallforståelse", subject="matematikk", grades=[6])
    material("Geometri i skolegården", subject="matematikk", grades=[2])
    material("Lesekvart", subject="norsk", grades=[6])
    data = search(client, q="matte 6. klasse")
    titles = [hit["title"] for hit in data["results"]]
    assert titles[0] == "Tallforståelse" and "Geometri i skolegården" in titles
    suggestion = data["filter_suggestion"]
    assert suggestion["label"] == "Matematikk, 6. trinn"
    assert suggestion["url"].endswith("/ressurser/?fag=matematikk&trinn=6")


def test_the_one_click_filter_keeps_the_other_words_and_is_not_offered_twice(client):
    material("Brøk på tallinja", subject="matematikk", grades=[8])
    response = client.get("/sok/", {"q": "brøk matte ungdomstrinnet"})
    html = response.content.decode()
    assert "Vis bare Matematikk, 8.–10. trinn" in html
    assert 'href="/sok/?q=br%C3%B8k&amp;fag=matematikk&amp;trinnband=8-10"' in html
    chosen = client.get("/sok/", {"q": "brøk matte ungdomstrinnet", "fag": "matematikk", "trinnband": "8-10"})
    assert "Vis bare" not in chosen.content.decode()


def test_survey_area_language_raises_the_tagged_resource(client):
    material("Gode dager i klassen", subject="norsk", grades=[5], summary="Elevene trives når de blir sett.")
    material(
        "Klassemiljø som bygger trivsel",
        subject="norsk",
        grades=[5],
        summary="Elevene trives sammen.",
        areas=["elever-5-10-trivsel"],
    )
    data = search(client, q="elevene trives")
    assert [hit["title"] for hit in data["results"]][0] == "Klassemiljø som bygger trivsel"


@pytest.mark.parametrize(
    ("query", "words", "optional"),
    [
        ("hvordan lage gode gruppeoppgaver", ["gruppeoppgaver"], []),
        ("tips til lesing", ["lesing"], []),
        ("kva er vurdering for læring", ["vurdering", "læring"], []),
        ("gode tips", [], ["gode", "tips"]),
    ],
)
def test_the_filler_of_a_question_need_not_match(query, words, optional):
    from search.expansion import units
    from search.norwegian import query_words

    Synonym.objects.all().delete()  # no phrase synonyms: the words as they are
    found = understand(units(query_words(query)))
    assert found.words == words and found.optional == optional


def test_a_question_finds_what_it_asks_about(client):
    material("Gruppeoppgaver som får alle med", subject="matematikk", grades=[6], summary="Samarbeid i grupper.")
    data = search(client, q="Hvordan lager jeg gode gruppeoppgaver?")
    assert [hit["title"] for hit in data["results"]] == ["Gruppeoppgaver som får alle med"]


def test_a_long_query_ranks_by_how_many_of_its_words_a_resource_has(client):
    Synonym.objects.all().delete()
    material("Brøk", subject="matematikk", grades=[6], summary="Brøk, brøk og mer brøk: brøkregning.")
    material("Om undervisning", subject="matematikk", grades=[6], summary="Pizzamodeller og tallinja i praksis.")
    # No resource has every word («sjokolade»), so any word will do: the resource with two of them
    # comes before the one with a single word, however often and prominently it says it.
    data = search(client, q="brøk pizzamodeller tallinja sjokolade")
    assert [hit["title"] for hit in data["results"]] == ["Om undervisning", "Brøk"]
