VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/deeppol demo

test: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/throughput.py
	$(PY) bench/scale.py
	$(PY) bench/ingest.py
	$(PY) bench/queries.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
