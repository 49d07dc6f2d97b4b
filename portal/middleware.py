"""The user of the current request, for code that Wagtail calls without a request
(the rich-text converters of the admin's editor)."""

from contextvars import ContextVar

current_user: ContextVar = ContextVar("current_user", default=None)


class CurrentUserMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_user.set(getattr(request, "user", None))
        try:
            return self.get_response(request)
        finally:
            current_user.reset(token)
