"""Structure of the consultations app that `setup_site` builds (idempotent): the consultations
index and the moderation charter linked from every contribution form, in French and English."""

from core.pages import ensure_child, ensure_translation, site_home
from core.tally import SECTIONS

CHARTER_SLUG = {"fr": "charte-de-moderation", "en": "moderation-charter"}

CHARTER_FR = (
    "<p>Chacun peut participer aux consultations, sans compte. Pour que le forum reste utile et "
    "respectueux, chaque contribution est relue avant publication.</p>"
    "<h2>Ce qui est publié</h2><ul><li>Des propositions et des réponses en lien avec le sujet "
    "de la consultation.</li><li>Des critiques, même vives, formulées avec respect.</li></ul>"
    "<h2>Ce qui est refusé</h2><ul><li>Les propos injurieux, diffamatoires, discriminatoires ou "
    "contraires à la loi.</li><li>Les données personnelles (les vôtres ou celles d’autrui : "
    "adresse, téléphone, nom d’un agent…).</li><li>La publicité et les messages répétés.</li>"
    "<li>Les contributions sans rapport avec la consultation.</li></ul>"
    "<h2>Comment nous modérons</h2><p>L’équipe de modération publie ou refuse chaque "
    "contribution ; un refus est motivé et le motif vous est envoyé. Elle peut corriger une "
    "coquille, jamais le sens ; chaque correction est gardée dans l’historique. Tout visiteur "
    "peut signaler une contribution publiée.</p>"
    "<h2>Vos données</h2><p>Votre adresse électronique sert à confirmer votre contribution et à "
    "vous écrire ; elle n’est jamais publiée ni exportée. Chaque courriel contient un lien pour "
    "retirer vos contributions et effacer votre adresse.</p>"
)
CHARTER_EN = (
    "<p>Anyone can take part in consultations, without an account. To keep the forum useful and "
    "respectful, every contribution is read before it is published.</p>"
    "<h2>What is published</h2><ul><li>Proposals and replies about the subject of the "
    "consultation.</li><li>Criticism, even sharp, expressed with respect.</li></ul>"
    "<h2>What is refused</h2><ul><li>Insulting, defamatory, discriminatory or unlawful "
    "content.</li><li>Personal data (yours or anyone’s: address, phone number, a staff member’s "
    "name…).</li><li>Advertising and repeated messages.</li><li>Contributions unrelated to the "
    "consultation.</li></ul>"
    "<h2>How we moderate</h2><p>The moderation team publishes or refuses each contribution; a "
    "refusal comes with a reason, sent to you. It may fix a typo, never the meaning; each fix is "
    "kept in the history. Any visitor can report a published contribution.</p>"
    "<h2>Your data</h2><p>Your e-mail address is used to confirm your contribution and to write "
    "to you; it is never published or exported. Every e-mail holds a link to withdraw your "
    "contributions and erase your address.</p>"
)


def build(command):
    from consultations.models import ConsultationIndexPage
    from home.models import ContentPage

    tally = command.tally
    home = site_home("fr")
    index = tally.page(
        SECTIONS,
        ensure_child(
            home,
            ConsultationIndexPage,
            "consultations",
            title="Consultations",
            show_in_menus=True,
            intro="<p>Le groupe de travail soumet ses orientations en projet à tous : élus, "
            "bibliothécaires, médiateurs, associations et habitants. Donnez votre avis, soutenez "
            "les propositions des autres.</p>",
        ),
    )
    tally.page(
        SECTIONS,
        ensure_translation(
            index,
            "en",
            title="Consultations",
            slug="consultations",
            intro="<p>The working group puts its draft orientations to everyone: elected "
            "officials, librarians, mediators, associations and residents. Give your view, "
            "support others’ proposals.</p>",
        ),
    )
    charter = tally.page(
        SECTIONS,
        ensure_child(
            index,
            ContentPage,
            CHARTER_SLUG["fr"],
            title="Charte de modération",
            body=[("paragraph", CHARTER_FR)],
        ),
    )
    tally.page(
        SECTIONS,
        ensure_translation(
            charter,
            "en",
            title="Moderation charter",
            slug=CHARTER_SLUG["en"],
            body=[("paragraph", CHARTER_EN)],
        ),
    )
    return index
