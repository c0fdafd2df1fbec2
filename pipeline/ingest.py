"""Ingest: input paths -> Articles, one per input article, bad ones carrying their error.

Accepted inputs (CONTRACT.md): folders (nested, mixed), `.txt`, `.jsonl`, `.csv`, and their
gzipped forms. The article text is decoded as UTF-8, CRLF/CR turned into LF, normalised to NFC;
nothing else is rewritten, so every offset downstream points into exactly this text.

Nothing here raises on bad input: an unreadable file, invalid UTF-8, a broken JSON line, an empty
article becomes an Article with `error` set, so every input article yields one `articles` row.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field
from typing import Iterable, Iterator

TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".csv.gz")
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES


@dataclass
class Article:
    article_id: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    error: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


def normalise_text(raw: str) -> str:
    """The contract's article text: LF line ends, Unicode NFC. Nothing else."""
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped); raises ValueError with a one-line reason."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"invalid UTF-8 at byte {e.start}") from None


def _one_line(msg: str) -> str:
    return " ".join(str(msg).split())[:300]


def _stem(path: str) -> str:
    name = os.path.basename(path)
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return os.path.splitext(name)[0]


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        data = f.read()
    if path.lower().endswith(".gz"):
        if not data:
            raise ValueError("empty gzip file (0 bytes)")
        try:
            data = gzip.decompress(data)
        except (EOFError, OSError, zlib.error) as e:
            raise ValueError(f"broken gzip: {e}") from None
    return data


def _checked(article: Article) -> Article:
    if article.error is None and not article.text.strip():
        article.error = "empty article"
    return article


def _meta_str(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return normalise_text(value) if value else None


def _from_record(rec, article_id_default: str, source: str) -> Article:
    if not isinstance(rec, dict):
        return Article(article_id_default, "", source, error=f"record is a JSON {type(rec).__name__}, not an object")
    aid = rec.get("id", rec.get("article_id"))
    aid = str(aid).strip() if aid not in (None, "") else article_id_default
    text = rec.get("text")
    if not isinstance(text, str):
        return Article(aid, "", source, error="no text field" if text is None else "text is not a string")
    return _checked(Article(
        article_id=aid, text=normalise_text(text), source=source,
        title=_meta_str(rec.get("title")), url=_meta_str(rec.get("url")),
        published=_meta_str(rec.get("published")),
    ))


def read_text_file(path: str) -> Iterator[Article]:
    aid = _stem(path)
    try:
        text = normalise_text(decode(_read_bytes(path)))
    except (OSError, ValueError) as e:
        yield Article(aid, "", path, error=_one_line(e))
        return
    if "\x00" in text:
        yield Article(aid, "", path, error="binary file (NUL bytes)")
        return
    yield _checked(Article(aid, text, path))


def _open_lines(path: str) -> Iterator[tuple[int, bytes | Exception]]:
    """Numbered raw lines of a (possibly gzipped) file; a read error ends it as a last item."""
    try:
        if path.lower().endswith(".gz"):
            with open(path, "rb") as raw:
                if not raw.read(1):
                    yield 0, ValueError("empty gzip file (0 bytes)")
                    return
            f = gzip.open(path, "rb")
        else:
            f = open(path, "rb")
    except OSError as e:
        yield 0, e
        return
    n = 0
    try:
        with f:
            for n, line in enumerate(f, 1):
                yield n, line
    except (EOFError, OSError, zlib.error) as e:
        yield n + 1, ValueError(f"broken gzip after line {n}: {e}")


def read_jsonl(path: str) -> Iterator[Article]:
    stem = _stem(path)
    seen_any = False
    for n, line in _open_lines(path):
        src = f"{path}:{n}"
        if isinstance(line, Exception):
            yield Article(f"{stem}:{n}" if n else stem, "", src if n else path, error=_one_line(line))
            return
        seen_any = True
        if not line.strip():
            continue
        try:
            rec = json.loads(decode(line))
        except ValueError as e:
            yield Article(f"{stem}:{n}", "", src, error=_one_line(f"broken JSON line: {e}"))
            continue
        yield _from_record(rec, f"{stem}:{n}", src)
    if not seen_any:
        yield Article(stem, "", path, error="empty file")


def read_csv(path: str) -> Iterator[Article]:
    stem = _stem(path)
    try:
        text = decode(_read_bytes(path))
    except (OSError, ValueError) as e:
        yield Article(stem, "", path, error=_one_line(e))
        return
    if not text.strip():
        yield Article(stem, "", path, error="empty file")
        return
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield Article(stem, "", path, error="CSV has no `text` column")
        return
    try:
        for rec in reader:
            n = reader.line_num  # the line where this record ends
            yield _from_record(rec, f"{stem}:{n}", f"{path}:{n}")
    except csv.Error as e:
        yield Article(f"{stem}:{reader.line_num}", "", f"{path}:{reader.line_num}", error=_one_line(f"broken CSV: {e}"))


def read_path(path: str) -> Iterator[Article]:
    low = path.lower()
    if low.endswith(JSONL_SUFFIXES):
        yield from read_jsonl(path)
    elif low.endswith(CSV_SUFFIXES):
        yield from read_csv(path)
    else:
        yield from read_text_file(path)


def list_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files to read, folders walked in sorted order; in folders only the accepted suffixes."""
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                        yield os.path.join(root, name)
        else:
            yield p  # named explicitly: read it whatever its name, so a bad file gets its error row


def iter_articles(paths: Iterable[str]) -> Iterator[Article]:
    for path in list_inputs(paths):
        if not os.path.exists(path):
            yield Article(_stem(path), "", path, error="no such file")
            continue
        yield from read_path(path)
