"""Tests: fast hashing, in-memory email, media in a throw-away folder."""

import atexit
import shutil
import tempfile

from .dev import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="kfl-test-media-")
atexit.register(shutil.rmtree, MEDIA_ROOT, True)
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# WhiteNoise looks files up per request instead of scanning STATIC_ROOT (not collected in tests).
WHITENOISE_AUTOREFRESH = True
# The page cache is off in tests (one process-wide cache, many databases); its own tests turn it on.
PORTAL_PAGE_CACHE_SECONDS = 0
SEARCH_RESULT_CACHE_SECONDS = 0
