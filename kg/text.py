"""Text normalisation shared by every stage: one function, offsets preserved.

`match_form(text)` returns a string of the SAME length as `text` in which every character is
folded for matching (lower case, traditional -> simplified Chinese, look-alike letters unified,
exotic spaces and dashes unified), so a match at [i, j) in the folded string is the span
text[i:j] of the original. Everything that looks up names or triggers runs on this form.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from opencc import OpenCC

_T2S = OpenCC("t2s")

# look-alike and typographic variants folded to one character each (1:1, length preserving)
_FOLD = {
    "\u00d0": "đ", "\u0110": "đ", "\u00f0": "đ", "\u0189": "đ",   # Ð Đ ð Ɖ -> đ
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\uff0c": ",", "\uff1a": ":", "\uff08": "(", "\uff09": ")", "\u00b7": "·", "\u30fb": "·", "\u2027": "·",
    "ё": "е", "Ё": "е",
}


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    if ch in _FOLD:
        return _FOLD[ch]
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if "\u3400" <= low <= "\u9fff" or "\uf900" <= low <= "\ufaff":
        simp = _T2S.convert(low)
        if len(simp) == 1:
            low = simp
    return _FOLD.get(low, low)


def match_form(text: str) -> str:
    """Fold `text` for matching; the result has exactly len(text) characters."""
    return "".join(_fold_char(c) for c in text)


def fold(text: str) -> str:
    """Fold a lexicon string (NFC first, so composed Vietnamese letters match the text)."""
    return match_form(unicodedata.normalize("NFC", text)).strip()


def strip_marks(text: str) -> str:
    """Remove diacritics (Vietnamese without tone marks: 'Tập Cận Bình' -> 'tap can binh')."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_word_char(ch: str) -> bool:
    """True for letters and digits of alphabetic scripts (CJK ideographs are not word chars)."""
    if not ch:
        return False
    if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
        return False
    return ch.isalnum() or unicodedata.category(ch) == "Mn"


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def slugify(text: str) -> str:
    """Slug for provisional IRIs: Latin without diacritics, other scripts kept (IRIs are Unicode)."""
    plain = strip_marks(text) if text.isascii() or all(ord(c) < 0x2000 and not "\u0400" <= c <= "\u04ff" for c in text) \
        else unicodedata.normalize("NFC", text)
    out = [ch if ch.isalnum() else "-" for ch in plain.lower()]
    slug = "-".join(filter(None, "".join(out).split("-")))
    return slug[:80] or "x"
