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

.PHONY: setup bytecode run test lint bench bench-batch bench-process bench-startup bench-dates-external extract clean eval audit corpus-checks

setup: $(STAMP)

$(STAMP): requirements.lock requirements-test.lock pyproject.toml
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "make setup: Python 3.11+ is needed ($(PY) is older; pass PY=python3.11)"; exit 1; }
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@echo "make setup: installing the pinned packages of requirements.lock and requirements-test.lock (a few minutes the first time)"
	$(BIN)/python -m pip install --disable-pip-version-check --progress-bar on -r requirements.lock -r requirements-test.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@$(MAKE) --no-print-directory bytecode
	@touch $(STAMP)

# The project's modules compiled once, as a wheel install does: a run then reads them instead of compiling
# every module from source (about 0.25 s of each run's start-up where PYTHONDONTWRITEBYTECODE is set).
# Python still checks each source's time stamp, so an edited module is compiled afresh.
bytecode:
	@$(BIN)/python -m compileall -q pipeline extractors vnextract benchmarks

run: setup
	$(BIN)/vnextract run corpus --out outputs

test: setup
	$(BIN)/python -m pytest

# ruff, configured in pyproject.toml (CI runs it beside the tests)
lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python benchmarks/bench.py --n $(N) --ner 30 --workers 2

# Token-for-token identity of the fast word segmentation with underthesea.word_tokenize on every
# sentence of ../shared/corpus/news (exit 1 on any mismatch).
.PHONY: check-segmentation
check-segmentation: setup
	$(BIN)/python benchmarks/check_segmentation.py

# Whole processes (start-up, reading, writing included): vnextract run with 1 and 2 workers against a
# plain Python process doing only underthesea segmentation of the same 1,200 articles.
bench-process: setup
	$(BIN)/python benchmarks/whole_process.py --n 1200 --rounds 3

# A run's fixed cost: one short article, fresh processes; when its rows are ready, and the whole run;
# then the CPU time of each start-up step (minima over fresh processes: valid on a loaded machine).
bench-startup: setup bytecode
	$(BIN)/python benchmarks/startup.py --rounds 7
	$(BIN)/python benchmarks/fixed_costs.py --rounds 7

# Date detection on an external gold set not shipped with the project: PhoNER_COVID19's test split
# (github.com/VinAIResearch/PhoNER_COVID19, data/syllable/test_syllable.json), given as PHONER=path.
PHONER ?= ../PhoNER_COVID19/data/syllable/test_syllable.json
bench-dates-external: setup
	$(BIN)/python benchmarks/external_dates.py $(PHONER) --errors 20

# Corpus-scale batch figures: peak memory at 1x and 4x the news corpus, cached rerun, worker scaling.
bench-batch: setup
	$(BIN)/python benchmarks/batch.py --scale 1 4 --rerun --workers-scaling 600

# Whole-article evaluation: the random sample of ../shared/corpus/news (tests/data/draw_random_articles.py)
# against its gold (tests/data/random_articles.jsonl), dev and test halves side by side.
# `make eval ERRORS=1` also lists every error of the dev half (read errors there, never on the test half).
EVAL_DIR ?= outputs/eval
GOLD ?= tests/data/random_articles.jsonl
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

# The corpus-scale figures of the issues (wrong-frame years, empty event dates, truncated titles, deadlines long
# gone, ...) from the tables of a run over the news corpus: make corpus-checks RUN=outputs/news
RUN ?= outputs/news
corpus-checks: setup
	@$(BIN)/python benchmarks/corpus_checks.py $(RUN)

# For cron: make extract INPUT=/data/dump OUT=/data/tables
# Succeeds when every article went through (error rows, exit 3, are listed in manifest.json);
# fails when the run failed (1) or another run held the folder (4). The CLI gives the exact code.
extract: setup
	@$(BIN)/vnextract run $(INPUT) --out $(OUT) --workers $(WORKERS); rc=$$?; \
	  if [ $$rc -eq 3 ]; then echo "vnextract: some articles are error rows, see $(OUT)/manifest.json"; fi; \
	  [ $$rc -eq 0 ] || [ $$rc -eq 3 ]

# Everything a run, eval, audit or a build writes (tables, runs/, Parquet, DuckDB, manifest, report, cache,
# lock), and the virtualenv.
clean:
	find outputs -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf {} +
	rm -rf $(VENV) .pytest_cache .hypothesis .ruff_cache build *.egg-info
