"""Demo content of the home app: the home page and the footer pages, in French and English."""

from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomePage, SitemapPage
from hub.pages import ensure_child, ensure_translation

HOME_INTRO_FR = (
    "<p>Les bibliothèques accompagnent chaque jour des personnes éloignées du numérique : "
    "démarches en ligne, emploi, santé, parentalité, usages sûrs. Ce centre de ressources réunit "
    "les orientations du groupe de travail, des guides pratiques et des actions qui ont fait leurs "
    "preuves dans des territoires comme le vôtre.</p>"
)
HOME_INTRO_EN = (
    "<p>Libraries help people who are far from digital tools every day: online administration, "
    "jobs, health, parenting, safe use. This hub brings together the working group’s strategic "
    "orientations, practical guides and actions that worked in territories like yours.</p>"
)

FOOTER_PAGES = [
    # slug, French title, English title, English slug, French text, English text
    (
        "accessibilite",
        "Accessibilité : partiellement conforme",
        "Accessibility: partially compliant",
        "accessibility",
        "<p>Le ministère de la Culture s’engage à rendre ce site accessible conformément à l’article 47 "
        "de la loi n° 2005-102 du 11 février 2005. Ce site est partiellement conforme au référentiel "
        "général d’amélioration de l’accessibilité (RGAA 4.1) : un audit complet reste à conduire. "
        "Les pages publiques sont vérifiées automatiquement (règles WCAG 2.1 A et AA) à chaque "
        "modification.</p><p>Si vous ne parvenez pas à accéder à un contenu ou à un service, "
        "écrivez-nous : nous vous répondrons et vous proposerons une alternative accessible.</p>",
        "<p>The Ministry of Culture is committed to making this site accessible. It is partially "
        "compliant with the French accessibility framework (RGAA 4.1); public pages are checked "
        "automatically against WCAG 2.1 A and AA rules at every change.</p><p>If you cannot reach "
        "some content, write to us and we will offer an accessible alternative.</p>",
    ),
    (
        "mentions-legales",
        "Mentions légales",
        "Legal notice",
        "legal-notice",
        "<p>Éditeur : ministère de la Culture, en lien avec l’Agence nationale de la cohésion des "
        "territoires. Les contenus sont publiés sous Licence Ouverte / Etalab 2.0, sauf mention "
        "contraire.</p><p>Données des lieux de médiation numérique : Cartographie nationale des lieux "
        "d’inclusion numérique (ANCT), Licence Ouverte 2.0.</p>",
        "<p>Publisher: French Ministry of Culture, with the national territorial cohesion agency. "
        "Content is published under the Licence Ouverte / Etalab 2.0 unless stated otherwise.</p>",
    ),
    (
        "donnees-personnelles",
        "Données personnelles",
        "Personal data",
        "personal-data",
        "<p>Ce site ne dépose aucun cookie de mesure d’audience. Les informations transmises avec le "
        "formulaire de proposition d’une pratique (nom, structure, courriel) servent uniquement à "
        "vous répondre et ne sont jamais publiées.</p>",
        "<p>This site sets no audience-measurement cookie. The details sent with the practice "
        "submission form (name, organisation, email) are only used to reply to you and are never "
        "published.</p>",
    ),
]


def load(command):
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale__language_code="fr").first()
    if home is None:
        # Wagtail's first migration leaves a "Welcome" page where the home page should be.
        for welcome in (
            root.get_children().filter(slug="home").exclude(content_type__model="homepage")
        ):
            welcome.delete()
        home = HomePage(
            title="Bibliothèques et inclusion numérique",
            slug="accueil",
            intro=HOME_INTRO_FR,
            seo_title="Bibliothèques et inclusion numérique – centre de ressources",
            search_description="Orientations, guides pratiques et bonnes pratiques des "
            "bibliothèques pour l’inclusion numérique.",
            locale=Locale.objects.get(language_code="fr"),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        command.stdout.write("  page d’accueil créée")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Bibliothèques et inclusion numérique",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Bibliothèques et inclusion numérique"
        site.save()

    ensure_translation(
        home,
        "en",
        title="Libraries and digital inclusion",
        slug="home",
        intro=HOME_INTRO_EN,
        seo_title="Libraries and digital inclusion – resource hub",
        search_description="Strategic orientations, practical guides and good practices of "
        "libraries for digital inclusion.",
    )

    for slug, title_fr, title_en, slug_en, text_fr, text_en in FOOTER_PAGES:
        page, _ = ensure_child(
            home, ContentPage, slug, title=title_fr, body=[("paragraph", text_fr)]
        )
        ensure_translation(page, "en", title=title_en, slug=slug_en, body=[("paragraph", text_en)])
    sitemap, _ = ensure_child(home, SitemapPage, "plan-du-site", title="Plan du site")
    ensure_translation(sitemap, "en", title="Site map", slug="site-map")
    return home
