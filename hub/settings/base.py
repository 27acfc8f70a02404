"""Settings shared by every environment; the only place that reads the environment."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "hub"


# --- Reading the environment -------------------------------------------------
# Every variable is read here, once, typed, with its default. The README lists them.

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_required(name: str) -> str:
    """A variable production cannot start without."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} is required in production.")
    return value


DEBUG = env_bool("DEBUG", False)
# Development-only default; production.py replaces it with the required variable.
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASE_IS_POSTGRES = DATABASE_URL.startswith(("postgres://", "postgresql://", "pgsql://"))
SEARCH_BACKEND = env_str("SEARCH_BACKEND", "database")
# PostgreSQL text search configuration of the database backend. `french_unaccent` (French
# stemming + accent folding) is created by hub's migration 0003 on PostgreSQL; SQLite's FTS5
# folds accents by itself and ignores this.
SEARCH_CONFIG = env_str("SEARCH_CONFIG", "") or (
    "french_unaccent" if DATABASE_IS_POSTGRES else None
)
# Database backend (SQLite, PostgreSQL): counts, facets and the order of results computed in
# the web process from a snapshot of the visible pages, built once per content generation and
# shared by the workers through the cache (search/memory.py); off: in SQL, per search.
SEARCH_COUNT_IN_PROCESS = env_bool("SEARCH_COUNT_IN_PROCESS", True)
SEARCH_URLS = env_list("SEARCH_URLS", ["http://127.0.0.1:9200"])
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "hub_")
SEARCH_TIMEOUT = env_int("SEARCH_TIMEOUT", 5)
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# Seconds the outbox sender waits for the mail server (connect and each reply). Requests never
# wait for it: they only store e-mails in the outbox (core/outbox.py).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
# A failed e-mail is retried after 1, 2, 4... minutes (at most 6 h), this many attempts in all.
EMAIL_MAX_ATTEMPTS = env_int("EMAIL_MAX_ATTEMPTS", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "ne-pas-repondre@inclusion-numerique.example")
MODERATORS_EMAIL = env_list("MODERATORS_EMAIL", ["moderation@inclusion-numerique.example"])
MEDIA_ROOT = env_str("MEDIA_ROOT", str(BASE_DIR / "media"))
# Submitted files: outside MEDIA_ROOT, never served; moderators download them through the admin.
PRIVATE_MEDIA_ROOT = env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media"))
SUBMISSION_RATE_LIMIT = env_int("SUBMISSION_RATE_LIMIT", 5)  # submissions per address...
SUBMISSION_RATE_WINDOW = env_int("SUBMISSION_RATE_WINDOW", 3600)  # ...per this many seconds
SUBMISSION_MIN_SECONDS = env_int("SUBMISSION_MIN_SECONDS", 3)  # faster than this: a robot
STATIC_ROOT = env_str("STATIC_ROOT", str(BASE_DIR / "static"))
WAGTAILADMIN_BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000")
# The default is shared by the workers of one machine (files under var/cache); Redis for several.
CACHE_URL = env_str("CACHE_URL", f"file://{BASE_DIR / 'var' / 'cache'}")
# How long (ms) a write to SQLite waits for another writer (an import) before failing.
SQLITE_BUSY_TIMEOUT = env_int("SQLITE_BUSY_TIMEOUT", 20000)
# Uploaded files on S3-compatible storage when a bucket is named (credentials: boto3's own
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables, never settings).
S3_BUCKET = env_str("S3_BUCKET", "")
S3_ENDPOINT_URL = env_str("S3_ENDPOINT_URL", "")
S3_REGION = env_str("S3_REGION", "")
S3_CUSTOM_DOMAIN = env_str("S3_CUSTOM_DOMAIN", "")
MAP_TILES_URL = env_str("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILES_ATTRIBUTION = env_str("MAP_TILES_ATTRIBUTION", "© les contributeurs d’OpenStreetMap")
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
FRAGMENT_CACHE = env_bool("FRAGMENT_CACHE", True)
# A caching proxy in front (Varnish, nginx with purge): Wagtail purges a page's URLs there on
# publish, unpublish and move (wagtail.contrib.frontend_cache).
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL", "")
DEV_PORT = env_int("PORT", 8000)
# Security. HTTPS settings are applied by production.py only (dev and tests run on plain HTTP).
HTTPS_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
HTTPS_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
CSP_ENFORCE = not env_bool("CSP_REPORT_ONLY", False)
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 30)
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Whole requests above this are refused before being read (413, with a page that says why).
MAX_REQUEST_MB = env_int("MAX_REQUEST_MB", 30)


# --- Applications -------------------------------------------------------------

INSTALLED_APPS = [
    # Only what the hub uses: no form pages (wagtail.contrib.forms), no embeds (wagtail.embeds),
    # no Django admin (Wagtail's is the one).
    # Domain apps, lower layers first: `setup_site` and `load_demo` call each one in this order.
    "core",
    "home",
    "places",
    "practices",
    "guides",
    "territories",
    "submissions",
    "search",
    "consultations",
    "alerts",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "dsfr",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and routing: a hit costs one cache lookup (hub/page_cache.py).
    "core.page_cache.AnonymousPageCacheMiddleware",
    # Inside the page cache, so cached pages are stored compressed (the cache key tells gzip
    # clients from others). Django's GZip adds random padding against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything reads the body (CSRF reads the form): too large is said, never read.
    "core.request_limits.RequestSizeLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The Wagtail site of the host, once per content generation (core/site_lookup.py).
    "core.site_lookup.SiteLookupMiddleware",
    # The page of a URL, once per path and content generation (core/page_routing.py).
    "core.page_routing.PageRouteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "hub.security.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.hub",
            ],
        },
    },
]
FORM_RENDERER = "dsfr.forms.DsfrDjangoTemplates"


def database_settings(url: str) -> dict:
    """One database from its URL. SQLite runs in WAL mode, so pages are read while an import
    writes, with a busy timeout, so a short write (a submission) waits for the import's current
    transaction instead of failing with "database is locked"; IMMEDIATE transactions take the
    write lock at BEGIN, where waiting works (a read lock upgraded later cannot wait)."""
    database = dj_database_url.parse(url, conn_max_age=60)
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database["OPTIONS"] = {
            "init_command": f"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT}",
            "transaction_mode": "IMMEDIATE",
        }
    return database


DATABASES = {"default": database_settings(DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_settings(url: str) -> dict:
    """CACHES for a CACHE_URL. The page cache, its purge (a generation counter), the rate limit
    and Wagtail's own caches must be seen alike by every worker: `file:///absolute/path` (the
    default) shares them between the workers of one machine, `redis://` (or `rediss://`)
    between machines. `locmem://` is one process only: tests and single-process tools."""
    if url.startswith(("redis://", "rediss://")):
        backend = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    elif url.startswith("file:///"):
        backend = {
            "BACKEND": "core.file_cache.SharedFileCache",
            "LOCATION": url.removeprefix("file://"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    elif url.startswith("locmem://"):
        backend = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    else:
        raise ImproperlyConfigured(
            f"CACHE_URL must be file:///absolute/path, redis://… or locmem://, got {url!r}"
        )
    return {"default": backend}


CACHES = cache_settings(CACHE_URL)
PAGE_CACHE_ALIAS = "default"

AUTHENTICATION_BACKENDS = [
    # Refuses any login while the username/address pair is locked out, then hands over.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]


# --- Languages ----------------------------------------------------------------
# French is the source language, English the first translation.

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project catalogue first (where `make messages` writes), then French corrections of
# Wagtail's and wagtail-localize's own strings (README, « Langues »): both win over the packages.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True


# --- Static and media files -----------------------------------------------------

STATICFILES_DIRS = [BASE_DIR / "static_src"]
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": S3_ENDPOINT_URL or None,
            "region_name": S3_REGION or None,
            "custom_domain": S3_CUSTOM_DOMAIN or None,
            # Private objects behind signed URLs, unless a public domain (CDN) serves them.
            "default_acl": None,
            "querystring_auth": not S3_CUSTOM_DOMAIN,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "max-age=86400"},
        },
    }
# Request limits: the whole body (core.request_limits), the fields other than files (Django),
# files kept in memory below this size and written to a temporary file above.
MAX_REQUEST_SIZE = MAX_REQUEST_MB * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Images are refused above this many pixels, read from the file's header before any decoding: a
# 500 KB PNG can declare 13,000 × 13,000 pixels, 1.3 GB once decoded (public form and admin).
MAX_IMAGE_PIXELS = 40_000_000
FILE_UPLOAD_PERMISSIONS = 0o640


# --- Wagtail ------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Bibliothèques et inclusion numérique"
WAGTAILADMIN_COMMENTS_ENABLED = True
# New pages get ASCII slugs ("atelier-editeur", not "atelier-%C3%A9diteur" in shared links);
# existing slugs are kept as they are.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "odp", "xlsx", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# No Gravatar: editors' addresses are not sent to a third party (and the admin's CSP stays 'self').
WAGTAIL_GRAVATAR_PROVIDER_URL = None
TAGGIT_CASE_INSENSITIVE = True


# French analysis for the engines: the index's default analyzer (used by every text field
# Wagtail maps; search.backends names it on each field) drops elided articles and stop words,
# folds accents and applies the Snowball French stemmer: "mediation" finds "médiation",
# "bibliothèques" finds "bibliothèque".
_FRENCH_ELIDED = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "lorsqu", "puisqu"]
FRENCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": _FRENCH_ELIDED,
                },
                "french_stop": {"type": "stop", "stopwords": "_french_"},
                "french_stemmer": {"type": "stemmer", "language": "french"},
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "french_elision",
                        "lowercase",
                        "french_stop",
                        "asciifolding",
                        "french_stemmer",
                    ],
                },
                # Whole words, unstemmed (search/backends.py copies the text to two fields with
                # it): acronyms and short words match exactly, "CAF" never "café".
                "hub_exact": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["french_elision", "lowercase", "asciifolding"],
                },
            },
        }
    }
}


def _search_backends() -> dict:
    """The search backend is a setting: the database by default, an engine when configured."""
    if SEARCH_BACKEND == "database":
        return {
            "default": {
                "BACKEND": "wagtail.search.backends.database",
                "SEARCH_CONFIG": SEARCH_CONFIG,
            }
        }
    engines = {
        # Wagtail's engine backends, with French analysis named on each text field.
        "elasticsearch8": "search.backends.Elasticsearch8French",
        "elasticsearch9": "search.backends.Elasticsearch9French",
        "opensearch3": "search.backends.OpenSearch3French",
    }
    if SEARCH_BACKEND not in engines:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND must be one of database, {', '.join(engines)}; got {SEARCH_BACKEND!r}"
        )
    return {
        "default": {
            "BACKEND": engines[SEARCH_BACKEND],
            "URLS": SEARCH_URLS,
            "INDEX_PREFIX": SEARCH_INDEX_PREFIX,
            "TIMEOUT": SEARCH_TIMEOUT,
            "OPTIONS": {},
            "INDEX_SETTINGS": FRENCH_INDEX_SETTINGS,
        }
    }


WAGTAILSEARCH_BACKENDS = _search_backends()

if FRONTEND_CACHE_PURGE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }


# --- Security: content security policy, login lockout, headers ---------------------
# The same policy runs in every environment (dev, tests, browser tests, production), so a page
# that breaks it fails where it is written. Public pages load scripts from the site's own files
# only ('self'): no nonce, no inline script or style. A nonce would be stored with the page in the
# page cache and sent to every visitor (it would stop being a secret), and cached and freshly
# rendered pages would carry different policies.


def _origin(url: str) -> str | None:
    """`https://tiles.example/{z}/{x}/{y}.png` -> `https://tiles.example`, None for a local path."""
    if "://" not in url:
        return None
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{rest.split('/', 1)[0]}"


_img_src = [SELF, "data:"]  # the DSFR draws its icons with data: SVGs
_image_hosts = [MAP_TILES_URL, MEDIA_URL]
if S3_BUCKET:  # images straight from the bucket (or its public domain)
    _endpoint = S3_ENDPOINT_URL or f"https://s3.{S3_REGION or 'us-east-1'}.amazonaws.com"
    _scheme, _host = _endpoint.split("://", 1)
    _image_hosts += (
        [f"https://{S3_CUSTOM_DOMAIN}/"]
        if S3_CUSTOM_DOMAIN
        else [
            _endpoint,
            f"{_scheme}://{S3_BUCKET}.{_host}",
        ]
    )
for _url in _image_hosts:
    if _origin(_url) and _origin(_url).replace("{s}.", "*.") not in _img_src:
        _img_src.append(_origin(_url).replace("{s}.", "*."))

_CSP = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": _img_src,
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
CONTENT_SECURITY_POLICY = _CSP if CSP_ENFORCE else None
CONTENT_SECURITY_POLICY_REPORT_ONLY = None if CSP_ENFORCE else _CSP
# What the Wagtail admin needs on top, under ADMIN_URL_PREFIX only (hub.security.CSPMiddleware).
# Checked in the browser (tests/e2e/test_admin.py): the page editor runs inline scripts (date
# pickers of the publishing schedule, inline panels), so without 'unsafe-inline' it breaks. Inline
# styles were not needed by login/edit/publish but are kept for screens the tests do not drive
# (image focal point, chooser modals); blob: for upload previews; the live preview frames itself.
ADMIN_URL_PREFIX = "/admin/"
CSP_ADMIN_REPLACE = {
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [*_img_src, "blob:"],
    "frame-ancestors": [SELF],
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Uploaded documents are served through Wagtail's view, which sends them with
# `Content-Security-Policy: default-src 'none'` and `X-Content-Type-Options: nosniff`;
# only PDF and plain text may open in the browser, everything else downloads.
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]

# django-axes: after LOGIN_FAILURE_LIMIT failed logins for one username from one address, that
# pair is locked out for LOGIN_LOCKOUT_MINUTES (a success resets the count).
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = LOGIN_LOCKOUT_MINUTES / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.client.client_address"
AXES_LOCKOUT_CALLABLE = "hub.security.lockout_response"
AXES_VERBOSE = False


# --- Logging ------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        # Background tasks run inline here; their per-task lines drown useful output.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}

# The static files storage rewrites url() references inside the DSFR stylesheets when it adds
# content hashes to file names, so django-dsfr's built-in integrity hashes no longer match and
# browsers refuse the CSS. The files are served by this site itself (CSP 'self'), which is what
# subresource integrity would protect against for a third-party host.
DSFR_USE_INTEGRITY_CHECKSUMS = False
