"""Production services are chosen by environment variables: PostgreSQL, a search engine,
S3-compatible media storage and a Redis cache (settings and clients only: no server is reached)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json
import django
django.setup()
from django.conf import settings
from django.core.cache import caches
from django.core.files.storage import storages
from wagtail.search.backends import get_search_backend
cache = caches["default"]
default_storage = storages["default"]
redis_client = None
if type(cache).__name__ == "RedisCache":
    redis_client = cache._cache.get_client(write=False)
print(json.dumps({
    "database": settings.DATABASES["default"]["ENGINE"],
    "search_config": settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG"),
    "search_backend": [cls.__module__ for cls in type(get_search_backend()).__mro__][:2],
    "storage": type(default_storage).__module__ + "." + type(default_storage).__name__,
    "image_url": default_storage.url("images/atelier.jpg"),
    "cache": type(cache).__name__,
    "cache_client": type(redis_client).__module__,
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
}))
"""


def probe(**env):
    base = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": "k" * 50,
        "ALLOWED_HOSTS": "hub.example.fr",
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_services_come_from_the_environment():
    found = probe(
        DATABASE_URL="postgres://hub:secret@db.internal:5432/hub",
        SEARCH_BACKEND="opensearch3",
        SEARCH_URLS="https://search.internal:9200",
        S3_BUCKET="hub-media",
        S3_ENDPOINT_URL="https://s3.gra.io.cloud.ovh.net",
        S3_REGION="gra",
        AWS_ACCESS_KEY_ID="test-key",
        AWS_SECRET_ACCESS_KEY="test-secret",
        CACHE_URL="redis://cache.internal:6379/1",
    )
    assert found["database"] == "django.db.backends.postgresql"
    # The French-analysis subclass of Wagtail's OpenSearch 3 backend.
    assert found["search_backend"] == ["search.backends", "modelsearch.backends.opensearch3"]
    assert found["storage"] == "storages.backends.s3.S3Storage"
    # Private bucket: a signed, expiring URL on the S3 endpoint, which the CSP lets images use.
    assert found["image_url"].startswith("https://s3.gra.io.cloud.ovh.net/hub-media/images/")
    assert "X-Amz-Signature=" in found["image_url"]
    assert "https://s3.gra.io.cloud.ovh.net" in found["img_src"]
    assert found["cache"] == "RedisCache"
    assert found["cache_client"].startswith("redis")


def test_postgres_database_search_uses_french_with_accent_folding():
    found = probe(DATABASE_URL="postgres://hub:secret@db.internal:5432/hub")
    assert found["search_config"] == "french_unaccent"
    assert found["search_backend"][0] == "modelsearch.backends.database.postgres.postgres"


def test_public_media_domain_serves_unsigned_urls_and_is_allowed_by_the_policy():
    found = probe(
        S3_BUCKET="hub-media",
        S3_CUSTOM_DOMAIN="medias.inclusion-numerique.example",
        AWS_ACCESS_KEY_ID="k",
        AWS_SECRET_ACCESS_KEY="s",
    )
    assert found["image_url"] == "https://medias.inclusion-numerique.example/images/atelier.jpg"
    assert "https://medias.inclusion-numerique.example" in found["img_src"]


def test_embedded_defaults_without_any_variable():
    found = probe()
    assert found["database"] == "django.db.backends.sqlite3"
    assert found["search_config"] is None
    assert found["storage"] == "django.core.files.storage.filesystem.FileSystemStorage"
    # Shared by the workers of one machine (a purge is seen by all), atomic increments.
    assert found["cache"] == "SharedFileCache"
