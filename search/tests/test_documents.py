"""The narrow search documents beside the index: written when a resource is indexed, rewritten
when it or its terms change, gone with the page, rebuilt by `update_index` – and never the
judge of who may see a page (Wagtail's page table is)."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.http import QueryDict
from modelsearch.conf import get_app_config
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from resources.factories import LearningMaterialPageFactory, LessonPlanPageFactory
from resources.filters import read_facets
from resources.models import Grade, ResourcePage, Subject
from search.backends.common import DocumentFacets
from search.documents import facet_columns
from search.engines import DatabaseEngine
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def entry_id(page) -> int:
    entries = get_app_config().get_model("IndexEntry")._default_manager
    return entries.get(object_id=str(page.pk), content_type_id=page.content_type_id).pk


def document(page) -> SearchDocument:
    return SearchDocument.objects.get(page_id=page.pk)


def search(words, query=""):
    states = read_facets(QueryDict(query))
    found = DatabaseEngine().search(words=words, states=states, require_all=True, per_page=10)
    counts = {(s.param, o.key): o.count for s in states for o in s.options if o.count}
    return [p.pk for p in found.pagination.page.object_list], found.total, counts


def test_facet_columns_pad_each_facets_slugs():
    columns = facet_columns("type:laeremiddel fag:matematikk fag:norsk trinn:5 emne:pizza")
    assert columns == {
        "resource_type": " laeremiddel ",
        "subject_slugs": " matematikk norsk ",
        "band_slugs": "",
        "grade_slugs": " 5 ",
        "survey_area_slugs": "",
        "pillar_slugs": "",
        "tag_slugs": " pizza ",
    }


def test_a_published_resource_has_a_document_keyed_by_its_index_entry(resource_index):
    page = LessonPlanPageFactory(
        subjects=list(Subject.objects.filter(slug="matematikk")), grades=list(Grade.objects.filter(number=6))
    )
    row = document(page)
    assert row.entry_id == entry_id(page)
    assert (row.resource_type, row.subject_slugs, row.band_slugs, row.grade_slugs) == (
        " undervisningsopplegg ",
        " matematikk ",
        " 5-7 ",
        " 6 ",
    )


def test_editing_the_taxonomy_rewrites_the_document(resource_index):
    page = LessonPlanPageFactory(subjects=list(Subject.objects.filter(slug="norsk")))
    page.subjects.set(Subject.objects.filter(slug__in=["matematikk", "engelsk"]))
    page.tags.add("brøk")
    page.save_revision().publish()
    row = document(page)
    assert set(row.subject_slugs.split()) == {"matematikk", "engelsk"}
    assert row.tag_slugs.split() == [Tag.objects.get(name="brøk").slug]
    assert SearchDocument.objects.filter(page_id=page.pk).count() == 1
    assert search(["undervisningsopplegg"], "fag=engelsk")[1] == 1
    assert search(["undervisningsopplegg"], "fag=norsk")[1] == 0


def test_renaming_a_term_moves_search_to_the_new_slug(resource_index):
    page = LessonPlanPageFactory(subjects=list(Subject.objects.filter(slug="samisk")), tags=["joik"])
    term = Subject.objects.get(slug="samisk")
    term.slug = "samisk-sprak"
    term.save()
    assert document(page).subject_slugs == " samisk-sprak "
    ids, total, counts = search(["undervisningsopplegg"], "fag=samisk-sprak")
    assert (ids, total, counts[("fag", "samisk-sprak")]) == ([page.pk], 1, 1)
    assert search(["undervisningsopplegg"], "fag=samisk")[1] == 1  # the old slug is an unknown value: ignored


def test_deleting_a_page_deletes_its_document(resource_index):
    page = LessonPlanPageFactory()
    pk = page.pk
    page.delete()
    assert not SearchDocument.objects.filter(page_id=pk).exists()


def test_update_index_rebuilds_documents_for_new_entries(resource_index):
    pages = [LessonPlanPageFactory(title="Brøk på tallinja"), LearningMaterialPageFactory(title="Brøkstriper")]
    SearchDocument.objects.all().delete()
    get_app_config().get_model("IndexEntry")._default_manager.all().delete()
    call_command("update_index", verbosity=0)
    assert {(row.page_id, row.entry_id) for row in SearchDocument.objects.all()} >= {
        (page.pk, entry_id(page)) for page in pages
    }
    assert sorted(search(["brøk"])[0]) == sorted(page.pk for page in pages)


def test_a_stale_document_never_shows_a_page_a_visitor_may_not_see(resource_index):
    """The document says nothing of live or private: unpublishing or restricting a page hides it
    from results and counts at once, whatever its document says."""
    shown = LessonPlanPageFactory(title="Brøk med pizza", subjects=list(Subject.objects.filter(slug="matematikk")))
    hidden = LessonPlanPageFactory(title="Brøk i hemmelighet", subjects=list(Subject.objects.filter(slug="norsk")))
    private = LessonPlanPageFactory(title="Brøk bak passord", subjects=list(Subject.objects.filter(slug="norsk")))
    assert search(["brøk"])[1] == 3
    hidden.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert SearchDocument.objects.filter(page_id__in=[hidden.pk, private.pk]).count() == 2
    ids, total, counts = search(["brøk"])
    assert (ids, total) == ([shown.pk], 1)
    assert ("fag", "norsk") not in counts and counts[("fag", "matematikk")] == 1
    assert search(["hemmelighet"])[1] == 0 and search(["passord"])[1] == 0


def test_writing_over_a_row_left_with_the_same_entry_id_replaces_it(resource_index):
    """What a second, simultaneous save of the page finds: a row for its entry already there."""
    from search.documents import sync_documents

    page = LessonPlanPageFactory(subjects=list(Subject.objects.filter(slug="matematikk")))
    other = LearningMaterialPageFactory()
    SearchDocument.objects.filter(page_id__in=[page.pk, other.pk]).delete()
    SearchDocument.objects.create(entry_id=entry_id(page), page_id=other.pk, subject_slugs=" norsk ")
    sync_documents(type(page), [page])
    row = SearchDocument.objects.get(entry_id=entry_id(page))
    assert (row.page_id, row.subject_slugs) == (page.pk, " matematikk ")


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ("all", ["Brøk med pizza", "Brøk i hemmelighet"]),
        ("none", []),
        ("public", ["Brøk med pizza"]),
        ("norsk", ["Brøk i hemmelighet"]),  # a condition through another table: applied as page_id IN (…)
    ],
)
def test_any_page_queryset_limits_the_documents_read(resource_index, pages, expected):
    LessonPlanPageFactory(title="Brøk med pizza", subjects=list(Subject.objects.filter(slug="matematikk")))
    hidden = LessonPlanPageFactory(title="Brøk i hemmelighet")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    querysets = {
        "all": ResourcePage.objects.all(),
        "none": ResourcePage.objects.none(),
        "public": ResourcePage.objects.live().public(),
        "norsk": ResourcePage.objects.filter(subjects__slug="norsk"),
    }
    entries = get_app_config().get_model("IndexEntry")._default_manager.annotate(entry_id=F("id"))
    matched = entries.values("entry_id").query.sql_with_params()
    sql, params = DocumentFacets(matched=matched, pages=querysets[pages], chosen=[])._source()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT d.page_id {sql}", params)
        found = {row[0] for row in cursor.fetchall()}
    assert sorted(ResourcePage.objects.filter(pk__in=found).values_list("title", flat=True)) == sorted(expected)
