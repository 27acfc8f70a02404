"""Settings of bench/search_bench.py and bench/admin_search.py: the test settings (one local-memory
cache, no page cache) with the fragment cache on, as in production: what the search keeps
between requests (vocabulary terms, locales, private sections) is kept here too."""

from hub.settings.test import *  # noqa: F403

FRAGMENT_CACHE = True
