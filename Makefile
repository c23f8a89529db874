# `make verify` and `make test` set everything up from scratch on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup verify test lint eval clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[model,test]'
	touch $(STAMP)

# The report on the bundled corpus; contradictions are the point here, not a failure.
verify: $(STAMP)
	$(BIN)/verify corpus/ --claims claims.yaml --fail-on never

test: $(STAMP)
	$(BIN)/ruff check src tests eval
	$(BIN)/python -m pytest

EVAL_STAMP := $(VENV)/.installed-eval

$(EVAL_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[model,test,eval]'
	touch $(EVAL_STAMP)

eval: $(EVAL_STAMP)
	$(BIN)/python eval/evaluate.py
	$(BIN)/python eval/quote_eval.py
	$(BIN)/python eval/figure_eval.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
