"""Settings for the test suite: fast hashing, local memory cache, emails kept in memory."""

from .base import *  # noqa: F403
from .base import CACHE_URL, cache_settings

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Local memory, except in the Redis lane (`make test-redis`: CACHE_URL=redis://…), where the
# cache tests run against the server production would use.
CACHES = cache_settings(
    CACHE_URL if CACHE_URL.startswith(("redis://", "rediss://")) else "locmem://"
)
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# The page cache persists across tests in local memory: off by default, on in its own tests.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE = False
# django-axes needs the request in authenticate(), which the test client's login() does not pass.
# The lockout tests and the browser tests switch it on (the `settings` fixture).
AXES_ENABLED = False
# A vocabulary declared in a test-only app: the registry must carry it everywhere
# (tests/test_vocabulary_registry.py).
INSTALLED_APPS = [*INSTALLED_APPS, "tests.vocab_app"]  # noqa: F405
