"""Score builds against gold annotations in the guidelines' format (shared/eval/GUIDELINES.md).

Each gold file <stem>.json names its document; the document is built on its own, and its
entities, relations and meetings are matched to the gold by label, as the reference scorer
does: a node names a gold entity when one of its labels equals the gold name or a mention after
NFKC, case folding, traditional->simplified conversion and removal of spaces and punctuation.
Symmetric relations (meets, cooperatesWith, alignsWith) match in either direction. A meeting
matches when its participants map exactly to the gold participants and its date equals the gold
date (when the gold has one); mode and place are then checked.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS

from kg.errors import InputError
from kg.extract.relations import SYMMETRIC
from kg.graph import ENTITY_CLASSES, RELATION_NAMES
from kg.rdf.namespaces import CR
from kg.text import _T2S

_PUNCT = re.compile(r"[\s\.\-·•‧'’\"“”«»()（）,，]+")
_MODES = {CR.InPerson: "in_person", CR.VideoConference: "video", CR.PhoneCall: "phone"}


def norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", str(text)).casefold()
    return _PUNCT.sub("", _T2S.convert(t))


@dataclass
class Counts:
    """True positives and totals for entities (e), relations (r) and meetings (m)."""
    n: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, other: "Counts") -> None:
        for k, v in other.n.items():
            self.n[k] += v

    def prf(self, kind: str) -> tuple[float, float, float]:
        sys_, gold = self.n[kind + "_sys"], self.n[kind + "_gold"]
        p = self.n[kind + "_tp_sys"] / sys_ if sys_ else (1.0 if not gold else 0.0)
        r = self.n[kind + "_tp_gold"] / gold if gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def line(self) -> str:
        parts = [f"{name} P/R/F {'/'.join(f'{x:.2f}' for x in self.prf(k))}"
                 for k, name in (("e", "entities"), ("r", "relations"), ("m", "meetings"))]
        tp = self.n["m_tp_gold"]
        return "  ".join(parts) + f"  meeting date {self.n['m_date']}/{tp} mode {self.n['m_mode']}/{tp} place {self.n['m_place']}/{tp}"


@dataclass
class DocScore:
    stem: str
    lang: str
    counts: Counts
    missing: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def _system(g: Graph):
    types = {s for cls in ENTITY_CLASSES for s in g.subjects(RDF.type, CR[cls])}
    labels: dict = defaultdict(set)
    for prop in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        for s, o in g.subject_objects(prop):
            if isinstance(o, Literal):
                labels[s].add(norm(o))
    triples = [(s, rel, o) for rel in RELATION_NAMES for s, o in g.subject_objects(CR[rel])]
    meetings = []
    for m in g.subjects(RDF.type, CR.Meeting):
        meetings.append((set(g.objects(m, CR.participant)), {str(d)[:10] for d in g.objects(m, CR.date)},
                         set(g.objects(m, CR.location)), {_MODES.get(x) for x in g.objects(m, CR.mode)}))
    return types, labels, triples, meetings


def score_graph(gold: dict, g: Graph) -> DocScore:
    """Score one built document graph against its gold annotation."""
    entities, labels, triples, meetings = _system(g)
    gold_labels = {e["id"]: {norm(x) for x in [e["name"], *e.get("mentions", [])]} for e in gold["entities"]}
    node2gold = {n: {gid for gid, gl in gold_labels.items() if labels[n] & gl} for n in labels}
    node2gold = {n: ids for n, ids in node2gold.items() if ids}
    c = Counts()
    matched: dict[str, list] = defaultdict(list)
    for n in entities:
        for gid in node2gold.get(n, ()):
            matched[gid].append(n)
    dup = sum(len(v) - 1 for v in matched.values() if len(v) > 1)
    c.n["e_sys"], c.n["e_gold"] = len(entities), len(gold["entities"])
    c.n["e_tp_sys"] = sum(1 for n in entities if n in node2gold) - dup
    c.n["e_tp_gold"] = len(matched)

    def key(s, p, o):
        return (p, frozenset((s, o))) if p in SYMMETRIC else (p, s, o)
    gold_rel = {key(r["s"], r["p"], r["o"]) for r in gold["relations"]}
    sys_rel = set()
    for s, p, o in triples:
        if s in node2gold and o in node2gold:
            sys_rel |= {key(a, p, b) for a in node2gold[s] for b in node2gold[o]}
        else:
            sys_rel.add(("?", p, str(s), str(o)))
    c.n["r_sys"], c.n["r_gold"] = len(sys_rel), len(gold_rel)
    c.n["r_tp_sys"] = c.n["r_tp_gold"] = len(gold_rel & sys_rel)
    used: set[int] = set()
    for m in gold.get("meetings", []):
        for i, (parts, dates, places, modes) in enumerate(meetings):
            got = {gid for p in parts for gid in node2gold.get(p, ())}
            if i in used or got != set(m["participants"]) or (m.get("date") and m["date"] not in dates):
                continue
            used.add(i)
            c.n["m_tp_gold"] += 1
            c.n["m_tp_sys"] += 1
            c.n["m_date"] += bool(m.get("date") is None or m["date"] in dates)
            c.n["m_mode"] += m.get("mode") in modes
            c.n["m_place"] += m.get("place") is None or any(m["place"] in node2gold.get(p, ()) for p in places)
            break
    c.n["m_sys"], c.n["m_gold"] = len(meetings), len(gold.get("meetings", []))

    def name(node) -> str:
        ids = node2gold.get(node)
        return "/".join(sorted(ids)) if ids else min(labels[node], default=str(node))

    missing = [f"entity {e['name']}" for e in gold["entities"] if e["id"] not in matched]
    missing += [f"relation {k}" for k in sorted(map(str, gold_rel - sys_rel))]
    missing += [f"meeting {sorted(m['participants'])} on {m.get('date')}" for m in gold.get("meetings", [])
                if not _found(m, meetings, node2gold)]
    spurious = [f"entity {name(n)}" for n in sorted(entities - set(node2gold))]
    spurious += [f"relation {k}" for k in sorted(map(str, sys_rel - gold_rel))]
    spurious += [f"meeting {sorted(name(p) for p in parts)} on {'/'.join(sorted(dates)) or None}"
                 for i, (parts, dates, _, _) in enumerate(meetings) if i not in used]
    return DocScore("", (gold.get("languages") or ["und"])[0], c, missing, spurious)


def _found(gold_meeting: dict, meetings: list, node2gold: dict) -> bool:
    """Whether some system meeting has the gold participants and (when given) the gold date."""
    want, day = set(gold_meeting["participants"]), gold_meeting.get("date")
    return any({gid for p in parts for gid in node2gold.get(p, ())} == want and (not day or day in dates)
               for parts, dates, _, _ in meetings)


def evaluate(gold_dir: Path, docs_dir: Path) -> tuple[list[DocScore], dict[str, Counts]]:
    """Build every gold document on its own and score it; totals per language and 'all'."""
    from kg.pipeline import build

    golds = sorted(Path(gold_dir).glob("*.json"))
    if not golds:
        raise InputError(gold_dir, "no gold .json files")
    scores, totals = [], defaultdict(Counts)
    for path in golds:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(path, f"unreadable gold file ({exc})") from exc
        doc = Path(docs_dir) / gold["doc"]
        if not doc.is_file():
            raise InputError(doc, "document named by the gold file not found")
        result = score_graph(gold, build([doc]).graph)
        result.stem = path.stem
        scores.append(result)
        for bucket in ("all", result.lang):
            totals[bucket].add(result.counts)
    return scores, dict(totals)
