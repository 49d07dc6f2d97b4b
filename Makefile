# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP := $(VENV)/.dev-installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve bench-serve test test-elasticsearch install install-dev migrate demo lint format bench clean

$(PY):
	@echo "==> Oppretter virtuelt miljø i $(VENV) med $$($(PYTHON) --version)"
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || (echo "Python 3.11 eller nyere kreves"; exit 1)
	$(PYTHON) -m venv $(VENV)
	@$(PIP) install --quiet --upgrade pip

$(RUNTIME_STAMP): requirements.txt | $(PY)
	@echo "==> Installerer avhengigheter (requirements.txt)"
	$(PIP) install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(PY)
	@echo "==> Installerer utviklings- og testavhengigheter (requirements-dev.txt)"
	$(PIP) install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@ $(RUNTIME_STAMP)

install: $(RUNTIME_STAMP)
install-dev: $(DEV_STAMP)

migrate: install
	@echo "==> Migrerer databasen"
	$(PY) manage.py migrate --noinput

demo: migrate
	@echo "==> Laster demoinnhold hvis databasen er tom"
	$(PY) manage.py load_demo --if-empty

run: demo
	@echo "==> Portalen kjører på http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/, se README for innlogging)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# As production runs it (README «Drift»): settings from the environment or .env, gunicorn on
# HOST:PORT (default 127.0.0.1:8000) with gunicorn.conf.py, static files through WhiteNoise.
serve: export DJANGO_SETTINGS_MODULE := portal.settings.production
serve: install
	@echo "==> Produksjon: migrerer, samler statiske filer, setter nettstedets adresse, starter gunicorn"
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py set_site_url
	exec $(VENV)/bin/gunicorn --config gunicorn.conf.py

# Load figures per page kind under gunicorn with production settings, page cache off and on
# (bench/serve.sh; needs Debian's wrk and Redis). Figures in docs/benchmarks.md.
bench-serve: install
	bash bench/serve.sh

# The survey import at county size (126 schools × 11 grades × 25 areas = 34 650 rows): dry run, import
# and re-import, on DATABASE_URL if set, else a throw-away SQLite database. Figures in docs/benchmarks.md.
.PHONY: bench-survey-import
bench-survey-import: install
	$(PY) bench/survey_import.py

test: install-dev
	@echo "==> Ruff"
	$(PY) -m ruff check .
	@echo "==> Tester mot $${DATABASE_URL:-SQLite}"
	$(PY) -m pytest

test-elasticsearch: install-dev
	@test -n "$$ELASTICSEARCH_URL" || (echo "Sett ELASTICSEARCH_URL, f.eks. http://127.0.0.1:9200"; exit 1)
	@echo "==> Tester mot Elasticsearch på $$ELASTICSEARCH_URL"
	ELASTICSEARCH_INDEX_PREFIX=kfl_test_ $(PY) -m pytest search/tests/live_elasticsearch.py

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install-dev
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

clean:
	rm -rf $(VENV) var db.sqlite3 .pytest_cache .ruff_cache
