"""The places an event's own names contain ('BRICS summit in Kazan', '上合组织天津峰会'): one index for
the gazetteer (which editions a place names) and the meeting stage (where sideline talks were held).

One regex over every place and organisation name, longest first, so a place inside an
organisation's name is no venue ('Shanghai' in 'Shanghai Cooperation Organisation', '上海' in
'上海合作组织'). Latin and Cyrillic names match whole words; Chinese names match anywhere.
"""
from __future__ import annotations

import re

from kg.catalogue import Catalogue
from kg.text import fold

_LETTER = r"a-z0-9à-ỹđа-яё"


def _name_index(cat: Catalogue) -> tuple[re.Pattern, dict[str, str | None]]:
    """Folded place and organisation names -> place id, or None for an organisation."""
    names: dict[str, str | None] = {}
    for e in sorted(cat.entities.values(), key=lambda e: e.id):
        if e.type in ("Place", "Organization") and not e.provisional:
            for n in e.names:
                key = fold(n)
                if len(key) >= 2 and (e.type == "Organization" or key not in names):
                    names[key] = e.id if e.type == "Place" else None
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![{_LETTER}])(?:{body})(?![{_LETTER}])"), names


def places_named_in(cat: Catalogue, event: str) -> frozenset[str]:
    """Every place (city, venue or region) one of the event's names contains."""
    pattern, names = cat.derived("place-name-index", _name_index)
    found: set[str] = set()
    for n in cat[event].names if event in cat else ():
        found |= {pid for x in pattern.finditer(fold(n)) if (pid := names[x.group(0)])}
    return frozenset(found)


def venue_in_name(cat: Catalogue, event: str) -> str | None:
    """The one city or venue (a place within a country, not 'Africa') the event's names contain."""
    found = {pid for pid in places_named_in(cat, event) if cat[pid].country}
    return found.pop() if len(found) == 1 else None
