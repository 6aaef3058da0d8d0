"""Summits named by their host city alone: 'the Kazan summit', '青岛峰会', 'саммит в Казани',
'Hội nghị thượng đỉnh Kazan'.

Needs: resolved mentions (the city is a Place mention), the reference date, the catalogue. Adds an
Event mention over the phrase and a `hosts` fact (the city hosts the summit). The summit is the one
the document already named whose names contain that city; else the catalogue summit held there
nearest the document's date, within a year (an undated document: the only one held there).

Per-language data in kg/lang/<lang>/shapes.json, key "place_event": a list of
{"before": regex ending right before the place, "after": regex starting right after it,
 "head": the summit word} matched on the folded text. An event is a summit when one of its names
contains a head word of any language.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from kg.catalogue import Catalogue
from kg.lang import all_languages, folder_for, language_data
from kg.text import fold

from .dates import YearReference
from .member_lists import organization_of
from .mentions import Mention, Span
from .relations import Fact
from .venues import places_named_in

REACH_DAYS = 366        # a summit named by its city is held within a year of the report




@cache
def _cues(folder: str) -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    return tuple((re.compile(f"(?:{c.get('before') or ''})$"), re.compile(c.get("after") or ""))
                 for c in language_data(folder, "shapes").get("place_event", ()))


@cache
def _heads() -> tuple[str, ...]:
    return tuple(sorted({fold(c["head"]) for data in all_languages("shapes").values()
                         for c in data.get("place_event", ()) if c.get("head")}))


def _summits_by_place(cat: Catalogue) -> dict[str, tuple[str, ...]]:
    """Place id -> the catalogue summits whose names contain it (dated ones only)."""
    heads = _heads()
    out: dict[str, list[str]] = {}
    for e in sorted(cat.entities.values(), key=lambda e: e.id):
        if e.type == "Event" and e.day and not e.provisional and \
                any(h in fold(n) for n in e.names for h in heads):
            for place in places_named_in(cat, e.id):
                out.setdefault(place, []).append(e.id)
    return {k: tuple(v) for k, v in out.items()}


def _resolve(place: str, named: list[str], organizations: set[str], ref: date | None, cat: Catalogue) -> str | None:
    """The summit held at `place` that the document named before; else the one nearest its date (the
    only one in its year when undated), a summit of an organisation the document names first ('乌法峰会'
    in a report on the SCO is the SCO's Ufa summit, not the BRICS one held there the same week)."""
    held_there = cat.derived("summits-by-place", _summits_by_place).get(place, ())
    earlier = [e for e in named if e in held_there]
    if earlier:
        return earlier[-1]
    if ref is None or isinstance(ref, YearReference):
        year = ref.year if ref else None
        same = [e for e in held_there if year is None or cat[e].day.year == year]
        ours = [e for e in same if organization_of(e, cat) in organizations]
        return same[0] if len(same) == 1 else ours[0] if len(ours) == 1 else None
    near = [(organization_of(e, cat) not in organizations, abs((cat[e].day - ref).days), e)
            for e in held_there if abs((cat[e].day - ref).days) <= REACH_DAYS]
    return min(near)[2] if near else None


def place_named_events(text: str, folded: str, spans: list[Span], mentions: list[Mention], ref: date | None,
                       cat: Catalogue) -> tuple[list[Mention], list[Fact]]:
    """`mentions` with each city-named summit as an Event mention (its city's mention replaced), and
    the city `hosts` facts."""
    out: list[Mention] = []
    facts: list[Fact] = []
    named: list[str] = []
    organizations = {m.entity for m in mentions if m.type == "Organization" and m.entity} | \
        {org for m in mentions if m.type == "Event" and m.entity and (org := organization_of(m.entity, cat))}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.type == "Event" and m.entity:
            named.append(m.entity)
        if m.type != "Place" or not m.entity or m.entity not in cat:
            out.append(m)
            continue
        span = spans[m.sentence]
        left = folded[max(span.start, m.start - 30):m.start]
        right = folded[m.end:min(span.end, m.end + 30)]
        hit = next(((b, a) for before, after in _cues(folder_for(span.lang))
                    if (b := before.search(left)) and (a := after.match(right))), None)
        event = _resolve(m.entity, named, organizations, ref, cat) if hit else None
        if event is None:
            out.append(m)
            continue
        start, end = m.start - len(hit[0].group(0)), m.end + len(hit[1].group(0))
        if any(x is not m and x.start < end and start < x.end for x in mentions):
            out.append(m)
            continue
        out.append(Mention(start, end, text[start:end], "place-event", "Event", event, sentence=m.sentence))
        named.append(event)
        facts.append(Fact(m.entity, "hosts", event, m.sentence, "place-event", text[start:end], 0.7))
    return out, facts
