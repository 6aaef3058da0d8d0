"""Statistical NER fallback for languages whose names.json says "ner": "natasha" (Russian).

Finds person names the catalogue and the title patterns missed ("… встретился с Субраманьямом
Джайшанкаром"): natasha's news NER (its model ships inside the package; nothing is downloaded),
PER spans of two or more words, each word put in its dictionary form (as title-introduced names). Loaded once, on first use.
"""
from __future__ import annotations

import re
from functools import cache

from .names import _lemma

# a capitalised word or an initial; a multi-word name has two of them, at most one short
# lower-case particle apart ("Мухаммед бин Сальман")
_CAPITAL = re.compile(r"[А-ЯЁ](?:[а-яё]+|\.)")
_PARTICLE_GAP = re.compile(r"[\s\-]+(?:[а-яё]{1,4}[\s\-]+)?")


@cache
def _natasha():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    return Segmenter(), NewsNERTagger(NewsEmbedding())


def may_hold_name(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] has two capitalised words outside `taken` spans close enough to be one
    multi-word name: the only sentences worth tagging (the tagger is most of the extraction time)."""
    free = [m for m in _CAPITAL.finditer(text, start, end)
            if not any(s < m.end() and m.start() < e for s, e in taken)]
    return any(_PARTICLE_GAP.fullmatch(text, a.end(), b.start()) for a, b in zip(free, free[1:]))


def person_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, nominative name) of multi-word person names in text[start:end]."""
    from natasha import Doc
    segmenter, tagger = _natasha()
    doc = Doc(text[start:end])
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    out = []
    for span in doc.spans:
        if span.type != "PER" or len(span.text.split()) < 2:
            continue
        out.append((start + span.start, start + span.stop, " ".join(_lemma(w) for w in span.text.split())))
    return out
