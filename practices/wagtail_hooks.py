"""Admin registrations of the practices app."""

from wagtail import hooks

from practices.submission_admin import submission_viewset


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return submission_viewset
