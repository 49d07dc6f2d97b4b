"""Factories for the surveys app's tests."""

from decimal import Decimal

import factory

from networks.factories import SchoolFactory, UserFactory
from resources.models import SurveyArea
from surveys.models import SchoolMembership, SchoolOwner, SchoolRole, SurveyResult

__all__ = [
    "SchoolMembershipFactory",
    "SchoolOwnerFactory",
    "SurveySchoolFactory",
    "SurveyResultFactory",
    "UserFactory",
]


class SurveySchoolFactory(SchoolFactory):
    """A school with an organisation number, as survey files name it."""

    orgnr = factory.Sequence(lambda n: f"{974000000 + n:09d}")


class SchoolMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SchoolMembership

    user = factory.SubFactory(UserFactory)
    school = factory.SubFactory(SurveySchoolFactory)
    role = SchoolRole.TEACHER


class SchoolOwnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SchoolOwner

    user = factory.SubFactory(UserFactory)
    municipality = factory.LazyAttribute(lambda o: SurveySchoolFactory().municipality)


class SurveyResultFactory(factory.django.DjangoModelFactory):
    """Defaults to the whole school, pupils 5–10, «Trivsel», 2020, 40 answers."""

    class Meta:
        model = SurveyResult

    round = 2020
    school = factory.SubFactory(SurveySchoolFactory)
    grade = None
    area = factory.LazyFunction(lambda: SurveyArea.objects.get(slug="elever-5-10-trivsel"))
    respondent_group = factory.LazyAttribute(lambda o: o.area.respondent_group)
    mean = Decimal("4.10")
    respondents = 40
