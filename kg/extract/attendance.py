"""Attendance told by a meeting: who attends an event because the text places a meeting at it.

Needs: the document's meeting reports, its mentions by sentence, its sentence spans. Adds `attends`
facts:
- a session of four or more leaders ('…等成员国领导人出席了大范围会谈') attends the event it belongs to,
  the event named in its sentence or in one of the few sentences before it;
- talks placed at an event ('on the sidelines of the SCO summit', '峰会期间', 'bên lề hội nghị',
  'на полях форума') mean every participant attends that event, however the meeting itself is worded.
  The cues are language data: meetings.json "at_event", a list of {"before": regex ending right before
  the event's mention, "after": regex starting right after it}.
"""
from __future__ import annotations

import re
from functools import cache

from kg.catalogue import Catalogue
from kg.lang import folder_for, language_data

from .meetings import MeetingReport
from .mentions import Mention, Span
from .relations import Fact

SESSION_EVENT_REACH = 3  # sentences back to look for the event a session belongs to
CUE_REACH = 40           # characters around an event mention where its cue may stand


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
                      for m in reversed(by_sentence[j]) if m.type == "Event" and m.entity and m.entity in cat), None)
        if event is None:
            continue
        out.extend(Fact(p, "attends", event, i, "meeting.session-attendance", session.triggers[0], 0.6)
                   for p in sorted(session.participants))
    return out


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
