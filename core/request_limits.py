"""The size of a whole request, refused before its body is read, with a page that says why.

Django's own limits leave files out (DATA_UPLOAD_MAX_MEMORY_SIZE counts the other fields only):
without this, a form with five files of 10 MB is read whole before any field is checked.
"""

from django.conf import settings
from django.shortcuts import render


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_SIZE:
            # The body is never read here (the server discards it): nothing is parsed or stored.
            return render(
                request,
                "hub/request_too_large.html",
                {"limit_mb": settings.MAX_REQUEST_SIZE // (1024 * 1024)},
                status=413,
            )
        return self.get_response(request)
