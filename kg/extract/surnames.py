"""A person named in full is then called by one name: 'Wei Fenghe … Wei said', 'Yuri Ushakov … Ushakov'.

The catalogue lists short forms only where they are safe everywhere ('Putin', 'Xi'); most persons,
and every provisional one, have none. After a document names a person in full, the name they are
called by (the family name; the last syllable for Vietnamese persons, who go by their given name)
refers to them when it stands alone, capitalised, and no other person of the document shares it.
Latin and Cyrillic scripts only: Chinese text calls people by surname + title ('魏部长'), which the
title patterns handle.
"""
from __future__ import annotations

import re
from collections import defaultdict

from kg.catalogue import Catalogue
from kg.text import is_cjk

from .gazetteer import NAME, SHORT
from .mentions import Mention, Span

# persons of these countries are called by the first word of their name ('Wei Fenghe' … 'Wei'); all others,
# Vietnamese persons too ('Phạm Minh Chính' … 'ông Chính'), by the last
FAMILY_NAME_FIRST = frozenset({"china", "taiwan", "north-korea", "south-korea", "singapore"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _called_by(full: str, country: str | None) -> str | None:
    words = _WORD.findall(full)
    if len(words) < 2 or any(is_cjk(c) for c in full):
        return None
    word = words[0] if country in FAMILY_NAME_FIRST else words[-1]
    return word if word[0].isupper() and len(word) >= 2 else None


def surname_mentions(text: str, spans: list[Span], mentions: list[Mention], cat: Catalogue) -> list[Mention]:
    """`mentions` plus lone family names of persons the document named in full before."""
    first_full: dict[str, int] = {}
    called: dict[str, set[str]] = defaultdict(set)          # surname -> persons it could be
    for m in mentions:
        if m.type != "Person" or not m.entity or m.kind != NAME or m.entity not in cat:
            continue
        person = cat[m.entity]
        for word in {w for n in person.names if (w := _called_by(n, person.country)) and w in m.text}:
            called[word].add(m.entity)
            first_full.setdefault(m.entity, m.end)
    unique = {w: next(iter(ids)) for w, ids in called.items() if len(ids) == 1}
    if not unique:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    added = []
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(map(re.escape, sorted(unique, key=len, reverse=True)))
                         + r")(?![\w'’-])")
    for i, span in enumerate(spans):
        for hit in pattern.finditer(text, span.start, span.end):
            person = unique[hit.group(1)]
            a, b = hit.span(1)
            following = text[b:b + 40].split(maxsplit=1)
            if a < first_full[person] or any(x < b and a < y for x, y in taken) \
                    or following and following[0][0].isupper():     # part of another full name
                continue
            added.append(Mention(a, b, hit.group(1), SHORT, "Person", person, sentence=i))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions
