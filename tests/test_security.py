"""Security headers, the content security policy, the login lockout and safe document serving."""

import re

import pytest
from django.core.files.base import ContentFile
from django.test import RequestFactory
from wagtail.documents.models import Document

from core.client import client_address

pytestmark = pytest.mark.django_db


def test_public_pages_load_scripts_from_the_site_under_a_strict_policy(client):
    response = client.get("/fr/")
    policy = response["Content-Security-Policy"]
    assert re.search(r"script-src 'self'(;|$)", policy), policy
    scripts = re.findall(r"<script\b[^>]*>", response.content.decode())
    assert scripts, "the DSFR scripts are missing"
    assert all(" src=" in tag and "nonce" not in tag for tag in scripts), scripts
    assert "'unsafe-inline'" not in policy
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy


def test_cached_pages_share_no_nonce_and_keep_the_policy_of_fresh_ones(client, settings):
    """A page served from the cache goes to every visitor: it carries no nonce (which would then
    be shared, so no longer secret), and the same policy as the page rendered for the first."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    try:
        fresh = client.get("/fr/")
        first = client.get("/fr/")
        second = client.get("/fr/")
    finally:
        cache.clear()
    assert (fresh["X-Page-Cache"], first["X-Page-Cache"], second["X-Page-Cache"]) == (
        "miss",
        "hit",
        "hit",
    )
    for response in (fresh, first, second):
        assert "nonce" not in response["Content-Security-Policy"]
        assert "nonce" not in response.content.decode()
    assert fresh["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]


def test_only_the_admin_gets_inline_allowances(client):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy
    assert "'unsafe-inline'" not in client.get("/fr/mentions-legales/")["Content-Security-Policy"]


def test_security_headers_on_every_page(client):
    response = client.get("/fr/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_uploaded_document_is_downloaded_with_safe_headers(client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    document = Document(title="Liste des lieux")
    document.file.save("lieux.csv", ContentFile(b"id,nom\n1,<script>alert(1)</script>\n"))
    document.save()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.fixture
def lockable_editor(django_user_model, settings):
    settings.AXES_ENABLED = True
    return django_user_model.objects.create_user("redactrice", password="le-bon-mot-de-passe")


def _log_in(client, password):
    return client.post("/admin/login/", {"username": "redactrice", "password": password})


def test_admin_login_works_with_the_lockout_on(client, lockable_editor):
    assert _log_in(client, "le-bon-mot-de-passe").status_code == 302


def test_admin_login_is_locked_after_repeated_failures(client, lockable_editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _log_in(client, "mauvais").status_code == 200
    locked = _log_in(client, "mauvais")
    assert locked.status_code == 429
    assert "Connexion bloquée" in locked.content.decode()
    # Even the right password is refused while the lockout lasts.
    again = _log_in(client, "le-bon-mot-de-passe")
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_behind_the_proxy_locks_one_visitor_not_everyone(
    client, lockable_editor, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    attacker = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    editor = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    credentials = {"username": "redactrice", "password": "mauvais"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post("/admin/login/", credentials, **attacker)
    assert response.status_code == 429
    good = {"username": "redactrice", "password": "le-bon-mot-de-passe"}
    assert client.post("/admin/login/", good, **editor).status_code == 302


def test_lockout_page_is_translated(client, lockable_editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            "/admin/login/",
            {"username": "redactrice", "password": "wrong"},
            HTTP_ACCEPT_LANGUAGE="en",
        )
    assert response.status_code == 429
    assert "Login blocked" in response.content.decode()
    assert "Try again in 30 minutes." in response.content.decode()


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),  # no trusted proxy: X-Forwarded-For is ignored
        (1, "198.51.100.7, 203.0.113.9", "203.0.113.9"),  # the proxy's own entry
        (2, "198.51.100.7, 203.0.113.9", "198.51.100.7"),
        (3, "203.0.113.9", "10.0.0.1"),  # fewer entries than proxies: not trusted
        (1, "198.51.100.7, not-an-address", "10.0.0.1"),  # garbage: the socket's address
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_address_for_lockouts(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.1")
    assert client_address(request) == expected
