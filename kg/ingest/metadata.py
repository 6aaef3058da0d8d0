"""Publication date and headline from the top of an article.

``find_published`` looks at the first ``HEADER_LINES`` lines only. A date next to a label
(``date``, ``Updated:``, ``Published:``, ``发布时间：``, ``發佈時間:`` ...) wins over a bare
date; otherwise the first bare date on a short line or near the start of a line is taken (a date
inside a body sentence is what the article reports, not when it was published). Recognised forms: ``2022-02-05`` (also
``/`` and ``.`` separated, optional time), ``2022年2月5日``, ``February 5, 2022`` /
``Feb. 5, 2022`` / ``5 February 2022``, ``5 февраля 2022``, and day-first numeric
``05.02.2022`` / ``04/02/2026`` / ``22-03-2023`` (as in Russian and Vietnamese pages; month-first is used
only when day-first is impossible).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from .article import Block

__all__ = ["find_published", "find_title", "parse_date", "HEADER_LINES"]

HEADER_LINES = 15
# an unlabelled date counts only on a short line (date line, byline) or near the start of a longer
# one ("Mar 30, 2022 在北京..."); "... signed a contract on 21 May 2014 in Shanghai" in the body is
# a date the article talks about, not its publication date
_SHORT_LINE, _LINE_START = 80, 40
_MIN_YEAR, _MAX_YEAR = 1990, 2100

_EN_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_RU_MONTH_WORDS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
_EN_MONTH_RE = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_RU_MONTH_RE = "|".join(sorted(_RU_MONTH_WORDS, key=len, reverse=True))

_LABEL = re.compile(
    r"(?i:\bdate\b|\bupdated\b|\bpublished\b|\bposted\b|发布|發佈|發布|发表|發表|更新|时间|時間|日期|"
    r"опубликовано|обновлено|ngày đăng|cập nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")),
    ("ymd", re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
    ("en_mdy", re.compile(rf"(?i:\b({_EN_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b)")),
    ("en_dmy", re.compile(rf"(?i:\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_EN_MONTH_RE})\.?,?\s+(\d{{4}})\b)")),
    ("ru_dmy", re.compile(rf"(?i:(?<!\d)(\d{{1,2}})\s+({_RU_MONTH_RE})\s+(\d{{4}}))")),
    ("dmy", re.compile(r"(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")),
]


def _make(y: int, m: int, d: int) -> datetime.date | None:
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _from_match(kind: str, m: re.Match[str]) -> datetime.date | None:
    g = m.groups()
    if kind == "ymd":
        return _make(int(g[0]), int(g[1]), int(g[2]))
    if kind == "en_mdy":
        return _make(int(g[2]), _EN_MONTHS[g[0].lower()], int(g[1]))
    if kind == "en_dmy":
        return _make(int(g[2]), _EN_MONTHS[g[1].lower()], int(g[0]))
    if kind == "ru_dmy":
        return _make(int(g[2]), _RU_MONTH_WORDS[g[1].lower()], int(g[0]))
    day, month, year = int(g[0]), int(g[2]), int(g[3])
    return _make(year, month, day) or _make(year, day, month)


def _dates_in(line: str) -> list[tuple[int, datetime.date]]:
    found: list[tuple[int, datetime.date]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(line):
            if (d := _from_match(kind, m)) is not None:
                found.append((m.start(), d))
    return sorted(found, key=lambda x: x[0])


def parse_date(value: str) -> datetime.date | None:
    """The first date written in ``value`` in any recognised form, else None."""
    found = _dates_in(value)
    return found[0][1] if found else None


def find_published(text: str, max_lines: int = HEADER_LINES) -> datetime.date | None:
    """Publication date from the header lines of ``text`` (labelled dates first)."""
    first: datetime.date | None = None
    lines = [ln for ln in text.split("\n") if ln.strip()][:max_lines]
    for line in lines:
        found = _dates_in(line)
        if not found:
            continue
        label = _LABEL.search(line)
        if label:
            after = [d for pos, d in found if pos >= label.start()]
            if after:
                return after[0]
        if first is None:
            bare = [d for pos, d in found if len(line) <= _SHORT_LINE or pos <= _LINE_START]
            first = bare[0] if bare else None
    return first


_SENTENCE_END = re.compile(r"[.!?。！？;；:：,，]\s*[”’\"'」』）)]?$")
_HAN = re.compile(r"[\u3400-\u9fff]")


def find_title(text: str, blocks: Sequence[Block], credit_lines: frozenset[int] = frozenset()) -> int | None:
    """Index in ``blocks`` of the headline, or None.

    The headline is the first body block if it looks like one: short (at most 25 words,
    or 60 characters of hanzi text), at least two words (or six hanzi), not ending like a
    sentence, and not a photo caption (a line that had a credit cut off:
    ``credit_lines`` holds the start offsets of such lines).
    """
    for i, block in enumerate(blocks):
        if block.kind == "boilerplate":
            continue
        line = text[block.start : block.end]
        if block.start in credit_lines or _SENTENCE_END.search(line):
            return None
        han = len(_HAN.findall(line))
        if han >= len(line) / 2:
            ok = 6 <= len(line) <= 60
        else:
            words = len(line.split())
            ok = 2 <= words <= 25
        return i if ok else None
    return None
