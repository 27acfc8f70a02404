"""Public views of a consultation: contribute, confirm by the e-mail link, support, report,
withdraw. None of them is cached; the consultation page itself (a Wagtail page) holds no form,
so it stays in the page cache and every form lives on its own page."""

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from consultations import moderation, notify, tokens
from consultations.forms import ContributionForm, EmailForm, ReportForm, WithdrawForm
from consultations.models import (
    ConsultationPage,
    Contribution,
    ContributionEvent,
    Participant,
    Report,
    Support,
)
from core.antiabuse import RateLimit
from core.message_page import Link, bad_link_page, message_page

CONTRIBUTIONS = RateLimit("consultations:contributions")
SUPPORTS = RateLimit("consultations:supports")
REPORTS = RateLimit("consultations:reports")
SESSION_KEY = "consultation_participant"


def _language():
    return get_language() or settings.LANGUAGE_CODE


def _consultation(page_id):
    page = ConsultationPage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page


def _published(pk):
    contribution = (
        Contribution.objects.select_related("consultation")
        .filter(pk=pk, state=Contribution.State.PUBLISHED)
        .first()
    )
    if contribution is None:
        raise Http404
    return contribution


def _page_for(contribution):
    """The consultation page a visitor of this language reads the contribution on."""
    return contribution.consultation.in_language(_language())


def _back(page):
    """The link of a short answer back to its consultation page."""
    if page is None:
        return None
    return Link(
        _("Retour à la consultation « %(title)s »") % {"title": page.title},
        page.get_url(),
        back=True,
    )


def rate_limited(request, page=None):
    return message_page(
        request,
        _("Trop d’envois depuis votre connexion"),
        _(
            "Pour protéger la consultation des envois automatiques, le nombre d’envois par "
            "connexion est limité. Réessayez dans %(minutes)d minutes : rien de ce qui a déjà "
            "été envoyé n’est perdu."
        )
        % {"minutes": settings.SUBMISSION_RATE_WINDOW // 60},
        status=429,
        link=_back(page),
    )


@transaction.atomic
def save_contribution(form, page, parent, language):
    """Store the contribution first, then queue the confirmation link (outbox)."""
    email = form.cleaned_data["email"].strip().lower()
    participant, _created = Participant.objects.get_or_create(email=email)
    contribution = form.save(commit=False)
    contribution.consultation = page.source()
    contribution.parent = parent
    contribution.section = parent.section if parent else form.cleaned_data.get("section", "")
    contribution.participant = participant
    contribution.language = language
    contribution.save()
    contribution.log(ContributionEvent.Kind.RECEIVED)
    notify.confirm_contribution(contribution)
    return contribution


@never_cache
@require_http_methods(["GET", "POST"])
def contribute(request, page_id):
    page = _consultation(page_id)
    parent = None
    raw_parent = request.POST.get("reponse") or request.GET.get("reponse") or ""
    if raw_parent:
        if not raw_parent.isdigit():
            raise Http404
        parent = _published(int(raw_parent))
        if parent.parent_id or parent.consultation_id != page.source().pk:
            raise Http404  # one level of replies, within this consultation
    status = 200
    if request.method == "POST":
        if CONTRIBUTIONS.exceeded(request):
            return rate_limited(request, page)
        form = ContributionForm(request.POST, consultation=page, parent=parent)
        # The source page's dates rule (a translation may lag behind an edit of them).
        if not page.source().is_open():
            # Keep what was typed on screen, so nothing is lost, and say why it is not taken.
            form.is_valid()
            form.add_error(None, _closed_text(page))
            status = 403
        elif form.is_valid():
            save_contribution(form, page, parent, _language())
            CONTRIBUTIONS.count(request)
            return redirect("consultation_contribution_sent", page.pk)
        else:
            status = 400
        form.restart_clock()
    else:
        form = ContributionForm(consultation=page, parent=parent)
    return render(
        request,
        "consultations/contribute.html",
        {
            "consultation": page,
            "form": form,
            "parent": parent,
            "is_open": page.is_open(),
            "closed_text": "" if page.is_open() else _closed_text(page),
            "charter_url": _charter_url(),
        },
        status=status,
    )


def _closed_text(page):
    from django.utils.formats import date_format
    from django.utils.timezone import localtime

    if page.is_closed():
        return _(
            "La consultation est close depuis le %(date)s : les contributions ne sont plus "
            "reçues. Votre texte reste affiché ci-dessous pour que vous puissiez le garder."
        ) % {"date": date_format(localtime(page.closes_at), "DATE_FORMAT")}
    return _("La consultation ouvre le %(date)s : revenez à cette date.") % {
        "date": date_format(localtime(page.opens_at), "DATE_FORMAT")
    }


def _charter_url():
    from wagtail.models import Page

    from consultations.structure import CHARTER_SLUG

    charter = (
        Page.objects.live()
        .filter(slug__in=CHARTER_SLUG.values(), locale__language_code=_language())
        .first()
    )
    return charter.url if charter else ""


@never_cache
def contribution_sent(request, page_id):
    page = _consultation(page_id)
    return message_page(
        request,
        _("Merci ! Confirmez votre adresse"),
        _(
            "Votre contribution est enregistrée. Nous vous avons écrit : cliquez sur le lien du "
            "courriel dans les %(days)d jours pour la confirmer. Elle sera ensuite relue par "
            "l’équipe de modération avant d’être publiée."
        )
        % {"days": tokens.MAX_AGE[tokens.CONFIRM].days},
        link=_back(page),
    )


def _contribution_email(pk):
    return Contribution.objects.filter(pk=pk).values_list("participant__email", flat=True).first()


def bad_link(request):
    return bad_link_page(
        request,
        _(
            "Le lien est incomplet ou a été modifié. Copiez-le en entier depuis le courriel, "
            "ou écrivez-nous si le problème persiste."
        ),
    )


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        pk = tokens.read(tokens.CONFIRM, token, _contribution_email)
    except tokens.BadLink:
        return bad_link(request)
    except tokens.ExpiredLink as expired:
        contribution = Contribution.objects.select_related("participant").get(pk=expired.pk)
        if request.method == "POST" and contribution.state == Contribution.State.UNCONFIRMED:
            with transaction.atomic():
                notify.confirm_contribution(contribution)
            return message_page(
                request,
                _("Nouveau lien envoyé"),
                _("Un nouveau lien de confirmation vient d’être envoyé à votre adresse."),
                link=_back(_page_for(contribution)),
            )
        return message_page(
            request,
            _("Ce lien a expiré"),
            _(
                "Les liens de confirmation valent %(days)d jours. Votre contribution est "
                "toujours enregistrée : demandez un nouveau lien, il sera envoyé à la même adresse."
            )
            % {"days": tokens.MAX_AGE[tokens.CONFIRM].days},
            status=410,
            link=_back(_page_for(contribution)),
            button=_("Recevoir un nouveau lien"),
        )
    with transaction.atomic():
        contribution = (
            Contribution.objects.select_for_update(of=("self",))
            .select_related("participant", "consultation")
            .get(pk=pk)
        )
        first_time = contribution.state == Contribution.State.UNCONFIRMED
        if first_time:
            now = timezone.now()
            contribution.state = Contribution.State.PENDING
            contribution.confirmed_at = now
            contribution.save(update_fields=["state", "confirmed_at"])
            Participant.objects.filter(pk=contribution.participant_id, confirmed_at=None).update(
                confirmed_at=now
            )
            contribution.log(ContributionEvent.Kind.CONFIRMED)
            notify.tell_moderators(contribution)
    request.session[SESSION_KEY] = contribution.participant_id
    return message_page(
        request,
        _("Adresse confirmée") if first_time else _("Adresse déjà confirmée"),
        _(
            "Merci. Votre contribution est transmise à l’équipe de modération ; vous recevrez "
            "un courriel dès qu’elle sera publiée, ou si elle ne peut pas l’être."
        ),
        link=_back(_page_for(contribution)),
    )


def _count_support(support):
    now = timezone.now()
    updated = Support.objects.filter(pk=support.pk, confirmed_at=None).update(confirmed_at=now)
    if updated:
        Contribution.objects.filter(pk=support.contribution_id).update(
            support_count=F("support_count") + 1
        )
        Participant.objects.filter(pk=support.participant_id, confirmed_at=None).update(
            confirmed_at=now
        )
    return bool(updated)


def _already_supported(request, contribution):
    return message_page(
        request,
        _("Vous soutenez déjà cette contribution"),
        _("Une adresse ne compte qu’un soutien par contribution : le vôtre est déjà compté."),
        link=_back(_page_for(contribution)),
    )


def _closed(request, contribution):
    page = _page_for(contribution)
    return message_page(
        request, _("Consultation close"), _closed_text(page), status=403, link=_back(page)
    )


@never_cache
@require_http_methods(["GET", "POST"])
def support(request, pk):
    contribution = _published(pk)
    page = _page_for(contribution)
    if not contribution.consultation.is_open():
        return _closed(request, contribution)
    participant = Participant.objects.filter(
        pk=request.session.get(SESSION_KEY), confirmed_at__isnull=False
    ).first()
    data = request.POST if request.method == "POST" else None
    form = EmailForm(data) if participant is None else WithdrawForm(data)
    status = 200
    if request.method == "POST":
        if SUPPORTS.exceeded(request):
            return rate_limited(request, page)
        if form.is_valid():
            SUPPORTS.count(request)
            with transaction.atomic():
                if participant is not None:
                    # This browser already proved it reads this address's mail.
                    held, _created = Support.objects.get_or_create(
                        contribution=contribution, participant=participant
                    )
                    if not _count_support(held):
                        return _already_supported(request, contribution)
                    return message_page(
                        request,
                        _("Merci pour votre soutien"),
                        _("Votre soutien est compté."),
                        link=_back(page),
                    )
                email = form.cleaned_data["email"].strip().lower()
                someone, _created = Participant.objects.get_or_create(email=email)
                held, _created = Support.objects.get_or_create(
                    contribution=contribution, participant=someone
                )
                # Sent even for a support already counted: the link then says so, and this
                # page never tells a stranger whether an address took part.
                notify.confirm_support(held, _language())
            return message_page(
                request,
                _("Confirmez votre soutien"),
                _(
                    "Nous vous avons écrit : cliquez sur le lien du courriel dans les %(days)d "
                    "jours pour que votre soutien soit compté."
                )
                % {"days": tokens.MAX_AGE[tokens.SUPPORT].days},
                link=_back(page),
            )
        status = 400
        if isinstance(form, EmailForm):
            form.restart_clock()
    return render(
        request,
        "consultations/support.html",
        {"consultation": page, "contribution": contribution, "form": form},
        status=status,
    )


def _support_email(pk):
    return Support.objects.filter(pk=pk).values_list("participant__email", flat=True).first()


@never_cache
def support_confirm(request, token):
    try:
        pk = tokens.read(tokens.SUPPORT, token, _support_email)
    except tokens.BadLink:
        return bad_link(request)
    except tokens.ExpiredLink as expired:
        held = Support.objects.select_related("contribution").get(pk=expired.pk)
        return message_page(
            request,
            _("Ce lien a expiré"),
            _(
                "Les liens de confirmation valent %(days)d jours : cliquez à nouveau sur "
                "« Je soutiens » pour en recevoir un autre."
            )
            % {"days": tokens.MAX_AGE[tokens.SUPPORT].days},
            status=410,
            link=_back(_page_for(held.contribution)),
        )
    held = Support.objects.select_related("contribution__consultation").get(pk=pk)
    contribution = held.contribution
    if contribution.state != Contribution.State.PUBLISHED:
        raise Http404
    if not contribution.consultation.is_open():
        return _closed(request, contribution)
    with transaction.atomic():
        counted = _count_support(held)
    request.session[SESSION_KEY] = held.participant_id
    if not counted:
        return _already_supported(request, contribution)
    return message_page(
        request,
        _("Merci pour votre soutien"),
        _("Votre soutien est compté."),
        link=_back(_page_for(contribution)),
    )


@never_cache
@require_http_methods(["GET", "POST"])
def report(request, pk):
    contribution = _published(pk)
    page = _page_for(contribution)
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if REPORTS.exceeded(request):
            return rate_limited(request, page)
        if form.is_valid():
            REPORTS.count(request)
            with transaction.atomic():
                Report.objects.create(contribution=contribution, reason=form.cleaned_data["reason"])
                Contribution.objects.filter(pk=contribution.pk).update(
                    report_count=F("report_count") + 1
                )
                contribution.log(
                    ContributionEvent.Kind.REPORTED, message=form.cleaned_data["reason"]
                )
            return message_page(
                request,
                _("Merci pour votre signalement"),
                _("L’équipe de modération va relire cette contribution au regard de la charte."),
                link=_back(page),
            )
        status = 400
        form.restart_clock()
    return render(
        request,
        "consultations/report.html",
        {"consultation": page, "contribution": contribution, "form": form},
        status=status,
    )


def _participant_email(pk):
    return Participant.objects.filter(pk=pk).values_list("email", flat=True).first()


@transaction.atomic
def withdraw_participant(participant):
    """Withdraw every contribution of this address and forget it: texts, pseudonym and place
    are emptied (the history keeps the steps, not the words), its supports are uncounted and
    the address is deleted."""
    for held in Support.objects.filter(participant=participant, confirmed_at__isnull=False):
        Contribution.objects.filter(pk=held.contribution_id).update(
            support_count=F("support_count") - 1
        )
    contributions = list(Contribution.objects.filter(participant=participant))
    for contribution in contributions:
        contribution.log(ContributionEvent.Kind.WITHDRAWN)
        contribution.events.exclude(kind=ContributionEvent.Kind.WITHDRAWN).update(message="")
    Contribution.objects.filter(participant=participant).update(
        state=Contribution.State.WITHDRAWN,
        title="",
        body="",
        pseudonym="",
        commune="",
        rejection_reason="",
        participant=None,
    )
    participant.delete()
    moderation.refresh_pages()
    return len(contributions)


@never_cache
@require_http_methods(["GET", "POST"])
def withdraw(request, token):
    try:
        pk = tokens.read(tokens.WITHDRAW, token, _participant_email)
    except (tokens.BadLink, tokens.ExpiredLink):
        return bad_link(request)
    participant = Participant.objects.get(pk=pk)
    if request.method == "POST":
        count = withdraw_participant(participant)
        request.session.pop(SESSION_KEY, None)
        return message_page(
            request,
            _("Vos contributions sont retirées"),
            _(
                "%(count)d contribution(s) retirée(s) ; votre adresse est effacée. Vos soutiens "
                "ne sont plus comptés."
            )
            % {"count": count},
        )
    return message_page(
        request,
        _("Retirer vos contributions"),
        _(
            "Toutes les contributions envoyées avec votre adresse (%(count)d) seront retirées du "
            "site, leur texte effacé, vos soutiens décomptés et votre adresse supprimée. Cette "
            "action est définitive."
        )
        % {"count": participant.contributions.count()},
        button=_("Retirer mes contributions et effacer mon adresse"),
    )
