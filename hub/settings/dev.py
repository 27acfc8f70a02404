"""Local development: debug on, emails printed to the console."""

from .base import *  # noqa: F403
from .base import env_bool, env_int

DEBUG = env_bool("DEBUG", True)
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Editors see their changes at once in development; `PAGE_CACHE_SECONDS=600` to try the cache.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)
