# The newcomer's path: `make site` builds site/ from seeds/, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve docs test goldens lint clean browser screenshots

$(BIN)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements-dev.txt
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .  # setuptools comes from requirements-dev.txt
	touch $@

site: $(BIN)/.installed  ## generate docs/ from seeds/ and build site/
	$(BIN)/mkdocs build --strict

serve: $(BIN)/.installed  ## live preview; edits in seeds/ rebuild the page
	$(BIN)/mkdocs serve

docs: $(BIN)/.installed  ## regenerate docs/ only
	$(BIN)/python -m generator build

test: $(BIN)/.installed  ## all tests (the browser tests are skipped where Chromium is missing; `make browser` installs it)
	$(BIN)/python -m pytest

browser:  ## Debian's headless Chromium for the browser tests (needs root; CI runs this)
	command -v chromium >/dev/null || (apt-get update && apt-get install -y --no-install-recommends chromium)

screenshots: $(BIN)/.installed  ## rewrite the committed screenshots in screenshots/ from the seed site
	SCREENSHOTS_DIR=screenshots $(BIN)/python -m pytest tests/test_browser.py -k screenshots

goldens: $(BIN)/.installed  ## rewrite golden files and docs/ from the current code; review the diff
	$(BIN)/python -m pytest --update-goldens tests/test_golden.py
	$(BIN)/python -m generator build

lint: $(BIN)/.installed
	$(BIN)/ruff check generator tests
	$(BIN)/mypy

clean:
	rm -rf site .cache

.PHONY: bench
bench: $(BIN)/.installed  ## benchmark at 10, 100, 1,000 and 5,000 articles; writes bench/results.md and bench/results.json
	$(BIN)/python -m bench $(if $(SIZES),--sizes $(SIZES))
