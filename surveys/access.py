"""Who may see a school's survey results and analyses.

- its members (school leader and teachers: SchoolMembership),
- the school owner of its municipality (SchoolOwner),
- programme staff (the «Ansatt» group) and superusers, who see every school.

Nobody else: not other schools, not anonymous visitors. Members also work on the school's
analyses; its leader manages its teachers. Owners and staff read only.
"""

from django.db.models import Q, QuerySet

from networks.models import School
from portal import roles


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def is_programme_staff(user) -> bool:
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_programme_staff"):
        user._is_programme_staff = user.groups.filter(name=roles.STAFF).exists()
    return user._is_programme_staff


def schools_visible_to(user) -> QuerySet[School]:
    if not _active(user):
        return School.objects.none()
    if is_programme_staff(user):
        return School.objects.all()
    return School.objects.filter(Q(memberships__user=user) | Q(municipality__school_owners__user=user)).distinct()


def _role(user, school: School) -> str | None:
    """The user's role at the school (cached on the user for the request)."""
    cache = user.__dict__.setdefault("_school_roles", {})
    if school.pk not in cache:
        cache[school.pk] = school.memberships.filter(user=user).values_list("role", flat=True).first()
    return cache[school.pk]


def is_member(user, school: School) -> bool:
    return _active(user) and _role(user, school) is not None


def is_leader(user, school: School) -> bool:
    from surveys.models import SchoolRole

    return _active(user) and _role(user, school) == SchoolRole.LEADER


def is_owner(user, school: School) -> bool:
    return _active(user) and school.municipality.school_owners.filter(user=user).exists()


def can_view_school(user, school: School) -> bool:
    return is_member(user, school) or is_programme_staff(user) or is_owner(user, school)


def can_work_on_analysis(user, school: School) -> bool:
    """Members write the school's analyses; owners and staff only read them."""
    return is_member(user, school)


def can_manage_teachers(user, school: School) -> bool:
    return is_leader(user, school) or (_active(user) and user.is_superuser)
