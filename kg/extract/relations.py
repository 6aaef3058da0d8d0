"""Relations between resolved mentions, from per-language trigger rules (kg/lang/*/relations.json).

Needs: a sentence's folded text and its mentions. Adds: `Fact`s (subject, relation, object) with
the rule that fired and the trigger text.

A rule is data:
  {"id": "supports.verb", "relation": "supports", "trigger": "<regex on folded text>",
   "subject": "before|after|with|group", "object": "after|before|with|nearest", "mutual": false,
   "window": 80, "confidence": 0.8}
- subject "before": the nearest eligible mention left of the trigger (a conjunction group
  "China and Russia" or a collective "the two sides" stands for all its members);
- object "after"/"before": the nearest eligible mention on that side;
- "with": the mention right after a comitative marker ("with", 同/与, "với", "с");
- "mutual": the relation holds both ways among the members of the subject group (or between
  the subject and the with-object): "support each other", 相互支持, "ủng hộ lẫn nhau".
Templates bind several slots at once: {"pattern": "{S:Person} arrived in {P:Place} for {E:Event}",
"emit": [["S", "visits", "P"], ...]} with {gap} for any short stretch of text; a slot inside an
alternation the match left out is optional (its emits are skipped); "S.country" as a subject is the
country of the person in S ('X, чья страна председательствует в O').
Negated ("did not", 不, không, не) and hypothetical (if, 如果, nếu, если) triggers are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from kg.catalogue import Catalogue
from kg.lang import folder_for, language_data
from kg.text import is_word_char

from .gazetteer import PAIR, SIDE
from .mentions import Mention

AGENT = frozenset({"Person", "Country", "Organization"})
ANY = frozenset({"Person", "Country", "Organization", "Place", "Event", "Agreement", "Initiative"})
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "meets": (frozenset({"Person"}), frozenset({"Person"})),
    "leaderOf": (frozenset({"Person"}), frozenset({"Country", "Organization"})),
    "supports": (AGENT, ANY),
    "opposes": (AGENT, ANY),
    "cooperatesWith": (AGENT, AGENT),
    "memberOf": (frozenset({"Country", "Organization"}), frozenset({"Organization"})),
    "chairs": (frozenset({"Country"}), frozenset({"Organization"})),
    "attends": (frozenset({"Person", "Country"}), frozenset({"Event"})),
    "hosts": (frozenset({"Person", "Country", "Place"}), frozenset({"Event"})),
    "signs": (frozenset({"Country", "Person"}), frozenset({"Agreement"})),
    "visits": (frozenset({"Person"}), frozenset({"Country", "Place"})),
    "locatedIn": (frozenset({"Place"}), frozenset({"Place", "Country"})),
    "alignsWith": (frozenset({"Initiative", "Organization"}), frozenset({"Initiative", "Organization"})),
}
SYMMETRIC = frozenset({"meets", "cooperatesWith", "alignsWith"})


@dataclass(frozen=True, slots=True)
class Fact:
    subject: str
    relation: str
    object: str
    sentence: int
    rule: str
    trigger: str
    confidence: float

    def key(self) -> tuple[str, str, str]:
        if self.relation in SYMMETRIC and self.object < self.subject:
            return (self.object, self.relation, self.subject)
        return (self.subject, self.relation, self.object)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    relation: str
    trigger: re.Pattern
    subject: str
    object: str
    mutual: bool
    window: int
    confidence: float
    subject_types: frozenset[str]
    object_types: frozenset[str]
    requires: re.Pattern | None = None
    harmonize: bool = False
    nearest_subject: bool = False
    first_object: bool = False      # the first mention after the trigger must be the object, else no fact
    keep_modifiers: bool = False    # "BRICS member states such as India": the modifier may be the object
    as_countries: bool = False      # "the two leaders discussed cooperation": a group of persons stands for their countries
    coordinated: bool = False       # objects listed after the first one count too ('出席E1和…E2')
    listed_after_colon: bool = False    # with a colon after the trigger, items parted by ';' too ('подписали: A; B')
    unless_before: re.Pattern | None = None     # no fact when this matches the text just before the trigger ('invited X to visit')
    witness: re.Pattern | None = None           # matched just before the subject ('в присутствии X'): X only watches, no fact
    witness_countries: bool = False             # ... but the witnesses' countries sign ('в присутствии глав двух государств подписан')
    adjective_object: re.Pattern | None = None  # right after the trigger, group 'adj' a country adjective: that country is the object ('поддержку китайского председательства')
    object_not_after: re.Pattern | None = None  # right before the object: not the object ('против санкций в отношении России')
    object_before: re.Pattern | None = None     # the object is the first mention after the trigger with this right before it
    object_after: re.Pattern | None = None      # ... or this right after it ('opposed what they called attempts by the US')
    group_after: re.Pattern | None = None       # mutual: a group after the trigger behind this gap ('"…each other," X said of A and B')
    companions: re.Pattern | None = None        # right after the subject ('X вместе с Y … посетит'): the persons named up to the trigger act too


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    pattern: re.Pattern
    slots: dict[str, frozenset[str]]
    emit: tuple[tuple[str, str, str], ...]
    confidence: float
    adjective_slots: tuple[str, ...] = ()       # {C:adj}: a country adjective in plain text ('the Russian city of')
    adjectives: dict[str, str] | None = None    # folded adjective -> country id
    foreign: tuple[str, ...] = ()               # two slots that must belong to different countries ("Xi's Moscow talks")
    keep_modifiers: bool = False                # slots may bind a modifier ('NATO member Turkey', 'both CSTO members')
    finer: tuple[str, ...] = ()                 # two place slots, the first the finer ('в Доме Союзов в Москве', not 'в Пекине в Доме …')
    negation_before: int = 0                    # characters before the match, back to a comma, where a negation counts


@dataclass(frozen=True, slots=True)
class _Adjective:
    start: int
    end: int
    refs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    rules: tuple[Rule, ...]
    templates: tuple[Template, ...]
    negation: re.Pattern | None
    negation_exceptions: tuple[str, ...]
    hypothetical: re.Pattern | None
    comitative: re.Pattern | None
    conjunction: re.Pattern | None
    clause_first: bool = False
    clause_delimiters: str = ""
    speech: re.Pattern | None = None
    modifier_after: re.Pattern | None = None
    modifier_before: tuple[str, ...] = ()
    exact_conjunctions: bool = False    # no spaces between words: a list gap is only a conjunction (赞同 is no 同)
    possessive: tuple[str, ...] = ()    # "China's Xi Jinping": the country only determines the person
    comma_list_closes: bool = False     # a comma joins names only in a list closed by 'and' ('A, B and C')
    comma_pair_opens: bool = False      # ... or two names opening a sentence before its verb ('China, Russia vow to')
    comma_gap: re.Pattern | None = None  # a loose gap whose only joiner is a comma must match ('A, the B'; not 'A, whom B')
    opener: re.Pattern | None = None    # a dateline or source tag a clause may open with ('【明报专讯】', '新华社…电')
    relative: re.Pattern | None = None  # a relative clause after a name: ', người đang thăm …' acts for that name
    speech_about: re.Pattern | None = None  # right after a speech verb: the speaker is the agent ('заявил о поддержке')
    coordinated_verb: re.Pattern | None = None  # '… và sẵn sàng phối hợp': a second verb of the sentence's subject
    loose_conjunction: re.Pattern | None = None  # conjunctions that join names across other words ('A và B cùng lên án C': not 'cùng')
    list_gap_breaker: re.Pattern | None = None  # a gap that is no list joiner ('Lavrov on Monday, and Blinken'): an adverbial
    no_home_visits: bool = False        # a person does not visit their own country ('X и Y, находящийся в России с визитом')
    coordination_breaker: re.Pattern | None = None  # a gap word that ends a list of objects ('美国及其盟友企图遏制中国')
    reporter_not_object: bool = False   # '…will hold talks on May 8, Kremlin aide Yuri Ushakov said': the source is no object
    series_verb: re.Pattern | None = None   # before a trigger: it opens a verb of a comma series (', firmly uphold …')
    partner_not_subject: bool = False   # a name right after 'with' is a partner, not the subject of a later verb
    organization_groups: bool = False   # 'Rosatom and CNNC work together': a group of organisations as a symmetric subject
    organization_group_unless: re.Pattern | None = None     # ... not when this follows the group ('联合国、上合组织等框架内')
    negation_window: int = 14           # characters before a trigger where a negation counts ('không trực tiếp tham dự')
    condition_after: re.Pattern | None = None   # right after a fact's last name: a condition ('… the G20 in Rio if invited')
    negation_after: re.Pattern | None = None    # right after a fact's last name: it was called off ('визит … был отменен')
    comitative_exceptions: tuple[str, ...] = ()     # words holding a comitative marker ('同意', '共同')
    later_partner: bool = False     # a with-object left in an earlier clause: the partner may follow the trigger
    foreign_members: bool = False       # a template's "foreign" pair: a group keeps its members foreign to the other slot
    foreign_unknown: bool = False       # a template's "foreign" pair: a new person of no known country counts as foreign
    negation_to_subject: int = 0        # up to this many characters back to the subject, in its clause ('中方从未考虑过派遣…出席')
    pair_modifier_after: re.Pattern | None = None   # 'India-Russia summit': a hyphenated pair before such a noun names no agent
    object_bound: re.Pattern | None = None  # right before a name: a verb whose object it is, no clause subject ('期待访华并出席')


def _alternation(words: list[str], boundary: bool) -> re.Pattern | None:
    if not words:
        return None
    body = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if boundary else f"(?:{body})")


_SLOT = re.compile(r"\{(\w+)(?::([\w|]+))?\}")


@cache
def _country_adjectives(folder: str) -> dict[str, str]:
    """Folded country adjective -> country id; every case, gender and number form where names.json
    says "inflect" (китайский, китайском, китайские ...)."""
    from kg.catalogue import load_catalogue
    from kg.text import fold

    from .inflect import adjective_forms
    forms = adjective_forms if language_data(folder, "names").get("inflect") else (lambda a: [a])
    return {fold(f): c.id for c in load_catalogue().countries() for a in c.adjectives.get(folder, ())
            for f in forms(a)}


def _compile_template(raw: dict, folder: str = "") -> Template:
    slots: dict[str, frozenset[str]] = {}
    adjective_slots: list[str] = []
    adjectives: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        name, types = m.group(1), m.group(2)
        if name == "gap":
            return r"[^⟦]{0,40}?"
        if name == "any":
            return r".{0,100}?"
        if types == "adj":
            adjectives.update(_country_adjectives(folder))
            adjective_slots.append(name)
            if language_data(folder, "names").get("inflect"):   # many forms: any word, checked when matched
                return rf"(?<!\w)(?P<{name}>\w+)(?!\w)"
            body = "|".join(re.escape(a) for a in sorted(adjectives, key=len, reverse=True)) or "(?!)"
            return rf"(?<!\w)(?P<{name}>{body})(?!\w)"
        slots[name] = frozenset(types.split("|")) if types else ANY
        return rf"⟦(?P<{name}>\d+)⟧"

    pattern = _SLOT.sub(sub, raw["pattern"])
    return Template(raw["id"], re.compile(pattern), slots,
                    tuple(tuple(e) for e in raw["emit"]), raw.get("confidence", 0.8),
                    tuple(adjective_slots), adjectives or None, tuple(raw.get("foreign", ())),
                    raw.get("keep_modifiers", False), tuple(raw.get("finer", ())),
                    negation_before=raw.get("negation_before", 0))


@cache
def lexicon_for(folder: str) -> Lexicon:
    data = language_data(folder, "relations")
    boundary = language_data(folder, "names").get("word_boundaries", True)
    rules = []
    for raw in data.get("rules", ()):
        subj_t, obj_t = SIGNATURES[raw["relation"]]
        rules.append(Rule(
            id=f"{folder}.{raw['id']}", relation=raw["relation"], trigger=re.compile(raw["trigger"]),
            subject=raw.get("subject", "before"), object=raw.get("object", "after"),
            mutual=raw.get("mutual", False), window=raw.get("window", data.get("window", 80)),
            confidence=raw.get("confidence", 0.7),
            subject_types=frozenset(raw["subject_types"]) if "subject_types" in raw else subj_t,
            object_types=frozenset(raw["object_types"]) if "object_types" in raw else obj_t,
            requires=re.compile(raw["requires"]) if "requires" in raw else None,
            harmonize=raw.get("harmonize", False),
            nearest_subject=raw.get("subject_strategy") == "nearest",
            first_object=raw.get("object_strategy") == "first",
            keep_modifiers=raw.get("keep_modifiers", False),
            as_countries=raw.get("persons_as_countries", False),
            coordinated=raw.get("coordinated", False),
            listed_after_colon=raw.get("listed_after_colon", False),
            unless_before=re.compile(raw["unless_before"]) if "unless_before" in raw else None,
            companions=re.compile(raw["companions"]) if "companions" in raw else None,
            witness=re.compile(f"(?:{raw['witness']})$") if "witness" in raw else None,
            witness_countries=raw.get("witness_countries", False),
            adjective_object=re.compile(raw["adjective_object"]) if "adjective_object" in raw else None,
            object_not_after=re.compile(f"(?:{raw['object_not_after']})$") if "object_not_after" in raw else None,
            object_before=re.compile(f"(?:{raw['object_before']})$") if "object_before" in raw else None,
            object_after=re.compile(raw["object_after"]) if "object_after" in raw else None,
            group_after=re.compile(raw["group_after"]) if "group_after" in raw else None,
        ))
    templates = tuple(_compile_template({**t, "id": f"{folder}.{t['id']}"}, folder) for t in data.get("templates", ()))
    return Lexicon(tuple(rules), templates,
                   _alternation(data.get("negation", []), boundary),
                   tuple(data.get("negation_exceptions", ())),
                   _alternation(data.get("hypothetical", []), boundary),
                   _alternation(data.get("comitative", []), boundary),
                   _alternation(data.get("conjunctions", []), False),
                   data.get("subject_strategy") == "clause_first", data.get("clause_delimiters", ""),
                   _alternation(language_data(folder, "names").get("speech_verbs", []), False),
                   _alternation(data.get("modifier_after", []), False),
                   tuple(data.get("modifier_before", [])),
                   data.get("conjunction_gap") == "exact", possessive=tuple(data.get("possessive", ())),
                   comma_list_closes=data.get("comma_list_closes", False),
                   pair_modifier_after=_alternation(data.get("pair_modifier_after", []), True),
                   comma_pair_opens=data.get("comma_pair_opens", False),
                   comma_gap=re.compile(data["comma_gap"]) if data.get("comma_gap") else None,
                   opener=re.compile(data["clause_opener"]) if data.get("clause_opener") else None,
                   relative=re.compile(data["relative_opener"]) if data.get("relative_opener") else None,
                   speech_about=re.compile(data["speech_about"]) if data.get("speech_about") else None,
                   coordinated_verb=re.compile(data["coordinated_verb"]) if data.get("coordinated_verb") else None,
                   loose_conjunction=_alternation(data.get("loose_conjunctions", []), boundary),
                   list_gap_breaker=re.compile(data["list_gap_breaker"]) if data.get("list_gap_breaker") else None,
                   no_home_visits=data.get("no_home_visits", False),
                   coordination_breaker=re.compile(data["coordination_breaker"]) if data.get("coordination_breaker") else None,
                   reporter_not_object=data.get("reporter_not_object", False),
                   series_verb=re.compile(f"(?:{data['series_verb']})$") if data.get("series_verb") else None,
                   partner_not_subject=data.get("partner_not_subject", False),
                   organization_groups=bool(data.get("organization_groups", False)),
                   organization_group_unless=re.compile(data["organization_groups"])
                   if isinstance(data.get("organization_groups"), str) else None,
                   negation_window=data.get("negation_window", 14),
                   condition_after=re.compile(data["condition_after"]) if data.get("condition_after") else None,
                   negation_after=re.compile(data["negation_after"]) if data.get("negation_after") else None,
                   negation_to_subject=data.get("negation_to_subject", 0),
                   foreign_members=data.get("foreign_members", False),
                   foreign_unknown=data.get("foreign_unknown", False),
                   comitative_exceptions=tuple(data.get("comitative_exceptions", ())),
                   later_partner=data.get("later_partner", False),
                   object_bound=re.compile(f"(?:{data['object_bound_before']})$") if data.get("object_bound_before") else None)


def _list_closes(mentions: list[Mention], i: int, folded: str, lex: Lexicon) -> bool:
    """From mention i on, the names go on joined by commas (or title + name) up to a conjunction
    other than the comma: 'A, B and C', 'A, B, C as well as D'."""
    for j in range(i, len(mentions) - 1):
        gap = folded[mentions[j].end:mentions[j + 1].start].strip()
        if gap in ("", ","):
            continue
        return len(gap) <= 16 and bool(lex.conjunction.search(gap)) and not re.search(r"[.;:!?。；：]", gap)
    return False


def _headline_pair(first: Mention, second: Mention, folded: str) -> bool:
    """'China, Russia vow to …', 'Lavrov, Wang Yi hold talks': two names joined by a comma open the
    sentence (or line) and a word follows the second one directly (not "'s", not another comma)."""
    before = folded[:first.start].rstrip(" \"'“‘«")
    return (not before or before[-1] in ".!?:\n") and re.match(r" (?!'s\b)\w", folded[second.end:second.end + 4]) is not None


def _comma_gap_ok(gap: str, lex: Lexicon) -> bool:
    """relations.json "comma_gap": when a comma is the gap's only joiner, the rest may only be a determiner
    ('Ethiopia, the UAE', "Xi, India's Modi"), not a relative or an apposition ('Putin, whom Kim …',
    'Harbin, capital of …')."""
    if lex.comma_gap is None or any(c.strip() not in (",", "，") for c in lex.conjunction.findall(gap)):
        return True
    return lex.comma_gap.fullmatch(gap) is not None


def group_conjunctions(mentions: list[Mention], folded: str, lex: Lexicon) -> list[Mention]:
    """Merge 'China and Russia', '中俄两国', 'Xi and Putin' into one group mention."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.kind == "pronoun" and nxt is not None and not folded[m.end:nxt.start].strip():
            continue                                # "his Russian counterpart": a determiner, not an agent
        if m.type == "Country" and nxt is not None and nxt.type == "Person" and nxt.refs \
                and folded[m.end:nxt.start] in lex.possessive:
            continue                                # "China's Xi Jinping": a determiner, not an agent
        prev = out[-1] if out else None
        if prev is not None and m.refs and set(m.refs) <= set(prev.refs) and not folded[prev.end:m.start].strip():
            out[-1] = replace(prev, end=m.end)      # "Russian President" + "Vladimir Putin": one agent
            continue
        if prev is not None and prev.refs and m.refs and prev.type == m.type and lex.conjunction:
            gap = folded[prev.end:m.start]
            if m.type == "Place" and gap.strip() in (",", "，"):
                out.append(m)       # "Great Hall of the People, Beijing": apposition, not a list
                continue
            loose = "pronoun" not in (prev.kind, m.kind) and not lex.exact_conjunctions   # "For his part, X": no list
            if set(m.refs) <= set(prev.refs):
                pass                                        # one agent named twice is not a group
            elif lex.comma_list_closes and (gap.strip() == "," or re.fullmatch(r"\s*,\s*(?:the|a|an)\s", gap)) \
                    and not _list_closes(mentions, i, folded, lex) \
                    and not (lex.comma_pair_opens and _headline_pair(prev, m, folded)):
                pass        # "At the invitation of X, (the) Y will visit": a comma alone, no closing "and", is no list
            elif len(gap) <= 16 and lex.conjunction.fullmatch(gap.strip() or " ") or \
                    (loose and len(gap) <= 16 and (lex.loose_conjunction or lex.conjunction).search(gap)
                     and not re.search(r"[.;:!?。；：]", gap)
                     and len(gap.split()) <= 3 and _comma_gap_ok(gap, lex)
                     and not (lex.list_gap_breaker and lex.list_gap_breaker.search(gap))):
                members = tuple(dict.fromkeys(prev.refs + m.refs))
                out[-1] = replace(prev, end=m.end, entity=None, members=members, kind="group")
                continue
        out.append(m)
    return out


def _negated(folded: str, start: int, s_start: int, lex: Lexicon) -> bool:
    lo = max(s_start, start - lex.negation_window)
    while s_start < lo < start and is_word_char(folded[lo - 1]):
        lo += 1         # do not cut a word in two: "Казани" does not end in the negation "ни"
    if _says_no(folded[lo:start], lex):
        return True
    return bool(lex.hypothetical and lex.hypothetical.search(folded[s_start:start]))


def _says_no(stretch: str, lex: Lexicon) -> bool:
    """A negation word in `stretch`, once the words that merely contain one are masked ("negation_exceptions")."""
    for exc in lex.negation_exceptions:
        stretch = stretch.replace(exc, "#" * len(exc))
    return bool(lex.negation and lex.negation.search(stretch))


def _eligible(m: Mention, types: frozenset[str]) -> bool:
    return bool(m.refs) and m.type in types


def _nearest_before(ms: list[Mention], pos: int, types, limit: int) -> Mention | None:
    for m in reversed(ms):
        if m.end <= pos and pos - m.end <= limit and _eligible(m, types):
            return m
    return None


_SKIPPABLE = " \"'“”‘’«»《》「」『』（(【"


def _nearest_after(ms: list[Mention], pos: int, types, limit: int, folded: str = "") -> Mention | None:
    """The first eligible mention after pos within `limit` characters (quotes and spaces not counted)."""
    for m in ms:
        if m.start >= pos and _eligible(m, types):
            gap = folded[pos:m.start].strip(_SKIPPABLE) if folded else " " * (m.start - pos)
            if len(gap) <= limit:
                return m
    return None


def _marked_after(ms: list[Mention], pos: int, rule: Rule, folded: str) -> Mention | None:
    """relations.json "object_before" / "object_after": the first eligible mention within the window after
    the trigger that the text marks as the object: "object_before" matches right before it (up to the
    trigger) or "object_after" right after it, and "object_not_after" does not match before it ('opposed
    attempts by the US to contain China': the US, not China)."""
    for m in ms:
        if m.start < pos or not _eligible(m, rule.object_types):
            continue
        if len(folded[pos:m.start].strip(_SKIPPABLE)) > rule.window or re.search(r"[;!?]", folded[pos:m.start]):
            return None
        lo = max(pos, m.start - 40)
        if rule.object_not_after is not None and rule.object_not_after.search(folded, max(pos, m.start - 30), m.start):
            continue
        if rule.object_before is not None and rule.object_before.search(folded, lo, m.start) \
                or rule.object_after is not None and rule.object_after.match(folded, m.end):
            return m
    return None


def _with_object(ms: list[Mention], folded: str, lo: int, hi: int, types, lex: Lexicon) -> Mention | None:
    """The mention right after the first comitative marker between lo and hi."""
    if lex.comitative is None:
        return None
    for mk in lex.comitative.finditer(folded, lo, hi):
        if any(g.is_group and g.start <= mk.start() < g.end for g in ms):
            continue        # '中方愿同俄方': the marker already joins a group
        if any(folded.startswith(w, mk.start() - k) for w in lex.comitative_exceptions for k in range(len(w))
               if mk.start() >= k):
            continue        # relations.json "comitative_exceptions": '同意加强在联合国的协作' has no partner
        for m in ms:
            if m.start >= mk.end() and m.start - mk.end() <= 5 and _eligible(m, types):
                return m
    return None


def _is_speaker(m: Mention, folded: str, lex: Lexicon) -> bool:
    """'习近平指出', 'Putin said': the reporting subject, not an agent of what follows."""
    if lex.speech is None or m.type != "Person":
        return False
    window = folded[m.end:m.end + 14]
    after = window.lstrip(" ,，")
    said = lex.speech.match(after)
    verb_end = m.end + len(window) - len(after) + said.end() if said else 0
    return bool(said) and not (lex.speech_about is not None and lex.speech_about.match(folded, verb_end))


def _is_modifier(m: Mention, folded: str, lex: Lexicon) -> bool:
    """'金砖国家领导人', 'BRICS leaders', 'lãnh đạo BRICS': the entity names a group of people, not an agent."""
    if m.type not in ("Organization", "Country"):
        return False
    after = folded[m.end:m.end + 12].lstrip(" ")
    if not m.is_group and lex.modifier_after and lex.modifier_after.match(after):
        return True
    if m.kind == PAIR and lex.pair_modifier_after and lex.pair_modifier_after.match(after):
        return True
    before = folded[max(0, m.start - 24):m.start].rstrip(" ")
    return bool(lex.modifier_before) and before.endswith(lex.modifier_before)


POSSESSOR = re.compile(r"['’]s?\s")


def _subject_before(ms: list[Mention], obj: Mention | None, pos: int, folded: str, s_start: int,
                    rule: Rule, lex: Lexicon) -> Mention | None:
    pool = [m for m in ms if m is not obj]
    if lex.clause_first and not rule.nearest_subject:
        if lex.object_bound is not None:    # '普京表示，期待访华并出席E': 华 is what is visited, not who attends
            pool = [m for m in pool if not lex.object_bound.search(folded, max(s_start, m.start - 4), m.start)]
        cut = max((folded.rfind(d, s_start, pos) for d in lex.clause_delimiters), default=-1)
        clause = [m for m in pool if m.start > cut and m.end <= pos and _eligible(m, rule.subject_types)]
        if clause:
            return clause[0]
        opens = cut + 1 if cut >= 0 else s_start
        head = next((m for m in pool if m.start >= opens and m.end <= pos), None)
        if head is not None and head.type == "Place" and head.refs and not _opener_only(folded[opens:head.start], lex):
            return None     # '…，台湾将持续与美国合作': the clause opens with a subject of its own that is no agent
        # no subject in this clause: the subject of the nearest earlier clause that opens with one
        # (作为…大国,中俄要深化…,密切在联合国…协调,坚定维护以联合国为核心… -> 中俄)
        starts = sorted({s_start} | {i + 1 for d in lex.clause_delimiters
                                     for i in _positions(folded, d, s_start, pos)}, reverse=True)
        for start in starts:
            opening = [m for m in pool if start <= m.start and m.end <= pos and _eligible(m, rule.subject_types)
                       and not _opener_only(folded[start:m.start], lex)]
            if opening:
                return opening[0]
        return None
    nearest = _nearest_before(pool, pos, rule.subject_types, rule.window)
    if nearest is not None and lex.partner_not_subject and rule.object != "with" and lex.comitative is not None \
            and nearest.kind != "collective" and re.match(r"\s+to\s", folded[nearest.end:pos + 1]):
        mk = next((k for k in lex.comitative.finditer(folded, max(s_start, nearest.start - 16), nearest.start)
                   if not folded[k.end():nearest.start].strip()), None)
        head = mk and _nearest_before(pool, mk.start(), rule.subject_types, rule.window + (pos - mk.start()))
        if head is not None:
            nearest = head      # "Beijing was willing to work with Moscow to uphold …": the partner is no subject
    if nearest is None and lex.series_verb is not None and lex.series_verb.search(folded, max(s_start, pos - 40), pos):
        # "Russia stands ready to work with China to …, firmly support …, firmly uphold the UN's central role":
        # a verb further down a comma series takes the sentence's subject, however far
        return next((m for m in pool if m.start >= s_start and m.end <= pos and _eligible(m, rule.subject_types)
                     and not re.search(r"[;:]", folded[m.end:pos])), None)
    if nearest is not None and (any(d in folded[nearest.end:pos] for d in ",;") or lex.coordinated_verb is not None
                                and any(k.start() < pos for k in lex.coordinated_verb.finditer(folded, nearest.end, pos + 16))) and \
            not (lex.relative is not None and lex.relative.match(folded, nearest.end, pos)):
        # "X should deepen …, strengthen … within the UN and the SCO, …, firmly uphold …": a verb in a
        # coordinated series takes the sentence's subject, not the last name of the series
        # ("Lula's adviser, Celso Amorim, met Putin": a possessor is a determiner, not the subject)
        first = next((m for m in pool if m.start >= s_start and m.end <= pos and _eligible(m, rule.subject_types)
                      and not POSSESSOR.match(folded, m.end)), None)
        return first or nearest
    return nearest


def _clause_end(folded: str, start: int, hi: int, lex: Lexicon) -> int:
    """Where the clause that goes on at `start` ends (the language's clause delimiters), at most `hi`."""
    ends = [i for d in lex.clause_delimiters if (i := folded.find(d, start, hi)) != -1]
    return min(ends, default=hi)


def _opener_only(text: str, lex: Lexicon) -> str:
    """What is left of a clause's beginning once quotes and the language's datelines are removed."""
    if lex.opener is not None and text:
        text = lex.opener.sub("", text.lstrip())
    return text.strip(_SKIPPABLE)


def _positions(text: str, needle: str, lo: int, hi: int) -> list[int]:
    out, i = [], text.find(needle, lo, hi)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1, hi)
    return out


def _harmonize(subj: Mention, obj: Mention, cat: Catalogue) -> tuple[Mention, Mention]:
    """'Putin thanked China for its support' -> Russia (the person's country) on the Person side."""
    def country_of(m: Mention) -> Mention:
        if m.type == "Person" and m.entity in cat and cat[m.entity].country:
            return replace(m, entity=cat[m.entity].country, type="Country")
        return m
    if subj.type == "Country" and obj.type == "Person":
        obj = country_of(obj)
    elif obj.type == "Country" and subj.type == "Person":
        subj = country_of(subj)
    return subj, obj


def extract_relations(folded: str, s_start: int, s_end: int, mentions: list[Mention], lang: str,
                      sentence: int, cat: Catalogue) -> list[Fact]:
    """Facts stated in one sentence (folded[s_start:s_end]); `cat` gives a person's country."""
    if not any(m.refs for m in mentions):
        return []           # a relation needs at least one entity named in the sentence
    lex = lexicon_for(folder_for(lang))
    ms = group_conjunctions(mentions, folded, lex)
    grouped = ms
    candidates = [m for m in ms if not _is_speaker(m, folded, lex)]
    ms = [m for m in ms if not _is_modifier(m, folded, lex)]
    candidates = [m for m in candidates if not _is_modifier(m, folded, lex)]
    capitals, figurative_relations, blocker = _metonyms(folder_for(lang))
    literal = (ms, candidates)
    figurative = ([_as_country(m, folded, capitals, blocker, cat) for m in ms],
                  [_as_country(m, folded, capitals, blocker, cat) for m in candidates]) if capitals else literal
    facts: list[Fact] = []

    def emit(subj: Mention, rel: str, obj: Mention, rule: str, trig: str, conf: float) -> None:
        for s in subj.refs:
            for o in obj.refs:
                if s != o:
                    facts.append(Fact(s, rel, o, sentence, rule, trig, conf))

    inside = [(m.start, m.end) for m in mentions]
    for rule in lex.rules:
        ms, candidates = figurative if rule.relation in figurative_relations else literal
        for t in rule.trigger.finditer(folded, s_start, s_end):
            if any(a <= t.start() and t.end() <= b for a, b in inside):
                continue        # '合作' in 上海合作组织, 'Cooperation' in a name: not a trigger
            if _negated(folded, t.start(), s_start, lex):
                continue
            trig = t.group(0)
            if rule.requires and not rule.requires.search(folded, t.end(), min(s_end, t.end() + rule.window)):
                continue
            if rule.unless_before and rule.unless_before.search(folded, max(s_start, t.start() - rule.window), t.start()):
                continue
            lo, hi = max(s_start, t.start() - rule.window), min(s_end, t.end() + rule.window)
            if rule.mutual:
                subj = _nearest_before(ms, t.start(), rule.subject_types, rule.window)
                if subj is None and rule.group_after is not None:
                    subj = next((m for m in ms if m.is_group and m.start >= t.end()
                                 and rule.group_after.fullmatch(folded, t.end(), m.start)), None)
                if subj is None:
                    continue
                if subj.is_group:
                    members = subj.refs
                else:
                    other = _with_object(ms, folded, subj.end, t.start(), rule.object_types, lex)
                    if other is None and lex.comitative is not None:
                        # "A готова вместе с B укреплять взаимную поддержку": B is the companion, A the agent
                        mk = next((k for k in lex.comitative.finditer(folded, max(s_start, subj.start - 16), subj.start)
                                   if not folded[k.end():subj.start].strip()), None)
                        other = mk and _nearest_before(ms, mk.start(), rule.subject_types, rule.window)
                    if other is None:
                        continue
                    members = tuple(dict.fromkeys(subj.refs + other.refs))
                facts.extend(_among(members, rule, trig, sentence))
                continue
            obj = None
            pool = grouped if rule.keep_modifiers else ms
            if rule.object == "with":
                if lex.clause_first:    # the partner before the trigger is in its clause ('X同Y会谈，双方…合作': no X-Y)
                    lo = max([lo] + [folded.rfind(d, s_start, t.start()) + 1 for d in lex.clause_delimiters])
                obj = _with_object(ms, folded, lo, t.start(), rule.object_types, lex) \
                    or _with_object(ms, folded, t.end(), _clause_end(folded, t.end(), hi, lex), rule.object_types, lex)
            elif rule.object == "after" and (rule.object_before or rule.object_after):
                obj = _marked_after(pool, t.end(), rule, folded)
            elif rule.object == "after":
                obj = _nearest_after(pool, t.end(), rule.object_types, rule.window, folded)
                if obj is not None and rule.first_object and \
                        any(t.end() <= m.start < obj.start and m.refs for m in grouped):
                    obj = None      # "welcomed Putin at the airport": the first thing named is not an object
                if obj is not None and rule.object_not_after is not None and \
                        rule.object_not_after.search(folded, max(t.end(), obj.start - 30), obj.start):
                    obj = None      # "против санкций в отношении России": the target of what is opposed
                obj = _adjective_object(folded, t.end(), rule, folder_for(lang)) or obj
                if obj is not None and lex.reporter_not_object and _is_speaker(obj, folded, lex) \
                        and re.search(r"[,，]", folded[t.end():obj.start]):
                    obj = None      # the source of the report after a comma ('…, Kremlin aide Yuri Ushakov said')
            elif rule.object == "before":
                obj = _nearest_before(pool, t.start(), rule.object_types, rule.window)
            elif rule.object == "nearest":
                obj = _nearest_after(ms, t.end(), rule.object_types, rule.window) \
                    or _nearest_before(ms, t.start(), rule.object_types, rule.window)
            if rule.subject == "before":
                pos = obj.start if obj is not None and obj.end <= t.start() else t.start()
                subj = _subject_before(candidates, obj, pos, folded, s_start, rule, lex) \
                    or _subject_before(ms, obj, pos, folded, s_start, rule, lex)   # the speaker acts too
                if subj is None and rule.object == "with" and obj is not None and obj.end <= t.start() \
                        and re.search(r"[,;，；]", folded[obj.end:t.start()]):
                    # "After talks with Xi, the two countries agreed to deepen cooperation": a with-object
                    # with no one before it, in an earlier clause, belongs to that phrase, not to the trigger
                    # (in its own clause it is the partner: '台湾将与美国、日本合作' is no US-Japan pair)
                    obj = None if not lex.later_partner else \
                        _with_object(ms, folded, t.end(), _clause_end(folded, t.end(), hi, lex), rule.object_types, lex)
                    # ('Sau khi hội đàm với Y, X cho biết C sẵn sàng hợp tác với D': D, after the trigger)
                    subj = _subject_before(candidates, None, t.start(), folded, s_start, rule, lex) \
                        or _subject_before(ms, None, t.start(), folded, s_start, rule, lex)
                if subj is not None and obj is not None and not subj.is_group and subj.refs == obj.refs:
                    # "Vietnam values its partnership with Russia and supports Russia": the object named
                    # twice is not the subject; the agent is the one before
                    others = [m for m in candidates if m.refs != obj.refs]
                    subj = _subject_before(others, obj, pos, folded, s_start, rule, lex)
            elif rule.subject == "after":
                subj = _nearest_after([m for m in candidates if m is not obj], t.end(), rule.subject_types, rule.window)
            else:
                subj = _nearest_before(ms, t.start(), rule.subject_types, rule.window) \
                    or _nearest_after([m for m in ms if m is not obj], t.end(), rule.subject_types, rule.window)
            if subj is not None and rule.witness is not None and rule.witness.search(folded, max(s_start, subj.start - 40), subj.start):
                subj = _countries_of(subj, cat) if rule.witness_countries and obj is not None else None
            if subj is None or _negated_since_subject(folded, subj.end, t.start(), lex):
                continue        # '中方从未考虑过派遣国家领导人出席…': a refusal further back than the window
            if obj is None:
                if rule.relation in SYMMETRIC and subj.is_group and (
                        subj.type in ("Country", "Person") or subj.type == "Organization" and lex.organization_groups
                        and not (lex.organization_group_unless and lex.organization_group_unless.match(folded, subj.end))):
                    members = subj.refs
                    if rule.as_countries and subj.type == "Person":
                        members = tuple(dict.fromkeys(c for r in members if (c := cat.country_of(r))))
                    facts.extend(_among(members, rule, trig, sentence))     # "the two sides cooperate"
                continue
            if rule.relation in SYMMETRIC and rule.harmonize:
                subj, obj = _harmonize(subj, obj, cat)     # 'Putin expressed readiness to cooperate with China'
            if rule.relation in SYMMETRIC and subj.type != obj.type and {subj.type, obj.type} & {"Person"}:
                continue        # Xi cooperates with Russia: not a like-for-like pair
            if not subj.is_group and subj.end == t.start() and rule.relation in SYMMETRIC:
                continue        # 金砖合作 / "BRICS cooperation": a modifier, not an agent
            if rule.relation == "cooperatesWith" and any(
                    m.type in ("Initiative", "Event", "Agreement") and 0 <= t.start() - m.end <= 1 for m in ms):
                continue        # "Belt and Road cooperation with the EAEU": the initiative's, not the agents'
            if _acted(rule.relation, subj) and _conditional(folded, max(obj.end, subj.end, t.end()), s_end, lex):
                continue        # 'Putin could attend the G20 in Rio if he is invited'
            if rule.harmonize:
                subj, obj = _harmonize(subj, obj, cat)
            emit(subj, rule.relation, obj, rule.id, trig, rule.confidence)
            if rule.companions is not None:
                for k in rule.companions.finditer(folded, s_start, t.start()):
                    head = next((m for m in ms if m.end == k.start() and m.type == subj.type and m.refs), None)
                    if head is None or not (head is subj or k.end() <= subj.start) \
                            or re.search(r"[.;:!?]", folded[head.end:t.start()]):
                        continue
                    for extra in ms:     # the head and everyone named with it up to the trigger
                        if (extra is head or k.end() <= extra.start and extra.end <= t.start()) \
                                and extra is not subj and extra.refs and extra.type == subj.type:
                            emit(extra, rule.relation, obj, rule.id, trig, rule.confidence)
                    break
            listed = rule.listed_after_colon and obj.start >= t.end() and ":" in folded[t.end():obj.start]
            if (rule.coordinated or listed) and obj.start >= t.end():
                for extra in _coordinated(ms, obj, folded, s_end, rule, lex, listed):
                    emit(subj, rule.relation, extra, rule.id, trig, rule.confidence)
    ms, candidates = literal
    facts.extend(_templates(folded, s_start, s_end, ms, lex, sentence, cat, grouped))
    if lex.no_home_visits:
        facts = [f for f in facts if not (f.relation == "visits" and cat.country_of(f.subject) == f.object)]
    return facts


def _coordinated(ms: list[Mention], obj: Mention, folded: str, s_end: int, rule: Rule, lex: Lexicon,
                 listed: bool = False) -> list[Mention]:
    """Eligible mentions listed after the object ('出席7月8日举行的E1和7月9日举行的E2',
    'visited Russia and Kazakhstan'): each link starts with a conjunction, no clause punctuation;
    `listed` (a list after a colon): a semicolon links items too ('подписали: A; B')."""
    out: list[Mention] = []
    last = obj
    if lex.conjunction is None:
        return out
    for m in ms:
        if m.start < last.end or m.start >= s_end:
            continue
        gap = folded[last.end:m.start]
        rest = gap.lstrip()
        if listed and rest.startswith(";") and (not rest[1:].strip() or lex.conjunction.fullmatch(rest[1:])):
            if _eligible(m, rule.object_types):
                out.append(m)
                last = m
            continue
        if len(gap) > 24 or re.search(r"[.;:!?。；：，！？]", gap):
            break
        if not _eligible(m, rule.object_types):
            continue
        if not lex.conjunction.match(gap.lstrip()) or lex.coordination_breaker and lex.coordination_breaker.search(gap):
            break
        rest = gap.strip()[1:].strip() if gap.strip()[:1] in ",，" else ""
        if rest and not lex.conjunction.fullmatch(rest):
            break       # 'Harbin, capital of Heilongjiang': an apposition, not the next of a list
        out.append(m)
        last = m
    return out


@cache
def _metonyms(folder: str) -> tuple[frozenset[str], frozenset[str], re.Pattern | None]:
    """relations.json "capital_metonyms" (place ids), "metonym_relations" and "metonym_blockers": for
    those relations a capital named as an agent stands for its country ('Москва и Пекин координируют …'),
    unless a blocker word (a preposition: 'в Пекине', 'in Beijing') makes it a place. Languages written
    without spaces ("metonym_blockers_unbounded": 在北京) match the blocker right before the name."""
    data = language_data(folder, "relations")
    blockers = data.get("metonym_blockers", ())
    lead = "" if data.get("metonym_blockers_unbounded") else r"(?:^|[\s(«\"])"
    blocker = re.compile(rf"{lead}(?:{'|'.join(map(re.escape, blockers))})\s*$") if blockers else None
    return frozenset(data.get("capital_metonyms", ())), frozenset(data.get("metonym_relations", ())), blocker


def _as_country(m: Mention, folded: str, capitals: frozenset[str], blocker: re.Pattern | None,
                cat: Catalogue) -> Mention:
    """A capital as its country, unless a blocker word before it makes it a place ('в Пекине')."""
    if m.type != "Place" or not m.refs or not set(m.refs) <= capitals \
            or blocker is not None and blocker.search(folded, max(0, m.start - 6), m.start):
        return m
    countries = tuple(dict.fromkeys(c for r in m.refs if (c := cat.country_of(r))))
    if len(countries) != len(m.refs):
        return m
    if m.entity:
        return replace(m, entity=countries[0], type="Country")
    return replace(m, members=countries, type="Country")


def _adjective_object(folded: str, pos: int, rule: Rule, folder: str) -> Mention | None:
    """A country adjective right after the trigger as the object ('поддержку китайского председательства'),
    where the rule's "adjective_object" pattern matches there."""
    if rule.adjective_object is None or (m := rule.adjective_object.match(folded, pos)) is None:
        return None
    country = _country_adjectives(folder).get(m.group("adj"))
    if country is None:
        return None
    return Mention(m.start("adj"), m.end("adj"), m.group("adj"), "name", "Country", country)


def _countries_of(m: Mention, cat: Catalogue) -> Mention | None:
    """The countries of the persons a mention names, as one group mention (None if any is unknown)."""
    known = [cat.country_of(r) for r in m.refs]
    if m.type != "Person" or not known or None in known:
        return None
    countries = tuple(dict.fromkeys(known))
    return replace(m, entity=None, members=countries, kind="group", type="Country")


def _among(members: tuple[str, ...], rule: Rule, trigger: str, sentence: int) -> list[Fact]:
    """The rule's relation between every two members of a group (once per pair if symmetric)."""
    return [Fact(a, rule.relation, b, sentence, rule.id, trigger, rule.confidence)
            for a in members for b in members
            if a != b and (rule.relation not in SYMMETRIC or a < b)]


def _tag(folded: str, s_start: int, s_end: int, ms: list[Mention]) -> tuple[list[Mention], str]:
    """The sentence's mentions and its text with each mention replaced by ⟦index⟧."""
    inside: list[Mention] = []
    for m in ms:
        if m.start >= s_start and m.end <= s_end and not (inside and m.start < inside[-1].end):
            inside.append(m)    # a name inside another ('APEC' in the summit's name) is no slot of its own
    parts, pos = [], s_start
    for i, m in enumerate(inside):
        parts.append(folded[pos:m.start])
        parts.append(f"⟦{i}⟧")
        pos = m.end
    parts.append(folded[pos:s_end])
    return inside, "".join(parts)


def _templates(folded: str, s_start: int, s_end: int, ms: list[Mention], lex: Lexicon, sentence: int,
               cat: Catalogue | None = None, grouped: list[Mention] | None = None) -> list[Fact]:
    if not lex.templates:
        return []
    plain = _tag(folded, s_start, s_end, ms)
    with_modifiers = _tag(folded, s_start, s_end, grouped) \
        if grouped is not None and any(t.keep_modifiers for t in lex.templates) else plain
    facts = []
    for tpl in lex.templates:
        inside, tagged = with_modifiers if tpl.keep_modifiers else plain
        pos = 0
        # overlapping search: "⟦Putin⟧ at ⟦Hall⟧ in ⟦Beijing⟧" must still try Hall-in-Beijing
        # after the Person-at-Hall match failed its slot types
        while (match := tpl.pattern.search(tagged, pos)) is not None:
            pos = match.start() + 1
            bound = {}
            ok = True
            for name, types in tpl.slots.items():
                if match.group(name) is None:
                    continue        # an optional slot left out by an alternation ('a delegation' | '⟦Russian delegation⟧')
                m = inside[int(match.group(name))]
                if not _eligible(m, types):
                    ok = False
                    break
                bound[name] = m
            if not ok or not bound or any(match.group(n) not in tpl.adjectives for n in tpl.adjective_slots):
                continue
            if tpl.foreign and cat is not None:
                a, b = (bound[n] for n in tpl.foreign)
                ca = {cat.country_of(r) for r in a.refs} - {None}
                cb = {cat.country_of(r) for r in b.refs} - {None}
                if lex.foreign_members and a.is_group and cb and ca - cb:
                    a = replace(a, members=tuple(r for r in a.refs if cat.country_of(r) not in cb | {None}))
                    bound[tpl.foreign[0]] = a   # '访问俄罗斯期间，习近平与普京会谈': the host in the pair is no visitor
                    ca = {cat.country_of(r) for r in a.refs} - {None}
                if not cb or ca & cb or not ca and not (lex.foreign_unknown and all(r in cat and cat[r].provisional
                                                                                   for r in a.refs)):
                    continue    # "Putin's Moscow talks": the host at home, no visit (a new person of no known country: foreign if set)
            if tpl.finer and cat is not None and not _finer_place(*(bound[n].entity for n in tpl.finer), cat):
                continue
            for name in tpl.adjective_slots:     # a country adjective: placed where the first mention slot is
                anchor = min(bound.values(), key=lambda m: m.start)
                bound[name] = _Adjective(anchor.start, anchor.start, (tpl.adjectives[match.group(name)],))
            first, last = min(bound.values(), key=lambda m: m.start), max(bound.values(), key=lambda m: m.start)
            last_name = max(tpl.slots, key=lambda n: match.start(n))
            tail = re.sub(r"⟦\d+⟧", " ", tagged[match.end(last_name) + 1:match.end()])   # '…对中方的立场不表示支持'
            if tpl.negation_before:     # 'bác bỏ thông tin về chuyến thăm P của X': a negation just before the match
                head = tagged[max(0, match.start() - tpl.negation_before):match.start()]
                tail += " " + re.sub(r"⟦\d+⟧", " ", re.split(r"[,;:]", head)[-1])
            if _slots_negated(folded, s_start, first.end, last.start, lex, tail):
                continue        # '普京未对日本进行访问', '如果美方对中国实施制裁'
            conditional = _conditional(folded, last.end, s_end, lex)     # '… nếu được mời'
            for a, rel, b in tpl.emit:
                a, of_country = a.removesuffix(".country"), a.endswith(".country")     # 'X, чья страна …': X's country
                if a not in bound or b not in bound or conditional and _acted(rel, bound[a]):
                    continue
                subjects = bound[a].refs if not of_country or cat is None else \
                    tuple(dict.fromkeys(c for r in bound[a].refs if (c := cat.country_of(r))))
                if rel == "leaderOf" and getattr(bound[b], "kind", None) == SIDE:
                    continue        # 'led the US delegation': heading a delegation, not the country
                if rel == "leaderOf" and bound[a].is_group:     # '联合国秘书长潘基文、日本首相安倍晋三': the title's
                    subjects = subjects[:1] if bound[a].start > bound[b].start else subjects[-1:]   # own holder only
                for s in subjects:
                    for o in bound[b].refs:
                        if s != o:
                            trigger = re.sub(r"⟦\d+⟧", "…", match.group(0)).strip()
                            facts.append(Fact(s, rel, o, sentence, tpl.id, trigger, tpl.confidence))
    return facts


def _finer_place(inner: str | None, outer: str | None, cat: Catalogue) -> bool:
    """`inner` can lie in `outer`: a venue the catalogue lacks in a known place, or a catalogue place
    more specific than the other and not containing it."""
    if not inner or not outer or outer not in cat:
        return False
    if inner not in cat or cat[inner].provisional:
        return outer not in cat or not cat[outer].provisional
    return outer in cat.containers(inner) or (cat.depth(inner) > cat.depth(outer) and inner not in cat.containers(outer))


def _acted(relation: str, subj: Mention) -> bool:
    """Whether the fact is something its subject does, which a condition can hold back (not where a
    place lies, who leads what, or a city hosting the summit named in passing)."""
    return relation not in ("locatedIn", "leaderOf", "alignsWith") and not (relation == "hosts" and subj.type == "Place")


def _conditional(folded: str, end: int, s_end: int, lex: Lexicon) -> bool:
    """relations.json "condition_after": a condition right after the fact's last word makes it hypothetical
    ('… will attend the summit if invited', '… sẽ dự hội nghị nếu được mời', '… примет участие, если …');
    "negation_after": so does a calling-off told after it ('визит Си Цзиньпина в Россию был отменен')."""
    return bool(lex.condition_after and lex.condition_after.match(folded, end, s_end)
                or lex.negation_after and lex.negation_after.match(folded, end, s_end))     # '… был отменен'


def _negated_since_subject(folded: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """relations.json "negation_to_subject": a negation between the subject and the trigger, in one clause
    and within that many characters, negates the fact however far it is from the trigger."""
    span = folded[lo:hi]
    if not lex.negation or not 0 < len(span) <= lex.negation_to_subject or re.search(r"[,;:，；：。]", span):
        return False
    return _says_no(span, lex)


def _slots_negated(folded: str, s_start: int, lo: int, hi: int, lex: Lexicon, tail: str = "") -> bool:
    """A template match is negated by a negation between its first and last slot (or in the matched
    text after the last slot), or hypothetical when a conditional word precedes its last slot."""
    if _says_no((folded[lo:hi] if lo < hi else "") + " " + tail, lex):
        return True
    return bool(lex.hypothetical and lex.hypothetical.search(folded[s_start:max(lo, hi)]))
