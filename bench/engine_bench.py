"""Engine-lane benchmark: what the project adds to the engine's own time, at 100,000 cards.

For the scenarios of bench/search_bench.py (text only, text + two filters, filters only; all facet
counts), `search.service.run_search` runs --runs times against an OpenSearch-compatible engine
(the osmem-server stand-in, started by hand) over an existing seeded PostgreSQL database, as the
search view runs it (the query parsed from a request, with the request and the site the
middleware sets: core/site_lookup.py), and prints the p50/p95 of:
- total: the wall time of run_search;
- took: the engine's own time for the request, as it reports it (whole milliseconds);
- total - took, per search: what the project adds to the engine's time, the engine client
  library and HTTP included (the issue's measure; the budget's verdict with the in-run share);
- bare: the wall time of the same request body sent again, alone, with a kept-alive client;
- share: total minus bare, per search (what the project adds: parsing, SQL, building the body,
  the client, loading the page's rows); "in-run" is total minus the wall time of the engine
  call inside run_search itself (immune to the stand-in's run-to-run spread; the budget's
  verdict), split into the service's page rows and result cards (`search.service._hits`, shared
  by every backend) and the rest (parsing, the request body, the response, the facets);
- CPU: this process's CPU per search (the engine and PostgreSQL run in other processes);
- the engine requests per search (counted at the client's transport) and the SQL queries.
Then an exact-count check (run_search's count against the engine's `_count` of the same query,
and, on a full index, a filters-only count against the ORM), the load and the engine's RSS.
--partial measures on an index of the first cards only (stopped at --max-rss-mb of the engine's
memory: the stand-in holds ~7 GB at 100,000 cards).

The database is only read: the connection is read-only (bench/engine_settings.py; PostgreSQL
refuses any write) and nothing is migrated. The documents are built by the project's own mapping
(search/backends.py, search/engine.py: `index.add_items`, as `rebuild_modelsearch_index` does)
and bulk-sent to the engine; --reuse skips that when the index already holds every card.

    BIN=$(.venv/bin/python -c 'import osmem_server; print(osmem_server.resolve_binary())')
    "$BIN" -addr 127.0.0.1:9277 -no-stdin-watch -no-ja >/tmp/osmem.log 2>&1 </dev/null &
    .venv/bin/python bench/engine_bench.py \\
        --database postgres://hub:hub@127.0.0.1:5432/hub_pg100k \\
        --engine http://127.0.0.1:9277 --engine-pid $! [--reuse] [--runs 30] \\
        [--partial --max-rss-mb 700] [--only "text only" --profile 30]

The stand-in is no measure of an engine's speed (about 1 s per request at 100,000 documents
with the facet aggregations): read the share and CPU columns, not the took column.
"""

import argparse
import cProfile
import io
import logging
import os
import pstats
import random
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_bench import COLD, load, scenarios  # noqa: E402

INDEX_PREFIX = "bench_engine_"
CHUNK = 1000
SHARE_BUDGET_MS = 15


class Requests:
    """Every request the engine client sends (patched at the transport class, so clients built
    per search are counted too): method, url, body, and the wall time of the call."""

    def __init__(self):
        from opensearchpy.transport import Transport

        self.calls: list[tuple[str, str, object, float]] = []
        original = Transport.perform_request

        def perform_request(transport, method, url, *args, **kwargs):
            start = time.perf_counter()
            try:
                return original(transport, method, url, *args, **kwargs)
            finally:
                body = kwargs.get("body", args[1] if len(args) > 1 else None)
                self.calls.append((method, url, body, time.perf_counter() - start))

        Transport.perform_request = perform_request

    def take(self) -> list[tuple[str, str, object, float]]:
        calls, self.calls = self.calls, []
        return calls


def rss_mb(pid: int | None) -> str:
    return f"{rss(pid)} MB" if pid else "(no --engine-pid)"


def uptime() -> str:
    env = {**os.environ, "TZ": "UTC"}  # Django sets TZ to the site's zone
    return subprocess.run(
        ["uptime"], capture_output=True, text=True, check=False, env=env
    ).stdout.strip()


def indexed_objects(model):
    """The model's indexed rows with each vocabulary's terms prefetched (the document carries
    their slugs: search/filters.py `document_values`)."""
    from core.vocabularies import vocabularies

    prefetch = [f"{v.items}__tag" for v in vocabularies()]
    return model.get_indexed_objects().order_by("pk").prefetch_related(*prefetch)


def rss(pid: int | None) -> int:
    """The engine's resident memory in MB (0: unknown)."""
    if not pid:
        return 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


def ensure_index(backend, args) -> int:
    """Index every indexed page model into the engine (reads the database only); stops early
    when the engine's memory passes --max-rss-mb (the machine is shared)."""
    reuse, engine_pid = args.reuse or args.partial, args.engine_pid
    from modelsearch.index import get_indexed_models
    from wagtail.models import Page

    from search.filters import CONTENT_TYPES

    index = backend.get_index_for_model(Page)
    es = backend.es
    cards = sum(model.objects.live().count() for model, _label in CONTENT_TYPES.values())
    if reuse and es.indices.exists(index=index.name):
        held = es.count(index=index.name, body={"query": {"exists": {"field": "hub_type"}}})
        if held["count"] >= cards or (args.partial and held["count"]):
            print(f"Reusing index {index.name}: {held['count']} of {cards} cards")
            return held["count"]
        print(f"Index {index.name} holds {held['count']} of {cards}: rebuilding")
    index.reset()
    models = [m for m in get_indexed_models() if backend.get_index_for_model(m).name == index.name]
    for model in models:
        index.add_model(model)
    started, sent, stop = time.perf_counter(), 0, False
    # Bulk requests in parallel (the stand-in indexes on several threads; on a shared machine
    # more runnable threads get it more CPU), built here, in one thread, by the project's mapping.
    with ThreadPoolExecutor(args.index_threads) as pool:
        pending = []
        for model in models:
            mapping = index.mapping_class(model)
            rows = indexed_objects(model)
            last = 0
            while not stop:
                chunk = list(rows.filter(pk__gt=last)[:CHUNK])
                if not chunk:
                    break
                actions = [
                    {"_id": mapping.get_document_id(item), **mapping.get_document(item)}
                    for item in chunk
                ]
                pending.append(pool.submit(backend.bulk, es, actions, index=index.name))
                while len(pending) >= args.index_threads:
                    pending.pop(0).result()
                sent += len(chunk)
                last = chunk[-1].pk
                if args.max_rss_mb and rss(engine_pid) > args.max_rss_mb:
                    print(f"  STOPPED at {sent} documents: engine RSS over {args.max_rss_mb} MB")
                    stop = True
                if sent % 10_000 < CHUNK:
                    elapsed = time.perf_counter() - started
                    print(f"  {sent} documents in {elapsed:.0f} s, engine RSS {rss_mb(engine_pid)}")
                    sys.stdout.flush()
        for future in pending:
            future.result()
    index.refresh()
    elapsed = time.perf_counter() - started
    print(f"Indexed {sent} documents in {elapsed:.0f} s; engine RSS {rss_mb(engine_pid)}")
    held = es.count(index=index.name, body={"query": {"exists": {"field": "hub_type"}}})
    return held["count"]


def pct(values, q):
    values = sorted(values)
    return values[max(0, int(len(values) * q) - 1)] * 1000 if q < 1 else values[-1] * 1000


def row(label, values):
    return f"    {label:<34} p50 {pct(values, 0.5):8.1f} ms   p95 {pct(values, 0.95):8.1f} ms"


class Counter:
    """SQL statements run (a connection execute wrapper: lighter than recording them)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class Timed:
    """Wall time spent in one function of a module, per search (patched by name)."""

    def __init__(self, module, name):
        self.spent = 0.0
        original = getattr(module, name)

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.spent += time.perf_counter() - start

        setattr(module, name, timed)

    def take(self) -> float:
        spent, self.spent = self.spent, 0.0
        return spent


def measure(runs, requests, bare_client, index_name, only=""):
    from django.db import connection
    from django.test import RequestFactory

    from core.site_lookup import SiteLookupMiddleware
    from search import service
    from search.service import parse_query, run_search

    rng = random.Random(7)
    factory = RequestFactory()
    site_lookup = SiteLookupMiddleware(lambda request: None)
    # The service's page rows and result cards (search.service._hits), shared by every backend.
    rows = Timed(service, "_hits")
    shares = {}
    for label, make in scenarios(rng).items():
        if label == COLD or only not in label:  # COLD forgets in-process matches: SQLite only
            continue
        print(f"  {label} — load {load()}")
        sys.stdout.flush()
        total, took, bare, share, in_run, cpu, hits = [], [], [], [], [], [], []
        over_took = []
        sent, queries = [], []
        for i in range(runs + 3):
            # As the search view calls it: parsed from the request, with the request, whose site
            # the middleware has set (once per host and content generation).
            request = factory.get("/recherche/", make())
            site_lookup(request)
            requests.take()
            rows.take()
            counter = Counter()
            with connection.execute_wrapper(counter):
                start, start_cpu = time.perf_counter(), time.process_time()
                results = run_search(parse_query(request.GET, lang="fr"), request=request)
                elapsed, used = time.perf_counter() - start, time.process_time() - start_cpu
            calls = [c for c in requests.take() if c[1].endswith("/_search")]
            # The same body, alone, on a kept-alive client.
            _method, url, body, call_wall = calls[-1]
            start = time.perf_counter()
            bare_client.transport.perform_request("POST", url, body=body)
            bare_wall = time.perf_counter() - start
            if i < 3:  # warm-up
                continue
            total.append(elapsed)
            took.append((results.engine_took_ms or 0) / 1000)
            over_took.append(elapsed - took[-1])
            bare.append(bare_wall)
            share.append(elapsed - bare_wall)
            in_run.append(elapsed - sum(c[3] for c in calls))
            hits.append(rows.take())
            cpu.append(used)
            sent.append(len(calls))
            queries.append(counter.count)
        print(row("total (run_search wall)", total))
        print(row("engine took", took))
        print(row("bare request (same body) wall", bare))
        print(row("share = total - bare", share))
        print(row("share in-run = total - its call", in_run))
        print(row("total - took (client, HTTP too)", over_took))
        print(row("  of which page rows + cards", hits))
        rest = [r - h for r, h in zip(in_run, hits, strict=True)]
        print(row("  the rest (query, body, response)", rest))
        print(row("CPU in process", cpu))
        print(
            f"    engine requests/search {min(sent)}-{max(sent)}   "
            f"SQL queries/search {min(queries)}-{max(queries)}   n={len(total)}   "
            f"(last count {results.count})"
        )
        shares[label] = (pct(share, 0.95), pct(in_run, 0.95), pct(over_took, 0.95))
        sys.stdout.flush()
    return shares


def exact_counts(requests, bare_client, index_name, partial=False):
    """run_search's count of broad words and of a filter equals the engine's `_count` of the
    same query and filters; a filters-only count equals the ORM's count of the matching live
    cards (not on a partial index, which holds only some of them)."""
    from django.http import QueryDict

    from core.vocabularies import vocabularies
    from search.filters import CONTENT_TYPES
    from search.service import parse_query, run_search

    vocabulary = vocabularies()[0]
    term = vocabulary.tag.objects.order_by("pk").first()
    ok = True
    for params in ("q=numérique", "q=médiation", "q=atelier", f"{vocabulary.param}={term.slug}"):
        requests.take()
        results = run_search(parse_query(QueryDict(params), lang="fr"))
        body = [c for c in requests.take() if c[1].endswith("/_search")][-1][2]
        query = body["query"]
        if "post_filter" in body:
            query = {"bool": {"must": [query], "filter": [body["post_filter"]]}}
        engine = bare_client.count(index=index_name, body={"query": query})["count"]
        ok &= results.count == engine
        print(f"    {params}: run_search {results.count}, engine _count {engine}")
    if partial:
        print("    (partial index: no comparison with the ORM's count of every card)")
    else:
        through = vocabulary.through.objects.filter(tag=term).values("content_object_id")
        orm = sum(
            model.objects.live().filter(pk__in=through).count()
            for model, _label in CONTENT_TYPES.values()
        )
        ok &= results.count == orm
        print(f"    {vocabulary.param}={term.slug}: ORM {orm} live pages")
    print(f"    exact counts: {'yes' if ok else 'NO'}")


def profile(runs, only=""):
    """cProfile of run_search (the first scenario naming `only`; default text + two filters);
    the engine's HTTP wait shows as socket reads: what remains is the project's (and the
    client's) own work."""
    from django.http import QueryDict

    from search.service import parse_query, run_search

    rng = random.Random(11)
    made = scenarios(rng)
    make = next((m for label, m in made.items() if only and only in label), None)
    make = make or list(made.values())[1]
    queries = []
    for _ in range(runs):
        data = QueryDict(mutable=True)
        for k, v in make().items():
            data[k] = v
        queries.append(parse_query(data, lang="fr"))
    profiler = cProfile.Profile()
    profiler.enable()
    for query in queries:
        run_search(query)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
    print(out.getvalue())
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
    print(out.getvalue())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="an existing seeded database URL")
    parser.add_argument("--engine", default="http://127.0.0.1:9277")
    parser.add_argument("--engine-pid", type=int, help="the engine's process, for its RSS")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--reuse", action="store_true", help="keep an index holding every card")
    parser.add_argument("--only", default="", help="the scenarios naming this only")
    parser.add_argument("--profile", type=int, default=0, help="cProfile this many searches")
    parser.add_argument("--index-only", action="store_true")
    parser.add_argument(
        "--partial", action="store_true", help="measure on an index holding only part of the cards"
    )
    parser.add_argument("--index-threads", type=int, default=3)
    parser.add_argument("--max-rss-mb", type=int, default=8000, help="stop indexing past it")
    args = parser.parse_args()
    os.environ.update(
        DATABASE_URL=args.database,
        DJANGO_SETTINGS_MODULE="bench.engine_settings",
        SEARCH_BACKEND="opensearch3",
        SEARCH_URLS=args.engine,
        SEARCH_INDEX_PREFIX=INDEX_PREFIX,
        SEARCH_TIMEOUT="300",
    )
    import django

    django.setup()
    logging.getLogger("opensearch").setLevel(logging.WARNING)
    from django.db import connection
    from opensearchpy import OpenSearch
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    with connection.cursor() as cursor:
        cursor.execute("SHOW transaction_read_only")
        print(f"Database {args.database.rsplit('@', 1)[-1]}, read only: {cursor.fetchone()[0]}")
    print(f"Load before: {uptime()}")
    backend = get_search_backend()
    documents = ensure_index(backend, args)
    index_name = backend.get_index_for_model(Page).name
    print(f"{documents} searchable documents in {index_name}; engine RSS {rss_mb(args.engine_pid)}")
    if args.index_only:
        return
    requests = Requests()
    bare_client = OpenSearch(hosts=[args.engine], timeout=60)
    print(f"run_search on the engine, {args.runs} runs per scenario (+3 warm-up):")
    shares = measure(args.runs, requests, bare_client, index_name, args.only)
    print("Exact counts:")
    exact_counts(requests, bare_client, index_name, args.partial)
    print(f"Load after: {uptime()}")
    print(f"Engine RSS at {documents} documents: {rss_mb(args.engine_pid)}")
    for label, (share, in_run, over_took) in shares.items():
        # Judged on what the search adds to the engine's own `took` (the engine client and
        # HTTP included; `took` is whole milliseconds, so this over-counts by up to 1 ms), and
        # on the share outside the engine call; not on "total - bare": the resent body's wall
        # varies with the stand-in by far more than the budget from one request to the next.
        verdict = "within" if max(in_run, over_took) <= SHARE_BUDGET_MS else "OVER"
        print(
            f"  {label}: p95 total - took {over_took:.1f} ms, in-run {in_run:.1f} ms "
            f"(total - bare {share:.1f}), {verdict} budget"
        )
    if args.profile:
        profile(args.profile, args.only)


if __name__ == "__main__":
    main()
