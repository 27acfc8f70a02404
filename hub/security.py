"""Request security: the content security policy per site area, the lockout page (the client
address that lockouts count is `core.client.client_address`)."""

from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from django.conf import settings
from django.shortcuts import render

from core.client import client_address as client_ip

__all__ = ["CSPMiddleware", "client_ip", "lockout_response"]


class CSPMiddleware(BaseCSPMiddleware):
    """django-csp's middleware, with the Wagtail admin's allowances (`CSP_ADMIN_REPLACE`) under
    `ADMIN_URL_PREFIX`: the admin ships inline scripts and styles, public pages must not."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            parts.replace = {**settings.CSP_ADMIN_REPLACE, **(parts.replace or {})}
        return parts


def lockout_response(request, original_response, credentials):
    """django-axes' answer to a locked-out login: a page in the site's look and language."""
    context = {"minutes": settings.LOGIN_LOCKOUT_MINUTES}
    return render(request, "hub/lockout.html", context, status=429)
