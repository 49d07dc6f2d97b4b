"""Who belongs to which school. Programme staff (the «Ansatt» group) see every school without a
membership; a school owner sees every school of their municipality."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SchoolRole(models.TextChoices):
    LEADER = "skoleleder", _("Skoleleder")
    TEACHER = "laerer", _("Lærer")


class SchoolMembership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("bruker"), on_delete=models.CASCADE, related_name="school_memberships"
    )
    school = models.ForeignKey(
        "networks.School", verbose_name=_("skole"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("rolle"), max_length=20, choices=SchoolRole.choices, default=SchoolRole.TEACHER)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lagt til av"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("lagt til"), auto_now_add=True)

    class Meta:
        verbose_name = _("medlemskap i skole")
        verbose_name_plural = _("medlemskap i skoler")
        ordering = ["school__name", "role", "user__last_name", "user__first_name", "user__username"]
        constraints = [models.UniqueConstraint(fields=["user", "school"], name="unique_school_membership")]

    def __str__(self):
        return f"{self.user} – {self.school.name} ({self.get_role_display()})"


class SchoolOwner(models.Model):
    """Skoleeier: someone at a municipality who follows all its schools."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("bruker"), on_delete=models.CASCADE, related_name="school_ownerships"
    )
    municipality = models.ForeignKey(
        "networks.Municipality", verbose_name=_("kommune"), on_delete=models.CASCADE, related_name="school_owners"
    )

    class Meta:
        verbose_name = _("skoleeier")
        verbose_name_plural = _("skoleeiere")
        ordering = ["municipality__name", "user__username"]
        constraints = [models.UniqueConstraint(fields=["user", "municipality"], name="unique_school_owner")]

    def __str__(self):
        return f"{self.user} – {self.municipality.name}"
