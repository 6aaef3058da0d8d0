"""Meeting reports: who met whom, when, where and how (per-language data in meetings.json).

Needs: sentences with resolved mentions, the reference date. Adds: `MeetingReport`s, one per
sentence that reports talks between at least two named persons (or one person plus "the talks"
of the document, e.g. "Tại cuộc hội đàm, Chủ tịch Trung Quốc cho biết" -> the speaker and the
counterpart), merged within the document: same participants and compatible dates are one meeting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from kg.catalogue import Catalogue
from kg.lang import folder_for, language_data
from kg.text import is_cjk

from .dates import YearReference, find_date
from .gazetteer import SERIES
from .mentions import Mention
from .relations import _conditional, _is_speaker, _negated, group_conjunctions, lexicon_for
from .venues import venue_in_name

MODES = ("in_person", "video", "phone")
SEPARATE_AFTER_REACH = 16      # characters after a guest list where 'separately' still qualifies it


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: re.Pattern
    mode: str


@dataclass(frozen=True, slots=True)
class MeetingLexicon:
    triggers: tuple[Trigger, ...]
    mode_cues: dict[str, tuple[str, ...]]
    exclude: tuple[str, ...]
    anaphora: tuple[str, ...]
    separate: re.Pattern | None = None
    country_host: re.Pattern | None = None      # 'Việt Nam đón …': a state receiving visitors, no meeting
    multilateral: re.Pattern | None = None      # 'a trilateral meeting with C': everyone named takes part
    past_tense: re.Pattern | None = None        # "published_if_past": talks told in the past take the publication day
    past_unless: re.Pattern | None = None       # ... unless a time word says otherwise
    same_day: re.Pattern | None = None          # 'Cùng ngày, …': the date of an earlier paragraph
    offsets: tuple[tuple[re.Pattern, int], ...] = ()    # '次日', '前一天': days after the date of an earlier sentence
    relation_only: re.Pattern | None = None     # meetings told in general or recalled: 'meets', no meeting node
    relation_only_undated: re.Pattern | None = None  # vague intentions: no meeting node unless a day or place is stated
    content_clause: re.Pattern | None = None    # 'that', ', что' after the trigger: persons after it are what was said
    report_before: re.Pattern | None = None     # 'X cho biết A và B sẽ gặp nhau': a reporter before the trigger, no participant
    gapped_clauses: bool = False    # a split clause without a trigger shares the one before; no venue of a later clause
    place_list: re.Pattern | None = None    # the joiner of places after a trigger that are one meeting each ('в P и в Q')
    recalled: re.Pattern | None = None      # 'после встречи в P': an earlier meeting of the participants just reported
    gapped_after: re.Pattern | None = None  # "gapped_clauses" as a regex: only a clause right after it shares the verb
    fronted: re.Pattern | None = None       # "fronted_before": ends right before a trigger that opens a fronted clause
    relative_opener: re.Pattern | None = None   # how a split-off relative clause about the person just named opens
    met_again: re.Pattern | None = None     # a later clause of the same pair meeting again elsewhere
    not_venue: re.Pattern | None = None     # "not_venue_after": ends right before the destination of a next trip
    clause_offsets: dict | None = None      # 'a day after' / 'two days before' opening a clause (see _clause_offset)
    zero_subject: re.Pattern | None = None  # a sentence opening with time words and 'with', told of the one person before
    venue_sentence: re.Pattern | None = None    # a sentence opening 'Встреча прошла в P' after talks with no place


def _optional(d: dict, key: str, ending: bool = False) -> re.Pattern | None:
    """The regex under `key`, if any; `ending`: anchored to end where the searched stretch ends."""
    raw = d.get(key)
    return None if not raw else re.compile(f"(?:{raw})$") if ending else re.compile(raw)


@cache
def meeting_lexicon(folder: str) -> MeetingLexicon:
    d = language_data(folder, "meetings")
    offsets = d.get("clause_offsets")
    return MeetingLexicon(
        tuple(Trigger(re.compile(t["pattern"]), t["mode"]) for t in d.get("triggers", ())),
        {k: tuple(v) for k, v in d.get("mode_cues", {}).items()},
        tuple(d.get("exclude", ())), tuple(d.get("anaphora", ())),
        _optional(d, "separate"), _optional(d, "country_host"), _optional(d, "multilateral"),
        *_past_rule(d.get("published_if_past")),
        _optional(d, "same_day"),
        tuple((re.compile(k), v) for k, v in d.get("previous_date_offsets", {}).items()),
        _optional(d, "relation_only"), _optional(d, "relation_only_undated"), _optional(d, "content_clause"),
        _optional(d, "report_before"),
        bool(d.get("gapped_clauses")),
        _optional(d, "place_list"), _optional(d, "recalled"),
        re.compile(f"(?:{d['gapped_clauses']})$") if isinstance(d.get("gapped_clauses"), str) else None,
        fronted=_optional(d, "fronted_before", ending=True),
        relative_opener=_optional(d, "relative_opener"),
        met_again=_optional(d, "met_again"),
        not_venue=_optional(d, "not_venue_after", ending=True),
        clause_offsets={**offsets, "pattern": re.compile(offsets["pattern"])} if offsets else None,
        zero_subject=_optional(d, "zero_subject"),
        venue_sentence=_optional(d, "venue_sentence"),
    )


def _past_rule(rule: dict | None) -> tuple[re.Pattern | None, re.Pattern | None]:
    if not rule:
        return None, None
    return re.compile(rule["past"]), re.compile(rule["unless"])


@dataclass
class MeetingReport:
    participants: frozenset[str]
    date: date | None
    place: str | None
    mode: str
    sentences: list[int] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)
    relation_only: bool = False     # 'встречались неоднократно', 'договорились встретиться в ближайшее время'
    place_list: tuple[int, int] | None = None   # one of the meetings a list of places gives (no merging among them)


def _persons(ms: list[Mention]) -> list[Mention]:
    return [m for m in ms if m.type == "Person" and m.refs]


def _participants(persons: list[Mention], t_start: int, folded: str = "", conj: re.Pattern | None = None,
                  rlex=None, host_cue: re.Pattern | None = None, lists=None) -> frozenset[str]:
    ids = {r for m in persons for r in m.refs}
    if len(ids) <= 2:
        return frozenset(ids)
    before = [m for m in persons if m.end <= t_start]
    after = [m for m in persons if m.start >= t_start]
    if lists is not None and (found := _listed(before, after, t_start, folded, lists)):
        return found
    if conj is not None and len(before) >= 3 and all(set(m.refs) <= {r for b in before for r in b.refs} for m in after):
        # '普京、习近平和米勒通过视频连线…', '普京与莫迪上前与习近平交谈': a list of persons ending at
        # the trigger's clause all take part (links: a conjunction or comitative, no clause punctuation)
        chain = [before[-1]]
        for m in reversed(before[:-1]):
            gap = folded[m.end:chain[-1].start]
            same = set(m.refs) == set(chain[-1].refs)     # '普京（Vladimir Putin，又译普丁）'
            listed = len(chain) >= 2 and gap.strip() == ","     # 'A, B and C': commas before the closing 'and'
            if len(gap) > 24 or re.search(r"[.;!?。；！？]", gap) or not same and not listed and (
                    re.search(r"[:：，]|,\s", gap) or not (conj.search(gap) or not gap.strip())):
                break
            chain.append(m)
        members = {r for m in chain for r in m.refs}
        if len(members) == 2 and host_cue is not None:
            # '习近平…期间，同普京、呼日勒苏赫举行会晤': the list follows 'with', so the subject before it meets them
            first = before.index(chain[-1])
            lead = folded[before[first - 1].end:chain[-1].start] if first else ""
            if first and host_cue.search(lead) and not re.search(r"[.;!?。；！？]", lead):
                members |= set(before[first - 1].refs)
        if len(members) >= 3:
            return frozenset(members)
    if conj is not None and len(after) >= 2 and after[0].start - t_start <= 12:
        # "Reporter: talks between A and B began": the pair joined right after the trigger
        first = after[0]
        for m in after[1:]:
            if set(m.refs) <= set(first.refs):
                continue
            gap = folded[first.end:m.start]
            if len(gap) <= 40 and conj.search(gap) and not re.search(r"[.;:!?。；：]", gap):
                return frozenset(first.refs + m.refs + _host(before, t_start, folded, rlex))
            break
    chosen = set(before[-1].refs) if before else set()
    if after and not _next_clause(folded[t_start:after[0].start]):
        chosen |= set(after[0].refs)
    for m in reversed(before[:-1]):     # '普京与莫迪同国家主席习近平交谈': skip the title of the same person
        if len(chosen) >= 2:
            break
        chosen |= set(m.refs)
    return frozenset(chosen)


@cache
def _lists(folder: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """meetings.json "object_lists": {"with": a marker ending right before the first partner ('с'),
    "gap": what may join partners of one list (', ', ' и '), "companion": what joins a co-subject
    ('Лукашенко вместе с Путиным провели переговоры с Си')} — every listed person takes part; after a subject
    with a companion, the object right after the verb takes part without the marker ('A, along with B, met C')."""
    d = language_data(folder, "meetings").get("object_lists")
    if not d:
        return None
    return re.compile(f"(?:{d['with']})$"), re.compile(d["gap"]), re.compile(d["companion"])


def _listed(before: list[Mention], after: list[Mention], t_start: int, folded: str, lists) -> frozenset[str] | None:
    """The subject (with its companion) and every partner of a list after the marker: 'X провел переговоры
    с A, B и C'; None when the clause has no such list of three or more persons."""
    with_cue, gap_re, companion = lists
    if not before:
        return None
    members = set(before[-1].refs)
    if len(before) >= 2 and companion.fullmatch(folded[before[-2].end:before[-1].start]):
        members |= set(before[-2].refs)
    if after and (with_cue.search(folded, max(t_start, after[0].start - 12), after[0].start)
                  or len(members) >= 2 and after[0].start - t_start <= 12) \
            and not re.search(r"[.;:!?]", folded[t_start:after[0].start]):     # 'A, along with B, met C'
        chain = [after[0]]
        for m in after[1:]:
            if set(m.refs) <= {r for c in chain for r in c.refs}:
                chain.append(m)         # a title and the name of one person
                continue
            if not gap_re.fullmatch(folded[chain[-1].end:m.start]):
                break
            chain.append(m)
        members |= {r for m in chain for r in m.refs}
    return frozenset(members) if len(members) >= 3 else None


def _in_later_relative(place: Mention, persons: list[Mention], folded: str, t_end: int, relative: re.Pattern) -> bool:
    """A place inside a relative clause about a partner named after the trigger ('провел переговоры с Си,
    который ранее посетил Париж'): not the meeting's venue."""
    for m in persons:
        if t_end <= m.end <= place.start:
            opened = relative.match(folded, m.end)
            if opened and not re.search(r"[,;.]", folded[opened.end():place.start]):
                return True
    return False


@cache
def _comitative_host(folder: str) -> re.Pattern | None:
    """meetings.json "comitative_host": a word ending right before a listed pair ('同' in '同A、B举行会晤')."""
    cue = language_data(folder, "meetings").get("comitative_host")
    return re.compile(f"(?:{cue})$") if cue else None


def _next_clause(gap: str) -> bool:
    """The text after a trigger reaches into the next clause: a semicolon, or a Chinese comma ('…举行会谈，
    但当时并未与泽连斯基通话'); an English comma may only open an apposition ('his counterpart, Xi')."""
    return ";" in gap or "；" in gap or "," in gap and any(is_cjk(c) for c in gap)


def _speaks(m: Mention, persons: list[Mention], folded: str, rlex) -> bool:
    """The speaker, or the speaker's title right before the name ('spokeswoman Maria Zakharova said')."""
    return _is_speaker(m, folded, rlex) or any(
        n.refs == m.refs and 0 <= n.start - m.end <= 2 and _is_speaker(n, folded, rlex) for n in persons)


def _host(before: list[Mention], t_start: int, folded: str, rlex) -> tuple[str, ...]:
    """The person right before the trigger in its clause, who receives a pair named after it
    ('普京在克里姆林宫会见了莫迪和苏林'); not a speaker ('Peskov said talks between A and B …')."""
    if not before or rlex is None or _is_speaker(before[-1], folded, rlex) \
            or re.search(r"[.;:!?。；：,，]", folded[before[-1].end:t_start]):
        return ()
    return tuple(before[-1].refs)


def _cue_after(cue: re.Pattern, folded: str, end: int) -> bool:
    """`cue` within SEPARATE_AFTER_REACH characters after `end`, before any clause punctuation ('met A and B
    separately in Moscow')."""
    window = re.split(r"[.;:!?。；：,，]", folded[end:end + SEPARATE_AFTER_REACH], maxsplit=1)[0]
    return cue.search(window) is not None


def _separate_pairs(persons: list[Mention], folded: str, s_start: int, t: re.Match,
                    lex: MeetingLexicon, rlex) -> list[frozenset[str]]:
    """'X held bilateral meetings with A, B and C', 'X met A and B separately', 'A and B in turn received X'
    (a `separate` cue before the list or right after it): each host meets each guest on their own."""
    if lex.separate is None:
        return []
    groups = group_conjunctions(persons, folded, rlex)
    before = [g for g in groups if g.end <= t.start()]
    after = [g for g in groups if g.start >= t.end()]
    if not lex.separate.search(folded, s_start, t.end()) and not (after and _cue_after(lex.separate, folded, after[0].end)):
        return []
    if before and before[-1].is_group and after and not after[0].is_group and after[0].start - t.end() <= 12 \
            and not re.search(r"[.;:!?。；：,，]", folded[before[-1].end:t.start()]):
        # 'A and B in turn received X', 'A和B分别会见了X': each host meets the guest
        (guest,) = after[0].refs[:1]
        return [frozenset({host, guest}) for host in dict.fromkeys(before[-1].refs) if host != guest]
    if len(before) >= 2 and before[-1].is_group and not before[-2].is_group and (
            not after or after[0].start - t.end() > 12) and lex.separate.search(folded, before[-1].end, t.end()):
        # 'X同A、B分别举行会谈': the guests listed before the cue, their host before them
        (host,) = before[-2].refs[:1]
        return [frozenset({host, r}) for r in dict.fromkeys(before[-1].refs) if r != host]
    if not before or before[-1].is_group or not after or after[0].start - t.end() > 12:
        return []
    guests = after[0].refs if after[0].is_group else ()
    if not after[0].is_group and len(after) >= 2:
        # 'A and B' with a title of their own between ('Lavrov and Security Council Secretary Shoigu')
        gap = folded[after[0].end:after[1].start]
        if len(gap) <= 40 and rlex.conjunction.search(gap) and not re.search(r"[.;:!?。；：]", gap):
            guests = after[0].refs + after[1].refs
    (host,) = before[-1].refs[:1]
    return [frozenset({host, r}) for r in dict.fromkeys(guests) if r != host]


@cache
def _clause_rules(folder: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """meetings.json "clause_split": where a sentence holds several reports ("hội đàm với A; hội kiến B");
    "absent_before": words before a person who is honoured, not met ("viếng Chủ tịch Hồ Chí Minh")."""
    d = language_data(folder, "meetings")
    split = re.compile(d["clause_split"]) if d.get("clause_split") else None
    absent = re.compile(rf"(?<!\w)(?:{'|'.join(d['absent_before'])})\W{{0,3}}$") if d.get("absent_before") else None
    return split, absent


@cache
def _source_rule(folder: str) -> re.Pattern | None:
    """meetings.json "source_before": words that make the person right after them the source of the
    report ('Как сообщил помощник президента Юрий Ушаков, …'), not a participant."""
    d = language_data(folder, "meetings")
    return re.compile(rf"(?:{d['source_before']})$") if d.get("source_before") else None


def _attributed_source(m: Mention, folded: str, s_start: int, folder: str) -> bool:
    rule = _source_rule(folder)
    return rule is not None and rule.search(folded, max(s_start, m.start - 60), m.start) is not None \
        and folded[m.end:m.end + 2].lstrip()[:1] in (",", ".", ";", "")     # '…, theo người phát ngôn X.'


def _clauses(spans, folded: str, mentions: list[list[Mention]] | None = None):
    """(sentence index, sentence, clause start, clause end): the whole sentence unless the language splits it
    (never inside a name: 'Лавров и Ван И встретятся' is one clause)."""
    for i, span in enumerate(spans):
        split, _ = _clause_rules(folder_for(span.lang))
        lo = span.start
        if split is not None:
            for m in split.finditer(folded, span.start, span.end):
                if mentions and any(x.start < m.end() and m.start() < x.end for x in mentions[i]):
                    continue
                yield i, span, lo, m.start()
                lo = m.end()
        yield i, span, lo, span.end


_QUOTED = re.compile(r'"[^"]*"|「[^」]*」|『[^』]*』')


def _outside_quotes(persons: list[Mention], folded: str, span, t: re.Match) -> list[Mention]:
    """Persons named inside a quotation that does not hold the trigger are what was said, not who met
    ('«Я ценю то, что правительство Путина …», — заявил Ким в начале встречи')."""
    quotes = [q.span() for q in _QUOTED.finditer(folded, span.start, span.end)
              if not (q.start() <= t.start() < q.end())]
    return [m for m in persons if not any(a <= m.start < b for a, b in quotes)]


def _present(persons: list[Mention], folded: str, span, lo: int, hi: int, t_start: int) -> list[Mention]:
    """The persons of clause lo:hi who can take part (not one honoured in absence); a later clause that
    names no one before its trigger but a partner ('…; hội kiến Thủ tướng X', '…，随后于5日飞抵莫斯科与普京
    会面') takes the sentence's first person."""
    _, absent = _clause_rules(folder_for(span.lang))
    if absent is not None:
        persons = [m for m in persons if not absent.search(folded, max(span.start, m.start - 24), m.start)]
    inside = [m for m in persons if lo <= m.start and m.end <= hi]
    comitative = lexicon_for(folder_for(span.lang)).comitative
    if lo > span.start and not any(m.end <= t_start and not (comitative and comitative.search(
            folded, max(lo, m.start - 8), m.start)) for m in inside):
        earlier = [m for m in persons if m.end <= lo]
        first = earlier[:1]
        lists = _lists(folder_for(span.lang))
        relative = meeting_lexicon(folder_for(span.lang)).relative_opener
        if relative is not None and relative.match(folded, lo) and earlier:
            return earlier[-1:] + inside   # ', người từng gặp Z': the relative's subject is the person just named
        for m in earlier[1:] if lists is not None else ():    # 'Лавров и Ван И подписали … и провели переговоры'
            if not lists[1].fullmatch(folded[first[-1].end:m.start]):
                break
            first.append(m)
        inside = first + inside
    return inside


@cache
def _venue_cue(folder: str) -> tuple[re.Pattern | None, frozenset[str]]:
    """meetings.json "venue_cue": a regex that must end right before a place for it to be the venue
    ('tại Bắc Kinh'); without one, every place of the sentence counts ('quan hệ giữa Moskva và Bắc Kinh'
    names no venue). "venue_joiners": words that attach a further place to a venue ('…, ở Hà Nội')."""
    d = language_data(folder, "meetings")
    cue = d.get("venue_cue")
    return (re.compile(rf"(?:{cue})$") if cue else None), frozenset(["", *d.get("venue_joiners", ())])


def _clause_offset(lex: MeetingLexicon, folded: str, lo: int, hi: int) -> int | None:
    """meetings.json "clause_offsets": {"pattern" (groups n, unit, way), "numbers", "units", "ways"}: a clause
    opening 'a day after' / 'two days before' / 'a week after' that gives no day of its own is dated from
    the main clause's day: days = numbers[n] * units[unit] * ways[way]."""
    d = lex.clause_offsets
    found = d["pattern"].match(folded, lo, hi) if d else None
    if not found:
        return None
    n = d["numbers"].get(found.group("n"), None) if not found.group("n").isdigit() else int(found.group("n"))
    return None if n is None else n * d["units"][found.group("unit")] * d["ways"][found.group("way")]


def _venues(places: list[Mention], folded: str, span) -> list[Mention]:
    """The places of a sentence that can be its meeting's venue: after the venue cue, or right after
    such a place ('tại Đại lễ đường Nhân dân, Bắc Kinh')."""
    cue, joiners = _venue_cue(folder_for(span.lang))
    away = meeting_lexicon(folder_for(span.lang)).not_venue
    if away is not None:    # 'Before leaving for P2, …', '… and then flew to P2': where the person goes next
        places = [m for m in places if not away.search(folded, max(span.start, m.start - 60), m.start)]
    if cue is None:
        return places
    out: list[Mention] = []
    for m in places:
        if cue.search(folded, max(span.start, m.start - 30), m.start) or \
                (out and folded[out[-1].end:m.start].strip(" ,") in joiners):
            out.append(m)
    return out


def _event_venue(events: list[Mention], cat: Catalogue) -> str | None:
    """Talks 'on the sidelines of the BRICS summit' with no place of their own: the one place the
    event's names contain (cached across documents for catalogue events only: a provisional event is
    one document's)."""
    for m in events:
        venue = venue_in_name(cat, m.entity) if cat[m.entity].provisional else \
            cat.derived(("event-venue", m.entity), lambda c, eid=m.entity: venue_in_name(c, eid))
        if venue:
            return venue
    return None


def _place(places: list[Mention], cat: Catalogue) -> str | None:
    ids = [m.entity for m in places if m.entity]
    return max(ids, key=lambda e: (cat.depth(e), -ids.index(e))) if ids else None


def _mode(folded: str, lo: int, hi: int, default: str, lex: MeetingLexicon, rlex) -> str:
    """Video or phone when the clause has such a cue that is not negated ('…会谈，但并未与X通话')."""
    for mode in ("video", "phone"):
        for cue in lex.mode_cues.get(mode, ()):
            at = folded.find(cue, lo, hi)
            while at >= 0:
                if not _negated(folded, at, lo, rlex):
                    return mode
                at = folded.find(cue, at + 1, hi)
    return default


@cache
def _dateline_rule(folder: str) -> tuple[re.Pattern, re.Pattern] | None:
    """meetings.json "dateline": {"before": regex for the whole text from the sentence start to the place,
    "after": regex right after it} ('MOSCOW, March 21 (Reuters) -', '新华社北京5月16日电', 'МОСКВА, 21 марта. /ТАСС/')."""
    d = language_data(folder, "meetings").get("dateline")
    return (re.compile(d["before"]), re.compile(d["after"])) if d else None


@dataclass(frozen=True, slots=True)
class Dateline:
    place: Mention
    sentence: int
    day: date | None


def find_dateline(folded: str, spans, mentions: list[list[Mention]], ref: date | None) -> Dateline | None:
    """The news-agency dateline of the document's head: the first place of one of its first sentences,
    framed as the language's "dateline" rule says."""
    for j in range(min(len(spans), 8)):
        rule = _dateline_rule(folder_for(spans[j].lang))
        place = next((m for m in mentions[j] if m.type == "Place" and m.entity), None)
        if rule is None or place is None:
            continue
        before, after = rule
        if before.fullmatch(folded, spans[j].start, place.start) and after.match(folded, place.end, spans[j].end):
            return Dateline(place, j, find_date(folded[spans[j].start:spans[j].end], spans[j].lang, ref)[0])
    return None


def extract_meetings(folded: str, spans, mentions: list[list[Mention]], ref: date | None,
                     cat: Catalogue, counterpart, dateline: Dateline | None) -> list[MeetingReport]:
    """Meeting reports of one document, merged. `counterpart(person)` gives the other principal;
    `dateline` is the document's (find_dateline)."""
    reports: list[MeetingReport] = []
    anaphoric: list[MeetingReport] = []
    previous = None     # (sentence, trigger, mode) of the last clause with a trigger
    last_held: MeetingReport | None = None      # the last report with its participants
    for i, span, lo, hi in _clauses(spans, folded, mentions):
        folder = folder_for(span.lang)
        lex = meeting_lexicon(folder)
        if not lex.triggers:
            continue
        text = folded[lo:hi]
        found = None
        for trig in lex.triggers:
            for t in trig.pattern.finditer(folded, lo, hi):
                if not _negated(folded, t.start(), lo, lexicon_for(folder)):
                    found = (t, trig.mode)
                    break
            if found:
                break
        shares_verb = lex.gapped_clauses and found is None and lo > span.start and previous and previous[0] == i \
            and (lex.gapped_after is None or lex.gapped_after.search(folded, max(span.start, lo - 12), lo) is not None)
        if shares_verb:     # 'Putin met Xi on Thursday and Modi on Friday', 'встретился с A во вторник, а с B — в
            # среду': the clause shares the verb before it
            found = previous[1:]
        elif found:
            previous = (i, *found)
        if not found or any(x in text for x in lex.exclude):
            continue
        t, mode = found
        last = max((m.end for m in mentions[i] if t.end() <= m.start and m.end <= hi), default=t.end())
        if _conditional(folded, last, hi, lexicon_for(folder)):
            continue        # 'Путин встретится с Трампом в Будапеште, если …'
        if mode == "video" and _joins_event_remotely(t, mentions[i], folded) or _names_session(t, mentions[i]):
            continue
        if lex.country_host is not None and lex.country_host.fullmatch(t.group(0)) and any(
                m.type == "Country" and re.fullmatch(r"[\s,]*(?:\w+ ){0,2}?", folded[m.end:t.start()])
                for m in mentions[i] if lo <= m.start and m.end <= t.start()) and any(
                m.type == "Person" and 0 <= m.start - t.end() <= 12 for m in mentions[i]):
            previous = None     # nor a verb for the clause after it ('… hồi tháng 9/2023 và Chủ tịch Y …')
            continue        # 'Việt Nam đón Tổng thống X và Chủ tịch Y': a state receiving visitors, no meeting
        persons = _outside_quotes(_present(_persons(mentions[i]), folded, span, lo, hi, t.start()), folded, span, t)
        talking = [m for m in persons if not (m.start > t.end() and _speaks(m, persons, folded, lexicon_for(folder)))
                   and not _attributed_source(m, folded, span.start, folder)]
        everyone, said_cut = persons, None
        if len({r for m in talking for r in m.refs}) >= 2:
            persons = talking       # '…, Kremlin aide Yuri Ushakov told reporters': the source, not a participant
        said = lex.content_clause.search(folded, t.end(), hi) if lex.content_clause else None
        if said:            # '… during their talks that Biden's policy …': what was said, not who met
            persons = [m for m in persons if m.start < said.start()]
            if lex.fronted is not None and lex.fronted.search(folded, max(lo, t.start() - 24), t.start()):
                said_cut = said.start()     # ', X nói Trung Quốc sẽ cử đoàn tới Moskva': no venue of the talks
                if len({r for m in persons for r in m.refs}) < 2:
                    # 'Sau khi hội đàm với Y ngày D, X cho biết Z …': the speaker of the main clause met Y
                    persons = [m for m in everyone if m.start < said.start()]
        told = [r for r in lex.report_before.finditer(folded, lo, t.start())] if lex.report_before else []
        if told and len({r for m in persons if told[-1].end() <= m.start < t.start() for r in m.refs}) >= 2:
            persons = [m for m in persons if m.start >= told[-1].end()]    # 'Peskov cho biết A và B sẽ gặp'
        participants = _participants(persons, t.start(), folded, lexicon_for(folder).conjunction, lexicon_for(folder),
                                     _comitative_host(folder), _lists(folder))
        if len(participants) == 1 and lo == span.start:
            participants |= _zero_subject(i, spans, folded, mentions, lex)   # '…抵达河内。当天下午同Y举行会谈'
        multilateral = lex.multilateral is not None and lex.multilateral.search(text) \
            and len({r for m in persons for r in m.refs}) >= 3
        if multilateral:
            participants = frozenset(r for m in persons for r in m.refs)   # 'a trilateral meeting with C'
        a, b = (lo, hi) if shares_verb else _around(folded, span, lo, hi, t)
        day = find_date(folded[a:b], span.lang, ref)[0] or find_date(folded[span.start:span.end], span.lang, ref)[0]
        shift = _clause_offset(lex, folded, lo, hi) if lo > span.start else None
        if shift is not None and day is not None and not find_date(folded[lo:hi], span.lang, ref)[0]:
            day = day + timedelta(days=shift)   # ', a day after Z met W': the main clause's day, one day back
        here = [m for m in mentions[i] if m.type == "Place" and not (dateline and m == dateline.place)
                and not (lex.gapped_clauses and m.start >= hi)]     # not a venue of a later clause
        if _lists(folder) is not None and lexicon_for(folder).relative is not None:
            here = [m for m in here if not _in_later_relative(m, persons, folded, t.end(), lexicon_for(folder).relative)]
        if said_cut is not None:
            here = [m for m in here if m.start < said_cut]
        if lex.gapped_clauses and not shares_verb and lo > span.start and lexicon_for(folder).relative is not None \
                and lexicon_for(folder).relative.search(folded, span.start, lo):
            here = [m for m in here if m.start >= lo]   # 'X, who met Y in P on D1, held talks with Z': P is Y's
        near = [m for m in here if a <= m.start and m.end <= b]
        place = _place(_venues(near, folded, span), cat) or _place(_venues(here, folded, span), cat) \
            or _event_venue([m for m in mentions[i] if m.type == "Event" and m.entity], cat)
        rule = f"{folder}.meeting.{mode}"
        pairs = [] if multilateral else _separate_pairs(persons, folded, span.start, t, lex, lexicon_for(folder))
        held_by = _mode(folded, lo, hi, mode, lex, lexicon_for(folder))
        vague = bool(lex.relation_only and lex.relation_only.search(text)) or bool(
            lex.relation_only_undated and lex.relation_only_undated.search(text) and day is None and place is None)
        shares_verb = shares_verb or bool(lo > span.start and lex.met_again and lex.met_again.search(folded, lo, hi))
        if shares_verb and not any(lo <= m.start for m in persons) and last_held and last_held.sentences == [i] \
                and near and place and place != last_held.place:   # '… met in Astana in July and in Kazan in October'
            # a clause with no one of its own: the same pair met again there
            reports.append(MeetingReport(last_held.participants, day, place, held_by, [i], [rule], [t.group(0)], vague))
            continue
        if pairs:           # "meetings with A, B and C": one bilateral meeting with each
            reports.extend(MeetingReport(p, day, place, held_by, [i], [rule], [t.group(0)], vague) for p in pairs)
            continue
        report = MeetingReport(participants, day, place, held_by, [i], [rule], [t.group(0)], vague)
        listed = _listed_places(here, folded, t.end(), hi, lex.place_list, cat) if lex.place_list else []
        if len(listed) >= 2 and len(participants) >= 2:
            reports.extend(MeetingReport(participants, day, p, held_by, [i], [rule], [t.group(0)], vague, (i, t.start()))
                           for p in listed)    # 'дважды встречался с Y — в P и в Q': one meeting in each
            continue
        recalled = lex.recalled.search(folded, lo, hi) if lex.recalled and len(participants) < 2 and reports else None
        there = [m for m in here if recalled and m.start >= recalled.end() and m.entity]
        if there and there[0].start - recalled.end() <= 2:    # 'Это второй саммит … после встречи в Сочи 22 ноября'
            earlier = reports[-1]
            reports.append(MeetingReport(earlier.participants, find_date(folded[recalled.end():hi], span.lang, ref)[0],
                                         there[0].entity, earlier.mode, [i], [rule], [recalled.group(0)], vague,
                                         (i, recalled.start())))
            continue
        if len(participants) >= 2:
            reports.append(report)
            last_held = report
        elif len(participants) == 1 and any(a in text for a in lex.anaphora):
            (only,) = participants
            other = counterpart(only)
            if other:
                report.participants = frozenset({only, other})
                anaphoric.append(report)
    _date_from_paragraph(reports + anaphoric, spans, folded, ref, mentions, cat)
    merged = merge_reports(reports, cat)
    if not merged:
        merged = merge_reports(anaphoric, cat)
    _date_from_lead(merged, spans, folded, mentions, ref)
    _date_from_publication(merged, spans, folded, dateline.day if dateline and dateline.day else ref)
    _place_from_next_sentence(merged, spans, folded, mentions, cat)
    _place_from_dateline(merged, spans, folded, mentions, cat)
    if dateline is not None:
        _place_from_wire_dateline(merged, dateline, spans, mentions, cat)
    return merged


EVENT_BEFORE_CUE = 14   # 'joined the BRICS summit via video link', 'в саммите ШОС в режиме видеоконференции'
EVENT_AFTER_CUE = 8     # '以视频方式出席上合峰会'


def _joins_event_remotely(t: re.Match, mentions: list[Mention], folded: str) -> bool:
    """A video cue next to a named event, in the same clause, is how someone took part in the event,
    not a call between the persons of the clause ('Putin joined the BRICS summit via video link, while
    Lavrov attended')."""
    def near(a: int, b: int, most: int) -> bool:
        return 0 <= b - a <= most and not re.search(r"[,;:，；：。“”\"«»]", folded[a:b])
    return any(m.type == "Event" and m.entity and (near(m.end, t.start(), EVENT_BEFORE_CUE)
                                                   or near(t.end(), m.start, EVENT_AFTER_CUE)) for m in mentions)


CLAUSE_MARK = re.compile(r"[,;，；]")


def _around(folded: str, span, lo: int, hi: int, t: re.Match) -> tuple[int, int]:
    """The stretch of a report that its day and place come from first: the trigger's clause and the one
    before it ('…之后，奧班8日突然現身北京，與習近平會面': 8日 and 北京, not the earlier trip's 上週 or 基輔)."""
    marks = [m.start() for m in CLAUSE_MARK.finditer(folded, lo, t.start())]
    start = marks[-2] + 1 if len(marks) >= 2 else lo
    relative = lexicon_for(folder_for(span.lang)).relative
    if len(marks) >= 2 and relative is not None and relative.match(folded, marks[-2]):
        start = marks[-1] + 1   # 'X, who arrived on Monday, held talks on Tuesday': not the relative clause's day
    after = CLAUSE_MARK.search(folded, t.end(), hi)
    return start, after.start() if after else hi


def _names_session(t: re.Match, mentions: list[Mention]) -> bool:
    """The trigger word is part of the name of a summit of a series ('a meeting of the Supreme Eurasian
    Economic Council', 'заседание Совета глав государств СНГ'): a session, not a meeting of persons. So is
    a trigger where another event's name or an event anaphor begins ('встреча министров иностранных дел
    стран БРИКС', 'Во встрече приняли участие A и B' after it); one inside a numbered name is not
    ('29-я регулярная встреча глав правительств')."""
    return any(m.type == "Event" and m.entity and (m.kind == SERIES and m.start < t.end() and t.start() < m.end
                                                   or m.start == t.start()) for m in mentions)


def _place_from_wire_dateline(reports: list[MeetingReport], dateline: Dateline, spans,
                              mentions: list[list[Mention]], cat: Catalogue) -> None:
    """A meeting in person that names no place took place at the dateline's place ('BEIJING, May 16
    (Xinhua) -- …'), unless that place is in no participant's country, the meeting's sentences name a
    place or country elsewhere ('during his visit to China') or its date is not the dateline's."""
    country = cat.country_of(dateline.place.entity)
    for r in reports:
        if r.place is not None or r.mode != "in_person" or country is None:
            continue
        if country not in {cat[p].country for p in r.participants if p in cat}:
            continue
        if r.date is not None and dateline.day is not None and abs((r.date - dateline.day).days) > 1:
            continue
        named = {cat.country_of(m.entity) if m.type == "Place" else m.entity
                 for i in r.sentences for m in mentions[i] if m.type in ("Place", "Country") and m.entity}
        if named - {country}:
            continue
        r.place = dateline.place.entity


def _zero_subject(i: int, spans, folded: str, mentions: list[list[Mention]], lex: MeetingLexicon) -> frozenset[str]:
    """meetings.json "zero_subject" (a regex matched at a sentence's start: time words, then 'with'): a
    sentence with no subject of its own ('当天下午同苏林举行会谈') is told of the one person the sentence
    before names ('普京19日抵达河内，对越南进行国事访问。')."""
    if lex.zero_subject is None or i == 0 or not lex.zero_subject.match(folded[spans[i].start:spans[i].end]):
        return frozenset()
    before = {r for m in mentions[i - 1] if m.type == "Person" for r in (m.refs or ("?",))}
    return frozenset(before) if len(before) == 1 and "?" not in before else frozenset()


def _place_from_next_sentence(reports: list[MeetingReport], spans, folded: str, mentions: list[list[Mention]],
                              cat: Catalogue) -> None:
    """meetings.json "venue_sentence" (a regex matched at a sentence's start): the sentence right after
    talks in person that name no place, naming no person, gives their place ('… провел переговоры с Y 29 мая.'
    'Встреча прошла в Кремле.')."""
    for r in reports:
        i = r.sentences[-1] + 1
        if r.place is not None or r.mode != "in_person" or i >= len(spans):
            continue
        rule = meeting_lexicon(folder_for(spans[i].lang)).venue_sentence
        if rule is None or any(m.type == "Person" for m in mentions[i]) \
                or not rule.match(folded[spans[i].start:spans[i].end].lstrip()):
            continue
        places = [m for m in mentions[i] if m.type == "Place" and m.entity]
        if places:
            r.place = _place(places, cat)


def _place_from_dateline(reports: list[MeetingReport], spans, folded: str, mentions: list[list[Mention]],
                         cat: Catalogue) -> None:
    """meetings.json "place_from_dateline": a line near the top (before or after the report, as kremlin.ru
    heads its reports) that names only places ('Москва, Кремль') is where a meeting that names no place
    of its own took place."""
    for r in reports:
        first = r.sentences[0]
        if r.place is not None or not language_data(folder_for(spans[first].lang), "meetings").get("place_from_dateline"):
            continue
        for j in range(min(len(spans), 8)):
            places = [m for m in mentions[j] if m.type == "Place" and m.entity]
            rest = folded[spans[j].start:spans[j].end]
            for m in sorted(mentions[j], key=lambda m: -m.start):
                rest = rest[:m.start - spans[j].start] + rest[m.end - spans[j].start:]
            if places and len(places) == len(mentions[j]) and not rest.strip(" ,.;-–—"):
                r.place = _place(places, cat)
                break


def _date_from_publication(reports: list[MeetingReport], spans, folded: str, ref: date | None) -> None:
    """meetings.json "published_if_past": {"past": regex, "unless": regex}: a meeting still undated
    that a sentence reports in the past tense, with no other time words, took place on the
    publication day (wire style: 'Путин провел переговоры с Си Цзиньпином в Тяньцзине')."""
    if ref is None or isinstance(ref, YearReference):
        return
    for r in reports:
        if r.date is not None:
            continue
        lex = meeting_lexicon(folder_for(spans[r.sentences[0]].lang))
        texts = [folded[spans[i].start:spans[i].end] for i in r.sentences]
        if lex.past_tense and any(lex.past_tense.search(t) for t in texts) \
                and not any(lex.past_unless.search(t) for t in texts):
            r.date = ref


LEAD_DAYS = 3       # a lead's date names the article's news only if it lies this close to publication
LEAD_NEAR = 2       # ... and a sentence this close before the meeting's may name only one participant


def _date_from_lead(reports: list[MeetingReport], spans, folded: str, mentions: list[list[Mention]],
                    ref: date | None) -> None:
    """A meeting still undated takes the date of the first earlier sentence that names all its
    participants (or one of them, just before it) and a day near publication: news states the day
    once, in the lead ('Xi and Putin pledged on Thursday …' … 'The two leaders signed a joint
    statement …'; 'Wei said on Tuesday …' 'Wei … at the start of talks with Shoigu')."""
    if ref is None or isinstance(ref, YearReference):
        return
    for r in reports:
        if r.date is not None:
            continue
        first = r.sentences[0]
        for j in range(first):
            named = r.participants & {x for m in mentions[j] for x in m.refs}
            if named != r.participants and not (named and first - j <= LEAD_NEAR):
                continue
            day, _ = find_date(folded[spans[j].start:spans[j].end], spans[j].lang, ref)
            if day is not None and abs((day - ref).days) <= LEAD_DAYS:
                r.date = day
                break


def _date_from_paragraph(reports: list[MeetingReport], spans, folded: str, ref: date | None,
                         mentions: list[list[Mention]], cat: Catalogue) -> None:
    """meetings.json "date_from_paragraph": an undated report takes the date of the nearest earlier
    sentence of its paragraph that gives one ('…9月1日上午在天津举行…。…三人交谈' -> 9月1日), and
    that sentence's place when it names none."""
    for r in reports:
        i = r.sentences[0]
        folder = folder_for(spans[i].lang)
        d = language_data(folder, "meetings")
        lex = meeting_lexicon(folder)
        sentence = folded[spans[i].start:spans[i].end]
        # "same_day": a cue ('Cùng ngày, …', '当天') that reaches back across paragraphs; when the cue is
        # itself what dated the report ('当天' = the publication day), an earlier sentence's date wins
        same_day = (cue := lex.same_day) is not None and cue.search(sentence)
        # "previous_date_offsets": '次日' is the day after the date of an earlier sentence; when the
        # cue is itself what dated the report ('Накануне' = the day before publication), likewise
        offset = next((n for pattern, n in lex.offsets if pattern.search(sentence)), None)
        own = False
        if r.date is not None and (same_day or offset is not None):
            _, where = find_date(sentence, spans[i].lang, ref)
            own = where is not None and (same_day and cue.fullmatch(sentence, *where) is not None
                                         or offset is not None and any(p.fullmatch(sentence, *where)
                                                                       for p, _ in lex.offsets))
        if r.date is not None and not own or not (d.get("date_from_paragraph") or same_day or offset is not None):
            continue
        before = [x for x in reports if x.sentences[0] < i and x.date is not None] \
            if d.get("same_day_from_meeting") and (same_day or offset is not None) else []
        if before:      # 'Позднее в тот же день', 'Накануне': the day of the meeting told before, not of an arrival
            last = max(before, key=lambda x: x.sentences[0])
            r.date = last.date + timedelta(days=offset or 0)
            if spans[last.sentences[0]].paragraph == spans[i].paragraph:
                r.place = r.place or last.place
            continue
        for j in range(i - 1, -1, -1):
            if spans[j].paragraph != spans[i].paragraph and not (same_day or offset is not None):
                break
            earlier = folded[spans[j].start:spans[j].end]
            day, where = find_date(earlier, spans[j].lang, ref)
            if day is not None and where is not None and lex.same_day is not None \
                    and lex.same_day.fullmatch(earlier, *where):
                continue        # that sentence's own '当天' refers further back
            if day is not None:
                r.date = day + timedelta(days=offset or 0)
                if spans[j].paragraph == spans[i].paragraph:
                    r.place = r.place or _place([m for m in mentions[j] if m.type == "Place"], cat)
                break


def compatible(a: MeetingReport, b: MeetingReport, cat: Catalogue | None = None) -> bool:
    return a.participants == b.participants and (a.date is None or b.date is None or a.date == b.date) \
        and not (cat is not None and a.mode == b.mode == "in_person" and _apart(a.place, b.place, cat))


def _apart(a: str | None, b: str | None, cat: Catalogue) -> bool:
    """Two places in different countries: one meeting in person cannot be in both."""
    ca, cb = cat.country_of(a), cat.country_of(b)
    return bool(ca and cb and ca != cb)


def _finer(a: str | None, b: str | None, cat: Catalogue | None) -> str | None:
    """The first place, or the second when it lies inside the first ('Russian Far East' -> Vostochny)."""
    if a is None or cat is None or b is None or b not in cat:
        return a or b
    return b if a in cat.containers(b) else a


def _listed_places(here: list[Mention], folded: str, lo: int, hi: int, joiner: re.Pattern,
                   cat: Catalogue) -> list[str]:
    """Places after the trigger joined by meetings.json "place_list" ('в Пекине и в Даляне', 'в Пекине, а затем
    во Вьентьяне'), none inside another: one meeting in each."""
    chain: list[Mention] = []
    for m in sorted((m for m in here if lo <= m.start and m.end <= hi and m.entity), key=lambda m: m.start):
        if chain and not joiner.fullmatch(folded, chain[-1].end, m.start):
            if len(chain) >= 2:
                break
            chain = []
        chain.append(m)
    places = list(dict.fromkeys(m.entity for m in chain))
    if len(places) < 2 or any(a in cat.containers(b) for a in places for b in places if a != b):
        return []
    return places


def merge_reports(reports: list[MeetingReport], cat: Catalogue | None = None) -> list[MeetingReport]:
    """Within one document: same participants, compatible dates and (given a catalogue) places in one
    country for meetings in person -> one meeting."""
    out: list[MeetingReport] = []
    for r in sorted(reports, key=lambda r: (r.date is None, r.sentences[0])):
        for m in out:
            if compatible(m, r, cat) and not (r.place_list and r.place_list == m.place_list and r.place != m.place):
                m.date = m.date or r.date
                m.place = _finer(m.place, r.place, cat)
                if m.mode == "in_person" and r.mode != "in_person":
                    m.mode = r.mode
                m.sentences += r.sentences
                m.rules += r.rules
                m.triggers += r.triggers
                m.relation_only = m.relation_only and r.relation_only
                break
        else:
            out.append(r)
    return out
