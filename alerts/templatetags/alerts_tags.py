"""Links of the search page to the feeds and the follow form of the current search."""

from django import template
from django.urls import reverse

from alerts.forms import FollowForm

register = template.Library()


@register.simple_tag(takes_context=True)
def follow_links(context, query):
    """{"rss", "atom"}: absolute feed URLs; "form": the follow form for this search."""
    request = context.get("request")
    params = query.params(sort="pertinence").urlencode()
    suffix = f"?{params}" if params else ""

    def absolute(name):
        url = reverse(name) + suffix
        return request.build_absolute_uri(url) if request is not None else url

    return {
        "rss": absolute("alerts_rss"),
        "atom": absolute("alerts_atom"),
        "form": FollowForm(initial={"search": params}, auto_id="suivre-%s"),
    }
