"""On SQLite (the embedded default), pages are read and short writes go through while an import
writes: WAL journal, a busy timeout, write transactions that wait at BEGIN."""

import threading
import time

import pytest
from django.db.utils import ConnectionHandler

from hub.settings.base import SQLITE_BUSY_TIMEOUT, database_settings


@pytest.fixture(autouse=True)
def _own_database_files(django_db_blocker):
    """These tests open their own SQLite files, not the test database."""
    with django_db_blocker.unblock():
        yield


def _connections(tmp_path):
    database = database_settings(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    return ConnectionHandler(
        {"default": database, "import": dict(database), "visitor": dict(database)}
    )


def test_sqlite_database_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    cursor = _connections(tmp_path)["import"].cursor()
    assert cursor.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert cursor.execute("PRAGMA busy_timeout").fetchone() == (SQLITE_BUSY_TIMEOUT,)
    assert SQLITE_BUSY_TIMEOUT >= 5000


def test_reads_and_short_writes_go_on_during_a_long_write(tmp_path):
    """An import holds the write lock over a large transaction (more than SQLite's page cache,
    which takes an exclusive lock in the old journal mode): a visitor's read answers at once
    with the data from before, and a submission's write waits for the import's commit instead
    of failing with "database is locked"."""
    handler = _connections(tmp_path)
    importer = handler["import"].cursor()
    importer.execute("CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT)")
    importer.execute("INSERT INTO place (name) VALUES ('Médiathèque')")
    importer.execute("BEGIN IMMEDIATE")
    importer.executemany(
        "INSERT INTO place (name) VALUES (?)", [("x" * 200,) for _ in range(60_000)]
    )
    seen = {}

    def visitor():
        connection = handler["visitor"]  # its own connection, in its own thread
        cursor = connection.cursor()
        started = time.monotonic()
        seen["count"] = cursor.execute("SELECT count(*) FROM place").fetchone()[0]
        seen["read_seconds"] = time.monotonic() - started
        started = time.monotonic()
        cursor.execute("BEGIN IMMEDIATE")
        cursor.execute("INSERT INTO place (name) VALUES ('Submission')")
        cursor.execute("COMMIT")
        seen["write_seconds"] = time.monotonic() - started
        connection.close()

    thread = threading.Thread(target=visitor)
    thread.start()
    time.sleep(1.0)  # the import goes on writing
    importer.execute("COMMIT")
    thread.join(timeout=SQLITE_BUSY_TIMEOUT / 1000)

    assert seen["count"] == 1
    assert seen["read_seconds"] < 0.5
    assert 0.5 < seen["write_seconds"] < SQLITE_BUSY_TIMEOUT / 1000
    assert importer.execute("SELECT count(*) FROM place").fetchone()[0] == 60_002
