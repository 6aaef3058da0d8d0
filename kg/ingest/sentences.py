"""Sentence splitting with exact character offsets.

One script-driven algorithm for every language (no branching on language names):

- a line break always ends a sentence;
- CJK terminators ``。！？；`` end a sentence, together with closing quotes/brackets that
  follow them (``…。”``); so do ASCII ``!``/``?`` directly followed by a hanzi;
- ``.``, ``!``, ``?``, ``…`` (plus closing quotes) end a sentence when followed by
  whitespace and a character that is not lowercase (uppercase, digit, quote, hanzi ...),
  except after an abbreviation: the lists in ``kg/lang/<code>/abbreviations.json`` (all
  languages merged), single initials (``V. Putin``, ``В. В. Путин``) and letter-dot
  runs (``U.S.``, ``т.е.``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from .article import Block, Sentence
from .boilerplate import LANG_DIR

__all__ = ["split_sentences", "abbreviations"]

_BOUNDARY = re.compile(
    r"[。！？；]+[”’」』）)\"'》〉]*"
    r"|[!?]+(?=[\u3400-\u9fff])"
    r"|(?<=[\u3400-\u9fff])\.(?=[\u3400-\u9fff])"
    r"|[.!?…]+[\"'”’»)\]]*(?=\s)"
)
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_LETTER_DOTS = re.compile(r"^(?:[^\W\d_]{1,2}\.){2,}$")
_OPENERS = "\"'“‘«([{„"


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """All languages' abbreviations (as written, with their final period)."""
    out: set[str] = set()
    for path in sorted(LANG_DIR.glob("*/abbreviations.json")):
        out.update(json.loads(path.read_text(encoding="utf-8")).get("abbreviations", []))
    return frozenset(out)


@lru_cache(maxsize=1)
def _names_ending_in_letter() -> frozenset[str]:
    """Catalogue names whose last word is one letter ("Ван И"): their period can end a sentence."""
    from kg.catalogue import load_catalogue
    out: set[str] = set()
    for e in load_catalogue().entities.values():
        for name in e.names:
            words = name.split()
            if len(words) > 1 and len(words[-1]) == 1 and words[-1].isalpha():
                out.add(f"{words[-2]} {words[-1]}".casefold())
    return frozenset(out)


def _is_abbreviation(line: str, dot_end: int) -> bool:
    """Whether the word ending at ``line[dot_end - 1] == '.'`` is an abbreviation."""
    start = dot_end - 1
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    token = line[start:dot_end].lstrip(_OPENERS)
    if not token or token == ".":
        return False
    if token in abbreviations() or token.lower() in abbreviations():
        return True
    if _INITIAL.match(token) and token[0].isupper():
        head = line[:start].split()
        return not (head and f"{head[-1]} {token[0]}".casefold() in _names_ending_in_letter())
    return bool(_LETTER_DOTS.match(token))


def _ends_here(line: str, m: re.Match[str]) -> bool:
    term = m.group()
    if term[0] in "。！？；" or (m.end() < len(line) and not line[m.end()].isspace()):
        return True
    j = m.end()
    while j < len(line) and line[j].isspace():
        j += 1
    if j >= len(line):
        return True
    if line[j].islower():
        return False
    if term == "." and _is_abbreviation(line, m.end()):
        return False
    return True


def _split_line(text: str, start: int, end: int, lang: str, out: list[Sentence]) -> None:
    line = text[start:end]
    cur = 0
    for m in _BOUNDARY.finditer(line):
        if m.end() <= cur or not _ends_here(line, m):
            continue
        _emit(text, start + cur, start + m.end(), lang, out)
        cur = m.end()
    _emit(text, start + cur, end, lang, out)


def _emit(text: str, s: int, e: int, lang: str, out: list[Sentence]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.append(Sentence(s, e, lang))


def split_sentences(text: str, block: Block) -> list[Sentence]:
    """Sentences of ``text[block.start:block.end]``; offsets index ``text``."""
    out: list[Sentence] = []
    pos = block.start
    while pos <= block.end:
        nl = text.find("\n", pos, block.end)
        line_end = block.end if nl == -1 else nl
        _split_line(text, pos, line_end, block.lang, out)
        if nl == -1:
            break
        pos = nl + 1
    return out
