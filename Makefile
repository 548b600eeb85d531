# gigai: two commands do all the set-up on a fresh machine.
#   make labs   create .venv, install, open JupyterLab on labs/ (offline mode when no key is set)
#   make test   create .venv, install (with test extras), run the whole suite (tests/ + notebooks)
# Windows without make: see README.md ("Windows, tanpa make").

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# Installs happen again only when pyproject.toml changes (stamp files inside the venv).
STAMP_LABS := $(VENV)/.gigai-labs.stamp
STAMP_TEST := $(VENV)/.gigai-test.stamp
STAMP_CHECK := $(VENV)/.gigai-check.stamp
NOTEBOOKS := $(wildcard labs/*.ipynb trainer/solutions/*.ipynb)
SANITIZE := tests/nbval_sanitize.cfg
NBVAL_ARGS := -p tests.nbval_plugin --nbval-lax --nbval-current-env --nbval-cell-timeout=600 --nbval-sanitize-with $(SANITIZE)
PYTEST_ARGS ?=
# Tests and notebooks run with no key and no network: the offline engine answers.
KEY_VARS := OPENAI_API_KEY OPENAI_BASE_URL GEMINI_API_KEY GOOGLE_API_KEY GROQ_API_KEY OPENROUTER_API_KEY \
            GIGAI_API_KEY GIGAI_BASE_URL GIGAI_RECORD GIGAI_CASSETTE GIGAI_FALLBACK GIGAI_MODEL HF_TOKEN
TEST_ENV := env $(addprefix -u ,$(KEY_VARS)) GIGAI_PROVIDER=offline GRADIO_ANALYTICS_ENABLED=False \
            HF_HUB_OFFLINE=1

.PHONY: help labs test check install install-test demo bench doctor lint format clean

help:
	@echo "make labs    - install and open JupyterLab on labs/ (mulai di sini / start here)"
	@echo "make test    - install with test extras and run tests/ + notebooks (the full suite, what CI runs)"
	@echo "make check   - the fast lane: tests without notebooks, browsers, renders or llama.cpp (< 3 min)"
	@echo "make doctor  - check this laptop (gigai doctor)"
	@echo "make demo    - trainer demo app (gigai demo)"
	@echo "make bench   - render and import benchmarks (prints numbers)"
	@echo "make lint    - ruff"
	@echo "make clean   - remove .venv and caches"

$(PY):
	@$(PYTHON) -c 'import sys; v = sys.version_info; sys.exit(0 if v >= (3, 10) else "gigai butuh / needs Python >= 3.10, ditemukan / found %d.%d. Coba / try: make labs PYTHON=python3.11" % v[:2])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip

# JupyterLab's "news" question (English, a network call) is off for participants, also when they start it by hand.
$(STAMP_LABS): pyproject.toml | $(PY)
	$(PY) -m pip install -e ".[labs,online]"
	-$(BIN)/jupyter labextension disable --level=sys_prefix "@jupyterlab/apputils-extension:announcements"
	@touch $@

# llama-cpp-python (test extra) compiles once (~5 min); pip caches the wheel. CI sets CMAKE_ARGS=-DGGML_NATIVE=OFF.
$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install -e ".[labs,online,test,testmodel]"
	@touch $@ $(STAMP_LABS) $(STAMP_CHECK)

# The fast lane needs no compiler: no llama.cpp build.
$(STAMP_CHECK): pyproject.toml | $(PY)
	$(PY) -m pip install -e ".[labs,online,test]"
	@touch $@ $(STAMP_LABS)

install: $(STAMP_LABS)
install-test: $(STAMP_TEST)

# GIGAI_PROVIDER is left alone: with no key in .env the labs use the offline engine.
labs: $(STAMP_LABS)
	JUPYTER_CONFIG_PATH=$(CURDIR)/trainer/jupyter $(BIN)/jupyter lab labs/

test: $(STAMP_TEST)
	$(TEST_ENV) $(PY) -m pytest tests $(NOTEBOOKS) $(if $(NOTEBOOKS),$(NBVAL_ARGS)) $(PYTEST_ARGS)

# What a developer runs while working: unit and integration tests without notebooks, browsers, renders or the
# llama.cpp server. CI runs it first, then the whole suite.
check: $(STAMP_CHECK)
	$(TEST_ENV) $(PY) -m pytest tests -m "not browser and not slow and not llama" -q -n 2 $(PYTEST_ARGS)

demo: $(STAMP_LABS)
	$(BIN)/gigai demo

doctor: $(STAMP_LABS)
	-$(BIN)/gigai doctor

# Every bench/*.py prints its own figures (import time, render, offline engine accuracy, SDK overhead, ...).
bench: $(STAMP_LABS)
	@set -e; for f in bench/*.py; do echo "==> $$f"; $(PY) $$f; done

lint: | $(PY)
	@$(PY) -m ruff --version >/dev/null 2>&1 || $(PY) -m pip install "ruff>=0.6"
	$(PY) -m ruff check gigai tests bench

format: | $(PY)
	@$(PY) -m ruff --version >/dev/null 2>&1 || $(PY) -m pip install "ruff>=0.6"
	$(PY) -m ruff format gigai tests bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache out bench/out
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find labs -name .ipynb_checkpoints -type d -prune -exec rm -rf {} + 2>/dev/null || true
