"""Settings of bench/engine_bench.py: those of bench/search_settings.py on a read-only database
connection (PostgreSQL refuses any write: the benchmark measures an existing seeded database and
must never change it)."""

from bench.search_settings import *  # noqa: F403

DATABASES["default"].setdefault("OPTIONS", {})["options"] = (  # noqa: F405
    "-c default_transaction_read_only=on"
)
