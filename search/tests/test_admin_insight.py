import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from search.services import search_log_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = User.objects.create_user("redaktor", password="x")
    user.groups.add(Group.objects.get(name="Redaktør"))
    return user


def test_editors_see_popular_and_zero_result_searches(client, editor):
    for _ in range(3):
        search_log_record(query_string="brøk", result_count=5)
    search_log_record(query_string="programmering scratch", result_count=0)
    search_log_record(query_string="programmering scratch", result_count=0)
    client.force_login(editor)

    popular = client.get(reverse("search_insight_popular"))
    assert popular.status_code == 200
    html = popular.content.decode()
    assert "brøk" in html and "programmering scratch" in html

    zero = client.get(reverse("search_insight_zero"))
    assert zero.status_code == 200
    html = zero.content.decode()
    assert "programmering scratch" in html
    assert "brøk" not in html

    assert reverse("search_insight_zero") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_group_leaders_do_not(client):
    user = User.objects.create_user("leder", password="x")
    user.groups.add(Group.objects.get(name="Gruppeleder"))
    client.force_login(user)
    assert client.get(reverse("search_insight_zero")).status_code in (302, 403)


def test_the_log_holds_no_personal_data():
    from search.models import ZeroResultDailyHits

    fields = {f.name for f in ZeroResultDailyHits._meta.get_fields()}
    assert fields == {"id", "query", "date", "hits"}


def test_editors_keep_the_suggested_searches(client, editor):
    from search.models import SuggestedSearch

    client.force_login(editor)
    listing = reverse("wagtailsnippets_portal_search_suggestedsearch:list")
    assert client.get(listing).status_code == 200
    added = client.post(reverse("wagtailsnippets_portal_search_suggestedsearch:add"), {"term": "  lese  strategier "})
    assert added.status_code == 302, added.content.decode()[:2000]
    assert list(SuggestedSearch.objects.values_list("term", "sort_order")) == [("lese strategier", 1)]


@pytest.mark.parametrize(
    "junk",
    ["!!!", "???...", "😀😀", "brøk 😀", "a" * 101, "aaaaaaa", "ggggg ggg", "…"],
)
def test_the_reports_leave_out_junk(client, editor, junk):
    search_log_record(query_string=junk, result_count=0)
    search_log_record(query_string="brøkk", result_count=0)
    client.force_login(editor)
    for name in ("search_insight_popular", "search_insight_zero"):
        html = client.get(reverse(name)).content.decode()
        assert "brøkk" in html and junk not in html, name


@pytest.mark.parametrize("fine", ["c++", "2. trinn", "hahaha", "KRLE", "uteskule"])
def test_the_reports_keep_what_teachers_type(client, editor, fine):
    search_log_record(query_string=fine, result_count=0)
    client.force_login(editor)
    assert fine.lower() in client.get(reverse("search_insight_zero")).content.decode().lower()


def test_one_click_from_a_report_to_promoting_a_result_for_the_query(client, editor):
    from wagtail.contrib.search_promotions.models import Query

    search_log_record(query_string="lekser", result_count=0)
    client.force_login(editor)
    html = client.get(reverse("search_insight_zero")).content.decode()
    edit = reverse("wagtailsearchpromotions:edit", args=[Query.get("lekser").pk])
    assert "Fremhev et resultat for dette søket" in html and f'href="{edit}"' in html
    page = client.get(edit)
    assert page.status_code == 200 and 'value="lekser"' in page.content.decode()


def test_no_promote_link_for_someone_who_may_not_promote(client):
    user = User.objects.create_user("innsikt", password="x", is_staff=True)
    from django.contrib.auth.models import Permission

    user.user_permissions.add(
        Permission.objects.get(codename="view_search_insight"), Permission.objects.get(codename="access_admin")
    )
    search_log_record(query_string="lekser", result_count=0)
    client.force_login(user)
    html = client.get(reverse("search_insight_zero")).content.decode()
    assert "lekser" in html and "Fremhev et resultat" not in html
