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

.PHONY: build serve check test test-fast browser benchmark lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

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
test: $(STAMP) browser
	$(BIN)/python -m pytest -n 2

## test-fast: alle Tests außer den Browsertests
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 -m "not browser"

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
