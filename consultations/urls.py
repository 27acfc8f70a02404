"""Public URLs of consultations, mounted under /fr/participer/ (and /en/take-part/). The pages
themselves are Wagtail pages under the consultations index."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from consultations import views

urlpatterns = [
    path(_("<int:page_id>/contribuer/"), views.contribute, name="consultation_contribute"),
    path(_("<int:page_id>/merci/"), views.contribution_sent, name="consultation_contribution_sent"),
    path(_("confirmer/<str:token>/"), views.confirm, name="consultation_confirm"),
    path(_("soutenir/<int:pk>/"), views.support, name="consultation_support"),
    path(_("soutien/<str:token>/"), views.support_confirm, name="consultation_support_confirm"),
    path(_("signaler/<int:pk>/"), views.report, name="consultation_report"),
    path(_("retirer/<str:token>/"), views.withdraw, name="consultation_withdraw"),
]
