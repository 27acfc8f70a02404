"""Page speed of the hub against a bare Django view, served the same way in the same run (issue 8).

    .venv/bin/python bench/pages_bench.py                  # seed a fresh DB, then measure (~10 min)
    .venv/bin/python bench/pages_bench.py --reuse          # keep the seeded DB, measure only
    .venv/bin/python bench/pages_bench.py --reuse --duration 5 --no-weight   # quick look

Seeds its own SQLite database (migrate, `setup_site`, `load_demo`, then 10,000 generated practice
cards from bench/seed.py), runs `collectstatic`, and serves the hub and the ceiling C (the bare
view of bench/bare_app.py) with gunicorn, one sync worker pinned to core 0, under production
settings. The load comes from core 1: `wrk -t1 -c8 -d20s --latency`. For each page it reports
requests per second, latency p50/p99, SQL queries per request (Django's test client on the same
database, second request), server CPU per request (utime+stime of the gunicorn worker over the
run, divided by the requests wrk made) and the ratio rps / rps(C). C is measured before and after
the pages and the ratio uses their mean, so drift from other load on the machine shows.

Passes: page cache off (PAGE_CACHE_SECONDS=0) with the fragment caches on, as in production (the
same URL again and again finds its fragments warm, so a row also walks 3,000 distinct generated
cards with a wrk Lua script: cold fragments); then a few pages with FRAGMENT_CACHE=false (the whole
render); then the anonymous page cache (PAGE_CACHE_SECONDS=600, hits checked by X-Page-Cache);
then the page weight of a practice card in Chromium.
The table is printed and written to bench/results/pages-<date>.md.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS = ROOT / "bench" / "results"
CLK_TCK = os.sysconf("SC_CLK_TCK")
HOST = "127.0.0.1"
TMP = Path(tempfile.gettempdir())  # the bench database, static files and server logs
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Targets of issue 8: server CPU ms per request (uncached), ratio to C (cached), page weight.
CPU_TARGETS = {"card": 5.0, "index": 8.0, "search": 15.0}
CACHED_RATIO_TARGET = 0.5
WEIGHT_TARGET_KB = 300
ROTATION = 3000  # distinct generated cards requested in turn
# Measured again with FRAGMENT_CACHE=false: the whole render, as on a cold cache.
NO_FRAGMENT_PAGES = ("Accueil (fr)", "Index des fiches", "Fiche de démonstration")


# --- In a child process: Django on the bench database -----------------------------------------


def setup_django():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def child_plan() -> dict:
    """The URLs to measure, with their status and SQL queries per request (test client)."""
    setup_django()
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from core.models import PageTerritoryType, PageTheme
    from places.models import PlaceDirectoryPage
    from practices.models import PracticeIndexPage, PracticePage

    def popular(through):
        return (
            through.objects.filter(content_object__locale__language_code="fr")
            .values_list("tag__slug", flat=True)
            .annotate(n=Count("id"))
            .order_by("-n")
            .first()
        )

    french = PracticePage.objects.live().filter(locale__language_code="fr")
    # The richest demo card: lineage both ways and mediation actors, as a visitor would open.
    demo = (
        french.exclude(slug__startswith="bench-")
        .annotate(
            links=Count("inspiration_links", distinct=True)
            + Count("inspired_links", distinct=True)
            + Count("place_links", distinct=True)
        )
        .order_by("-links", "pk")
        .first()
    )
    generated = french.filter(slug__startswith="bench-").order_by("path").first()
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    directory = PlaceDirectoryPage.objects.live().filter(locale__language_code="fr").first()
    search = (
        f"/fr/recherche/?q={quote('numérique')}&theme={popular(PageTheme)}"
        f"&territory={popular(PageTerritoryType)}"
    )
    pages = [
        ("Accueil (fr)", "/fr/", "index"),
        (f"Index des fiches ({index.get_children().live().count()})", index.url, "index"),
        ("Index des guides", "/fr/guides-pratiques/", "index"),
        ("Index des orientations", "/fr/orientations/", "index"),
        ("Fiche de démonstration", demo.url, "card"),
        ("Fiche générée", generated.url if generated else None, "card"),
        ("Annuaire des acteurs", directory.url if directory else None, "index"),
        ("Recherche : texte, 2 filtres, facettes", search, "search"),
    ]
    # Many distinct cards, visited in turn: each request renders a card whose fragments (body,
    # related cards) are not cached yet, as for most visits to a site of 10,000 cards.
    rotation = [
        page.url
        for page in french.filter(slug__startswith="bench-").order_by("path")[1 : ROTATION + 1]
    ]
    client = Client(HTTP_HOST=HOST)
    plan = []
    for label, url, kind in pages:
        if url is None:
            continue
        client.get(url)  # first request: templates compiled, site root paths cached
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        plan.append(
            {
                "label": label,
                "url": url,
                "kind": kind,
                "status": response.status_code,
                "queries": len(queries.captured_queries),
                "sql": [q["sql"] for q in queries.captured_queries],
            }
        )
    if rotation:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(rotation[-1])  # never requested before
        plan.append(
            {
                "label": f"Fiches générées en rotation ({len(rotation)}, fragments froids)",
                "url": rotation[0],
                "paths": rotation[:-1],
                "kind": "card",
                "status": response.status_code,
                "queries": len(queries.captured_queries),
                "sql": [q["sql"] for q in queries.captured_queries],
            }
        )
    return {"pages": plan, "card": demo.url}


# --- In the parent: servers, load, measures ---------------------------------------------------


def django_env(args, cache_seconds=0) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": "bench-only-secret-key-not-for-production",
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{args.db}",
        "STATIC_ROOT": args.static_root,
        "PAGE_CACHE_SECONDS": str(cache_seconds),
        "LOG_LEVEL": "WARNING",
    }


def run(cmd, env, **kwargs):
    return subprocess.run(cmd, env=env, cwd=ROOT, check=True, **kwargs)


def prepare(args):
    manage = [sys.executable, str(ROOT / "manage.py")]
    env = {**django_env(args), "DJANGO_SETTINGS_MODULE": "hub.settings.dev"}
    times = {}
    if not args.reuse or not Path(args.db).exists():
        Path(args.db).unlink(missing_ok=True)
        began = time.perf_counter()
        run([*manage, "migrate", "-v0"], env)
        run([*manage, "setup_site", "--no-admin", "--no-index"], env, stdout=subprocess.DEVNULL)
        run([*manage, "load_demo"], env, stdout=subprocess.DEVNULL)
        times["migrate + setup_site + load_demo"] = time.perf_counter() - began
        began = time.perf_counter()
        seeded = run(
            [sys.executable, str(ROOT / "bench" / "seed.py"), str(args.cards)],
            env,
            capture_output=True,
            text=True,
        ).stdout.strip()
        times[f"seed {args.cards} cards"] = time.perf_counter() - began
        print(f"  {seeded.splitlines()[-1]}")
    began = time.perf_counter()
    run([*manage, "collectstatic", "--noinput", "-v0"], django_env(args))
    times["collectstatic"] = time.perf_counter() - began
    return times


class Server:
    """gunicorn, one sync worker, pinned to core 0."""

    def __init__(self, app, port, env, log):
        self.url = f"http://{HOST}:{port}"
        self.log = open(log, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            ["taskset", "-c", "0", str(BIN / "gunicorn"), app, "-w", "1", "-k", "sync"]
            + ["--bind", f"{HOST}:{port}"],
            env=env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        for _ in range(150):
            try:
                urllib.request.urlopen(self.url + "/robots.txt", timeout=2)  # noqa: S310
                break
            except urllib.error.HTTPError:
                break  # the bare app answers 404: it is up
            except OSError:
                if self.process.poll() is not None:
                    raise SystemExit(f"gunicorn {app} stopped, see {log}") from None
                time.sleep(0.2)
        else:
            raise SystemExit(f"gunicorn {app} did not start, see {log}")

    def worker_pid(self) -> int:
        # taskset execs gunicorn, so the master keeps our pid; its only child is the worker.
        master = self.process.pid
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        if len(children) != 1:
            raise SystemExit(f"expected one gunicorn worker, found {children}")
        return int(children[0])

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def cpu_seconds(pid: int) -> float:
    # Fields after the command name (which may hold spaces): utime and stime are 14 and 15.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def fetch(url, count=1):
    """GET `url` `count` times; the last response's headers."""
    headers = {}
    for _ in range(count):
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            response.read()
            headers = dict(response.headers)
    return headers


DURATION = re.compile(r"([\d.]+)(us|ms|s|m)\b")


def to_ms(text: str) -> float:
    value, unit = DURATION.match(text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def parse_wrk(output: str) -> dict:
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(r"Socket errors: (.*)", output)
    return {
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": to_ms(latency["50"]),
        "p99": to_ms(latency["99"]),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": socket.group(1) if socket else "",
    }


def load(server: Server, page: dict, args) -> dict:
    url = server.url + page["url"]
    fetch(url, args.warmup)
    command = ["taskset", "-c", "1", "wrk", "-t1", f"-c{args.connections}"]
    command += [f"-d{args.duration}s", "--latency"]
    script = None
    if page.get("paths"):
        # One thread: a plain counter walks the list, each path once per lap.
        script = TMP / "hub-bench-rotation.lua"
        paths = ",\n".join(json.dumps(path) for path in page["paths"])
        script.write_text(
            f"local paths = {{\n{paths}\n}}\nlocal i = 0\n"
            "request = function()\n  i = i % #paths + 1\n"
            '  return wrk.format("GET", paths[i])\nend\n'
        )
        command += ["-s", str(script)]
    pid = server.worker_pid()
    before = cpu_seconds(pid)
    output = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    result = parse_wrk(output)
    result["cpu_ms"] = (cpu_seconds(pid) - before) * 1000 / max(result["requests"], 1)
    return result


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def page_weight(url: str) -> dict:
    """Bytes transferred for the first view of `url` in Chromium, by resource type, the
    requests to other hosts, and the resources the browser refused (integrity mismatch)."""
    from playwright.sync_api import sync_playwright

    seen, foreign, refused = [], [], []

    def guard(route):
        # No request may leave the machine: record and refuse any other host.
        if urlsplit(route.request.url).hostname == HOST:
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    def console(message):
        if "integrity" in message.text:
            refused.append(re.sub(r".*resource '([^']+)'.*", r"\1", message.text))

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        context = browser.new_context()
        context.route("**/*", guard)
        page = context.new_page()
        page.on("requestfinished", lambda request: seen.append(request))
        page.on("console", console)
        page.goto(url, wait_until="networkidle")
        by_type, rows = {}, []
        for request in seen:
            sizes = request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            response = request.response()
            encoding = response.headers.get("content-encoding", "") if response else ""
            by_type[request.resource_type] = by_type.get(request.resource_type, 0) + size
            rows.append((request.resource_type, size, encoding, urlsplit(request.url).path))
        browser.close()
    return {
        "total": sum(by_type.values()),
        "by_type": by_type,
        "rows": rows,
        "foreign": foreign,
        "refused": [urlsplit(u).path for u in refused],
    }


def weight_report(title, weight) -> list[str]:
    kb = weight["total"] / 1000
    state = "OK" if kb < WEIGHT_TARGET_KB and not weight["foreign"] else "MANQUÉ"
    if weight["refused"]:
        state = "sans valeur : feuilles de style refusées, polices jamais chargées"
    lines = [
        "",
        f"## Poids d’une fiche, {title} : {kb:.0f} Ko (objectif < {WEIGHT_TARGET_KB} Ko) {state}",
        "",
        "| type | Ko |",
        "| --- | ---: |",
        *[
            f"| {kind} | {size / 1000:.1f} |"
            for kind, size in sorted(weight["by_type"].items(), key=lambda kv: -kv[1])
        ],
        "",
        "Requêtes vers un autre hôte que 127.0.0.1 : "
        + (", ".join(weight["foreign"]) if weight["foreign"] else "aucune"),
    ]
    if weight["refused"]:
        lines.append(
            "Refusées par le navigateur (empreinte `integrity` fausse) : "
            + ", ".join(weight["refused"])
        )
    lines += [
        "",
        "| type | octets | encodage | chemin |",
        "| --- | ---: | --- | --- |",
        *[f"| {k} | {s} | {e} | {p} |" for k, s, e, p in sorted(weight["rows"])],
    ]
    return lines


# --- Report -------------------------------------------------------------------------------------


def verdict(row, ceiling):
    if row.get("cached"):
        ratio = row["rps"] / ceiling
        return f"≥ {CACHED_RATIO_TARGET} C", "OK" if ratio >= CACHED_RATIO_TARGET else "MANQUÉ"
    target = CPU_TARGETS[row["kind"]]
    return f"≤ {target:g} ms", "OK" if row["cpu_ms"] <= target else "MANQUÉ"


def table(rows, ceiling, ceiling_cpu) -> list[str]:
    lines = [
        "| page | rps | p50 ms | p99 ms | SQL | CPU ms/req | ratio à C | ratio CPU | objectif | |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for row in rows:
        target, state = verdict(row, ceiling) if "kind" in row or row.get("cached") else ("", "")
        sql = "" if row.get("queries") is None else str(row["queries"])
        note = f" ({row['non_2xx']} non-2xx !)" if row.get("non_2xx") else ""
        lines.append(
            f"| {row['label']}{note} | {row['rps']:.0f} | {row['p50']:.1f} | {row['p99']:.1f} "
            f"| {sql} | {row['cpu_ms']:.2f} | {row['rps'] / ceiling:.3f} "
            f"| {ceiling_cpu / row['cpu_ms']:.3f} | {target} | {state} |"
        )
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(TMP / "hub-bench.sqlite3"))
    parser.add_argument("--reuse", action="store_true", help="keep an already seeded database")
    parser.add_argument("--cards", type=int, default=10000, help="generated practice cards")
    parser.add_argument("--duration", type=int, default=20, help="seconds of wrk per page")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=20, help="requests before each run")
    parser.add_argument("--port", type=int, default=8731, help="hub; the bare app uses port+1")
    parser.add_argument("--static-root", default=str(TMP / "hub-bench-static"))
    parser.add_argument(
        "--analyze",
        action="store_true",
        help="run SQLite's ANALYZE on the database first (query planner statistics)",
    )
    parser.add_argument("--no-weight", action="store_true", help="skip the Chromium page weight")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child_plan()))
        return
    for tool in ("wrk", "taskset"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is required (Debian: apt-get install {tool})")

    started = datetime.now()
    print(f"Base : {args.db} – charge au départ : {loadavg()}")
    times = prepare(args)
    if args.analyze:
        import sqlite3

        began = time.perf_counter()
        with sqlite3.connect(args.db) as connection:
            connection.execute("ANALYZE")
        times["ANALYZE"] = time.perf_counter() - began
    for step, seconds in times.items():
        print(f"  {step} : {seconds:.1f} s")

    env = django_env(args)
    no_fragment_env = {**env, "FRAGMENT_CACHE": "false"}

    def child(child_env):
        output = run(
            [sys.executable, __file__, "--child"], child_env, capture_output=True, text=True
        )
        return json.loads(output.stdout.splitlines()[-1])

    plan = child(env)
    no_fragment_plan = [
        {**page, "label": f"{page['label']}, FRAGMENT_CACHE=false"}
        for page in child(no_fragment_env)["pages"]
        if page["label"].startswith(NO_FRAGMENT_PAGES) and page["status"] == 200
    ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    pages, notes = [], []
    for page in plan["pages"]:
        if page["status"] == 200:
            pages.append(page)
        elif page["kind"] == "search":
            notes.append(f"Recherche ignorée : {page['url']} répond {page['status']}.")
        else:
            raise SystemExit(f"{page['label']} {page['url']} answers {page['status']}")
    for note in notes:
        print(note)

    rows = []
    logs = TMP

    def measure_ceiling(label):
        bare = Server("bench.bare_app", args.port + 1, os.environ.copy(), logs / "bench-bare.log")
        try:
            result = load(bare, {"url": "/"}, args)
        finally:
            bare.stop()
        print(f"  {label} : {result['rps']:.0f} rps, {result['cpu_ms']:.2f} ms CPU")
        return {"label": label, **result}

    load_start = loadavg()
    print(f"Mesures : wrk -t1 -c{args.connections} -d{args.duration}s --latency ({load_start})")
    ceilings = [measure_ceiling("C, vue Django nue (avant)")]
    hub = Server("hub.wsgi", args.port, env, logs / "bench-hub.log")
    try:
        for page in pages:
            result = load(hub, page, args)
            rows.append({**page, **result})
            print(f"  {page['label']} : {result['rps']:.0f} rps, {result['cpu_ms']:.2f} ms CPU")
    finally:
        hub.stop()
    hub = Server("hub.wsgi", args.port, no_fragment_env, logs / "bench-hub-nofragment.log")
    try:
        for page in no_fragment_plan:
            result = load(hub, page, args)
            rows.append({**page, **result})
            print(f"  {page['label']} : {result['rps']:.0f} rps, {result['cpu_ms']:.2f} ms CPU")
    finally:
        hub.stop()

    cached_env = django_env(args, cache_seconds=600)
    hub = Server("hub.wsgi", args.port, cached_env, logs / "bench-hub-cached.log")
    try:
        for label, path in (("Accueil", "/fr/"), ("Fiche de démonstration", plan["card"])):
            fetch(hub.url + path)
            state = fetch(hub.url + path).get("X-Page-Cache")
            if state != "hit":
                raise SystemExit(f"{path}: X-Page-Cache is {state!r} on the second request")
            result = load(hub, {"url": path}, args)
            rows.append({"label": f"{label}, depuis le cache", "cached": True, **result})
            print(f"  {label} (cache) : {result['rps']:.0f} rps, {result['cpu_ms']:.2f} ms CPU")
    finally:
        hub.stop()
    ceilings.append(measure_ceiling("C, vue Django nue (après)"))
    ceiling = sum(c["rps"] for c in ceilings) / len(ceilings)
    ceiling_cpu = sum(c["cpu_ms"] for c in ceilings) / len(ceilings)
    load_end = loadavg()

    weights = []
    if not args.no_weight:
        # As served, then with django-dsfr's integrity attributes off (bench/weight_settings.py):
        # the manifest storage rewrites the DSFR stylesheets, so browsers refuse them as served.
        for title, settings_module in (
            ("tel que servi", "hub.settings.production"),
            ("sans les attributs integrity de django-dsfr", "bench.weight_settings"),
        ):
            weight_env = {**env, "DJANGO_SETTINGS_MODULE": settings_module}
            hub = Server("hub.wsgi", args.port, weight_env, logs / "bench-hub-weight.log")
            try:
                weights.append((title, page_weight(hub.url + plan["card"])))
            finally:
                hub.stop()

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    report = [
        f"# Vitesse des pages – {started:%Y-%m-%d %H:%M}",
        "",
        f"Commit {commit}; {os.cpu_count()} cœurs; gunicorn 1 worker sync sur le cœur 0, "
        f"`taskset -c 1 wrk -t1 -c{args.connections} -d{args.duration}s --latency`; "
        f"base {args.db} ({args.cards} fiches générées + démo"
        f"{', ANALYZE fait' if args.analyze else ', sans ANALYZE'}).",
        f"Charge de la machine (loadavg 1/5/15 min) : {load_start} au début des mesures, "
        f"{load_end} à la fin. Préparation : "
        + ", ".join(f"{step} {seconds:.0f} s" for step, seconds in times.items())
        + ".",
        "",
        *table([*ceilings, *rows], ceiling, ceiling_cpu),
        "",
        f"C = moyenne des deux mesures de la vue nue : {ceiling:.0f} rps, "
        f"{ceiling_cpu:.2f} ms CPU. "
        "CPU = utime+stime du worker gunicorn / requêtes de wrk. Ratio à C = rps / rps(C) (la "
        "mesure de l’issue) ; ratio CPU = CPU(C) / CPU(page), le même rapport quand le cœur 0 est "
        "libre, mais insensible à la part du cœur que prennent d’autres processus. "
        "SQL = requêtes du 2e appel par le client de test.",
        *[f"- {note}" for note in notes],
    ]
    for title, weight in weights:
        report += weight_report(f"première vue dans Chromium, {title}", weight)
    text = "\n".join(report) + "\n"
    print()
    print(text)
    out = RESULTS / f"pages-{started:%Y%m%d-%H%M}.md"
    out.write_text(text)
    for page in [*pages, *no_fragment_plan]:
        name = re.sub(r"[^a-z0-9]+", "-", page["label"].lower()).strip("-")
        (RESULTS / f"sql-{name}.txt").write_text("\n".join(page["sql"]) + "\n")
    print(f"Écrit : {out} (et les requêtes SQL de chaque page : {RESULTS}/sql-*.txt)")


if __name__ == "__main__":
    main()
