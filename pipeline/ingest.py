"""Ingest: input paths -> Articles, one per input article, bad ones carrying their error.

Accepted inputs (CONTRACT.md): folders (nested, mixed), `.txt`, `.jsonl`, `.csv`, and their
gzipped forms. The article text is decoded as UTF-8, CRLF/CR turned into LF, normalised to NFC;
nothing else is rewritten, so every offset downstream points into exactly this text.

Nothing here raises on bad input: an unreadable file, invalid UTF-8, a broken JSON line, an empty
article, a FIFO, an unlistable folder, an article over the size limit becomes an Article with
`error` set, so every input article yields one `articles` row. Every input is accounted for:

- In folders, files without an accepted suffix, hidden files and folders, symbolic links (never
  followed inside folders) and the output folder are skipped, each listed in `Inventory.skipped`
  with its reason (the manifest's "skipped"). A file named on the command line is always read
  (a symlink named there is followed); an unsupported suffix there is an error row.
- Ids are unique. A `.txt` file's id is its name without suffix; when two `.txt` files of a run
  share that name (`a/x.txt`, `b/x.txt`), each takes its path relative to the input folder it was
  found in, without suffix (`a/x`, `b/x`); files whose names do not collide keep their plain stem.
  An exact duplicate (same id, same text and metadata) is read once and listed in
  `Inventory.duplicates`; the same id with different content becomes an error row under `ID#2`
  (`ID#3`, ...), error `duplicate article id; first at SOURCE`.
- Limits (`Limits`): an article's text over `article_bytes` of UTF-8 and a compressed file that
  inflates beyond `decompressed_bytes` are error rows; reading never holds more than that.
- Salvage: a truncated `.gz` keeps every record before the break, then one error row; a broken CSV
  record (an unterminated quote, a stray quote) is an error row and reading resumes at the next line.
"""
from __future__ import annotations

import collections
import csv
import gzip
import hashlib
import io
import json
import os
import re
import stat
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".csv.gz")
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES
MAX_LISTED = 1000  # skipped files and duplicates listed one by one (all are counted)
MAX_CSV_RESYNCS = 100  # broken CSV records recovered per file before the rest of it is given up


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


@dataclass(frozen=True)
class Limits:
    """Per-article and per-file limits; 0 turns one off."""
    article_bytes: int = 5_000_000  # an article's text, UTF-8
    decompressed_bytes: int = 200_000_000  # what one .gz file may inflate to


@dataclass
class Inventory:
    """What ingest did not turn into articles, and why (for the manifest)."""
    skipped: list[dict] = field(default_factory=list)
    skipped_count: int = 0
    skipped_by_reason: dict[str, int] = field(default_factory=dict)
    duplicates: list[dict] = field(default_factory=list)
    duplicate_count: int = 0
    renamed: int = 0  # same id, different content -> ID#k error rows

    def skip(self, path: str, reason: str):
        self.skipped_count += 1
        key = reason.split(" (")[0]
        self.skipped_by_reason[key] = self.skipped_by_reason.get(key, 0) + 1
        if len(self.skipped) < MAX_LISTED:
            self.skipped.append({"path": path, "reason": reason})

    def duplicate(self, article: Article, first: str):
        self.duplicate_count += 1
        if len(self.duplicates) < MAX_LISTED:
            self.duplicates.append({"article_id": article.article_id, "source": article.source, "first": first})

    def as_dict(self) -> dict:
        return {"skipped": {"count": self.skipped_count, "by_reason": self.skipped_by_reason,
                            "files": self.skipped},
                "duplicates": {"count": self.duplicate_count, "articles": self.duplicates,
                               "renamed": self.renamed}}


class _TooLarge(ValueError):
    pass


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


def _strip_suffix(name: str) -> str:
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return os.path.splitext(name)[0]


def _stem(path: str) -> str:
    return _strip_suffix(os.path.basename(path))


def _mb(n: int) -> str:
    return f"{round(n / 1_000_000, 1):g} MB"


# ---------------------------------------------------------------- opening files safely
_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _kind(mode: int) -> str:
    for test, name in _FILE_KINDS:
        if test(mode):
            return name
    return "not a regular file"


def _open_regular(path: str, follow: bool):
    """(binary file, size) of a regular file; never blocks on a FIFO and, unless `follow`, never
    follows a symlink (O_NOFOLLOW: a link swapped in after listing is refused)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        if e.errno == 40 and not follow:  # ELOOP
            raise ValueError("symbolic link (not followed)") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ValueError(f"not a regular file ({_kind(st.st_mode)})")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), st.st_size
    except BaseException:
        os.close(fd)
        raise


class _Counted(io.RawIOBase):
    """A binary stream that raises _TooLarge once more than `limit` bytes were read from it."""

    def __init__(self, f, limit: int, what: str):
        self.f, self.limit, self.what, self.n = f, limit, what, 0

    def readable(self):
        return True

    def readinto(self, b):
        # read1: what is there now, so a break later in the stream does not take it down too
        data = self.f.read1(len(b)) if hasattr(self.f, "read1") else self.f.read(len(b))
        self.n += len(data)
        if self.limit and self.n > self.limit:
            raise _TooLarge(self.what)
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.f.close()
        super().close()


def _binary(path: str, follow: bool, limits: Limits):
    """A buffered binary stream of the file's content (inflated for .gz, bounded by the limit)."""
    raw, size = _open_regular(path, follow)
    if not path.lower().endswith(".gz"):
        return raw, size
    if size == 0:
        raw.close()
        raise ValueError("empty gzip file (0 bytes)")
    inflated = gzip.GzipFile(fileobj=raw, mode="rb")
    what = f"decompressed size over the {_mb(limits.decompressed_bytes)} limit per file (--max-decompressed-mb)"
    counted = io.BufferedReader(_Counted(inflated, limits.decompressed_bytes, what), 1 << 16)
    return counted, None


def _close(f):
    try:
        f.close()
    except Exception:
        pass


_GZ_ERRORS = (EOFError, OSError, zlib.error)


# ---------------------------------------------------------------- records -> Articles
_SURROGATE = re.compile("[\ud800-\udfff]")


def _bad_unicode(s) -> bool:
    return isinstance(s, str) and _SURROGATE.search(s) is not None


def _checked(article: Article, limits: Limits | None = None) -> Article:
    if article.error is None and not article.text.strip():
        article.error = "empty article"
    if article.error is None and limits is not None and limits.article_bytes:
        n = len(article.text)
        if n > limits.article_bytes or (n * 4 > limits.article_bytes
                                        and len(article.text.encode("utf-8")) > limits.article_bytes):
            size = len(article.text.encode("utf-8"))
            article.error = (f"article too large ({size:,} bytes of text; the limit is "
                             f"{_mb(limits.article_bytes)}, --max-article-mb)")
    return article


def _meta_str(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return normalise_text(value) if value else None


def _record_id(rec: dict, default: str) -> tuple[str, str | None]:
    """(id, error): a string or integer id, stripped; anything else (a list, an object, a blank
    string, a bool) falls back to `default`, with an error for the non-blank kinds."""
    aid = rec.get("id", rec.get("article_id"))
    if aid is None:
        return default, None
    if isinstance(aid, bool) or not isinstance(aid, (str, int)):
        return default, f"id is a JSON {type(aid).__name__}, not a string or integer"
    if _bad_unicode(aid):
        return default, "invalid Unicode in id (a lone surrogate escape)"
    aid = normalise_text(str(aid).strip()) if isinstance(aid, str) else str(aid)
    return (aid, None) if aid else (default, None)


def from_record(rec, article_id_default: str, source: str, limits: Limits | None = None) -> Article:
    if not isinstance(rec, dict):
        return Article(article_id_default, "", source, error=f"record is a JSON {type(rec).__name__}, not an object")
    aid, id_error = _record_id(rec, article_id_default)
    if id_error:
        return Article(aid, "", source, error=id_error)
    meta = {}
    for name in ("title", "url", "published"):
        v = rec.get(name)
        if _bad_unicode(v):
            return Article(aid, "", source, error=f"invalid Unicode in {name} (a lone surrogate escape)")
        meta[name] = _meta_str(v)
    text = rec.get("text")
    if not isinstance(text, str):
        return Article(aid, "", source, error="no text field" if text is None else "text is not a string", **meta)
    m = _SURROGATE.search(text)
    if m:
        return Article(aid, "", source, error=f"invalid Unicode in text: lone surrogate U+{ord(m.group()):04X} "
                                              f"at character {m.start()}", **meta)
    return _checked(Article(article_id=aid, text=normalise_text(text), source=source, **meta), limits)


# ---------------------------------------------------------------- readers
def read_text_file(path: str, article_id: str | None = None, limits: Limits | None = None,
                   follow: bool = True) -> Iterator[Article]:
    limits = limits or Limits()
    aid = article_id or _stem(path)
    too_large = (f"article too large (over {_mb(limits.article_bytes)} of text, --max-article-mb)"
                 if limits.article_bytes else None)
    try:
        f, size = _binary(path, follow, limits)
        try:
            if size is not None and limits.article_bytes and size > limits.article_bytes + 3:  # + a BOM
                raise ValueError(f"article too large ({size:,} bytes; the limit is {_mb(limits.article_bytes)}, "
                                 "--max-article-mb)")
            cap = limits.article_bytes + 4 if limits.article_bytes else -1
            try:
                data = f.read(cap)
            except _TooLarge as e:
                raise ValueError(str(e)) from None
            except _GZ_ERRORS as e:
                raise ValueError(f"broken gzip: {e}") from None
            if limits.article_bytes and len(data) > limits.article_bytes + 3:
                raise ValueError(too_large)
        finally:
            _close(f)
        text = normalise_text(decode(data))
    except (OSError, ValueError) as e:
        yield Article(aid, "", path, error=_one_line(e))
        return
    if "\x00" in text:
        yield Article(aid, "", path, error="binary file (NUL bytes)")
        return
    yield _checked(Article(aid, text, path), limits)


def _max_line(limits: Limits) -> int:
    # a JSON line holds the text with escapes (\uXXXX: 6 bytes a character at worst) and metadata
    return limits.article_bytes * 6 + (1 << 20) if limits.article_bytes else -1


def _open_lines(path: str, limits: Limits | None = None, follow: bool = True) -> Iterator[tuple[int, bytes | Exception]]:
    """Numbered raw lines of a (possibly gzipped) file; a read error ends it as a last item."""
    limits = limits or Limits()
    try:
        f, _ = _binary(path, follow, limits)
    except (OSError, ValueError) as e:
        yield 0, e
        return
    n = 0
    cap = _max_line(limits)
    try:
        while True:
            line = f.readline(cap)
            if not line:
                return
            n += 1
            if cap > 0 and len(line) >= cap and not line.endswith(b"\n"):
                while True:  # skip the rest of the over-long line
                    more = f.readline(1 << 20)
                    if not more or more.endswith(b"\n"):
                        break
                yield n, _TooLarge(f"line too long (over {_mb(cap)}; the article limit is "
                                   f"{_mb(limits.article_bytes)}, --max-article-mb)")
                continue
            yield n, line
    except _TooLarge as e:
        yield n + 1, ValueError(f"{e}; the rest of the file after line {n} is skipped")
    except _GZ_ERRORS as e:
        yield n + 1, ValueError(f"broken gzip after line {n}: {e}")
    finally:
        _close(f)


def read_jsonl(path: str, limits: Limits | None = None, follow: bool = True) -> Iterator[Article]:
    stem = _stem(path)
    seen_any = False
    for n, line in _open_lines(path, limits, follow):
        src = f"{path}:{n}"
        if isinstance(line, _TooLarge):
            yield Article(f"{stem}:{n}", "", src, error=_one_line(line))
            continue
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
        except RecursionError:
            yield Article(f"{stem}:{n}", "", src, error="broken JSON line: nested too deeply")
            continue
        yield from_record(rec, f"{stem}:{n}", src, limits)
    if not seen_any:
        yield Article(stem, "", path, error="empty file")


class _RecordLines:
    """Text lines fed to csv.reader, keeping the lines of the record being read so that a broken
    record can be given up and reading resumed at its second line."""

    def __init__(self, lines: Iterator[str]):
        self.lines = lines
        self.pending: collections.deque[str] = collections.deque()
        self.record: list[str] = []
        self.line_no = 0  # physical lines handed to the reader

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.pending.popleft() if self.pending else next(self.lines)
        self.record.append(line)
        self.line_no += 1
        return line

    def done(self):
        self.record = []

    def give_up_record(self) -> int:
        """Drop the current record's first line, feed the rest again; returns that line's number."""
        first = self.line_no - len(self.record) + 1
        self.pending.extendleft(reversed(self.record[1:]))
        self.line_no = first
        self.record = []
        return first


def read_csv(path: str, limits: Limits | None = None, follow: bool = True) -> Iterator[Article]:
    limits = limits or Limits()
    stem = _stem(path)
    try:
        f, _ = _binary(path, follow, limits)
    except (OSError, ValueError) as e:
        yield Article(stem, "", path, error=_one_line(e))
        return
    csv.field_size_limit(limits.article_bytes * 4 + 1 if limits.article_bytes else 2**31 - 1)
    text = io.TextIOWrapper(f, encoding="utf-8-sig", newline="")
    lines = _RecordLines(text)
    header: list[str] | None = None
    resyncs = 0
    try:
        while True:
            reader = csv.reader(lines, strict=True)
            try:
                for rec in reader:
                    n = lines.line_no  # the line where this record ends
                    lines.done()
                    if header is None:
                        if not rec:
                            continue
                        header = rec
                        if not any(h.strip() for h in header):
                            yield Article(stem, "", path, error="empty file")
                            return
                        if "text" not in header:
                            yield Article(stem, "", path, error="CSV has no `text` column")
                            return
                        continue
                    if not rec:
                        continue
                    row = dict(zip(header, rec))
                    for name in header[len(rec):]:
                        row.setdefault(name, None)
                    yield from_record(row, f"{stem}:{n}", f"{path}:{n}", limits)
                break
            except csv.Error as e:
                if not lines.record or resyncs >= MAX_CSV_RESYNCS:
                    yield Article(f"{stem}:{lines.line_no}", "", f"{path}:{lines.line_no}",
                                  error=_one_line(f"broken CSV: {e}"))
                    return
                resyncs += 1
                first = lines.give_up_record()
                yield Article(f"{stem}:{first}", "", f"{path}:{first}",
                              error=_one_line(f"broken CSV record at line {first}: {e}; reading resumed at "
                                              f"line {first + 1}"))
                if header is None:
                    return
    except _TooLarge as e:
        yield Article(f"{stem}:{lines.line_no + 1}", "", f"{path}:{lines.line_no + 1}",
                      error=_one_line(f"{e}; the rest of the file is skipped"))
        return
    except UnicodeDecodeError as e:
        yield Article(f"{stem}:{lines.line_no + 1}" if header else stem, "",
                      f"{path}:{lines.line_no + 1}" if header else path,
                      error=_one_line(f"invalid UTF-8 after line {lines.line_no}" if header else
                                      f"invalid UTF-8 at byte {e.start}"))
        return
    except _GZ_ERRORS as e:
        yield Article(f"{stem}:{lines.line_no + 1}" if header else stem, "",
                      f"{path}:{lines.line_no + 1}" if header else path,
                      error=_one_line(f"broken gzip after line {lines.line_no}: {e}"))
        return
    finally:
        _close(text)
    if header is None:
        yield Article(stem, "", path, error="empty file")


def read_path(path: str, article_id: str | None = None, limits: Limits | None = None,
              follow: bool = True) -> Iterator[Article]:
    low = path.lower()
    if low.endswith(JSONL_SUFFIXES):
        yield from read_jsonl(path, limits, follow)
    elif low.endswith(CSV_SUFFIXES):
        yield from read_csv(path, limits, follow)
    else:
        yield from read_text_file(path, article_id, limits, follow)


# ---------------------------------------------------------------- listing inputs
@dataclass
class _Entry:
    path: str
    root: str  # the input argument it was found under (the file itself when named)
    named: bool  # named on the command line (read whatever its name; symlink followed)
    error: str | None = None


def _suffix_of(name: str) -> str:
    ext = os.path.splitext(name)[1]
    return ext.lower() if ext else "no extension"


def _walk(root: str, top: str, exclude: set[str], inventory: Inventory) -> Iterator[_Entry]:
    try:
        with os.scandir(top) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield _Entry(top, root, False, error=f"unreadable folder: {e.strerror or e}")
        return
    subdirs = []
    for e in entries:
        path = os.path.join(top, e.name)
        try:
            if e.name.startswith("."):
                inventory.skip(path, "hidden")
            elif e.is_symlink():
                inventory.skip(path, "symbolic link (not followed)")
            elif e.is_dir(follow_symlinks=False):
                if os.path.realpath(path) in exclude:
                    inventory.skip(path, "the output folder")
                else:
                    subdirs.append(path)
            elif not e.name.lower().endswith(SUFFIXES):
                inventory.skip(path, f"not an article file ({_suffix_of(e.name)})")
            elif not e.is_file(follow_symlinks=False):
                mode = e.stat(follow_symlinks=False).st_mode
                yield _Entry(path, root, False, error=f"not a regular file ({_kind(mode)})")
            else:
                yield _Entry(path, root, False)
        except OSError as err:
            yield _Entry(path, root, False, error=f"unreadable: {err.strerror or err}")
    for d in subdirs:
        yield from _walk(root, d, exclude, inventory)


def list_entries(paths: Iterable[str], exclude: Iterable[str] = (), inventory: Inventory | None = None) -> list[_Entry]:
    """Every file to read (folders walked in sorted order, files first, then subfolders)."""
    inventory = inventory if inventory is not None else Inventory()
    excluded = {os.path.realpath(p) for p in exclude}
    out: list[_Entry] = []
    for p in paths:
        real = os.path.realpath(p)
        inside = any(real == x or real.startswith(x.rstrip(os.sep) + os.sep) for x in excluded)
        if os.path.isdir(p):
            if inside:
                inventory.skip(p, "the output folder")
                continue
            out.extend(_walk(p, p, excluded, inventory))
        elif inside and os.path.exists(p):
            inventory.skip(p, "inside the output folder")
        else:
            out.append(_Entry(p, p, True))
    return out


def list_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files to read, folders walked in sorted order; in folders only the accepted suffixes."""
    for e in list_entries(paths):
        yield e.path


def _text_ids(entries: list[_Entry]) -> dict[int, str]:
    """Ids of .txt files whose stems collide: the path below their input folder, without suffix."""
    stems: dict[str, list[int]] = {}
    for i, e in enumerate(entries):
        if e.path.lower().endswith(TEXT_SUFFIXES) or (e.named and not e.path.lower().endswith(SUFFIXES)):
            stems.setdefault(_stem(e.path), []).append(i)
    ids = {}
    for stem, idx in stems.items():
        if len(idx) < 2:
            continue
        for i in idx:
            e = entries[i]
            rel = os.path.relpath(e.path, e.root) if not e.named else os.path.normpath(e.path)
            rel = _strip_suffix(rel).replace(os.sep, "/")
            ids[i] = rel
    return ids


def _digest(a: Article) -> bytes:
    h = hashlib.blake2b(digest_size=16)
    for part in (a.text, a.title, a.url, a.published, a.error):
        h.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8", "surrogatepass") + b"\x00")
    return h.digest()


def unique_articles(articles: Iterator[Article], inventory: Inventory) -> Iterator[Article]:
    seen: dict[str, tuple[bytes, str]] = {}
    for a in articles:
        d = _digest(a)
        prev = seen.get(a.article_id)
        if prev is None:
            seen[a.article_id] = (d, a.source)
            yield a
            continue
        if prev[0] == d:
            inventory.duplicate(a, prev[1])
            continue
        k = 2
        while f"{a.article_id}#{k}" in seen:
            k += 1
        new_id = f"{a.article_id}#{k}"
        error = f"duplicate article id; first at {prev[1]}"
        if a.error:
            error += f" (and: {a.error})"
        seen[new_id] = (d, a.source)
        inventory.renamed += 1
        yield Article(new_id, a.text, a.source, title=a.title, url=a.url, published=a.published, error=error)


def iter_articles(paths: Iterable[str], limits: Limits | None = None, exclude: Iterable[str] = (),
                  inventory: Inventory | None = None) -> Iterator[Article]:
    """Every input article once, ids unique (see the module docstring); `exclude` are folders never
    read (the output folder); `inventory` collects what was skipped and the duplicates."""
    limits = limits or Limits()
    inventory = inventory if inventory is not None else Inventory()
    entries = list_entries(paths, exclude, inventory)
    ids = _text_ids(entries)

    def read_all() -> Iterator[Article]:
        for i, e in enumerate(entries):
            aid = ids.get(i) or _stem(e.path)
            if e.error is not None:
                yield Article(aid, "", e.path, error=e.error)
            elif e.named and not os.path.lexists(e.path):
                yield Article(aid, "", e.path, error="no such file")
            elif e.named and not e.path.lower().endswith(SUFFIXES):
                yield Article(aid, "", e.path, error=f"unsupported file type ({_suffix_of(e.path)}); accepted: "
                                                     ".txt, .jsonl, .ndjson, .csv and their .gz forms")
            else:
                yield from read_path(e.path, aid, limits, follow=e.named)

    return unique_articles(read_all(), inventory)
