"""'The Russian minister', 'российский министр', 'the Chinese diplomat': a country adjective and a
generic role noun point back to the person of that country the document named last.

Per-language data, names.json "role_anaphora": {"nouns": ["minister", ...], "determiners": ["the"],
"inflect": false}; the country adjectives are the catalogue's (Russian ones in every case form, and
the nouns too when "inflect" is set). The antecedent is the nearest earlier person mention, at most
`REACH` sentences back, whose catalogue country is the adjective's and who never led a state or
government (the nouns name ministers, diplomats and officials); without one the phrase names nobody.
"""
from __future__ import annotations

import re

from kg.catalogue import Catalogue
from kg.lang import folder_for, language_data
from kg.text import fold

from .gazetteer import SHORT
from .inflect import adjective_forms, case_forms
from .mentions import LEADER_ROLES, Mention, Span

REACH = 5       # sentences back to the antecedent


def _pattern(folder: str, cat: Catalogue) -> tuple[re.Pattern, dict[str, str]] | None:
    """The language's adjective + role noun regex and adjective -> country, built once per catalogue."""
    return cat.derived(("role-anaphora", folder), lambda c: _build(folder, c))


def _build(folder: str, cat: Catalogue) -> tuple[re.Pattern, dict[str, str]] | None:
    data = language_data(folder, "names").get("role_anaphora")
    if not data:
        return None
    inflect = data.get("inflect", False)
    adjectives: dict[str, str] = {}
    for e in sorted(cat.entities.values(), key=lambda e: e.id):
        if e.type == "Country":
            for adj in e.adjectives.get(folder, ()):
                for form in adjective_forms(adj) if inflect else [adj]:
                    adjectives.setdefault(fold(form), e.id)
    if not adjectives:
        return None
    nouns = {fold(f) for n in data["nouns"] for f in (case_forms(n) if inflect else [n])}
    det = "|".join(map(re.escape, data.get("determiners", ())))
    body = (rf"(?:(?:{det})\s+)" if det else "") + rf"(?P<adj>{'|'.join(map(re.escape, sorted(adjectives, key=len, reverse=True)))})" \
        + rf"\s+(?:{'|'.join(map(re.escape, sorted(nouns, key=len, reverse=True)))})"
    return re.compile(rf"(?<!\w){body}(?!\w)"), adjectives


def _leader(cat: Catalogue, person: str) -> bool:
    """Heads of state and government are no 'minister', 'diplomat' or 'official'."""
    return any(o.role in LEADER_ROLES for o in cat[person].offices)


def role_mentions(text: str, folded: str, spans: list[Span], mentions: list[Mention], cat: Catalogue) -> list[Mention]:
    """`mentions` plus country-adjective role phrases resolved to the person they point back to."""
    added = []
    for i, span in enumerate(spans):
        found = _pattern(folder_for(span.lang), cat)
        if found is None:
            continue
        pattern, adjectives = found
        for hit in pattern.finditer(folded, span.start, span.end):
            a, b = hit.span()
            if any(m.start < b and a < m.end for m in mentions):
                continue
            country = adjectives[hit.group("adj")]
            person = next((m.entity for m in reversed(mentions)
                           if m.end <= a and i - m.sentence <= REACH and m.type == "Person" and m.entity
                           and m.entity in cat and cat[m.entity].country == country and not _leader(cat, m.entity)),
                          None)
            if person is not None:
                added.append(Mention(a, b, text[a:b], SHORT, "Person", person, sentence=i))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions
