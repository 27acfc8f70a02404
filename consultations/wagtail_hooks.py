"""Admin of the consultations app: the moderation queue of contributions."""

from wagtail import hooks

from consultations.admin_views import contribution_viewset


@hooks.register("register_admin_viewset")
def register_contribution_viewset():
    return contribution_viewset
