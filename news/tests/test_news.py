"""News: the index, pages, RSS and Atom feeds, the home page, and who may publish."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from networks.factories import UserFactory
from news.factories import NewsPageFactory, news_index
from news.models import NewsIndexPage, NewsPage
from portal.models import HomePage

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def parse(xml: bytes):
    return ET.fromstring(xml)  # noqa: S314 – our own feed, not untrusted input


class TestTree(WagtailPageTestCase):
    def test_news_tree(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, set())


@pytest.fixture
def news():
    today = timezone.localdate()
    return {
        "new": NewsPageFactory(title="Ny runde av kartleggingen", date=today),
        "old": NewsPageFactory(title="Velkommen til portalen", date=today - timedelta(days=40)),
        "draft": NewsPageFactory(title="Hemmelig utkast", publish=False, live=False),
        "private": _private(NewsPageFactory(title="Intern kunngjøring")),
    }


def _private(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert restriction.pk
    return page


def test_index_lists_public_news_newest_first(client, news):
    html = client.get("/nyheter/").content.decode()
    assert html.index("Ny runde av kartleggingen") < html.index("Velkommen til portalen")
    assert "Hemmelig utkast" not in html and "Intern kunngjøring" not in html
    assert 'type="application/rss+xml"' in html


@pytest.mark.parametrize("side", ["2", "999", "-1", "abc", "1" * 500, "%00"])
def test_index_never_fails_on_odd_page_numbers(client, news, side):
    assert client.get(f"/nyheter/?side={side}").status_code == 200


def test_index_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for n in range(3):
        NewsPageFactory(title=f"Sak {n}")
    with django_assert_max_num_queries(30) as few:
        client.get("/nyheter/")
    for n in range(3, 12):
        NewsPageFactory(title=f"Sak {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get("/nyheter/").content.decode()
    assert html.count('class="card card--nyhet"') == 12


def test_news_page_renders(client, news):
    html = client.get(news["new"].url).content.decode()
    assert "Ny runde av kartleggingen" in html and "Mer om saken." in html


def test_rss_feed_has_only_public_news(client, news):
    response = client.get("/nyheter/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse(response.content).find("channel")
    assert channel.findtext("language") == "nb"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Ny runde av kartleggingen", "Velkommen til portalen"]
    first = channel.find("item")
    assert first.findtext("link").endswith(news["new"].url)
    assert first.findtext("description") == news["new"].summary


def test_atom_feed_has_only_public_news(client, news):
    response = client.get("/nyheter/atom/")
    assert response.status_code == 200
    feed = parse(response.content)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["Ny runde av kartleggingen", "Velkommen til portalen"]
    assert all(entry.findtext(f"{ATOM}updated") for entry in feed.findall(f"{ATOM}entry"))


def test_backdated_news_is_dated_by_its_news_date_in_the_feed(client):
    NewsPageFactory(title="Fra i vår", date=date(2026, 4, 15))
    channel = parse(client.get("/nyheter/rss/").content).find("channel")
    assert "15 Apr 2026" in channel.find("item").findtext("pubDate")


def test_home_page_shows_the_latest_public_news(client, news):
    html = client.get("/").content.decode()
    assert "Ny runde av kartleggingen" in html
    assert "Hemmelig utkast" not in html and "Intern kunngjøring" not in html


def test_staff_publish_news_without_approval(client):
    staff = UserFactory()
    staff.groups.add(Group.objects.get(name="Ansatt"))
    index = news_index()
    assert index.get_workflow() is None
    assert index.permissions_for_user(staff).can_add_subpage()
    assert index.permissions_for_user(staff).can_publish_subpage()
    client.force_login(staff)
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])
    assert client.get(url).status_code == 200
    assert not HomePage.objects.get().permissions_for_user(staff).can_edit()


def test_sitemap_lists_public_news_only(client, news):
    xml = client.get("/sitemap.xml").content.decode()
    assert news["new"].url in xml
    assert news["draft"].slug not in xml and news["private"].slug not in xml
