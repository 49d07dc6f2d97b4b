"""Registrations for events. Written only through events/services.py."""

import uuid

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models.choices import Role


class Registration(models.Model):
    class Status(models.TextChoices):
        # Registered without being logged in, and the email address not confirmed yet (double opt-in).
        PENDING = "pending", _("Venter på bekreftelse")
        CONFIRMED = "confirmed", _("Påmeldt")
        WAITING = "waiting", _("På venteliste")
        CANCELLED = "cancelled", _("Avmeldt")

    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("arrangement"), on_delete=models.CASCADE, related_name="registrations"
    )
    # Named in the signed cancellation link instead of the sequential id.
    reference = models.UUIDField(_("referanse"), default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("navn"), max_length=150)
    email = models.EmailField(_("e-post"))
    school = models.ForeignKey(
        "networks.School",
        verbose_name=_("skole"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    workplace = models.CharField(_("arbeidssted (fritekst)"), max_length=200, blank=True)
    role = models.CharField(_("rolle"), max_length=20, choices=Role.choices)
    dietary_needs = models.CharField(_("allergier og matbehov"), max_length=300, blank=True)
    # [{"name": …, "label": …, "value": …}] for the event's own questions, labels as asked.
    answers = models.JSONField(_("svar på tilleggsspørsmål"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED)
    created_at = models.DateTimeField(_("registrert"), default=timezone.now)
    # A pending registration lapses at `confirm_by`; until then it holds a place if `holds_place`
    # (there was a free place when it was made). Empty for every other status.
    confirm_by = models.DateTimeField(_("må bekreftes innen"), null=True, blank=True)
    holds_place = models.BooleanField(_("holder av en plass"), default=False)
    promoted_at = models.DateTimeField(_("fikk plass fra ventelisten"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("avmeldt"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("påmelding")
        verbose_name_plural = _("påmeldinger")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=~Q(status="cancelled"),
                name="events_one_active_registration_per_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"], name="events_reg_queue")]

    def __str__(self):
        return f"{self.name} – {self.event_id} ({self.get_status_display()})"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def hold_expired(self) -> bool:
        """A pending registration whose time to confirm has run out: it counts for nothing."""
        return self.is_pending and (self.confirm_by is None or self.confirm_by <= timezone.now())

    @property
    def workplace_name(self) -> str:
        return self.school.name if self.school_id else self.workplace
