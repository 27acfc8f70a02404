"""Admin of the submissions app: the moderation screens of case studies sent by the public."""

from wagtail import hooks

from submissions.admin_views import submission_viewset


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return submission_viewset
