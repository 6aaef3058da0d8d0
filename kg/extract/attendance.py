"""Attendance and joint acts told indirectly: by a meeting placed at an event, or by "the leaders".

Needs: the document's meeting reports, facts, mentions by sentence and sentence spans. Adds facts:
- a session of four or more leaders ('…等成员国领导人出席了大范围会谈') attends the event it belongs to,
  the event named in its sentence or in one of the few sentences before it, else the one the document
  names most;
- talks placed at an event ('on the sidelines of the SCO summit', '峰会期间', 'bên lề hội nghị',
  'на полях форума') mean every participant attends that event, however the meeting itself is worded.
  The cues are language data: meetings.json "at_event", a list of {"before": regex ending right before
  the event's mention, "after": regex starting right after it};
- the leaders present as a group ('the leaders signed the declaration', '与会成员国领导人共同签署',
  'lãnh đạo các nước thành viên đã ký', 'главы государств подписали'; names.json "attendee_collectives")
  stand for every person the document has attending the event of that sentence (named in it, else the
  latest such event before it): the sentence's relations are read again with that group as a mention.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kg.catalogue import Catalogue
from kg.lang import folder_for, language_data
from kg.text import fold, is_cjk

from .meetings import MeetingReport
from .member_lists import organization_of
from .mentions import Mention, Span
from .relations import Fact, extract_relations

SESSION_EVENT_REACH = 3  # sentences back to look for the event a session belongs to
CUE_REACH = 40           # characters around an event mention where its cue may stand
MIN_GROUP = 3            # a group of attendees stands for at least three leaders (two are 'the two leaders')
GROUP_RELATIONS = frozenset({"signs", "attends"})   # what a summit's leaders do together (not visits: the
                                                    # host's own leader is among them)


@cache
def _attendee_phrases(folder: str) -> re.Pattern | None:
    phrases = language_data(folder, "names").get("attendee_collectives", ())
    if not phrases:
        return None
    words = [fold(p) for p in sorted(phrases, key=len, reverse=True)]
    body = "|".join(re.escape(w) if is_cjk(w[0]) else rf"(?<!\w){re.escape(w)}(?!\w)" for w in words)
    return re.compile(f"(?:{body})")


@cache
def _qualified_after(folder: str) -> re.Pattern | None:
    """names.json "attendee_collectives_qualified": what, right after the phrase, makes it other leaders
    ('the leaders of Western states', 'лидеры западных стран')."""
    pattern = language_data(folder, "names").get("attendee_collectives_qualified")
    return re.compile(pattern) if pattern else None


@cache
def _object_cue(folder: str) -> re.Pattern | None:
    """names.json "attendee_collectives_object": a verb before the phrase that makes the group its object
    ('Lukashenko invited the leaders to Minsk', '欢迎…各方领导人', 'mời các nhà lãnh đạo')."""
    pattern = language_data(folder, "names").get("attendee_collectives_object")
    return re.compile(f"(?:{pattern})[^.;。；!?]*$") if pattern else None


def _qualified(hit: re.Match, mentions: list[Mention], folded: str, start: int, folder: str) -> bool:
    """The group is someone else's, or no subject: a name right before or after it ('中亚各国领导人',
    'лидеры Франции'), a qualifier after it, an inviting verb before it."""
    if any(m.type != "Event" and (0 <= m.start - hit.end() <= 3 or 0 <= hit.start() - m.end <= 1) for m in mentions):
        return True
    after, before = _qualified_after(folder), _object_cue(folder)
    return bool(after and after.match(folded, hit.end())) or \
        bool(before and before.search(folded[max(start, hit.start() - 40):hit.start()]))


@cache
def _at_event_cues(folder: str) -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    return tuple((re.compile(f"(?:{c.get('before') or ''})$"), re.compile(c.get("after") or ""))
                 for c in language_data(folder, "meetings").get("at_event", ()))


def session_attendance(sessions: list[MeetingReport], by_sentence: list[list[Mention]],
                       cat: Catalogue) -> list[Fact]:
    """A session of four or more leaders is no meeting between each pair (the caller drops its
    `meets`): each attends the event it belongs to."""
    out = []
    for session in sessions:
        i = session.sentences[0]
        event = next((m.entity for j in range(i, max(-1, i - SESSION_EVENT_REACH - 1), -1)
                      for m in reversed(by_sentence[j]) if m.type == "Event" and m.entity and m.entity in cat), None) \
            or _main_event(by_sentence, cat)
        if event is None:
            continue
        out.extend(Fact(p, "attends", event, i, "meeting.session-attendance", session.triggers[0], 0.6)
                   for p in sorted(session.participants))
    return out


def _main_event(by_sentence: list[list[Mention]], cat: Catalogue) -> str | None:
    """The event the document is about: the catalogue gathering it names most often, if one leads."""
    counts = Counter(m.entity for ms in by_sentence for m in ms if m.type == "Event" and m.entity and m.entity in cat
                     and cat[m.entity].gathering)
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def meeting_event_attendance(meetings: list[MeetingReport], by_sentence: list[list[Mention]],
                             folded: str, spans: list[Span], cat: Catalogue) -> list[Fact]:
    """Talks placed at a named event (or at 'the summit' that names one): each participant attends it.
    Phone calls are never at an event."""
    out = []
    for meeting in meetings:
        if meeting.mode == "phone":
            continue
        for i in meeting.sentences:
            span = spans[i]
            cues = _at_event_cues(folder_for(span.lang))
            for m in by_sentence[i]:
                if m.type != "Event" or not m.entity or m.entity not in cat:
                    continue
                left = folded[max(span.start, m.start - CUE_REACH):m.start]
                right = folded[m.end:min(span.end, m.end + CUE_REACH)]
                if any(before.search(left) and after.match(right) for before, after in cues):
                    out.extend(Fact(p, "attends", m.entity, i, "meeting.at-event", meeting.triggers[0], 0.7)
                               for p in sorted(meeting.participants))
    return out


def _members_only(phrase: str, attendees: set[str], event: str, facts: list[Fact], cat: Catalogue,
                  folder: str) -> tuple[str, ...]:
    """The attendees a group phrase stands for: with a member-state cue ('与会成员国领导人', 'leaders of the member
    states'; names.json "attendee_members_cue") only those whose country the document makes a member of the
    event's organisation, when it makes any; observers and guests do not sign as members."""
    cue = language_data(folder, "names").get("attendee_members_cue")
    org = organization_of(event, cat)
    members = {f.subject for f in facts if f.relation == "memberOf" and f.object == org}
    if not cue or not re.search(cue, phrase) or not members:
        return tuple(sorted(attendees))
    return tuple(sorted(p for p in attendees if cat.country_of(p) in members))


def attendee_group_facts(facts: list[Fact], by_sentence: list[list[Mention]], folded: str, spans: list[Span],
                         text: str, cat: Catalogue) -> list[Fact]:
    """What 'the leaders' of an event sign or attend together: each attendee (three or more) takes the
    group's place as the subject."""
    attendees: dict[str, set[str]] = {}
    arrived: dict[int, set[str]] = {}     # names.json "attendee_collectives_from_arrivals": sentence -> who arrived
    for f in facts:
        if f.subject not in cat or cat[f.subject].type != "Person":
            continue
        if f.relation == "attends":
            attendees.setdefault(f.object, set()).add(f.subject)
        elif f.relation == "visits" and \
                language_data(folder_for(spans[f.sentence].lang), "names").get("attendee_collectives_from_arrivals"):
            arrived.setdefault(f.sentence, set()).add(f.subject)
    if not any(len(v) >= MIN_GROUP for v in [*attendees.values(), *arrived.values()]):
        return []
    out: list[Fact] = []
    for i, span in enumerate(spans):
        pattern = _attendee_phrases(folder_for(span.lang))
        if pattern is None:
            continue
        kinds = frozenset(language_data(folder_for(span.lang), "names").get("attendee_group_relations", ())) \
            or GROUP_RELATIONS   # names.json: e.g. 'visits' too ('the leaders fly to P'), never a home visit
        for hit in pattern.finditer(folded, span.start, span.end):
            if _qualified(hit, by_sentence[i], folded, span.start, folder_for(span.lang)):
                continue
            event = next((m.entity for j in range(i, -1, -1) for m in reversed(by_sentence[j])
                          if m.type == "Event" and len(attendees.get(m.entity, ())) >= MIN_GROUP), None)
            if event is None and len(arrived.get(i - 1, ())) >= MIN_GROUP:
                # 'X, Y và Z đã tới Đà Nẵng. Các nhà lãnh đạo sẽ dự Tuần lễ Cấp cao APEC': those who just arrived
                event = next((m.entity for m in by_sentence[i] if m.type == "Event" and m.entity), None)
                if event is not None:
                    attendees[event] = set(arrived[i - 1])
            if event is None:
                continue
            group = Mention(hit.start(), hit.end(), text[hit.start():hit.end()], "collective", "Person",
                            members=_members_only(hit.group(0), attendees[event], event, facts, cat,
                                                  folder_for(span.lang)), sentence=i)
            kept = [m for m in by_sentence[i] if m.end <= group.start or m.start >= group.end]
            mentions = sorted([*kept, group], key=lambda m: (m.start, m.end))
            out.extend(f for f in extract_relations(folded, span.start, span.end, mentions, span.lang, i, cat)
                       if f.relation in kinds and f.subject in group.members and not _home_visit(f, cat))
    return out


@cache
def _host_titles(folder: str) -> tuple[tuple[re.Pattern | None, re.Pattern | None, bool, re.Pattern | None], ...]:
    """names.json "host_titles": a host word right before a person or country ({"before": regex ending at
    the mention}), right after one ({"after": regex starting at its end}) or at the start of a person's mention
    whose title holds it ({"inside": regex}: 'Chủ tịch nước chủ nhà X'); "country": true for words of the host
    country ('nước chủ nhà', '东道国', 'host nation')."""
    return tuple((re.compile(f"(?:{t['before']})$") if t.get("before") else None,
                  re.compile(t["after"]) if t.get("after") else None, bool(t.get("country")),
                  re.compile(t["inside"]) if t.get("inside") else None)
                 for t in language_data(folder, "names").get("host_titles", ()))


def host_title_facts(by_sentence: list[list[Mention]], folded: str, spans: list[Span], cat: Catalogue) -> list[Fact]:
    """'summit host Vladimir Putin', '东道主习近平', 'Tổng thống nước chủ nhà X', 'хозяин саммита Путин',
    'Putin, the summit host,': the person hosts and attends the gathering of the sentence (named in it, else
    the latest one named before it, else the one the document names most); a country so named hosts it,
    and so does a person's country after a host-country word."""
    out: list[Fact] = []
    main = None
    for i, span in enumerate(spans):
        titles = _host_titles(folder_for(span.lang))
        if not titles:
            continue
        for m in by_sentence[i]:
            if m.type not in ("Person", "Country") or not m.entity or m.entity not in cat:
                continue
            left = folded[max(span.start, m.start - CUE_REACH):m.start]
            right = folded[m.end:min(span.end, m.end + CUE_REACH)]
            country_word = None
            for before, after, country, inside in titles:
                if (before is not None and before.search(left)) or (after is not None and after.match(right)) \
                        or (inside is not None and inside.match(folded[m.start:m.end])):
                    country_word = country_word or country
            if country_word is None:
                continue
            event = next((e.entity for j in range(i, -1, -1) for e in by_sentence[j]
                          if e.type == "Event" and e.entity in cat and cat[e.entity].gathering), None)
            if event is None:
                main = main or _main_event(by_sentence, cat)
                event = main
            if event is None:
                continue
            trigger = folded[m.start:m.end]
            out.append(Fact(m.entity, "hosts", event, i, "event.host-title", trigger, 0.65))
            if m.type == "Person":
                out.append(Fact(m.entity, "attends", event, i, "event.host-title", trigger, 0.65))
                home = cat.country_of(m.entity)
                if country_word and home:
                    out.append(Fact(home, "hosts", event, i, "event.host-title", trigger, 0.6))
    return out


def _home_visit(f: Fact, cat: Catalogue) -> bool:
    """A visit of a group member to their own country or one of its cities."""
    home = cat.country_of(f.subject)
    return f.relation == "visits" and home is not None and home in (f.object, cat.country_of(f.object))
