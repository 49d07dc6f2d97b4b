"""Logging filters used by LOGGING in portal/settings/base.py."""

import logging


class WithoutTraceback(logging.Filter):
    """Keeps the message, drops the traceback (for django.security.DisallowedHost: scanners
    sending a foreign Host header are one line each, not a page of stack)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


class NotReported(logging.Filter):
    """Drops django.request's record for a response the portal has already logged itself
    (`request.portal_not_reported`): /helse/ answering 503, and the 503 page shown while the
    database is down – one warning each instead of an error email to ADMINS per request."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        return not getattr(request, "portal_not_reported", False)
