# Two commands do everything: `make demo` and `make test`. Both set themselves up first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# The stamp names the inputs of the environment: the package lists and the Python it was built with.
PYVER  := $(shell $(PYTHON) -c 'import sys; print(sys.version.split()[0])' 2>/dev/null)
STAMP  := $(VENV)/.installed-$(shell (cat pyproject.toml constraints.txt; echo $(PYTHON) $(PYVER)) | cksum | cut -d' ' -f1)

.PHONY: install demo test test-deps lint format bench clean

# constraints.txt pins the versions the test suite last passed with, for every supported Python
# (environment markers where one pin cannot serve them all). scripts/check-python.sh stops with a
# clear message on a Python that is too old or cannot make virtual environments.
$(STAMP): pyproject.toml constraints.txt
	bash scripts/check-python.sh $(PYTHON)
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/tracker demo

# System parts the tests use for real: PostgreSQL and Chromium (installed when run as root).
test-deps:
	bash scripts/test-deps.sh

test: install test-deps
	@set -e; \
	if [ -z "$$TRACKER_TEST_POSTGRES_URL" ] && [ -f .test-postgres-url ]; then \
		export TRACKER_TEST_POSTGRES_URL=$$(cat .test-postgres-url); fi; \
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && \
	$(BIN)/python -m pytest -n 2 --dist load -p no:cacheprovider $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

bench: install
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache tests/artifacts .test-postgres-url
