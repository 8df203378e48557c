# Two commands set everything up on a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: demo test lint typecheck bench eval clean install

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

test: $(TESTSTAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(TESTSTAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(TESTSTAMP)
	$(BIN)/mypy

bench: $(TESTSTAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/bench_geo.py
	$(BIN)/python bench/bench_dates.py
	$(BIN)/python bench/bench_readers.py
	$(BIN)/python bench/bench_big.py
	$(BIN)/python bench/bench_sources.py

# Every development genre at once, on the parts never tuned on (the sets live in ../shared/eval, outside the
# repository; a missing set is listed as skipped).
eval: $(STAMP)
	$(BIN)/eventwatch eval all --data ../shared/eval

clean:
	rm -rf $(VENV) eventwatch.duckdb eventwatch.duckdb.wal
