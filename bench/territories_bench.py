"""Benchmark of the territory features on a throw-away SQLite database (issue 13's budgets).

    .venv/bin/python bench/territories_bench.py [--places 20000] [--runs 200] [--fresh]

Builds (or reuses) BENCH_DB (default /tmp/hub-territories-bench.sqlite3): migrations, the site
structure with the commune reference (35,000 communes), and N generated places around real
commune points. Prints: import of the shipped files into an empty table and a re-import (which
must change nothing), the commune autocomplete in process (p50/p95 over typical inputs), and the
territory page of a commune uncached through Django's test client, as wall time and as process
CPU time per request (the budget is CPU: other processes share this machine). FRAGMENT_CACHE=false
measures with the fragments recomputed on every request too.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGETS = {"import_s": 20, "autocomplete_ms": 10, "territory_page_cpu_ms": 30}
QUERIES = [
    "all",
    "allanche",
    "st et",
    "saint-denis",
    "clermont",
    "15160",
    "690",
    "ly",
    "marseille",
    "vill",
    "le puy",
    "aix-en",
    "2A004",
    "port",
    "sainte",
]


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--places", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--skip-import", action="store_true", help="reuse the loaded reference")
    args = parser.parse_args()
    db = Path(os.environ.get("BENCH_DB", "/tmp/hub-territories-bench.sqlite3"))  # noqa: S108
    if args.fresh and db.exists():
        db.unlink()
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    # As in production (and bench/consultation_bench.py): header, footer and the fragments
    # computed once per content generation are cached (the test settings turn them off); the
    # page cache stays off, so every request runs the view and renders the page.
    settings.FRAGMENT_CACHE = os.environ.get("FRAGMENT_CACHE", "true") != "false"
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from places.models import Place
    from territories.importer import import_shipped
    from territories.models import Commune
    from territories.views import search_communes

    print(f"load average: {os.getloadavg()}")
    call_command("migrate", verbosity=0)
    call_command("setup_site", "--no-demo", "--no-admin", "--no-index", verbosity=0)

    if not args.skip_import or not Commune.objects.exists():
        Commune.objects.all().delete()
        started, cpu = time.perf_counter(), time.process_time()
        report = import_shipped()
        fresh = (time.perf_counter() - started, time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        again = import_shipped()
        reimport = (time.perf_counter() - started, time.process_time() - cpu)
        print(report.text())
        changed = sum(part.changed + part.created for part in again.parts)
        print(
            f"import of the shipped files: {fresh[0]:.1f} s wall, {fresh[1]:.1f} s CPU "
            f"(budget {BUDGETS['import_s']} s)"
        )
        print(
            f"re-import: {reimport[0]:.1f} s wall, {reimport[1]:.1f} s CPU, {changed} rows changed"
        )

    have = Place.objects.filter(source_id__startswith="bench-").count()
    if have < args.places:
        rng = random.Random(13)
        points = list(
            Commune.objects.exclude(latitude=None).values_list(
                "latitude", "longitude", "name", "department"
            )
        )
        services = [
            "Aide aux démarches administratives",
            "Accès internet et matériel informatique",
            "Maîtrise des outils numériques du quotidien",
        ]
        batch = []
        for n in range(have, args.places):
            lat, lon, name, dep = rng.choice(points)
            batch.append(
                Place(
                    source_id=f"bench-{n}",
                    pivot="00000000000000",
                    name=f"Lieu {n}",
                    commune=name,
                    postal_code="00000",
                    address="-",
                    updated_on="2025-01-01",
                    department=dep,
                    latitude=lat + rng.uniform(-0.05, 0.05),
                    longitude=lon + rng.uniform(-0.05, 0.05),
                    services=rng.sample(services, 2),
                )
            )
        Place.objects.bulk_create(batch, batch_size=2000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"places: {Place.objects.count()}, communes: {Commune.objects.count()}")

    timings, cpu_timings = [], []
    for run in range(args.runs):
        query = QUERIES[run % len(QUERIES)]
        started, cpu_started = time.perf_counter(), time.process_time()
        search_communes(query, 10)
        timings.append((time.perf_counter() - started) * 1000)
        cpu_timings.append((time.process_time() - cpu_started) * 1000)
    print(f"autocomplete CPU: p50 {pct(cpu_timings, 50):.1f} ms, p95 {pct(cpu_timings, 95):.1f} ms")
    print(
        f"autocomplete (in process, {args.runs} runs): p50 {pct(timings, 50):.1f} ms, "
        f"p95 {pct(timings, 95):.1f} ms (budget {BUDGETS['autocomplete_ms']} ms)"
    )

    setup_test_environment()
    client = Client()
    codes = ["15001", "63113", "69123", "42218", "03185", "38185", "74010", "07186"]
    urls = []
    for code in codes:
        commune = Commune.objects.get(code=code)
        urls.append(f"/fr/territoires/{commune.path_segment}/")
    for url in urls:
        assert client.get(url).status_code == 200, url  # warm-up
    wall, cpu = [], []
    runs = max(args.runs // 4, len(urls))
    for run in range(runs):
        url = urls[run % len(urls)]
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        assert response.status_code == 200
    print(
        f"territory page (uncached, {runs} runs over {len(urls)} communes): wall p50 "
        f"{pct(wall, 50):.1f} ms p95 {pct(wall, 95):.1f} ms; CPU p50 {pct(cpu, 50):.1f} ms "
        f"p95 {pct(cpu, 95):.1f} ms (budget {BUDGETS['territory_page_cpu_ms']} ms CPU)"
    )
    print(f"mean wall {statistics.mean(wall):.1f} ms; FRAGMENT_CACHE={settings.FRAGMENT_CACHE}")
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
