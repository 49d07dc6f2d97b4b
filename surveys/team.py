"""A school leader's own team: adding and removing the school's teachers.

Only teachers are added or removed here. Leaders are appointed by an administrator in the admin,
so a leader can neither remove themselves nor another leader, and nobody becomes a leader here."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from networks.models import School
from surveys.models import SchoolMembership, SchoolRole


class TeamError(Exception):
    """A refusal, with the message to show the leader."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def display_name(user) -> str:
    name = user.get_full_name()
    return f"{name} ({user.username})" if name else user.username


def find_user(identifier: str):
    """The one active user with that username or e-mail address (case-insensitive)."""
    users = get_user_model().objects.filter(is_active=True)
    identifier = identifier.strip()
    if not identifier:
        raise TeamError(_("Skriv brukernavnet eller e-postadressen til læreren."))
    by_username = list(users.filter(username__iexact=identifier)[:2])
    if len(by_username) == 1:
        return by_username[0]
    if "@" in identifier:
        by_email = list(users.filter(email__iexact=identifier)[:2])
        if len(by_email) == 1:
            return by_email[0]
        if len(by_email) > 1:
            raise TeamError(
                _("Flere brukere har e-postadressen «%(value)s». Skriv brukernavnet i stedet.") % {"value": identifier}
            )
    raise TeamError(
        _(
            "Fant ingen bruker med brukernavnet eller e-postadressen «%(value)s». Læreren må ha en bruker i "
            "portalen fra før – en administrator kan lage den."
        )
        % {"value": identifier[:80]}
    )


def teacher_add(*, school: School, identifier: str, added_by) -> SchoolMembership:
    """Adds the user named by `identifier` to the school as a teacher."""
    user = find_user(identifier)
    existing = SchoolMembership.objects.filter(school=school, user=user).first()
    if existing is not None:
        raise TeamError(
            _("%(user)s er allerede med på %(school)s (%(role)s).")
            % {"user": display_name(user), "school": school.name, "role": existing.get_role_display().lower()}
        )
    try:
        with transaction.atomic():
            return SchoolMembership.objects.create(school=school, user=user, role=SchoolRole.TEACHER, added_by=added_by)
    except IntegrityError:  # added by someone else a moment ago (unique_school_membership)
        raise TeamError(
            _("%(user)s er allerede med på %(school)s.") % {"user": display_name(user), "school": school.name}
        ) from None


def removable_teacher(*, school: School, membership_id: str, removed_by) -> SchoolMembership:
    """The teacher's membership at this school that `removed_by` may remove, or TeamError."""
    if not (membership_id.isascii() and membership_id.isdigit()) or len(membership_id) > 9:
        raise TeamError(_("Fant ikke læreren på skolen."))
    membership = SchoolMembership.objects.select_related("user").filter(school=school, pk=int(membership_id)).first()
    if membership is None:
        raise TeamError(_("Fant ikke læreren på skolen."))
    if membership.user_id == removed_by.pk:
        raise TeamError(_("Du kan ikke fjerne deg selv. Be en administrator om det."))
    if membership.role != SchoolRole.TEACHER:
        raise TeamError(_("Skoleledere fjernes av en administrator, ikke her."))
    return membership


def teacher_remove(*, school: School, membership_id: str, removed_by) -> str:
    """Removes a teacher from the school; returns their name for the message."""
    membership = removable_teacher(school=school, membership_id=membership_id, removed_by=removed_by)
    name = display_name(membership.user)
    membership.delete()
    return name


def team_members(school: School) -> list[SchoolMembership]:
    """The school's members: leaders first, then teachers, by name."""
    return list(
        SchoolMembership.objects.filter(school=school)
        .select_related("user", "added_by")
        .order_by("-role", "user__last_name", "user__first_name", "user__username")
    )
