"""Who may see a school's results: its members, its municipality's school owner, programme staff."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from networks.models import Municipality
from portal import roles
from surveys import access
from surveys.factories import SchoolMembershipFactory, SurveySchoolFactory, UserFactory
from surveys.models import SchoolOwner, SchoolRole

pytestmark = pytest.mark.django_db


@pytest.fixture
def school():
    return SurveySchoolFactory(name="Flisa skole", municipality=Municipality.objects.get(slug="asnes"))


def test_the_access_matrix(school):
    other = SurveySchoolFactory(name="Hamar skole", municipality=Municipality.objects.get(slug="hamar"))
    leader = SchoolMembershipFactory(school=school, role=SchoolRole.LEADER).user
    teacher = SchoolMembershipFactory(school=school).user
    stranger = SchoolMembershipFactory(school=other, role=SchoolRole.LEADER).user
    owner = UserFactory()
    SchoolOwner.objects.create(user=owner, municipality=school.municipality)
    staff = UserFactory()
    staff.groups.add(Group.objects.get(name=roles.STAFF))
    inactive = SchoolMembershipFactory(school=school, user=UserFactory(is_active=False)).user

    assert [access.can_view_school(u, school) for u in (leader, teacher, owner, staff)] == [True] * 4
    assert [access.can_view_school(u, school) for u in (stranger, inactive, AnonymousUser())] == [False] * 3
    assert access.can_work_on_analysis(teacher, school) and not access.can_work_on_analysis(owner, school)
    assert not access.can_work_on_analysis(staff, school)
    assert access.can_manage_teachers(leader, school) and not access.can_manage_teachers(teacher, school)
    assert not access.can_manage_teachers(stranger, school)
    assert set(access.schools_visible_to(owner)) == {school}
    assert set(access.schools_visible_to(stranger)) == {other}
    assert set(access.schools_visible_to(staff)) >= {school, other}
    assert not access.schools_visible_to(AnonymousUser()).exists()
