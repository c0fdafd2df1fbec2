"""The corpus-scale figures the issues ask for, read from the tables of a run over ../shared/corpus/news.

    python benchmarks/corpus_checks.py outputs/news            (make corpus-checks RUN=outputs/news)

Each line is one figure: how often a kind of row would mislead an analyst (a year from the wrong time frame,
a truncated title, a deadline long gone, ...). They count symptoms, not errors: a sample of the counted rows
must still be read in context (`make audit`) before calling a figure good or bad.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import gzip
import json
import re
from pathlib import Path

# Organisations a title must not end on: a ministry or department cut before its field, or a bare head word.
TRUNCATED_TITLE = re.compile(
    r"(Sở Nông nghiệp|Bộ Tài nguyên|Bộ Nông nghiệp|Sở Tài nguyên|Sở Giáo dục|Bộ Giáo dục|Sở Lao động|Bộ Lao động"
    r"|Sở Văn hóa|Bộ Văn hóa|Sở Kế hoạch|Bộ Kế hoạch|\bCông ty|\bCục|\bSở|\bBộ|\bBan|\bTrung tâm|\bViện)$")
# Standard abbreviations a canonical title spells out.
STANDARD_ABBREVIATION = re.compile(
    r"\b(UBND|HĐND|HĐQT|MTTQ|BCH|BTV|TP\.?|TX|NN&PTNT|NN-PTNT|GD-ĐT|GD&ĐT|GDĐT|TN&MT|TN-MT|LĐ-TB&XH|KH&ĐT|KH-ĐT"
    r"|GTVT|VKSND|TAND|CSĐT|ĐBQH|BQL|KKT|BCĐ|HU|TU|CA)\b")
SENTENCE_END = re.compile(r"[.!?](\s|$)")
SENTENCE_BREAK = re.compile(r"[.!?]\s")
LEAD_MIN_CHARS = 300
# At most this many words before a day that opens a sentence (`Sáng`, `Chiều nay`, `Ngày hôm qua`).
OPENING_WORDS = 4


def read_table(run: Path, table: str) -> list[dict]:
    with open(run / f"{table}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def read_corpus(folder: Path) -> dict[str, dict]:
    articles = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                articles[article["id"]] = article
    return articles


def share(part: int, whole: int, digits: int = 1) -> str:
    return f"{part} ({100 * part / max(1, whole):.{digits}f}%)"


def lead_end(text: str) -> int:
    """The lead: the first sentence, or the first 300 characters where that sentence is shorter."""
    match = SENTENCE_END.search(text)
    return max(match.end() if match else len(text), LEAD_MIN_CHARS)


def opens_sentence(text: str, start: int) -> bool:
    """Whether a date at `start` opens its sentence or line, after a few words with no figure."""
    line_start = text.rfind("\n", 0, start) + 1
    sentence_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    before = text[max(line_start, sentence_start):start].strip(" (\"“")
    return len(before.split()) <= OPENING_WORDS and not re.search(r"\d", before)


def year_checks(dates: list[dict]) -> list[str]:
    # The baomoi articles carry no `published` and were crawled in January-July 2017.
    inferred = [d for d in dates if d["article_id"].startswith("baomoi") and d.get("year_inferred")]
    other = [d for d in inferred if not str(d["value"]).startswith("2017")]
    return [f"baomoi inferred-year date rows: {len(inferred)}, year other than 2017: {share(len(other), len(inferred))}"]


def article_checks(articles: list[dict], dates: list[dict], corpus: dict[str, dict]) -> list[str]:
    pacific = [a for a in articles if "Thái Bình Dương" in corpus[a["article_id"]]["text"]]
    ok = [a for a in articles if a["status"] == "ok"]
    days = collections.defaultdict(list)
    for d in dates:
        if d["granularity"] == "day":
            days[d["article_id"]].append(d["start"])
    in_lead = opening = 0
    for a in ok:
        if a.get("event_date") is not None:
            continue
        text = corpus[a["article_id"]]["text"]
        starts = [s for s in days[a["article_id"]] if s < lead_end(text)]
        in_lead += bool(starts)
        opening += any(opens_sentence(text, s) for s in starts)
    untitled = [a for a in articles if not corpus[a["article_id"]].get("title")]
    given = [a["title"] for a in untitled if a.get("title")]
    return [
        f"articles containing 'Thái Bình Dương': {len(pacific)}, "
        f"with locality Bình Dương: {sum(a.get('locality') == 'Bình Dương' for a in pacific)}",
        f"ok articles: {len(ok)}; event_date empty while a day-level date opens a sentence of the lead: "
        f"{share(opening, len(ok))}; while one is anywhere in the lead: {share(in_lead, len(ok))}",
        f"articles without an input title: {len(untitled)}, with a title: {len(given)}, "
        f"longest {max(map(len, given), default=0)} chars, over 160: {sum(len(t) > 160 for t in given)}",
    ]


def deadline_checks(deadlines: list[dict], articles: list[dict]) -> list[str]:
    published = {a["article_id"]: a.get("published") for a in articles}
    dantri = [r for r in deadlines if r["article_id"].startswith("dantri")]
    long_gone = [
        r for r in dantri
        if published[r["article_id"]] and r.get("due_date")
        and dt.date.fromisoformat(r["due_date"]) < dt.date.fromisoformat(published[r["article_id"]][:10]) - dt.timedelta(days=31)
    ]
    short = [r for r in deadlines if not r.get("task") or len(r["task"].split()) < 3]
    return [
        f"dantri deadline rows: {len(dantri)}, due more than 31 days before publication: {share(len(long_gone), len(dantri))}",
        f"deadline rows: {len(deadlines)}, task empty or under three words: {len(short)}",
    ]


def title_checks(officials: list[dict]) -> list[str]:
    titles = [t for row in officials for t in row["titles"]]
    truncated = [t for t in titles if TRUNCATED_TITLE.search(t)]
    abbreviated = [t for t in titles if STANDARD_ABBREVIATION.search(t)]
    former = [t for t in titles if t.lower().startswith(("nguyên ", "cựu "))]
    return [
        f"titles: {len(titles)} in {len(officials)} official rows; ending on a truncated organisation: "
        f"{share(len(truncated), len(titles), 2)}; holding a standard abbreviation: {share(len(abbreviated), len(titles), 2)}; "
        f"starting with nguyên/cựu: {len(former)}",
        f"truncated examples: {truncated[:8]}",
        f"abbreviation examples: {abbreviated[:8]}",
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="the output folder of a run over the news corpus")
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/news"))
    args = parser.parse_args(argv)
    tables = {t: read_table(args.run, t) for t in ("articles", "officials", "dates", "deadlines", "targets")}
    corpus = read_corpus(args.corpus)
    lines = (year_checks(tables["dates"]) + article_checks(tables["articles"], tables["dates"], corpus)
             + deadline_checks(tables["deadlines"], tables["articles"]) + title_checks(tables["officials"]))
    lines.append(f"rows: { {t: len(rows) for t, rows in tables.items()} }")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
