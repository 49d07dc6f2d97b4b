"""Shared security plumbing: the client's address as django-axes and django-ratelimit see it,
the answer to a rate-limited request, and cleaning of free text before it is stored."""

import logging
import re
import unicodedata

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _

logger = logging.getLogger("portal.security")


def client_ip(request) -> str:
    """REMOTE_ADDR, or – behind `TRUSTED_PROXY_COUNT` reverse proxies – the address the
    outermost trusted proxy saw. Never the left-most X-Forwarded-For entry, which anyone can forge."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "0.0.0.0"  # noqa: S104 – a key, not a bind address


def ratelimit_key(group, request) -> str:
    """Key function for django-ratelimit: the same address axes uses."""
    return client_ip(request)


def rate_limited(request, exception):
    """What a visitor gets when they have sent too many requests: a Norwegian page, 429."""
    if request.path.startswith("/api/"):
        from django.http import JsonResponse

        return JsonResponse({"error": _("For mange forespørsler. Vent litt og prøv igjen.")}, status=429)
    return render(request, "429.html", status=429)


def axes_username(request, credentials=None) -> str:
    """The username django-axes counts and looks up (AXES_USERNAME_CALLABLE): what was typed,
    without control characters (PostgreSQL refuses a NUL in a query) and no longer than a
    username can be."""
    source = credentials or getattr(request, "data", request.POST)
    username = source.get("username")
    return clean_text(str(username or ""))[:150]


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login (AXES_LOCKOUT_CALLABLE): a Norwegian page, 429."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "lockout.html", {"cooloff_minutes": minutes}, status=429)


def log_lockout(sender, request, username, ip_address, **kwargs):
    """A lockout is a security event: logged with who and from where (never the password)."""
    logger.warning("Innlogging stengt: brukernavn=%r adresse=%s sti=%s", username, ip_address, request.path)


# Control characters (C0, C1, DEL) and the bidirectional overrides and isolates that can make
# a name read differently in a staff list or a spreadsheet than it is stored.
_BIDI_AND_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI_AND_INVISIBLE}]")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Free text as it may be stored: NFC, no control or bidi-override characters; line breaks
    kept only where the field is multi-line."""
    if not value:
        return value
    value = unicodedata.normalize("NFC", value)
    if not multiline:
        value = value.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    else:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _UNSAFE.sub("", value)
    return value.strip()
