"""Find mentions and resolve them to entities.

Needs: the document text, its sentences (with language and paragraph), a reference date.
Adds: `Mention`s with a resolved entity (or members, for collectives), in text order.

Resolution rules, in order of use:
- names and aliases -> their catalogue entity (ambiguous strings: the one already named);
- "Russian President" + name -> the named person, and the title gives role/country;
  a title alone ("the Chinese President", "国家主席", "Председатель КНР") -> the person
  named earlier with that office, else the holder on the reference date (catalogue terms);
- short forms ("Xi", "ông Tập") -> only after the full name, or right after an honorific;
- "X side" (中方, phía Nga, российская сторона) -> the country; "中俄", "Trung – Nga" -> both;
- collectives ("the two sides", "双方", "hai nước", "стороны") -> the two persons of two countries
  just named (or their countries), else the document's two principal countries (or persons, for
  "the two leaders"); collectives of an office ("the two foreign ministers", "两位总理", names.json
  "office_collectives") -> the two persons of two countries holding that office named last in the document;
- pronouns: "I/我" -> the paragraph's speaker, "you/你/总统先生" -> the speaker's counterpart,
  "he/他/ông/он" -> the one person before it in its sentence, else the subject of the previous
  sentence (none when two persons compete), "they/他们/họ/они" -> the pair just named;
- event anaphora ("the summit", "本届峰会", "hội nghị lần này", "на полях саммита") -> the latest
  named event with the same head noun.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from datetime import date, timedelta
from typing import Iterator

from kg.catalogue import Catalogue, Entity, Office
from kg.lang import language_data
from kg.text import is_cjk, match_form, slugify

from .dates import YearReference, relative_year, since_pattern
from .names import unknown_names

from .gazetteer import (COLLECTIVE, HONORIFIC, IGNORE, NAME, PAIR, PART, PRONOUN, SERIES, SHORT, SIDE, TITLE,
                        ORGANIZATION_ROLES, Gazetteer, Hit, Surface, series_data, series_members)

LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})
COUNTERPART = "counterpart"     # an office word that takes the office of the person it answers ("коллега")


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence: text[start:end], its language tag and the index of its paragraph."""
    start: int
    end: int
    lang: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str
    type: str                       # Person, Country, ... (collectives: the members' type)
    entity: str | None = None       # resolved entity id; None for collectives
    members: tuple[str, ...] = ()   # collectives and pairs
    role: str | None = None         # office named by an attached or standalone title
    role_of: str | None = None      # the country of that office
    sentence: int = 0

    @property
    def refs(self) -> tuple[str, ...]:
        """Entity ids this mention stands for (one, or the members of a collective)."""
        return (self.entity,) if self.entity else self.members

    @property
    def is_group(self) -> bool:
        return not self.entity and len(self.members) > 1


@dataclass
class _State:
    counts: Counter = field(default_factory=Counter)
    seen_offices: dict[tuple[str, str | None], str] = field(default_factory=dict)
    speaker: dict[int, str] = field(default_factory=dict)     # paragraph -> person id
    office_list: tuple[str, int, int] | None = None     # (role, end, sentence) of 'президенты A, B' so far


_NEXT_NAME = re.compile(r"[ \u00a0-](\w+)(?:[ -](\w+))?")


def _letters(s: str) -> str:
    return "".join(c for c in s.casefold() if c.isalpha())


def _starts_other_name(text: str, end: int, short: str, person: Entity, span: Span) -> bool:
    """A short family name followed by capitalised given names that are not the person's own
    ('Kim Yong Chol' for Kim Jong Un's 'Kim', 'Ким Ён Чхоля') begins another person's name; the person's
    own given names in another spelling ('Kim Jong-un') do not. Not in title-case headlines."""
    hit = _NEXT_NAME.match(text, end, span.end)
    if hit is None or not hit.group(1)[:1].isupper() or is_cjk(hit.group(1)[:1]):
        return False
    sentence = text[span.start:span.end].rstrip()
    words = [w for w in re.findall(r"\w+", sentence) if w[:1].isalpha()]
    if not sentence.endswith((".", "!", "?", "»", '"')) and sum(w[:1].isupper() for w in words) * 2 > len(words):
        return False        # a headline in title case: 'Xi Meets Putin'
    second = hit.group(2) or ""
    given = _letters(hit.group(1) + (second if second[:1].isupper() else ""))
    family = short.casefold()
    names = [*person.labels.values(), *(a for v in person.aliases.values() for a in v)]
    rests = [_letters(n[len(short):]) for n in names if n.casefold().startswith(family + " ") or
             n.casefold().startswith(family + "-")]
    if not rests:
        return False        # 'Putin' ends 'Vladimir Putin': a given name after it is no given name of his
    return not any(r[:3] == given[:3] for r in rests if r)


def _choose(surfaces: tuple[Surface, ...], kinds: set[str], state: _State) -> Surface | None:
    options = [s for s in surfaces if s.kind in kinds]
    if not options:
        return None
    named = [s for s in options if s.ref in state.counts]
    return (named or options)[0]


class MentionResolver:
    """Turns gazetteer hits of one document into resolved mentions."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.cat: Catalogue = gazetteer.catalogue
        self.provisional: dict[str, Entity] = {}

    def _type(self, entity_id: str) -> str:
        return self._entity(entity_id).type

    def _entity(self, entity_id: str) -> Entity:
        return self.provisional.get(entity_id) or self.cat[entity_id]

    def _qualifies_office(self, folded: str, pos: int, span: Span) -> bool:
        """names.json "office_qualified": words that, right after a title, make it part of another
        office ('俄罗斯总统新闻秘书', '俄总统助理')."""
        words = self.gaz.names.get(span.lang.split("-")[0], {}).get("office_qualified", ())
        return any(folded.startswith(w, pos) for w in words)

    def _former(self, folded: str, start: int, lang: str) -> bool:
        """names.json "former_words": a title right after 'former' / 'ex-' names a past office."""
        words = self.gaz.names.get(lang.split("-")[0], {}).get("former_words", ())
        before = folded[max(0, start - 12):start]
        return any(before.endswith(w) and not before[:-len(w)][-1:].isalnum() for w in words)

    def _org_titled(self, out: list[Mention], start: int, folded: str, lang: str) -> bool:
        """names.json "organization_titles_apart": a title right after an organisation's name ('NDB
        President X', 'NATO Secretary General X') is the organisation's, left in the text for its templates."""
        return bool(out and self.gaz.names.get(lang.split("-")[0], {}).get("organization_titles_apart")
                    and out[-1].type == "Organization" and _adjacent(folded, out[-1].end, start))

    def _title_org_name(self, text: str, folded: str, out: list[Mention], span: Span, nxt: Hit | None) -> Mention | None:
        """names.json "organization_titles_before" (roles): a title of one of those roles, then an organisation's
        name, then a name the catalogue lacks ('Генеральный секретарь ШОС Чжан Мин', 'глава «Роснефти» Игорь
        Сечин'): a provisional Person; the title and the organisation stay in the text for the templates."""
        roles = self.gaz.names.get(span.lang.split("-")[0], {}).get("organization_titles_before", ())
        if not roles or len(out) < 2:
            return None
        org, title = out[-1], out[-2]
        if org.type != "Organization" or title.kind != HONORIFIC or title.role not in roles \
                or title.sentence != org.sentence \
                or not _adjacent(re.sub('["«»]', " ", folded[title.end:org.start]), 0, org.start - title.end):
            return None
        end = org.end + 1 if folded[org.end:org.end + 1] in ('"', "»") else org.end
        return self._unknown_name(text, end, span, nxt, title.role, None, True)

    def _place_titled(self, out: list[Mention], start: int, folded: str, lang: str, role: str | None) -> bool:
        """names.json "place_offices": offices that, right after a place's name, name that place's
        official ('滨海边疆区州长科热米亚科', '黑龙江省委书记许勤'); the title stays in the text."""
        return bool(out and role in self.gaz.names.get(lang.split("-")[0], {}).get("place_offices", ())
                    and out[-1].type == "Place" and _adjacent(folded, out[-1].end, start))

    def _may_hold(self, person: str, title: Mention) -> bool:
        """Whether the person ever held the office a title names (any office when it names none, or
        when the catalogue lists none for the person)."""
        offices = self._entity(person).offices
        return not title.role or not offices or any(
            o.role == title.role and (title.role_of is None or o.of == title.role_of) for o in offices)

    def _unknown_name(self, text: str, pos: int, span: Span, nxt: Hit | None, role: str | None,
                      country: str | None, org_titled: bool = False) -> Mention | None:
        """A name the catalogue lacks right after a title ('Foreign Minister Abbas Araghchi',
        '外长阿拉格齐', 'Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar', '上合组织秘书长张明'): a provisional Person."""
        finder = unknown_names(span.lang)
        if finder is None or (country is None and not finder.after_office_word and not org_titled):
            return None
        limit = min(span.end, nxt.start) if nxt is not None else span.end
        surfaces = getattr(nxt, "surfaces", ())     # a gazetteer hit (a Mention when called after the resolution)
        if surfaces and nxt.start > pos + 1 and all(x.kind == SHORT for x in surfaces) \
                and finder.min_words > 1 and self.gaz.names.get(span.lang.split("-")[0], {}).get("names_through_short"):
            limit = span.end    # 'Kao Kim Hourn': a short name inside a name the catalogue lacks is no end of it
        found = finder.find(text, self._folded, pos, limit)
        if found is None:
            return None
        start, end, name = found
        eid = f"new/person/{slugify(match_form(name))}"      # one IRI across scripts and case
        if eid not in self.provisional:
            offices = (Office(role, country, None, None),) if role else ()
            self.provisional[eid] = Entity(eid, "Person", {span.lang: name}, country=country, offices=offices,
                                           provisional=True)
        return Mention(start, end, text[start:end], NAME, "Person", eid)

    def resolve(self, text: str, folded: str, spans: list[Span], ref_date: date | None,
                provisional: dict[str, Entity] | None = None) -> list[Mention]:
        """Resolved mentions in text order; entities the catalogue lacks are added to `provisional`."""
        self.provisional = provisional if provisional is not None else {}
        self._folded = folded
        self._text = text
        starts = [s.start for s in spans]
        hits: list[tuple[int, Hit]] = []
        for h in self.gaz.find(folded):
            i = bisect.bisect_right(starts, h.start) - 1
            if i >= 0 and h.end <= spans[i].end:
                hits.append((i, h))
        state = _State()
        places_in: dict[int, list[tuple[int, str]]] = defaultdict(list)    # sentence -> (offset, place)
        for si, h in hits:
            places_in[si] += [(h.start, s.ref) for s in h.surfaces
                              if s.kind == NAME and s.ref in self.cat and self.cat[s.ref].type == "Place"]
        places = {ref for found in places_in.values() for _, ref in found}
        named = {s.ref for _, h in hits for s in h.surfaces if s.kind == NAME}
        self._named = named
        out: list[Mention] = []
        pending: list[int] = []     # indexes of collectives/addressees resolved at the end
        for k, (si, hit) in enumerate(hits):
            span = spans[si]
            surfaces = hit.surfaces
            kinds = {s.kind for s in surfaces}
            mtext = text[hit.start:hit.end]
            prev = out[-1] if out else None
            nxt = hits[k + 1][1] if k + 1 < len(hits) else None
            if IGNORE in kinds or any(_wrong_case(mtext, x.lang) for x in surfaces if x.lang):
                continue
            if out and out[-1].entity and out[-1].entity.startswith("new/person/") and out[-1].start < hit.start \
                    and hit.end <= out[-1].end:
                continue        # a short name inside a provisional person's name ('Kao Kim Hourn')
            if HONORIFIC in kinds and PRONOUN in kinds and _stands_alone(text, hit.end):
                kinds = {PRONOUN}       # 'Ông cũng hội kiến …': an honorific used as a pronoun
            if HONORIFIC in kinds and COLLECTIVE in kinds and not (
                    nxt is not None and _adjacent(folded, hit.end, nxt.start) and self._names_person(nxt)):
                kinds = {COLLECTIVE}    # 'Главы МИД обсудили' (plural), not 'главы МИД Лаврова' (genitive title)
            if NAME in kinds or SIDE in kinds:
                s = _choose(surfaces, {NAME, SIDE}, state)
                m = Mention(hit.start, hit.end, mtext, s.kind, self._type(s.ref), s.ref, sentence=si)
                if s.kind == NAME and m.type == "Country" and \
                        (listed := self._office_list(text, folded, hit.start, m, state, span.lang, ref_date)):
                    while out and out[-1].start >= listed.start:
                        out.pop()       # 'лидеры' also a collective: the list names the persons
                    out.append(listed)
                    state.counts[listed.entity] += 1
                    self._note_office(listed, state)
                    continue
                if prev and prev.kind == TITLE and prev.entity is None and m.type == "Person" \
                        and _adjacent(folded, prev.end, m.start):
                    out[-1] = replace(prev, entity=m.entity)
                    m = replace(m, role=prev.role, role_of=prev.role_of)
                elif prev and prev.kind == HONORIFIC and m.type == "Person" and _adjacent(folded, prev.end, m.start) \
                        and self._org_titled(out[:-1], prev.start, folded, span.lang):
                    out.pop()           # 'NDB President Dilma Rousseff': the organisation's title stays in the text
                elif prev and prev.kind == HONORIFIC and m.type == "Person" and _adjacent(folded, prev.end, m.start):
                    out.pop()           # "President Putin", "ông Putin": one mention with the office named
                    m = self._honoured(replace(m, start=prev.start, text=text[prev.start:hit.end]), prev.role, ref_date)
                out.append(m)
                state.counts[m.entity] += 1
                self._note_office(m, state)
                if (new := self._title_org_name(text, folded, out, span, nxt)) is not None:
                    out.append(replace(new, sentence=si))   # 'Генеральный секретарь ШОС Чжан Мин'
                    state.counts[new.entity] += 1
                continue
            if PAIR in kinds:
                s = _choose(surfaces, {PAIR}, state)
                out.append(Mention(hit.start, hit.end, mtext, PAIR, "Country", None, (s.ref, s.ref2), sentence=si))
                continue
            if TITLE in kinds:
                s = _choose(surfaces, {TITLE}, state)
                counterpart = s.role == COUNTERPART
                if counterpart:     # "его китайский коллега": the previous person's office, in the other country
                    s = replace(s, role=self._counterpart_role(out, si, s.ref, ref_date))
                named_role = None if counterpart or self._former(folded, hit.start, s.lang) else s.role
                # a counterpart is not named head of state, nor a former one (names.json "former_words")
                if counterpart and s.role in LEADER_ROLES and self.gaz.names.get(s.lang, {}).get("counterpart_names_leader"):
                    named_role = s.role     # names.json: 'Xi Jinping and his Russian counterpart Vladimir Putin' leads Russia
                person = None
                if self._stacked_title(folded, hit, nxt, s.lang):
                    continue        # 'Tổng Bí thư, Chủ tịch nước CHND Trung Hoa Tập Cận Bình': the name's, not Vietnam's
                if nxt is not None and _adjacent(folded, hit.end, nxt.start) and self._names_person(nxt):
                    person = None       # resolved when the name arrives (see above)
                elif prev is not None and prev.type == "Person" and prev.entity and prev.sentence == si \
                        and _adjacent(folded, prev.end, hit.start):
                    person = prev.entity
                elif self._qualifies_office(folded, hit.end, span):
                    continue        # '俄罗斯总统新闻秘书佩斯科夫': the title qualifies another office, names no one
                elif (new := self._unknown_name(text, hit.end, span, nxt, s.role, s.ref)) is not None:
                    out.append(Mention(hit.start, hit.end, mtext, TITLE, "Person", new.entity, role=named_role,
                                       role_of=s.ref, sentence=si))
                    out.append(replace(new, sentence=si, role=named_role, role_of=s.ref))
                    state.counts[new.entity] += 2
                    continue
                else:
                    person = state.seen_offices.get((s.role, s.ref))
                    if person is None and s.role in LEADER_ROLES and self._generic_leader(mtext, s.lang):
                        # 'the Indian leader' after 'Indian Prime Minister Narendra Modi': the leader the text named
                        person = next((state.seen_offices[(r, s.ref)] for r in ("head_of_state", "head_of_government")
                                       if (r, s.ref) in state.seen_offices), None)
                    if person is None and named_role in LEADER_ROLES and self._generic_leader(mtext, s.lang) \
                            and s.ref in self.cat:
                        named_role = self.cat[s.ref].leader_office      # 'the Indian leader' is the prime minister
                    if person is None and (ref_date is not None or s.role in LEADER_ROLES):
                        # undated text: only a head of state/government title, taken as the latest holder the
                        # text names by name, else the latest holder
                        holder = self.cat.holder(named_role or s.role, s.ref, ref_date, self._named)
                        person = holder.id if holder else None
                    if person is None:
                        continue
                m = Mention(hit.start, hit.end, mtext, TITLE, "Person", person, role=named_role, role_of=s.ref,
                            sentence=si)
                out.append(m)
                if person:
                    state.counts[person] += 1
                    self._note_office(m, state)
                continue
            if SHORT in kinds:
                s = _choose(surfaces, {SHORT}, state)
                if s.ref not in state.counts and self._short_forward(span):
                    s = next((x for x in surfaces if x.kind == SHORT and x.ref in named), s)
                after_honorific = prev is not None and prev.kind == HONORIFIC and _adjacent(folded, prev.end, hit.start)
                after_title = prev is not None and prev.kind == TITLE and prev.entity is None \
                    and self._type(s.ref) == "Person" and _adjacent(folded, prev.end, hit.start) \
                    and self._may_hold(s.ref, prev)     # '印度防长辛格' is no Manmohan Singh
                if self._type(s.ref) == "Person" and _starts_other_name(text, hit.end, mtext, self._entity(s.ref), span):
                    continue        # 'Kim Yong Chol', 'Ким Ён Чхоль': a family name that begins another person's name
                if s.ref in state.counts or after_honorific or after_title or \
                        s.ref in named and self._short_forward(span):
                    m = Mention(hit.start, hit.end, mtext, SHORT, self._type(s.ref), s.ref, sentence=si)
                    if after_title:     # "Chinese President Xi": the title names the short name's person
                        out[-1] = replace(prev, entity=m.entity)
                        m = replace(m, role=prev.role, role_of=prev.role_of)
                    if after_honorific:
                        honorific = out.pop()
                        m = self._honoured(replace(m, start=honorific.start, text=text[honorific.start:hit.end]),
                                           honorific.role, ref_date)
                    out.append(m)
                    state.counts[s.ref] += 1
                continue
            if SERIES in kinds:
                s = _choose(surfaces, {SERIES}, state)
                years, near = _years(folded[span.start:span.end]), _years_near(folded, hit.start, hit.end, span.lang)
                if not near and (rel := relative_year(folded, hit.start, hit.end, span.lang, ref_date, RELATIVE_YEAR_REACH)):
                    near = {rel}        # 'next year's BRICS summit', '明年在印度举行的金砖峰会'
                nearest = sorted(places_in[si], key=lambda p: abs(p[0] - hit.start))[:1]   # 'summit … in Samarkand'
                edition = self._year_edition(s.ref, near, span.lang, mtext)
                edition = edition or (self._edition(s.ref, ref_date, {nearest[0][1]}, years) if nearest else None)
                generic = self.gaz.series_generic.get(s.ref)
                edition = edition or self._edition(s.ref, ref_date, places, years) \
                    or (generic if ref_date is None and not near else None) \
                    or self._open_edition(s.ref, ref_date, near, span.lang, mtext) or generic
                if edition:
                    out.append(Mention(hit.start, hit.end, mtext, SERIES, "Event", edition, sentence=si))
                    state.counts[edition] += 1
                elif (org := self._organizer(folded, mtext, hit, span)) is not None:
                    out.append(replace(org, sentence=si))       # "саммит ШОС", edition unknown: still names the SCO
                    state.counts[org.entity] += 1
                continue
            if HONORIFIC in kinds:
                with_role = [x for x in surfaces if x.kind == HONORIFIC and x.role]
                s = with_role[0] if with_role else _choose(surfaces, {HONORIFIC}, state)
                org_titled = self._org_titled(out, hit.start, folded, span.lang)
                titled_body = org_titled and s.role in ORGANIZATION_ROLES \
                    or self._place_titled(out, hit.start, folded, span.lang, s.role) \
                    or s.role in ORGANIZATION_ROLES and _shaped_org_before(text, folded, span, out, hit.start)
                new = self._unknown_name(text, hit.end, span, nxt, s.role, None, titled_body) if s.role else None
                if new is not None and (org_titled or titled_body):
                    out.append(replace(new, sentence=si))   # 'AIIB President Jin Liqun': the title stays in the text
                    state.counts[new.entity] += 1
                    continue
                if new is not None:     # "Foreign Minister Abbas Araghchi": a person the catalogue lacks
                    out.append(replace(new, start=hit.start, text=text[hit.start:new.end], sentence=si, role=s.role))
                    state.counts[new.entity] += 1
                    continue
                bare = None if nxt is not None and _adjacent(folded, hit.end, nxt.start) and self._names_person(nxt) \
                    else self._bare_office(text, hit.start, hit.end, s, out, state, ref_date)
                if bare is not None:    # 'Thủ tướng nhấn mạnh …': the office alone names its holder (no leaderOf)
                    out.append(Mention(hit.start, hit.end, mtext, TITLE, "Person", bare, role=s.role, sentence=si))
                    state.counts[bare] += 1
                    continue
                out.append(Mention(hit.start, hit.end, mtext, HONORIFIC, "Person", None, role=s.role, sentence=si))
                continue
            if COLLECTIVE in kinds:
                s = _choose(surfaces, {COLLECTIVE}, state)
                pending.append(len(out))
                out.append(Mention(hit.start, hit.end, mtext, COLLECTIVE, s.ref or "Country", role=s.role, sentence=si))
                continue
            if PRONOUN in kinds:
                s = _choose(surfaces, {PRONOUN}, state)
                blockers = self.gaz.names.get(s.lang, {}).get("pronoun_blockers", ())
                if hit.end < len(folded) and folded[hit.end] in blockers and s.role != "speaker_country":
                    continue
                if is_cjk(folded[hit.start]) and s.role == "third" and hit.end < len(folded) and folded[hit.end] == "们":
                    continue
                pending.append(len(out))
                out.append(Mention(hit.start, hit.end, mtext, PRONOUN, "Person", None, role=s.role, sentence=si))
        out = [m for m in out if m.kind != HONORIFIC or m.entity]
        out = self._place_office_names(text, folded, spans, out)
        out = self._ner_persons(text, spans, out)
        self._track_speakers(out, folded, spans, state)
        out = self._organization_events(folded, spans, self._resolve_pending(out, spans, state, ref_date), ref_date)
        out = self._summit_anaphora(folded, spans, self._event_anaphora(folded, spans, out, ref_date))
        out = self._leader_epithets(folded, spans, self._country_anaphora(folded, spans, out))
        return self._counted_collectives(folded, spans, self._person_governments(folded, spans, out))

    def _organization_events(self, folded: str, spans: list[Span], out: list[Mention],
                             ref_date: date | None) -> list[Mention]:
        """names.json "organization_event_patterns" (a group 'np'; 'the bloc's annual summit'): the edition of
        the series.json series whose "organization" is the organisation named last before it in this or the
        previous sentence, at the place its sentence names ('BRICS … will host the bloc's summit in Kazan')."""
        extra: list[Mention] = []
        for si, span in enumerate(spans):
            patterns = name_patterns(span.lang.split("-")[0], "organization_event_patterns")
            for pattern in patterns:
                for m in pattern.finditer(folded, span.start, span.end):
                    a, b = m.span("np")
                    if any(x.start < b and a < x.end for x in out):
                        continue
                    org = next((x for x in reversed(out) if x.end <= a and si - 1 <= x.sentence <= si
                                and x.type == "Organization" and x.entity), None)
                    series = _series_of_organizations().get(org.entity) if org else None
                    if series is None:
                        continue
                    places = {x.entity for x in out if x.sentence == si and x.type == "Place" and x.entity}
                    years = _years(folded[span.start:span.end])
                    edition = (self._edition(series, ref_date, places, years) if places else None) \
                        or self._edition(series, ref_date, set(), years)
                    own = _years(folded[a:b])     # '上合组织2024年峰会': the edition of the year the name holds
                    if own and edition and self.cat[edition].day and self.cat[edition].day.year not in own:
                        edition = next((e for e in self.gaz.series.get(series, ()) if self.cat[e].day.year in own), None)
                    if edition:
                        extra.append(Mention(a, b, self._text[a:b], "anaphor", "Event", edition, sentence=si))
        return sorted(out + extra, key=lambda m: (m.start, m.end)) if extra else out

    def _summit_anaphora(self, folded: str, spans: list[Span], out: list[Mention]) -> list[Mention]:
        """names.json "summit_anaphora": phrases that stand for the organisation of the recurring event named
        last before them ("organization": 'Russia will chair the group next') or for another edition of its
        series ("edition": 'the seventh summit' by the ordinal group 'ord', 'the next/previous summit' by the
        group 'rel', whose words "next"/"previous" list). Off for a language without the key."""
        from .member_lists import organization_of     # (that module imports this one)
        extra: list[Mention] = []
        for si, span in enumerate(spans):
            data = language_data(span.lang.split("-")[0], "names").get("summit_anaphora")
            if not data:
                continue
            for kind in ("organization", "edition"):
                for pattern in _summit_patterns(span.lang.split("-")[0], kind):
                    for m in pattern.finditer(folded, span.start, span.end):
                        a, b = m.span("np")
                        if any(x.start < b and a < x.end for x in out + extra):
                            continue
                        events = [x for x in reversed(out) if x.end <= a and x.type == "Event" and x.entity]
                        if kind == "organization":      # an edition the catalogue lacks counts too
                            target = next((o for x in events if (o := organization_of(x.entity, self.cat))), None)
                        else:
                            event = next((x for x in events if x.entity in self.cat and self._series_of_event(x.entity)),
                                         None)
                            series = self._series_of_event(event.entity) if event else None
                            target = self._other_edition(series, event.entity, m, data) if series else None
                        if target:
                            extra.append(Mention(a, b, self._text[a:b], "anaphor",
                                                 "Organization" if kind == "organization" else "Event", target,
                                                 sentence=si))
        return sorted(out + extra, key=lambda m: (m.start, m.end)) if extra else out

    def _series_of_event(self, eid: str) -> str | None:
        return next((sid for sid, members in series_members(self.cat).items() if eid in members), None)

    def _other_edition(self, series: str, eid: str, m: re.Match, data: dict) -> str | None:
        """The edition an ordinal names ('the seventh summit': the member whose id starts '7th-'), or the
        one after or before `eid` by date ('the next summit', 'the previous summit')."""
        groups = m.groupdict()
        members = series_members(self.cat).get(series, ())     # announced editions without a day too
        if groups.get("ord"):
            word = groups["ord"]
            n = data.get("ordinals", {}).get(word) or (int(re.match(r"\d+", word).group()) if word[0].isdigit() else 0)
            return next((e for e in members if re.match(rf"{n}(?:st|nd|rd|th)-", e)), None) if n else None
        if groups.get("rel"):
            def when(e: str) -> date | None:     # an announced edition without a day: the year in its id
                years = _years(e)
                return self.cat[e].day or (date(min(years), 7, 1) if years else None)
            dated = sorted((e for e in members if when(e)), key=when)
            if eid not in dated:
                return None
            i = dated.index(eid) + (1 if groups["rel"] in data.get("next", ()) else -1)
            return dated[i] if 0 <= i < len(dated) else None
        return None

    def _country_anaphora(self, folded: str, spans: list[Span], out: list[Mention]) -> list[Mention]:
        """names.json "country_anaphora_patterns" (a group 'np': 'first visit to the country'): the country
        named last before it in its sentence, or the country of the place named last ('… talks in Pyongyang
        during Putin's first visit to the country' is North Korea). "owner_country_patterns" (a group 'np',
        the match starting right after a person: ', whose country'): that person's country."""
        extra: list[Mention] = []
        for si, span in enumerate(spans):
            patterns = name_patterns(span.lang.split("-")[0], "country_anaphora_patterns")
            for pattern in patterns:
                for m in pattern.finditer(folded, span.start, span.end):
                    a, b = m.span("np")
                    if any(x.start < b and a < x.end for x in out):
                        continue
                    before = [x for x in out if span.start <= x.start and x.end <= a and x.entity
                              and x.type in ("Country", "Place") and x.kind != "title"]
                    country = self.cat.country_of(before[-1].entity) if before else None
                    if country is not None:
                        extra.append(Mention(a, b, self._text[a:b], "anaphor", "Country", country, sentence=si))
            for pattern in name_patterns(span.lang.split("-")[0], "owner_country_patterns"):
                for m in pattern.finditer(folded, span.start, span.end):    # 'Zuma, whose country hosted …'
                    a, b = m.span("np")
                    owner = [x for x in out if span.start <= x.start and x.end <= m.start() + 1 and x.entity
                             and x.type == "Person" and x.kind != "title"]
                    word = re.search(r"(\w+)$", folded[span.start:m.start()])
                    if not owner and word:      # a short name not resolved yet ('Zuma, whose …'): a person named before
                        owner = [x for x in out if x.end <= m.start() and x.type == "Person" and x.entity
                                 and folded[x.start:x.end].split()[-1:] == [word.group(1)]]
                    country = self._entity(owner[-1].entity).country if owner else None
                    if country and not any(x.start < b and a < x.end for x in out):
                        extra.append(Mention(a, b, self._text[a:b], "anaphor", "Country", country, sentence=si))
        return sorted(out + extra, key=lambda m: (m.start, m.end)) if extra else out

    def _counted_collectives(self, folded: str, spans: list[Span], out: list[Mention]) -> list[Mention]:
        """names.json "counted_collectives" ({regex: n} for countries, {regex: {"n": n, "type": "Person"}} for
        people: 'три страны', '三方', 'the three ministers', '三国外长'): the n countries (people) named before it,
        in its sentence or the one before, when exactly n are named there."""
        extra: list[Mention] = []
        for si, span in enumerate(spans):
            counted = language_data(span.lang.split("-")[0], "names").get("counted_collectives")
            for raw, spec in (counted or {}).items():
                n, type_ = (spec, "Country") if isinstance(spec, int) else (spec["n"], spec.get("type", "Country"))
                for m in re.finditer(raw, folded[span.start:span.end]):
                    a, b = span.start + m.start(), span.start + m.end()
                    if any(x.start < b and a < x.end for x in out):
                        continue
                    lo = spans[si - 1].start if si else span.start
                    named = list(dict.fromkeys(   # a country named by its office: '中国、俄罗斯和印度外长'
                        (x.entity if x.type == type_ else x.role_of) for x in out if lo <= x.start and x.end <= a
                        and (x.type == type_ and x.entity or type_ == "Country" and x.kind == TITLE and x.role_of)))
                    if len(named) == n:
                        extra.append(Mention(a, b, self._text[a:b], COLLECTIVE, type_, None,
                                             members=tuple(named), sentence=si))
        return sorted(out + extra, key=lambda m: (m.start, m.end)) if extra else out

    def _person_governments(self, folded: str, spans: list[Span], out: list[Mention]) -> list[Mention]:
        """names.json "person_government_before" (a regex ending where a leader's name starts:
        'правительство Путина', 'администрация Байдена'): the government of a person who heads or
        headed a state or government is that person's country."""
        changed = False
        for i, x in enumerate(out):
            span = spans[x.sentence]
            before = _ending_pattern(span.lang.split("-")[0], "person_government_before")
            if before is None or x.type != "Person" or not x.entity:
                continue
            m = before.search(folded, max(span.start, x.start - 40), x.start)
            country = self.cat.country_of(x.entity)
            if m and country and any(o.role in LEADER_ROLES for o in self._entity(x.entity).offices):
                out[i] = Mention(m.start(), x.end, self._text[m.start():x.end], "side", "Country", country,
                                 sentence=x.sentence)
                changed = True
        return sorted(out, key=lambda m: (m.start, m.end)) if changed else out

    def _leader_epithets(self, folded: str, spans: list[Span], out: list[Mention]) -> list[Mention]:
        """names.json "leader_epithet_patterns" (a group 'np': 'the leftist leader', 'the 77-year-old
        president'): read like 'he' (the person named before it in its sentence, else the previous
        sentence's subject), when that person heads or headed a state or government."""
        extra: list[Mention] = []
        for si, span in enumerate(spans):
            for pattern in name_patterns(span.lang.split("-")[0], "leader_epithet_patterns"):
                for m in pattern.finditer(folded, span.start, span.end):
                    a, b = m.span("np")
                    inner = [x for x in out if x.start < b and a < x.end]
                    if any(x.type == "Person" or x.start < a or x.end > b for x in inner):
                        continue    # a place inside the epithet is part of it ('这位克里姆林宫领导人')
                    probe = Mention(a, b, self._text[a:b], PRONOUN, "Person", None, role="third", sentence=si)
                    before = [x for x in out if x.end <= a]
                    person = self._third_person(probe, before, spans)
                    if person and any(o.role in LEADER_ROLES for o in self._entity(person).offices):
                        extra.append(Mention(a, b, self._text[a:b], "anaphor", "Person", person, sentence=si))
                        out = [x for x in out if x not in inner]
        return sorted(out + extra, key=lambda m: (m.start, m.end)) if extra else out

    def _office_list(self, text: str, folded: str, pos: int, m: Mention, state: _State, lang: str,
                     ref_date: date | None) -> Mention | None:
        """names.json "office_lists": a plural office word before a list of countries names each country's
        holder of the office ('президенты Белоруссии, Казахстана и России', 'министров иностранных дел Китая
        и Индии'); "leader" words take the head of state or of government the document named, else the
        office the country's leader holds (catalogue "leader_office": the prime minister of India). An
        undated text takes only a holder it names by name. The first country's mention spans the office
        word; a country whose holder is unknown stays a country."""
        lists = self.gaz.names.get(lang.split("-")[0], {}).get("office_lists")
        if not lists:
            return None
        role, start = None, pos
        if state.office_list and state.office_list[2] == m.sentence and \
                folded[state.office_list[1]:pos] in lists.get("joiners", (", ", " и ")):
            role = state.office_list[0]
        else:
            before = folded[max(0, pos - 40):pos]
            for r, words in lists.items():
                if r == "joiners":
                    continue
                for w in words:
                    w = match_form(w) + " "
                    if before.endswith(w) and not (len(before) > len(w) and before[-len(w) - 1].isalnum()):
                        role, start = r, pos - len(w)
                        break
                if role:
                    break
        state.office_list = None
        if role is None:
            return None
        person, named_role = None, role
        if role == "leader":
            named_role = next((r for r in ("head_of_state", "head_of_government")
                               if (r, m.entity) in state.seen_offices), self.cat[m.entity].leader_office)
            person = state.seen_offices.get((named_role, m.entity))
        if person is None:
            holder = self.cat.holder(named_role, m.entity, ref_date, self._named)
            person = holder.id if holder and (ref_date is not None or holder.id in self._named) else None
        if person is None:
            return None
        state.office_list = (role, m.end, m.sentence)
        return Mention(start, m.end, text[start:m.end], TITLE, "Person", person, role=named_role, role_of=m.entity,
                       sentence=m.sentence)

    def _generic_leader(self, mtext: str, lang: str) -> bool:
        """names.json "generic_leader_words" ('leader'): a title with that word names the country's head of
        state or of government, whichever the document named ('the Indian leader' is Modi after 'Prime
        Minister Narendra Modi')."""
        words = self.gaz.names.get(lang.split("-")[0], {}).get("generic_leader_words", ())
        folded = match_form(mtext).strip()
        return any(re.search(rf"(?<!\w){re.escape(match_form(w))}(?!\w)", folded) if not is_cjk(w[0])
                   else folded.endswith(match_form(w)) for w in words)

    def _short_forward(self, span: Span) -> bool:
        """names.json "short_forms_forward": a short form ('Xi') also names a person whose full name
        comes later in the document (a headline before the body)."""
        return bool(self.gaz.names.get(span.lang.split("-")[0], {}).get("short_forms_forward"))

    def event_anaphora(self, folded: str, spans: list[Span], mentions: list[Mention],
                       ref_date: date | None = None) -> list[Mention]:
        """Event anaphors of the text last resolved, again: after events found by the shape of their name."""
        return self._event_anaphora(folded, spans, mentions, ref_date)

    def _event_anaphora(self, folded: str, spans: list[Span], out: list[Mention],
                        ref_date: date | None = None) -> list[Mention]:
        """names.json "event_anaphora" ('the summit') and "event_anaphora_patterns" ('本届峰会', 'hội nghị
        lần này', 'на полях саммита'): the latest named event before it in the document whose name has
        the same head noun ('the BRICS summit … on the sidelines of the summit'); an edition more than a
        year from the page's date, named in passing after the current one, is skipped for it ('中国曾于2014年
        主办第四次峰会。…出席峰会的还有…' is still the summit the page reports)."""
        extra: list[Mention] = []
        for si, span in enumerate(spans):
            for a, b, head in self._anaphors(folded, span, out):
                if any(x.start < b and a < x.end for x in out):
                    continue
                known = sorted(out + extra, key=lambda m: m.end)      # an anaphor can be the next one's antecedent
                before = [x for x in reversed(known) if x.end <= a and x.type == "Event" and x.entity
                          and (self._has_head(x, head) if head else True)]
                candidates = before if head else [x for x in before if x.sentence >= si - 1]
                current = [x for x in before if self._near_date(x.entity, ref_date)]
                antecedent = current[0] if candidates and current \
                    and not self._near_date(candidates[0].entity, ref_date, True) else next(iter(candidates), None)
                if antecedent is not None:
                    extra.append(Mention(a, b, self._text[a:b], "anaphor", "Event", antecedent.entity, sentence=si))
        return sorted(out + extra, key=lambda m: (m.start, m.end)) if extra else out

    def _near_date(self, event: str, ref_date: date | None, unknown: bool = False) -> bool:
        """The event is dated within a year of the page's date (`unknown` when either date is missing)."""
        day = self._entity(event).day if event in self.provisional or event in self.cat else None
        if day is None or ref_date is None or isinstance(ref_date, YearReference):
            return unknown
        return abs((day - ref_date).days) <= 366

    def _anaphors(self, folded: str, span: Span, out: list[Mention]) -> Iterator[tuple[int, int, str | None]]:
        """(start, end, head noun) of each event anaphor of a sentence. A phrase followed by a modifier
        ('the summit in Kazan', 'the summit last year') or a pattern match followed by a name
        ('саммит G20', 'форум «Россия»') may be another event and is skipped."""
        folder = span.lang.split("-")[0]
        names = self.gaz.names.get(folder, {})
        modified = _anaphora_modifiers(folder)
        sentence = folded[span.start:span.end]
        for phrase in names.get("event_anaphora", ()):
            for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", sentence):
                a, b = span.start + m.start(), span.start + m.end()
                if modified is None or not modified.match(folded[b:b + 10]):
                    yield a, b, phrase.split()[-1]
        for pattern in name_patterns(folder, "event_anaphora_patterns"):
            for m in pattern.finditer(sentence):
                a, b = (span.start + x for x in m.span("np" if "np" in pattern.groupindex else 0))
                if not self._name_follows(b, out):     # no 'head' group: any event of this or the last sentence
                    yield a, b, m.group("head") if "head" in pattern.groupindex else None

    def _name_follows(self, pos: int, out: list[Mention]) -> bool:
        """The next word after `pos` is capitalised, quoted or a number and is no person's name."""
        rest = self._text[pos:pos + 40]
        word = rest.lstrip(" ")
        if not word or not (word[0].isupper() or word[0].isdigit() or word[0] in "«\"“'(（"):
            return False
        at = pos + len(rest) - len(word)
        return not any(x.start == at and x.type == "Person" for x in out)

    def _has_head(self, event: Mention, head: str) -> bool:
        """The event's mention or one of its names contains the anaphor's head noun."""
        heads = (head, *self._head_synonyms(head))
        if any(h in self._folded[event.start:event.end] for h in heads):
            return True
        e = self._entity(event.entity)
        return any(h in match_form(n) for n in e.names for h in heads)

    def _head_synonyms(self, head: str) -> tuple[str, ...]:
        """names.json "event_anaphora_heads": other head words of events an anaphor's head also takes
        ('саммит' -> an event named 'заседание …')."""
        return tuple(w for data in self.gaz.names.values()
                     for w in data.get("event_anaphora_heads", {}).get(head, ()))

    def _counterpart_role(self, before: list[Mention], sentence: int, country: str | None,
                          ref_date: date | None) -> str | None:
        """The office of the last person of another country named in the last three sentences:
        the counterpart holds it in `country`."""
        for prev in reversed(before):
            if sentence - prev.sentence > 2:
                return None
            if prev.type == "Person" and prev.entity and self._entity(prev.entity).country != country:
                held = [o for o in self._entity(prev.entity).offices if ref_date is None or o.held_on(ref_date)]
                held.sort(key=lambda o: (o.role != prev.role, -(o.start or date.min).toordinal()))
                return held[0].role if held else None
        return None

    def _organizer(self, folded: str, mtext: str, hit: Hit, span: Span) -> Mention | None:
        """names.json "series_name_organization": the organisation named inside a generic event name
        whose edition is unknown ('саммитом Шанхайской организации сотрудничества')."""
        if not self.gaz.names.get(span.lang.split("-")[0], {}).get("series_name_organization"):
            return None
        first_cut = folded.find(" ", hit.start, hit.end)
        for cut, h in self.gaz.names_inside(folded, hit.start, hit.end):    # the name without its head word
            if cut != first_cut:
                break
            for s in h.surfaces:
                if s.kind == NAME and s.ref in self.cat and self.cat[s.ref].type == "Organization":
                    start, end = hit.start + h.start, hit.start + h.end
                    return Mention(start, end, mtext[h.start:h.end], NAME, "Organization", s.ref)
        return None

    def _honoured(self, m: Mention, role: str | None, ref_date: date | None) -> Mention:
        """'President Xi': the office the person holds on the reference date becomes the mention's role."""
        if not role or not m.entity:
            return m
        for office in self._entity(m.entity).offices:
            if office.role == role and (ref_date is None or office.held_on(ref_date)):
                return replace(m, role=role, role_of=office.of)
        return m

    def _open_edition(self, series: str, ref_date: date | None, years: set[int], lang: str, mtext: str) -> str | None:
        """A provisional edition of an open series (series.json "edition_label"): the one of the year
        written next to its name, else of the document's year ('the CSTO summit' in 2022 -> new/event/csto-summit-2022),
        labelled in English from the series and in the document's language by its first mention."""
        label = self.gaz.series_labels.get(series)
        if label is None:
            return None
        year = next(iter(years)) if len(years) == 1 else ref_date.year if ref_date is not None else None
        eid = f"new/event/{series}" + (f"-{year}" if year else "")
        if eid not in self.provisional:
            name = label.format(year=year) if year else label.replace("{year}", "").strip()
            self.provisional[eid] = Entity(eid, "Event", {"en": name} | ({lang: mtext} if lang != "en" else {}),
                                           provisional=True)
        return eid

    def _year_edition(self, series: str, near: set[int], lang: str, mtext: str) -> str | None:
        """A year written right next to a generic name ('the 2019 Eastern Economic Forum', '2019年东方经济论坛',
        'ВЭФ 2019 года'): the catalogue edition of that year; none there, the provisional edition of that
        year of an open series, else the series' generic entity; None when no single year is written there."""
        if len(near) != 1:
            return None
        year = next(iter(near))
        editions = [e for e in self.gaz.series.get(series, ()) if self.cat[e].day.year == year] \
            or self.cat.derived("undated-editions", _undated_editions).get((series, year), [])
        if len(editions) == 1:
            return editions[0]
        if editions:
            return None
        return self._open_edition(series, None, near, lang, mtext) or self.gaz.series_generic.get(series)

    def _edition(self, series: str, ref_date: date | None, places: set[str], years: set[int] = frozenset()) -> str | None:
        """The edition of a recurring event nearest the reference date (ongoing, next, or just past);
        in an undated text, the one edition whose venue the text names ('the BRICS summit … Kazan');
        the one edition of a year its sentence names and at a place the text names ('since 2017, when
        he attended the APEC summit in Da Nang')."""
        dated = [e for e in self.gaz.series.get(series, ()) if self.cat[e].day.year in years
                 and self.gaz.venues.get(e, frozenset()) & places]
        if len(dated) == 1:
            return dated[0]
        if ref_date is None:
            named = [e for e in self.gaz.series.get(series, ()) if self.gaz.venues.get(e, frozenset()) & places]
            return named[0] if len(named) == 1 else None
        best = None
        at_venue = [e for e in self.gaz.series.get(series, ()) if self.gaz.venues.get(e, frozenset()) & places
                    and abs((self.cat[e].day - ref_date).days) <= 400]
        if len(at_venue) == 1:
            return at_venue[0]      # 'the SCO summit in Astana' in a later article: the Astana edition
        for eid in self.gaz.series.get(series, ()):
            e = self.cat[eid]
            start, end = e.day, e.end or e.day
            if start <= ref_date <= end + timedelta(days=3):
                return eid
            gap = (start - ref_date).days if start > ref_date else (ref_date - end).days * 6
            if gap <= 400 and (best is None or gap < best[0]):
                best = (gap, eid)
        return best[1] if best else None

    def _place_office_names(self, text: str, folded: str, spans: list[Span], out: list[Mention]) -> list[Mention]:
        """names.json "place_office_before" (a regex over folded text ending right before a place's name): an
        office of that place ('Thống đốc tỉnh Amur', 'Bí thư Thành ủy Bắc Kinh'); a name the catalogue lacks
        right after the place is its holder (a provisional Person)."""
        res: list[Mention] = []
        for k, m in enumerate(out):
            res.append(m)
            span = spans[m.sentence] if m.sentence is not None and m.sentence < len(spans) else None
            if m.type != "Place" or span is None:
                continue
            rx = _ending_pattern(span.lang.split("-")[0], "place_office_before")
            nxt = out[k + 1] if k + 1 < len(out) else None
            if rx is None or nxt is not None and _adjacent(folded, m.end, nxt.start) \
                    or rx.search(folded, max(span.start, m.start - 40), m.start) is None:
                continue
            new = self._unknown_name(text, m.end, span, nxt, "governor", None, True)
            if new is not None:
                res.append(replace(new, sentence=m.sentence))
        return res

    def _ner_persons(self, text: str, spans: list[Span], out: list[Mention]) -> list[Mention]:
        """Person names found by the NER fallback of languages that have one, where no mention is."""
        flagged = [i for i, sp in enumerate(spans)
                   if self.gaz.names.get(sp.lang.split("-")[0], {}).get("ner") == "natasha"]
        if not flagged:
            return out
        from .ner import may_hold_name, person_spans
        taken = [(m.start, m.end) for m in out]
        extra = []
        for i in flagged:
            if not may_hold_name(text, spans[i].start, spans[i].end, taken):
                continue
            sentence = text[spans[i].start:spans[i].end]
            for start, end, name in person_spans(text, spans[i].start, spans[i].end):
                if any(s < end and start < e for s, e in taken):
                    continue
                if (end - start) >= 0.6 * len(sentence.strip(" .,:;-—|")):
                    continue        # a name standing alone is a byline or a caption credit
                eid = f"new/person/{slugify(match_form(name))}"
                if eid not in self.provisional:
                    self.provisional[eid] = Entity(eid, "Person", {spans[i].lang: name}, provisional=True)
                extra.append(Mention(start, end, text[start:end], NAME, "Person", eid, sentence=i))
        return sorted(out + extra, key=lambda m: (m.start, m.end)) if extra else out

    def _stacked_title(self, folded: str, hit: Hit, nxt: Hit | None, lang: str) -> bool:
        """names.json "stacked_title_joiners" (e.g. [","]): a title followed, across only a joiner, by another
        title is one of the offices of the person named after that one, not an office word standing alone."""
        joiners = self.gaz.names.get(lang, {}).get("stacked_title_joiners", ())
        return bool(joiners) and nxt is not None and any(x.kind == TITLE for x in nxt.surfaces) \
            and folded[hit.end:nxt.start].strip() in joiners

    def _names_person(self, hit: Hit) -> bool:
        return any(s.kind in (NAME, SHORT) and s.ref in self.cat and self.cat[s.ref].type == "Person"
                   for s in hit.surfaces)

    def _bare_office(self, text: str, start: int, end: int, s: Surface, before: list[Mention], state: _State,
                     ref_date: date | None) -> str | None:
        """names.json "bare_offices" {"country": C, "offices": [...], "not_after": regex}: an office word
        standing alone (no capitalised word after it, not after "not_after") names C's holder when the
        document named them, else the last person named with that office, else C's holder on the
        reference date ('Thủ tướng nhấn mạnh' in Vietnamese press is Vietnam's PM)."""
        data = self.gaz.names.get(s.lang, {}).get("bare_offices")
        if not data or not s.role or match_form(text[start:end]) not in {match_form(o) for o in data.get("offices", ())}:
            return None
        following = text[end:end + 40].lstrip(" ")
        if not following or following[0].isupper() or following[0].isdigit() or following[0] in "\n\r|>»›":
            return None     # 'Hội nghị Bộ trưởng Ngoại giao ASEAN', 'Thủ tướng Ishiba', a menu item: no office alone
        if data.get("not_after") and re.search(f"(?:{data['not_after']})\\s*$", match_form(text[max(0, start - 30):start])):
            return None
        country = data.get("country")
        if (person := state.seen_offices.get((s.role, country))) is not None:
            return person
        last = next((m.entity for m in reversed(before) if m.type == "Person" and m.entity and m.role == s.role), None)
        if last is not None:
            return last
        holder = self.cat.holder(s.role, country, ref_date) if ref_date is not None else None
        return holder.id if holder else None

    def _note_office(self, m: Mention, state: _State) -> None:
        if m.entity and m.type == "Person":
            for o in self._entity(m.entity).offices:
                state.seen_offices.setdefault((o.role, o.of), m.entity)

    def _track_speakers(self, out: list[Mention], folded: str, spans: list[Span], state: _State) -> None:
        """A person followed (or preceded, for 'said X') by a speech verb speaks for the paragraph."""
        for m in out:
            if m.type != "Person" or not m.entity:
                continue
            span = spans[m.sentence]
            verbs = self.gaz.names.get(span.lang.split("-")[0], {}).get("speech_verbs", ())
            after = folded[m.end:m.end + 12].lstrip(" ,，")
            before = folded[max(span.start, m.start - 12):m.start].rstrip()
            if any(after.startswith(v) for v in verbs) or any(before.endswith(v) for v in verbs):
                state.speaker[span.paragraph] = m.entity

    def principals(self, mentions: list[Mention], etype: str, prefer: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The document's two most-mentioned entities of a type (different countries for persons); of
        equally frequent ones, those in `prefer` (the principal persons' countries) first."""
        counts = Counter(m.entity for m in mentions if m.entity and m.type == etype)
        first: dict[str, int] = {}
        for m in mentions:
            if m.entity and m.type == etype:
                first.setdefault(m.entity, m.start)
        ranked = sorted(counts, key=lambda e: (-counts[e], e not in prefer, first[e]))
        if not ranked:
            return ()
        top = ranked[0]
        if etype == "Person":
            nation = self._entity(top).country
            others = [e for e in ranked[1:] if self._entity(e).country != nation] or ranked[1:]
        else:
            others = ranked[1:]
        return (top, others[0]) if others else (top,)

    def _agreement_parties(self, out: list[Mention]) -> tuple[str, ...]:
        """The countries named inside the names of the document's agreements, when the text names them nowhere else."""
        found: list[str] = []
        for m in out:
            if m.type != "Agreement":
                continue
            name = self._folded[m.start:m.end]
            first = re.search(r"\s", name)     # after the head word: the whole name hides its parts
            for h in self.gaz.find(name[first.end():]) if first else ():
                for x in h.surfaces:
                    if x.kind == PAIR and x.ref2:
                        found += [x.ref, x.ref2]
                    elif x.kind in (NAME, PART) and x.ref in self.cat and self.cat[x.ref].type == "Country" \
                            and (x.kind == NAME or x.slot == "name"):
                        found.append(x.ref)
        return tuple(dict.fromkeys(found))

    def _resolve_pending(self, out: list[Mention], spans: list[Span], state: _State,
                         ref_date: date | None = None) -> list[Mention]:
        persons = self.principals(out, "Person")
        nations = tuple(c for p in persons if (c := self._entity(p).country) in self.cat)
        countries = self.principals(out, "Country", nations)
        if len(countries) < 2:      # "Chinese President Xi met Russian President Putin. The two countries ..."
            paired = [c for m in out if m.kind == PAIR and self.gaz.names.get(spans[m.sentence].lang.split("-")[0], {})
                      .get("collectives_from_pairs") for c in m.members if c in self.cat]    # '中俄 … 双方'
            countries = tuple(dict.fromkeys([*countries, *nations, *paired]))[:2]
        if len(countries) < 2 and spans and self.gaz.names.get(spans[0].lang.split("-")[0], {}).get("collectives_from_agreements"):
            titled = self._agreement_parties(out)     # 'hai bên đã ký … Việt Nam - Nga': the parties its title names
            if len(titled) == 2:
                countries = titled
        result: list[Mention] = []
        for m in out:
            if m.kind == COLLECTIVE and m.role:     # 'the two foreign ministers', '两位总理'
                holders = self._office_pair(m, out, ref_date)
                if holders:
                    result.append(replace(m, members=holders))
                continue
            if m.kind == COLLECTIVE and m.type == "Country" and result and result[-1].kind == PAIR \
                    and _adjacent(self._folded, result[-1].end, m.start):
                result.append(replace(m, members=result[-1].members))     # '伊中两国', 'China-Russia, both countries'
                continue
            if m.kind == COLLECTIVE:
                pair = self._recent_pair(m, result)
                if pair:        # 'Putin also met Modi. The two leaders / the two sides …'
                    members = pair if m.type == "Person" else tuple(self._entity(p).country for p in pair)
                else:
                    members = persons if m.type == "Person" else countries
                if len(members) == 2:
                    result.append(replace(m, members=members))
                continue
            if m.kind == PRONOUN:
                resolved = self._pronoun(m, result, spans, state, persons)
                if resolved:
                    result.append(resolved)
                continue
            result.append(m)
        return result

    def _holds(self, p: Mention, role: str, ref_date: date | None) -> bool:
        """The person mention names a holder of `role` ('minister': any *_minister office): by its title,
        else by the catalogue's office terms on the reference date (undated: an office still held)."""
        return _fits(p.role, role) or any(_fits(o.role, role) and (o.held_on(ref_date) if ref_date else o.end is None)
                                          for o in self._entity(p.entity).offices)

    def _office_pair(self, m: Mention, mentions: list[Mention], ref_date: date | None) -> tuple[str, str] | None:
        """names.json "office_collectives": the pair of the sentence just before (see `_recent_pair`) when both
        hold the collective's office, else the two persons, of two countries, holding it named last before it
        (else first after it) in the document; None when the text names fewer."""
        before = [p for p in reversed(mentions) if p.end <= m.start]
        pair = self._recent_pair(m, mentions)
        if pair and all(any(p.entity == e and self._holds(p, m.role, ref_date) for p in before) for e in pair):
            return pair         # 'Wang Yi met Lavrov. … The two foreign ministers …': the pair just reported
        after = [p for p in mentions if p.start >= m.end]
        found: list[str] = []
        for p in before + after:
            if p.type != "Person" or not p.entity or p.entity in found or not self._holds(p, m.role, ref_date):
                continue
            if found and self._entity(p.entity).country == self._entity(found[0]).country:
                continue
            found.append(p.entity)
            if len(found) == 2:
                return found[0], found[1]
        return None

    def _recent_pair(self, m: Mention, before: list[Mention], back: int = 2) -> tuple[str, str] | None:
        """The two persons, of two countries, of the latest sentence (the mention's own or one of the
        `back` before it) that names exactly two; None when that sentence names more."""
        for k in range(m.sentence, max(-1, m.sentence - back - 1), -1):
            ids = list(dict.fromkeys(p.entity for p in before if p.sentence == k and p.type == "Person"
                                     and p.entity and p.end <= m.start))
            if len(ids) > 2:
                return None
            nations = {self._entity(p).country for p in ids}
            if len(ids) == 2 and len(nations) == 2 and nations <= set(self.cat.entities):
                return ids[0], ids[1]
        return None

    def _pronoun(self, m: Mention, before: list[Mention], spans: list[Span], state: _State,
                 persons: tuple[str, ...]) -> Mention | None:
        paragraph = spans[m.sentence].paragraph
        speaker = state.speaker.get(paragraph)
        if m.role == "speaker" and speaker:
            return replace(m, entity=speaker)
        if m.role == "speaker_country" and speaker and self._entity(speaker).country in self.cat:
            return replace(m, entity=self._entity(speaker).country, type="Country")
        if m.role == "addressee" and speaker and len(persons) == 2 and speaker in persons:
            other = persons[0] if persons[1] == speaker else persons[1]
            return replace(m, entity=other)
        if m.role == "third":
            person = self._third_person(m, before, spans)
            return replace(m, entity=person) if person else None
        if m.role == "object":      # 'him': never the one person before it in its sentence ('Putin met him')
            same = {r for p in before if p.sentence == m.sentence and p.type == "Person" for r in p.refs}
            if len(same) > 1:
                return None
            other = self._previous_subject(m, before, spans, self.gaz.names.get(spans[m.sentence].lang.split("-")[0], {}))
            return replace(m, entity=other) if other and other not in same else None
        if m.role == "pair":        # 'they/他们/họ/они' opening a clause: only the two persons just named
            opener = self._folded[spans[m.sentence].start:m.start]
            if not re.fullmatch(r"(?:[^,，]{0,25}[,，])?\s*", opener):
                return None
            last = next((p for p in reversed(before) if p.type == "Person" and p.refs), None)
            if last is not None and last.is_group and len(last.members) == 2 and m.sentence - last.sentence <= 1:
                return replace(m, members=last.members)     # 'The two leaders signed … They also visited …'
            pair = self._recent_pair(m, before, back=1)
            return replace(m, members=pair) if pair else None
        return None

    def _third_person(self, m: Mention, before: list[Mention], spans: list[Span]) -> str | None:
        """'he/他/ông/он': the one person named before it in its sentence ('Putin said he …'; of several,
        the one right before a speech verb), else the subject of the previous sentence: its one person,
        the person it opens with, or of two the one not inside an opening phrase ('At the invitation of
        Putin, Xi …'). None when two compete ('Xi and Putin met. He …')."""
        names = self.gaz.names.get(spans[m.sentence].lang.split("-")[0], {})
        same = [p for p in before if p.sentence == m.sentence and p.type == "Person" and p.refs]
        if same:
            one = len({r for p in same for r in p.refs}) == 1 and same[-1].entity
            span = spans[m.sentence]
            if one and names.get("object_pronoun_partner") and \
                    not _is_subject(self._folded[span.start:m.start], span.lang):
                # '普京当晚在克里姆林宫与他举行会晤': after 'with/to', the partner of the sentence's one
                # person, someone else: the subject of the previous sentence
                other = self._previous_subject(m, before, spans, names)
                return other if other != same[-1].entity else None
            if one:
                return same[-1].entity
            gap = self._folded[same[-1].end:m.start].strip(" ,，")
            speech = any(gap.startswith(v) for v in names.get("speech_verbs", ()))
            return same[-1].entity if speech and len(gap) <= 24 and same[-1].entity else None
        return self._previous_subject(m, before, spans, names)

    def _previous_subject(self, m: Mention, before: list[Mention], spans: list[Span], names: dict) -> str | None:
        prev = [p for p in before if p.sentence == m.sentence - 1 and p.type == "Person" and p.refs]
        if not prev or any(not p.entity for p in prev):
            return None
        ids = list(dict.fromkeys(p.entity for p in prev))
        if len(ids) == 1:
            return ids[0]
        joiners = names.get("subject_joiners", ())
        for a, b in zip(prev, prev[1:]):
            if a.entity != b.entity and a.entity == prev[0].entity and self._folded[a.end:b.start].strip() in joiners:
                return None     # 'Xi and Putin …': a pair, no one subject ('Xi met A and B': Xi is)
        span = spans[prev[0].sentence]
        if _is_subject(self._folded[span.start:prev[0].start], span.lang):
            return ids[0]
        # 'At the invitation of Putin, Xi …', 'по приглашению Си Цзиньпина прибыл Путин': the other one
        return ids[1] if len(ids) == 2 else None


@cache
def name_patterns(folder: str, key: str) -> tuple[re.Pattern, ...]:
    """A names.json list of regexes over folded text, compiled: "event_anaphora_patterns" (a group
    'head', the head noun or its stem in inflecting languages, and optionally 'np', the mention
    without a preposition), "organization_event_patterns", "country_anaphora_patterns" and
    "leader_epithet_patterns" and "here_patterns" (a group 'np')."""
    return tuple(re.compile(p) for p in language_data(folder, "names").get(key, ()))


@cache
def _summit_patterns(folder: str, kind: str) -> tuple[re.Pattern, ...]:
    """names.json "summit_anaphora" patterns of one kind ("organization" or "edition")."""
    return tuple(re.compile(p) for p in language_data(folder, "names").get("summit_anaphora", {}).get(kind, ()))


@cache
def _ending_pattern(folder: str, key: str) -> re.Pattern | None:
    """The names.json regex under `key`, anchored to end where the searched stretch ends (it ends right
    before a name: 'правительство ' before 'Путина', 'Thống đốc tỉnh ' before 'Amur')."""
    raw = language_data(folder, "names").get(key)
    return re.compile(f"(?:{raw})$") if raw else None


@cache
def _series_of_organizations() -> dict[str, str]:
    """series.json "organization": the organisation whose recurring event a series is (brics -> brics-summit)."""
    return {raw["organization"]: raw["id"] for raw in series_data() if raw.get("organization")}


YEAR_REACH = 16     # characters around a generic event name where its year is written ('саммит ОДКБ 2019 года')
RELATIVE_YEAR_REACH = 24    # ... where a relative year word stands ('саммите БРИКС в следующем году')


YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _years(text: str) -> set[int]:
    """The years written in `text`."""
    return {int(y) for y in YEAR.findall(text)}


def _undated_editions(cat: Catalogue) -> dict[tuple[str, int], list[str]]:
    """(series, year) -> the series' catalogue editions without a day whose names hold that year
    ('18th BRICS summit', alias '2026 BRICS summit'): an announced edition a year word can still name."""
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for series, events in series_members(cat).items():
        for eid in events:
            if cat[eid].day is None:
                for year in sorted({y for name in cat[eid].names for y in _years(name)}):
                    out[(series, year)].append(eid)
    return dict(out)


def _years_near(folded: str, start: int, end: int, lang: str = "") -> set[int]:
    """Years written right before or after a mention ('the 2019 CSTO summit', '2019年集安组织峰会'), not
    elsewhere in its sentence ('…lần thứ 47 … kể từ năm 1999'), nor the start of a period (dates.json
    "since": 'Since 2015, the Eastern Economic Forum …', '自2015年起', 'с 2015 года')."""
    a = max(0, start - YEAR_REACH)
    since = since_pattern(lang) if lang else None
    return {int(m.group(1)) for m in YEAR.finditer(folded, a, end + YEAR_REACH)
            if since is None or not since.search(folded[max(0, m.start() - 12):m.end() + 4])}


@cache
def _exact_case(folder: str) -> dict[str, frozenset[str]]:
    """names.json "exact_case_names": names that are names only in exactly that case ('US', not the pronoun 'us')."""
    out: dict[str, set[str]] = {}
    for name in language_data(folder, "names").get("exact_case_names", {}):
        if name != "source_note":
            out.setdefault(match_form(name), set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


def _wrong_case(mtext: str, folder: str) -> bool:
    """A hit on an "exact_case" name written in another case ('let us', 'US' in 'told us')."""
    exact = _exact_case(folder)
    return bool(exact) and mtext not in exact.get(match_form(mtext), (mtext,))


@cache
def _anaphora_modifiers(folder: str) -> re.Pattern | None:
    """names.json "event_anaphora_modifiers": words right after 'the summit' that make it another event."""
    modifiers = language_data(folder, "names").get("event_anaphora_modifiers", ())
    return re.compile(rf" (?:{'|'.join(map(re.escape, modifiers))})\b") if modifiers else None


@cache
def _object_marker(lang: str) -> re.Pattern | None:
    """names.json "object_markers": words right before a person that make it no subject ('invitation of',
    'with', '应', 'с', 'của')."""
    names = language_data(lang, "names")
    words = names.get("object_markers")
    if not words:
        return None
    body = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?:(?<!\w)(?:{body})|{body})\s*$" if not names.get("word_boundaries", True)
                      else rf"(?<!\w)(?:{body})\s*$")


def _is_subject(prefix: str, lang: str) -> bool:
    """A person after `prefix` (its sentence up to the name) may be the subject."""
    marker = _object_marker(lang)
    return marker is None or not marker.search(prefix)


def _fits(held: str | None, role: str) -> bool:
    """An office role answers a collective's role ('minister' is any '*_minister')."""
    return held is not None and (held == role or held.endswith("_" + role))


def _stands_alone(text: str, end: int) -> bool:
    """No name follows: the next word after `end` does not start with a capital letter."""
    rest = text[end:end + 3].lstrip(" ")
    return not rest or not rest[0].isupper()


def _adjacent(folded: str, end: int, start: int) -> bool:
    """Two spans touch: only spaces, a middle dot or nothing between them."""
    gap = folded[end:start]
    return len(gap) <= 3 and all(c in " ·." for c in gap)


def _shaped_org_before(text: str, folded: str, span: Span, out: list[Mention], at: int) -> bool:
    """Whether an organisation the catalogue lacks, found by its shape (shapes.json "organization"), ends right
    before `at` in the sentence ('中国银行董事长葛海蛟': the chairman is the bank's, though the bank is found later)."""
    from .shaped import name_shape
    shape = name_shape(span.lang, "organization")
    if shape is None:
        return False
    starts: dict[int, set[str]] = {}
    for m in out:
        if span.start <= m.start < at:
            starts.setdefault(m.start, set()).add(m.type)
    return any(b == at for _, b in shape.find(text, folded, span.start, at, starts))
