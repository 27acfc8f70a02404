"""Public views of case-study submissions: the form, its thank-you page, the private status page."""

import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.client import client_address
from practices.models import PracticePage
from submissions.forms import EXTENSIONS, SubmissionForm
from submissions.models import EmailKind, Submission, SubmissionEvent

logger = logging.getLogger(__name__)


def _rate_key(request):
    return f"practices:submissions:{client_address(request)}"


def _over_rate_limit(request):
    return cache.get(_rate_key(request), 0) >= settings.SUBMISSION_RATE_LIMIT


def _count_submission(request):
    key = _rate_key(request)
    if cache.add(key, 1, timeout=settings.SUBMISSION_RATE_WINDOW):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=settings.SUBMISSION_RATE_WINDOW)


def _inspiring_page(request):
    raw = request.GET.get("inspire", "")
    if not raw.isdigit():
        return None
    return PracticePage.objects.live().public().filter(pk=int(raw)).first()


@transaction.atomic
def save_submission(form, language):
    """Store the submission and its files first; emails only wait in the outbox."""
    submission = form.save(commit=False)
    submission.language = language
    submission.save()
    form.save_m2m()
    for checked in form.cleaned_data["attachments"]:
        stored = submission.files.create(
            original_name=checked.name,
            kind=checked.kind,
            content_type=checked.content_type,
            size=len(checked.content),
            file=ContentFile(
                checked.content, name=f"{secrets.token_hex(8)}.{EXTENSIONS[checked.content_type]}"
            ),
        )
        logger.info("Submission %s: stored %s", submission.pk, stored.file.name)
    submission.log(SubmissionEvent.Kind.RECEIVED)
    submission.queue_email(
        EmailKind.MODERATORS,
        settings.MODERATORS_EMAIL,
        "submissions/emails/moderators",
        {"admin_url": submission.admin_url()},
    )
    submission.queue_email(
        EmailKind.CONFIRMATION,
        [submission.submitter_email],
        "submissions/emails/confirmation",
        {"status_url": submission.status_url()},
    )
    return submission


@never_cache
@require_http_methods(["GET", "POST"])
def submit_practice(request):
    inspiring = _inspiring_page(request)
    status = 200
    if request.method == "POST":
        if _over_rate_limit(request):
            return render(
                request,
                "submissions/rate_limited.html",
                {"window_minutes": settings.SUBMISSION_RATE_WINDOW // 60},
                status=429,
            )
        form = SubmissionForm(request.POST, request.FILES)
        if form.is_valid():
            submission = save_submission(form, get_language() or settings.LANGUAGE_CODE)
            _count_submission(request)
            request.session["practices_last_submission"] = submission.token
            return redirect("practice_submit_done")
        form.restart_clock()
        status = 400
        inspiring = form.cleaned_data.get("inspired_by") or inspiring
    else:
        form = SubmissionForm(initial={"inspired_by": inspiring.pk if inspiring else None})
    return render(
        request,
        "submissions/form.html",
        {"form": form, "inspiring": inspiring, "files_lost": bool(request.FILES)},
        status=status,
    )


@never_cache
def submission_done(request):
    token = request.session.get("practices_last_submission")
    submission = Submission.objects.filter(token=token).first() if token else None
    if submission is None:
        return redirect("practice_submit")
    return render(request, "submissions/done.html", {"submission": submission})


@never_cache
def submission_status(request, token):
    """Where a submission stands, for whoever holds the unguessable link in the email."""
    submission = get_object_or_404(Submission.objects.select_related("page"), token=token)
    response = render(request, "submissions/status.html", {"submission": submission})
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def submit_url_for(page):
    """The form pre-filled as "inspired by" this card (for the card's "I reproduced it" link)."""
    return f"{reverse('practice_submit')}?inspire={page.pk}"
