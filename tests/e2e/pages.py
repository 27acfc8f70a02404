"""Every public page type the browser tests visit, in French and English.

To put a new page type under the accessibility, CSP and keyboard checks, add one line here: a
name and its URL in each language. The URL must exist in the demo content that
`manage.py setup_site` builds (or, for error pages, must not exist at all).
"""

from typing import NamedTuple


class PublicPage(NamedTuple):
    name: str
    fr: str
    en: str
    status: int = 200


PUBLIC_PAGES = [
    PublicPage("home", "/fr/", "/en/"),
    PublicPage("content-page", "/fr/mentions-legales/", "/en/legal-notice/"),
    PublicPage("accessibility-statement", "/fr/accessibilite/", "/en/accessibility/"),
    PublicPage("site-map", "/fr/plan-du-site/", "/en/site-map/"),
    PublicPage("not-found", "/fr/cette-page-n-existe-pas/", "/en/no-such-page/", status=404),
]


def public_urls():
    """(id, url, language, expected status) for pytest.mark.parametrize."""
    for page in PUBLIC_PAGES:
        for lang in ("fr", "en"):
            yield f"{page.name}-{lang}", getattr(page, lang), lang, page.status
