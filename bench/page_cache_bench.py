"""The page cache's hit path on each cache backend: what a cached page costs a worker.

    .venv/bin/python bench/page_cache_bench.py                       # locmem and the file cache
    .venv/bin/python bench/page_cache_bench.py redis://127.0.0.1:6379/15   # and a Redis server

Calls core.page_cache's middleware directly (no HTTP, no database): one miss stores a page of
about the size of a practice card (60 KB of HTML, gzipped by the cache key's client), then
2,000 hits, each one reading the generation and the page, as a worker does. Prints, per backend,
microseconds per hit (median and 99th percentile, wall clock) and what one purge (the generation
bump) costs. Run by hand: the numbers depend on the machine and its load.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.cache import caches  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.middleware.gzip import GZipMiddleware  # noqa: E402
from django.test import RequestFactory, override_settings  # noqa: E402

from core import page_cache  # noqa: E402
from hub.settings.base import cache_settings  # noqa: E402

HITS = 2000
WORDS = [
    "médiation",
    "numérique",
    "bibliothèque",
    "atelier",
    "démarches",
    "accompagnement",
    "territoire",
]


def page() -> bytes:
    import random

    random.seed(1)
    body = " ".join(random.choice(WORDS) for _ in range(7000))
    return f"<!doctype html><html lang='fr'><body><main>{body}</main></body></html>".encode()


def measure(url: str) -> dict:
    html = page()
    with override_settings(CACHES=cache_settings(url), PAGE_CACHE_SECONDS=600):
        caches["default"].clear()
        stored = []

        def render(request):
            stored.append(1)
            return HttpResponse(html, content_type="text/html; charset=utf-8")

        middleware = page_cache.AnonymousPageCacheMiddleware(GZipMiddleware(render))
        request = RequestFactory().get("/fr/bonnes-pratiques/fiche/", HTTP_ACCEPT_ENCODING="gzip")
        assert middleware(request)["X-Page-Cache"] == "miss"
        times = []
        for _ in range(HITS):
            started = time.perf_counter()
            response = middleware(request)
            times.append(time.perf_counter() - started)
            assert response["X-Page-Cache"] == "hit"
        assert stored == [1]
        purges = []
        for _ in range(200):
            started = time.perf_counter()
            page_cache.purge_all()
            purges.append(time.perf_counter() - started)
        caches["default"].clear()
    times.sort()
    return {
        "backend": url.split(":", 1)[0],
        "p50": statistics.median(times) * 1e6,
        "p99": times[int(len(times) * 0.99)] * 1e6,
        "purge": statistics.median(purges) * 1e6,
        "size": len(response.content),
    }


def main():
    with tempfile.TemporaryDirectory() as directory:
        urls = ["locmem://", f"file://{directory}/cache", *sys.argv[1:]]
        print(f"{'backend':8} {'hit p50 µs':>11} {'hit p99 µs':>11} {'purge µs':>9} {'bytes':>7}")
        for url in urls:
            row = measure(url)
            print(
                f"{row['backend']:8} {row['p50']:11.0f} {row['p99']:11.0f} "
                f"{row['purge']:9.0f} {row['size']:7d}"
            )


if __name__ == "__main__":
    main()
