"""Surface-form index: every string that can name an entity, a role, a side or a collective.

Built once per process from the catalogue and the per-language `names.json` files, then
searched with one Aho-Corasick automaton over the folded text (kg.text.match_form).
Needs: a Catalogue. Adds: `Surface` hits with their span, kind and payload.
"""
from __future__ import annotations

import itertools
import json
import os
import re
import pickle
import tempfile
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Iterator

import ahocorasick

from kg.catalogue import Catalogue, Entity, data_fingerprint, load_catalogue
from kg.lang import LANGUAGE_FOLDERS, load
from kg.text import fold, is_word_char, match_form, strip_marks

from . import inflect as inflect_module
from . import venues as venues_module
from .inflect import adjective_forms, case_forms, inflect_pattern
from .venues import places_named_in

# kinds of surface
NAME, SHORT, TITLE, HONORIFIC, SIDE, PAIR, COLLECTIVE, PRONOUN, SERIES, IGNORE, PART = (
    "name", "short", "title", "honorific", "side", "pair", "collective", "pronoun", "series", "ignore", "part")
_PRIORITY = {IGNORE: -1, NAME: 0, SIDE: 1, PAIR: 1, SERIES: 2, TITLE: 2, COLLECTIVE: 3, SHORT: 4, HONORIFIC: 5,
             PRONOUN: 6, PART: 7}
_SLOT = re.compile(r"\{(\w+?)(2?)(?:@\w+)?\}")


@dataclass(frozen=True, slots=True)
class Surface:
    """What a surface string stands for. `ref` is an entity id, a country id or a role."""
    kind: str
    ref: str | None = None          # entity id (name/short/side), country id (title) or collective type
    ref2: str | None = None         # second country of a pair
    role: str | None = None         # office role for title/honorific; pronoun role
    lang: str = "en"                # language folder the surface comes from
    lead: int = 0                   # leading context characters that are not part of the mention (访华 -> 华)
    slot: str | None = None         # PART: the pattern slot this word fills (adj, comb, name)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    surfaces: tuple[Surface, ...]

    @property
    def kind(self) -> str:
        return min((s.kind for s in self.surfaces), key=_PRIORITY.__getitem__)


def _cuts_word(text: str, start: int, end: int) -> bool:
    """text[start:end] begins or ends inside a word (a word character on both sides of either edge)."""
    return (start > 0 and is_word_char(text[start]) and is_word_char(text[start - 1])) \
        or (end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]))


def _entity_surfaces(e: Entity) -> Iterator[tuple[str, str, str]]:
    """(language folder, string, kind) for every label, alias and short form of an entity."""
    for tag, label in e.labels.items():
        yield tag.split("-")[0], label, NAME
    for lang, names in e.aliases.items():
        for n in names:
            yield lang.split("-")[0], n, NAME
    for lang, names in e.short.items():
        for n in names:
            yield lang.split("-")[0], n, SHORT
    if e.type == "Person":      # Chinese press calls a foreigner by the family name: '劳埃德·奥斯汀' -> '奥斯汀'
        for tag, label in e.labels.items():
            family = label.rsplit("·", 1)[-1] if tag.startswith("zh") and "·" in label else ""
            if len(family) >= 2:
                yield "zh", family, SHORT


_CJK_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cjk_number(word: str) -> int | None:
    """'十六' -> 16, '二十五' -> 25, '一百零二' -> 102; None for what is no plain CJK numeral."""
    total, digit = 0, None
    for ch in word:
        if ch in _CJK_DIGITS:
            digit = _CJK_DIGITS[ch]
        elif ch in "十百":
            total += (1 if digit is None else digit) * (10 if ch == "十" else 100)
            digit = None
        else:
            return None
    return total + (digit or 0) if word else None


def _ordinal_digits(text: str, pattern: str) -> str | None:
    """names.json "ordinal_digits" (a regex with a group 'n' holding a CJK numeral): the same name with
    the numeral in Arabic digits ('金砖国家领导人第十六次会晤' -> '…第16次会晤'), or None."""
    def digits(m: re.Match) -> str:
        n = _cjk_number(m.group("n"))
        return m.group(0) if n is None else m.group(0).replace(m.group("n"), str(n), 1)
    out = _ordinal_pattern(pattern).sub(digits, text)
    return out if out != text else None


@cache
def _ordinal_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern)


class Gazetteer:
    """All surfaces of all languages in one automaton."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self._table: dict[str, set[Surface]] = {}
        self.names = {f: load(f, "names") for f in LANGUAGE_FOLDERS}
        generics = {raw["generic"] for raw in series_data() if raw.get("generic")}
        for e in catalogue.entities.values():
            if e.id in generics:        # its names are its series' surfaces (_add_series)
                continue
            for lang, text, kind in _entity_surfaces(e):
                self._add_phrase(lang, text, Surface(kind, e.id, lang=lang), self._surname_first(lang, e))
        self.series: dict[str, tuple[str, ...]] = {}
        self.series_labels: dict[str, str] = {}         # open series -> label of a provisional edition
        self.series_generic: dict[str, str] = {}        # series -> catalogue entity when no edition fits
        self.venues: dict[str, frozenset[str]] = {}      # edition -> places its names contain (Kazan BRICS summit)
        self.patterns: list[_Pattern] = []
        self._add_series()
        for lang, data in self.names.items():
            if data:
                self._add_language(lang, data)
        self._table = {key: tuple(sorted(surfaces, key=repr)) for key, surfaces in self._table.items()}
        self._automaton = self._compile(self._table)

    @staticmethod
    def _compile(table: dict[str, tuple[Surface, ...]]) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key, surfaces in table.items():
            automaton.add_word(key, (len(key), surfaces))
        automaton.make_automaton()
        return automaton

    def __getstate__(self) -> dict:
        """Compact pickled form: unique surfaces as plain tuples, keys as indexes; no automaton."""
        unique = sorted({s for group in self._table.values() for s in group}, key=repr)
        index = {s: i for i, s in enumerate(unique)}
        return {"catalogue": self.catalogue, "names": self.names, "series": self.series, "patterns": self.patterns,
                "venues": self.venues, "series_labels": self.series_labels, "series_generic": self.series_generic,
                "surfaces": [(s.kind, s.ref, s.ref2, s.role, s.lang, s.lead, s.slot) for s in unique],
                "table": {k: tuple(index[s] for s in group) for k, group in self._table.items()}}

    def __setstate__(self, state: dict) -> None:
        self.catalogue, self.names, self.series = state["catalogue"], state["names"], state["series"]
        self.patterns, self.venues, self.series_labels = state["patterns"], state["venues"], state["series_labels"]
        self.series_generic = state["series_generic"]
        surfaces = [Surface(*fields) for fields in state["surfaces"]]
        self._table = {k: tuple(surfaces[i] for i in ids) for k, ids in state["table"].items()}
        self._automaton = self._compile(self._table)

    # -- building -------------------------------------------------------------------
    def _add(self, text: str, surface: Surface) -> None:
        key = fold(text)
        if len(key) < 2 and surface.kind not in (PRONOUN, PART):
            return
        self._table.setdefault(key, set()).add(surface)

    def _surname_first(self, lang: str, e: Entity) -> bool:
        """names.json "surname_first_countries": a person of those countries declines only the last
        word of the name (Russian: с Дун Цзюнем, с Ван Вэньтао)."""
        countries = (self.names.get(lang) or {}).get("surname_first_countries", ())
        return e.type == "Person" and e.country in countries

    def _add_phrase(self, lang: str, text: str, surface: Surface, last_only: bool = False) -> None:
        """Add a string with the variants its language generates (case forms, no diacritics)."""
        data = self.names.get(lang) or {}
        forms = case_forms(text, last_only) if data.get("inflect") else [text]
        if data.get("ordinal_digits"):
            forms = forms + [v for v in map(lambda f: _ordinal_digits(f, data["ordinal_digits"]), forms) if v]
        if data.get("quote_variants"):     # '第三届“一带一路”…' also as '第三屆「一帶一路」…' and without quotes
            table = str.maketrans(data["quote_variants"])
            bare = str.maketrans("", "", "".join(data["quote_variants"]))
            forms = list(dict.fromkeys(forms + [f.translate(table) for f in forms] + [f.translate(bare) for f in forms]))
        for form in forms:
            self._add(form, surface)
            if data.get("diacritic_variants") and " " in form.strip():
                self._add(strip_marks(form), surface)

    def _add_series(self) -> None:
        """Generic names of recurring events (kg/data/catalogue/series.json). A series with an
        "edition_label" ('{year} CSTO summit') is open: an edition the catalogue lacks is provisional.
        A series with a "generic" catalogue entity (the Eastern Economic Forum as such) takes that entity's
        labels and aliases as its surfaces; the entity is what they name when no edition fits."""
        every = series_members(self.catalogue)
        for raw in series_data():
            members = tuple(e for e in every[raw["id"]] if self.catalogue[e].day)
            generic = self.catalogue.entities.get(raw.get("generic", ""))
            if generic is not None:
                self.series_generic[raw["id"]] = generic.id
            if raw.get("edition_label"):
                self.series_labels[raw["id"]] = raw["edition_label"]
            elif not members and generic is None:
                continue
            self.series[raw["id"]] = members
            for eid in members:
                self.venues[eid] = places_named_in(self.catalogue, eid)
            for lang, texts in raw.get("surfaces", {}).items():
                for text in texts:
                    self._add_phrase(lang, text, Surface(SERIES, raw["id"], lang=lang))
            for lang, text, kind in (_entity_surfaces(generic) if generic is not None else ()):
                if kind == NAME:
                    self._add_phrase(lang, text, Surface(SERIES, raw["id"], lang=lang))
            self._add_venue_series(raw["id"], members, raw.get("venue_surfaces", {}))

    def _add_venue_series(self, series: str, members: tuple[str, ...], patterns: dict[str, list[str]]) -> None:
        """series.json "venue_surfaces" ('上合组织{place}峰会'): the editions held at that place, a
        sub-series resolved by date like the series ('上合组织阿斯塔纳峰会': 2017 or 2024)."""
        if not patterns:
            return
        for place in sorted({p for e in members for p in self.venues[e]}):
            editions = tuple(e for e in members if place in self.venues[e])
            sub = f"{series}@{place}"
            self.series[sub] = editions
            entity = self.catalogue[place]
            for lang, texts in patterns.items():
                names = [v for k, v in entity.labels.items() if k.split("-")[0] == lang]
                for name in names + list(entity.aliases.get(lang, ())):
                    for text in texts:
                        self._add_phrase(lang, text.replace("{place}", name), Surface(SERIES, sub, lang=lang))

    def _country_words(self, lang: str, country: Entity) -> dict[str, list[str]]:
        names = [v for k, v in country.labels.items() if k.split("-")[0] == lang]
        names += list(country.aliases.get(lang, ()))
        adjectives = list(country.adjectives.get(lang, ()))
        combining = self.names.get(lang, {}).get("combining_forms", {})    # российский -> российско(-китайский)
        return {
            "name": [n for n in names if len(fold(n)) > 1],
            "adj": adjectives,
            "comb": [a[:-len(end)] + rep for a in adjectives[:1] for end, rep in combining.items() if a.endswith(end)],
            "abbr": list(country.zh_abbr) if lang == "zh" else [],
        }

    def _add_language(self, lang: str, data: dict) -> None:
        countries = self.catalogue.countries()
        words = {c.id: self._country_words(lang, c) for c in countries}
        inflect = bool(data.get("inflect"))
        for role, offices in data.get("offices", {}).items():
            for office in offices:
                self._add_phrase(lang, office, Surface(HONORIFIC, None, role=role, lang=lang))
        for c in countries:         # words that fill title and pair patterns: composed in find()
            for adj in words[c.id]["adj"]:
                for form in (adjective_forms(adj) if inflect else [adj]):
                    self._add(form, Surface(PART, c.id, lang=lang, slot="adj"))
            for comb in words[c.id]["comb"]:
                self._add(comb, Surface(PART, c.id, lang=lang, slot="comb"))
            for abbr in words[c.id]["abbr"]:
                self._add(abbr, Surface(PART, c.id, lang=lang, slot="abbr"))
        self.patterns.extend(_Pattern.parse(p, TITLE, lang) for p in data.get("title_patterns", ()))
        for title, (role, country) in data.get("domestic_titles", {}).items():
            if country in self.catalogue:
                self._add(title, Surface(TITLE, country, role=role, lang=lang))
        for word, eid in data.get("exact_case_names", {}).items():
            if eid in self.catalogue:       # 'US' (only so written: see mentions._wrong_case)
                self._add(word, Surface(NAME, eid, lang=lang))
        for phrase in data.get("not_entities", ()):
            self._add_phrase(lang, phrase, Surface(IGNORE, None, lang=lang))
        for h in data.get("honorifics", ()):
            self._add(h, Surface(HONORIFIC, None, lang=lang))
        for prefix in data.get("abbr_prefixes", ()):
            for c in countries:
                for abbr in words[c.id]["abbr"]:
                    self._add(prefix + abbr, Surface(SIDE, c.id, lang=lang, lead=len(prefix)))
            if lang == "zh" and prefix not in ("驻", "对"):     # cities: 抵京, 在沪期间, 普京抵津 (not 驻京记者)
                for place in self.catalogue.entities.values():
                    if place.type == "Place":
                        for abbr in place.zh_abbr:
                            self._add(prefix + abbr, Surface(NAME, place.id, lang=lang, lead=len(prefix)))
        for pattern in data.get("side_patterns", ()):
            for c in countries:
                for phrase in _fill(pattern, words[c.id], {}):
                    for form in (inflect_pattern(phrase) if inflect else [phrase]):
                        self._add(form, Surface(SIDE, c.id, lang=lang))
        for word, country in data.get("short_country_names", {}).items():
            if word != "source_note" and country in self.catalogue:
                self._add(word, Surface(PART, country, lang=lang, slot="name"))
        for pattern in data.get("pair_patterns", ()):
            if "{abbr" in pattern:      # one-character abbreviations (中俄) cannot be words of their own
                for a, b in itertools.permutations(countries, 2):
                    for phrase in _fill_pair(pattern, words[a.id], words[b.id]):
                        self._add(phrase, Surface(PAIR, a.id, b.id, lang=lang))
            else:
                self.patterns.append(_Pattern.parse(pattern, PAIR, lang))
        for ctype, phrases in data.get("collectives", {}).items():
            for p in phrases:
                self._add(p, Surface(COLLECTIVE, ctype, lang=lang))
        for role, phrases in data.get("office_collectives", {}).items():
            for p in phrases:       # 'the two foreign ministers': the two persons of that office
                self._add(p, Surface(COLLECTIVE, "Person", role=role, lang=lang))
        for role, phrases in data.get("pronouns", {}).items():
            for p in phrases:
                self._add(p, Surface(PRONOUN, None, role=role, lang=lang))
        for p in data.get("speaker_country", ()):
            self._add(p, Surface(PRONOUN, None, role="speaker_country", lang=lang))
        self._add_label_variants(lang, data.get("label_variants", ()))

    def _add_label_variants(self, lang: str, rules: list[dict]) -> None:
        """names.json "label_variants": shorter forms of long titles, by regex on the folded label
        ('中华人民共和国和俄罗斯联邦关于…的联合声明' is also cited as '中俄关于…的联合声明')."""
        for rule in rules:
            pattern, types = re.compile(rule["pattern"]), set(rule.get("types", ()))
            for e in self.catalogue.entities.values():
                if types and e.type not in types:
                    continue
                labels = [v for k, v in e.labels.items() if k.split("-")[0] == lang] + list(e.aliases.get(lang, ()))
                for label in labels:
                    short, n = pattern.subn(rule["replace"], fold(label), count=1)
                    if n and len(short) >= rule.get("min_length", 8):
                        self._add(short, Surface(NAME, e.id, lang=lang))

    # -- searching ------------------------------------------------------------------
    def names_inside(self, folded: str, start: int, end: int) -> Iterator[tuple[int, Hit]]:
        """Hits inside a multi-word name folded[start:end] once its head word(s) are cut off, cutting
        at each space in turn ('саммит ШОС в Тяньцзине' -> 'ШОС в Тяньцзине' -> 'в Тяньцзине' ...):
        (the cut, a hit with offsets relative to `start`)."""
        cut = folded.find(" ", start, end)
        while cut != -1:
            inner = " " * (cut - start) + folded[cut:end]
            for h in self.find(inner):
                yield cut, h
            cut = folded.find(" ", cut + 1, end)

    def countries_inside(self, folded: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """Countries named by their own name strictly inside the name folded[start:end]
        ('invasion of Ukraine', 'xung đột Ukraine'): (start, end, country id)."""
        inner = folded[start:end]
        found: list[tuple[int, int, str]] = []
        for end_idx, (length, surfaces) in self._automaton.iter(inner):
            s, e = end_idx - length + 1, end_idx + 1
            if (s, e) == (0, len(inner)) or _cuts_word(inner, s, e):
                continue
            country = next((x.ref for x in surfaces if x.kind == NAME and not x.lead and x.ref in self.catalogue
                            and self.catalogue[x.ref].type == "Country"), None)
            if country:
                found.append((s, e, country))
        for s, e, country in found:     # not '俄罗斯' inside '白俄罗斯'
            if not any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in found):
                yield start + s, start + e, country

    def find(self, folded: str) -> list[Hit]:
        """Non-overlapping hits in `folded` (kg.text.match_form of the text), longest first."""
        raw: list[Hit] = []
        n = len(folded)
        for end_idx, (length, surfaces) in self._automaton.iter(folded):
            start, end = end_idx - length + 1, end_idx + 1
            if _cuts_word(folded, start, end):
                continue
            raw.append(Hit(start, end, surfaces))
        # longest named part first: '对中国' is 中国, not the prefixed abbreviation '对中' + '国'
        raw.sort(key=lambda h: (-(h.end - h.start - h.surfaces[0].lead), h.start))
        taken = bytearray(n + 1)
        chosen: list[Hit] = []
        for h in raw:
            if any(taken[h.start:h.end]):
                # an abbreviation in brackets inside a longer name also names its entity: "... (APEC) ..."
                if h.start > 0 and folded[h.start - 1] == "(" and folded[h.end:h.end + 1] == ")" \
                        and any(s.kind == NAME for s in h.surfaces):
                    chosen.append(h)
                continue
            taken[h.start:h.end] = b"\x01" * (h.end - h.start)
            chosen.append(h)
        chosen.sort(key=lambda h: h.start)
        chosen = self._names_cut(chosen, raw, n)
        chosen = [Hit(h.start + h.surfaces[0].lead, h.end, h.surfaces) if h.surfaces[0].lead else h for h in chosen]
        return [h for h in self._compose(folded, chosen) if h.kind != PART]

    def _is(self, h: Hit, kind: str, type_: str | None = None) -> bool:
        return any(s.kind == kind and (type_ is None or s.ref in self.catalogue and self.catalogue[s.ref].type == type_)
                   for s in h.surfaces)

    def _names_cut(self, chosen: list[Hit], raw: list[Hit], n: int) -> list[Hit]:
        """names.json "names_cut_by_words" (scripts without spaces): an organisation's name that a longer
        country name or an office word cuts is those words: '俄罗斯国防部长' is Russia and the office
        '国防部长' (not '俄罗斯国防部' and '长'), '白俄罗斯国防部…' is Belarus (not '俄罗斯国防部')."""
        if not any(self.names.get(s.lang, {}).get("names_cut_by_words") for h in chosen for s in h.surfaces):
            return chosen
        countries = [r for r in raw if not r.surfaces[0].lead and self._is(r, NAME, "Country")]
        out: list[Hit] = []
        for i, h in enumerate(chosen):
            if not self._is(h, NAME, "Organization") or h.surfaces[0].lead \
                    or not any(self.names.get(s.lang, {}).get("names_cut_by_words") for s in h.surfaces):
                out.append(h)
                continue
            while out and out[-1].kind == PART and out[-1].end == h.start:
                out.pop()           # '白' of '白俄罗斯' left over by the longer '俄罗斯国防部'
            prev, nxt = (out[-1].end if out else 0), (chosen[i + 1].start if i + 1 < len(chosen) else n)
            office = next((r for r in raw if h.start < r.start < h.end < r.end <= nxt and self._is(r, HONORIFIC)), None)
            if office is not None:
                country = max((r for r in countries if r.end == office.start and prev <= r.start <= h.start),
                              key=lambda r: r.end - r.start, default=None)
                out.extend([country, office] if country else [h])
                continue
            crossing = max((r for r in countries if prev <= r.start < h.start < r.end < h.end and r.end - h.start >= 2),
                           key=lambda r: r.end - r.start, default=None)
            out.append(crossing or h)
        return out

    def _first_slots(self, hit: Hit) -> set[tuple[str, str]]:
        """(language, slot) pairs this hit could fill: patterns that cannot start here are skipped."""
        slots = set()
        for s in hit.surfaces:
            if s.kind == HONORIFIC and s.role:
                slots.add((s.lang, "office"))
            elif s.kind == PART:
                slots.add((s.lang, s.slot))
            elif s.kind == NAME and s.ref in self.catalogue and self.catalogue[s.ref].type in ("Country", "Organization"):
                slots.add((s.lang, "name"))
        return slots

    def _compose(self, folded: str, hits: list[Hit]) -> list[Hit]:
        """Join adjacent words into titles and pairs by the languages' patterns:
        'Russian' + ' ' + 'President' -> title (head_of_state, russia); '中国' + '' + '外长';
        'Chủ tịch' + ' ' + 'Trung Quốc'; 'China' + '-' + 'Russia' -> pair."""
        out: list[Hit] = []
        i = 0
        while i < len(hits):
            first = self._first_slots(hits[i])
            for pattern in (p for p in self.patterns if (p.lang, p.slots[0]) in first):
                found = pattern.match(folded, hits, i, self.catalogue)
                if found:
                    out.append(found[0])
                    i += found[1]
                    break
            else:
                out.append(hits[i])
                i += 1
        return out


VIA_ORGANIZATION = "via-organization"    # a title's country slot filled by a national body's name
ORGANIZATION_ROLES = frozenset({"organization_head", "speaker"})   # offices (names.json) that head a body, not a country


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A title or pair pattern ('{adj} {office}', '{office} of {name}', '{name}-{name2}') as slots
    and the exact separators between them."""
    kind: str
    lang: str
    slots: tuple[str, ...]
    separators: tuple[str, ...]
    tail: str = ""      # words after the last slot that belong to the title ('глава {adj} государства')
    role: str = ""      # the title's office when not the office word's own ('глава {adj} МИД': foreign_minister)

    @classmethod
    def parse(cls, pattern: str | dict, kind: str, lang: str) -> "_Pattern":
        role = ""
        if isinstance(pattern, dict):       # {"pattern": "{office} {adj} МИД", "role": "foreign_minister"}
            pattern, role = pattern["pattern"], pattern.get("role", "")
        slots, seps, pos = [], [], 0
        for m in _SLOT.finditer(pattern):
            if slots:
                seps.append(match_form(pattern[pos:m.start()]))
            slots.append(m.group(1))
            pos = m.end()
        return cls(kind, lang, tuple(slots), tuple(seps), match_form(pattern[pos:]), role)

    def _fills(self, slot: str, hit: Hit, cat: Catalogue) -> Surface | None:
        for s in hit.surfaces:
            if s.lang != self.lang:
                continue
            if slot == "office" and s.kind == HONORIFIC and s.role:
                return s
            if slot in ("adj", "comb", "abbr") and s.kind == PART and s.slot == slot:
                return s
            if slot == "name" and s.kind == PART and s.slot == "name":
                return s
            if slot == "name" and s.kind == NAME and s.ref in cat:
                e = cat[s.ref]
                if e.type == "Country":
                    return s
                if e.type == "Organization" and e.country:     # Premier of the State Council of China
                    return replace(s, ref=e.country, role=e.head_office or VIA_ORGANIZATION)
        return None

    def match(self, folded: str, hits: list[Hit], i: int, cat: Catalogue) -> tuple[Hit, int] | None:
        """The composed hit starting at hits[i] and how many hits it consumed, or None."""
        if i + len(self.slots) > len(hits):
            return None
        filled = []
        for k, slot in enumerate(self.slots):
            hit = hits[i + k]
            if k and folded[hits[i + k - 1].end:hit.start] != self.separators[k - 1]:
                return None
            surface = self._fills(slot, hit, cat)
            if surface is None:
                return None
            filled.append(surface)
        start, end = hits[i].start, hits[i + len(self.slots) - 1].end
        if self.tail:
            if not folded.startswith(self.tail, end) or is_word_char(folded[end + len(self.tail):end + len(self.tail) + 1] or " ") \
                    and is_word_char(self.tail[-1]):
                return None
            end += len(self.tail)
        if self.kind == TITLE:
            role = self.role or next(s.role for s in filled if s.kind == HONORIFIC)
            body = next((s.role for s in filled if s.kind != HONORIFIC and s.role), None)
            if body == VIA_ORGANIZATION and role in ORGANIZATION_ROLES:
                return None         # 'State Duma Speaker', 'Gazprom CEO': the body's own head, left to the templates
            if role == "head_of_state" and body:
                if body == VIA_ORGANIZATION:
                    return None     # 'глава Госкорпорации …': the head of a body, not of its country
                role = body         # 'глава МИД России', 'người đứng đầu Bộ Ngoại giao Nga': the foreign minister
            country = next(s.ref for s in filled if s.kind != HONORIFIC)
            return Hit(start, end, (Surface(TITLE, country, role=role, lang=self.lang),)), len(self.slots)
        a, b = filled[0].ref, filled[-1].ref
        if a == b:
            return None
        return Hit(start, end, (Surface(PAIR, a, b, lang=self.lang),)), len(self.slots)


def _fill(pattern: str, words: dict[str, list[str]], extra: dict[str, list[str]]) -> Iterator[str]:
    """Every string the pattern gives with the country's words ({name}, {adj}, {abbr}, {office})."""
    slots = {"name": words["name"], "adj": words["adj"], "abbr": words["abbr"], **extra}
    keys = []
    for part in pattern.split("{")[1:]:
        keys.append(part.split("}")[0])
    choices = []
    for key in keys:
        base = key.split("@")[0]
        values = slots.get(base, [])
        if not values:
            return
        choices.append([(key, v) for v in values])
    for combo in itertools.product(*choices):
        text = pattern
        for key, value in combo:
            text = text.replace("{" + key + "}", value if "@" not in key else f"{value}@{key.split('@')[1]}", 1)
        yield text


def _fill_pair(pattern: str, a: dict[str, list[str]], b: dict[str, list[str]]) -> Iterator[str]:
    """A pair pattern ('{abbr}{abbr2}') filled with the words of country a and country b."""
    yield from _fill(pattern, a, {k + "2": v for k, v in b.items()})


@cache
def series_data() -> tuple[dict, ...]:
    """The entries of kg/data/catalogue/series.json (none when the file is absent)."""
    res = resources.files("kg") / "data" / "catalogue" / "series.json"
    return tuple(json.loads(res.read_text(encoding="utf-8"))["series"]) if res.is_file() else ()


def series_members(cat: Catalogue) -> dict[str, tuple[str, ...]]:
    """Series id -> the catalogue events its "members_match" takes, dated or not (computed once per catalogue)."""
    def build(c: Catalogue) -> dict[str, tuple[str, ...]]:
        events = sorted(e.id for e in c.entities.values() if e.type == "Event")
        return {raw["id"]: tuple(e for e in events if re.search(raw.get("members_match", "(?!)"), e))
                for raw in series_data()}
    return cat.derived("series-members", build)


def _data_fingerprint() -> str:
    """Hash of every data file the gazetteer is built from, and of the code that builds it."""
    code = b"".join(Path(m.__file__).read_bytes() for m in (inflect_module, venues_module)) + Path(__file__).read_bytes()
    return data_fingerprint(code)[:20]


def cache_dir() -> Path:
    """Where built indexes are cached: $KG_CACHE_DIR, else $XDG_CACHE_HOME/cr-kg, else ~/.cache/cr-kg."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cr-kg"


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the bundled data; rebuilt only when a data file changes (disk cache)."""
    path = cache_dir() / f"gazetteer-{_data_fingerprint()}.pickle"
    try:
        with open(path, "rb") as fh:
            gaz = pickle.load(fh)
        if isinstance(gaz, Gazetteer):
            return gaz
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, KeyError, TypeError):
        pass            # missing or from other code: rebuilt below
    gaz = Gazetteer(load_catalogue())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer.")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass            # a read-only home: build in memory every time
    return gaz
