"""Speed of a consultation page with 2,000 published contributions (issue 14), uncached.

    .venv/bin/python bench/consultation_bench.py            # fresh SQLite DB in /tmp, ~3 min
    .venv/bin/python bench/consultation_bench.py --reuse    # keep the seeded DB

Builds its own database (migrate, `setup_site --no-demo`), one open consultation with two
sections and 2,000 published contributions (1,500 proposals, 500 replies, supports spread), then
requests pages of it in this process through Django's test client (test settings: page cache
off, no DEBUG). For each URL: SQL queries per request, and CPU time per request (process time,
median and p90 of `--runs` requests after two warm-up ones). It checks that the number of
queries does not grow with the number of contributions by counting them at 20 as well.
Target: at most 20 ms of server CPU per request, queries constant.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB = Path(tempfile.gettempdir()) / "hub_consultation_bench.sqlite3"


def setup(reuse):
    if not reuse and DB.exists():
        DB.unlink()
    os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    if not reuse:
        call_command("migrate", verbosity=0)
        call_command("setup_site", "--no-demo", "--no-admin", "--no-index", verbosity=0)
    from django.conf import settings

    # As in production, what is kept per content generation is (the test settings turn it
    # off): header and footer fragments, the page a path routes to, the count of published
    # proposals, the consultation's orientation. The page cache stays off, so every request
    # routes, reads the contributions and renders the page.
    settings.FRAGMENT_CACHE = True


def seed(count, slug):
    from datetime import timedelta

    from django.utils import timezone

    from consultations.models import ConsultationIndexPage, ConsultationPage, Contribution

    index = ConsultationIndexPage.objects.get(locale__language_code="fr")
    page = ConsultationPage.objects.filter(slug=slug).first()
    if page is not None:
        return page
    now = timezone.now()
    page = ConsultationPage(
        title=f"Consultation de {count} contributions",
        slug=slug,
        intro="<p>Banc d’essai.</p>",
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=30),
        sections=[("section", {"title": f"Question {n}", "text": ""}) for n in (1, 2)],
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    sections = [block.id for block in page.sections]
    proposals_count = count * 3 // 4
    proposals = Contribution.objects.bulk_create(
        Contribution(
            consultation=page,
            section=sections[n % 2],
            title=f"Proposition {n}",
            body="Un texte de contribution de taille ordinaire.\n" * 8,
            pseudonym=f"Personne {n}",
            profile="bibliothecaire",
            department="58",
            commune="Nevers",
            state=Contribution.State.PUBLISHED,
            published_at=now - timedelta(minutes=n),
            support_count=n % 37,
        )
        for n in range(proposals_count)
    )
    Contribution.objects.bulk_create(
        Contribution(
            consultation=page,
            section=proposals[n % 40].section,
            parent=proposals[(n * 7) % proposals_count],
            body="Une réponse.",
            pseudonym=f"Réponse {n}",
            profile="elu",
            department="69",
            state=Contribution.State.PUBLISHED,
            published_at=now,
        )
        for n in range(count - proposals_count)
    )
    return page


def measure(url, runs):
    from django.db import connections
    from django.test import Client

    client = Client()
    for _ in range(2):
        assert client.get(url).status_code == 200, url
    seen = []

    def count(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    with connections["default"].execute_wrapper(count):
        client.get(url)
    times = []
    for _ in range(runs):
        start = time.process_time()
        client.get(url)
        times.append((time.process_time() - start) * 1000)
    times.sort()
    return len(seen), statistics.median(times), times[int(len(times) * 0.9) - 1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    setup(args.reuse)
    small = seed(20, "banc-20")
    big = seed(2000, "banc-2000")
    first = big.sections[0].id
    rows = [
        ("baseline: a plain content page", "/fr/mentions-legales/"),
        ("20 contributions, page 1", small.url),
        ("2,000 contributions, page 1", big.url),
        ("2,000 contributions, page 40", big.url + "?page=40"),
        ("2,000 contributions, one section, page 10", f"{big.url}?partie={first}&page=10"),
    ]
    print("| page | SQL queries | CPU ms median | CPU ms p90 |")
    print("| --- | ---: | ---: | ---: |")
    for label, url in rows:
        queries, median, p90 = measure(url, args.runs)
        print(f"| {label} | {queries} | {median:.1f} | {p90:.1f} |")


if __name__ == "__main__":
    main()
