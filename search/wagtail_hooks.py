"""Admin: the page listings and Wagtail's page search use the search service's matching."""

from wagtail import hooks

from core.admin_pages import SEARCH_HOOK

from .admin import admin_ranked

hooks.register(SEARCH_HOOK, admin_ranked)
