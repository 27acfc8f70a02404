"""SQLite's planner statistics follow the content (core/sqlite_statistics.py): a site analysed
with a few pages that grew to thousands is analysed again, so the planner looks rows up instead
of reading whole indexes (measured in bench/search_bench.py: the search page's result rows)."""

import sqlite3

import pytest
from django.db.utils import ConnectionHandler

from core import sqlite_statistics
from hub.settings.base import database_settings


@pytest.fixture(autouse=True)
def _own_database_files(django_db_blocker):
    """These tests open their own SQLite files, not the test database."""
    with django_db_blocker.unblock():
        yield


def _pages_table(path, rows: int, analyse_at: int):
    """A file with the pages table of Wagtail's shape that matters here: analysed at
    `analyse_at` rows, then grown to `rows`."""
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE wagtailcore_page (id INTEGER PRIMARY KEY, path TEXT UNIQUE, title TEXT)"
    )
    db.executemany(
        "INSERT INTO wagtailcore_page (path, title) VALUES (?, ?)",
        [(f"0001{n:08d}", f"Page {n}") for n in range(analyse_at)],
    )
    db.commit()
    db.execute("ANALYZE")
    db.executemany(
        "INSERT INTO wagtailcore_page (path, title) VALUES (?, ?)",
        [(f"0002{n:08d}", f"Page {n}") for n in range(rows - analyse_at)],
    )
    db.commit()
    db.close()


def test_a_site_grown_past_its_statistics_is_analysed_again(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite_statistics, "_next_check", float("inf"))  # checked by hand here
    _pages_table(tmp_path / "hub.sqlite3", rows=5000, analyse_at=26)
    connection = ConnectionHandler(
        {"default": database_settings(f"sqlite:///{tmp_path / 'hub.sqlite3'}")}
    )["default"]
    cursor = connection.cursor()
    assert sqlite_statistics.refresh(connection) is True
    cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'")
    recorded = int(cursor.fetchone()[0].split()[0])  # analysis_limit: an estimate
    assert 4500 <= recorded <= 5500
    assert sqlite_statistics.refresh(connection) is False  # up to date: nothing done
    # The busy timeout the connection waits for writers with is put back.
    assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    connection.close()


def test_a_locked_database_is_left_for_the_next_check(tmp_path, monkeypatch):
    """An import holding the write lock: the check neither waits nor fails the request."""
    monkeypatch.setattr(sqlite_statistics, "_next_check", float("inf"))
    _pages_table(tmp_path / "hub.sqlite3", rows=3000, analyse_at=20)
    handler = ConnectionHandler(
        {
            "default": database_settings(f"sqlite:///{tmp_path / 'hub.sqlite3'}"),
            "import": database_settings(f"sqlite:///{tmp_path / 'hub.sqlite3'}"),
        }
    )
    importer = handler["import"].cursor()
    importer.execute("BEGIN IMMEDIATE")
    importer.execute("INSERT INTO wagtailcore_page (path, title) VALUES ('0003', 'x')")
    connection = handler["default"]
    monkeypatch.setattr(sqlite_statistics, "_next_check", 0.0)
    sqlite_statistics.on_connection_created(None, connection)  # logs, raises nothing
    cursor = connection.cursor()
    cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'")
    assert cursor.fetchone()[0].split()[0] == "20"
    importer.execute("COMMIT")
    assert sqlite_statistics.refresh(connection) is True
    handler["import"].close()
    connection.close()


@pytest.mark.parametrize(
    ("recorded", "actual", "expected"),
    [
        (26, 10_000, True),  # setup_site's statistics, a grown site
        (10_000, 26, True),  # emptied
        (None, 5_000, True),  # never analysed
        (None, 30, False),  # small: any plan is fast
        (26, 60, False),  # the demo content: a change too small to matter
        (10_000, 15_000, False),  # not doubled
    ],
)
def test_statistics_are_stale_when_the_pages_doubled_or_halved(recorded, actual, expected):
    assert sqlite_statistics.stale(recorded, actual) is expected
