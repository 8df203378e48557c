# Two commands set everything up on a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: demo test lint typecheck bench eval clean install browser vendor

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TESTSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwatch run examples/ --db eventwatch.duckdb --outlets examples-outlets.tsv

# Headless Chromium for the dashboard's browser tests (tests/web/test_browser.py): Debian's chromium and
# chromium-driver, installed when missing and we are root; never fatal: without them those tests skip and say why.
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing chromium and chromium-driver for the browser tests"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } \
	    >/dev/null 2>&1 || echo "could not install chromium: the browser tests will skip"; \
	else echo "no /usr/bin/chromium and not root: the browser tests will skip"; fi

# Re-vendors the dashboard's front-end libraries and basemap from npm at the versions pinned in vendor/ (needs npm).
vendor:
	python3 vendor/build.py

test: $(TESTSTAMP) browser
	$(BIN)/ruff check src tests bench vendor
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(TESTSTAMP)
	$(BIN)/ruff check src tests bench vendor

typecheck: $(TESTSTAMP)
	$(BIN)/mypy

bench: $(TESTSTAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/bench_cluster.py
	$(BIN)/python bench/bench_geo.py
	$(BIN)/python bench/bench_dates.py
	$(BIN)/python bench/bench_readers.py
	$(BIN)/python bench/bench_big.py
	$(BIN)/python bench/bench_sources.py
	$(BIN)/python bench/bench_merge.py
	$(BIN)/python bench/bench_web.py

# Every development genre at once, on the parts never tuned on (the sets live in ../shared/eval, outside the
# repository; a missing set is listed as skipped), and the merge's held-out topics by their summary (a round that moves
# an event's day or place moves the merge too: dates33's lead day cost three held-out pairs and no one saw it).
eval: $(STAMP)
	$(BIN)/eventwatch eval all --data ../shared/eval
	$(BIN)/eventwatch eval merge examples/merge/held-out.jsonl --summary

clean:
	rm -rf $(VENV) eventwatch.duckdb eventwatch.duckdb.wal
