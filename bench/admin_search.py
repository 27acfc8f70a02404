"""Admin screens at scale (issue 20): time in process and SQL queries of the six screens an
editor uses to find pages, logged in as a member of the Éditeurs group.

    .venv/bin/python bench/admin_search.py                 # build /tmp/hub-admin-bench.sqlite3
    .venv/bin/python bench/admin_search.py --reuse         # measure an existing one
    .venv/bin/python bench/admin_search.py --database postgres://hub:hub@127.0.0.1:5432/NAME
    .venv/bin/python bench/admin_search.py --database … --read-only --slowest 3
    .venv/bin/python bench/admin_search.py --reuse --only searching --search ateli --search biblioth

--read-only measures a database others share without writing to it: no migration (it names
those missing), the bench editor must exist already (a member of Éditeurs), sessions in signed
cookies, no last-login update, Wagtail's user profile not created, and on PostgreSQL every
transaction READ ONLY, so a write fails instead of happening. --slowest N prints each screen's
N slowest statements (to EXPLAIN ANALYZE them). --search TEXT adds the card listing searching
TEXT (a word being typed, several words) to the six screens of the issue.

The database is built as the other benchmarks do (migrate, `setup_site`, `load_demo`, then
bench/seed.py's generated cards: 10,000 by default) unless --reuse or --database names one
already seeded. Each screen is requested once to warm the process (content types, site roots),
then `--runs` times through Django's test client; the table gives the median wall time, the
median CPU time of the process (steadier than wall time when other work shares the cores), the
time spent in SQL and the queries of one request.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB = "/tmp/hub-admin-bench.sqlite3"  # noqa: S108 - scratch file
TARGET_MS = 300


def build(cards: int) -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hub.settings.dev"}
    manage = [sys.executable, str(ROOT / "manage.py")]
    Path(DB).unlink(missing_ok=True)
    for step in (
        [*manage, "migrate", "-v0"],
        [*manage, "setup_site", "--no-admin", "--no-index"],
        [*manage, "load_demo"],
        [sys.executable, str(ROOT / "bench" / "seed.py"), str(cards)],
    ):
        subprocess.run(step, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603


def screens(searches=()) -> list[tuple[str, str, dict]]:
    from django.db.models import Count

    from core.vocabularies import vocabulary
    from practices.models import PracticeIndexPage

    def most_used(param):
        tag = vocabulary(param).tag
        return tag.objects.annotate(n=Count("page_items")).order_by("-n").first()

    theme, territory = most_used("theme"), most_used("territory")
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    return [
        ("« Fiches pratiques » (`/admin/practice_cards/`)", "/admin/practice_cards/", {}),
        ("the same, searching « numerique »", "/admin/practice_cards/", {"q": "numerique"}),
        (
            f"the same, filtered by a theme and a territory type ({theme.slug}, {territory.slug})",
            "/admin/practice_cards/",
            {"theme": theme.pk, "territory": territory.pk},
        ),
        ("Wagtail's page search, « numerique »", "/admin/pages/search/", {"q": "numerique"}),
        ("Wagtail's page search, « seniors »", "/admin/pages/search/", {"q": "seniors"}),
        (
            f"explorer of the practices index ({index.numchild:,} children)",
            f"/admin/pages/{index.pk}/",
            {},
        ),
        *(
            (f"the same, searching « {text} »", "/admin/practice_cards/", {"q": text})
            for text in searches
        ),
    ]


def profile(client, url, params, top) -> None:
    """One more request under cProfile: the `top` functions by own time, then by total time."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(client.get, url, params)
    profiler.dump_stats("/tmp/admin-screen.prof")  # noqa: S108 - scratch file, for pstats
    for key in ("tottime", "cumulative"):
        pstats.Stats(profiler).sort_stats(key).print_stats(top)


def read_only(connection) -> None:
    """Write nothing to the measured database (--read-only)."""
    from django.contrib.auth.models import update_last_login
    from django.contrib.auth.signals import user_logged_in
    from django.db.migrations.executor import MigrationExecutor
    from wagtail.users.models import UserProfile

    if connection.vendor == "postgresql":
        options = connection.settings_dict.setdefault("OPTIONS", {})
        options["options"] = "-c default_transaction_read_only=on"
        connection.close()
    executor = MigrationExecutor(connection)
    missing = [str(m) for m, _ in executor.migration_plan(executor.loader.graph.leaf_nodes())]
    if missing:  # an index elsewhere changes nothing here; a missing column fails loudly
        print(f"Not applied here (--read-only applies nothing): {', '.join(missing)}")
    user_logged_in.disconnect(update_last_login, dispatch_uid="update_last_login")

    def profile(user):  # Wagtail creates a missing one: an unsaved one reads the same
        return UserProfile.objects.filter(user=user).first() or UserProfile(user=user)

    UserProfile.get_for_user = classmethod(lambda cls, user: profile(user))


def machine_speed() -> float:
    """CPU milliseconds of a fixed pure-Python loop (a million additions, best of three): the
    same code measures slower on a slower or busier machine, and this says by how much, so that
    figures taken on different days compare."""
    best = float("inf")
    for _ in range(3):
        began, total = time.process_time(), 0
        for i in range(1_000_000):
            total += i
        best = min(best, (time.process_time() - began) * 1000)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="measure the existing database")
    parser.add_argument("--database", help="an existing seeded database URL")
    parser.add_argument("--read-only", action="store_true", help="write nothing (see above)")
    parser.add_argument("--slowest", type=int, default=0, help="print N slowest statements")
    parser.add_argument("--only", help="measure the screens whose label contains this")
    parser.add_argument("--profile", type=int, default=0, help="print N top functions (cProfile)")
    parser.add_argument(
        "--search", action="append", default=[], help="also the card listing searching this"
    )
    args = parser.parse_args()
    os.environ["DATABASE_URL"] = args.database or f"sqlite:///{DB}"
    os.environ["SEARCH_BACKEND"] = "database"
    if not args.database and not (args.reuse and Path(DB).exists()):
        print(f"Building {DB} with {args.cards:,} cards…", flush=True)
        build(args.cards)
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.dev"
    os.environ["DEBUG"] = "false"  # as in production: no debug overhead
    import django
    from django.core.management import call_command

    if args.read_only:
        from django.conf import settings

        settings.SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
    django.setup()
    from django.contrib.auth.models import Group
    from django.db import connection

    if args.read_only:
        read_only(connection)
    else:
        call_command("migrate", verbosity=0)  # a database kept from before a new migration
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from practices.models import PracticePage

    User = django.contrib.auth.get_user_model()
    if args.read_only:
        user = User.objects.get(username="bench-editor", groups__name="Éditeurs")
    else:
        user, _ = User.objects.get_or_create(username="bench-editor")
        user.groups.add(Group.objects.get(name="Éditeurs"))
    client = Client()
    # django-axes logs the login with the address of force_login's bare request ("unknown"),
    # which PostgreSQL's inet column refuses: the bench logs in without that log.
    from axes.signals import handle_user_logged_in
    from django.contrib.auth.signals import user_logged_in

    user_logged_in.disconnect(handle_user_logged_in)
    client.force_login(user)
    cards = PracticePage.objects.count()
    speed = machine_speed()
    print(f"{connection.vendor}, {cards:,} cards, {Page.objects.count():,} pages\n")
    print("| admin screen | wall (median) | CPU (median) | of which SQL | SQL queries |")
    print("| --- | --- | --- | --- | --- |")
    over = []
    for label, url, params in screens(args.search):
        if args.only and args.only not in label:
            continue
        assert client.get(url, params).status_code == 200, url
        wall, cpu, sql = [], [], []
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as queries:
                began, began_cpu = time.perf_counter(), time.process_time()
                response = client.get(url, params)
                wall.append((time.perf_counter() - began) * 1000)
                cpu.append((time.process_time() - began_cpu) * 1000)
            assert response.status_code == 200, url
            sql.append(sum(float(q["time"]) for q in queries.captured_queries) * 1000)
        median = statistics.median(wall)
        if median > TARGET_MS:
            over.append(label)
        print(
            f"| {label} | {median:,.0f} ms | {statistics.median(cpu):,.0f} ms "
            f"| {statistics.median(sql):,.0f} ms | {len(queries)} |"
        )
        if args.profile:
            profile(client, url, params, args.profile)
        slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))
        for query in slowest[: args.slowest]:
            print(f"\n    {float(query['time']) * 1000:,.0f} ms: {query['sql']}\n")
    print(f"\nTarget: every screen ≤ {TARGET_MS} ms (wall); over: {', '.join(over) or 'none'}")
    print(f"Load average during the run: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    print(
        f"Machine speed: a million Python additions in {speed:.0f} ms before the screens, "
        f"{machine_speed():.0f} ms after (see machine_speed)"
    )


if __name__ == "__main__":
    main()
