"""Survey results for the tests of the pages, the API and the overview (not a test module).

`flisa_world()` builds Åsnes with three schools (so the municipality's figures are shown), Hamar
with one (so they are not), people with every role, and results in which one grade of «Trivsel»
(5–10) in 2020 has too few answers – and so takes the next smallest grade with it.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import Group

from networks.models import Municipality, School
from portal import roles
from resources.models import SurveyArea
from surveys.factories import SchoolMembershipFactory, SchoolOwnerFactory, SurveySchoolFactory, UserFactory
from surveys.models import SchoolRole, SurveyResult

TRIVSEL = "elever-5-10-trivsel"
# Means chosen so that their digits are unmistakable in a page, a file or a chart.
HIDDEN_GRADE_MEAN = Decimal("1.37")  # 6. trinn, 4 answers: primary suppression
SECONDARY_MEAN = Decimal("2.73")  # 7. trinn, 6 answers: the next smallest, secondary suppression
SHOWN_GRADE_MEAN = Decimal("3.91")  # 5. trinn, 30 answers: shown
WHOLE_MEAN = Decimal("4.12")  # whole school, 40 answers


def add(school, *, round=2020, area=TRIVSEL, grade=None, mean="4.00", respondents=40) -> SurveyResult:
    area = area if isinstance(area, SurveyArea) else SurveyArea.objects.get(slug=area)
    return SurveyResult.objects.create(
        round=round,
        school=school,
        grade=grade,
        respondent_group_id=area.respondent_group_id,
        area=area,
        mean=Decimal(mean),
        respondents=respondents,
    )


def fill(school, *, rounds=(2016, 2018, 2020), grades=range(5, 11), areas=None, mean="3.50", respondents=30):
    """Whole-school and per-grade rows for every area of the given (or every) area, in bulk."""
    areas = list(areas if areas is not None else SurveyArea.objects.all())
    rows = []
    for round in rounds:
        for area in areas:
            for grade in [None, *grades]:
                rows.append(
                    SurveyResult(
                        round=round,
                        school=school,
                        grade=grade,
                        respondent_group_id=area.respondent_group_id,
                        area=area,
                        mean=Decimal(mean),
                        respondents=respondents * (len(grades) if grade is None else 1),
                    )
                )
    SurveyResult.objects.bulk_create(rows)


@dataclass
class World:
    flisa: School
    neighbours: list[School]
    hamar: School
    leader: object
    teacher: object
    other_leader: object
    owner: object
    other_owner: object
    staff: object
    inactive: object


def flisa_world() -> World:
    asnes = Municipality.objects.get(slug="asnes")
    hamar_municipality = Municipality.objects.get(slug="hamar")
    flisa = SurveySchoolFactory(name="Flisa skole", municipality=asnes, orgnr="974000101")
    neighbours = [
        SurveySchoolFactory(name="Hof skole", municipality=asnes, orgnr="974000102"),
        SurveySchoolFactory(name="Kjellmyra skole", municipality=asnes, orgnr="974000103"),
    ]
    hamar = SurveySchoolFactory(name="Ajer skole", municipality=hamar_municipality, orgnr="974000201")

    # Flisa, 2020, Trivsel: whole school shown, 6th grade too few, 7th the next smallest.
    add(flisa, mean=WHOLE_MEAN, respondents=40)
    add(flisa, grade=5, mean=SHOWN_GRADE_MEAN, respondents=30)
    add(flisa, grade=6, mean=HIDDEN_GRADE_MEAN, respondents=4)
    add(flisa, grade=7, mean=SECONDARY_MEAN, respondents=6)
    add(flisa, round=2018, mean="3.80", respondents=38)
    for school, mean in zip(neighbours, ("3.60", "3.40"), strict=True):
        add(school, mean=mean, respondents=20)
        add(school, round=2018, mean=mean, respondents=20)
    add(hamar, mean="4.40", respondents=50)
    add(hamar, round=2018, mean="4.30", respondents=50)

    staff = UserFactory(username="ansatt")
    staff.groups.add(Group.objects.get(name=roles.STAFF))
    owner = UserFactory(username="skoleeier-asnes")
    SchoolOwnerFactory(user=owner, municipality=asnes)
    other_owner = UserFactory(username="skoleeier-hamar")
    SchoolOwnerFactory(user=other_owner, municipality=hamar_municipality)
    return World(
        flisa=flisa,
        neighbours=neighbours,
        hamar=hamar,
        leader=SchoolMembershipFactory(school=flisa, role=SchoolRole.LEADER, user=UserFactory(username="leder")).user,
        teacher=SchoolMembershipFactory(school=flisa, user=UserFactory(username="laerer")).user,
        other_leader=SchoolMembershipFactory(
            school=hamar, role=SchoolRole.LEADER, user=UserFactory(username="leder-hamar")
        ).user,
        owner=owner,
        other_owner=other_owner,
        staff=staff,
        inactive=SchoolMembershipFactory(school=flisa, user=UserFactory(username="sluttet", is_active=False)).user,
    )


def digits(value: Decimal) -> list[str]:
    """The ways a mean can be written: «1,37», «1.37»."""
    text = f"{value:.2f}"
    return [text, text.replace(".", ",")]
