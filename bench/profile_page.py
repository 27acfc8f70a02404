"""Where a page's server time goes: cProfile and the SQL queries of one request, in-process.

    DATABASE_URL=sqlite:////tmp/hub-bench.sqlite3 .venv/bin/python bench/profile_page.py \
        /fr/bonnes-pratiques/ [--repeat 20] [--top 30] [--sort tottime]

Uses Django's test client under production settings (as gunicorn serves it), after one warm-up
request; prints the mean wall time per request, the queries of one request with their time
(slowest first), and the functions with the most cumulative time over `--repeat` requests.
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="cumulative", help="pstats key: cumulative, tottime")
    parser.add_argument("--sql", type=int, default=15, help="slowest queries to print")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.production")
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("PAGE_CACHE_SECONDS", "0")
    os.environ.setdefault("STATIC_ROOT", "/tmp/hub-bench-static")  # noqa: S108 - bench only
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    response = client.get(args.url)
    if response.status_code != 200:
        raise SystemExit(f"{args.url} answers {response.status_code}")

    with CaptureQueriesContext(connection) as queries:
        client.get(args.url)
    total_sql = sum(float(q["time"]) for q in queries.captured_queries) * 1000
    print(f"{len(queries.captured_queries)} requêtes SQL, {total_sql:.1f} ms au total (horloge)")
    slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[: args.sql]
    for query in slowest:
        print(f"  {float(query['time']) * 1000:7.1f} ms  {query['sql'][:400]}")

    profile = cProfile.Profile()
    began = time.perf_counter()
    profile.enable()
    for _ in range(args.repeat):
        client.get(args.url)
    profile.disable()
    elapsed = (time.perf_counter() - began) * 1000 / args.repeat
    print(f"\n{elapsed:.1f} ms par requête sous cProfile ({args.repeat} requêtes)\n")
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
