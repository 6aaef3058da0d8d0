"""Consistency checks for the reference catalogue (kg/data/catalogue/*.json, schema: docs/catalogue.md)."""
from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from opencc import OpenCC

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"
CATALOGUE = DATA / "catalogue"
QID_TSV = DATA / "wikidata_qids.tsv"

FILES = {
    "persons.json": "Person",
    "countries.json": "Country",
    "organizations.json": "Organization",
    "places.json": "Place",
    "events.json": "Event",
    "agreements.json": "Agreement",
    "initiatives.json": "Initiative",
}
TYPES = set(FILES.values())
LABEL_LANGS = {"en", "zh-Hans", "zh-Hant", "vi", "ru"}
ALIAS_KEYS = {"en", "zh", "vi", "ru"}
ROLES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "party_leader",
    "vice_president", "deputy_head_of_government", "legislature_speaker", "presidential_aide",
    "spokesperson", "ambassador", "org_head",
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")
# surface forms that are generic words, never names
GENERIC = {
    "president", "the president", "prime minister", "foreign minister", "the summit", "summit", "leader",
    "两国", "双方", "中方", "俄方", "总统", "主席", "国家主席", "总理", "外长", "峰会",
    "hai bên", "hai nước", "tổng thống", "chủ tịch", "thủ tướng",
    "президент", "председатель", "стороны", "премьер", "саммит",
    "who", "us", "he",
}

_t2s = OpenCC("t2s").convert


def norm(s: str) -> str:
    return _t2s(s).strip().lower()


def iso(s) -> date:
    """An ISO date; a month ("2026-11") where only the month is known (read as its first day)."""
    assert isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", s), f"not an ISO date: {s!r}"
    return date.fromisoformat(s if len(s) == 10 else s + "-01")


def load(name: str) -> dict:
    with open(CATALOGUE / name, encoding="utf-8") as f:
        return json.load(f)


ALL_FILES = sorted(p.name for p in CATALOGUE.glob("*.json") if p.name != "series.json")


@pytest.fixture(scope="module")
def docs() -> dict[str, dict]:
    """Every entity file: the seven core files and any topic file (persons-asia.json ...)."""
    return {name: load(name) for name in ALL_FILES}


@pytest.fixture(scope="module")
def entities(docs) -> list[dict]:
    return [e for d in docs.values() for e in d["entities"]]


@pytest.fixture(scope="module")
def by_id(entities) -> dict[str, dict]:
    return {e["id"]: e for e in entities}


def test_all_files_present():
    for name in FILES:
        assert (CATALOGUE / name).is_file(), name
    assert QID_TSV.is_file()


@pytest.mark.parametrize("name", ALL_FILES)
def test_source_line_and_types(docs, name):
    doc = docs[name]
    assert set(doc) == {"source", "entities"}
    src = doc["source"]
    assert isinstance(src, str) and src.strip() and "\n" not in src
    assert doc["entities"], f"{name} is empty"
    for e in doc["entities"]:
        assert e["type"] == FILES.get(name, e["type"]) and e["type"] in TYPES, (name, e["id"], e["type"])


def test_ids_unique_and_slugs(entities):
    seen = set()
    for e in entities:
        assert SLUG.match(e["id"]), e["id"]
        assert e["id"] not in seen, f"duplicate id {e['id']}"
        seen.add(e["id"])


def test_labels(entities):
    for e in entities:
        labels = e["labels"]
        assert set(labels) <= LABEL_LANGS, (e["id"], set(labels) - LABEL_LANGS)
        assert labels.get("en"), f"{e['id']} has no en label"
        assert all(isinstance(v, str) and v.strip() == v and v for v in labels.values()), e["id"]
        assert len(labels) >= 3, f"{e['id']} has labels in fewer than 3 languages"


def test_china_russia_core_entities_in_all_languages(entities):
    for e in entities:
        core = (e["type"] == "Country" and e["id"] in {"china", "russia"}) or (
            e["type"] in {"Person", "Organization"} and e.get("country") in {"china", "russia"})
        if core:
            assert set(e["labels"]) == LABEL_LANGS, (e["id"], LABEL_LANGS - set(e["labels"]))


def test_alias_and_short_structure(entities):
    for e in entities:
        for field in ("aliases", "short"):
            if field not in e:
                continue
            assert set(e[field]) <= ALIAS_KEYS, (e["id"], field, set(e[field]))
            for lang, forms in e[field].items():
                assert isinstance(forms, list), (e["id"], field, lang)
                for s in forms:
                    assert isinstance(s, str) and s and s.strip() == s, (e["id"], field, lang, s)
                    assert norm(s) not in GENERIC, f"generic word {s!r} as {field} of {e['id']}"
        for lang, s in e["labels"].items():
            assert norm(s) not in GENERIC, (e["id"], s)


def test_no_alias_collisions(entities):
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        forms = list(e["labels"].values())
        for lst in e.get("aliases", {}).values():
            forms.extend(lst)
        for s in forms:
            owners[norm(s)].add(e["id"])
    clashes = {s: sorted(ids) for s, ids in owners.items() if len(ids) > 1}
    assert not clashes, f"surface forms shared by several entities: {clashes}"


def _verified_qids() -> dict[str, set[str]]:
    """normalised tsv name (without the parenthetical note) -> verified QIDs."""
    out: dict[str, set[str]] = defaultdict(set)
    with open(QID_TSV, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            qid = (row.get("qid") or "").strip()
            if qid:
                name = re.sub(r"\s*\(.*?\)\s*$", "", row["name"]).strip()
                out[name.lower()].add(qid)
    return out


def test_wikidata_only_verified(entities):
    verified = _verified_qids()
    all_verified = {q for qs in verified.values() for q in qs}
    for e in entities:
        if "wikidata" not in e:
            continue
        q = e["wikidata"]
        assert QID.match(q), (e["id"], q)
        assert q in all_verified, f"{e['id']}: {q} is not a verified QID in wikidata_qids.tsv"
        names = {e["labels"]["en"].lower()} | {a.lower() for a in e.get("aliases", {}).get("en", [])}
        assert any(q in verified.get(n, ()) for n in names), \
            f"{e['id']}: no tsv row named like the entity carries {q}"
    used = [e["wikidata"] for e in entities if "wikidata" in e]
    assert len(used) == len(set(used)), "a QID is used by two entities"


def test_dates(entities):
    for e in entities:
        for k in ("date", "end", "inception"):
            if e.get(k) is not None:
                iso(e[k])
        if e.get("date") and e.get("end"):
            assert iso(e["date"]) <= iso(e["end"]), e["id"]


def test_offices(entities, by_id):
    for e in entities:
        offices = e.get("offices")
        if offices is None:
            continue
        assert e["type"] == "Person", e["id"]
        for o in offices:
            assert o["role"] in ROLES, (e["id"], o["role"])
            assert o["of"] in by_id, (e["id"], o["of"])
            start = iso(o["from"])
            if o.get("to") is not None:
                assert start <= iso(o["to"]), (e["id"], o)
            if o["role"] == "ambassador":
                assert o.get("at") in by_id and by_id[o["at"]]["type"] == "Country", (e["id"], o)
                assert by_id[o["of"]]["type"] == "Country", (e["id"], o)
            elif o["role"] == "org_head":
                assert by_id[o["of"]]["type"] == "Organization", (e["id"], o)
            else:
                assert by_id[o["of"]]["type"] == "Country", (e["id"], o)


def test_references(entities, by_id):
    for e in entities:
        if e.get("country") is not None:
            assert e["country"] in by_id and by_id[e["country"]]["type"] == "Country", (e["id"], e["country"])
        if e.get("located_in") is not None:
            assert e["type"] == "Place", e["id"]
            assert e["located_in"] in by_id and by_id[e["located_in"]]["type"] in {"Place", "Country"}, (e["id"], e["located_in"])
            assert e["located_in"] != e["id"]
        if e.get("members") is not None:
            assert e["type"] == "Organization", e["id"]
            assert len(e["members"]) == len(set(e["members"])), e["id"]
            for m in e["members"]:
                assert m in by_id and by_id[m]["type"] == "Country", (e["id"], m)
        if e["type"] == "Country":
            assert all(len(a) == 1 for a in _abbrs(e)), e["id"]


def _abbrs(e: dict) -> list[str]:
    """zh_abbr is one character or a list of them (China: 中 as in 中俄, 华 as in 访华)."""
    raw = e.get("zh_abbr") or []
    return [raw] if isinstance(raw, str) else list(raw)


def test_zh_abbr_unique(entities):
    abbrs = [a for e in entities for a in _abbrs(e)]
    assert len(abbrs) == len(set(abbrs))


def test_one_head_of_state_per_country_at_a_time(entities):
    """Terms are half-open [from, to): a hand-over on day D ends one term and starts the next."""
    terms: dict[str, list[tuple[date, date, str]]] = defaultdict(list)
    for e in entities:
        for o in e.get("offices", []):
            if o["role"] == "head_of_state":
                end = iso(o["to"]) if o.get("to") else date.max
                terms[o["of"]].append((iso(o["from"]), end, e["id"]))
    for country, ts in terms.items():
        ts.sort()
        for (s1, e1, p1), (s2, e2, p2) in zip(ts, ts[1:]):
            assert s2 >= e1, f"{country}: {p1} and {p2} both head of state around {s2}"


def test_key_entities_present(by_id):
    for i in ["xi-jinping", "vladimir-putin", "china", "russia", "brics", "shanghai-cooperation-organisation",
              "united-nations", "un-security-council", "eurasian-economic-union", "belt-and-road-initiative",
              "2022-winter-olympics", "16th-brics-summit", "kazan-kremlin", "world-war-ii",
              "china-russia-years-of-sports-exchanges", "treaty-of-good-neighborliness-and-friendly-cooperation",
              "diaoyutai-state-guesthouse", "great-hall-of-the-people", "international-lunar-research-station"]:
        assert i in by_id, i


def test_head_of_state_resolution_examples(entities):
    def hos(country: str, day: str) -> list[str]:
        d = iso(day)
        return [e["id"] for e in entities for o in e.get("offices", [])
                if o["role"] == "head_of_state" and o["of"] == country and iso(o["from"]) <= d
                and (o.get("to") is None or d < iso(o["to"]))]
    assert hos("china", "2022-02-04") == ["xi-jinping"]
    assert hos("china", "2012-06-01") == ["hu-jintao"]
    assert hos("russia", "2010-01-01") == ["dmitry-medvedev"]
    assert hos("russia", "2024-10-22") == ["vladimir-putin"]
    assert hos("united-states", "2022-01-01") == ["joe-biden"]
    assert hos("vietnam", "2024-06-20") == ["to-lam"]


# cities lie in a country (regions, seas and continents need none): a city without one loses its
# 'Brussels, Belgium' locatedIn and every check that compares the countries of places
CITIES_ABROAD = {"brussels": "belgium", "mexico-city": "mexico", "madrid": "spain", "vienna": "austria",
                 "stockholm": "sweden", "tallinn": "estonia", "riga": "latvia", "vilnius": "lithuania",
                 "geneva": "switzerland", "moscow": "russia", "beijing": "china", "hanoi": "vietnam"}


@pytest.mark.parametrize("city,country", sorted(CITIES_ABROAD.items()))
def test_cities_have_their_country(by_id, city, country):
    assert by_id[city].get("country") == country
