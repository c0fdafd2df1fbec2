# Two commands: `make run` (extract the bundled corpus into outputs/) and `make test`.
# Both bootstrap a local virtualenv through `make setup` (idempotent, quick once done).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
N ?= 300
INPUT ?= corpus
OUT ?= outputs
WORKERS ?= 0

.PHONY: setup run test bench bench-batch extract clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

run: setup
	$(BIN)/vnextract run corpus --out outputs

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/bench.py --n $(N) --ner 30 --workers 2

# Corpus-scale batch figures: peak memory at 1x and 4x the news corpus, cached rerun, worker scaling.
bench-batch: setup
	$(BIN)/python benchmarks/batch.py --scale 1 4 --rerun --workers-scaling 600

# For cron: make extract INPUT=/data/dump OUT=/data/tables
# Succeeds when every article went through (error rows, exit 3, are listed in manifest.json);
# fails when the run failed (1) or another run held the folder (4). The CLI gives the exact code.
extract: setup
	@$(BIN)/vnextract run $(INPUT) --out $(OUT) --workers $(WORKERS); rc=$$?; \
	  if [ $$rc -eq 3 ]; then echo "vnextract: some articles are error rows, see $(OUT)/manifest.json"; fi; \
	  [ $$rc -eq 0 ] || [ $$rc -eq 3 ]

clean:
	rm -rf $(VENV) outputs/*.csv outputs/*.jsonl .pytest_cache
