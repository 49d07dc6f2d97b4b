"""The personal links in the emails: the cancellation link (a signed, timestamped registration
reference) and the confirmation link of a pending registration (the reference and the event,
signed). Nothing in them can be guessed or changed without the secret key."""

import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.utils.translation import gettext_lazy as _

from events.models import EventPage, Registration

SALT = "events.registration.cancel"
# Events are announced up to a year ahead; a link older than this is refused.
MAX_AGE = timedelta(days=400)


class CancelLinkError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def cancel_token(registration: Registration) -> str:
    return signing.TimestampSigner(salt=SALT).sign(registration.reference.hex)


def registration_for_token(token: str) -> Registration:
    """The registration a link names, or CancelLinkError with a message for the person who clicked it."""
    try:
        value = signing.TimestampSigner(salt=SALT).unsign(token[:200], max_age=MAX_AGE)
    except signing.SignatureExpired as error:
        raise CancelLinkError(_("Lenken er for gammel. Ta kontakt med arrangøren hvis du vil melde deg av.")) from error
    except signing.BadSignature as error:
        raise CancelLinkError(_("Lenken er ikke gyldig. Sjekk at du har kopiert hele lenken fra e-posten.")) from error
    try:
        reference = uuid.UUID(hex=value)
    except ValueError as error:
        raise CancelLinkError(_("Lenken er ikke gyldig.")) from error
    registration = Registration.objects.select_related("event").filter(reference=reference).first()
    if registration is None:
        raise CancelLinkError(_("Vi finner ikke denne påmeldingen. Den kan være slettet."))
    return registration


# --- The confirmation link (double opt-in) -------------------------------------------------------

CONFIRM_SALT = "events.registration.confirm"


@dataclass
class ConfirmationLink:
    """What a signed confirmation link names: the registration (None once an unconfirmed one
    has been deleted) and the event, so that a link that came too late can offer to register again."""

    registration: Registration | None
    event: EventPage | None


def confirm_token(registration: Registration) -> str:
    # No age limit in the link itself: the registration's `confirm_by` decides, and a
    # registration never confirmed in time is deleted.
    return signing.Signer(salt=CONFIRM_SALT).sign_object({"r": registration.reference.hex, "e": registration.event_id})


def confirmation_for_token(token: str) -> ConfirmationLink:
    """The registration and event a confirmation link names, or CancelLinkError with a message."""
    try:
        value = signing.Signer(salt=CONFIRM_SALT).unsign_object(token[:300])
        reference = uuid.UUID(hex=str(value["r"]))
        event_id = int(value["e"])
    except signing.BadSignature as error:
        raise CancelLinkError(_("Lenken er ikke gyldig. Sjekk at du har kopiert hele lenken fra e-posten.")) from error
    except (TypeError, KeyError, ValueError) as error:
        raise CancelLinkError(_("Lenken er ikke gyldig.")) from error
    registration = Registration.objects.select_related("event").filter(reference=reference).first()
    event = registration.event if registration else EventPage.objects.live().filter(pk=event_id).first()
    return ConfirmationLink(registration=registration, event=event)
