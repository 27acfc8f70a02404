"""Admin of the home app: the admin home warns while a required organisation setting is empty."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from home.models import OrganisationSettings


class MissingSettingsPanel(Component):
    name = "missing_organisation_settings"
    template_name = "home/admin/missing_settings_panel.html"
    order = 10  # above Wagtail's own panels

    def __init__(self, missing):
        self.missing = missing

    def get_context_data(self, parent_context=None):
        return {
            "missing": self.missing,
            "url": reverse("wagtailsettings:edit", args=["home", "organisationsettings"]),
            "heading": _("Paramètres de l’organisation à compléter"),
        }


@hooks.register("construct_homepage_panels")
def warn_about_missing_settings(request, panels):
    if not request.user.has_perm("home.change_organisationsettings"):
        return
    missing = OrganisationSettings.load(request_or_site=request).missing()
    if missing:
        panels.append(MissingSettingsPanel(missing))
