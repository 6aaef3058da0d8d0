"""Named documents the catalogue lacks (or names differently), found by the shape of their title.

News often names an agreement by a paraphrase of its title ("a joint statement on deepening
their comprehensive partnership ...", "双方签署深化两国全面战略协作伙伴关系的联合声明",
"подписали совместное заявление об углублении ..."). Such a title is a head word ("joint
statement", "联合声明", "tuyên bố chung", "совместное заявление") plus what it is about.

Per-language data in kg/lang/<lang>/shapes.json, key "agreement":
  {"heads": [...], "capitalised_heads": [...], "linkers": [...], "parties_words": 8, "possessor": true,
   "stop_words": [...], "stop_chars": ",.;:()\\"", "max_words": 24, "head_last": false,
   "openers": [...], "quotes": [["《", "》"]], "min_topic": 2, "quoted_heads": [...],
   "quote_suffix": "...", "derived": "...", "period": "...", "proper_topic": false}
- head first (en, vi, ru): head, up to `parties_words` words, a linker ("on", "về", "об"), then the
  topic up to a stop character or stop word (a `period` right after the head is part of the title:
  'План действий на 2025–2028 годы по реализации …'; with `proper_topic` one capitalised word is topic
  enough: 'Tuyên bố chung về Syria'); `capitalised_heads` count only when the text
  capitalises them ("Agreement on ...", not "an agreement on prices"); with `possessor` a capitalised
  title keeps the owner right before it ("China's Position on the Political Settlement of …").
- head last (zh): the topic runs from an opener verb ("签署", "发表") or a quote mark to the head;
  `quote_suffix` right after a closing quote extends the title ("《…条约》2018年至2021年实施纲要").
A found title around a known agreement is that agreement, unless words matching `derived` lie outside
the known name: then it is a document about it ("план действий по реализации Договора …",
"the Action Plan for the Implementation of the Treaty …", "《…条约》实施纲要"), a new agreement.
A found title is the catalogue agreement dated within `DAYS` of the document's date whose title
shares most of its words; otherwise a provisional Agreement (IRI new/agreement/<slug>).

Named events the catalogue lacks are found the same way, by the shape of their name: an
ordinal and a head ("the 9th Eastern Economic Forum", "第八届中俄博览会", "中俄总理第二十八次定期会晤",
"Diễn đàn Kinh tế phương Đông lần thứ 9", "XVI саммит БРИКС") or a commemorated anniversary
("the 85th anniversary of the Battles of Khalkhin Gol", "80-летие Победы"). Key "event":
  {"macros": {"ORD": "..."}, "patterns": ["... (?P<name>...) ...", {"pattern": "...", "starts_with": ["Country"]}],
   "folded": false}
each pattern a regular expression whose group `name` is the event's name (with "starts_with", tried
only where a known name of one of those types begins: "中俄", "亚信", "金砖国家"; with "contains", kept
only when a known name of one of those types begins inside it: "第十四次金砖国家…会议"); `{MACRO}` expands to the
macro's expression, `{AFTER:MACRO}` to "right after one of the macro's plain-word alternatives"
(a lookbehind each), and "folded" runs the patterns on the folded text (simplified Chinese) instead
of the original (where capitals count); "skip_title_case" ignores Title Case headlines. A found name
the catalogue's own mentions do not cover becomes a provisional Event (IRI new/event/<slug>).

Declarations named after the city of their summit (key "agreement_name", same form, usually anchored
on a place: "the Samarkand Declaration", "Tuyên bố Kazan") are agreements found the same way.

Organisations the catalogue lacks (key "organization", same form) are names with an organisation head
word: "the Ministry of Economic Development of Russia", "俄罗斯经济发展部", "中国银行", "Ngân hàng Trung ương
Nga", "Министерство экономического развития России", "госкорпорация «Росатом»". A country or place
inside the name is part of it; a known organisation (or other name) overlapping it blocks it (provisional IRI
new/organization/<slug>; Russian case forms share one IRI through the citation form). Keys besides the
patterns: "generic" (a whole name that is a common noun phrase: 'the Foreign Ministry'), "bare" (what is left
around a held country: 'Russian Bank', '俄罗斯公司'), "id_drop" (removed for the id: the owner's possessive).
A found name naming a country is the catalogue organisation of that country with the same other words.

Venues and sites the catalogue lacks (key "place", same form) are names with a head word: "Harbin
Institute of Technology", "哈尔滨工业大学", "sân bay quốc tế Nội Bài", "космодром Восточный". A
place may hold a place's name ("Harbin"), which is then dropped like any name inside a found name.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from kg.catalogue import Catalogue, Entity
from kg.lang import folder_for, language_data
from kg.text import fold, is_cjk, slugify

from .dates import YearReference
from .gazetteer import NAME, SERIES
from .mentions import Mention, Span

DAYS = 7                # a paraphrased title names an agreement signed within a week of the report
MATCH_DATED = 0.6       # share of the found title's words in the catalogue title (document dated)
MATCH_UNDATED = 0.85    # ... when the document gives no day


@dataclass(frozen=True)
class TitleShape:
    heads: tuple[str, ...]
    capitalised: frozenset[str]
    linkers: tuple[str, ...]
    parties_words: int
    stop_words: frozenset[str]
    stop_chars: str
    max_words: int
    head_last: bool
    openers: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]
    min_topic: int
    filler: frozenset[str]
    possessor: bool = False     # a capitalised title keeps its owner ("China's Position on …")
    quoted_heads: tuple[str, ...] = ()  # heads that name a document only inside title quotes ('《…协议》')
    quote_suffix: re.Pattern | None = None  # after a closing quote, makes a document about the quoted one
    # ('《…条约》2018年至2021年实施纲要')
    derived: re.Pattern | None = None   # in a found title around a known one: a document about it, not it
    # ('план действий по реализации Договора …', '《…条约》实施纲要')
    period: re.Pattern | None = None    # right after a head, before the linker: 'на 2025–2028 годы'
    proper_topic: bool = False  # a topic of one capitalised word also counts ('Tuyên bố chung về Syria')
    kept_endings: frozenset[str] = frozenset()  # filler words that end a title all the same ('… biên giới ba nước')

    def find(self, text: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans [a, b) of agreement titles in the sentence text[start:end]."""
        found = self._quoted(folded, start, end)
        finder = self._head_last if self.head_last else self._head_first
        for span in finder(text, folded, start, end):
            if not any(a <= span[0] < b or span[0] <= a < span[1] for a, b in found):
                found.append(span)
        return sorted(found)

    def _quoted(self, folded: str, start: int, end: int) -> list[tuple[int, int]]:
        out = []
        for left, right in self.quotes:
            for m in re.finditer(re.escape(left) + r"([^" + re.escape(left + right) + r"]{2,80})" + re.escape(right),
                                 folded[start:end]):
                inner = m.group(1)
                after = self.quote_suffix.match(folded, start + m.end(), end) if self.quote_suffix else None
                if after:
                    out.append((start + m.start(), after.end()))
                elif any(inner.endswith(h) or inner.startswith(h) for h in self.heads + self.quoted_heads):
                    out.append((start + m.start(1), start + m.end(1)))
        return out

    def _head_last(self, text: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
        out = []
        for head in self.heads:
            for m in re.finditer(re.escape(head), folded[start:end]):
                h = start + m.start()
                opener = max(((folded.rfind(o, start, h), o) for o in self.openers), default=(-1, ""))
                if opener[0] < 0:
                    continue
                a = opener[0] + len(opener[1])
                topic = folded[a:h]
                if len(topic) < self.min_topic or any(c in self.stop_chars for c in topic) \
                        or not all(is_cjk(c) or c.isalnum() for c in topic):
                    continue
                out.append((a, h + len(head)))
        return out

    def _head_first(self, text: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
        out = []
        sentence = folded[start:end]
        for head in self.heads:
            for m in re.finditer(r"(?<!\w)" + re.escape(head) + r"(?!\w)", sentence):
                a = start + m.start()
                if head in self.capitalised and not text[a].isupper():
                    continue
                after = start + m.end()
                period = self.period.match(folded, after, end) if self.period else None
                b = self._topic_end(text, folded, period.end() if period else after, end)
                if b is not None:
                    owner = POSSESSOR_BEFORE.search(text, start, a) if self.possessor and text[a].isupper() else None
                    out.append((owner.start() if owner else a, b))   # "China's Position on …": the owner is in the title
        return out

    def _stops(self, folded: str, at: int, word: str) -> bool:
        """A stop word, or a stop phrase ("в среду", "sau khi") starting at `at`."""
        return word in self.stop_words or any(
            " " in p and folded.startswith(p, at) and not folded[at + len(p):at + len(p) + 1].isalnum()
            for p in self.stop_words)

    def _topic_end(self, text: str, folded: str, pos: int, end: int) -> int | None:
        """End of the title after its head: capitalised parties ("of the Russian Federation and ..."
        in Russian word order), a linker, then the topic up to a stop character or stop word."""
        linked, kept = False, []
        for i, w in enumerate(re.finditer(r"\S+", folded[pos:end])):
            token = w.group(0)
            bare = token.rstrip(self.stop_chars)
            if not bare or token[0] in self.stop_chars or i >= self.max_words \
                    or linked and self._stops(folded, pos + w.start(), bare):
                break
            if not linked:
                if bare in self.linkers:
                    linked = bare == token
                    if not linked:
                        return None
                    continue
                capitalised = text[pos + w.start()].isupper()
                if i >= self.parties_words or bare != token or not (capitalised or bare in self.filler):
                    return None
                continue
            kept.append((bare, pos + w.start() + len(bare)))
            if bare != token:
                break
        while kept and (kept[-1][0] in self.linkers or kept[-1][0] in self.filler) \
                and " ".join(w for w, _ in kept[-2:]) not in self.kept_endings:
            kept.pop()
        topic = sum(1 for word, _ in kept if word not in self.filler and word not in self.linkers)
        if self.proper_topic and topic == 1 and len(kept) == 1 and text[kept[0][1] - len(kept[0][0])].isupper():
            topic = self.min_topic      # one proper name: 'Tuyên bố chung về Syria'
        return kept[-1][1] if linked and topic >= self.min_topic else None


@cache
def title_shape(lang: str) -> TitleShape | None:
    data = language_data(folder_for(lang), "shapes").get("agreement")
    if not data:
        return None
    heads = tuple(sorted((fold(h) for h in data["heads"]), key=len, reverse=True))
    return TitleShape(heads, frozenset(fold(h) for h in data.get("capitalised_heads", ())),
                      tuple(fold(w) for w in data.get("linkers", ())), data.get("parties_words", 0),
                      frozenset(fold(w) for w in data.get("stop_words", ())), data.get("stop_chars", ",.;:()\""),
                      data.get("max_words", 24), data.get("head_last", False),
                      tuple(fold(o) for o in data.get("openers", ())),
                      tuple((fold(a), fold(b)) for a, b in data.get("quotes", ())), data.get("min_topic", 2),
                      frozenset(fold(w) for w in data.get("filler", ())), data.get("possessor", False),
                      tuple(fold(h) for h in data.get("quoted_heads", ())),
                      re.compile(data["quote_suffix"]) if data.get("quote_suffix") else None,
                      re.compile(data["derived"]) if data.get("derived") else None,
                      re.compile(data["period"]) if data.get("period") else None,
                      data.get("proper_topic", False), frozenset(fold(w) for w in data.get("kept_endings", ())))


POSSESSOR_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w-]*['’]s $")
_UPPER = "[" + "".join(sorted({c for c in map(chr, range(0x41, 0x2000)) if c.isupper() and c.isalpha()})) + "]"


@dataclass(frozen=True)
class NameShape:
    patterns: tuple[tuple[re.Pattern, frozenset[str], frozenset[str]], ...]   # (pattern, types of the name it
    # must start with, types of a name it must hold)
    folded: bool
    skip_title_case: bool = False      # capitals mark names only in prose, not in Title Case headlines
    not_after: re.Pattern | None = None     # a name right after this (ending at the name) is not of this kind

    def find(self, text: str, folded: str, start: int, end: int,
             name_starts: dict[int, set[str]]) -> list[tuple[int, int]]:
        """Spans [a, b) of names in the sentence text[start:end], earlier patterns first. A pattern
        with start types is tried only where a name of one of those types begins."""
        source = folded if self.folded else text
        found: list[tuple[int, int]] = []
        if self.skip_title_case and _title_case(text[start:end]):
            return found
        for pattern, anchors, holds in self.patterns:
            if anchors:
                at = sorted(p for p, types in name_starts.items() if start <= p < end and types & anchors)
                matches = [m for p in at if (m := pattern.match(source, p, end))]
            else:
                matches = list(pattern.finditer(source, start, end))
            for m in matches:
                a, b = m.span("name")
                if holds and not any(a <= p < b and types & holds for p, types in name_starts.items()):
                    continue
                if self.not_after and self.not_after.search(source, max(start, a - 60), a):
                    continue        # 'a professor at Fudan University': the university is no place here
                if b > a and not any(x < b and a < y for x, y in found):
                    found.append((a, b))
        return sorted(found)


_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with vs".split())


def _title_case(sentence: str) -> bool:
    """'Putin Visits Harbin Institute After Talks With Xi': a headline with most words capitalised, or
    a line with nearly all of them capitalised."""
    words = [w for w in re.findall(r"(?<![\w'’-])[^\W\d_][\w'’-]*", sentence) if w.lower() not in _SMALL_WORDS]
    share = sum(w[0].isupper() for w in words) / len(words) if len(words) >= 4 else 0.0
    return share >= 0.9 or share >= 0.75 and not sentence.rstrip().endswith((".", "!", "?", '"', "”"))


@cache
def name_shape(lang: str, kind: str) -> NameShape | None:
    """The patterns of shapes.json key `kind` ("event", "place") for the language, if any."""
    data = language_data(folder_for(lang), "shapes").get(kind)
    if not data:
        return None
    macros = {"UPPER": _UPPER, **data.get("macros", {})}

    def expand(pattern: str) -> str:
        for _ in range(4):                   # macros may use other macros
            pattern = re.sub(r"\{AFTER:([A-Z_]+)\}", lambda m: "(?:" + "|".join(
                f"(?<={w})" for w in macros[m.group(1)].split("|")) + ")", pattern)
            pattern = re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{macros[m.group(1)]})", pattern)
        return pattern
    patterns = tuple((re.compile(expand(p)), frozenset(), frozenset()) if isinstance(p, str)
                     else (re.compile(expand(p["pattern"])), frozenset(p.get("starts_with", ())),
                           frozenset(p.get("contains", ()))) for p in data["patterns"])
    return NameShape(patterns, data.get("folded", False), data.get("skip_title_case", False),
                     re.compile(expand(data["not_after"]) + "$") if data.get("not_after") else None)


def _tokens(name: str) -> set[str]:
    """Content tokens of a folded title: words, or character pairs for Chinese."""
    if any(is_cjk(c) for c in name):
        chars = [c for c in name if is_cjk(c)]
        return {a + b for a, b in zip(chars, chars[1:])}
    return {w for w in re.findall(r"\w+", name) if len(w) > 2}


def _catalogue_titles(cat: Catalogue) -> list[tuple[Entity, tuple[set[str], ...]]]:
    out = []
    for e in cat.entities.values():
        if e.type == "Agreement" and not e.provisional:
            out.append((e, tuple(_tokens(fold(n)) for n in e.names)))
    return out


def _known(name: str, ref: date | None, cat: Catalogue, lang: str = "") -> str | None:
    """The catalogue agreement this title paraphrases, if one is dated near the document. With
    shapes.json agreement "head_must_match", a title naming a kind of document ('statement',
    'treaty') only paraphrases a catalogue title of that kind."""
    words = _tokens(name)
    if not words:
        return None
    shape = language_data(folder_for(lang), "shapes").get("agreement", {}) if lang else {}
    kinds = words & {h.split()[-1] for h in shape.get("heads", ())} if shape.get("head_must_match") else set()
    dated = ref is not None and not isinstance(ref, YearReference)
    need = MATCH_DATED if dated else MATCH_UNDATED
    best, best_share = None, need
    for e, titles in cat.derived("agreement-titles", _catalogue_titles):
        when = e.day or e.inception
        if dated and (when is None or abs((when - ref).days) > DAYS):
            continue
        if isinstance(ref, YearReference) and (when is None or when.year != ref.year):
            continue
        share = max((len(words & t) / len(words) for t in titles if not kinds or kinds & t), default=0.0)
        if share >= best_share:
            best, best_share = e.id, share
    return best


def shaped_mentions(text: str, folded: str, spans: list[Span], mentions: list[Mention], ref: date | None,
                    cat: Catalogue, provisional: dict[str, Entity]) -> list[Mention]:
    """`mentions` plus agreements, events and places found by the shape of their names; names
    inside a found name are dropped. A catalogue agreement or event named inside a longer found
    title keeps its entity with the title's words ('заявление о <catalogue title>'), except that a
    numbered edition of an undated generic event is a new event ('Diễn đàn Vành đai và Con đường lần
    thứ hai'); a found name crossing a catalogue name of its kind is dropped."""
    def day(eid: str) -> date | None:
        return (provisional.get(eid) or cat[eid]).day

    added: list[Mention] = []
    editions: dict[str, str] = {}       # undated generic event -> the numbered edition the document names
    about_spans: list[tuple[int, int]] = []     # found titles of documents about a known agreement inside
    name_starts: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        name_starts[m.start].add(m.type)
    for i, span in enumerate(spans):
        for kind in SHAPED_KINDS:
            for a, b in _found(kind, text, folded, span, name_starts):
                if kind == "Agreement" and _extends_into_known(span.lang):    # '… по реализации Договора о
                    b = max([b] + [m.end for m in mentions      # добрососедстве, дружбе и сотрудничестве'
                                   if m.type == "Agreement" and a < m.start < b < m.end])
                if any(m.start < b and a < m.end for m in added):
                    continue
                overlapping = [m for m in mentions if m.start < b and a < m.end]
                if any(_blocks(m, kind, a, b) for m in overlapping) or _generic(kind, span.lang, text, a, b, overlapping):
                    continue
                name = text[a:b]
                inner = None if kind == "Place" else next(     # a known agreement or dated event inside, or
                    (m for m in overlapping if m.type == kind and m.entity and (kind == "Agreement" or day(m.entity)
                     or m.kind == SERIES and m.entity in provisional and _year_only(folded, a, b, m))),
                    None)       # an open series' edition named with its year ('the 2026 Eastern Economic Forum')
                about = kind == "Agreement" and _about_another(folded, a, b, inner, span.lang)
                eid = None if about else inner.entity if inner else \
                    _known(fold(name), ref, cat, span.lang) if kind == "Agreement" else \
                    _known_organization(folded, a, b, cat) if kind == "Organization" else None
                if eid is None:
                    cited = _citation_form(_id_form(name, kind, span.lang), span.lang)  # one id for 'форуме' / 'форум'
                    eid = f"new/{kind.lower()}/{slugify(fold(cited))}"
                    provisional.setdefault(eid, Entity(eid, kind, {span.lang: cited}, provisional=True))
                    for m in overlapping:       # '第8届中俄博览会': the document's '中俄博览会' is this edition
                        if kind == "Event" and m.type == "Event" and m.entity and not day(m.entity) \
                                and not any(n.type in ("Country", "Organization") and not m.start <= n.start < m.end
                                            for n in overlapping):      # '美国－东盟峰会' is another event
                            editions.setdefault(m.entity, eid)
                added.append(Mention(a, b, name, NAME, kind, eid, sentence=i))
                if about:
                    about_spans.append((a, b))
    if not added:
        return mentions
    added = _same_events(added, provisional)
    kept = [replace(m, entity=editions[m.entity]) if m.entity in editions else m for m in mentions
            if not any(n.start <= m.start and m.end <= n.end and m.entity != n.entity and m.entity not in editions
                       for n in added)      # an inner catalogue name of the same entity stays a surface,
            or any(a <= m.start and m.end <= b for a, b in about_spans)]    # and the agreement a document is about
    return sorted(kept + added, key=lambda m: (m.start, m.end))


def _id_form(name: str, kind: str, lang: str) -> str:
    """The found name without what shapes.json "id_drop" removes for its id ("Russia's Ministry of …": the owner
    is in the name, not in the id)."""
    drop = (language_data(folder_for(lang), "shapes").get(kind.lower()) or {}).get("id_drop")
    return re.sub(drop, "", name) if drop else name


def _citation_form(name: str, lang: str) -> str:
    """A found name in its nominative for a language that declines names (names.json "inflect"), else as written."""
    if not language_data(folder_for(lang), "names").get("inflect"):
        return name
    from .inflect import nominative
    return nominative(name)


_YEAR_WORDS = re.compile(r"(?:(?<!\w)(?:the|năm|года|год|г\.?)(?!\w)|年|[\d\W_])*")


def _year_only(folded: str, a: int, b: int, inner: Mention) -> bool:
    """Whether the found name [a, b) is the inner name plus a year ('2026 eastern economic forum', 'вэф-2026')."""
    return bool(_YEAR_WORDS.fullmatch(folded[a:inner.start] + " " + folded[inner.end:b]))


def _about_another(folded: str, a: int, b: int, inner: Mention | None, lang: str) -> bool:
    """Whether the found title [a, b) names a document about the known agreement inside it (shapes.json
    agreement "derived": 'план действий по реализации Договора …', '《…条约》实施纲要'), so it is not it."""
    shape = title_shape(lang)
    if inner is None or shape is None or shape.derived is None:
        return False
    return bool(shape.derived.search(folded[a:inner.start]) or shape.derived.search(folded[inner.end:b]))


_NUMERAL = re.compile(r"[0-9一二三四五六七八九十百零两]")
SAME_EVENT = 0.8        # share of a shorter found event name's tokens in a longer one that makes it the same event


def _same_events(added: list[Mention], provisional: dict[str, Entity]) -> list[Mention]:
    """Found event names of one document that name one event: a shorter name whose tokens are nearly
    all in one longer name ('金砖国家安全事务高级代表会议' in a headline, '第十四次金砖国家负责安全事务高级代表会议'
    in the body; '…政府首脑理事会…' and '…政府首脑（总理）理事会…') is that event, unless the words it
    lacks are numbers (another edition) or two longer names compete."""
    names = {m.entity: _tokens(fold(re.sub(r"[(（][^)）]*[)）]", "", m.text))) for m in added
             if m.type == "Event" and m.entity in provisional}
    same: dict[str, str] = {}
    for short, words in names.items():
        longer = {e for e, w in names.items() if e != short and len(w) > len(words)
                  and len(words & w) >= SAME_EVENT * len(words) and not _NUMERAL.search("".join(words - w))}
        if len(longer) == 1 or longer and len({frozenset(names[e]) for e in longer}) == 1:
            same[short] = min(longer)
        elif not longer and any(e < short and w == words for e, w in names.items()):
            same[short] = min(e for e, w in names.items() if w == words)
    while any(t in same for t in same.values()):
        same = {k: same.get(v, v) for k, v in same.items()}
    for e in same:
        provisional.pop(e, None)
    return [replace(m, entity=same[m.entity]) if m.entity in same else m for m in added]


@cache
def _extends_into_known(lang: str) -> bool:
    """shapes.json agreement "extend_into_known": a found title cut (at a comma) inside a known agreement's
    name that begins in it runs on to that name's end ('план действий по реализации Договора о добрососедстве,
    дружбе и сотрудничестве'), instead of crossing it and being dropped."""
    return bool(language_data(folder_for(lang), "shapes").get("agreement", {}).get("extend_into_known"))


def _blocks(m: Mention, kind: str, a: int, b: int) -> bool:
    """Whether a known mention overlapping the found name [a, b) keeps it from being taken."""
    inside = a <= m.start and m.end <= b and (m.start, m.end) != (a, b)
    if kind == "Place":     # any overlap blocks, but the place or person a venue is named after
        return not (m.type in _PLACE_MAY_HOLD and inside and (m.end < b) != (m.type == "Person"))
    if kind == "Organization":  # a country or place inside is part of the name ('俄罗斯经济发展部'); a known
        # organisation, person or named thing overlapping it keeps its own name ('中国商务部', 'CPC Central Committee')
        return not (m.type in _ORGANIZATION_MAY_HOLD and inside)
    return m.type == kind and not inside


_LINK_WORDS = frozenset({"the", "of", "and", "for", "on"})


def _name_words(name: str) -> frozenset[str]:
    return frozenset(_tokens(name)) if any(is_cjk(c) for c in name) else \
        frozenset(w for w in re.findall(r"\w+", name) if len(w) > 1) - _LINK_WORDS


def _organization_words(cat: Catalogue) -> list[tuple[str, frozenset[str], tuple[frozenset[str], ...]]]:
    """(organisation, its country's name words, the words of each of its names without them) for every
    catalogue organisation of a country: computed once per catalogue."""
    countries = {e.id: frozenset().union(*(_name_words(fold(n)) for n in e.names)) for e in cat.entities.values()
                 if e.type == "Country"}
    return [(e.id, own, tuple(_name_words(fold(n)) - own for n in e.names)) for e in cat.entities.values()
            if e.type == "Organization" and not e.provisional and (own := countries.get(e.country or ""))]


def _known_organization(folded: str, a: int, b: int, cat: Catalogue) -> str | None:
    """The catalogue organisation whose name has the found name's words once its country's names are left
    out of both, when the found name names that country ('Russian Ministry of Energy' is the 'Ministry of
    Energy of the Russian Federation'), if exactly one has."""
    found_words = _name_words(folded[a:b])
    found = {eid for eid, own, names in cat.derived("organization-words", _organization_words)
             if found_words & own and (words := found_words - own) and words in names}
    return found.pop() if len(found) == 1 else None


@cache
def _generic_patterns(lang: str, kind: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    data = language_data(folder_for(lang), "shapes").get(kind.lower()) or {}
    return tuple(re.compile(data[k], re.I) if data.get(k) else None for k in ("generic", "bare"))


def _generic(kind: str, lang: str, text: str, a: int, b: int, overlapping: list[Mention]) -> bool:
    """Whether a found name is a common noun phrase, not a name (shapes.json "generic", matched on the whole
    name when it holds no known name: 'the Foreign Ministry'; "bare", matched on what is left around the
    held country or place: 'Russian Bank', '俄罗斯公司')."""
    generic, bare = _generic_patterns(lang, kind)
    held = sorted((m.start, m.end) for m in overlapping if a <= m.start and m.end <= b)
    if not held:
        return bool(generic and generic.fullmatch(text[a:b]))
    rest, at = [], a
    for x, y in held:
        rest.append(text[at:max(at, x)])
        at = max(at, y)
    rest.append(text[at:b])
    return bool(bare and bare.fullmatch(" ".join(r.strip() for r in rest if r.strip())))


SHAPED_KINDS = ("Agreement", "Event", "Place", "Organization")
# a found organisation may hold the country or place it belongs to ('Ngân hàng Trung ương Nga',
# 'Министерство иностранных дел России'), never overlap another known name
_ORGANIZATION_MAY_HOLD = {"Country", "Place"}
# a found place may hold a place or country it is named after ('Harbin Institute …'), but not end with
# one ('北京人民大会堂' is the known hall, 'аэропорт Пекина' a city's airport); a person may only end it
_PLACE_MAY_HOLD = {"Place", "Country", "Person"}


def _found(kind: str, text: str, folded: str, span: Span, name_starts: dict[int, set[str]]) -> list[tuple[int, int]]:
    if kind == "Agreement":
        shape, named = title_shape(span.lang), name_shape(span.lang, "agreement_name")
        found = shape.find(text, folded, span.start, span.end) if shape else []
        for a, b in named.find(text, folded, span.start, span.end, name_starts) if named else ():
            if not any(x < b and a < y for x, y in found):
                found.append((a, b))
        return sorted(found)
    named = name_shape(span.lang, kind.lower())
    return named.find(text, folded, span.start, span.end, name_starts) if named else []
