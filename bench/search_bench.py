"""Search benchmark: p50/p95 of the search service in process (with SQL queries per request and
the load), and the server CPU per request of the HTML page under gunicorn beside a bare Django
view.

    .venv/bin/python bench/search_bench.py [--cards 10000] [--runs 200] [--fresh]
    .venv/bin/python bench/search_bench.py --database postgres://hub:hub@127.0.0.1/NAME --no-http

SQLite: the database (BENCH_DB, default /tmp/hub-search-bench.sqlite3) is built once and reused;
--fresh rebuilds it. Pages are inserted in bulk (the page tree written directly) and indexed with
Wagtail's own database backend indexer, so the search index is what `update_index` makes.
--database: an existing database (seeded by bench/seed.py, or by this script with --build, a
bulk path of word-soup cards: not seen to finish at 100,000 cards on a loaded machine, 31 minutes
in and still in its first transaction); the counts of the words are printed beside the number
of cards (exact counts, no cap). 100,000 cards on PostgreSQL, about 50 minutes on a loaded
2-core machine (20 to write, 30 to index):

    createdb hub_pg100k; export DATABASE_URL=postgres://hub:hub@127.0.0.1:5432/hub_pg100k
    manage.py migrate && manage.py setup_site --no-admin --no-index && manage.py load_demo places
    bench/seed.py 100000 --bulk --index-workers 6
Settings: bench/search_settings.py (the test settings with the fragment cache on, as in
production). In process, "CPU p50" is this process's CPU per search (SQLite runs inside it; a
PostgreSQL server's CPU is not counted): steadier than wall time when other work shares the cores.
On PostgreSQL, "SQL p50" is the wall time inside the statements and "PG CPU mean" the CPU of the
server process answering this connection (read from /proc when the server runs on this machine;
parallel workers not counted): on a shared machine, the CPU columns say what a search costs, the
wall times what it waited. The counts of the benchmark's words are printed at the end.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = os.environ.get("BENCH_DB", "/tmp/hub-search-bench.sqlite3")  # noqa: S108 - scratch file
os.environ.setdefault("DATABASE_URL", f"sqlite:///{DB}")
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.search_settings"
os.environ["SEARCH_BACKEND"] = "database"

_WORDS = (
    "atelier médiation numérique bibliothèque bibliothèques seniors jeunes démarches "
    "administratives smartphone tablette ordinateur accompagnement permanence rural quartier "
    "famille parents emploi CAF impôts santé sécurité arnaques réseaux sociaux création jeux "
    "vidéo robotique fablab prêt matériel conseiller France Services partenariat commune "
    "intercommunalité formation équipe bénévoles lecture ressources en ligne presse cinéma "
    "musique langues illettrisme handicap surdité visuel accueil café rencontre itinérant bus"
)
WORDS = _WORDS.split()
TEXT_QUERIES = [
    "médiation",
    "bibliotheques",
    "atelier seniors",
    "démarches administratives",
    "smartphone",
    "jeux video",
    "france services",
    "accompagnement emploi",
    "arnaques",
    "prêt tablette",
]


def weighted(rng, items, alpha=1.1):
    weights = [1 / (i + 1) ** alpha for i in range(len(items))]
    return rng.choices(items, weights=weights)[0]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def build(cards: int):
    import django

    django.setup()
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page
    from wagtail.search.backends import get_search_backend

    from core.geo import DEPARTMENTS
    from core.models import (
        Audience,
        PageAudience,
        PageTerritoryType,
        PageTheme,
        TerritoryType,
        Theme,
    )
    from guides.models import GuideIndexPage, GuidePage, OrientationIndexPage, OrientationPage
    from practices.models import BudgetRange, PracticeIndexPage, PracticePage

    call_command("migrate", verbosity=0)
    call_command("setup_site", "--no-admin", "--no-index", verbosity=0)
    rng = random.Random(42)
    fr = Locale.objects.get(language_code="fr")
    themes = list(Theme.objects.all())
    territories = list(TerritoryType.objects.all())
    audiences = list(Audience.objects.all())
    rng.shuffle(themes)
    departments = [code for code, _name, _region in DEPARTMENTS]
    budgets = BudgetRange.values
    now = timezone.now()

    def add_children(parent, model, count, fields):
        """Write `count` children of `parent` straight into the tree (treebeard paths)."""
        ct = ContentType.objects.get_for_model(model)
        base = Page.objects.get(pk=parent.pk)
        start = base.numchild
        pages = []
        for i in range(count):
            n = start + i + 1
            step = ""
            value = n
            while value:
                value, digit = divmod(value, 36)
                step = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[digit] + step
            slug = f"{model._meta.model_name}-{n}"
            title, extra = fields(i)
            page = model(
                path=base.path + step.rjust(4, "0"),
                depth=base.depth + 1,
                numchild=0,
                title=title,
                draft_title=title,
                slug=slug,
                url_path=f"{base.url_path}{slug}/",
                content_type=ct,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now - timezone.timedelta(minutes=rng.randint(0, 10**6)),
                last_published_at=now,
                locale=fr,
                translation_key=uuid.uuid4(),
                **extra,
            )
            pages.append(page)
        # Multi-table inheritance: Page rows first, then the child rows pointing at them.
        page_fields = [f for f in Page._meta.local_concrete_fields if f.name != "id"]
        Page.objects.bulk_create(
            [Page(**{f.attname: getattr(p, f.attname) for f in page_fields}) for p in pages],
            batch_size=1000,
        )
        created = Page.objects.filter(content_type=ct, path__startswith=base.path).order_by("path")
        by_path = {p.path: p.pk for p in created}
        for page in pages:
            page.pk = page.id = page.page_ptr_id = by_path[page.path]
        child_fields = [f for f in model._meta.concrete_fields if f.model is not Page]
        table = model._meta.db_table
        cols = [f.column for f in child_fields]
        marks = ", ".join(["%s"] * len(cols))
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})"  # noqa: S608
        rows = [
            [f.get_db_prep_save(getattr(p, f.attname), connection) for f in child_fields]
            for p in pages
        ]
        with connection.cursor() as cursor:
            for start in range(0, len(rows), 1000):
                cursor.executemany(sql, rows[start : start + 1000])
        Page.objects.filter(pk=base.pk).update(numchild=start + count)
        return pages

    def tag(pages, through, terms, low, high):
        rows = []
        for page in pages:
            chosen = {weighted(rng, terms) for _ in range(rng.randint(low, high))}
            rows += [through(content_object_id=page.pk, tag_id=t.pk) for t in chosen]
        through.objects.bulk_create(rows, ignore_conflicts=True, batch_size=5000)

    with transaction.atomic():
        practice_index = PracticeIndexPage.objects.get(locale=fr)
        practices = add_children(
            practice_index,
            PracticePage,
            cards,
            lambda i: (
                sentence(rng, rng.randint(3, 7)),
                {
                    "summary": sentence(rng, rng.randint(15, 35))[:280],
                    "structure_name": f"Médiathèque {rng.choice(WORDS)}",
                    "commune": f"Commune {i}",
                    "department": (dep := weighted(rng, departments, 0.6)),
                    "region": {c: r for c, _n, r in DEPARTMENTS}[dep],
                    "budget_range": weighted(rng, budgets, 0.8),
                    "context": f"<p>{sentence(rng, 60)}</p>",
                    "steps": "[]",
                    "partners": "[]",
                    "indicators": "[]",
                    "checklist": "[]",
                    "attachments": "[]",
                },
            ),
        )
        guides = add_children(
            GuideIndexPage.objects.get(locale=fr),
            GuidePage,
            300,
            lambda i: (
                sentence(rng, 5),
                {"summary": sentence(rng, 30)[:400], "body": "[]"},
            ),
        )
        orientations = add_children(
            OrientationIndexPage.objects.get(locale=fr),
            OrientationPage,
            30,
            lambda i: (
                sentence(rng, 5),
                {
                    "number": i + 1,
                    "short_title": sentence(rng, 3)[:80],
                    "summary": sentence(rng, 40)[:500],
                    "lines_of_action": "[]",
                    "indicators": "[]",
                },
            ),
        )
        everything = practices + guides + orientations
        tag(everything, PageTheme, themes, 1, 3)
        tag(everything, PageTerritoryType, territories, 1, 2)
        tag(everything, PageAudience, audiences, 0, 3)

    print(f"Indexing {len(everything)} pages with the database backend …", flush=True)
    index = get_search_backend().get_index_for_model(PracticePage)
    for model, pages in (
        (PracticePage, practices),
        (GuidePage, guides),
        (OrientationPage, orientations),
    ):
        ids = [p.pk for p in pages]
        for start in range(0, len(ids), 1000):
            chunk = list(model.objects.filter(pk__in=ids[start : start + 1000]))
            index.add_items(model, chunk)
    print("Database ready.", flush=True)


def scenarios(rng):
    from core.models import Audience, TerritoryType, Theme

    themes = list(Theme.objects.values_list("slug", flat=True))
    territories = list(TerritoryType.objects.values_list("slug", flat=True))
    audiences = list(Audience.objects.values_list("slug", flat=True))
    return {
        "text only (+ all facet counts)": lambda: {"q": rng.choice(TEXT_QUERIES)},
        "text + two filters, all facet counts": lambda: {
            "q": rng.choice(TEXT_QUERIES),
            "theme": rng.choice(themes),
            "territory": rng.choice(territories),
        },
        "filters only (theme + audience), all facet counts": lambda: {
            "theme": rng.choice(themes),
            "audience": rng.choice(audiences),
        },
        COLD: lambda: {
            "q": rng.choice(TEXT_QUERIES),
            "theme": rng.choice(themes),
            "territory": rng.choice(territories),
        },
    }


# SQLite counts in process (search/memory.py) and keeps each word's FTS match until the next
# publish: this scenario forgets them before every search, as the first search of its words
# after a publish pays them.
COLD = "text + two filters, words new since the last publish"


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def report(label, timings, queries=None, cpu=None, sql=None, server=None):
    timings = sorted(timings)
    p50 = statistics.median(timings) * 1000
    p95 = timings[int(len(timings) * 0.95) - 1] * 1000
    extra = f"   SQL/request {max(queries)}" if queries else ""
    if cpu:
        # CPU of this process (SQLite runs inside it; a PostgreSQL server's CPU is not counted).
        extra += f"   CPU p50 {statistics.median(cpu) * 1000:6.1f} ms"
    if sql:
        # Wall time inside the SQL statements (PostgreSQL: the server's share of the search).
        extra += f"   SQL p50 {statistics.median(sql) * 1000:6.1f} ms"
    if server:
        # CPU of the PostgreSQL backend serving this connection (its parallel workers, if any,
        # are not counted), mean per search: /proc ticks are 10 ms, too coarse for a median.
        extra += f"   PG CPU mean {statistics.mean(server) * 1000:6.1f} ms"
    print(f"  {label:<52} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms{extra}   (n={len(timings)})")


def _backend_pid() -> int | None:
    """The PostgreSQL backend process of this connection, when it runs on this machine."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    return pid if Path(f"/proc/{pid}/stat").exists() else None


def in_process(runs, only=""):
    from django.db import connection
    from django.http import QueryDict
    from django.test.utils import CaptureQueriesContext

    from search.service import parse_query, run_search

    rng = random.Random(7)
    print(f"In-process (search service, {connection.vendor}), load {load()}:")
    backend = _backend_pid()
    hz = os.sysconf("SC_CLK_TCK")
    from wagtail.models import Locale

    from search import memory
    from search.service import base_queryset

    base = base_queryset(Locale.objects.get(language_code="fr"), None)
    builds, walls = [], []
    for _ in range(5 if connection.vendor == "sqlite" else 3):
        start, start_cpu = time.perf_counter(), time.process_time()
        snap = memory._build(base)
        builds.append(time.process_time() - start_cpu)
        walls.append(time.perf_counter() - start)
    print(
        f"  snapshot of {len(snap.ids)} visible pages (once per content generation and "
        f"worker): wall p50 {statistics.median(walls) * 1000:.0f} ms, "
        f"CPU p50 {statistics.median(builds) * 1000:.0f} ms"
    )
    for label, make in scenarios(rng).items():
        if only not in label:
            continue
        timings, queries, cpu, sql, server = [], [], [], [], []
        for i in range(runs + 10):
            data = QueryDict(mutable=True)
            for k, v in make().items():
                data[k] = v
            if label == COLD:
                from search.memory import forget_matches

                forget_matches()
            with CaptureQueriesContext(connection) as ctx:
                ticks = _cpu_ticks(backend) if backend else 0
                start, start_cpu = time.perf_counter(), time.process_time()
                results = run_search(parse_query(data, lang="fr"))
                elapsed, used = time.perf_counter() - start, time.process_time() - start_cpu
                ticks = (_cpu_ticks(backend) - ticks) / hz if backend else 0
            if i >= 10:  # warm-up
                timings.append(elapsed)
                cpu.append(used)
                queries.append(len(ctx.captured_queries))
                sql.append(sum(float(q["time"]) for q in ctx.captured_queries))
                if backend:
                    server.append(ticks)
        report(label, timings, queries, cpu, sql, server)
    print(f"  load after: {load()}")
    return results


def exact_count_check():
    """The count of a broad word equals the number of matching pages counted by the ORM."""
    from urllib.parse import urlencode

    from django.db import connection
    from django.http import QueryDict

    from search.service import parse_query, run_search

    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM practices_practicepage")
        total = cursor.fetchone()[0]
    for word in ("numérique", *TEXT_QUERIES):
        start = time.perf_counter()
        results = run_search(parse_query(QueryDict(urlencode({"q": word})), lang="fr"))
        elapsed = (time.perf_counter() - start) * 1000
        print(f"  {word!r}: {results.count} results of {total} cards ({elapsed:.0f} ms, no cap)")


def _cpu_ticks(pid: int) -> int:
    # Fields after the command name (which may hold spaces): utime and stime are 14 and 15.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _worker(master: int) -> int:
    for _ in range(100):
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.1)
    raise RuntimeError("no gunicorn worker")


def _serve(app, port, env):
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            app,
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "1",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)  # noqa: S310
            break
        except urllib.error.HTTPError:
            break
        except OSError:
            time.sleep(0.2)
    return server


def _cpu_per_request(port, worker, urls) -> tuple[float, list[float]]:
    hz = os.sysconf("SC_CLK_TCK")
    timings = []
    before = _cpu_ticks(worker)
    for url in urls:
        start = time.perf_counter()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=30) as response:  # noqa: S310
            response.read()
        timings.append(time.perf_counter() - start)
    used = (_cpu_ticks(worker) - before) / hz
    return used / len(urls) * 1000, timings


def over_http(runs, port=8765):
    """Server CPU per request (utime+stime of the one gunicorn worker / requests, sequential),
    for the search page and for a bare Django view (bench/bare_app.py) served the same way."""
    from urllib.parse import urlencode

    env = {**os.environ, "ALLOWED_HOSTS": "127.0.0.1", "PAGE_CACHE_SECONDS": "0"}
    print(f"HTTP under gunicorn (1 sync worker, sequential requests), load {load()}:")
    bare = _serve("bench.bare_app", port + 1, env)
    try:
        cpu, timings = _cpu_per_request(port + 1, _worker(bare.pid), ["/"] * runs)
        print(f"  {'bare Django view (C)':<52} CPU {cpu:6.1f} ms/request")
    finally:
        bare.terminate()
        bare.wait(timeout=10)
    server = _serve("hub.wsgi", port, env)
    try:
        worker = _worker(server.pid)
        rng = random.Random(7)
        for label, make in scenarios(rng).items():
            if label == COLD:  # the server keeps the words: measured in process only
                continue
            urls = [f"/fr/recherche/?{urlencode(make())}" for _ in range(runs + 5)]
            _cpu_per_request(port, worker, urls[:5])  # warm-up
            cpu, timings = _cpu_per_request(port, worker, urls[5:])
            p50 = statistics.median(timings) * 1000
            print(f"  {label:<52} CPU {cpu:6.1f} ms/request   wall p50 {p50:6.1f} ms")
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--http-runs", type=int, default=100)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--database", help="an existing seeded database URL (no build)")
    parser.add_argument("--no-http", action="store_true")
    parser.add_argument("--only", default="", help="in process: the scenarios naming this only")
    parser.add_argument("--no-counts", action="store_true", help="skip the words' counts")
    parser.add_argument(
        "--build", action="store_true", help="with --database: build --cards cards there first"
    )
    args = parser.parse_args()
    if args.database:
        os.environ["DATABASE_URL"] = args.database
        must_build = args.build
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
        if args.fresh and os.path.exists(DB):
            os.remove(DB)
        must_build = not os.path.exists(DB)
    if must_build:
        print(f"Building {args.cards} practice cards …", flush=True)
        started = time.perf_counter()
        build(args.cards)
        print(f"Built in {time.perf_counter() - started:.0f} s", flush=True)
    else:
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)  # a database kept from before a new migration
    from practices.models import PracticePage

    where = args.database.rsplit("@", 1)[-1] if args.database else DB
    print(f"{PracticePage.objects.live().count()} live practice cards in {where}")
    in_process(args.runs, args.only)
    if not args.no_counts:
        exact_count_check()
    if not args.no_http:
        over_http(args.http_runs)


if __name__ == "__main__":
    main()
