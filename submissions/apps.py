from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    name = "submissions"
    verbose_name = _("Propositions de pratiques")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from submissions.models import mark_submission_accepted

        page_published.connect(mark_submission_accepted, dispatch_uid="submission-accepted")
