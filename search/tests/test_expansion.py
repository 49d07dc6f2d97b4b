"""What a query's words also mean (search/expansion.py): editors' synonyms, nynorsk ↔ bokmål,
known phrases kept together – on the database the suite runs on, through the real pages."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from networks.factories import UserFactory
from portal import roles
from resources.factories import LearningMaterialPageFactory
from resources.models import Subject
from search import expansion, spelling
from search.models import Synonym

pytestmark = pytest.mark.django_db
API = "/api/search/"


@pytest.fixture(autouse=True)
def _own_synonyms_only():
    # Only the synonyms each test makes: the seeded ones would make what is found depend on them.
    Synonym.objects.all().delete()
    cache.clear()
    spelling._local.clear()
    yield
    cache.clear()


def material(title, summary="Kort omtale."):
    return LearningMaterialPageFactory(
        title=title, summary=summary, subjects=list(Subject.objects.filter(slug="norsk"))
    )


def titles(client, q):
    response = client.get(API, {"q": q})
    assert response.status_code == 200
    return sorted(hit["title"] for hit in response.json()["results"])


def like(*terms):
    return Synonym.objects.create(kind=Synonym.Kind.EQUIVALENT, terms=", ".join(terms))


def one_way(source, *terms):
    return Synonym.objects.create(kind=Synonym.Kind.ONE_WAY, source=source, terms=", ".join(terms))


def test_like_terms_find_each_other(client):
    material("Hjemmearbeid som virker")
    material("Lekser i småskolen")
    assert titles(client, "lekser") == ["Lekser i småskolen"]
    like("lekser", "hjemmearbeid")
    assert titles(client, "lekser") == ["Hjemmearbeid som virker", "Lekser i småskolen"]
    assert titles(client, "hjemmearbeid") == ["Hjemmearbeid som virker", "Lekser i småskolen"]


def test_one_way_finds_the_others_but_not_the_reverse(client):
    material("Krenkelser i klassen")
    material("Mobbing i friminuttet")
    one_way("mobbing", "krenkelser")
    assert titles(client, "mobbing") == ["Krenkelser i klassen", "Mobbing i friminuttet"]
    assert titles(client, "krenkelser") == ["Krenkelser i klassen"]


def test_a_phrase_and_an_abbreviation_and_an_english_term(client):
    material("Vurdering for læring i praksis")
    material("Læring og vurdering av muntlige ferdigheter")  # both words, not the idea
    like("vfl", "vurdering for læring", "formative assessment")
    assert expansion.units(["formative", "assessment", "ideer"]) == ["formative assessment", "ideer"]
    assert titles(client, "VFL") == ["Læring og vurdering av muntlige ferdigheter", "Vurdering for læring i praksis"]
    assert titles(client, "formative assessment") == titles(client, "vfl")
    assert "vfl" in expansion.alternatives("vurdering læring")


@pytest.mark.parametrize(
    ("nynorsk", "title"),
    [
        ("uteskule", "Uteskole i naturfag"),
        ("elevar", "Når elever leser sammen"),
        ("tilbakemeldingar", "Tilbakemeldinger som virker"),
        ("korleis lese", "Når elever leser sammen"),
    ],
)
def test_nynorsk_finds_bokmal(client, nynorsk, title):
    material("Uteskole i naturfag")
    material("Når elever leser sammen")
    material("Tilbakemeldinger som virker")
    assert title in titles(client, nynorsk)


def test_bokmal_finds_nynorsk(client):
    material("Skulen som lærande organisasjon")
    assert titles(client, "skolen") == ["Skulen som lærande organisasjon"]


def test_a_nynorsk_word_is_not_corrected_as_a_typo(client):
    material("Uteskole i naturfag")
    data = client.get(API, {"q": "uteskule"}).json()
    assert data["corrected_query"] is None and data["count"] == 1


def test_a_saved_synonym_is_seen_by_the_next_search_even_with_results_cached(client, settings):
    settings.SEARCH_RESULT_CACHE_SECONDS = 300
    material("Hjemmearbeid som virker")
    assert titles(client, "lekser") == []
    like("lekser", "hjemmearbeid")
    assert titles(client, "lekser") == ["Hjemmearbeid som virker"]
    Synonym.objects.all().delete()
    assert titles(client, "lekser") == []


def test_editors_keep_the_synonyms_in_the_admin_and_others_cannot(client):
    editor = UserFactory(username="redaktor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    client.force_login(editor)
    url = "/admin/snippets/portal_search/synonym/"
    assert client.get(url).status_code == 200
    response = client.post(url + "add/", {"kind": "like", "source": "", "terms": "Gym,  kroppsøving ,gym"})
    assert response.status_code == 302
    assert Synonym.objects.get().terms == "gym, kroppsøving"
    response = client.post(url + "add/", {"kind": "like", "source": "", "terms": "bare ett"})
    assert response.status_code == 200 and "minst to ord" in response.content.decode()
    response = client.post(url + "add/", {"kind": "en_vei", "source": "", "terms": "krenkelser"})
    assert "Skriv ordet som også skal finne de andre" in response.content.decode()
    assert client.get(url, {"q": "kroppsøving"}).status_code == 200

    teacher = UserFactory(username="laerer-uten-rettigheter", is_staff=False)
    client.force_login(teacher)
    assert client.get(url).status_code in (302, 403)
    assert client.post(url + "add/", {"kind": "like", "terms": "a, b"}).status_code in (302, 403)
    assert Synonym.objects.count() == 1


def test_the_seeded_vocabulary_is_broad():
    # The data migration's words (search/data/synonymer.yaml); this test's fixture removed them,
    # so read the file the migration reads.
    import yaml

    entries = yaml.safe_load((expansion.DATA / "synonymer.yaml").read_text(encoding="utf-8"))
    assert len(entries) >= 300
    nynorsk = yaml.safe_load((expansion.DATA / "nynorsk.yaml").read_text(encoding="utf-8"))
    assert len(nynorsk) >= 300 and nynorsk["skule"] == "skole"


def test_a_synonym_saved_by_another_process_is_seen_within_a_second(monkeypatch):
    from portal import page_cache

    now = [1000.0]
    monkeypatch.setattr(expansion.time, "monotonic", lambda: now[0])
    like("lekser", "hjemmearbeid")
    assert "hjemmearbeid" in expansion.alternatives("lekser")
    # Another process saves a synonym: no signal here, only the shared content generation moves.
    Synonym.objects.bulk_create([Synonym(kind=Synonym.Kind.EQUIVALENT, terms="gym, kroppsøving")])
    page_cache.invalidate()
    assert "kroppsøving" not in expansion.alternatives("gym")  # this process's copy, for now
    now[0] += expansion.GENERATION_CHECK_SECONDS + 0.1
    assert "kroppsøving" in expansion.alternatives("gym")
