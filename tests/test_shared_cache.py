"""The page cache is shared by every worker: one purge is seen by all of them, at once.

These tests run against the embedded default (core.file_cache, files in a temporary directory) or,
in the Redis lane (`make test-redis`, CACHE_URL=redis://…), against that Redis server.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.cache import caches

from core import page_cache
from hub.settings.base import cache_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache_url(tmp_path):
    configured = os.environ.get("CACHE_URL", "")
    if configured.startswith(("redis://", "rediss://")):
        return configured
    return f"file://{tmp_path / 'cache'}"


@pytest.fixture
def shared_cache(settings, cache_url):
    settings.CACHES = cache_settings(cache_url)
    cache = caches["default"]
    cache.clear()
    yield cache
    cache.clear()


def test_cache_urls_choose_a_cache_shared_between_processes(tmp_path):
    """file:// (the default without CACHE_URL: see test_deployment_settings) and redis://
    are shared; an unknown scheme stops the start."""
    backend = cache_settings(f"file://{tmp_path}")["default"]["BACKEND"]
    assert backend == "core.file_cache.SharedFileCache"
    redis = cache_settings("redis://cache.internal:6379/1")["default"]["BACKEND"]
    assert redis == "django.core.cache.backends.redis.RedisCache"
    with pytest.raises(Exception, match="CACHE_URL"):
        cache_settings("memcached://cache:11211")


def _purge_in_children(processes: int, purges: int) -> None:
    children = []
    for _ in range(processes):
        pid = os.fork()
        if pid == 0:  # the child: purge, then leave without running the parent's teardown
            code = 0
            try:
                for _ in range(purges):
                    page_cache.purge_all()
            except BaseException:
                code = 1
            os._exit(code)
        children.append(pid)
    for pid in children:
        assert os.waitpid(pid, 0)[1] == 0


def test_purges_from_several_processes_at_once_are_all_counted(shared_cache):
    """Workers that purge together never count as one purge (a lost bump would let a page
    rendered between two changes stay cached)."""
    before = page_cache.current_generation()
    _purge_in_children(processes=4, purges=25)
    assert page_cache.current_generation() == before + 100


def test_a_lost_generation_never_comes_back_to_a_value_already_used(shared_cache):
    """A cache that lost the counter (restart, eviction) does not serve pages stored before."""
    old = page_cache.current_generation()
    page_cache.purge_all()
    shared_cache.delete(page_cache.GENERATION_KEY)
    assert page_cache.current_generation() > old + 1


def test_an_increment_keeps_an_entry_that_never_expires(shared_cache):
    shared_cache.set("compteur", 1, timeout=None)
    shared_cache.incr("compteur")
    if hasattr(shared_cache, "_key_to_file"):
        import pickle

        with open(shared_cache._key_to_file("compteur"), "rb") as entry:
            assert pickle.load(entry) is None  # noqa: S301 (no expiry written)
    assert shared_cache.get("compteur") == 2


# --- Two gunicorn workers --------------------------------------------------------------------


@pytest.fixture(scope="session")
def worker_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """A database the workers and this test's commands share: on SQLite, a file copy of the
    test database (the site without demo); on PostgreSQL, the test database itself."""
    from django.db import connection

    with django_db_blocker.unblock():
        connection.ensure_connection()
        if connection.vendor != "sqlite":
            db = connection.settings_dict
            return (
                f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
            )
        import sqlite3

        path = tmp_path_factory.mktemp("workers") / "hub.sqlite3"
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{path}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (http only)
            return response.status, response.headers.get("X-Page-Cache", "")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-Page-Cache", "")


def _requests_until_both_workers_answered(url, log: Path, pids: set) -> list[tuple]:
    """GET `url` one request at a time until each worker has answered at least twice; returns
    (worker pid, status, X-Page-Cache) per answer (gunicorn logs a request once answered)."""
    start = log.stat().st_size if log.exists() else 0
    headers = []
    answers = []
    for _ in range(200):
        headers.append(_get(url)[1])
        time.sleep(0.02)
        lines = log.read_bytes()[start:].decode().split("\n")
        logged = [line.split() for line in lines if line.strip()]
        answers = [
            (pid, int(code), header)
            for (pid, code, _path), header in zip(logged, headers, strict=False)
        ]
        seen = [pid for pid, _code, _header in answers]
        if len(set(seen)) >= 2 and all(seen.count(pid) >= 2 for pid in pids | set(seen)):
            break
    return answers


# The mark makes pytest-django create the test database that `worker_database` copies.
@pytest.mark.django_db
def test_two_workers_both_stop_serving_an_unpublished_card(worker_database, cache_url, tmp_path):
    """Two gunicorn workers share the page cache: after a card is unpublished (here by another
    process, as an import or an editor on another worker would), neither serves it any more."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": worker_database,
        "CACHE_URL": cache_url,
        "PAGE_CACHE_SECONDS": "600",
        "LOG_LEVEL": "WARNING",
    }
    manage = [sys.executable, "manage.py", "shell", "-c"]
    created = subprocess.run(
        [
            *manage,
            "from tests import factories; "
            "card = factories.practice('Fiche vue par deux travailleurs', "
            "slug='deux-travailleurs'); "
            "print(card.url)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    path = created.stdout.strip().splitlines()[-1]
    port = _free_port()
    log = tmp_path / "access.log"
    gunicorn = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "hub.wsgi:application",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--timeout=120",
            f"--access-logfile={log}",
            "--access-logformat=%(p)s %(s)s %(U)s",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}{path}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if _get(url)[0] == 200:
                    break
            except OSError:
                pass
            assert gunicorn.poll() is None, gunicorn.stderr.read().decode()
            assert time.monotonic() < deadline, "gunicorn did not answer"
            time.sleep(0.5)
        before = _requests_until_both_workers_answered(url, log, set())
        workers = {pid for pid, _status, _cached in before}
        assert len(workers) == 2, before
        # Both workers serve the card from the one shared cache (the first one stored it).
        assert {(status, cached) for _pid, status, cached in before[1:]} == {(200, "hit")}

        subprocess.run(
            [
                *manage,
                "from practices.models import PracticePage; "
                "PracticePage.objects.get(slug='deux-travailleurs').unpublish()",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        after = _requests_until_both_workers_answered(url, log, workers)

        assert {pid for pid, _status, _cached in after} == workers, after
        assert {status for _pid, status, _cached in after} == {404}, after
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)
        if not worker_database.startswith("sqlite"):
            subprocess.run(
                [
                    *manage,
                    "from practices.models import PracticePage; "
                    "PracticePage.objects.filter(slug='deux-travailleurs').delete()",
                ],
                cwd=ROOT,
                env=env,
                check=False,
                capture_output=True,
            )
