"""The short answer pages of the public forms and signed links (sent, confirmed, bad link,
limits…): a title, a sentence, an optional button that posts back to the same URL and an
optional link onward. One template (`core/message.html`) for every app."""

from dataclasses import dataclass

from django.shortcuts import render
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    back: bool = False  # a "back to…" link (arrow to the left)


def message_page(request, title, text, *, status=200, button="", link=None):
    """`button`: the label of a button posting to the page's own URL (the signed link in the URL
    is the proof); `link`: a `Link`. Kept out of search engines and referrers."""
    response = render(
        request,
        "core/message.html",
        {"title": title, "text": text, "button": button, "link": link},
        status=status,
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"  # signed links stay out of referrers
    return response


def bad_link_page(request, text, *, link=None):
    """A signed link that is forged, altered, cut or about something gone (400)."""
    return message_page(request, _("Ce lien n’est pas valide"), text, status=400, link=link)
