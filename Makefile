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

.PHONY: setup run test lint bench bench-batch extract clean eval audit

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

# ruff, configured in pyproject.toml (CI runs it beside the tests)
lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python benchmarks/bench.py --n $(N) --ner 30 --workers 2

# Corpus-scale batch figures: peak memory at 1x and 4x the news corpus, cached rerun, worker scaling.
bench-batch: setup
	$(BIN)/python benchmarks/batch.py --scale 1 4 --rerun --workers-scaling 600

# Whole-article evaluation: the random sample of ../shared/corpus/news (tests/data/draw_random_articles.py)
# against its gold (tests/data/random_articles.jsonl), dev and test halves side by side.
# `make eval ERRORS=1` also lists every error of the dev half (read errors there, never on the test half).
EVAL_DIR := outputs/eval
GOLD := tests/data/random_articles.jsonl
eval: setup
	@$(BIN)/python tests/data/draw_random_articles.py --texts $(EVAL_DIR)/texts --jsonl $(EVAL_DIR)/articles.jsonl
	@$(BIN)/vnextract run $(EVAL_DIR)/articles.jsonl --out $(EVAL_DIR)/run --workers 2 2>$(EVAL_DIR)/run.log; \
	  rc=$$?; [ $$rc -eq 0 ] || [ $$rc -eq 3 ] || { tail -n 5 $(EVAL_DIR)/run.log; exit $$rc; }
	@$(BIN)/vnextract eval --gold $(GOLD) --texts $(EVAL_DIR)/texts --out $(EVAL_DIR)/run --halves $(if $(ERRORS),--show-errors)

# Precision by eye: N random rows per table of a run over the whole news corpus (rerun: only changed
# articles are extracted again), into a review sheet
# (AUDIT_OUT/audit/audit-SEED.md and .csv) with each row in context and a link into the HTML report.
AUDIT_OUT ?= outputs/news
SEED ?= 1
AUDIT_N ?= 50
audit: setup
	@$(BIN)/vnextract run ../shared/corpus/news --out $(AUDIT_OUT) --workers $(WORKERS) || [ $$? -eq 3 ]
	@$(BIN)/vnextract report --out $(AUDIT_OUT)
	@$(BIN)/vnextract audit --out $(AUDIT_OUT) --n $(AUDIT_N) --seed $(SEED)

# For cron: make extract INPUT=/data/dump OUT=/data/tables
# Succeeds when every article went through (error rows, exit 3, are listed in manifest.json);
# fails when the run failed (1) or another run held the folder (4). The CLI gives the exact code.
extract: setup
	@$(BIN)/vnextract run $(INPUT) --out $(OUT) --workers $(WORKERS); rc=$$?; \
	  if [ $$rc -eq 3 ]; then echo "vnextract: some articles are error rows, see $(OUT)/manifest.json"; fi; \
	  [ $$rc -eq 0 ] || [ $$rc -eq 3 ]

clean:
	rm -rf $(VENV) outputs/*.csv outputs/*.jsonl .pytest_cache
