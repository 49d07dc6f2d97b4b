"""The staff's county overview /kartlegging/oversikt/ and its CSV export."""

import csv
import io
import re

import pytest

from networks.models import Municipality
from surveys.factories import SurveySchoolFactory
from surveys.tests.results_data import add, fill, flisa_world

pytestmark = pytest.mark.django_db

URL = "/kartlegging/oversikt/"


@pytest.fixture
def world():
    world = flisa_world()
    # A school whose whole-school figure has too few answers.
    add(SurveySchoolFactory(name="Åsbygda skole", orgnr="974000301"), mean="2.19", respondents=3)
    add(world.hamar, area="elever-5-10-atferd", mean="3.33", respondents=50)
    return world


def get(client, user, **params):
    if user is None:
        client.logout()
    else:
        client.force_login(user)
    return client.get(URL, params)


def school_order(body: str) -> list[str]:
    return re.findall(r'<th scope="row"><a href="/kartlegging/skole/\d{9}/">([^<]+)</a></th>', body)


def read_csv(response) -> list[list[str]]:
    raw = response.content.decode("utf-8")
    assert raw.startswith("\ufeff")
    return list(csv.reader(io.StringIO(raw[1:]), delimiter=";"))


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("staff", 200),
        ("leader", 403),
        ("teacher", 403),
        ("owner", 403),
        ("other_leader", 403),
        ("inactive", 302),
        (None, 302),
    ],
)
@pytest.mark.parametrize("params", [{}, {"format": "csv"}])
def test_the_access_matrix_for_the_page_and_the_csv(client, world, who, status, params):
    response = get(client, getattr(world, who) if who else None, **params)
    assert response.status_code == status
    assert "no-store" in response["Cache-Control"]
    if status == 302:
        assert response["Location"].startswith("/logg-inn/?next=/kartlegging/oversikt/")
    if status != 200:
        assert "Flisa skole" not in response.content.decode()


def test_the_overview_defaults_to_the_latest_round_and_a_group_with_results(client, world):
    body = get(client, world.staff).content.decode()
    assert '<option value="2020" selected>' in body and '<option value="elever-5-10" selected>' in body
    assert school_order(body) == ["Ajer skole", "Flisa skole", "Hof skole", "Kjellmyra skole", "Åsbygda skole"]
    assert "4,12" in body and "3,33" in body
    main = body.split("<main")[1].split("</main>")[0]
    assert "2,19" not in main and "2.19" not in main
    # The county row: (4,12×40 + 3,60×20 + 3,40×20 + 4,40×50 + 2,19×3) / 133 = 4,00
    assert re.search(r"<tfoot>.*4,00.*</tfoot>", body, re.S)


def test_the_csv(client, world):
    response = get(client, world.staff, format="csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="kartlegging-2020-elever-5-10.csv"' in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0][:5] == ["Skole", "Organisasjonsnummer", "Kommune", "Trivsel", "Atferd"]
    by_school = {row[0]: row for row in rows[1:]}
    assert by_school["Flisa skole"][1:5] == ["974000101", "Åsnes", "4,12", ""]
    assert by_school["Ajer skole"][3:5] == ["4,40", "3,33"]
    assert by_school["Åsbygda skole"][3] == ""  # 3 answers: suppressed, empty
    assert rows[-1][0] == "Fylket" and rows[-1][3] == "4,00"
    assert rows[-1][4] == ""  # Atferd: one school only, too few for a county figure
    assert "2,19" not in response.content.decode() and "3,33" not in rows[-1]


def test_the_csv_follows_the_sort_and_defuses_formulas(client, world):
    SurveySchoolFactory(name="=HYPERLINK(1)", orgnr="974000401")
    add(SurveySchoolFactory(name="=SUM(A1)", orgnr="974000402"), mean="3.00", respondents=20)
    rows = read_csv(get(client, world.staff, format="csv", sort="-elever-5-10-trivsel"))
    assert [row[0] for row in rows[1:]] == [
        "Ajer skole",
        "Flisa skole",
        "Hof skole",
        "Kjellmyra skole",
        "'=SUM(A1)",
        "Åsbygda skole",
        "Fylket",
    ]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("skole", ["Ajer skole", "Flisa skole", "Hof skole", "Kjellmyra skole", "Åsbygda skole"]),
        ("-skole", ["Åsbygda skole", "Kjellmyra skole", "Hof skole", "Flisa skole", "Ajer skole"]),
        # Municipality, then school: Hamar (Ajer, Åsbygda), Åsnes (Flisa, Hof, Kjellmyra).
        ("kommune", ["Ajer skole", "Åsbygda skole", "Flisa skole", "Hof skole", "Kjellmyra skole"]),
        ("-kommune", ["Flisa skole", "Hof skole", "Kjellmyra skole", "Ajer skole", "Åsbygda skole"]),
        # By an area; schools without a figure (suppressed) last either way.
        ("elever-5-10-trivsel", ["Kjellmyra skole", "Hof skole", "Flisa skole", "Ajer skole", "Åsbygda skole"]),
        ("-elever-5-10-trivsel", ["Ajer skole", "Flisa skole", "Hof skole", "Kjellmyra skole", "Åsbygda skole"]),
        ("-elever-5-10-atferd", ["Ajer skole", "Flisa skole", "Hof skole", "Kjellmyra skole", "Åsbygda skole"]),
    ],
)
def test_sorting(client, world, sort, expected):
    body = get(client, world.staff, sort=sort).content.decode()
    assert school_order(body) == expected


def test_the_sorted_column_says_so_and_links_the_other_way(client, world):
    body = get(client, world.staff, sort="elever-5-10-trivsel").content.decode()
    header = re.search(r'<th scope="col" aria-sort="ascending"><a href="([^"]+)">Trivsel', body)
    assert header and "sort=-elever-5-10-trivsel" in header[1]
    assert body.count("aria-sort=") == 1


@pytest.mark.parametrize(
    "params",
    [
        {"sort": "junk"},
        {"sort": "--skole"},
        {"sort": "-"},
        {"runde": "abc"},
        {"runde": "-1"},
        {"runde": "99999"},
        {"runde": "2020x"},
        {"gruppe": "ukjent"},
        {"gruppe": "<script>"},
        {"runde": "٢٠٢٠", "gruppe": "elever-1-4", "sort": "elever-5-10-trivsel", "format": "xml"},
    ],
)
def test_junk_parameters_fall_back_to_defaults(client, world, params):
    response = get(client, world.staff, **params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main")[1]


def test_another_round_and_group(client, world):
    body = get(client, world.staff, runde="2018", gruppe="elever-5-10").content.decode()
    assert "3,80" in body and "4,12" not in body
    empty = get(client, world.staff, gruppe="foreldre").content.decode()
    assert "Ingen resultater for dette utvalget." in empty


def test_a_fixed_number_of_queries(client, world, django_assert_max_num_queries):
    client.force_login(world.staff)
    client.get(URL)
    params = {"format": "csv", "gruppe": "elever-5-10"}
    with django_assert_max_num_queries(20) as first:
        client.get(URL, params)
    grue = Municipality.objects.get(slug="grue")
    for n in range(10):
        fill(SurveySchoolFactory(name=f"Grue skole {n}", municipality=grue), rounds=(2020,), grades=())
    with django_assert_max_num_queries(len(first.captured_queries)):
        response = client.get(URL, params)
    assert len(read_csv(response)) == 1 + 15 + 1
