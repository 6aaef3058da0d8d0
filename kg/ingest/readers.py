"""Read input files (.txt, .md, .html/.htm, .jsonl) into Articles.

API: ``read_inputs(paths) -> ReadResult`` reads files and folders and never raises for a
bad input: each problem becomes an ``InputError`` in ``ReadResult.errors`` and the good
articles are kept (one bad line of a .jsonl file loses only that line). Callers that want
strictness call ``ReadResult.raise_for_errors()``. ``read_path(path)`` is the same for a
single file (or folder).

Decoding: UTF-8 (with or without BOM), UTF-16 with BOM; then GB18030, Big5 or cp1251 only
when the decode is clean and the text looks like CJK / Cyrillic. Line ends become ``\\n``.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from ..errors import InputError
from .article import Article
from .build import build_article
from .langid import detect

__all__ = ["ReadResult", "read_inputs", "read_path", "iter_inputs", "decode_bytes", "SUFFIXES"]

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".jsonl"})


@dataclass(frozen=True, slots=True)
class ReadResult:
    """Articles read and the input problems met (in input order)."""

    articles: tuple[Article, ...]
    errors: tuple[InputError, ...]

    @property
    def ok(self) -> bool:
        """True when no input had a problem."""
        return not self.errors

    def raise_for_errors(self) -> None:
        """Raise the first InputError, if any."""
        if self.errors:
            raise self.errors[0]


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to read: folders expanded recursively (sorted; supported suffixes only,
    hidden names skipped); files given by name pass through; duplicates dropped."""
    seen: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(
                (f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file()
                 and not any(part.startswith(".") for part in f.relative_to(p).parts)),
                key=lambda f: f.relative_to(p).as_posix(),
            )
        else:
            found = [p]
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                yield f


def read_inputs(paths: Iterable[str | Path]) -> ReadResult:
    """Read every file under ``paths``; collect articles and errors (never raises InputError)."""
    articles: list[Article] = []
    errors: list[InputError] = []
    for path in iter_inputs(paths):
        try:
            got, errs = _read_file(path)
        except InputError as exc:
            errors.append(exc)
            continue
        articles.extend(got)
        errors.extend(errs)
    return ReadResult(tuple(articles), tuple(errors))


def read_path(path: str | Path) -> ReadResult:
    """``read_inputs([path])``."""
    return read_inputs([path])


# --- bytes -> text -----------------------------------------------------------------------

_CONTROL_OK = {9, 10, 12, 13}
_HAN = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
_CYR = re.compile(r"[\u0400-\u04ff]")


def _looks_like(text: str, script: re.Pattern[str]) -> bool:
    """Most non-ASCII characters are of ``script`` and the text's language is of it."""
    non_ascii = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not non_ascii or sum(1 for c in non_ascii if script.match(c)) < 0.9 * len(non_ascii):
        return False
    lang = detect(text[:4000])
    return lang == "ru" if script is _CYR else lang.startswith("zh")


def _legacy_decode(data: bytes) -> str | None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        han = [c for c in text if "\u3400" <= c <= "\u9fff"]
        if _looks_like(text, _HAN) and han:
            in_gb2312 = sum(1 for c in han if _encodes(c, "gb2312"))
            if in_gb2312 >= 0.95 * len(han):
                return text
    for enc, script in (("big5", _HAN), ("cp1251", _CYR)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like(text, script):
            return text
    return None


def _encodes(ch: str, enc: str) -> bool:
    try:
        ch.encode(enc)
    except UnicodeEncodeError:
        return False
    return True


def decode_bytes(data: bytes, path: str | Path) -> str:
    """Decode the bytes of an input file to text with ``\\n`` line ends, or raise InputError."""
    if data.startswith(b"\xef\xbb\xbf"):
        if not _is_utf8(data):
            raise InputError(path, _utf8_problem(data))
        text = data.decode("utf-8-sig")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid UTF-16 text (offset {exc.start})") from None
    else:
        if not data.strip():
            raise InputError(path, "empty file")
        head = data[:4096]
        if b"\x00" in head:
            raise InputError(path, "binary file (contains NUL bytes)")
        controls = sum(1 for b in head if b < 32 and b not in _CONTROL_OK)
        if controls > 0.05 * len(head):
            raise InputError(path, "binary file (many control characters)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            legacy = _legacy_decode(data)
            if legacy is None:
                raise InputError(path, _utf8_problem(data)) from None
            text = legacy
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "empty file")
    return text


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf8_problem(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not valid UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    return "not valid UTF-8 text"


# --- formats -----------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None


def _read_file(path: Path) -> tuple[list[Article], list[InputError]]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES and path.exists():
        raise InputError(path, f"unsupported file type {suffix or '(none)'!r} (use {', '.join(sorted(SUFFIXES))})")
    data = _read_bytes(path)
    if suffix == ".jsonl":
        return _read_jsonl(path, data)
    text = decode_bytes(data, path)
    if suffix == ".md":
        body, title = markdown_to_text(text)
        return [build_article(body, source=str(path), raw=data, title=title)], []
    if suffix in (".html", ".htm"):
        page = html_to_text(text)
        if not page.text.strip():
            raise InputError(path, "no text in HTML page")
        return [build_article(page.text, source=str(path), raw=data, title=page.title,
                              published=page.published, url=page.url)], []
    return [build_article(text, source=str(path), raw=data)], []


def _read_jsonl(path: Path, data: bytes) -> tuple[list[Article], list[InputError]]:
    text = decode_bytes(data, path)
    articles: list[Article] = []
    errors: list[InputError] = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            articles.append(_jsonl_article(line, where))
        except InputError as exc:
            errors.append(exc)
    if not articles and not errors:
        raise InputError(path, "empty file")
    return articles, errors


def _opt_str(obj: dict[str, object], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise InputError(where, f"field {key!r} must be a string")


def _jsonl_article(line: str, where: str) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"bad JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(where, "bad JSON line (expected an object)")
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError(where, "missing or empty 'text' field")
    date_s = _opt_str(obj, "date", where)
    published = None
    if date_s:
        try:
            published = datetime.date.fromisoformat(date_s[:10])
        except ValueError:
            raise InputError(where, f"bad 'date' {date_s!r} (expected YYYY-MM-DD)") from None
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return build_article(body, source=where, raw=line.encode("utf-8"), title=_opt_str(obj, "title", where),
                         published=published, url=_opt_str(obj, "url", where))


# --- markdown ----------------------------------------------------------------------------

_MD_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolinks
    (re.compile(r"`([^`]*)`"), r"\1"),  # inline code
    (re.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"~~(.+?)~~"), r"\1"),
]
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINE_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)+|^\s*(?:[-*+]|\d+[.)])\s+")
_MD_DROP = re.compile(r"^\s*(?:```.*|~~~.*|(?:[-*_]\s*){3,}|\[[^\]]+\]:\s*\S+.*)$")


def markdown_to_text(md: str) -> tuple[str, str | None]:
    """Plain text of Markdown (markup removed, text kept) and its first ``#`` heading."""
    out: list[str] = []
    title: str | None = None
    for line in md.split("\n"):
        if _MD_DROP.match(line):
            out.append("")
            continue
        h = _MD_HEADING.match(line)
        if h:
            line = h.group(2)
        else:
            line = _MD_LINE_PREFIX.sub("", line)
        for pat, repl in _MD_RULES:
            line = pat.sub(repl, line)
        if h and title is None and h.group(1) == "#":
            title = line.strip() or None
        out.append(line.rstrip())
    return "\n".join(out), title


# --- HTML --------------------------------------------------------------------------------

_SKIP = frozenset({"script", "style", "nav", "footer", "header", "aside", "noscript", "template", "svg", "iframe"})
_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article main blockquote pre "
    "figure figcaption hr dd dt dl address form fieldset caption".split()
)
_VOID = frozenset("br hr img meta link input area base col embed source track wbr".split())
_DATE_META = frozenset({"article:published_time", "pubdate", "publishdate", "date", "dc.date", "dcterms.date"})


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """Text extracted from an HTML page."""

    text: str
    title: str | None
    published: datetime.date | None
    url: str | None


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.skip: list[str] = []
        self.in_title = False
        self.published: datetime.date | None = None
        self.url: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skip.append(tag)
        elif tag == "title":
            self.in_title = True
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "meta":
            a = {k: (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            content = a.get("content", "")
            if key in _DATE_META and self.published is None:
                try:
                    self.published = datetime.date.fromisoformat(content.strip()[:10])
                except ValueError:
                    pass
            elif key == "og:url" and not self.url:
                self.url = content.strip() or None
        elif tag == "link":
            a = {k: (v or "") for k, v in attrs}
            if a.get("rel", "").lower() == "canonical" and a.get("href"):
                self.url = a["href"].strip()

    def handle_endtag(self, tag: str) -> None:
        if self.skip and tag == self.skip[-1]:
            self.skip.pop()
        elif tag == "title":
            self.in_title = False
        elif tag in _BLOCK and not self.skip:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip:
            self.parts.append(data)


_INLINE_WS = re.compile(r"[ \t\f\v]+")


def html_to_text(html: str) -> HtmlPage:
    """Visible text of an HTML page: one line per block element, entities unescaped."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    raw = "".join(p if p == "\n" else p.replace("\n", " ") for p in parser.parts)
    lines = [_INLINE_WS.sub(" ", ln).strip() for ln in raw.split("\n")]
    text = "\n".join(ln for ln in lines if ln)
    title = " ".join(unescape("".join(parser.title_parts)).split()) or None
    return HtmlPage(text, title, parser.published, parser.url)
