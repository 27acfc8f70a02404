"""Production: secrets and hosts come from the environment or the process refuses to start."""

from .base import *  # noqa: F403
from .base import HTTPS_HSTS_SECONDS, HTTPS_REDIRECT, env_required

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in env_required("ALLOWED_HOSTS").split(",") if h.strip()]

# HTTPS only, behind a proxy that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS_REDIRECT
SECURE_HSTS_SECONDS = HTTPS_HSTS_SECONDS
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
# Headers shared with every environment (nosniff, referrer policy, COOP, X-Frame-Options, the
# content security policy, login lockout) are set in base.py.
