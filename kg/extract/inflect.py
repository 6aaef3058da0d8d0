"""Case forms for inflecting languages (Russian), generated with pymorphy3.

Used only for languages whose names.json says "inflect": true. A word marked `word@gent`
is put in that case and kept; `word@femn` sets an adjective's gender; all other inflectable
words run through the six cases together (adjectives agree with their noun).
"""
from __future__ import annotations

import re
from functools import cache

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_GENDERS = {"masc", "femn", "neut", "plur"}      # plur: an adjective in the plural (российско-китайские)
_HARD = frozenset("бвгджзклмнпрстфхцчшщ")
_ENDINGS = {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}
_SOFT_ENDINGS = {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}     # Цзюнь -> Цзюнем
_CYRILLIC = re.compile("[А-ЯЁ][а-яё]+")
# words after a preposition keep their case when a phrase declines (парад на площади Тяньаньмэнь)
_PREPOSITIONS = frozenset("в во на по о об при для между за под над к ко из от до у против через".split())
# a name after these nouns is an apposition and may keep its case (площади Тяньаньмэнь, аэропорту Ноибай)
_APPOSITION_HEADS = frozenset("площадь улица проспект река озеро город аэропорт залив пролив станция космодром".split())
# a surname in -ов/-ев/-ёв pymorphy does not know declines as a possessive adjective in the
# instrumental (Токаевым, Силуановым, Бердымухамедовым), as a noun elsewhere
_SURNAME_OV = re.compile("[^и](?:ов|ев|ёв)$")
_SURNAME_ENDINGS = {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}


@cache
def _morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@cache
def _parse(word: str):
    if not word.isalpha() or word.isupper():
        return None      # initials, abbreviations (РФ, КНР, ШОС, БРИКС, АСЕАН), numbers: indeclinable here
    parses = [p for p in _morph().parse(word)
              if p.tag.POS in ("NOUN", "ADJF", "PRTF") and {"nomn", "sing"} <= set(p.tag.grammemes)]
    if not parses:
        return None      # not a nominative singular: a dependent word (организация сотрудничества)
    if word[:1].isupper():
        for p in parses:
            if {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(p.tag.grammemes):
                return p
    return parses[0]


def _guessed(p) -> bool:
    """The parse is pymorphy's guess from a word ending, not a dictionary entry."""
    return any(type(m[0]).__name__ != "DictionaryAnalyzer" for m in p.methods_stack)


def _inflect(word: str, grammemes: set[str]) -> str:
    return _inflect_cached(word, frozenset(grammemes))


@cache
def _inflect_cached(word: str, grammemes: frozenset[str]) -> str:
    head, sep, tail = word.partition("-")
    if sep and tail:      # премьер-министр, вице-президент: inflect the last part
        return head + "-" + _inflect_cached(tail, grammemes)
    p = _parse(word)
    if p is not None and "Fixd" in p.tag.grammemes and word[:1].isupper() and _guessed(p):
        p = None        # 'Тьинь' guessed indeclinable from 'инь': a foreign name, declined below (Тьинем)
    if p is None and word[:1].isupper() and len(word) >= 2 and _CYRILLIC.fullmatch(word):
        # a name pymorphy does not know (Цян, Цзиньпин; Цзюнь): declined as a masculine hard- or soft-stem noun
        case = next((g for g in grammemes if g in _ENDINGS), None)
        if case and _SURNAME_OV.search(word):
            return word + _SURNAME_ENDINGS[case]        # Токаев -> Токаевым (not *Токаевом), Силуанов -> Силуановым
        if case and word[-1] in _HARD:
            return word + _ENDINGS[case]
        if case and word[-1] == "ь" and word[-2] in _HARD:
            return word[:-1] + _SOFT_ENDINGS[case]
        return word
    if p is None or "Fixd" in p.tag.grammemes:
        return word
    form = p.inflect(set(grammemes) | ({"sing"} if "plur" not in grammemes else set()))
    if form is None:
        return word
    out = form.word
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def _forms(words: list[tuple[str, str | None]]) -> list[str]:
    out: list[str] = []
    for case in CASES:
        parts = []
        for word, mark in words:
            if mark == "keep":
                parts.append(word)
            elif mark in CASES:
                parts.append(_inflect(word, {mark}))
            elif mark in _GENDERS:
                parts.append(_inflect(word, {mark, case}))
            else:
                parts.append(_inflect(word, {case}))
        out.append(" ".join(parts))
    return list(dict.fromkeys(out))


def case_forms(phrase: str, last_only: bool = False) -> list[str]:
    """The phrase in the six cases (singular), the original first. `last_only`: only the last word
    declines (a surname-first name: с Дун Цзюнем, not *Дуном Цзюнем)."""
    words = [(w, None) for w in phrase.split()]
    cut = next((i for i, (w, _) in enumerate(words) if i and (w.lower() in _PREPOSITIONS or w[0] in "«\"„“")), None)
    if cut is not None:     # 'парад на площади Тяньаньмэнь', 'форуме «Один пояс, один путь»': what a preposition governs or a quote holds keeps its case
        words = words[:cut] + [(w, "keep") for w, _ in words[cut:]]
    apposed = [(w, "keep") if i and words[i - 1][0].lower() in _APPOSITION_HEADS and w[:1].isupper()
               and (_parse(w) is None or _parse(w).tag.POS != "ADJF") else (w, mark)
               for i, (w, mark) in enumerate(words)]     # 'площадь Тяньаньмэнь' -> 'на площади Тяньаньмэнь'
    extra = _forms(apposed) if apposed != words else []
    if last_only and len(words) > 1:
        words = [(w, "nomn") for w, _ in words[:-1]] + words[-1:]
    return list(dict.fromkeys([phrase, *_forms(words), *extra]))


def inflect_pattern(phrase: str) -> list[str]:
    """Case forms of a filled title pattern such as 'президент Россия@gent'."""
    words = []
    for w in phrase.split():
        word, _, mark = w.partition("@")
        words.append((word, mark or None))
    return _forms(words)


def adjective_forms(word: str) -> list[str]:
    """Every gender, number and case form of an adjective (российский -> российская, российских ...)."""
    p = _parse(word)
    if p is None or p.tag.POS != "ADJF":
        return [word]
    return list(dict.fromkeys([word] + [f.word for f in p.lexeme if f.tag.POS == "ADJF"]))


_ORDINAL = re.compile(r"\d+-(?:й|я|е|го|му|м|ом|ю|ой|ая|ое|ый|ий|ых|ым|ыми|ую|ее)")
_ORDINAL_NOMINATIVE = {"masc": "й", "femn": "я", "neut": "е", "plur": "е"}


def nominative(phrase: str) -> str:
    """The phrase with its head (its first noun) and the words before it that agree with it in the
    nominative; what follows the head keeps its case ('XV Красноярском экономическом форуме' -> 'XV Красноярский
    экономический форум', 'Меморандумом о сотрудничестве' -> 'Меморандум о сотрудничестве'). A name found in
    several case forms gets one provisional id this way."""
    words = phrase.split()
    head = None
    for i, word in enumerate(words):
        if word.lower() in _PREPOSITIONS:
            break
        if not word.isalpha() or word.isupper():
            continue        # numbers, ordinals, abbreviations: not the head
        parses = _morph().parse(word)
        noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
        if noun is not None and not any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            head = (i, noun)
            break
    if head is None:
        return phrase
    i, noun = head
    number = "plur" if "plur" in noun.tag else "sing"
    gender = "plur" if number == "plur" else str(noun.tag.gender or "plur")
    out = list(words)
    out[i] = _cased(noun.inflect({"nomn", number}), words[i])
    for j in range(i):
        if _ORDINAL.fullmatch(words[j]):      # '19-м' -> '19-й', 'XI-й' stays
            out[j] = words[j].split("-")[0] + "-" + _ORDINAL_NOMINATIVE[gender]
            continue
        adjective = next((p for p in _morph().parse(words[j]) if p.tag.POS in ("ADJF", "PRTF")), None)
        if adjective is not None and words[j].replace("-", "").isalpha():
            out[j] = _cased(adjective.inflect({"nomn", gender}), words[j])
    return " ".join(out)


def _cased(form, original: str) -> str:
    """The inflected form written like the original (capitalised or not); the original if none."""
    if form is None:
        return original
    return form.word[:1].upper() + form.word[1:] if original[:1].isupper() else form.word
