#!/usr/bin/env bash
# Load benchmark of the portal as production serves it (`make bench-serve`, README and
# docs/benchmarks.md): a throw-away SQLite database with the demo content, `make serve`'s steps
# (migrate, collectstatic, set_site_url, gunicorn with gunicorn.conf.py and WEB_CONCURRENCY=2),
# then `wrk -t1 -c4 -d10s` with X-Forwarded-Proto: https on each kind of page – first with the
# page cache and the search result cache off (every request rendered and searched: "cold"), then
# on and warmed by one request ("warm").
# Prints req/s, p50 and p99 per page kind. Needs Debian's wrk and Redis on REDIS_URL.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DURATION="${BENCH_DURATION:-10s}"
PORT="${BENCH_PORT:-8799}"
WORK="$(mktemp -d)"
PID=""
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; fi; }
trap 'stop; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "wrk mangler: apt-get install wrk"; exit 1; }

export DJANGO_SETTINGS_MODULE=portal.settings.production
export SECRET_KEY="bench-only-$(date +%s)"
export DATABASE_URL="sqlite:///$WORK/bench.sqlite3"
export MEDIA_ROOT="$WORK/media"
export ALLOWED_HOSTS="127.0.0.1,localhost"
export PORTAL_BASE_URL="http://127.0.0.1:$PORT"
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$PORT"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/14}"
export HOST=127.0.0.1 PORT WEB_CONCURRENCY=2 GUNICORN_LOG_LEVEL=warning
export DOTENV_FILE=/dev/null

echo "==> Database med demoinnhold i $WORK"
$PY manage.py migrate --noinput -v0
$PY manage.py load_demo >/dev/null
$PY manage.py collectstatic --noinput -v0
$PY manage.py set_site_url >/dev/null

PAGES=(
  "forside /"
  "oversikt /ressurser/"
  "ressurs /ressurser/brok-med-pizzamodeller/"
  "sok-brok /sok/?q=br%C3%B8k"
  "sok-elevene /sok/?q=elevene"
  "nettverk /nettverk/"
  "arrangementer /arrangementer/"
)

run() {
  local label="$1" cache_seconds="$2"
  $PY -c "import redis, os; redis.Redis.from_url(os.environ['REDIS_URL']).flushdb()"
  PORTAL_PAGE_CACHE_SECONDS="$cache_seconds" SEARCH_RESULT_CACHE_SECONDS="$cache_seconds" .venv/bin/gunicorn --config gunicorn.conf.py --access-logfile /dev/null &
  PID=$!
  for _ in $(seq 1 60); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/helse/" 2>/dev/null && break; sleep 0.5; done
  for entry in "${PAGES[@]}"; do
    local name="${entry%% *}" path="${entry#* }"
    curl -fsS -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:$PORT$path"
    wrk -t1 -c4 -d"$DURATION" --latency -H "X-Forwarded-Proto: https" "http://127.0.0.1:$PORT$path" > "$WORK/wrk.txt"
    awk -v label="$label" -v name="$name" '
      /Requests\/sec/ {rps=$2}
      /^ +50%/ {p50=$2}
      /^ +99%/ {p99=$2}
      /Non-2xx/ {bad=$NF}
      END {printf "%-6s %-14s %8.1f req/s   p50 %8s   p99 %8s%s\n", label, name, rps, p50, p99, (bad ? "   NON-2XX " bad : "")}
    ' "$WORK/wrk.txt"
  done
  stop
}

echo "==> wrk -t1 -c4 -d$DURATION, gunicorn med 2 arbeidere, produksjonsinnstillinger, SQLite"
run kald 0
run varm 300
