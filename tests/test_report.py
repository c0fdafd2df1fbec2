"""`vnextract report`: the HTML it writes (spans at the right characters, escaping, links) and the
pages in a real headless Chromium (Playwright, /usr/bin/chromium)."""
from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import CORPUS
from vnextract.pipeline import report as rep
from vnextract.pipeline.batch import run_batch
from vnextract.pipeline.cli import main as cli_main
from vnextract.pipeline.ingest import iter_articles

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SPAN_TABLES = ("officials", "dates", "deadlines", "targets")
TEXT_FIELD = {"officials": "text", "dates": "text", "deadlines": "due_text", "targets": "text"}

HOSTILE_ID = "weird/ID:<1> ü"
HOSTILE_TEXT = (
    "Họp giao ban <script>alert('xss')</script>\n\n"
    "Chiều ngày 25/11/2019, đồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện chủ trì hội nghị <b>giao ban</b> & \"đánh giá\".\n"
    "Đồng chí Bùi Quang Hoàn yêu cầu các phòng, ngành có liên quan hoàn thành báo cáo trước ngày 30/11/2019.\n"
    "Đến nay đã có 14/17 khu dân cư mẫu đạt chuẩn <img src=x onerror=alert(1)>.\n"
)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    """A real run: the bundled articles plus a hostile one, an odd id and a broken line (error row)."""
    d = tmp_path_factory.mktemp("report-run")
    lines = []
    for name in sorted(os.listdir(CORPUS)):
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            lines.append(json.dumps({"id": name[:-4], "text": f.read(), "published": "2020-10-01"},
                                    ensure_ascii=False))
    lines.append(json.dumps({"id": "zz-hostile", "title": "<b>Tiêu đề</b> & <script>x()</script>",
                             "url": "javascript:alert(1)", "text": HOSTILE_TEXT}, ensure_ascii=False))
    lines.append(json.dumps({"id": HOSTILE_ID, "text": HOSTILE_TEXT.replace("Họp", "Hội nghị")}, ensure_ascii=False))
    lines.append('{"id": "broken", "text": ')
    src = d / "input.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = d / "out"
    run_batch([str(src)], str(out), workers=1, use_cache=False, columnar=False)
    summary = rep.build_report(str(out))
    assert summary.articles == len(lines)
    return out


@pytest.fixture(scope="module")
def texts(run_dir):
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    return {a.article_id: a.text for a in iter_articles(manifest["inputs"])}


@pytest.fixture(scope="module")
def articles(run_dir):
    return load(run_dir, "articles")


@pytest.fixture(scope="module")
def rows_by_article(run_dir):
    """{article_id: {table: [rows in file order]}}; the report numbers them 1.. in this order."""
    out = defaultdict(lambda: defaultdict(list))
    for t in SPAN_TABLES:
        for r in load(run_dir, t):
            out[r["article_id"]][t].append(r)
    return out


def load(out, table):
    with open(os.path.join(out, f"{table}.jsonl"), encoding="utf-8") as f:
        return [json.loads(x) for x in f]


def page_path(run_dir, aid):
    return run_dir / "report" / "articles" / f"{rep.safe_name(aid)}.html"


# --------------------------------------------------------------------------- a small DOM


class Node:
    def __init__(self, tag, attrs):
        self.tag, self.attrs, self.parts, self.children = tag, dict(attrs), [], []

    @property
    def text(self):
        return "".join(self.parts)


class Dom(HTMLParser):
    """Elements with their textContent (data of all descendants), by id and in document order."""
    VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "embed", "source", "track", "wbr"}

    def __init__(self, html_text):
        super().__init__(convert_charrefs=True)
        self.stack, self.all, self.by_id = [], [], {}
        self.tags = []
        self.feed(html_text)
        self.close()
        assert not self.stack, [n.tag for n in self.stack]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs)
        self.tags.append(tag)
        self.all.append(node)
        if "id" in node.attrs:
            assert node.attrs["id"] not in self.by_id, f"duplicate id {node.attrs['id']}"
            self.by_id[node.attrs["id"]] = node
        if tag not in self.VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1].tag == tag, (tag, [n.tag for n in self.stack[-3:]])
        self.stack.pop()

    def handle_data(self, data):
        for n in self.stack:
            n.parts.append(data)

    def sid_text(self, sid):
        return "".join(n.text for n in self.all if n.attrs.get("data-sid") == sid)


def dom(path) -> Dom:
    return Dom(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- HTML unit tests


def test_every_row_is_highlighted_at_its_offsets(run_dir, articles, texts, rows_by_article):
    checked = 0
    for a in articles:
        if a["status"] != "ok":
            continue
        d = dom(page_path(run_dir, a["article_id"]))
        text = texts[a["article_id"]]
        for table in SPAN_TABLES:
            for k, r in enumerate(rows_by_article[a["article_id"]][table], 1):
                sid = f"{table}-{k}"
                el = d.by_id[sid]
                assert el.attrs["data-sid"] == sid and f"sp-{table}" in el.attrs["class"]
                assert "cont" not in el.attrs["class"].split()
                assert d.sid_text(sid) == text[r["start"]:r["end"]] == r[TEXT_FIELD[table]], (a["article_id"], sid)
                assert el.text == text[r["start"]:r["end"]]  # spans nest in practice: no fragments
                checked += 1
        # the text block holds exactly the article text, every character in place
        assert d.by_id["text"].text == text
    assert checked > 50


def test_later_mentions_of_officials(run_dir, texts, rows_by_article):
    aid = "000_7276828bffe69709"
    d = dom(page_path(run_dir, aid))
    r = rows_by_article[aid]["officials"][0]
    mentions = [n for n in d.all if n.attrs.get("data-sid", "").startswith("officials-1-m")]
    assert mentions, "the repeated full name is highlighted as a later mention"
    for n in mentions:
        assert n.text == r["text"] and " m" in n.attrs["class"]


def test_untrusted_text_is_escaped(run_dir, texts):
    for aid in ("zz-hostile", HOSTILE_ID):
        path = page_path(run_dir, aid)
        raw = path.read_text(encoding="utf-8")
        assert "&lt;script&gt;alert('xss')&lt;/script&gt;" in raw
        d = Dom(raw)
        assert "script" not in d.tags and "img" not in d.tags and "b" not in d.tags
        assert d.by_id["text"].text == texts[aid]
    d = dom(page_path(run_dir, "zz-hostile"))
    assert d.all[[n.tag for n in d.all].index("h1")].text == "<b>Tiêu đề</b> & <script>x()</script>"
    assert not any(n.attrs.get("href", "").startswith("javascript:") for n in d.all)  # url shown, not linked
    for root, _, files in os.walk(run_dir / "report"):
        for name in files:
            body = open(os.path.join(root, name), encoding="utf-8").read()
            assert "<script" not in body.lower() and "<img" not in body.lower(), name


def test_links_resolve_to_existing_ids(run_dir):
    root = run_dir / "report"
    doms = {}

    def get(path):
        if path not in doms:
            doms[path] = dom(path)
        return doms[path]

    n_links = 0
    for dirpath, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".html"):
                continue
            here = root / os.path.relpath(os.path.join(dirpath, name), root)
            for node in get(here).all:
                for attr in ("href", "src"):
                    url = node.attrs.get(attr)
                    if url is None or url.startswith("data:"):
                        continue
                    parts = urlsplit(url)
                    assert not parts.scheme and not parts.netloc, f"{here}: external {attr} {url}"
                    target = (here.parent / unquote(parts.path)).resolve() if parts.path else here
                    assert target.exists(), f"{here}: {url}"
                    if parts.fragment:
                        assert parts.fragment in get(target).by_id, f"{here}: {url}"
                    n_links += 1
    assert n_links > 100


def test_index_summary_errors_charts_and_list(run_dir, articles):
    d = dom(run_dir / "report" / "index.html")
    raw = (run_dir / "report" / "index.html").read_text(encoding="utf-8")
    assert "broken JSON line" in raw and 'class="err"' in raw
    assert raw.count("<svg") >= 2 and "Deadlines by due" in raw and "Targets by status" in raw
    assert "Top officials" in raw and "Bùi Quang Hoàn" in raw and "Top titles" in raw
    links = {n.attrs["href"] for n in d.all if n.attrs.get("href", "").startswith("articles/")}
    assert {f"articles/{rep.safe_name(a['article_id'])}.html" for a in articles} <= links
    counts = {t: len(load(run_dir, t)) for t in ("articles",) + SPAN_TABLES}
    for t, n in counts.items():
        assert re.search(rf"<td>{t}</td><td class=\"n\">{n}</td><td class=\"n\">{n}</td>", raw), t


def test_error_article_page(run_dir, articles):
    err = [a for a in articles if a["status"] == "error"]
    assert err
    raw = page_path(run_dir, err[0]["article_id"]).read_text(encoding="utf-8")
    assert "broken JSON line" in raw and 'id="text"' not in raw


def test_deterministic_and_replaces_old_report(run_dir, tmp_path):
    copy = tmp_path / run_dir.name  # the index names the run folder
    shutil.copytree(run_dir, copy)
    (copy / "report" / "articles" / "stale.html").write_text("old", encoding="utf-8")
    rep.build_report(str(copy))
    assert not (copy / "report" / "articles" / "stale.html").exists()
    cmp = filecmp.dircmp(run_dir / "report", copy / "report")

    def same(c):
        assert not c.left_only and not c.right_only and not c.diff_files and not c.funny_files, c.report()
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        assert not mismatch and not errors
        for sub in c.subdirs.values():
            same(sub)
    same(cmp)
    assert not [n for n in os.listdir(copy) if n.startswith(".vnextract-report-")]


def test_pagination(run_dir, tmp_path, articles):
    copy = tmp_path / "run"
    shutil.copytree(run_dir, copy)
    s = rep.build_report(str(copy), page_size=3)
    n_pages = -(-len(articles) // 3)
    assert s.list_pages == n_pages - 1
    index = (copy / "report" / "index.html").read_text(encoding="utf-8")
    assert f"first 3 of {len(articles)} articles" in index
    listed = []
    for p in range(1, n_pages + 1):
        d = dom(copy / "report" / rep.list_page_name(p))
        listed += [n.attrs["href"] for n in d.all if n.attrs.get("href", "").startswith("articles/")]
    # every article is on a list page (the index also links the error rows from its error table)
    assert set(listed) == {f"articles/{rep.safe_name(a['article_id'])}.html" for a in articles}
    n_errors = sum(a["status"] == "error" for a in articles)
    assert len(listed) == len(articles) + n_errors
    # each article page links back to the list page it is on
    last = articles[-1]
    back = dom(copy / "report" / "articles" / f"{rep.safe_name(last['article_id'])}.html")
    assert any(n.attrs.get("href") == f"../{rep.list_page_name(n_pages)}#articles" for n in back.all)


def test_highlight_nested_identical_and_crossing_spans():
    text = "a trước ngày 28/11 b <x> c"
    S = rep.Span
    spans = [S(2, 18, "deadlines", "deadlines-1"), S(8, 18, "dates", "dates-1"), S(8, 18, "targets", "targets-1"),
             S(13, 22, "officials", "officials-1")]  # officials-1 crosses the deadline
    d = Dom(f'<div id="text">{rep.highlight(text, spans)}</div>')
    assert d.by_id["text"].text == text
    for s in spans:
        assert d.sid_text(s.sid) == text[s.start:s.end]
        assert s.sid in d.by_id
    assert d.by_id["deadlines-1"].text == "trước ngày 28/11"  # nested spans stay whole
    assert d.by_id["dates-1"].text == "ngày 28/11"
    frags = [n for n in d.all if n.attrs.get("data-sid") == "officials-1"]
    assert len(frags) == 2 and "cont" in frags[1].attrs["class"]
    # identical ranges nest in SPAN_TABLES order; an outer span's bar sits below the inner ones (higher slot)
    slot = {s.sid: int(re.search(r"\bl(\d)\b", d.by_id[s.sid].attrs["class"]).group(1)) for s in spans}
    assert slot == {"deadlines-1": 4, "targets-1": 3, "dates-1": 2, "officials-1": 1}
    assert rep.highlight("x\x00<", []) == "x\ufffd&lt;"


def test_safe_name():
    assert rep.safe_name("baomoi-21454551") == "baomoi-21454551"
    names = {rep.safe_name(x) for x in ("a/b", "a:b", "A_b", "a_b", "..", "Ü", "x" * 300)}
    assert len(names) == 7
    for n in names:
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*", n) and len(n) <= 100


def test_cli(run_dir, tmp_path):
    copy = tmp_path / "run"
    shutil.copytree(run_dir, copy)
    assert cli_main(["report", "--out", str(copy)]) == 0
    assert cli_main(["report", "--out", str(tmp_path / "nothing")]) == 1
    # inputs gone: pages still written, without highlights; exit 3 says so
    assert cli_main(["report", "--out", str(copy), "--inputs", str(tmp_path / "missing.jsonl")]) == 3
    raw = (copy / "report" / "articles" / "000_7276828bffe69709.html").read_text(encoding="utf-8")
    assert "text was not found" in raw and 'class="sp ' not in raw


# --------------------------------------------------------------------------- headless Chromium


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); the browser test needs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1100, "height": 700})
    pg = ctx.new_page()
    pg.problems = []
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning")
          else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    pg.on("requestfailed", lambda r: pg.problems.append(f"request failed: {r.url}"))
    yield pg
    ctx.close()


SID_TEXTS_JS = """() => {
  const out = {};
  for (const el of document.querySelectorAll('#text [data-sid]')) {
    const sid = el.dataset.sid;
    out[sid] = (out[sid] || '') + el.textContent;
  }
  const ids = [...document.querySelectorAll('#text [id]')].map(e => e.id);
  return {texts: out, ids: ids, doc: document.getElementById('text').textContent};
}"""


def test_browser_index_and_article_pages(page, run_dir, articles, texts, rows_by_article, tmp_path):
    index = run_dir / "report" / "index.html"
    page.goto(index.as_uri())
    assert page.title() == "vnextract report"
    assert page.locator("svg.chart").count() >= 2
    page.screenshot(path=str(tmp_path / "index.png"), full_page=True)

    checked = 0
    for a in articles:
        page.goto(page_path(run_dir, a["article_id"]).as_uri())
        if a["status"] != "ok":
            assert page.locator("#text").count() == 0
            continue
        got = page.evaluate(SID_TEXTS_JS)
        text = texts[a["article_id"]]
        assert got["doc"] == text
        for table in SPAN_TABLES:
            for k, r in enumerate(rows_by_article[a["article_id"]][table], 1):
                sid = f"{table}-{k}"
                assert sid in got["ids"]
                assert got["texts"][sid] == text[r["start"]:r["end"]], (a["article_id"], sid)
                checked += 1
    assert checked > 50
    assert page.problems == []


def test_browser_row_link_scrolls_to_span(page, run_dir, rows_by_article, tmp_path):
    aid = max(rows_by_article, key=lambda a: sum(len(v) for v in rows_by_article[a].values()))
    page.goto(page_path(run_dir, aid).as_uri())
    sid = f"dates-{len(rows_by_article[aid]['dates'])}"  # the last date: far down the text
    link = page.locator(f'a.jump[href="#{sid}"]')
    link.scroll_into_view_if_needed()

    def in_view():
        return page.evaluate("""(sid) => { const r = document.getElementById(sid).getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight; }""", sid)

    assert not in_view()
    link.click()
    page.wait_for_function("(sid) => location.hash === '#' + sid", arg=sid)
    assert page.evaluate("() => document.querySelector(':target') && document.querySelector(':target').id") == sid
    assert in_view()
    outline = page.evaluate("(sid) => getComputedStyle(document.getElementById(sid)).outlineStyle", sid)
    assert outline == "solid"
    page.wait_for_timeout(1700)  # let the :target flash finish before the picture
    shot = tmp_path / "article.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    shutil.copy(shot, "/tmp/report_screenshot.png")
    assert page.problems == []
