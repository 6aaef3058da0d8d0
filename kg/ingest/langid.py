"""Language of a block by script, in one pass over its characters.

- CJK ideographs -> ``zh-Hans`` or ``zh-Hant``: characters that OpenCC's t2s changes are
  traditional-only, characters that s2t changes are simplified-only (read once from
  OpenCC's character tables); the larger count wins (a tie is ``zh-Hans``).
- Cyrillic -> ``ru``.
- Latin -> ``vi`` when Vietnamese letters/tone marks are frequent enough (Ð U+00D0, the
  look-alike of Đ, counts), or, without diacritics, when Vietnamese function words are
  frequent; otherwise ``en``.
- Mixed scripts: the script with most letters wins; an ideograph counts as
  ``CJK_WEIGHT`` letters (one hanzi carries about as much as a short Latin word).
- No letters at all -> ``und``.
- A Latin quotation opened right after a hanzi or CJK punctuation is not counted (a Chinese sentence
  quoting English stays Chinese).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["detect"]

CJK_WEIGHT = 3
# Letters found only in Vietnamese among our languages (plus Ð U+00D0, a look-alike of Đ).
_VI_STRONG = frozenset("ăâđêôơưĂÂĐÊÔƠƯÐĩũĨŨ")
# Accented letters Vietnamese shares with other Latin languages.
_VI_WEAK = frozenset("àáèéìíòóùúýãõÀÁÈÉÌÍÒÓÙÚÝÃÕ")
# Frequent Vietnamese function words as typed without diacritics.
_VI_FUNCTION_WORDS = frozenset(
    "cua va voi nhung cac trong duoc nguoi mot nay cho khong ve tai hai nuoc "
    "cung theo tren sau truoc giua ong ba da se dang la "
    # syllables of titles and news words that are not English words: 'Thu tuong', 'Tong thong', 'hoi kien'
    "tuong thong tich quoc kien ngay thang nhat tri cuong ngoai giao truong chinh phu chuyen viec "
    "cuoc dien hoi tham trung nhan dan khi nhieu duoc nga viet nam khang dinh thanh hoan vai tro ung "
    "chu linh vuc".split()
)
_WORD = re.compile(r"[^\W\d_]+")
# A Latin quotation opened right after a hanzi or CJK punctuation ('拜登称"Putin and Xi met"'): the
# language of the sentence around it, not of the block (its words are not counted).
_HAN_QUOTE = re.compile(r"(?<=[\u3400-\u9fff，：、])\s*[\"“「『][^\"“”「」『』\u3400-\u9fff]*[\"”」』]")


@lru_cache(maxsize=1)
def _variant_table() -> dict[str, int]:
    """Character -> +1 (traditional-only) / -1 (simplified-only), from OpenCC's tables.

    A character counts only if OpenCC's s2t (t2s) table changes it and does not also list
    it as one of its own conversions (台 -> 臺/台 is valid in both scripts).
    """
    import opencc

    table: dict[str, int] = {}
    folder = Path(opencc.__file__).resolve().parent / "dictionary"
    for name, sign in (("STCharacters.txt", -1), ("TSCharacters.txt", 1)):
        path = folder / name
        if not path.exists():  # pragma: no cover - other OpenCC builds
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            if len(key) == 1 and values and key not in values.split():
                table[key] = table.get(key, 0) + sign
    if not table:  # pragma: no cover - fall back to the converters
        t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
        for cp in range(0x4E00, 0xA000):
            ch = chr(cp)
            sign = (t2s.convert(ch) != ch) - (s2t.convert(ch) != ch)
            if sign:
                table[ch] = sign
    return {k: (1 if v > 0 else -1) for k, v in table.items() if v}


def _is_han(o: int) -> bool:
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF


def detect(text: str) -> str:
    """Language tag of ``text``: en, zh-Hans, zh-Hant, vi, ru, or und (no letters)."""
    han = cyr = latin = vi_strong = vi_weak = variant = 0
    if re.search(r"[\u3400-\u9fff]", text):
        text = _HAN_QUOTE.sub(" ", text)
    variants = _variant_table()
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            if ("a" <= ch <= "z") or ("A" <= ch <= "Z"):
                latin += 1
            continue
        if _is_han(o):
            han += 1
            variant += variants.get(ch, 0)
        elif 0x0400 <= o <= 0x04FF:
            cyr += 1
        elif o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
            if not ch.isalpha():
                continue
            latin += 1
            if ch in _VI_STRONG or 0x1EA0 <= o <= 0x1EF9:
                vi_strong += 1
            elif ch in _VI_WEAK:
                vi_weak += 1
    han_w = han * CJK_WEIGHT
    if not (han_w or cyr or latin):
        return "und"
    if han_w >= cyr and han_w >= latin:
        return "zh-Hant" if variant > 0 else "zh-Hans"
    if cyr >= latin:
        return "ru"
    marked = vi_strong + vi_weak
    if vi_strong and marked >= max(1.0, 0.04 * latin):
        return "vi"
    if not marked:
        words = _WORD.findall(text.lower())
        hits = sum(1 for w in words if w in _VI_FUNCTION_WORDS)
        if hits >= 2 and hits >= 0.2 * len(words):
            return "vi"
    return "en"
