# kg: two commands on a fresh machine. `make run` builds the seed graph; `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PIP_FLAGS ?= -q --disable-pip-version-check

.PHONY: run test install test-install system-deps lint bench clean

run: install
	$(KG) build seeds/ --out output --name seed

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install $(PIP_FLAGS) --upgrade pip
	$(PY) -m pip install $(PIP_FLAGS) -e .
	touch $@

test-install: $(VENV)/.test-installed system-deps

$(VENV)/.test-installed: $(VENV)/.installed
	$(PY) -m pip install $(PIP_FLAGS) -e '.[test]'
	touch $@

# Debian packages the tests drive: Chromium (HTML page tests) and rapper (an independent RDF parser)
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v rapper >/dev/null; then \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium raptor2-utils >/dev/null; \
	fi

test: test-install
	$(VENV)/bin/ruff check kg tests bench tools
	$(PY) -m pytest -q

lint: test-install
	$(VENV)/bin/ruff check kg tests bench tools

bench: install
	$(PY) bench/bench_build.py

clean:
	rm -rf $(VENV) output/*.ttl output/*.html output/*.csv
