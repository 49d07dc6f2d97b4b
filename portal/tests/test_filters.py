from django.http import QueryDict

from portal.filters import MAX_VALUES, Filter, read_choices

KNOWN = {"norsk": "Norsk", "matematikk": "Matematikk"}


def test_known_values_in_order_once_each_and_a_notice_per_unknown_value():
    notices: list[str] = []
    params = QueryDict("fag=matematikk&fag=klingon&fag=norsk&fag=matematikk&fag=")
    assert read_choices(params, "fag", KNOWN, notices, "Fag") == ["matematikk", "norsk"]
    assert notices == ["Filteret «Fag» kjenner ikke verdien «klingon», så den er ikke brukt."]


def test_a_flood_of_values_is_cut_short():
    notices: list[str] = []
    params = QueryDict("&".join(f"fag=x{n}" for n in range(1000)))
    assert read_choices(params, "fag", KNOWN, notices, "Fag") == []
    assert len(notices) == MAX_VALUES


def test_filter_marks_the_chosen_options():
    made = Filter.of("fag", "Fag", KNOWN, ["norsk"])
    assert [(o.key, o.selected) for o in made.options] == [("norsk", True), ("matematikk", False)]
    assert [o.key for o in made.selected] == ["norsk"]
