"""Extract one document: mentions -> entities, relations, meetings, each with its evidence.

Needs: an `Article` (kg.ingest). Adds: a `DocumentExtraction`, a pure function of the article
and the bundled data (so it can be cached per content hash and merged across documents).
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from kg.catalogue import Catalogue, Entity
from kg.ingest import Article
from kg.lang import folder_for, language_data
from kg.text import match_form

from .attendance import attendee_group_facts, host_title_facts, meeting_event_attendance, session_attendance
from .member_lists import member_list_facts
from .dates import YearReference, find_date, infer_year
from .gazetteer import NAME, SERIES, SHORT, Gazetteer, default_gazetteer
from .meetings import Dateline, MeetingReport, extract_meetings, find_dateline
from .mentions import LEADER_ROLES, Mention, MentionResolver, Span, name_patterns
from .relations import SIGNATURES, Fact, extract_relations
from .place_events import place_named_events
from .role_anaphora import role_mentions
from .shaped import shaped_mentions
from .surnames import surname_mentions


@dataclass
class DocumentExtraction:
    article: Article
    spans: list[Span]
    mentions: list[Mention]
    facts: list[Fact]
    meetings: list[MeetingReport]
    reference_date: date | None
    surface_forms: dict[str, set[tuple[str, str]]] = field(default_factory=dict)   # entity -> {(text, lang)}
    provisional: dict[str, Entity] = field(default_factory=dict)   # entities the catalogue lacks

    @property
    def entity_ids(self) -> set[str]:
        ids = {r for m in self.mentions for r in m.refs}
        ids |= {m.role_of for m in self.mentions if m.kind == "title" and m.role_of}     # "глава МИД КНР" names China
        ids |= {f.subject for f in self.facts} | {f.object for f in self.facts}
        for meeting in self.meetings:
            ids |= set(meeting.participants)
            if meeting.place:
                ids.add(meeting.place)
        return ids

    def quote(self, sentence: int) -> tuple[str, int, int, str]:
        s = self.spans[sentence]
        return self.article.text[s.start:s.end], s.start, s.end, s.lang


def _spans(article: Article) -> list[Span]:
    blocks = [b for b in article.blocks if b.kind != "boilerplate"]
    starts = [b.start for b in blocks]
    out = []
    for s in article.sentences():
        paragraph = max(0, bisect.bisect_right(starts, s.start) - 1)
        out.append(Span(s.start, s.end, s.lang, paragraph))
    return out


class DocumentExtractor:
    """Runs the extraction stages over one article."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gaz = gazetteer or default_gazetteer()
        self.cat: Catalogue = self.gaz.catalogue
        self.resolver = MentionResolver(self.gaz)
        self.known_years = {e.id: (e.inception or e.day).year for e in self.cat.entities.values()
                            if (e.inception or e.day) and e.type in ("Agreement", "Organization", "Initiative", "Event")}

    def extract(self, article: Article) -> DocumentExtraction:
        text = article.text
        folded = match_form(text)
        spans = _spans(article)
        ref = article.published
        provisional: dict[str, Entity] = {}
        mentions = self.resolver.resolve(text, folded, spans, ref, provisional)
        if ref is None:
            year = infer_year([(folded[s.start:s.end], s.lang) for s in spans], self.known_years,
                              self._by_sentence_ids(mentions, len(spans)))
            if year:
                ref = YearReference.of(year)
                provisional = {}
                mentions = self.resolver.resolve(text, folded, spans, ref, provisional)
        mentions, city_hosts = place_named_events(text, folded, spans, mentions, ref, self.cat)
        mentions = shaped_mentions(text, folded, spans, mentions, ref, self.cat, provisional)
        if city_hosts or any(m.type == "Event" and m.entity in provisional for m in mentions):     # '出席会议' after a shaped name
            mentions = self.resolver.event_anaphora(folded, spans, mentions, ref)
        cat = self.cat.overlay(provisional)     # every provisional entity is known from here on
        mentions = [m for m in mentions if not _bare_name_line(m, text, spans) and not _not_yet_held(m, ref, cat)]
        mentions = surname_mentions(text, spans, mentions, cat)
        mentions = role_mentions(text, folded, spans, mentions, cat)
        dateline = find_dateline(folded, spans, self._by_sentence(mentions, len(spans)), ref)
        mentions = self._here_mentions(text, folded, spans, mentions, dateline)
        by_sentence = self._by_sentence(mentions, len(spans))
        facts: list[Fact] = []
        for i, span in enumerate(spans):
            by_sentence[i], quoted = _foreign_quotes(folded, span, by_sentence[i])
            for (a, b, lang), inside in quoted.items():     # '布林肯表示，"China is …"，并批评…': the quote's own rules
                facts.extend(extract_relations(folded, a, b, inside, lang, i, cat))
            facts.extend(extract_relations(folded, span.start, span.end, by_sentence[i], span.lang, i, cat))
        facts.extend(city_hosts)
        facts.extend(self._leader_facts(mentions, cat))
        facts.extend(self._office_organizations(folded, spans, mentions, cat))
        facts.extend(self._venue_facts(folded, spans, mentions, cat))
        facts.extend(self._possessive_places(folded, spans, mentions, cat))
        facts.extend(self._comma_places(folded, mentions, cat))
        facts.extend(member_list_facts(by_sentence, folded, spans, cat))
        persons = self.resolver.principals(mentions, "Person")

        def counterpart(person: str) -> str | None:
            if len(persons) == 2 and person in persons:
                return persons[0] if persons[1] == person else persons[1]
            return None
        meetings = extract_meetings(folded, spans, by_sentence, ref, cat, counterpart, dateline)
        _place_from_event_hosts(meetings, by_sentence, facts, cat)
        _place_from_arrival(meetings, spans, facts, cat, folded)
        _date_from_event(meetings, by_sentence, folded, spans, ref, cat)
        sessions = [m for m in meetings if len(m.participants) > MAX_MEETING_SIZE]
        meetings = [m for m in meetings if len(m.participants) <= MAX_MEETING_SIZE]
        facts = [f for f in facts if not (f.relation == "meets" and any(
            f.sentence in m.sentences and {f.subject, f.object} <= m.participants for m in sessions))]
        facts.extend(session_attendance(sessions, by_sentence, cat))
        facts.extend(meeting_event_attendance(meetings, by_sentence, folded, spans, cat))
        facts.extend(host_title_facts(by_sentence, folded, spans, cat))
        facts.extend(attendee_group_facts(facts, by_sentence, folded, spans, text, cat))
        for meeting in meetings:
            for x in sorted(meeting.participants):
                for y in sorted(meeting.participants):
                    if x < y:
                        facts.append(Fact(x, "meets", y, meeting.sentences[0], meeting.rules[0], meeting.triggers[0], 0.8))
        meetings = [m for m in meetings if not m.relation_only]   # told in general or as a vague plan: 'meets' only
        nested = self._countries_in_names(text, folded, mentions)
        if nested:
            mentions = sorted(mentions + nested, key=lambda m: (m.start, -m.end))
        facts = [f for f in facts if _typed(f, cat) and not _stance_on_settlement(f, folded, spans, cat)]
        return DocumentExtraction(article, spans, mentions, _dedupe(facts), meetings, ref,
                                  self._surfaces(mentions, spans), provisional)

    @staticmethod
    def _here_mentions(text: str, folded: str, spans: list[Span], mentions: list[Mention],
                       dateline: Dateline | None) -> list[Mention]:
        """names.json "here_patterns" (a group 'np'): 'here' in a datelined report is the dateline's place
        ('ASTANA, July 3 (Xinhua) -- … Xi arrived here Tuesday for a state visit')."""
        if dateline is None:
            return mentions
        extra = []
        for i, span in enumerate(spans):
            for pattern in name_patterns(folder_for(span.lang), "here_patterns"):
                for m in pattern.finditer(folded, span.start, span.end):
                    a, b = m.span("np")
                    if not any(x.start < b and a < x.end for x in mentions):
                        extra.append(Mention(a, b, text[a:b], "anaphor", "Place", dateline.place.entity, sentence=i))
        return sorted(mentions + extra, key=lambda m: (m.start, m.end)) if extra else mentions

    @staticmethod
    def _leader_facts(mentions: list[Mention], cat: Catalogue) -> list[Fact]:
        out = []
        for m in mentions:
            if m.entity and m.role in LEADER_ROLES and m.role_of and m.role_of in cat:
                person = cat[m.entity]
                if person.offices and not any(o.role in LEADER_ROLES and o.of == m.role_of for o in person.offices):
                    continue
                out.append(Fact(m.entity, "leaderOf", m.role_of, m.sentence, f"title.{m.role}", m.text, 0.9))
        return out

    @staticmethod
    def _office_organizations(folded: str, spans: list[Span], mentions: list[Mention], cat: Catalogue) -> list[Fact]:
        """names.json "office_organizations": a title that holds its body ('Chủ tịch Duma Quốc gia Nga',
        'Chủ tịch Quốc hội') names the person, told by name in the sentence, as leader of that body."""
        out = []
        by_name = {(n.entity, n.sentence) for n in mentions if n.kind == "name"}
        for m in mentions:
            if m.type != "Person" or not m.entity or not m.role_of or (m.entity, m.sentence) not in by_name:
                continue    # a bare office names its holder, not a leader (as bare_offices)
            for rule in language_data(folder_for(spans[m.sentence].lang), "names").get("office_organizations", ()):
                if rule["of"] == m.role_of and rule["organization"] in cat and re.match(rule["title"], folded[m.start:m.end]):
                    out.append(Fact(m.entity, "leaderOf", rule["organization"], m.sentence, "title.office-organization",
                                    m.text, 0.8))
        return out

    def _possessive_places(self, folded: str, spans: list[Span], mentions: list[Mention], cat: Catalogue) -> list[Fact]:
        """relations.json "possessive_place" ("'s "): a place named with a country in possessive
        ("Russia's Far East") lies in that country."""
        out = []
        for m in mentions:
            if m.type != "Place" or not m.entity or m.entity not in cat:
                continue
            mark = language_data(spans[m.sentence].lang, "relations").get("possessive_place")
            country = cat[m.entity].country
            if not mark or not country or country not in cat:
                continue
            head = folded[m.start:m.end]
            if any(head.startswith(n.lower() + mark) for n in cat[country].names):
                out.append(Fact(m.entity, "locatedIn", country, m.sentence, "place.possessive-in-name", m.text, 0.7))
        return out

    @staticmethod
    def _comma_places(folded: str, mentions: list[Mention], cat: Catalogue) -> list[Fact]:
        """'Москва, Кремль', 'Kremlin, Moscow': two places joined by a comma, one of which the
        catalogue places in the other."""
        out = []
        for a, b in zip(mentions, mentions[1:]):
            if a.type != "Place" or b.type != "Place" or not a.entity or not b.entity or a.sentence != b.sentence \
                    or folded[a.end:b.start].strip() != "," or a.entity not in cat or b.entity not in cat:
                continue
            for inner, outer in ((a, b), (b, a)):
                if cat[inner.entity].located_in == outer.entity:
                    out.append(Fact(inner.entity, "locatedIn", outer.entity, a.sentence, "place.comma-place",
                                    folded[a.start:b.end], 0.7))
        return out

    def _venue_facts(self, folded: str, spans: list[Span], mentions: list[Mention], cat: Catalogue) -> list[Fact]:
        """'саммит ШОС в Тяньцзине' named as one event: the place inside the name hosts it (languages
        whose relations.json sets "venue_in_event_name")."""
        out = []
        for m in mentions:
            if m.type != "Event" or not m.entity or m.kind not in (NAME, SERIES) \
                    or not language_data(spans[m.sentence].lang, "relations").get("venue_in_event_name"):
                continue
            found_at = None
            named: list[tuple[int, int]] = []     # other names found inside ('Shanghai Cooperation Organisation')
            for cut, h in self.gaz.names_inside(folded, m.start, m.end):   # the name without its head word(s)
                if found_at is not None and cut != found_at:
                    break
                if any(a <= h.start and h.end <= b for a, b in named):
                    continue    # 'Shanghai' inside 'SCO summit' spelt out: part of the organisation's name
                place = next((s.ref for s in h.surfaces      # a city or venue, not a region ('China-Central Asia summit')
                              if s.kind == NAME and s.ref in cat and cat[s.ref].type == "Place" and cat[s.ref].country),
                             None)
                if place is not None:
                    out.append(Fact(place, "hosts", m.entity, m.sentence, "event.venue-in-name", m.text, 0.7))
                    found_at = cut
                elif any(s.kind == NAME for s in h.surfaces):
                    named.append((h.start, h.end))
        return out

    def _countries_in_names(self, text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
        """A country named inside an event's or a body's name is mentioned too ('the war in Ukraine', 'xung đột
        Ukraine', 'Bộ Ngoại giao Ukraine'): an entity of the document, in no relation of its own."""
        named = {r for m in mentions for r in m.refs}
        out = []
        for m in mentions:
            if m.type not in NESTING_TYPES or not m.entity or m.kind not in (NAME, SERIES):
                continue
            for start, end, country in self.gaz.countries_inside(folded, m.start, m.end):
                if country not in named:
                    named.add(country)
                    out.append(Mention(start, end, text[start:end], NAME, "Country", country, sentence=m.sentence))
        return out

    @staticmethod
    def _by_sentence(mentions: list[Mention], n: int) -> list[list[Mention]]:
        out: list[list[Mention]] = [[] for _ in range(n)]
        for m in mentions:
            out[m.sentence].append(m)
        return out

    def _by_sentence_ids(self, mentions: list[Mention], n: int) -> list[list[str]]:
        return [[r for m in ms for r in m.refs] for ms in self._by_sentence(mentions, n)]

    @staticmethod
    def _surfaces(mentions: list[Mention], spans: list[Span]) -> dict[str, set[tuple[str, str]]]:
        """Entity -> the (text, language) of its names in the document: names, short names and generic
        names of a recurring event ('Hội nghị thượng đỉnh SCO' for the 2019 edition); skos:altLabel."""
        out: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for m in mentions:
            if m.entity and m.kind in (NAME, SHORT, SERIES):
                out[m.entity].add((m.text, spans[m.sentence].lang))
        return dict(out)


NESTING_TYPES = frozenset({"Event", "Organization"})     # names that may hold a country's name
MAX_MEETING_SIZE = 3     # four or more leaders "meeting" are a summit's session, not a meeting between them


FORESIGHT = timedelta(days=731)  # a report names events up to two years ahead (next year's summit, announced in the year before)


def _foreign_quotes(folded: str, span: Span, mentions: list[Mention]
                    ) -> tuple[list[Mention], dict[tuple[int, int, str], list[Mention]]]:
    """relations.json "foreign_quotes" ({language: regex with a group 'q'}): a quotation in another language
    inside a sentence ('拜登称"Putin and Xi met"'): its names take no part in the sentence's own rules, and the
    quote is read by that language's relation rules. Off for a language without the key."""
    spec = language_data(folder_for(span.lang), "relations").get("foreign_quotes")
    if not spec:
        return mentions, {}
    quoted: dict[tuple[int, int, str], list[Mention]] = {}
    for lang, raw in spec.items():
        for m in re.finditer(raw, folded[span.start:span.end]):
            a, b = span.start + m.start("q"), span.start + m.end("q")
            quoted[(a, b, lang)] = [x for x in mentions if a <= x.start and x.end <= b]
    if not quoted:
        return mentions, {}
    inside = {id(x) for xs in quoted.values() for x in xs}
    return [x for x in mentions if id(x) not in inside], quoted


def _not_yet_held(m: Mention, ref: date | None, cat: Catalogue) -> bool:
    """A catalogue event that starts more than a year after the document's date is not what the
    document names ('the Ukraine crisis' in 2014 is no 2022 invasion)."""
    if m.type != "Event" or ref is None or not m.entity or m.entity not in cat or m.kind == "anaphor":
        return False        # an anaphor ('the next summit') names its edition by its antecedent, not by a name
    day = cat[m.entity].day
    return day is not None and day > ref + FORESIGHT


def _bare_name_line(m: Mention, text: str, spans: list[Span]) -> bool:
    """A place or organisation name alone on its line is page furniture (a section or tag label:
    'Asia Pacific', 'Châu Á', 'Европа'), not a mention: such a line states nothing."""
    s = spans[m.sentence]
    return m.type in ("Place", "Organization") and text[s.start:s.end].strip(" \t·•|:–—-") == m.text


def _place_from_event_hosts(meetings: list[MeetingReport], by_sentence: list[list[Mention]], facts: list[Fact],
                            cat: Catalogue) -> None:
    """Talks in person that name no place, told with an event whose venue no catalogue name gives
    ('会议期间，王毅同绍伊古举行会谈' after '第十四次…会议在圣彼得堡举行'): the one place the document says
    hosts that event (the innermost, when one lies in another)."""
    hosts: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.relation == "hosts" and f.subject in cat and cat[f.subject].type == "Place":
            hosts[f.object].add(f.subject)
    if not hosts:
        return
    for m in meetings:
        if m.place is not None or m.mode != "in_person":
            continue
        places = {p for i in m.sentences for x in by_sentence[i] if x.type == "Event" for p in hosts.get(x.entity, ())}
        places -= {c for p in places for c in cat.containers(p)}
        if len(places) == 1:
            m.place = places.pop()


ARRIVAL_REACH = 3     # sentences from an arrival to the talks that took place in the city of arrival


def _place_from_arrival(meetings: list[MeetingReport], spans: list[Span], facts: list[Fact], cat: Catalogue,
                        folded: str) -> None:
    """meetings.json "place_from_arrival" (a regex for the trigger of a visit): talks in person that name
    no place, held by a person who arrived in a city a few sentences before ('Lula arrived in Shanghai
    on Thursday …' 'On Friday he held talks with Xi'): that city (the latest arrival before the talks).
    Not when the talks' sentence matches "place_from_arrival_unless" (talks told as earlier: 'Накануне')."""
    for m in meetings:
        first = m.sentences[0]
        data = language_data(folder_for(spans[first].lang), "meetings")
        rule, unless = data.get("place_from_arrival"), data.get("place_from_arrival_unless")
        if m.place is not None or m.mode != "in_person" or not rule \
                or unless and re.search(unless, folded[spans[first].start:spans[first].end]):
            continue
        arrivals = [f for f in facts if f.relation == "visits" and f.subject in m.participants
                    and 0 <= first - f.sentence <= ARRIVAL_REACH and f.object in cat
                    and cat[f.object].type == "Place" and re.match(rule, f.trigger.lower())]
        latest = {f.object for f in arrivals if f.sentence == max((a.sentence for a in arrivals), default=-1)}
        if len(latest) == 1:
            m.place = latest.pop()


def _date_from_event(meetings: list[MeetingReport], by_sentence: list[list[Mention]], folded: str,
                     spans: list[Span], ref: date | None, cat: Catalogue) -> None:
    """Undated talks told with an event the catalogue lacks whose day the document gives once ('王毅11日在
    圣彼得堡出席第十四次…会议' … '会议期间，王毅同绍伊古举行会谈'): that day. Not when a sentence gives two
    days (a range); a catalogue event (a summit of several days) dates nothing."""
    if ref is None or isinstance(ref, YearReference):
        return
    for m in meetings:
        if m.date is not None or m.mode != "in_person":
            continue
        events = {x.entity for i in m.sentences for x in by_sentence[i]
                  if x.type == "Event" and x.entity in cat and cat[x.entity].provisional}
        days: set[date] = set()
        for i, ms in enumerate(by_sentence):
            if i in m.sentences or not any(x.entity in events for x in ms):
                continue
            text = folded[spans[i].start:spans[i].end]
            day, at = find_date(text, spans[i].lang, ref)
            if day is not None:
                days.add(day)
                if find_date(text[at[1]:], spans[i].lang, ref)[0] is not None:
                    days.add(date.min)      # two days: a range, or another event's day
        if len(days) == 1:
            m.date = days.pop()


def _typed(f: Fact, cat: Catalogue) -> bool:
    """The fact's subject and object have types the relation admits (guidelines' table)."""
    s_types, o_types = SIGNATURES[f.relation]
    if f.relation in ("attends", "hosts") and not cat[f.object].gathering:
        return False        # nobody attends or hosts a war or an election
    return cat[f.subject].type in s_types and cat[f.object].type in o_types


def _stance_on_settlement(f: Fact, folded: str, spans: list[Span], cat: Catalogue) -> bool:
    """'supports a political settlement of the Ukraine crisis', '支持俄乌战争通过谈判解决': the stance is on
    ending the war, not for or against the war itself (relations.json "settlement_cue")."""
    if f.relation not in ("supports", "opposes") or cat[f.object].type != "Event" or cat[f.object].gathering:
        return False
    span = spans[f.sentence]
    cue = language_data(span.lang, "relations").get("settlement_cue")
    return bool(cue and re.search(cue, folded[span.start:span.end]))


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (statement, sentence): the most confident rule wins."""
    best: dict[tuple, Fact] = {}
    for f in facts:
        k = (f.key(), f.sentence)
        if k not in best or f.confidence > best[k].confidence:
            best[k] = f
    return sorted(best.values(), key=lambda f: (f.sentence, f.key(), f.rule))
