"""Extraction stages: mentions -> entities, relations, meetings (see kg.extract.document).

`extract_text` runs them on a string, for tests and notebooks:

    >>> from kg.extract import extract_text
    >>> x = extract_text("Russia firmly supports China.", published="2024-05-16")
    >>> [(f.subject, f.relation, f.object) for f in x.facts]
    [('russia', 'supports', 'china')]
"""
from __future__ import annotations

from datetime import date
from functools import cache

from .document import DocumentExtraction, DocumentExtractor

__all__ = ["DocumentExtraction", "DocumentExtractor", "extract_text", "facts_of"]


@cache
def _extractor() -> DocumentExtractor:
    return DocumentExtractor()


def extract_text(text: str, *, published: str | date | None = None, source: str = "<text>") -> DocumentExtraction:
    """Extract one document given as a string (language detected per paragraph)."""
    from kg.ingest import build_article
    day = date.fromisoformat(published) if isinstance(published, str) else published
    article = build_article(text, source=source, raw=text.encode("utf-8"), published=day)
    return _extractor().extract(article)


def facts_of(text: str, **kwargs) -> set[tuple[str, str, str]]:
    """The (subject, relation, object) keys stated in `text` (symmetric relations in sorted order)."""
    return {f.key() for f in extract_text(text, **kwargs).facts}
