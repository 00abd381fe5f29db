# errcodegen: the README's two commands are `make generate` and `make test`.
# Every target sets up what it needs on a fresh clone (.venv/, node_modules/).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export GOTOOLCHAIN := local
export GOFLAGS := -mod=mod

.PHONY: generate check test test-quick test-large lint diff update bench fuzz clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

# The built-in templates ship precompiled (generator/targets/<name>/_compiled, see render.py):
# refreshed here so that they never lag behind the templates (a test compares them too).
generate: $(STAMP)
	$(PY) -m errcodegen.targets.compile
	$(PY) -m errcodegen generate

check: $(STAMP)
	$(PY) -m errcodegen check

# KIND=string for pages of symbolic codes (the media-processing job page).
KIND ?= int

# Without FILE: every page of every configured set, each with its set's kind and names file.
lint: $(STAMP)
	$(PY) -m errcodegen lint $(if $(FILE),--kind $(KIND) $(FILE))

# NAMES=FILE names OLD (default: the configured names file of the first set of this KIND;
# NAMES=none derives them from OLD). Changes found (exit 1) are no make error; trouble (2) is.
diff: $(STAMP)
	$(PY) -m errcodegen diff --kind $(KIND) $(if $(NAMES),--names $(NAMES)) $(OLD) $(NEW) || [ $$? -eq 1 ]

# Fetch the pages from upstream (pyproject.toml's [tool.errcodegen.sets.upstream]), report, regenerate.
update: $(STAMP)
	$(PY) -m errcodegen update $(UPDATE_ARGS) || [ $$? -eq 1 ]

# The tests run the command line hundreds of times, as users run it: with its bytecode cached. A
# machine that sets PYTHONDONTWRITEBYTECODE would recompile the package and its precompiled
# templates on every run (measured: 7 min 58 s against 6 min 49 s for the whole suite).
test test-quick test-large: export PYTHONDONTWRITEBYTECODE =

test: $(STAMP) $(NODE_STAMP)
	$(PY) -m pytest -q $(PYTEST_ARGS)

# The quick round (about 1.5 minutes on 2 cores, against 7 for `make test`): the reader, the
# names, the golden cases, every language's fast checks, the CLI, upstream and the writer; no
# slow toolchain test (Maven, cargo, browsers, SDKs, the other Pythons, the property tests).
QUICK := architecture golden parse columns html_tables table_forms sections variants symbol_names config_schema product \
	set_names init templates targets schema_json cli pipeline irregular_pages other_pages i18n quality \
	python typescript go php strings history upstream write adversarial docs_links toml_subset
test-quick: $(STAMP) $(NODE_STAMP)
	$(PY) -m pytest -q -m "not slow" $(foreach t,$(QUICK),tests/test_$(t).py) $(PYTEST_ARGS)

# The toolchains on thousands of categories (Java at 16 000, tsc at its 1 000): a few minutes,
# skipped by `make test` (ERRCODEGEN_LARGE unset), which would pass its 8 minutes with them.
test-large: $(STAMP) $(NODE_STAMP)
	ERRCODEGEN_LARGE=1 $(PY) -m pytest -q -m large $(PYTEST_ARGS)

fuzz: $(STAMP) $(NODE_STAMP)
	FUZZ_EXAMPLES=$(or $(EXAMPLES),500) $(PY) -m pytest -q tests/test_property.py

bench: $(STAMP)
	$(PY) tests/bench.py

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .hypothesis
