"""Tell page furniture (navigation, credits, bylines, copyright lines ...) from article text.

Language data lives in ``kg/lang/<code>/boilerplate.json`` (one file per language, each
with a ``source`` line); the patterns of all languages are loaded and applied together, so
this code never branches on a language. A file has three regex lists:

- ``line``: a stripped line that matches (``re.search``) is boilerplate as a whole;
- ``prefix``: a match at the start of a line (a dateline/byline such as
  ``新华社…10月22日电(记者 …)``) is cut off as boilerplate, the rest stays body;
- ``suffix``: a match at the end of a line (a photo credit such as ``新华社记者 丁海涛 摄``
  or ``(Ảnh: Reuters).``) is cut off as boilerplate, the rest stays body.

A few script-neutral rules live here: image file names, lines without letters, lines with
a copyright sign, one-word lines and short menu lines split by ``|``, ``>`` or ``»``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Segment", "segment_line", "is_boilerplate", "LANG_DIR"]

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
#: Line patterns only apply to lines up to this length (furniture is short).
MAX_FURNITURE_LEN = 240

_IMAGE_FILE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?:\?\S*)?$", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_MENU_SPLIT = re.compile(r"\s*(?:\||>|»|›|/)\s*")
_SENTENCE_END = re.compile(r"[.!?。！？;；]\W*$")


@dataclass(frozen=True, slots=True)
class Segment:
    """A span ``line[start:end]`` of a line, boilerplate or not."""

    start: int
    end: int
    boilerplate: bool


@dataclass(frozen=True, slots=True)
class _Patterns:
    line: re.Pattern[str] | None
    prefix: re.Pattern[str] | None
    suffix: re.Pattern[str] | None


def _combine(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """Load and merge the boilerplate patterns of every language folder."""
    line: list[str] = []
    prefix: list[str] = []
    suffix: list[str] = []
    for path in sorted(LANG_DIR.glob("*/boilerplate.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        line += data.get("line", [])
        prefix += data.get("prefix", [])
        suffix += data.get("suffix", [])
    return _Patterns(_combine(line), _combine(prefix), _combine(suffix))


def _is_menu(line: str) -> bool:
    """Short items split by menu separators, e.g. ``首頁 > 頭條`` or ``Home | World``."""
    if len(line) > 80:
        return False
    parts = [p for p in _MENU_SPLIT.split(line) if p]
    if len(parts) < 2:
        return False
    return all(len(p) <= 25 and len(p.split()) <= 3 and not _SENTENCE_END.search(p) for p in parts)


def _whole_line_furniture(line: str) -> bool:
    if not _LETTER.search(line):
        return True
    if _IMAGE_FILE.match(line) or "©" in line and len(line) <= MAX_FURNITURE_LEN:
        return True
    words = line.split()
    if len(words) == 1 and len(line) <= 12 and not _SENTENCE_END.search(line):
        # one word: a section name ("Мир", "World"); short CJK runs only up to 2 chars
        if not any(0x3400 <= ord(c) <= 0x9FFF for c in line) or len(line) <= 2:
            return True
    if (">" in line or "|" in line or "»" in line) and _is_menu(line):
        return True
    pats = _patterns()
    return bool(len(line) <= MAX_FURNITURE_LEN and pats.line and pats.line.search(line))


def is_boilerplate(line: str) -> bool:
    """True when the whole (stripped) line is page furniture."""
    segs = segment_line(line)
    return bool(segs) and all(s.boilerplate for s in segs)


def segment_line(line: str) -> list[Segment]:
    """Split one line into boilerplate and body segments (offsets into ``line``).

    Segments are stripped of surrounding whitespace; blank lines give ``[]``.
    """
    start = len(line) - len(line.lstrip())
    end = len(line.rstrip())
    if start >= end:
        return []
    core = line[start:end]
    pats = _patterns()
    if not (pats.prefix and pats.prefix.match(core)) and _whole_line_furniture(core):
        return [Segment(start, end, True)]
    head: Segment | None = None
    tail: Segment | None = None
    if pats.prefix and (m := pats.prefix.match(core)) and m.end() > 0:
        head = Segment(start, start + len(core[: m.end()].rstrip()), True)
        body_start = start + m.end()
        body_start += len(line[body_start:end]) - len(line[body_start:end].lstrip())
    else:
        body_start = start
    body_end = end
    if pats.suffix and body_start < end and (m := pats.suffix.search(line, body_start, end)):
        cut = m.start()
        cut_text_start = cut + (len(line[cut:end]) - len(line[cut:end].lstrip()))
        if cut_text_start < end:
            tail = Segment(cut_text_start, end, True)
            body_end = len(line[:cut].rstrip())
    segs: list[Segment] = []
    if head:
        segs.append(head)
    if body_start < body_end:
        body = line[body_start:body_end]
        segs.append(Segment(body_start, body_end, _whole_line_furniture(body) if (head or tail) else False))
    if tail:
        segs.append(tail)
    return segs
