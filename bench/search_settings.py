"""Settings of bench/search_bench.py and bench/admin_search.py: the test settings (one local-memory
cache, no page cache) with the fragment cache on, as in production: what the search keeps
between requests (vocabulary terms, locales, private sections) is kept here too. Without the
tests' own vocabulary app: the site's vocabularies only, so a database set up by
`manage.py migrate` and bench/seed.py (dev settings) is measured as it is."""

from hub.settings.test import *  # noqa: F403

FRAGMENT_CACHE = True
INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "tests.vocab_app"]  # noqa: F405
