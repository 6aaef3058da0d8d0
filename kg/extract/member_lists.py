"""Members told by a list of their leaders or of themselves after a member-state cue.

Summit reports name the members of the organisation through the people who came: "…、印度总理莫迪、巴基斯坦
总统侯赛因等成员国领导人出席会议", "出席会议的成员国领导人包括…", "lãnh đạo tám nước thành viên là Trung Quốc,
Nga, …", "лидеры государств — членов ШОС: …". Each listed country, or the country whose office each listed
person holds, is a member of the organisation: the one named in the sentence (nearest before the cue),
else the organisation whose recurring event (series.json "organization") the sentence or one of the few
sentences before it names.

An organisation may also be followed by its members ('金砖国家包括巴西、俄罗斯、印度、中国和南非',
'BRICS brings together Brazil, Russia, …').

Data: relations.json "member_lists", regular expressions over the folded sentence, and
"member_lists_after_organization", matched right after an organisation's name; each with a group `list`
that holds the members (the names listed from its start, with only separators between them).
"""
from __future__ import annotations

import re
from functools import cache

from kg.catalogue import Catalogue
from kg.lang import folder_for, language_data

from .gazetteer import series_data, series_members
from .mentions import Mention, Span
from .relations import Fact

EVENT_REACH = 3     # sentences back to look for the event whose organisation the members belong to


@cache
def _patterns(folder: str, key: str = "member_lists") -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in language_data(folder, "relations").get(key, ()))


def _event_organizations(cat: Catalogue) -> dict[str, str]:
    """Catalogue event -> the organisation whose series it belongs to (2018-sco-summit -> the SCO)."""
    members = series_members(cat)
    return {e: raw["organization"] for raw in series_data() if raw.get("organization") for e in members[raw["id"]]}


def organization_of(event: str, cat: Catalogue) -> str | None:
    found = cat.derived("event-organizations", _event_organizations).get(event)
    if found is None and event.startswith("new/event/"):      # an open series' provisional edition
        found = next((raw.get("organization") for raw in series_data()
                      if event.startswith(f"new/event/{raw['id']}-")), None)
    return found


def member_list_facts(by_sentence: list[list[Mention]], folded: str, spans: list[Span], cat: Catalogue) -> list[Fact]:
    """memberOf facts for the countries a member-state cue lists, directly or through their leaders."""
    out: list[Fact] = []
    for i, span in enumerate(spans):
        for pattern in _patterns(folder_for(span.lang)):
            for hit in pattern.finditer(folded, span.start, span.end):
                a, b = hit.span("list")
                org = _organization([m for m in by_sentence[i] if not a <= m.start < b], by_sentence, i,
                                    hit.start(), cat)
                if org is None:
                    continue
                countries = dict.fromkeys(c for m in _run(by_sentence[i], folded, a, b) for c in _countries(m, cat))
                out.extend(Fact(c, "memberOf", org, i, f"{span.lang}.member-list", hit.group(0)[:40], 0.6)
                           for c in countries)
        for org in (m for m in by_sentence[i] if m.type == "Organization" and m.entity):
            for pattern in _patterns(folder_for(span.lang), "member_lists_after_organization"):
                if hit := pattern.match(folded, org.end, span.end):     # '金砖国家包括巴西、俄罗斯…'
                    a, b = hit.span("list")
                    out.extend(Fact(c, "memberOf", org.entity, i, f"{span.lang}.member-list", hit.group(0)[:40], 0.6)
                               for m in _run(by_sentence[i], folded, a, b) for c in _countries(m, cat))
    return out


_SEPARATOR = re.compile(r"[\s,、，]*(?:(?:and|as well as|và|cùng|и|а также|及|和|以及|与)(?!\w)|(?<=\s)[-–](?=\s))?[\s,、，]*(?:the\s+)?")


def _run(mentions: list[Mention], folded: str, a: int, b: int) -> list[Mention]:
    """The names listed from the start of [a, b): consecutive mentions with only separators between
    them ('A, B and C', 'A、B和C'); the list ends at the first other word."""
    out: list[Mention] = []
    at = a
    for m in sorted((m for m in mentions if a <= m.start and m.end <= b), key=lambda m: m.start):
        if m.start < at:
            continue        # a name inside the previous one
        if not _SEPARATOR.fullmatch(folded, at, m.start):
            break
        out.append(m)
        at = m.end
    return out


def _countries(m: Mention, cat: Catalogue) -> list[str]:
    if m.type == "Country":
        return list(m.refs)
    if m.type == "Person":
        return [c for r in m.refs if (c := m.role_of if m.role_of and cat.country_of(m.role_of) else cat.country_of(r))]
    return []


def _organization(outside: list[Mention], by_sentence: list[list[Mention]], i: int, at: int,
                  cat: Catalogue) -> str | None:
    """The organisation named in the sentence outside the list, nearest the cue; else that of an event
    named in the sentence or the few before it."""
    named = [m for m in outside if m.type == "Organization" and m.entity]
    if named:
        return min(named, key=lambda m: abs(m.start - at)).entity
    for j in range(i, max(-1, i - EVENT_REACH - 1), -1):
        for m in reversed(by_sentence[j]):
            if m.type == "Event" and m.entity and (org := organization_of(m.entity, cat)):
                return org
    return None
