# `make verify` and `make test` set everything up from scratch on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup verify test lint eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[model,test]'
	touch $(STAMP)

# The report on the bundled corpus; contradictions are the point here, not a failure.
verify: $(STAMP)
	$(BIN)/verify corpus/ --claims claims.yaml --fail-on never

test: $(STAMP)
	$(BIN)/ruff check src tests eval bench
	$(BIN)/python -m pytest

EVAL_STAMP := $(VENV)/.installed-eval

$(EVAL_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[model,test,eval]'
	touch $(EVAL_STAMP)

eval: $(EVAL_STAMP)
	$(BIN)/python eval/evaluate.py
	$(BIN)/python eval/quote_eval.py
	$(BIN)/python eval/figure_eval.py
	$(BIN)/python eval/perturbation_eval.py eval/sets/*/

# Speed and memory on synthetic corpora of 1,000 and 10,000 articles (bench/.corpora/, built
# on first use), next to plain en_core_web_sm, quantulum3 and spaCy's tokenizer. Slow: the
# 10k cold run takes long. `make bench BENCH_ARGS=--quick` for 200 and 1,000 articles.
BENCH_ARGS ?=
bench: $(EVAL_STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache bench/.corpora
