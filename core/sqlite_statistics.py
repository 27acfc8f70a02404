"""SQLite's planner statistics kept in step with the content.

SQLite chooses its indexes from the row counts `ANALYZE` stored in `sqlite_stat1`. `setup_site`
analyses a new site with a few dozen pages; a site that then grows to thousands of cards
(editors, imports, `bench/seed.py`) keeps statistics saying "26 pages", and the planner then
reads whole indexes where it should look rows up: measured at 10,000 cards, the search page's
ten result rows took 7 ms instead of 0.05 ms (the page order walked the whole path index).

So a new connection, at most once per `INTERVAL` seconds per process, compares the pages'
count with the one in the statistics and analyses again when it has doubled or halved (and
moved by more than `MIN_CHANGE` rows). `analysis_limit` bounds the work (~11 ms at 10,000
cards). It never waits for a writer: an import holding the write lock postpones it to the next
check, and any error leaves the statistics as they were (a connection that cannot write, a
database not migrated yet)."""

import logging
import threading
import time

from django.db import DatabaseError

log = logging.getLogger(__name__)

INTERVAL = 600.0
MIN_CHANGE = 200
ANALYSIS_LIMIT = 1000
TABLE = "wagtailcore_page"

_lock = threading.Lock()
_next_check = 0.0


def stale(recorded: int | None, actual: int) -> bool:
    """Whether statistics of `recorded` rows misguide the planner for a table of `actual`."""
    if recorded is None:
        return actual >= MIN_CHANGE
    if abs(actual - recorded) < MIN_CHANGE:
        return False
    return actual >= 2 * recorded or 2 * actual <= recorded


def refresh(connection) -> bool:
    """Analyse `connection`'s database if its statistics are stale; True if it did."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
        recorded = None
        if cursor.fetchone()[0]:
            cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = %s LIMIT 1", [TABLE])
            row = cursor.fetchone()
            recorded = int(row[0].split()[0]) if row else None
        cursor.execute(f'SELECT count(*) FROM "{TABLE}"')  # noqa: S608 - a constant name
        actual = cursor.fetchone()[0]
        if not stale(recorded, actual):
            return False
        cursor.execute("PRAGMA busy_timeout")
        timeout = cursor.fetchone()[0]
        cursor.execute("PRAGMA busy_timeout = 0")  # never wait for an import's write lock
        try:
            cursor.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
            cursor.execute("ANALYZE")
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    log.info("SQLite statistics refreshed: %s rows recorded, %s now", recorded, actual)
    return True


def on_connection_created(sender, connection, **kwargs):
    """`connection_created` receiver: checks SQLite connections, once per INTERVAL per process."""
    global _next_check
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        return
    now = time.monotonic()
    with _lock:
        if now < _next_check:
            return
        _next_check = now + INTERVAL
    try:
        refresh(connection)
    except DatabaseError as error:  # no pages table yet, read-only file, locked: next time
        log.debug("SQLite statistics not refreshed: %s", error)
