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
Target: under 60 s and 300 MB. Then a feed request: server CPU (process time) of a filter feed
(/fr/suivre/rss/?theme=…&territory=…) and of a text feed (two words, one of them in nearly every
card, and a theme) through the test client, median of 30 after 3 warm-ups (target 10 ms).

    --only send --only feed          # some steps only (prepare, send, tracemalloc, feed,
                                     # feed-profile: the 40 costliest calls of 20 feed requests)

Each step runs in a process of its own, after Django is loaded: the peak memory printed
(ru_maxrss) is that step's, not the seeding's; `tracemalloc` counts the Python allocations of
`send_alerts` alone (slower: run it apart). Load averages are printed: the machine is shared.
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


def reset():
    """Every alert due again, no delivery, an empty outbox: the state before the run."""
    from datetime import timedelta

    from django.db import connection
    from django.utils import timezone

    from alerts.models import Alert, Delivery
    from core.models import OutgoingEmail

    now = timezone.now()
    # Raw deletes: Django's delete() loads every row (hundreds of MB after a run).
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {Delivery._meta.db_table}")  # noqa: S608
        cursor.execute(f"DELETE FROM {OutgoingEmail._meta.db_table}")  # noqa: S608
    Alert.objects.filter(frequency="daily").update(last_run_at=now - timedelta(days=1, hours=1))
    Alert.objects.filter(frequency="weekly").update(last_run_at=now - timedelta(days=7, hours=1))
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return now


def _rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_prepare():
    from alerts.sending import prepare

    now = reset()
    began, cpu = time.perf_counter(), time.process_time()
    report, work = prepare(now)
    print(
        f"prepare: {time.perf_counter() - began:.1f} s ({time.process_time() - cpu:.1f} s CPU); "
        f"due {report.due}, distinct searches {report.searches}, "
        f"pages since {report.changed_pages}, digests to send "
        f"{sum(1 for _a, news in work if news.count)}"
    )


def measure_send():
    """In a process of its own: the peak resident memory is the run's (Django loaded first)."""
    from alerts.sending import send_alerts
    from core.models import OutgoingEmail

    now = reset()
    base_rss = _rss_mb()
    began, cpu = time.perf_counter(), time.process_time()
    report = send_alerts(now=now)
    send_s, send_cpu = time.perf_counter() - began, time.process_time() - cpu
    peak = _rss_mb()
    print(
        f"send_alerts (prepare + render + queue + deliveries): {send_s:.1f} s "
        f"({send_cpu:.1f} s CPU); {report.digests} e-mails queued, {report.pages_sent} page "
        f"lines; peak RSS {peak:.0f} MB (before the run, Django loaded: {base_rss:.0f} MB)"
    )
    sizes = [len(body) for body in OutgoingEmail.objects.values_list("body", flat=True)[:2000]]
    print(f"digest size: median {statistics.median(sizes) / 1000:.1f} kB (first 2,000)")
    again = time.perf_counter()
    rerun = send_alerts(now=now)
    print(
        f"rerun at once: {time.perf_counter() - again:.1f} s, {rerun.digests} e-mails (0 expected)"
    )


def measure_send_tracemalloc():
    """Python allocations of the run alone (tracemalloc; slower, so its own process)."""
    import tracemalloc

    from alerts.sending import send_alerts

    now = reset()
    tracemalloc.start()
    send_alerts(now=now)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"send_alerts Python allocations (tracemalloc): peak {peak / 2**20:.0f} MB")


FEED = "/fr/suivre/rss/?theme=demarches-administratives&territory=bourgs-ruraux"
TEXT_FEED = "/fr/suivre/rss/?q=atelier+num%C3%A9rique&theme=demarches-administratives"


def measure_feed(profile=False):
    """Server CPU (process time) of a feed request through the test client (the whole Django
    stack, middleware included, no page cache), median of 30 after 3 warm-ups."""
    from django.conf import settings
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import override_settings

    settings.FRAGMENT_CACHE = True  # as in production (the test settings turn it off)
    client = Client()
    for url in (FEED, TEXT_FEED):
        for _ in range(3):
            assert client.get(url).status_code == 200
        cpu = []
        for _ in range(30):
            started = time.process_time()
            client.get(url)
            cpu.append((time.process_time() - started) * 1000)
        with override_settings(DEBUG=True):
            reset_queries()
            client.get(url)
            queries = len(connection.queries)
        print(
            f"feed request {url}: CPU median {statistics.median(cpu):.1f} ms, "
            f"p90 {sorted(cpu)[26]:.1f} ms (uncached), {queries} queries"
        )
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for _ in range(20):
            client.get(FEED)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


STEPS = {
    "prepare": measure_prepare,
    "send": measure_send,
    "tracemalloc": measure_send_tracemalloc,
    "feed": measure_feed,
    "feed-profile": lambda: measure_feed(profile=True),
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reuse", action="store_true", help="measure on the seeded database")
    parser.add_argument(
        "--only", choices=list(STEPS), action="append", help="these steps only (repeatable)"
    )
    parser.add_argument("--step", choices=list(STEPS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        setup(fresh=False)
        STEPS[args.step]()
        return
    setup(fresh=not args.reuse)
    if args.reuse:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)  # a database seeded by an older commit
    else:
        began = time.perf_counter()
        seed()
        print(f"seeded in {time.perf_counter() - began:.0f} s")
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    # Each step in a fresh process: its peak memory is its own, not the seeding's.
    for step in args.only or ["prepare", "send", "feed"]:
        subprocess.run([sys.executable, "-u", __file__, "--step", step], check=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
