"""Moderation of submissions: turn one into a practice card draft in review, or reject it."""

import re

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.html import linebreaks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page
from wagtail.rich_text import RichText

from core.models import page_vocabularies
from core.text import ascii_slug
from practices.models import PracticeIndexPage, PracticeLineage, PracticePage
from submissions.models import EmailKind, Submission, SubmissionEvent


def _rich(text):
    """Plain text typed by the public, escaped, as rich text paragraphs."""
    return linebreaks(text.strip(), autoescape=True) if text.strip() else ""


def _unique_slug(parent, title):
    base = ascii_slug(title)[:70] or "fiche"
    slug, counter = base, 2
    while Page.objects.child_of(parent).filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


def _steps(text):
    """One step per paragraph: its first line is the step title, the rest its detail."""
    steps = []
    for paragraph in [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]:
        if not paragraph:
            continue
        first, _sep, rest = paragraph.partition("\n")
        title = first if len(first) <= 200 else first[:199] + "…"
        detail = rest if len(first) <= 200 else paragraph
        steps.append(("step", {"title": title, "text": RichText(_rich(detail))}))
    return steps


# "CCAS de Saint-Essai : repérage" or "France Services – ateliers": the name, then its role after
# a colon or a spaced dash (a hyphen inside a name, "Saint-Essai", is no separator).
PARTNER_ROLE = re.compile(r"\s*:\s*|\s+[–—-]\s+")


def _partners(text):
    """One partner block per line: "name : role" gives both; a line without a role, the name."""
    blocks = []
    for line in (line.strip(" -•\t") for line in text.splitlines()):
        if not line:
            continue
        name, _sep, role = (part.strip() for part in _split_partner(line))
        if not name:  # ": role" with no name: keep the whole line as the name
            name, role = line, ""
        blocks.append(("partner", {"name": name[:200], "kind": "", "role": role[:300]}))
    return blocks


def _split_partner(line):
    match = PARTNER_ROLE.search(line)
    if not match:
        return line, "", ""
    return line[: match.start()], match.group(), line[match.end() :]


DRAFT_COLLECTION = "Pièces des propositions en cours de modération"


def draft_collection() -> Collection:
    """Where a submission's documents wait while its card is a draft: a collection only signed-in
    people (the editorial team: the site has no other accounts) can download from. Publishing the
    card moves them to the public collection (`release_documents`)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=DRAFT_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=DRAFT_COLLECTION)
    if not collection.view_restrictions.exists():
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


def release_documents(sender, instance, **kwargs):
    """Receiver of page_published: the documents of a published card leave the private
    collection of drafts (its images are public files anyway: they are not copied there)."""
    attachments = getattr(instance, "attachments", None)
    if not attachments:
        return
    ids = [
        block.value["document"].pk
        for block in attachments
        if block.block_type == "document" and block.value.get("document") is not None
    ]
    if ids:
        get_document_model().objects.filter(pk__in=ids, collection__name=DRAFT_COLLECTION).update(
            collection=Collection.get_first_root_node()
        )


def _attachments(submission, user):
    blocks = []
    collection = Collection.get_first_root_node()
    private = draft_collection()
    # A placeholder the editor replaces when reviewing: never publish an image with no text.
    alt = f"Illustration de l’action « {submission.title} »"[:250]
    for stored in submission.files.all():
        with stored.file.open("rb") as handle:
            content = handle.read()
        name = stored.file.name.rsplit("/", 1)[-1]
        if stored.kind == stored.Kind.IMAGE:
            image = get_image_model().objects.create(
                title=stored.original_name[:255],
                file=ContentFile(content, name=name),
                collection=collection,
                uploaded_by_user=user,
            )
            blocks.append(("image", {"image": image, "alt": alt, "caption": ""}))
        else:
            document = get_document_model().objects.create(
                title=stored.original_name[:255],
                file=ContentFile(content, name=name),
                collection=private,
                uploaded_by_user=user,
            )
            blocks.append(("document", {"document": document, "title": stored.original_name}))
    return blocks


class CardRefused(ValidationError):
    """The card a submission would make breaks the card's rules (PracticePage.card_errors)."""


@transaction.atomic
def create_practice_card(submission: Submission, user) -> PracticePage:
    """A PracticePage draft under the French practices index, its fields, terms and files
    mapped from the submission, linked back to it, and started in the index's review workflow.
    The card goes to review to be published: it must meet the card's publication rules, or
    CardRefused says why (in the same French as the admin and the importer) and nothing is
    created. Images get a placeholder alternative text that the editor reviews."""
    if submission.page_id:
        return submission.page
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    terms = {
        v.items: [v.through(tag=term) for term in submission.terms(v.param)]
        for v in page_vocabularies()
    }
    page = PracticePage(
        title=submission.title,
        slug=_unique_slug(index, submission.title),
        summary=submission.summary,
        structure_name=submission.structure_name,
        structure_kind=submission.structure_kind,
        commune=submission.commune,
        postal_code=submission.postal_code,
        steps=_steps(submission.actions),
        budget_range=submission.budget_range,
        setup_time=submission.setup_time,
        staff=submission.staff,
        equipment=submission.means,
        partners=_partners(submission.partners),
        results=_rich(submission.results),
        live=False,
        owner=user,
        **terms,
    )
    errors = page.card_errors(publishing=True)
    if errors:
        raise CardRefused(errors)
    page.attachments = _attachments(submission, user)
    index.add_child(instance=page)
    if submission.inspired_by_id:
        page.inspiration_links = [PracticeLineage(source_id=submission.inspired_by_id)]
    page.save()
    revision = page.save_revision(user=user, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    submission.page = page
    submission.status = Submission.Status.IN_REVIEW
    submission.save(update_fields=["page", "status"])
    submission.log(
        SubmissionEvent.Kind.CARD_CREATED,
        user=user,
        message=f"{page.title} (#{page.pk}, révision {revision.pk})",
    )
    return page


@transaction.atomic
def reject_submission(submission: Submission, user, reason: str):
    submission.status = Submission.Status.REJECTED
    submission.rejection_reason = reason
    submission.save(update_fields=["status", "rejection_reason"])
    submission.log(SubmissionEvent.Kind.REJECTED, user=user, message=reason)
    submission.queue_email(
        EmailKind.REJECTED,
        [submission.submitter_email],
        "submissions/emails/rejected",
        {"status_url": submission.status_url()},
    )
