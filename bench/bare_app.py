"""The ceiling C of the page benchmark: a bare Django view returning a short text.

Served exactly like the hub (gunicorn, one sync worker on one core): `gunicorn bench.bare_app`.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-only",  # noqa: S106 - never deployed
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def hello(request):
    return HttpResponse("Bonjour", content_type="text/plain")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
