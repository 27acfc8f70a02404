"""Public URLs of the alerts and feeds, mounted under /fr/suivre/ (and /en/follow/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from alerts import feeds, views

urlpatterns = [
    path("", views.follow, name="alerts_follow"),
    path(_("envoye/"), views.follow_sent, name="alerts_follow_sent"),
    path("rss/", feeds.rss, name="alerts_rss"),
    path("atom/", feeds.atom, name="alerts_atom"),
    path(_("confirmer/<str:token>/"), views.confirm, name="alerts_confirm"),
    path(_("desabonner/<str:token>/"), views.unsubscribe, name="alerts_unsubscribe"),
    path(_("mes-alertes/<str:token>/"), views.manage, name="alerts_manage"),
]
