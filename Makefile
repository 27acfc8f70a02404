# The two commands of the README: `make run` and `make test`. Everything else is optional.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run mail test setup install lint format check messages lock test-postgres test-engine test-redis test-e2e bench clean

# Development and CI install the hashed lock of the dev extra (which includes the opensearch3
# client of the engine lane); production installs requirements/base.txt (+ an engine's file).
$(STAMP): requirements/dev.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 est requis ($(PYTHON) introuvable)."; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/dev.txt
	touch $(STAMP)

install: $(STAMP)

# The site's structure (idempotent), then the demo content (idempotent; it rebuilds the search
# index once, for both). Each prints what it created and what was already there.
setup: install
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv
	$(BIN)/python manage.py setup_site --no-index
	$(BIN)/python manage.py load_demo

run: setup
	@echo "Site : http://127.0.0.1:$(PORT)/  (admin : http://127.0.0.1:$(PORT)/admin/)"
	@echo "Courriels : ils attendent dans la file d’envoi ; « make mail » les affiche ici (console)."
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The outbox's sender, in a loop (production runs `send_pending_emails` from cron instead).
# With the default console backend, e-mails are printed here.
mail: install
	$(BIN)/python manage.py send_pending_emails --watch 5

test: install
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv
	$(BIN)/pytest -m "not e2e and not engine" $(PYTEST_ARGS)

# The same suite on PostgreSQL (French full text with accent folding). Needs a server and a role
# allowed to create databases: `bash .ci/postgres` sets both up on Debian (as root).
PG_URL ?= postgres://hub:hub@127.0.0.1:5432/hub
test-postgres: install
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -m "not e2e and not engine" $(PYTEST_ARGS)

# The page-cache tests against a Redis server (several machines share it): CACHE_URL, default
# a local redis-server on 6379 (CI starts Debian's). Database 15, emptied by the tests.
REDIS_URL ?= redis://127.0.0.1:6379/15
test-redis: install
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv
	CACHE_URL=$(REDIS_URL) $(BIN)/pytest -m "not engine" tests/test_page_cache.py tests/test_shared_cache.py \
		tests/test_search_memory.py -k "cache or worker" $(PYTEST_ARGS)

# Browser tests: Playwright on Debian's Chromium (apt-get install chromium), axe, CSP on.
test-e2e: install
	@test -x /usr/bin/chromium || { echo "Chromium manquant : apt-get install -y chromium"; exit 1; }
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv
	$(BIN)/pytest -m e2e --output=test-results --screenshot=only-on-failure $(PYTEST_ARGS)

# The search suite on Wagtail's opensearch3 backend against an OpenSearch-compatible server at
# SEARCH_URLS (CI starts the osmem-server stand-in there; see README "Moteur de recherche").
test-engine: install
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv
	SEARCH_BACKEND=opensearch3 SEARCH_URLS=$${SEARCH_URLS:-http://127.0.0.1:9200} \
		$(BIN)/pytest -m engine tests/test_search.py tests/test_search_relevance.py tests/test_search_commune.py tests/test_admin_search.py tests/test_alerts.py tests/test_search_synonyms.py $(PYTEST_ARGS)

bench: install
	$(BIN)/python bench/search_bench.py

# Style, then the import contracts of pyproject.toml ([tool.importlinter]): apps import one way.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

messages: install
	$(BIN)/python manage.py makemessages -l fr -l en --no-location --ignore=.venv --ignore=static --ignore=node_modules
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv

# Regenerate the hashed locks from pyproject.toml (PyPI): production, development, each engine.
LOCK := $(BIN)/uv pip compile pyproject.toml --python-version 3.11 --python-platform linux \
	--generate-hashes --no-header --annotation-style line --quiet
lock: install
	$(LOCK) -o requirements/base.txt
	$(LOCK) --extra dev -o requirements/dev.txt
	for extra in elasticsearch8 elasticsearch9 opensearch3; do \
		$(LOCK) --extra $$extra -o requirements/$$extra.txt || exit 1; done

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm var media static .local-admin-password
