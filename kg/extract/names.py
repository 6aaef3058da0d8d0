"""Names the catalogue lacks, found right after a title or office word.

Per-language data in names.json, key "unknown_names":
  {"gap": "[ ]?", "pattern": "<regex of a name>", "stopwords": [...], "min_words": 2,
   "word_split": " ", "lemmatize": false, "after_office_word": true, "nominative_before": "<regex>"}
`pattern` is matched on the original text (capitalisation matters) after `gap`; trailing
stopwords are dropped; "lemmatize" puts each word in its dictionary form (Russian case endings), unless
"nominative_before" ends right before the name: a title in the nominative, so the name is one too
('президент Шри-Ланки Анура Кумара Дисанаяке' keeps 'Анура Кумара', not 'Анур Кумар').
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.lang import folder_for, language_data


@dataclass(frozen=True)
class NameFinder:
    gap: re.Pattern
    pattern: re.Pattern
    stopwords: frozenset[str]
    min_words: int
    word_split: str
    lemmatize: bool
    after_office_word: bool     # also after a bare office word ("Foreign Minister X"), not only a full title
    match_folded: bool          # match on the folded text (Chinese: traditional and simplified alike)
    nominative_before: re.Pattern | None = None     # a title in the nominative ends here: keep the name's form

    def find(self, text: str, folded: str, pos: int, limit: int) -> tuple[int, int, str] | None:
        """(start, end, normalised name) of a name starting right after pos, or None."""
        original, text = text, (folded if self.match_folded else text)
        gap = self.gap.match(text, pos, limit)
        if gap is None:
            return None
        m = self.pattern.match(text, gap.end(), limit)
        if m is None:
            return None
        words = [w for w in (m.group(0).split(self.word_split) if self.word_split else [m.group(0)]) if w]
        while words and words[-1].casefold() in self.stopwords:
            words.pop()
        if len(words) < self.min_words or any(w.casefold() in self.stopwords for w in words[:1]):
            return None
        start = gap.end()
        if self.lemmatize and len(words) > self.min_words and _place_genitive(words[0]):
            start += len(words[0]) + len(self.word_split)      # 'главой МИД Кении Мусалией Мудавади'
            words = words[1:]
        surface = self.word_split.join(words) if self.word_split else words[0]
        end = start + len(surface)
        as_is = not self.lemmatize or self.nominative_before is not None and \
            self.nominative_before.search(original, max(0, pos - 60), pos) is not None
        name = original[start:end] if as_is else " ".join(_lemma(w) for w in words)
        return start, end, name


def _lemma(word: str) -> str:
    """Nominative of a capitalised Russian word (Джайшанкаром -> Джайшанкар, Захаровой -> Захарова,
    Лян stays Лян, Цзюнем -> Цзюнь, Моди stays Моди)."""
    from .inflect import _morph
    morph = _morph()
    if not morph.word_is_known(word.lower()):
        if _INSTRUMENTAL.search(word):      # an unknown name in the instrumental: Цзюнем, Хуэйлином, Шолцем
            stem = word[:-2]
            soft = word.endswith("ем") and stem[-1] not in "жцчшщ"
            return stem + ("й" if stem[-1] in "аеёиоуыэюя" else "ь" if soft else "")
        if _INSTRUMENTAL_A.search(word):    # an unknown name in -а / -я in the instrumental: Кумарой, Мусалией
            return word[:-2] + ("а" if word.endswith("ой") else "я")
        if word[-1] in "иоуэе":             # an indeclinable foreign name: Моди, Кожемяко, Вэньтао
            return word
    parses = morph.parse(word)
    named = next((p for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes) and "sing" in p.tag), None)
    if named is not None:       # the name's own gender: Захаровой -> Захарова, not Захаров
        form = named.inflect({"nomn"})
        lemma = form.word if form else named.normal_form
    elif any(p.tag.POS == "NOUN" and {"nomn", "sing"} <= set(p.tag.grammemes) for p in parses):
        return word             # already a nominative (Лян, not the plural genitive of Ляна)
    else:
        noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
        lemma = noun.normal_form if noun else word
    return lemma[:1].upper() + lemma[1:]


def _place_genitive(word: str) -> bool:
    """A place name in the genitive and no person's name (Кении, Египта): the country of a title."""
    from .inflect import _morph
    parses = _morph().parse(word)
    return any({"Geox", "gent"} <= set(p.tag.grammemes) for p in parses) and \
        not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses)


_INSTRUMENTAL = re.compile(r"[а-яё]{2}(?:ом|ем)$")
_INSTRUMENTAL_A = re.compile(r"[а-яё]{3}(?:ой|ей)$")


@cache
def unknown_names(lang: str) -> NameFinder | None:
    data = language_data(folder_for(lang), "names").get("unknown_names")
    if not data:
        return None
    return NameFinder(re.compile(data.get("gap", " ?")), re.compile(data["pattern"]),
                      frozenset(w.casefold() for w in data.get("stopwords", ())), data.get("min_words", 2),
                      data.get("word_split", " "), data.get("lemmatize", False), data.get("after_office_word", True),
                      data.get("match_folded", False),
                      re.compile(f"(?:{data['nominative_before']})$") if data.get("nominative_before") else None)
