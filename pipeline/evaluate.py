"""Scoring a run against gold annotations: `vnextract eval --gold GOLD.jsonl --texts DIR OUTDIR`.

The project's own implementation of the rules of `shared/eval` (README.md there); its figures agree
with the reference `score.py` and its `--json` file has the same layout. Standard library only.

Gold: one article a line, `article_id`, `title`, `event_date`, `locality`, `authors`, and lists of
`officials`, `dates`, `deadlines`, `targets`, `optional` (spans that count neither way). A gold span
is given by its text and `nth`, the 0-based word-bounded occurrence in `DIR/<article_id>.txt`.

Matching, per gold article:
- articles: `title`, `event_date`, `locality` equal after folding (a gold `"?"` is not scored);
  `authors` as a set of folded names.
- officials: by folded name; a person's titles greedily, a predicted title matching a gold one if
  equal after folding or one is the other plus more words; `chair` by the role.
- dates / deadlines / targets: each predicted row, in file order, takes the first unused gold span
  it overlaps whose value agrees (else the last unused one it overlaps: right span, wrong value).
  A row overlapping no gold span but an optional one is ignored; any other row is a false hit.
  Values agree on `value` (dates), `due` (deadlines), `value` and `total` as numbers (targets).
- `overall` is the mean of officials F1 x (0.5 + 0.5 x titles F1), dates.value F1, deadlines F1,
  targets F1 and the mean F1 of the four article fields.

A run that breaks the contract (a missing table, offsets that do not point at the text, not exactly
one `articles` row per gold article) is still scored, the breaches are listed, and the exit code is 1.
"""
from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from vnextract.pipeline.facts import FACT_TYPES, TABLE_NAMES

TABLES = TABLE_NAMES
ARTICLE_FIELDS = ("title", "event_date", "locality")
UNSCORED = "?"  # a gold article field no answer is fairly derivable for

# Rows of the printed table, in reading order; `overall` parts as in shared/eval.
MEASURES = ("article.title", "article.event_date", "article.locality", "article.authors",
            "officials", "officials.titles", "officials.titles_strict", "officials.chair", "dates.span",
            "dates.value", "deadlines", "targets")
# Means over matched rows. Beyond shared/eval: `titles_strict` (equal after folding, not a prefix),
# `directed_by` (right person or rightly none) and `responsible_f1` (word F1; both none counts 1).
MEANS = ("deadlines.task_f1", "deadlines.responsible_f1", "deadlines.directed_by", "targets.unit",
         "targets.status")

EXIT_OK = 0
EXIT_CONTRACT = 1


class GoldError(ValueError):
    """The gold file does not fit its texts (an annotated span is not in the article)."""


# ---------------------------------------------------------------- text
def article_text(raw: str) -> str:
    """The contract's article text: LF line ends, Unicode NFC."""
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))


# Tone marks written on the second vowel of oa / oe / uy ("hoá", "uỷ") move to the first ("hóa",
# "ủy"), so both spelling conventions fold to the same key.
_TONES = {  # a vowel with each of the five tone marks: huyền, sắc, hỏi, ngã, nặng
    "a": "àáảãạ", "e": "èéẻẽẹ", "o": "òóỏõọ", "u": "ùúủũụ", "y": "ỳýỷỹỵ",
}
_TONE_MOVES = {first + _TONES[second][tone]: _TONES[first][tone] + second  # "oá" -> "óa", "uỷ" -> "ủy"
               for first, second in (("o", "a"), ("o", "e"), ("u", "y")) for tone in range(5)}
_TONE_MOVE = re.compile("|".join(_TONE_MOVES))
_DASHES = re.compile(r"[\u2010-\u2015-]+")
_SPACES = re.compile(r"\s+")


def fold(value) -> str:
    """Loose comparison key: NFC, casefold, one space, one kind of dash, one tone placement,
    no surrounding punctuation. None folds to ""."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFC", str(value)).casefold()
    s = _DASHES.sub("-", s)
    s = _SPACES.sub(" ", s).strip(" .,;:")
    return _TONE_MOVE.sub(lambda m: _TONE_MOVES[m.group()], s)


def words(value) -> list[str]:
    return re.findall(r"\w+", fold(value))


def find_occurrence(text: str, needle: str, nth: int = 0) -> tuple[int, int] | None:
    """[start, end) of the nth occurrence of `needle` not glued to a letter or digit on either side."""
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    for i, m in enumerate(pattern.finditer(text)):
        if i == nth:
            return m.span()
    return None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def as_list(value) -> list:
    """A list column as read from JSONL (a list), or from CSV-style text (`a; b`)."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [item.strip() for item in str(value).split(";") if item.strip()]


def as_number(value):
    """None for missing, a float, or NaN-like `_NOT_A_NUMBER` (equal to nothing but itself)."""
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return _NOT_A_NUMBER


_NOT_A_NUMBER = "not a number"


def word_f1(predicted: str, gold: str) -> float:
    """F1 of the words two strings share (as multisets)."""
    p, g = words(predicted), words(gold)
    if not p or not g:
        return 0.0
    common = sum((Counter(p) & Counter(g)).values())
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def titles_match(predicted: str, gold: str) -> bool:
    """Equal after folding, or one is the other plus more words (`Phó Bí thư` ~ `Phó Bí thư Huyện ủy`)."""
    p, g = fold(predicted), fold(gold)
    return p == g or p.startswith(g + " ") or g.startswith(p + " ")


# ---------------------------------------------------------------- counts
@dataclass
class Count:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int):
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def precision(self) -> float:
        if self.pred:
            return self.tp / self.pred
        return 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SpanMatch:
    span_tp: int = 0  # rows on a gold span, whatever their value
    tp: int = 0  # ... with the right value
    pred: int = 0
    gold: int = 0
    pairs: list[tuple[dict, dict]] = field(default_factory=list)  # (row, gold item) of the tp


@dataclass
class Evaluation:
    counts: dict[str, Count] = field(default_factory=lambda: {m: Count() for m in MEASURES})
    means: dict[str, list[float]] = field(default_factory=lambda: {m: [] for m in MEANS})
    violations: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def parts(self) -> dict[str, float]:
        f1 = {name: c.f1 for name, c in self.counts.items()}
        article_fields = [f1["article." + f] for f in ARTICLE_FIELDS + ("authors",)]
        return {
            "officials": f1["officials"] * (0.5 + 0.5 * f1["officials.titles"]),
            "dates": f1["dates.value"],
            "deadlines": f1["deadlines"],
            "targets": f1["targets"],
            "articles": sum(article_fields) / len(article_fields),
        }

    def overall(self) -> float:
        parts = self.parts()
        return sum(parts.values()) / len(parts)

    def as_json(self) -> dict:
        """The layout of shared/eval/score.py's --json."""
        out: dict = {}
        for name, c in self.counts.items():
            out[name] = {"p": c.precision, "r": c.recall, "f1": c.f1, "tp": c.tp, "pred": c.pred, "gold": c.gold}
        for name, values in self.means.items():
            out[name] = {"mean": sum(values) / len(values) if values else 0.0, "n": len(values)}
        out["parts"] = self.parts()
        out["overall"] = self.overall()
        out["violations"] = list(self.violations)
        return out


# ---------------------------------------------------------------- scoring
def _shown(row: dict):
    """The value an error line shows: `value` (with `/total` where there is one) or `due`."""
    if row.get("total") is not None:
        return f"{row.get('value')}/{row['total']}"
    return row.get("value", row.get("due"))


class Scorer:
    """Scores the rows of a run (`tables`: table -> rows) against `gold` articles with their `texts`."""

    def __init__(self, gold: list[dict], texts: dict[str, str], tables: dict[str, list[dict]]):
        self.gold = {g["article_id"]: g for g in gold}
        self.texts = texts
        self.rows: dict[str, dict[str, list[dict]]] = {t: defaultdict(list) for t in TABLES}
        for table in TABLES:
            for row in tables.get(table, []):
                self.rows[table][row.get("article_id")].append(row)
        self.result = Evaluation()

    def run(self) -> Evaluation:
        scorers = [getattr(self, f.scorer) for f in FACT_TYPES if f.scorer]  # registry order
        for aid, g in self.gold.items():
            for score in scorers:
                score(aid, g)
        return self.result

    # -- helpers
    def _count(self, name: str, tp: int, pred: int, gold: int):
        self.result.counts[name].add(tp, pred, gold)

    def _error(self, line: str):
        self.result.errors.append(line)

    def _gold_span(self, aid: str, text: str, nth: int) -> tuple[int, int]:
        span = find_occurrence(self.texts[aid], text, nth)
        if span is None:
            raise GoldError(f"gold {aid}: {text!r} (occurrence {nth}) not found in the text")
        return span

    def _row_span(self, table: str, aid: str, row: dict, text_key: str) -> tuple[int, int] | None:
        """The row's [start, end) if it points into the article's text (else a contract violation)."""
        text = self.texts[aid]
        start, end = row.get("start"), row.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
            self.result.violations.append(f"{table} {aid}: bad offsets {start!r},{end!r}")
            return None
        written = row.get(text_key)
        if written is not None and text[start:end] != written:
            self.result.violations.append(f"{table} {aid}: text[{start}:{end}]={text[start:end]!r} "
                                          f"but {text_key}={written!r}")
            return None
        return start, end

    def _match_spans(self, table: str, aid: str, items: list[dict], anchor: str, text_key: str,
                     agrees) -> SpanMatch:
        g = self.gold[aid]
        text = self.texts[aid]
        gold_spans = [self._gold_span(aid, it[anchor], it.get("nth", 0)) for it in items]
        optional = [self._gold_span(aid, o["text"], o.get("nth", 0))
                    for o in g.get("optional", []) if o.get("table", table) == table]
        used = [False] * len(items)
        m = SpanMatch(gold=len(items))
        for row in self.rows[table][aid]:
            span = self._row_span(table, aid, row, text_key)
            if span is None:
                m.pred += 1  # a row that points nowhere is a false hit
                continue
            hit = None
            for i, gold_span in enumerate(gold_spans):
                if not used[i] and overlaps(span, gold_span):
                    hit = i
                    if agrees(row, items[i]):
                        break
            if hit is None:
                if any(overlaps(span, o) for o in optional):
                    continue  # neither right nor wrong
                m.pred += 1
                self._error(f"FP {table} {aid} {text[span[0]:span[1]]!r} {_shown(row)!r}")
                continue
            m.pred += 1
            used[hit] = True
            m.span_tp += 1
            item = items[hit]
            if agrees(row, item):
                m.tp += 1
                m.pairs.append((row, item))
            else:
                self._error(f"WRONG {table} {aid} {text[span[0]:span[1]]!r} got {_shown(row)!r} "
                            f"want {_shown(item)!r}")
        for i, item in enumerate(items):
            if not used[i]:
                self._error(f"FN {table} {aid} {item[anchor]!r} {_shown(item)!r}")
        return m

    # -- per table
    def score_article(self, aid: str, g: dict):
        rows = self.rows["articles"][aid]
        if len(rows) != 1:
            self.result.violations.append(f"articles {aid}: {len(rows)} rows, want 1")
        art = rows[0] if len(rows) == 1 else {}
        for name in ARTICLE_FIELDS:
            if g.get(name) == UNSCORED:
                continue
            ok = fold(art.get(name)) == fold(g.get(name))
            self._count("article." + name, int(ok), 1, 1)
            if not ok:
                self._error(f"WRONG article.{name} {aid} got {art.get(name)!r} want {g.get(name)!r}")
        predicted = {fold(a) for a in as_list(art.get("authors"))}
        gold = {fold(a) for a in g.get("authors") or []}
        self._count("article.authors", len(predicted & gold), len(predicted), len(gold))
        for a in sorted(predicted - gold):
            self._error(f"FP author {aid} {a!r}")
        for a in sorted(gold - predicted):
            self._error(f"FN author {aid} {a!r}")

    def score_officials(self, aid: str, g: dict):
        predicted: dict[str, dict] = {}
        for row in self.rows["officials"][aid]:
            predicted.setdefault(fold(row.get("name")), row)  # a person's first row
        gold = {fold(o["name"]): o for o in g.get("officials", [])}
        both = [k for k in gold if k in predicted]
        self._count("officials", len(both), len(predicted), len(gold))
        for k in predicted.keys() - gold.keys():
            self._error(f"FP officials {aid} {predicted[k].get('name')!r}")
        for k in gold.keys() - predicted.keys():
            self._error(f"FN officials {aid} {gold[k]['name']!r}")

        titles, strict = Count(), Count()
        for k in both:
            name = gold[k]["name"]
            left = list(gold[k].get("titles", []))
            mine = as_list(predicted[k].get("titles"))
            titles.add(0, len(mine), len(left))
            strict.add(len([t for t in mine if fold(t) in {fold(x) for x in left}]), len(mine), len(left))
            for title in mine:
                match = next((t for t in left if titles_match(title, t)), None)
                if match is None:
                    self._error(f"FP title {aid} {name!r}: {title!r}")
                else:
                    left.remove(match)
                    titles.tp += 1
            for title in left:
                self._error(f"FN title {aid} {name!r}: {title!r}")
        self._count("officials.titles", titles.tp, titles.pred, titles.gold)
        self._count("officials.titles_strict", strict.tp, strict.pred, strict.gold)

        chairs = {k for k, row in predicted.items() if "chair" in as_list(row.get("roles"))}
        gold_chairs = {k for k, o in gold.items() if "chair" in o.get("roles", [])}
        self._count("officials.chair", len(chairs & gold_chairs), len(chairs), len(gold_chairs))
        for k in sorted(chairs - gold_chairs):
            self._error(f"FP chair {aid} {predicted[k].get('name')!r}")
        for k in sorted(gold_chairs - chairs):
            self._error(f"FN chair {aid} {gold[k]['name']!r}")

    def score_dates(self, aid: str, g: dict):
        m = self._match_spans("dates", aid, g.get("dates", []), "text", "text",
                              lambda row, item: str(row.get("value")) == item["value"])
        self._count("dates.span", m.span_tp, m.pred, m.gold)
        self._count("dates.value", m.tp, m.pred, m.gold)

    def score_deadlines(self, aid: str, g: dict):
        m = self._match_spans("deadlines", aid, g.get("deadlines", []), "anchor", "due_text",
                              lambda row, item: str(row.get("due")) == item["due"])
        self._count("deadlines", m.tp, m.pred, m.gold)
        for row, item in m.pairs:
            where = f"{aid} {item['anchor']!r}"
            task = word_f1(row.get("task") or "", item["task"])
            self.result.means["deadlines.task_f1"].append(task)
            if task < 1.0:
                self._error(f"TASK {task:.2f} {where} got {row.get('task')!r} want {item['task']!r}")
            got, want = row.get("responsible"), item.get("responsible")
            resp = float(got is None) if want is None else (0.0 if got is None else word_f1(got, want))
            self.result.means["deadlines.responsible_f1"].append(resp)
            if resp < 1.0:
                self._error(f"RESPONSIBLE {resp:.2f} {where} got {got!r} want {want!r}")
            got, want = row.get("directed_by"), item.get("directed_by")
            right = fold(got) == fold(want)
            self.result.means["deadlines.directed_by"].append(float(right))
            if not right:
                self._error(f"DIRECTED_BY {where} got {got!r} want {want!r}")

    def score_targets(self, aid: str, g: dict):
        def agrees(row, item):
            return (as_number(row.get("value")) == float(item["value"])
                    and as_number(row.get("total")) == as_number(item.get("total")))

        m = self._match_spans("targets", aid, g.get("targets", []), "text", "text", agrees)
        self._count("targets", m.tp, m.pred, m.gold)
        for row, item in m.pairs:
            unit_right = fold(row.get("unit")) == fold(item["unit"])
            self.result.means["targets.unit"].append(float(unit_right))
            if not unit_right:
                self._error(f"UNIT {aid} {item['text']!r} got {row.get('unit')!r} want {item['unit']!r}")
            self.result.means["targets.status"].append(float(row.get("status") == item["status"]))
            if row.get("status") != item["status"]:
                self._error(f"STATUS {aid} {item['text']!r} got {row.get('status')!r} want {item['status']!r}")


# ---------------------------------------------------------------- files
def read_jsonl(path: str, problems: list[str] | None = None) -> list[dict]:
    """Rows of a JSON Lines file; a broken line goes to `problems` (or raises ValueError)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                if problems is None:
                    raise ValueError(f"{path}:{n}: not JSON: {e}") from None
                problems.append(f"{os.path.basename(path)}:{n}: not JSON: {e}")
    return rows


def evaluate(gold_path: str, texts_dir: str, out_dir: str, half: str | None = None) -> Evaluation:
    """Score the run in `out_dir`; `half` keeps only the gold articles of that half (`dev`/`test`)."""
    gold = [g for g in read_jsonl(gold_path) if half is None or g.get("half") == half]
    texts = {}
    for g in gold:
        with open(os.path.join(texts_dir, g["article_id"] + ".txt"), encoding="utf-8", newline="") as f:
            texts[g["article_id"]] = article_text(f.read())
    tables, problems, missing = {}, [], []
    for table in TABLES:
        path = os.path.join(out_dir, table + ".jsonl")
        if os.path.exists(path):
            tables[table] = read_jsonl(path, problems)
        else:
            missing.append(table + ".jsonl")
    scorer = Scorer(gold, texts, tables)
    if missing:
        scorer.result.violations.append("missing tables: " + ", ".join(missing))
    scorer.result.violations.extend(problems)
    return scorer.run()


def format_report(ev: Evaluation, max_violations: int = 20) -> list[str]:
    width = max(map(len, MEASURES + MEANS))
    lines = [f"{'measure':{width}} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'pred':>6} {'gold':>6}"]
    for name in MEASURES:
        c = ev.counts[name]
        lines.append(f"{name:{width}} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:6d} {c.pred:6d} {c.gold:6d}")
    for name in MEANS:
        values = ev.means[name]
        mean = sum(values) / len(values) if values else 0.0
        lines.append(f"{name:{width}} {'mean':>6} {'':6} {mean:6.3f} {'':6} {'n':>6} {len(values):6d}")
    lines.append("parts: " + "  ".join(f"{k} {v:.3f}" for k, v in ev.parts().items()))
    for v in ev.violations[:max_violations]:
        lines.append(f"CONTRACT: {v}")
    if len(ev.violations) > max_violations:
        lines.append(f"CONTRACT: ... {len(ev.violations) - max_violations} more")
    lines.append(f"overall {ev.overall():.3f}")
    return lines


def format_halves(halves: dict[str, Evaluation]) -> list[str]:
    """F1 (or mean) of every measure side by side for the halves of a gold set, overall last."""
    names = list(halves)
    width = max(map(len, MEASURES + MEANS)) + 7
    lines = [f"{'measure':{width}}" + "".join(f"{n:>8}" for n in names)]
    for name in MEASURES:
        lines.append(f"{name + ' F1':{width}}" + "".join(f"{halves[n].counts[name].f1:8.3f}" for n in names))
    for name in MEANS:
        cells = []
        for n in names:
            values = halves[n].means[name]
            cells.append(f"{sum(values) / len(values):8.3f}" if values else f"{'-':>8}")
        lines.append(f"{name + ' (mean)':{width}}" + "".join(cells))
    lines.append(f"{'overall':{width}}" + "".join(f"{halves[n].overall():8.3f}" for n in names))
    return lines


def _main_halves(args, out_dir: str) -> int:
    """`--halves`: the full table of each half, errors of the dev half only (the test half is only
    scored, never read), then both side by side."""
    halves = {h: evaluate(args.gold, args.texts, out_dir, h) for h in ("dev", "test")}
    for half, ev in halves.items():
        n = len({g["article_id"] for g in read_jsonl(args.gold) if g.get("half") == half})
        if args.show_errors and half == "dev":
            print("\n".join(ev.errors) + "\n")
        print(f"== {half} half ({n} articles)")
        print("\n".join(format_report(ev)) + "\n")
    print("\n".join(format_halves(halves)))
    return EXIT_CONTRACT if any(ev.violations for ev in halves.values()) else EXIT_OK


def main(args) -> int:
    """`vnextract eval`: print the table (and the errors), write --json; 1 when the run breaks the contract."""
    try:
        out_dir = getattr(args, "outdir", None) or getattr(args, "out", None) or "outputs"
        if getattr(args, "halves", False):
            return _main_halves(args, out_dir)
        ev = evaluate(args.gold, args.texts, out_dir, getattr(args, "half", None))
    except (GoldError, ValueError) as e:
        print(f"vnextract eval: {e}", file=sys.stderr)
        return EXIT_CONTRACT
    if args.show_errors:
        for line in ev.errors:
            print(line)
        print()
    lines = format_report(ev)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(ev.as_json(), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("\n".join(lines))
    return EXIT_CONTRACT if ev.violations else EXIT_OK
