"""Admin listings of orientations and guides, filterable by the vocabularies."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.admin_listings import tagged_page_listing
from guides.models import GuidePage, OrientationPage


@hooks.register("register_admin_viewset")
def register_listings():
    return [
        tagged_page_listing(
            OrientationPage, "list-ol", "orientations", _("Orientations"), order=110
        ),
        tagged_page_listing(GuidePage, "doc-full", "guides", _("Guides pratiques"), order=120),
    ]
