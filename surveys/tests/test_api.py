"""GET /api/kartlegging/skole/<orgnr>/?runde=YYYY: the shape, suppression, access and bad input."""

import pytest

from surveys.tests.results_data import HIDDEN_GRADE_MEAN, SECONDARY_MEAN, add, digits, flisa_world

pytestmark = pytest.mark.django_db

URL = "/api/kartlegging/skole/974000101/"


@pytest.fixture
def world():
    return flisa_world()


def entry(trinn, snitt, antall, omrade="elever-5-10-trivsel"):
    return {
        "trinn": trinn,
        "gruppe": "elever-5-10",
        "omrade": omrade,
        "snitt": snitt,
        "antall": antall,
        "skjermet": snitt is None,
    }


def get(client, user, url=URL, **params):
    if user is None:
        client.logout()
    else:
        client.force_login(user)
    return client.get(url, params)


def test_the_shape_and_the_latest_round_by_default(client, world):
    response = get(client, world.leader)
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert response.json() == {
        "skole": {"orgnr": "974000101", "navn": "Flisa skole"},
        "runde": 2020,
        "resultater": [entry(None, 4.12, 40), entry(5, 3.91, 30), entry(6, None, None), entry(7, None, None)],
    }


def test_suppressed_values_are_not_in_the_response_at_all(client, world):
    add(world.flisa, area="elever-5-10-atferd", mean="2.19", respondents=3)
    raw = get(client, world.leader).content.decode()
    for value in (*digits(HIDDEN_GRADE_MEAN), *digits(SECONDARY_MEAN), "2.19", "2,19"):
        assert value not in raw
    atferd = [r for r in get(client, world.leader).json()["resultater"] if r["omrade"] == "elever-5-10-atferd"]
    assert atferd == [entry(None, None, None, omrade="elever-5-10-atferd")]


def test_an_earlier_round(client, world):
    data = get(client, world.owner, runde="2018").json()
    assert data["runde"] == 2018
    assert data["resultater"] == [entry(None, 3.8, 38)]


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("leader", 200),
        ("teacher", 200),
        ("owner", 200),
        ("staff", 200),
        ("other_leader", 403),
        ("other_owner", 403),
        ("inactive", 401),
        (None, 401),
    ],
)
def test_the_access_matrix(client, world, who, status):
    response = get(client, getattr(world, who) if who else None)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    if status != 200:
        assert set(response.json()) == {"melding"}
        assert "4.12" not in response.content.decode()


@pytest.mark.parametrize("orgnr", ["abc", "123", "9740001011", "٩٧٤٠٠٠١٠١", "999999999", "97400010 "])
def test_a_bad_or_unknown_orgnr_is_a_json_404(client, world, orgnr):
    response = get(client, world.staff, f"/api/kartlegging/skole/{orgnr}/")
    assert response.status_code == 404 and "melding" in response.json()


def test_an_anonymous_caller_gets_401_before_anything_is_looked_up(client, world):
    assert get(client, None, "/api/kartlegging/skole/abc/").status_code == 401


@pytest.mark.parametrize("junk", ["abc", "-1", "99999", "2020x", "2019", "", "٢٠٢٠", " 2020 x"])
def test_a_bad_round_is_a_json_400(client, world, junk):
    response = get(client, world.leader, runde=junk)
    assert response.status_code == 400
    assert response.json()["runder"] == [2018, 2020]


def test_a_school_without_results(client, world):
    from surveys.factories import SchoolMembershipFactory, SurveySchoolFactory

    SchoolMembershipFactory(user=world.leader, school=SurveySchoolFactory(name="Tom skole", orgnr="974000999"))
    data = get(client, world.leader, "/api/kartlegging/skole/974000999/").json()
    assert data == {"skole": {"orgnr": "974000999", "navn": "Tom skole"}, "runde": None, "resultater": []}


def test_only_get(client, world):
    client.force_login(world.leader)
    assert client.post(URL).status_code == 405


def test_a_fixed_number_of_queries(client, world, django_assert_max_num_queries):
    from surveys.tests.results_data import fill

    client.force_login(world.leader)
    client.get(URL)
    with django_assert_max_num_queries(10) as first:
        client.get(URL)
    fill(world.flisa, rounds=(2014, 2016), grades=range(1, 11))
    with django_assert_max_num_queries(len(first.captured_queries)):
        assert len(client.get(URL, {"runde": "2016"}).json()["resultater"]) == 25 * 11
