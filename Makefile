SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed-$(shell sha256sum requirements.lock | cut -c1-16)
AXE := node_modules/axe-core/axe.min.js
MO := locale/de/LC_MESSAGES/django.mo
PYTEST_ARGS ?=
BENCH_ARGS ?=

.PHONY: help install run worker test lint format bench lock

help:
	@echo "make run    – Demo einrichten und auf http://127.0.0.1:8000 starten (SQLite)"
	@echo "make test   – gesamte Testsuite ausführen"
	@echo "make lint   – ruff und djhtml prüfen"
	@echo "make bench  – Lasttest mit gunicorn und wrk"

$(INSTALLED): requirements.lock
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(INSTALLED) $(MO)

$(MO): locale/de/LC_MESSAGES/django.po | $(INSTALLED)
	$(PY) manage.py compilemessages -l de --ignore=.venv --ignore=node_modules -v 0

$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py resume_certificate_batches -v 0
	trap 'kill 0' EXIT; $(PY) manage.py db_worker & $(PY) manage.py runserver 127.0.0.1:8000

worker: install
	$(PY) manage.py resume_certificate_batches -v 0
	$(PY) manage.py db_worker

# A fresh test database each run: the browser tests are transactional and flush it, so a
# reused one would have lost the data the migrations create (home page, roles, municipalities).
test: install $(AXE)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files '*.html')

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(git ls-files '*.html')

bench: install
	$(PY) bench/run.py $(BENCH_ARGS)

lock:
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --generate-hashes \
		--python-version 3.11 --python-platform x86_64-unknown-linux-gnu -o requirements.lock
