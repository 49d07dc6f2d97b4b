"""Choices shared by the event pages, their audience and the registrations."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    SEMINAR = "seminar", _("Seminar")
    CONFERENCE = "konferanse", _("Konferanse")
    WEBINAR = "webinar", _("Webinar")
    NETWORK_MEETING = "nettverkssamling", _("Nettverkssamling")


class Role(models.TextChoices):
    """Who an event is for, and what the person registering works as."""

    TEACHER = "laerer", _("Lærer")
    SCHOOL_LEADER = "skoleleder", _("Skoleleder")
    GROUP_LEADER = "gruppeleder", _("Gruppeleder")
    SCHOOL_OWNER = "skoleeier", _("Skoleeier / kommune")
    PPT = "ppt", _("PP-tjenesten")
    OTHER = "annet", _("Annet")
