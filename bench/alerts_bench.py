"""Speed of `send_alerts` (issue 15): 10,000 confirmed subscribers, 50,000 alerts, 500 pages
published since the last run, on SQLite; and the CPU of a feed request.

    .venv/bin/python bench/alerts_bench.py          # fresh SQLite DB in /tmp, seed, measure
    .venv/bin/python bench/alerts_bench.py --reuse  # measure again on the seeded DB

Seeds 2,000 older cards and 500 new ones (bench/seed.py: realistic titles, Zipf-skewed terms),
10,000 subscribers and 50,000 confirmed alerts (4 in 5 daily, due; 1 in 5 weekly, due) whose
searches are drawn as visitors make them: a theme (skewed), often a territory type, sometimes an
audience or a word; many people follow the same popular searches. Then, in a fresh process (so
the peak memory is the run's, not the seeding's), resets the alerts' windows, empties the
deliveries and the outbox, and times `prepare` (grouping, one search per distinct search,
what each alert gets) and the whole `send_alerts` (prepare, render, queue every digest, write
the deliveries). Peak memory: the process's maximum resident set (ru_maxrss), Django included.
Target: under 60 s and 300 MB. Then a feed request: server CPU (process time) of
/fr/suivre/rss/?theme=… through the test client, median of 30 after 3 warm-ups (target 10 ms).
"""

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB = Path(tempfile.gettempdir()) / "hub_alerts_bench.sqlite3"
SUBSCRIBERS, ALERTS, OLD_CARDS, NEW_CARDS = 10_000, 50_000, 2_000, 500
WORDS = ["numérique", "atelier", "démarches", "seniors", "jeunes", "emploi", "tablette", ""]


def setup(fresh):
    if fresh and DB.exists():
        DB.unlink()
    os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    import django

    django.setup()


def seed():
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone
    from seed import seed_practices, weighted_sample, zipf_weights

    from alerts.models import Alert, Subscriber
    from alerts.searches import normalize, parse
    from core.vocabularies import vocabularies
    from practices.models import PracticePage

    call_command("migrate", verbosity=0)
    call_command("setup_site", "--no-demo", "--no-admin", "--no-index", verbosity=0)
    seed_practices(OLD_CARDS, reindex=False, progress=lambda line: None)
    first_new = PracticePage.objects.order_by("-pk").values_list("pk", flat=True).first()
    seed_practices(NEW_CARDS, seed=9, reindex=True, progress=lambda line: None)
    now = timezone.now()
    new = PracticePage.objects.filter(pk__gt=first_new)
    new.update(last_published_at=now - timedelta(hours=2))
    print(f"cards: {PracticePage.objects.count()}, new since the last run: {new.count()}")

    rng = random.Random(15)
    terms = {v.param: list(v.tag.objects.values_list("slug", flat=True)) for v in vocabularies()}
    weights = {param: zipf_weights(len(slugs)) for param, slugs in terms.items()}

    def a_search():
        params = [("theme", weighted_sample(rng, terms["theme"], weights["theme"], 1)[0])]
        if rng.random() < 0.6:
            params.append(("territory", rng.choices(terms["territory"], weights["territory"])[0]))
        if rng.random() < 0.2:
            params.append(("audience", rng.choices(terms["audience"], weights["audience"])[0]))
        word = rng.choice(WORDS) if rng.random() < 0.3 else ""
        if word:
            params.append(("q", word))
        query = "&".join(f"{k}={v}" for k, v in params)
        return normalize(parse(query, "fr"))

    Subscriber.objects.bulk_create(
        Subscriber(email=f"abonne{n}@example.org") for n in range(SUBSCRIBERS)
    )
    ids = list(Subscriber.objects.values_list("pk", flat=True))
    seen, alerts = set(), []
    while len(alerts) < ALERTS:
        subscriber, search = rng.choice(ids), a_search()
        if (subscriber, search) in seen:
            continue
        seen.add((subscriber, search))
        daily = rng.random() < 0.8
        alerts.append(
            Alert(
                subscriber_id=subscriber,
                search=search,
                lang="fr",
                frequency="daily" if daily else "weekly",
                confirmed_at=now - timedelta(days=30),
                last_run_at=now - timedelta(days=1 if daily else 7, hours=1),
            )
        )
    Alert.objects.bulk_create(alerts, batch_size=5000)
    print(
        f"subscribers: {SUBSCRIBERS}, alerts: {ALERTS}, distinct searches: "
        f"{len({a.search for a in alerts})}"
    )


def measure():
    from datetime import timedelta

    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from alerts.models import Alert, Delivery
    from alerts.sending import prepare, send_alerts
    from core.models import OutgoingEmail

    now = timezone.now()
    # Raw deletes: Django's delete() loads every row (hundreds of MB after a run), which would
    # be counted in the peak below.
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {Delivery._meta.db_table}")  # noqa: S608
        cursor.execute(f"DELETE FROM {OutgoingEmail._meta.db_table}")  # noqa: S608
    Alert.objects.filter(frequency="daily").update(last_run_at=now - timedelta(days=1, hours=1))
    Alert.objects.filter(frequency="weekly").update(last_run_at=now - timedelta(days=7, hours=1))
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    began, cpu = time.perf_counter(), time.process_time()
    report, work = prepare(now)
    prepare_s, prepare_cpu = time.perf_counter() - began, time.process_time() - cpu
    print(
        f"prepare: {prepare_s:.1f} s ({prepare_cpu:.1f} s CPU); due {report.due}, "
        f"distinct searches {report.searches}, "
        f"pages since {report.changed_pages}, digests to send "
        f"{sum(1 for _a, pages in work if pages)}"
    )
    del work
    began, cpu = time.perf_counter(), time.process_time()
    report = send_alerts(now=now)
    send_s = time.perf_counter() - began
    send_cpu = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"send_alerts (prepare + render + queue + deliveries): {send_s:.1f} s "
        f"({send_cpu:.1f} s CPU); "
        f"{report.digests} e-mails queued, {report.pages_sent} page lines; "
        f"peak RSS {peak:.0f} MB (Django loaded: {base_rss:.0f} MB)"
    )
    again = time.perf_counter()
    rerun = send_alerts(now=now)
    print(
        f"rerun at once: {time.perf_counter() - again:.1f} s, {rerun.digests} e-mails (0 expected)"
    )

    client = Client()
    url = "/fr/suivre/rss/?theme=demarches-administratives&territory=bourgs-ruraux"
    for _ in range(3):
        assert client.get(url).status_code == 200
    cpu = []
    for _ in range(30):
        started = time.process_time()
        client.get(url)
        cpu.append((time.process_time() - started) * 1000)
    print(
        f"feed request {url}: CPU median {statistics.median(cpu):.1f} ms, "
        f"p90 {sorted(cpu)[26]:.1f} ms (uncached)"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        setup(fresh=False)
        measure()
        return
    if not args.reuse:
        setup(fresh=True)
        began = time.perf_counter()
        seed()
        print(f"seeded in {time.perf_counter() - began:.0f} s")
    subprocess.run([sys.executable, "-u", __file__, "--measure"], check=True)


if __name__ == "__main__":
    main()
