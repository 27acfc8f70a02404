"""The visitor's address, the one way every rate limit and lockout reads it."""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The visitor's IP address. Behind `TRUSTED_PROXY_COUNT` reverse proxies it is the entry the
    farthest trusted proxy appended to X-Forwarded-For (entries before it are the client's own
    say); otherwise, or when the header has fewer entries than proxies or is not an address, the
    socket's address, which a client cannot forge. Used by django-axes (AXES_CLIENT_IP_CALLABLE),
    the submission rate limit and any future form."""
    remote = request.META.get("REMOTE_ADDR") or "unknown"
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [ip.strip() for ip in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [ip for ip in forwarded if ip]
    if len(forwarded) < count:
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-count]))
    except ValueError:
        return remote
