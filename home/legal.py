"""What the personal data page says about each processing of personal data the hub does: purpose,
legal basis, data, retention. Durations that code enforces are read from it where this app may
import it (tests check the page against the consultations' rules)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


def processings():
    """(name, purpose, legal basis, data, retention) of every processing, in the reader's
    language."""
    lockout = settings.LOGIN_LOCKOUT_MINUTES
    return [
        (
            _("Propositions de pratiques"),
            _("Examiner votre proposition, vous répondre et publier la fiche qui en est tirée."),
            _("Mission d’intérêt public (article 6.1.e du RGPD)."),
            _(
                "Nom, structure, adresse électronique (jamais publiés) ; contenu de la "
                "proposition et fichiers joints (publiés s’ils sont retenus)."
            ),
            _(
                "Coordonnées effacées 3 ans après le dernier échange ; la fiche publiée reste en "
                "ligne sans elles."
            ),
        ),
        (
            _("Contributions aux consultations"),
            _(
                "Publier votre contribution sous votre pseudonyme, confirmer vos envois, vous "
                "informer de la décision de modération et de la synthèse."
            ),
            _("Consentement (article 6.1.a du RGPD), retirable à tout moment."),
            _(
                "Pseudonyme, profil, département, commune (publiés) ; adresse électronique "
                "(jamais publiée ni exportée)."
            ),
            _(
                "Contribution ou soutien non confirmé : 30 jours. Adresse : 12 mois après la "
                "clôture de la dernière consultation à laquelle vous avez participé."
            ),
        ),
        (
            _("Courriels envoyés par le site"),
            _(
                "Accusés de réception, confirmations et avis de publication liés à vos envois "
                "(le site n’envoie aucune lettre d’information)."
            ),
            _("Les mêmes que le traitement qui les déclenche."),
            _("Adresse électronique, objet et texte du message, état de l’envoi."),
            _("Supprimés avec les données du traitement qui les a déclenchés."),
        ),
        (
            _("Journaux techniques"),
            _("Assurer la sécurité et le bon fonctionnement du site."),
            _("Intérêt légitime et obligation de sécurité (article 32 du RGPD)."),
            _("Adresse IP, date, page demandée, navigateur."),
            _("12 mois au plus, chez l’hébergeur."),
        ),
        (
            _("Protection de l’espace d’administration"),
            _("Bloquer les tentatives répétées de connexion avec un mauvais mot de passe."),
            _("Intérêt légitime (sécurité des comptes des éditeurs)."),
            _("Identifiant saisi, adresse IP, date des tentatives échouées."),
            ngettext(
                "Blocage levé après %(minutes)s minute ; tentatives effacées à la connexion "
                "réussie.",
                "Blocage levé après %(minutes)s minutes ; tentatives effacées à la connexion "
                "réussie.",
                lockout,
            )
            % {"minutes": lockout},
        ),
    ]
