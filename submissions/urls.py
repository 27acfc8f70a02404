"""Public URLs of the case-study form, mounted under /fr/proposer-une-pratique/ (and /en/...)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from submissions import views

urlpatterns = [
    path("", views.submit_practice, name="practice_submit"),
    path(_("merci/"), views.submission_done, name="practice_submit_done"),
    path(
        _("suivi/<str:token>/"),
        views.submission_status,
        name="practice_submission_status",
    ),
]
