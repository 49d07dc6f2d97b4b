"""Settings shared by every environment. Secure by default: dev.py and test.py relax it.

Everything that differs between machines comes from the environment
(see .env.example); nothing secret is committed.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from portal.staticfiles import add_headers as add_static_headers

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "resources",
    "search",
    "networks",
    "events",
    "news",
    "surveys",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
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
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "axes",
    "csp",
]

MIDDLEWARE = [
    # First: answers /helse/ before the host check and the HTTPS redirect (portal/health.py).
    "portal.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files (hashed names, cached for a year) before sessions or the database are touched.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Content-Security-Policy (django-csp; relaxed only under /admin/) and Permissions-Policy.
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.middleware.CurrentUserMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Whole pages for anonymous visitors from the shared cache (portal/page_cache.py).
    "portal.page_cache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

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
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite inside the project unless DATABASE_URL names another database.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Pooled connections gain nothing on SQLite and keep files locked.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # Several gunicorn workers on one file: write-ahead logging lets readers go on while one
    # request writes (a search's hit count), and a writer takes the lock at the start of its
    # transaction and waits for it, instead of failing with "database is locked" half-way.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 10,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer gives a 503 page within seconds, not a hung worker.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "5"))
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out username before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Norwegian bokmål throughout, Norwegian time.
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", _("Norsk bokmål"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
# Production serves /media/images/ from nginx (deploy/nginx.conf). Without a web server in front
# (Docker Compose, a quick trial), PORTAL_SERVE_IMAGES=true lets Django serve them – slower, and
# images only: documents always go through the serve view.
PORTAL_SERVE_IMAGES = env_bool("PORTAL_SERVE_IMAGES", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names plus gzip copies, served by WhiteNoise (after `collectstatic`).
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Hashed files are cached for a year ("immutable"); WhiteNoise's own default is ten years.
WHITENOISE_ADD_HEADERS_FUNCTION = add_static_headers

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Security: on unless an environment relaxes it.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)  # opt in: preloading is hard to undo
# A load balancer may probe /helse/ over plain HTTP (HealthCheckMiddleware answers it first anyway).
SECURE_REDIRECT_EXEMPT = [r"^helse/$"]
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
# No page may be framed by another site, nor by this one: the one frame the portal uses is the
# admin's preview panel, and Wagtail's preview views set SAMEORIGIN on their own responses
# (wagtail.utils.decorators.xframe_options_sameorigin_override). CSP's frame-ancestors says the same.
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp 4, portal.middleware.ContentSecurityPolicyMiddleware), on in
# every environment so that the tests and the browser tests run under it. The front end has no
# inline script, style or event handler: everything comes from /static/. Wagtail's admin needs
# inline scripts and styles (widgets, inline panels, chooser modals): under /admin/ only, the
# middleware replaces the directives in PORTAL_ADMIN_CSP_REPLACE.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": [NONE],
        "frame-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
PORTAL_ADMIN_CSP_PREFIX = "/admin/"
PORTAL_ADMIN_CSP_REPLACE = {
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    # Thumbnails the editor makes in the browser (blob:, data:).
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    # The preview panel frames the page preview, from this origin only.
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
}
# Powerful browser features the portal never uses, switched off for every page.
PORTAL_PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)

# Login throttling (django-axes), for the front-end login and the admin's alike. Failures are
# counted per username *and* address together: a school's teachers share one public address,
# so locking the address would lock the whole staff room out, and locking the username alone
# would let anyone lock a colleague out from anywhere. Counts live in the database, shared by
# every worker.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "portal.security.client_ip"
AXES_USERNAME_CALLABLE = "portal.security.axes_username"
AXES_VERBOSE = True
# Behind a reverse proxy, how many proxies put themselves in X-Forwarded-For (0: use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Per-address rate limits on the public forms and the search API (django-ratelimit), counted
# in the shared cache: Redis in production (REDIS_URL), this process's memory in development.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "kfl"}}
RATELIMIT_USE_CACHE = "default"
RATELIMIT_VIEW = "portal.security.rate_limited"
# If the shared cache is down, let requests through rather than refuse every visitor: logins
# stay throttled (their counts are in the database) and registrations still need confirming.
RATELIMIT_FAIL_OPEN = True

# Email: console in development, SMTP from the environment in production.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kultur for læring <ikke-svar@kulturforlaering.no>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "without_traceback": {"()": "portal.logging.WithoutTraceback"},
        "not_reported": {"()": "portal.logging.NotReported"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "console_without_traceback": {"class": "logging.StreamHandler", "filters": ["without_traceback"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # A request with a Host not in ALLOWED_HOSTS is noise from scanners: one line, no
        # traceback, no email to ADMINS.
        "django.security.DisallowedHost": {
            "handlers": ["console_without_traceback"],
            "level": "WARNING",
            "propagate": False,
        },
        # /helse/ answering 503 and pages answering 503 while the database is down are logged
        # once, as a warning, by portal.health and portal.views – not as errors mailed to ADMINS.
        "django.request": {"filters": ["not_reported"]},
        # Background tasks run inline and would log every index update.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Kultur for læring"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public address of the site: the default Wagtail Site's hostname and port are set from it
# (`manage.py set_site_url`, run by `make serve` and `load_demo`), so that the sitemap, the feeds,
# the search API and emails carry it. Production derives it from WAGTAILADMIN_BASE_URL.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "portal.PortalImage"
WAGTAILDOCS_DOCUMENT_MODEL = "portal.PortalDocument"
# Documents always go through Wagtail's serve view, which checks collection
# privacy; never a bare media URL (private network files come later).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip", "png", "jpg"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
# (networks) Wagtail's document form, refusing to move a network's members-only material out of
# the network's private collection (networks/document_forms.py, networks/material.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "networks.document_forms.NetworkDocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# A small file can decode to a huge bitmap: refuse images above 40 megapixels.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# The admin would send a hash of every staff email address to gravatar.com.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask releases.wagtail.org for the latest version (a request to a third
# party from every editor's browser, which the admin's CSP connect-src 'self' refuses anyway):
# upgrades are the operators' business (requirements.txt).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nb", "Norsk bokmål"), ("en", "English")]
# Norwegian-aware database search (search/backends/database.py); Elasticsearch when
# ELASTICSEARCH_URL is set (see the block at the end of this file).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "norwegian_nostop"},
}
TAGGIT_CASE_INSENSITIVE = True
# Private pages and files are for named groups or logged-in users, never a shared
# password that travels by email and cannot be withdrawn from one person.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
# Scheduled publishing needs `manage.py publish_scheduled` from cron (see README).

# Front-end login for teachers (networks' private material, "Mine nettverk").
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "my_networks"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/logg-inn/"

# `load_demo` makes the demo users, whose passwords are in the README, only where this is on
# (dev.py) or when asked with --with-demo-users: never a known password in production.
PORTAL_DEMO_USERS = False

# How long an anonymous visitor's page is kept whole in the shared cache (portal/page_cache.py);
# anything published, changed or deleted forgets every stored page at once. 0: off.
PORTAL_PAGE_CACHE_SECONDS = int(os.environ.get("PORTAL_PAGE_CACHE_SECONDS", "300"))
# What a query finds (ids, counts – public resources only, the same for everyone) is kept this
# long in the shared cache, keyed by the content generation (search/result_cache.py).
SEARCH_RESULT_CACHE_SECONDS = int(os.environ.get("SEARCH_RESULT_CACHE_SECONDS", "300"))

# Site-wide numbers that views read.
PORTAL_PAGE_SIZE = 12
# Registrations are personal data: `manage.py clean_registrations` removes them this many
# days after the event has ended (see README).
EVENTS_REGISTRATION_RETENTION_DAYS = int(os.environ.get("EVENTS_REGISTRATION_RETENTION_DAYS", "90"))

# Elasticsearch, for scale: only when ELASTICSEARCH_URL is set. The search page then
# asks Elasticsearch (search/elastic.py); everything else keeps using the database.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "kfl_"),
            "TIMEOUT": int(os.environ.get("ELASTICSEARCH_TIMEOUT", "5")),
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
        }
    }

# Kartlegging: a figure based on fewer answers than this is never shown or sent (Utdanningsdirektoratet
# uses 5 for Elevundersøkelsen); municipality figures need results from at least this many schools.
SURVEY_MIN_RESPONDENTS = int(os.environ.get("SURVEY_MIN_RESPONDENTS", "5"))
SURVEY_MIN_SCHOOLS_FOR_MUNICIPALITY = 3
