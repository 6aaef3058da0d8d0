"""Ingest stage: read input files into Articles with language-tagged blocks and sentences.

Needs: paths of .txt, .md, .html/.htm or .jsonl files (or folders of them).
Adds: for each article the decoded text, content hash, title, publication date, URL, and
blocks (line spans tagged body/title/boilerplate with a language: en, zh-Hans, zh-Hant, vi,
ru; "und" for furniture without letters), from which sentences are split with exact offsets.

    >>> from kg.ingest import read_inputs
    >>> result = read_inputs(["kg/data/samples"])
    >>> [a.languages for a in result.articles][:1]
    [['vi']]
"""

from __future__ import annotations

from ..errors import InputError, KGError
from .article import Article, Block, Sentence
from .boilerplate import is_boilerplate, segment_line
from .build import build_article
from .langid import detect
from .metadata import find_published, parse_date
from .readers import ReadResult, decode_bytes, iter_inputs, read_inputs, read_path
from .sentences import split_sentences

__all__ = [
    "Article",
    "Block",
    "InputError",
    "KGError",
    "ReadResult",
    "Sentence",
    "build_article",
    "decode_bytes",
    "detect",
    "find_published",
    "is_boilerplate",
    "iter_inputs",
    "parse_date",
    "read_inputs",
    "read_path",
    "segment_line",
    "split_sentences",
]
