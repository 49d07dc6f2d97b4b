"""Detail pages, the home page, the sitemap: what a visitor sees and what they must not."""

import pytest
from wagtail.models import PageViewRestriction

from portal.factories import DocumentFactory
from resources.factories import LearningMaterialPageFactory, LessonPlanPageFactory, ResearchSummaryPageFactory
from resources.models import Grade, Subject, SurveyArea

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson():
    document = DocumentFactory(title="Arbeidsark brøk")
    return LessonPlanPageFactory(
        title="Brøk med pizzamodeller",
        subjects=[Subject.objects.get(slug="matematikk")],
        grades=list(Grade.objects.filter(number__in=[5, 6, 7])),
        survey_areas=[SurveyArea.objects.get(slug="elever-5-10-forventning-om-mestring")],
        tags=["brøk"],
        learning_goals=[{"type": "goal", "value": "Jeg kan sammenligne brøker med ulik nevner."}],
        key_vocabulary=[{"type": "term", "value": {"term": "Nevner", "definition": "Tallet under brøkstreken."}}],
        misconceptions=[
            {
                "type": "misconception",
                "value": {
                    "misconception": "1/8 er større enn 1/4 fordi 8 er større enn 4.",
                    "response": "La elevene dele to like pizzaer.",
                },
            }
        ],
        differentiation=[{"type": "adaptation", "value": {"audience": "stotte", "text": "<p>Bruk konkreter.</p>"}}],
        attachments=[{"type": "attachment", "value": {"document": document.pk, "title": "", "description": ""}}],
        licence="cc-by-4.0",
    )


def test_lesson_plan_shows_its_parts(client, lesson):
    response = client.get(lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "Jeg kan sammenligne brøker med ulik nevner.",
        "Nevner",
        "1/8 er større enn 1/4",
        "Elever som trenger mer støtte",
        "Oppstart",  # a step from the factory
        "5.–7. trinn",
        "Matematikk",
        "Forventning om mestring",
        "CC BY 4.0",
        "Last ned",
        'rel="license"',
    ]:
        assert text in html, text
    assert '<html lang="nb">' in html
    assert 'href="#main"' in html
    assert "css/print.css" in html


def test_attachment_is_served_as_the_real_file(client, lesson):
    document = lesson.attachments[0].value["document"]
    assert document.url in client.get(lesson.url).content.decode()
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_breadcrumbs_lead_home(client, lesson):
    html = client.get(lesson.url).content.decode()
    assert 'aria-label="Brødsmulesti"' in html
    assert 'href="/ressurser/"' in html


def test_related_content_links_both_ways_and_hides_drafts(client, lesson):
    research = ResearchSummaryPageFactory(title="Konkreter i matematikk", related_resources=[lesson])
    draft = ResearchSummaryPageFactory(title="Uferdig oppsummering", related_resources=[lesson], live=False)
    assert "Brøk med pizzamodeller" in client.get(research.url).content.decode()
    lesson_html = client.get(lesson.url).content.decode()
    assert "Konkreter i matematikk" in lesson_html
    assert draft.title not in lesson_html


def test_research_summary_shows_evidence_and_references(client):
    page = ResearchSummaryPageFactory(title="Tilbakemeldinger")
    html = client.get(page.url).content.decode()
    for text in [
        "Forskningens styrke",
        "Moderat",
        "+4 måneder",
        "Slik kan du bruke det",
        "The Power of Feedback",
        "https://doi.org/10.3102/003465430298487",
    ]:
        assert text in html, text


def test_learning_material_offers_file_and_link(client):
    document = DocumentFactory(title="Tallinje")
    page = LearningMaterialPageFactory(document=document, external_url="https://example.org/tallinje")
    html = client.get(page.url).content.decode()
    assert document.url in html
    assert "https://example.org/tallinje" in html


def test_unknown_slug_is_a_friendly_404(client, resource_index):
    response = client.get("/ressurser/finnes-ikke/")
    assert response.status_code == 404
    assert "Vi fant ikke siden" in response.content.decode()


def test_drafts_and_private_pages_answer_404_or_login(client, resource_index):
    draft = LessonPlanPageFactory(title="Utkast", live=False)
    private = LessonPlanPageFactory(title="Privat")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(f"/ressurser/{draft.slug}/").status_code == 404
    response = client.get(private.url)
    assert response.status_code == 302 and response["Location"].startswith("/logg-inn/?next=")


def test_home_page_entry_points_featured_and_newest(client, home, lesson):
    other = ResearchSummaryPageFactory(title="Relasjoner som bærer")
    hidden = LessonPlanPageFactory(title="Ikke publisert", live=False)
    home.featured = [
        {"type": "featured", "value": {"page": other.pk, "blurb": "Les denne først."}},
        {"type": "featured", "value": {"page": hidden.pk, "blurb": ""}},
    ]
    home.save()
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Les denne først." in html
    assert "Ikke publisert" not in html
    assert [p.title for p in response.context["featured"]] == ["Relasjoner som bærer"]
    assert 'href="/ressurser/?fag=matematikk"' in html
    assert 'href="/ressurser/?kartlegging=elever-5-10-forventning-om-mestring"' in html
    assert 'href="/ressurser/?trinnband=5-7"' in html
    assert {p.title for p in response.context["newest"]} == {"Brøk med pizzamodeller", "Relasjoner som bærer"}


def test_home_page_query_count_is_fixed(client, home, django_assert_max_num_queries):
    for _ in range(12):
        LessonPlanPageFactory()
    client.get("/")
    with django_assert_max_num_queries(25):
        assert client.get("/").status_code == 200


def test_sitemap_lists_live_public_pages_only(client, lesson):
    draft = LessonPlanPageFactory(title="Utkast i kartet", live=False)
    private = LessonPlanPageFactory(title="Privat i kartet")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    xml = client.get("/sitemap.xml").content.decode()
    assert lesson.url in xml
    assert draft.slug not in xml
    assert private.slug not in xml


def test_robots_points_at_the_sitemap(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
