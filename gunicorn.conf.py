"""gunicorn's settings for `make serve` and every production install (deploy/).

Run as `gunicorn --config gunicorn.conf.py portal.wsgi:application`. The address and the number of
workers come from the environment (or `.env`, read here as in portal/settings/production.py).
"""

import os
from pathlib import Path

from dotenv import load_dotenv

load_dotenv(os.environ.get("DOTENV_FILE") or Path(__file__).resolve().parent / ".env", override=False)

wsgi_app = "portal.wsgi:application"
raw_env = [f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'portal.settings.production')}"]
bind = [f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"]
# Sync workers: two per core is plenty for a site of pages behind a cache-friendly proxy.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# A request that takes longer than this is killed and answered 502 by the proxy; the database
# (connect_timeout 5 s) and Redis (2 s) give up well before.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keep_alive = 5
# Load the application before forking: a settings error stops `make serve` at once, with the
# ImproperlyConfigured message, instead of workers failing one by one.
preload_app = True
# Recycle workers now and then (with jitter, so not all at once).
# Often enough to bound a slow leak, seldom enough that a cached site at hundreds of requests
# a second does not spend its time forking.
max_requests = 20000
max_requests_jitter = 2000
# Access log and errors to stdout/stderr: systemd's journal or Docker collects them.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# X-Forwarded-Proto is trusted only from these addresses (the reverse proxy on the same host).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# No control socket in the user's home directory: nothing here uses it.
control_socket_disable = True
