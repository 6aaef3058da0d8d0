"""Statistical NER fallback for languages whose names.json says "ner": "natasha" (Russian).

Finds person names the catalogue and the title patterns missed ("… встретился с Субраманьямом
Джайшанкаром"): natasha's news NER (its model ships inside the package; nothing is downloaded),
PER spans of two or more words, each word put in its dictionary form (as title-introduced names). Loaded once, on first use.
"""
from __future__ import annotations

from functools import cache

from .names import _lemma


@cache
def _natasha():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    return Segmenter(), NewsNERTagger(NewsEmbedding())


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
