"""Every public page type the browser tests visit, in French and English.

To put a new page type under the accessibility, CSP and keyboard checks, add one line here: a
name and its URL in each language. The URL must exist in the demo content that
`manage.py setup_site` and `manage.py load_demo` build (or, for error pages, must not exist at
all).
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
    PublicPage("orientations", "/fr/orientations/", "/en/orientations/"),
    PublicPage(
        "orientation",
        "/fr/orientations/former-les-equipes/",
        "/en/orientations/train-library-staff/",
    ),
    PublicPage("guides", "/fr/guides-pratiques/", "/en/practical-guides/"),
    PublicPage(
        "guide",
        "/fr/guides-pratiques/accueillir-une-demande-d-aide-en-ligne/",
        "/en/practical-guides/welcoming-a-request-for-online-help/",
    ),
    PublicPage("practices", "/fr/bonnes-pratiques/", "/en/good-practices/"),
    PublicPage(
        "practice-card",
        "/fr/bonnes-pratiques/permanence-aidants-connect-a-la-mediatheque/",
        "/en/good-practices/an-aidants-connect-desk-at-the-library/",
    ),
    PublicPage(
        "practice-card-print",
        "/fr/bonnes-pratiques/permanence-aidants-connect-a-la-mediatheque/?print=1",
        "/en/good-practices/an-aidants-connect-desk-at-the-library/?print=1",
    ),
    PublicPage(
        "search-with-filters",
        "/fr/recherche/?q=numerique&territory=bourgs-ruraux&theme=demarches-administratives",
        "/en/search/?q=digital&territory=bourgs-ruraux",
    ),
    PublicPage("search-empty", "/fr/recherche/", "/en/search/"),
    PublicPage("submission-form", "/fr/proposer-une-pratique/", "/en/submit-a-practice/"),
    PublicPage("actors-directory-and-map", "/fr/acteurs/", "/en/actors/"),
    PublicPage("actors-filtered", "/fr/acteurs/?departement=69", "/en/actors/?departement=69"),
    PublicPage("territory-picker", "/fr/territoires/", "/en/territories/"),
    PublicPage(
        "territory-choices", "/fr/territoires/?q=saint-denis", "/en/territories/?q=st+denis"
    ),
    PublicPage(
        "territory-commune", "/fr/territoires/15001-allanche/", "/en/territories/15001-allanche/"
    ),
    PublicPage(
        "territory-department",
        "/fr/territoires/departement-15/",
        "/en/territories/department-15/",
    ),
    PublicPage(
        "territory-unknown",
        "/fr/territoires/99999-nulle-part/",
        "/en/territories/99999-nowhere/",
        status=404,
    ),
    PublicPage("consultations", "/fr/consultations/", "/en/consultations/"),
    PublicPage(
        "consultation",
        "/fr/consultations/consultation-orientation-1/",
        "/en/consultations/consultation-orientation-1/",
    ),
    PublicPage(
        "moderation-charter",
        "/fr/consultations/charte-de-moderation/",
        "/en/consultations/moderation-charter/",
    ),
]


def public_urls():
    """(id, url, language, expected status) for pytest.mark.parametrize."""
    for page in PUBLIC_PAGES:
        for lang in ("fr", "en"):
            yield f"{page.name}-{lang}", getattr(page, lang), lang, page.status
