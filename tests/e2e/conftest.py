"""Browser tests: Playwright on Debian's Chromium against a live server with the demo content.

Every test here is marked `e2e` (see `pytest_collection_modifyitems`) and runs with:
- the site that `manage.py setup_site` and `manage.py load_demo` build (demo content, both
  languages), built once per session and committed, plus an editor account
  (`editor_credentials`);
- the content security policy of base.py enforced, django-axes on;
- a guard that aborts any request leaving 127.0.0.1 and fails the test if one was tried;
- a watch on the browser console that fails the test on any CSP violation or JavaScript error.

Tests that change content create their own pages, so tests stay independent of their order.
"""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOOPBACK = {"127.0.0.1", "localhost"}
CSP_MESSAGE = re.compile(r"Content Security Policy|Content-Security-Policy", re.IGNORECASE)
EDITOR = ("editeur-e2e", "mot-de-passe-e2e-tres-long")
HERE = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark everything under tests/e2e/ as `e2e` before `-m` selects (so `make test` skips it),
    and as a transactional database test restoring the demo site (see `e2e_site`)."""
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(scope="session", autouse=True)
def _e2e_environment():
    """Set for the browser tests only (it would fail `check --deploy` run by other tests):
    Playwright's sync API runs an event loop in the test thread, and Django's ORM refuses to run
    there unless told that it is safe (it is: the loop is idle while test code runs). The live
    server listens on the loopback address that the request guard lets through."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        patch.setenv("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1")
        yield


@pytest.fixture(scope="session", autouse=True)
def _patient_assertions():
    """`expect(...)` waits up to 15 s instead of 5 s: CI machines are shared (2 cores), and a
    JavaScript update that takes 6 s there is slow, not wrong. What is asserted is unchanged."""
    from playwright.sync_api import expect

    expect.set_options(timeout=15_000)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def e2e_site(django_db_setup, django_db_blocker):
    """The demo site and an editor, built once per session; returns its database snapshot.

    The live server reads the database from its own thread, so browser tests are transactional
    and Django empties the database after each one. With `serialized_rollback`, Django reloads
    a snapshot before each test: `_e2e_database` makes it this complete demo site (instead of
    the bare state after migrations), so each test starts from it in a fraction of a second."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    with django_db_blocker.unblock():
        call_command("setup_site", "--no-admin", "--no-index", verbosity=0)
        call_command("load_demo", verbosity=0)
        User = get_user_model()
        if not User.objects.filter(username=EDITOR[0]).exists():
            User.objects.create_superuser(EDITOR[0], "editeur@example.org", EDITOR[1])
        # Content types first: reloading a page fires the search index's post_save handler,
        # which looks up (and, when missing, creates) the page's content type; with content
        # types last in the snapshot, those created rows would then collide with the
        # snapshot's own.
        objects = json.loads(connection.creation.serialize_db_to_string())
        # The commune reference (35,000 rows no test changes) stays in its table: out of the
        # snapshot and out of the flush (`_keep_reference_tables`). Reloading it row by row
        # before every test made the lane take over an hour.
        objects = [obj for obj in objects if obj["model"] not in KEPT_MODELS]
        objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
        return json.dumps(objects)


# Reference data loaded once per session and kept between tests (tests never write it).
KEPT_MODELS = {"territories.commune"}


@pytest.fixture(scope="session", autouse=True)
def _keep_reference_tables():
    """Django empties every table after each transactional test; this leaves the reference
    tables of KEPT_MODELS out of that flush (no other table points to them)."""
    from django.apps import apps
    from django.core.management.commands import flush

    kept = {apps.get_model(label)._meta.db_table for label in KEPT_MODELS}
    original = flush.sql_flush

    def sql_flush(style, connection, reset_sequences=True, allow_cascade=False):
        tables = [
            table
            for table in connection.introspection.django_table_names(
                only_existing=True, include_views=False
            )
            if table not in kept
        ]
        return connection.ops.sql_flush(
            style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
        )

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(flush, "sql_flush", sql_flush)
        yield
    assert original is flush.sql_flush


@pytest.fixture(autouse=True)
def _e2e_database(e2e_site, live_server, settings):
    """Each test sees the demo site, and the live server runs with production-like security:
    the CSP of base.py (always on) and django-axes (off in the other tests)."""
    from django.db import connections
    from wagtail.models import Page

    connection = connections["default"]
    # Session fixtures may hold another connection object than tests (Playwright's greenlets
    # give them their own context): put the snapshot where this test's flush and reload look.
    connection._test_serialized_contents = e2e_site
    if not Page.objects.filter(depth=2).exists():
        connection.creation.deserialize_db_from_string(e2e_site)
    settings.AXES_ENABLED = True
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    # Map tiles come from the site itself in the browser tests, answered by the `tiles` route
    # below: no test ever asks a tile server outside the machine.
    settings.MAP_TILES_URL = TILE_URL


TILE_URL = "/__tuiles__/{z}/{x}/{y}.png"
# A 1x1 transparent PNG.
TILE_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300"
    "0100000500010d0a2db40000000049454e44ae426082"
)


@pytest.fixture(scope="session")
def base_url(live_server):
    """pytest-playwright resolves `page.goto("/fr/")` against this."""
    return live_server.url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args, base_url):
    return {
        **browser_context_args,
        "base_url": base_url,
        "locale": "fr-FR",
        "viewport": {"width": 1280, "height": 900},
    }


@pytest.fixture(scope="session")
def editor_credentials(e2e_site):
    return EDITOR


class BrowserWatch:
    """What the guard and the console watch saw during one test."""

    def __init__(self):
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.csp_violations: list[str] = []
        self.js_errors: list[str] = []
        self.console_errors: list[str] = []

    def route(self, route):
        url = route.request.url
        self.requests.append(url)
        parts = urlsplit(url)
        if parts.scheme in {"data", "blob"} or parts.hostname in LOOPBACK:
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    def console(self, message):
        if message.type != "error":
            return
        text = message.text
        self.console_errors.append(text)
        if CSP_MESSAGE.search(text):
            self.csp_violations.append(text)

    def page_error(self, error):
        self.js_errors.append(str(error))


def watch_context(context) -> BrowserWatch:
    """Put the loopback guard and the console watch on a browser context."""
    watch = BrowserWatch()
    context.route("**/*", watch.route)
    context.on("console", watch.console)
    context.on("weberror", lambda web_error: watch.page_error(web_error.error))
    return watch


@pytest.fixture
def watch(context):
    """Every test's browser context is guarded and watched; the test fails on a request outside
    127.0.0.1, a CSP violation or a JavaScript error, whatever it asserts itself."""
    seen = watch_context(context)
    yield seen
    assert seen.blocked == [], f"requests outside 127.0.0.1: {seen.blocked}"
    assert seen.csp_violations == [], "CSP violations:\n" + "\n".join(seen.csp_violations)
    assert seen.js_errors == [], "JavaScript errors:\n" + "\n".join(seen.js_errors)


@pytest.fixture
def tiles(context):
    """Answers map tile requests with a blank tile and records them (registered after the
    guard, so it takes precedence for tile URLs only)."""
    seen = []

    def fulfil(route):
        seen.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=TILE_PNG)

    context.route("**/__tuiles__/**", fulfil)
    return seen


@pytest.fixture
def page(page, watch, tiles):
    """pytest-playwright's page, on a guarded and watched context."""
    return page
