from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    name = "submissions"
    verbose_name = _("Propositions de pratiques")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published

        from core.outbox import email_failed, email_sent
        from core.vocabularies import vocabularies
        from submissions.models import (
            forget_deleted_term,
            log_email_outcome,
            mark_submission_accepted,
        )
        from submissions.moderation import release_documents

        page_published.connect(mark_submission_accepted, dispatch_uid="submission-accepted")
        page_published.connect(release_documents, dispatch_uid="submission-documents")
        email_sent.connect(log_email_outcome, dispatch_uid="submission-email-sent")
        email_failed.connect(log_email_outcome, dispatch_uid="submission-email-failed")
        for v in vocabularies():
            post_delete.connect(
                forget_deleted_term, sender=v.tag, dispatch_uid=f"submission-term-{v.param}"
            )
