"""Turn decoded text into an Article: blocks (boilerplate/body/title, language), metadata.

Needs: decoded text and the raw bytes it came from. Adds: blocks with language and kind,
headline, publication date, content hash.
"""

from __future__ import annotations

import datetime
import hashlib

from .article import Article, Block
from .boilerplate import segment_line
from .langid import detect
from .metadata import find_published, find_title

__all__ = ["build_article", "make_blocks"]


def make_blocks(text: str) -> tuple[list[Block], frozenset[int]]:
    """Blocks of ``text`` (one or more per non-blank line) and the starts of caption lines.

    A caption line is a body block whose line had a photo credit cut off.
    """
    blocks: list[Block] = []
    captions: set[int] = set()
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        segs = segment_line(text[pos:end])
        for i, seg in enumerate(segs):
            s, e = pos + seg.start, pos + seg.end
            lang = detect(text[s:e])
            if seg.boilerplate or lang == "und":
                blocks.append(Block(s, e, lang, "boilerplate"))
            else:
                blocks.append(Block(s, e, lang, "body"))
                if i + 1 < len(segs):
                    captions.add(s)
        if nl == -1:
            break
        pos = nl + 1
    return blocks, frozenset(captions)


def _norm(s: str) -> str:
    return " ".join(s.split())


def build_article(
    text: str,
    *,
    source: str,
    raw: bytes,
    title: str | None = None,
    published: datetime.date | None = None,
    url: str | None = None,
) -> Article:
    """Segment ``text`` into blocks and fill in the headline and date when not given.

    ``text`` should already use ``\\n`` line ends. A given ``title`` marks the first body
    block with the same text as the title block; otherwise the headline is guessed.
    """
    blocks, captions = make_blocks(text)
    title_idx: int | None = None
    if title is not None:
        want = _norm(title)
        title_idx = next(
            (i for i, b in enumerate(blocks) if b.kind == "body" and _norm(text[b.start : b.end]) == want),
            None,
        )
    else:
        title_idx = find_title(text, blocks, captions)
        if title_idx is not None:
            title = text[blocks[title_idx].start : blocks[title_idx].end]
    if title_idx is not None:
        b = blocks[title_idx]
        blocks[title_idx] = Block(b.start, b.end, b.lang, "title")
    if published is None:
        published = find_published(text)
    return Article(
        source=source,
        text=text,
        content_hash="sha256:" + hashlib.sha256(raw).hexdigest(),
        title=title,
        published=published,
        url=url,
        blocks=tuple(blocks),
    )
