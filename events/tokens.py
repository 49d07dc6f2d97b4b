"""The personal cancellation link in the confirmation email: a signed, timestamped
registration reference. Nothing in it can be guessed or changed without the secret key."""

import uuid
from datetime import timedelta

from django.core import signing
from django.utils.translation import gettext_lazy as _

from events.models import Registration

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
