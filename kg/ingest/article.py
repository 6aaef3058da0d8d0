"""The ingest data model: an article, its blocks (line spans) and sentences.

All offsets are character offsets into ``Article.text`` (Python ``str`` indices).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

__all__ = ["Article", "Block", "Sentence", "BLOCK_KINDS", "LANGS"]

#: Kinds of block.
BLOCK_KINDS = frozenset({"body", "title", "boilerplate"})
#: Language tags a block can carry ("und": boilerplate without letters).
LANGS = frozenset({"en", "zh-Hans", "zh-Hant", "vi", "ru", "und"})


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph/line span ``text[start:end]`` of an article (stripped of whitespace)."""

    start: int
    end: int
    lang: str
    kind: str

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"bad block kind {self.kind!r}")
        if self.lang not in LANGS:
            raise ValueError(f"bad block lang {self.lang!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad block span {self.start}:{self.end}")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence ``text[start:end]`` (stripped of surrounding whitespace)."""

    start: int
    end: int
    lang: str


@dataclass(frozen=True, slots=True)
class Article:
    """One input document after reading, cleaning and block segmentation.

    ``text`` is the decoded text (line ends normalised to ``\\n``; for HTML/Markdown, the
    extracted text); ``content_hash`` is ``"sha256:<hex>"`` of the raw input bytes.
    """

    source: str
    text: str
    content_hash: str
    title: str | None
    published: datetime.date | None
    url: str | None
    blocks: tuple[Block, ...]

    @property
    def languages(self) -> list[str]:
        """Sorted distinct languages of the body and title blocks."""
        return sorted({b.lang for b in self.blocks if b.kind != "boilerplate"})

    @property
    def doc_id(self) -> str:
        """First 16 hex digits of the content hash (stable document identifier)."""
        return self.content_hash.split(":", 1)[-1][:16]

    def block_text(self, block: Block) -> str:
        """The text of ``block``."""
        return self.text[block.start : block.end]

    def sentences(self) -> list[Sentence]:
        """Sentences of the body and title blocks, in text order."""
        from .sentences import split_sentences

        out: list[Sentence] = []
        for block in self.blocks:
            if block.kind != "boilerplate":
                out.extend(split_sentences(self.text, block))
        return out
