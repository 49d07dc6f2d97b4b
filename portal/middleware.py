"""The user of the current request, for code that Wagtail calls without a request
(the rich-text converters of the admin's editor); the portal's security headers
(Content-Security-Policy per area, Permissions-Policy)."""

from contextvars import ContextVar

from csp.middleware import CSPMiddleware
from django.conf import settings

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


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with one change, made through its public extension point
    (`get_policy_parts`): under PORTAL_ADMIN_CSP_PREFIX (/admin/) the directives of
    PORTAL_ADMIN_CSP_REPLACE replace the front end's, since Wagtail's admin runs inline scripts
    and styles. A view's own @csp_replace still wins for the directives it names. The front end
    keeps CONTENT_SECURITY_POLICY as it is: no 'unsafe-inline' anywhere."""

    def process_response(self, request, response):
        # Wagtail renders a page preview by passing a dummy request for the page's front-end path
        # through the middleware (`request.is_dummy`, set for middleware to see). That response is
        # shown by an admin view, whose own request gets the admin's policy: set none here, or the
        # front end's frame-ancestors 'none' would keep the preview out of the preview panel.
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.PORTAL_ADMIN_CSP_PREFIX):
            parts.replace = {**settings.PORTAL_ADMIN_CSP_REPLACE, **(parts.replace or {})}
        return parts


class PermissionsPolicyMiddleware:
    """Permissions-Policy (PORTAL_PERMISSIONS_POLICY) on every response that has none: the portal
    uses no camera, microphone, location, payment or sensors, and no page it frames may either."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PORTAL_PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response
