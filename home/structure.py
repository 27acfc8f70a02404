"""Structure of the home app that `setup_site` builds (idempotent): the home page, the default
site and the footer pages (accessibility statement, legal notice, personal data, site map), in
French and English. They are part of the site, not demo content."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from core.pages import ensure_child, ensure_translation
from home.models import ContentPage, HomePage, SitemapPage

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
        "de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique au centre de ressources "
        "« Bibliothèques et inclusion numérique ».</p>"
        "<h2>État de conformité</h2><p>Ce site est <strong>partiellement conforme</strong> au référentiel "
        "général d’amélioration de l’accessibilité (RGAA 4.1) : aucun audit complet n’a encore été "
        "conduit. Chaque modification du site est vérifiée automatiquement dans un navigateur (règles "
        "WCAG 2.1 A et AA avec axe-core, navigation au clavier) sur tous les types de pages publiques, "
        "en français et en anglais.</p>"
        "<h2>Contenus non accessibles</h2><ul><li>La carte des acteurs n’est pas utilisable sans la "
        "vue ; la liste des acteurs, sous la carte, donne les mêmes informations et reste le "
        "moyen d’accès de référence.</li><li>Les documents joints aux fiches par les structures qui les "
        "proposent (PDF, images) peuvent ne pas être accessibles : demandez-nous une version "
        "accessible.</li></ul>"
        "<h2>Établissement de cette déclaration</h2><p>Déclaration établie le 26 novembre 2026, à partir "
        "des tests automatiques décrits ci-dessus (Chromium, axe-core).</p>"
        "<h2>Retour d’information et contact</h2><p>Si vous ne parvenez pas à accéder à un contenu ou à "
        'un service, écrivez à <a href="mailto:accessibilite@inclusion-numerique.example">'
        "accessibilite@inclusion-numerique.example</a> : nous vous répondrons et "
        "vous proposerons une alternative accessible.</p>"
        "<h2>Voies de recours</h2><p>Si vous constatez un défaut d’accessibilité qui vous empêche "
        "d’accéder à un contenu, que vous nous l’avez signalé et que vous n’avez pas obtenu de réponse "
        "satisfaisante, vous pouvez saisir le Défenseur des droits : par son formulaire en ligne, en "
        "contactant le délégué du Défenseur des droits de votre région, ou par courrier gratuit, sans "
        "affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</p>",
        "<p>The Ministry of Culture is committed to making this site accessible, as French law requires "
        "(article 47 of law 2005-102 of 11 February 2005).</p>"
        "<h2>Compliance status</h2><p>This site is <strong>partially compliant</strong> with the French "
        "accessibility framework (RGAA 4.1): no full audit has been carried out yet. Every change is "
        "checked automatically in a browser (WCAG 2.1 A and AA rules with axe-core, keyboard use) on "
        "every type of public page, in French and English.</p>"
        "<h2>Content that is not accessible</h2><ul><li>The actors’ map needs sight; the list of actors "
        "below it gives the same information and remains the main way in.</li><li>Documents attached "
        "to cards by the organisations that propose them may not be accessible: ask us for an "
        "accessible version.</li></ul>"
        "<h2>Feedback and contact</h2><p>If you cannot reach some content, write to "
        '<a href="mailto:accessibilite@inclusion-numerique.example">'
        "accessibilite@inclusion-numerique.example</a> and we will offer an accessible alternative.</p>"
        "<h2>Remedies</h2><p>If you reported a problem and did not get a satisfactory answer, you can "
        "refer the matter to the Défenseur des droits (the French ombudsman): online form, regional "
        "delegate, or free post to Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</p>",
    ),
    (
        "mentions-legales",
        "Mentions légales",
        "Legal notice",
        "legal-notice",
        "<p>Site publié par le ministère de la Culture en lien avec l’Agence nationale de la "
        "cohésion des territoires. Les contenus sont publiés sous Licence Ouverte / Etalab 2.0, "
        "sauf mention contraire.</p><p>Données des lieux de médiation numérique : Cartographie nationale des lieux "
        "d’inclusion numérique (ANCT), Licence Ouverte 2.0.</p>",
        "<p>Site published by the French Ministry of Culture with the national territorial "
        "cohesion agency (ANCT). Content is published under the Licence Ouverte / Etalab 2.0 "
        "unless stated otherwise.</p><p>Data on digital mediation places: national map of "
        "digital inclusion places (ANCT), Licence Ouverte 2.0.</p>",
    ),
    (
        "donnees-personnelles",
        "Données personnelles",
        "Personal data",
        "personal-data",
        "<p>Ce site ne dépose aucun cookie de mesure d’audience. Les informations transmises avec le "
        "formulaire de proposition d’une pratique (nom, structure, courriel) servent uniquement à "
        "vous répondre et ne sont jamais publiées.</p>"
        "<h2>Consultations publiques</h2><p>Pour contribuer ou soutenir une contribution, vous "
        "donnez un pseudonyme, un profil, un département (et si vous le souhaitez une commune), "
        "qui sont publiés avec votre contribution, et une adresse électronique, qui ne l’est "
        "jamais et ne figure dans aucun export. L’adresse sert à confirmer vos envois, à vous "
        "dire si votre contribution est publiée ou refusée (avec le motif) et à vous prévenir de "
        "la publication de la synthèse.</p><p>Durées de conservation : une contribution ou un "
        "soutien non confirmé est effacé au bout de 30 jours ; votre adresse est effacée 12 mois "
        "après la clôture de la dernière consultation à laquelle vous avez participé, vos "
        "contributions restant publiées sous votre pseudonyme. Chaque courriel contient un lien "
        "pour retirer à tout moment toutes vos contributions : leur texte est effacé, vos "
        "soutiens décomptés et votre adresse supprimée.</p>"
        "<h2>Alertes de recherche</h2><p>Pour suivre une recherche par courriel, vous donnez une "
        "adresse électronique et une fréquence. L’adresse sert uniquement à confirmer l’alerte "
        "puis à vous envoyer les nouveautés de la recherche ; elle n’est ni publiée ni "
        "transmise. Une alerte non confirmée est effacée au bout de 7 jours ; chaque courriel "
        "contient un lien pour se désabonner en un clic et un lien pour gérer vos alertes. Votre "
        "adresse est effacée avec votre dernière alerte. Les flux RSS et Atom ne demandent "
        "aucune donnée.</p>",
        "<p>This site sets no audience-measurement cookie. The details sent with the practice "
        "submission form (name, organisation, email) are only used to reply to you and are never "
        "published.</p>"
        "<h2>Public consultations</h2><p>To contribute or support a contribution you give a "
        "pseudonym, a profile and a department (and, if you wish, a commune), published with "
        "your contribution, and an e-mail address, which never is and appears in no export. The "
        "address confirms what you send, tells you whether your contribution was published or "
        "refused (with the reason) and when the synthesis is out.</p><p>Retention: an "
        "unconfirmed contribution or support is erased after 30 days; your address is erased 12 "
        "months after the last consultation you took part in closed, your contributions staying "
        "published under your pseudonym. Every e-mail holds a link to withdraw all your "
        "contributions at any time: their text is erased, your supports uncounted and your "
        "address deleted.</p>"
        "<h2>Search alerts</h2><p>To follow a search by e-mail you give an e-mail address and a "
        "frequency. The address is only used to confirm the alert and then to send you what is "
        "new for that search; it is never published or passed on. An unconfirmed alert is "
        "erased after 7 days; every e-mail holds a one-click unsubscribe link and a link to "
        "manage your alerts. Your address is erased with your last alert. The RSS and Atom "
        "feeds ask for no data.</p>",
    ),
]


# The host the first set-ups gave the default site, whatever BASE_URL said.
PLACEHOLDER_HOST = ("localhost", 80)


def base_url_host() -> tuple[str, int]:
    """Hostname and port of BASE_URL (WAGTAILADMIN_BASE_URL), the site's public address."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default = 443 if parts.scheme == "https" else 80
    return parts.hostname or "localhost", parts.port or default


def build(command):
    tally = command.tally
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale__language_code="fr").first()
    tally.add(HOMES, created=int(home is None), existing=int(home is not None))
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
    site = Site.objects.filter(is_default_site=True).first()
    tally.add("Site", created=int(site is None), existing=int(site is not None))
    hostname, port = base_url_host()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="Bibliothèques et inclusion numérique",
        )
    else:
        if site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "Bibliothèques et inclusion numérique"
        # Absolute links (print view, e-mails, sitemap, og:url) come from the Site: the one that
        # earlier set-ups made with a placeholder host takes the host of BASE_URL. A host that
        # an administrator chose is kept.
        if (site.hostname, site.port) == PLACEHOLDER_HOST:
            site.hostname, site.port = hostname, port
        site.save()

    tally.page(
        HOMES,
        ensure_translation(
            home,
            "en",
            title="Libraries and digital inclusion",
            slug="home",
            intro=HOME_INTRO_EN,
            seo_title="Libraries and digital inclusion – resource hub",
            search_description="Strategic orientations, practical guides and good practices of "
            "libraries for digital inclusion.",
        ),
    )

    for slug, title_fr, title_en, slug_en, text_fr, text_en in FOOTER_PAGES:
        page = tally.page(
            FOOTER,
            ensure_child(
                home,
                ContentPage,
                slug,
                title=title_fr,
                body=[("paragraph", text_fr)],
                legal=LEGAL.get(slug, ""),
            ),
        )
        tally.page(
            FOOTER,
            ensure_translation(
                page, "en", title=title_en, slug=slug_en, body=[("paragraph", text_en)]
            ),
        )
    sitemap = tally.page(
        FOOTER, ensure_child(home, SitemapPage, "plan-du-site", title="Plan du site")
    )
    tally.page(FOOTER, ensure_translation(sitemap, "en", title="Site map", slug="site-map"))
    return home


# The footer pages that show the organisation settings (ContentPage.legal).
LEGAL = {
    "mentions-legales": ContentPage.Legal.LEGAL_NOTICE,
    "donnees-personnelles": ContentPage.Legal.PERSONAL_DATA,
    "accessibilite": ContentPage.Legal.ACCESSIBILITY,
}
HOMES = "Pages d’accueil (fr, en)"
FOOTER = "Pages du pied de page (fr, en)"
