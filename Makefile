# The targets here are exactly what the README and CI run.
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint bench lock clean

setup:
	@bash scripts/setup.sh

demo: setup  ## set everything up and run the main job on the bundled corpus
	$(BIN)/entente demo

test: setup lint  ## set everything up, check style and types, run the whole test suite
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: setup
	$(BIN)/python benchmarks/run.py

lock:  ## refresh requirements.lock from the current .venv
	$(BIN)/pip freeze | grep -v -i -e '^-e' -e '^#' -e '^entente' -e 'es[-_]core[-_]news[-_]sm' > requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache entente.duckdb
