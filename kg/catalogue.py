"""The reference catalogue: known entities with labels, aliases, office terms (docs/catalogue.md).

Loaded once from the JSON files under kg/data/catalogue/ (package data). Data, not output:
only entities that a document mentions reach the graph.
"""
from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Collection, Iterable

ENTITY_TYPES = ("Person", "Country", "Organization", "Place", "Event", "Agreement", "Initiative")
LANG_TAGS = ("en", "zh-Hans", "zh-Hant", "vi", "ru")
_NOT_ENTITIES = frozenset({"series.json"})     # generic names of recurring events, read by the gazetteer
_CORE_FILES = ("persons", "countries", "organizations", "places", "events", "agreements", "initiatives")


@dataclass(frozen=True, slots=True)
class Office:
    role: str
    of: str | None
    start: date | None
    end: date | None
    at: str | None = None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str
    labels: dict[str, str]
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    short: dict[str, tuple[str, ...]] = field(default_factory=dict)
    wikidata: str | None = None
    country: str | None = None
    located_in: str | None = None
    offices: tuple[Office, ...] = ()
    members: tuple[str, ...] = ()
    adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    zh_abbr: tuple[str, ...] = ()
    day: date | None = None
    end: date | None = None
    inception: date | None = None
    provisional: bool = False
    head_office: str | None = None      # Organization: its head's office ('foreign_minister' for a foreign ministry)
    gathering: bool = True              # Event: people attend it and a place hosts it (not a war or an election)
    leader_office: str = "head_of_state"    # Country: the office its 'leader' holds (a prime minister in parliamentary states)

    @property
    def name(self) -> str:
        """Canonical (English if any) label."""
        return self.labels.get("en") or next(iter(self.labels.values()), self.id)

    @property
    def names(self) -> tuple[str, ...]:
        """Every label and alias, in every language."""
        return (*self.labels.values(), *(a for aliases in self.aliases.values() for a in aliases))


def _day(value: str | None) -> date | None:
    if not value:
        return None
    parts = [int(p) for p in str(value).split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts[:3])


def _tuple_map(raw: dict | None) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in (raw or {}).items() if v}


def entity_from_json(raw: dict) -> Entity:
    abbr = raw.get("zh_abbr") or ()
    return Entity(
        id=raw["id"], type=raw["type"], labels=dict(raw.get("labels", {})),
        aliases=_tuple_map(raw.get("aliases")), short=_tuple_map(raw.get("short")),
        wikidata=raw.get("wikidata"), country=raw.get("country"), located_in=raw.get("located_in"),
        offices=tuple(Office(o["role"], o.get("of"), _day(o.get("from")), _day(o.get("to")), o.get("at"))
                      for o in raw.get("offices", ())),
        members=tuple(raw.get("members", ())), adjectives=_tuple_map(raw.get("adjectives")),
        zh_abbr=(abbr,) if isinstance(abbr, str) else tuple(abbr),
        day=_day(raw.get("date")), end=_day(raw.get("end")), inception=_day(raw.get("inception")),
        head_office=raw.get("head_office"),
        gathering=raw.get("gathering", True),
        leader_office=raw.get("leader_office", "head_of_state"),
    )


class Catalogue:
    """All known entities, indexed by id, with office-holder lookup by date."""

    def __init__(self, entities: Iterable[Entity]):
        self.entities: dict[str, Entity] = {}
        for e in entities:
            if e.id in self.entities:
                raise ValueError(f"duplicate catalogue id {e.id!r}")
            self.entities[e.id] = e
        self._holders: dict[tuple[str, str | None], list[tuple[Office, Entity]]] = {}
        self._derived: dict[object, Any] = {}      # shared with overlays (they add provisional persons and agreements only)
        for e in self.entities.values():
            for o in e.offices:
                self._holders.setdefault((o.role, o.of), []).append((o, e))

    def __getitem__(self, entity_id: str) -> Entity:
        return self.entities[entity_id]

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.entities

    def __len__(self) -> int:
        return len(self.entities)

    def holder(self, role: str, of: str | None, day: date | None, named: Collection[str] = ()) -> Entity | None:
        """The holder of `role` of `of` on `day`; with no day, the most recent holder among those in `named`
        (the persons an undated text names: 'иранский президент' beside 'Хасан Роухани'), else the most
        recent holder."""
        terms = self._holders.get((role, of), [])
        if not terms:
            return None
        if day is not None:
            for office, person in terms:
                if office.held_on(day):
                    return person
            return None
        terms = [t for t in terms if t[1].id in named] or terms
        latest = max(terms, key=lambda t: (t[0].end is None, t[0].end or date.min, t[0].start or date.min))
        return latest[1]

    def overlay(self, extra: dict[str, Entity]) -> "Catalogue":
        """This catalogue plus `extra` entities (a document's provisional ones); self when none."""
        if not extra:
            return self
        self._derived_store()           # created before the copy, so the view shares it
        view = copy.copy(self)
        view.entities = {**self.entities, **extra}
        return view

    def country_of(self, entity_id: str | None) -> str | None:
        """The entity itself when it is a country, else the country it belongs to or lies in."""
        if entity_id is None or entity_id not in self.entities:
            return None
        e = self.entities[entity_id]
        return entity_id if e.type == "Country" else e.country

    def derived(self, key: object, build: Callable[["Catalogue"], Any]) -> Any:
        """`build(self)`, computed once per catalogue and shared with its overlays: for indexes over
        catalogue entities other than persons and agreements (an overlay adds only a document's provisional
        persons and agreements)."""
        store = self._derived_store()
        if key not in store:
            store[key] = build(self)
        return store[key]

    def _derived_store(self) -> dict[object, Any]:
        if "_derived" not in self.__dict__:     # an unpickled catalogue (gazetteer disk cache) has none yet
            self._derived = {}
        return self._derived

    def containers(self, entity_id: str) -> tuple[str, ...]:
        """The places a place lies in, innermost first (its "located_in" chain)."""
        out: list[str] = []
        eid = self.entities[entity_id].located_in if entity_id in self.entities else None
        while eid and eid in self.entities and eid not in out and eid != entity_id:
            out.append(eid)
            eid = self.entities[eid].located_in
        return tuple(out)

    def depth(self, entity_id: str) -> int:
        """How many containing places a place has (venue -> city -> country): larger is more specific."""
        n, seen, eid = 0, set(), entity_id
        while eid and eid in self.entities and eid not in seen:
            seen.add(eid)
            e = self.entities[eid]
            eid = e.located_in or (e.country if e.type == "Place" else None)
            n += 1
        return n

    def countries(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.type == "Country"]


def data_fingerprint(*extra: bytes) -> str:
    """sha256 (hex) of every JSON data file extraction reads (catalogue, per-language data) and `extra`."""
    h = hashlib.sha256()
    for part in extra:
        h.update(part)
    root = resources.files("kg")
    for sub in ("data/catalogue", "lang"):
        base = Path(str(root / sub))
        if base.is_dir():
            for f in sorted(base.rglob("*.json")):
                h.update(f.relative_to(base).as_posix().encode())
                h.update(f.read_bytes())
    return h.hexdigest()


def _file_order(res) -> tuple[int, str]:
    """The core files in their fixed order, then any further file (persons-asia.json ...) by name."""
    stem = res.name[:-len(".json")]
    return (_CORE_FILES.index(stem) if stem in _CORE_FILES else len(_CORE_FILES), stem)


@cache
def load_catalogue() -> Catalogue:
    """The bundled catalogue (cached)."""
    base = resources.files("kg") / "data" / "catalogue"
    entities: list[Entity] = []
    for res in sorted((r for r in base.iterdir() if r.name.endswith(".json") and r.name not in _NOT_ENTITIES),
                      key=_file_order):
        data = json.loads(res.read_text(encoding="utf-8"))
        entities.extend(entity_from_json(raw) for raw in data["entities"])
    return Catalogue(entities)
