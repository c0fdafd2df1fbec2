"""`vnextract report --out DIR`: a static HTML review report of a run, no JavaScript, no network.

Writes DIR/report/:

  index.html             run summary (manifest.json and a recount of the tables), error rows and
                         their reasons, top officials, top titles, top localities, two charts as
                         inline SVG (deadlines by due month; targets by status and by top units),
                         and the first INDEX_PAGE_SIZE articles (title, locality, event date, rows
                         per table), with a pager to the rest
  list-0002.html ...     the next INDEX_PAGE_SIZE articles each (only when there are more), so the
                         index stays small for 100k articles while every article stays reachable
  articles/<safe>.html   one page per articles row: metadata, the text with every extracted span
                         highlighted and labelled by type, a legend, and the rows of each table,
                         each row linking to its span (`#dates-3` -> the element with id dates-3)
  report.css             the one stylesheet all pages share

Why not `spacy.displacy.render` for the text: style "ent" cannot show overlapping spans (a date
inside a deadline is printed twice, so offsets no longer map onto the page) and style "span" works
on tokens, joins them with spaces and splits every span into one element per token (newlines and
exact characters are lost; no element holds a span's text). So spans are rendered here, in
displaCy's look (its colours, labels on the span, stacked underline bars for nested spans): one
element per span whose textContent is exactly text[start:end]. Spans nest properly in practice
(dates inside deadlines/targets); a span that crosses another is split into fragments sharing
`data-sid`, the first carrying the id, so the fragments' text joined is text[start:end].

Every row is checked against the text (text[start:end] == its text / due_text) before it is
highlighted; a row that does not match (inputs changed since the run, duplicate article ids) is
listed as "offset mismatch" instead, and counted on the index.

Article texts come from the run's inputs (manifest.json "inputs", resolved against the current
folder, then the run folder's parent) or from --inputs, read with `iter_articles`, i.e. the same
normalised text the offsets point into. Tables are streamed in their article_id order; texts go to
a temporary SQLite file, so memory stays flat for large runs. Output is deterministic (no clock,
sorted counts) and replaces any previous DIR/report atomically.

Exit codes: 0 report written; 3 written, but some article texts were not found or some rows did
not match their text (see the index); 1 no run in DIR (no manifest.json / articles.jsonl).
"""
from vnextract.pipeline.report.build import INDEX_PAGE_SIZE, REPORT_DIR, build_report, main  # noqa: F401
from vnextract.pipeline.report.markup import ARTICLES_DIR, Span, highlight, safe_name  # noqa: F401  # noqa: F401
from vnextract.pipeline.report.pages import list_page_name  # noqa: F401
from vnextract.pipeline.report.store import resolve_inputs  # noqa: F401
