"""Public views: follow a search (form), confirm by the e-mail link, unsubscribe (one click,
RFC 8058), manage one's alerts by a signed link; and the RSS and Atom feeds of any search."""

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from alerts import mail, tokens
from alerts.forms import FollowForm, FrequencyForm
from alerts.models import Alert, Subscriber, delete_alerts
from alerts.searches import describe, normalize, parse, search_path
from core.antiabuse import RateLimit
from core.message_page import Link, bad_link_page, message_page

FOLLOWS = RateLimit("alerts:follow")


def _language():
    lang = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return lang if lang in {"fr", "en"} else "fr"


def _follow_page(request, form, query, status=200):
    response = render(
        request,
        "alerts/follow.html",
        {"form": form, "description": describe(query), "search_url": search_path(query)},
        status=status,
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@transaction.atomic
def _follow(email, query, frequency, request):
    subscriber, _created = Subscriber.objects.get_or_create(email=email)
    alert, created = Alert.objects.get_or_create(
        subscriber=subscriber,
        search=normalize(query),
        lang=query.lang,
        defaults={"frequency": frequency, "site": Site.find_for_request(request)},
    )
    if alert.confirmed_at:
        mail.queue_already_following(alert)
        return
    if not created and alert.frequency != frequency:
        alert.frequency = frequency
        alert.save(update_fields=["frequency"])
    mail.queue_confirmation(alert)


# No CSRF token: the form sits on the search page, which must stay in the page cache (a CSRF
# token would keep it out). Nothing here acts for a logged-in person; the double opt-in, the
# honeypot, the minimum filling time and the rate limit are what protect the form.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def follow(request):
    lang = _language()
    data = request.POST if request.method == "POST" else request.GET
    query = parse(data.get("search", "") if request.method == "POST" else request.GET, lang)
    if request.method == "GET":
        return _follow_page(request, FollowForm(initial={"search": normalize(query)}), query)
    if FOLLOWS.exceeded(request):
        return message_page(
            request,
            _("Trop d’envois depuis votre connexion"),
            _(
                "Pour protéger le service des envois automatiques, le nombre d’alertes créées "
                "par connexion est limité. Réessayez dans %(minutes)d minutes."
            )
            % {"minutes": settings.SUBMISSION_RATE_WINDOW // 60},
            status=429,
        )
    form = FollowForm(request.POST)
    if not form.is_valid():
        form.restart_clock()
        return _follow_page(request, form, query, status=400)
    _follow(
        form.cleaned_data["email"].strip().lower(), query, form.cleaned_data["frequency"], request
    )
    FOLLOWS.count(request)
    return redirect("alerts_follow_sent")


@never_cache
def follow_sent(request):
    return message_page(
        request,
        _("Confirmez votre alerte"),
        _(
            "Nous vous avons écrit : ouvrez le lien du courriel dans les %(days)d jours pour "
            "confirmer l’alerte. Rien ne vous sera envoyé avant cette confirmation."
        )
        % {"days": tokens.MAX_AGE[tokens.CONFIRM].days},
    )


def _alert_email(pk):
    return Alert.objects.filter(pk=pk).values_list("subscriber__email", flat=True).first()


def _subscriber_email(pk):
    return Subscriber.objects.filter(pk=pk).values_list("email", flat=True).first()


def bad_link(request):
    return bad_link_page(
        request,
        _(
            "Le lien est incomplet, a été modifié ou concerne une alerte qui n’existe plus. "
            "Copiez-le en entier depuis le courriel, ou suivez de nouveau la recherche."
        ),
        link=_search_link(),
    )


def _search_link():
    return Link(_("Aller à la recherche"), reverse("search"))


@never_cache
def confirm(request, token):
    try:
        pk = tokens.read(tokens.CONFIRM, token, _alert_email)
    except tokens.ExpiredLink:
        return message_page(
            request,
            _("Ce lien a expiré"),
            _(
                "Le lien de confirmation ne vaut que %(days)d jours. Suivez de nouveau la "
                "recherche pour recevoir un nouveau lien."
            )
            % {"days": tokens.MAX_AGE[tokens.CONFIRM].days},
            status=410,
            link=_search_link(),
        )
    except tokens.BadLink:
        return bad_link(request)
    alert = Alert.objects.select_related("subscriber").get(pk=pk)
    query = parse(alert.search, alert.lang)
    manage = mail.manage_url(alert.subscriber, _language())
    if alert.confirmed_at:
        return message_page(
            request,
            _("Alerte déjà confirmée"),
            _("Cette alerte était déjà confirmée : vous recevez ses nouveautés."),
            link=Link(_("Gérer mes alertes"), manage),
        )
    now = timezone.now()
    Alert.objects.filter(pk=pk, confirmed_at__isnull=True).update(confirmed_at=now, last_run_at=now)
    return message_page(
        request,
        _("Alerte confirmée"),
        _("Vous recevrez %(frequency)s les nouveautés de la recherche %(search)s.")
        % {"frequency": alert.get_frequency_display().lower(), "search": describe(query)},
        link=Link(_("Gérer mes alertes"), manage),
    )


# Mail clients POST here without any token (RFC 8058 one-click): the signed link is the proof.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        pk = tokens.read(tokens.UNSUBSCRIBE, token, _alert_email)
    except (tokens.BadLink, tokens.ExpiredLink):
        if request.method == "POST" and not _alert_email(_token_pk(token)):
            return _unsubscribed(request)  # already gone: a second click changes nothing
        return bad_link(request)
    alert = Alert.objects.get(pk=pk)
    if request.method == "GET":
        # A link opened (or prefetched by a mail scanner) never unsubscribes by itself.
        return message_page(
            request,
            _("Ne plus suivre cette recherche"),
            _("Vous ne recevrez plus les nouveautés de la recherche %(search)s.")
            % {"search": describe(parse(alert.search, alert.lang))},
            button=_("Me désabonner"),
        )
    delete_alerts(Alert.objects.filter(pk=pk))
    return _unsubscribed(request)


def _token_pk(token):
    from django.core import signing

    try:
        return signing.loads(token, salt=tokens.UNSUBSCRIBE)[0]
    except (signing.BadSignature, ValueError, TypeError, IndexError):
        return None


def _unsubscribed(request):
    return message_page(
        request,
        _("Vous êtes désabonné·e"),
        _(
            "Vous ne recevrez plus cette alerte. Si c’était votre dernière alerte, votre "
            "adresse est effacée."
        ),
    )


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    try:
        pk = tokens.read(tokens.MANAGE, token, _subscriber_email)
    except (tokens.BadLink, tokens.ExpiredLink):
        return bad_link(request)
    subscriber = Subscriber.objects.get(pk=pk)
    alerts = subscriber.alerts.order_by("created_at", "pk")
    notice = ""
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "delete-all":
            delete_alerts(alerts)
            return _unsubscribed(request)
        alert = (
            alerts.filter(pk=request.POST.get("alert") or 0).first()
            if ((request.POST.get("alert") or "").isdigit())
            else None
        )
        if alert is None:
            raise Http404
        if action == "delete":
            delete_alerts(Alert.objects.filter(pk=alert.pk))
            if not Subscriber.objects.filter(pk=pk).exists():
                return _unsubscribed(request)
            notice = _("L’alerte est supprimée.")
        elif action == "frequency":
            form = FrequencyForm(request.POST)
            if form.is_valid():
                alert.frequency = form.cleaned_data["frequency"]
                alert.save(update_fields=["frequency"])
                notice = _("La fréquence est enregistrée.")
    rows = [
        {
            "alert": alert,
            "description": describe(parse(alert.search, alert.lang)),
            "search_url": search_path(parse(alert.search, alert.lang)),
        }
        for alert in alerts
    ]
    from alerts.models import Frequency

    response = render(
        request,
        "alerts/manage.html",
        {
            "rows": rows,
            "notice": notice,
            "frequencies": Frequency.choices,
            "email": subscriber.email,
        },
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response
