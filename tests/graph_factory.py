"""Small and synthetic cr-kg graphs shaped as docs/rdf-model.md describes.

Used by the explorer tests (tests/test_html_explorer.py) and the explorer benchmark
(benchmarks/bench_explorer.py). Nothing here depends on the builder: the graphs are written
by hand, triple by triple, from the documented model.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from datetime import date, timedelta

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

CR = Namespace("https://w3id.org/cr-kg/ontology#")
ID = Namespace("https://w3id.org/cr-kg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")

SYMMETRIC = {"meets", "cooperatesWith", "alignsWith"}
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_JS = "javascript:alert(1)"
XSS_QUOTE = f"Quote {XSS_SCRIPT} then {XSS_IMG} and {XSS_JS} end."


def _h(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in (("cr", CR), ("id", ID), ("wd", WD), ("skos", SKOS), ("dcterms", DCTERMS),
                       ("prov", PROV), ("owl", OWL), ("schema", SCHEMA)):
        g.bind(prefix, ns)
    return g


def add_entity(g: Graph, slug: str, cls: str, labels: dict[str, str], *,
               qid: str | None = None, alt: tuple[str, ...] = (), docs: tuple[URIRef, ...] = ()) -> URIRef:
    iri = ID[f"entity/{slug}"]
    g.add((iri, RDF.type, CR[cls]))
    for lang, text in labels.items():
        g.add((iri, RDFS.label, Literal(text, lang=lang)))
    for a in alt:
        g.add((iri, SKOS.altLabel, Literal(a, lang="en")))
    if qid:
        g.add((iri, OWL.sameAs, URIRef(str(WD) + qid)))
    for d in docs:
        g.add((iri, CR.mentionedIn, d))
    return iri


def add_document(g: Graph, key: str, title: str, issued: str, langs: tuple[str, ...], path: str,
                 url: str | None = None) -> URIRef:
    doc = ID[f"doc/{_h('doc', key)}"]
    g.add((doc, RDF.type, CR.Document))
    g.add((doc, DCTERMS.title, Literal(title)))
    g.add((doc, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    for lang in langs:
        g.add((doc, DCTERMS.language, Literal(lang)))
    g.add((doc, CR.sourcePath, Literal(path)))
    if url:
        g.add((doc, SCHEMA.url, URIRef(url)))
    g.add((doc, CR.contentHash, Literal("sha256:" + hashlib.sha256(key.encode()).hexdigest())))
    return doc


def add_evidence(g: Graph, owner: URIRef, doc: URIRef, quote: str, lang: str, rule: str,
                 trigger: str, start: int = 0, confidence: str = "0.8") -> URIRef:
    ev = ID[f"evidence/{_h(doc, start, start + len(quote), rule, owner)}"]
    g.add((ev, RDF.type, CR.Evidence))
    g.add((ev, CR.quote, Literal(quote)))
    g.add((ev, CR.sourceDocument, doc))
    g.add((ev, CR.startOffset, Literal(start)))
    g.add((ev, CR.endOffset, Literal(start + len(quote))))
    g.add((ev, CR.language, Literal(lang)))
    g.add((ev, CR.rule, Literal(rule)))
    g.add((ev, CR.trigger, Literal(trigger)))
    g.add((ev, CR.confidence, Literal(confidence, datatype=XSD.decimal)))
    g.add((owner, CR.hasEvidence, ev))
    return ev


def add_relation(g: Graph, s: URIRef, rel: str, o: URIRef,
                 evidence: list[tuple[URIRef, str, str, int]]) -> URIRef:
    """Truthy triple(s) + statement node; evidence items are (doc, quote, lang, start)."""
    g.add((s, CR[rel], o))
    a, b = (s, o)
    if rel in SYMMETRIC:
        g.add((o, CR[rel], s))
        a, b = sorted((s, o), key=str)
    st = ID[f"statement/{_h(a, CR[rel], b)}"]
    g.add((st, RDF.type, CR.Statement))
    g.add((st, RDF.subject, a))
    g.add((st, RDF.predicate, CR[rel]))
    g.add((st, RDF.object, b))
    for doc, quote, lang, start in evidence:
        add_evidence(g, st, doc, quote, lang, f"{lang}.{rel}.pattern", rel, start)
        g.add((st, PROV.wasDerivedFrom, doc))
    return st


def add_meeting(g: Graph, day: str, participants: list[URIRef], location: URIRef | None,
                mode: str, evidence: list[tuple[URIRef, str, str, int]], label: str) -> URIRef:
    key = _h("|".join(sorted(map(str, participants))), day, "anchor")
    m = ID[f"meeting/{day}/{key}"]
    g.add((m, RDF.type, CR.Meeting))
    g.add((m, RDFS.label, Literal(label, lang="en")))
    for p in participants:
        g.add((m, CR.participant, p))
    g.add((m, CR.date, Literal(day, datatype=XSD.date)))
    if location is not None:
        g.add((m, CR.location, location))
    g.add((m, CR.mode, CR[mode]))
    for doc, quote, lang, start in evidence:
        add_evidence(g, m, doc, quote, lang, f"{lang}.meeting.pattern", "met", start)
        g.add((m, CR.reportedIn, doc))
    return m


def sample_graph() -> Graph:
    """Xi, Putin, China, Russia, Beijing, a meeting, statements with quotes, and an XSS entity."""
    g = new_graph()
    d1 = add_document(g, "d1", "Xi Jinping holds talks with Putin", "2022-02-04", ("en",),
                      "seeds/001.txt", "https://example.org/news/1")
    d2 = add_document(g, "d2", "Путин и Си Цзиньпин провели переговоры", "2023-03-21", ("ru",),
                      "seeds/002.txt")
    d3 = add_document(g, "d3", "习近平同普京举行会谈", "2023-03-22", ("zh-Hans",), "seeds/003.txt")
    dx = add_document(g, "dx", XSS_IMG, "2024-01-01", ("en",), "seeds/xss.txt", XSS_JS)

    xi = add_entity(g, "xi-jinping", "Person",
                    {"en": "Xi Jinping", "zh-Hans": "习近平", "zh-Hant": "習近平",
                     "vi": "Tập Cận Bình", "ru": "Си Цзиньпин"},
                    qid="Q15031", alt=("President Xi",), docs=(d1, d2, d3))
    putin = add_entity(g, "vladimir-putin", "Person",
                       {"en": "Vladimir Putin", "zh-Hans": "普京", "zh-Hant": "普丁",
                        "vi": "Vladimir Putin", "ru": "Владимир Путин"},
                       qid="Q7747", alt=("President Putin",), docs=(d1, d2, d3))
    china = add_entity(g, "china", "Country",
                       {"en": "China", "zh-Hans": "中国", "zh-Hant": "中國", "vi": "Trung Quốc",
                        "ru": "Китай"}, qid="Q148", docs=(d1, d3))
    russia = add_entity(g, "russia", "Country",
                        {"en": "Russia", "zh-Hans": "俄罗斯", "zh-Hant": "俄羅斯", "vi": "Nga",
                         "ru": "Россия"}, qid="Q159", docs=(d1, d2))
    beijing = add_entity(g, "beijing", "Place",
                         {"en": "Beijing", "zh-Hans": "北京", "ru": "Пекин"}, qid="Q956", docs=(d1,))
    xss = add_entity(g, "new/organization/xss", "Organization",
                     {"en": XSS_IMG, "ru": XSS_SCRIPT}, alt=(XSS_JS,), docs=(dx,))
    g.add((xss, CR.provisional, Literal(True)))
    # an invalid QID must never become a link
    g.add((xss, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1%22onmouseover%3Dalert(1)")))

    add_relation(g, xi, "meets", putin, [
        (d1, "Xi Jinping held talks with Vladimir Putin in Beijing.", "en", 0),
        (d3, "习近平同普京举行会谈。", "zh-Hans", 10),
    ])
    add_relation(g, russia, "supports", china, [
        (d2, "Россия решительно поддерживает Китай.", "ru", 40),
        (d1, "Russia firmly supports China on Taiwan.", "en", 120),
    ])
    add_relation(g, china, "cooperatesWith", russia, [
        (d1, "China and Russia will deepen cooperation in energy.", "en", 200),
    ])
    add_relation(g, putin, "leaderOf", russia, [(d2, "Президент России Владимир Путин", "ru", 0)])
    add_relation(g, xi, "leaderOf", china, [(d3, "国家主席习近平", "zh-Hans", 0)])
    add_relation(g, putin, "visits", china, [(d3, "普京对中国进行国事访问。", "zh-Hans", 60)])
    add_relation(g, xss, "supports", china, [(dx, XSS_QUOTE, "en", 0)])
    add_meeting(g, "2022-02-04", [xi, putin], beijing, "InPerson",
                [(d1, "Xi Jinping held talks with Vladimir Putin in Beijing.", "en", 0)],
                "Meeting of Vladimir Putin and Xi Jinping, 2022-02-04")
    return g


# --------------------------------------------------------------------------- synthetic

_CLASSES = ("Person", "Country", "Organization", "Place", "Event", "Agreement", "Initiative")
_CLASS_WEIGHTS = (40, 8, 20, 12, 6, 8, 6)
_RELATIONS = ("meets", "leaderOf", "supports", "opposes", "cooperatesWith", "memberOf", "chairs",
              "attends", "hosts", "signs", "visits", "locatedIn", "alignsWith")
_REL_WEIGHTS = (20, 4, 14, 6, 14, 8, 3, 6, 4, 6, 6, 4, 5)
_LANGS = ("en", "zh-Hans", "zh-Hant", "vi", "ru")
_SYLL = ("ka", "lo", "mi", "ren", "sha", "tov", "vin", "zhu", "bo", "nev", "ling", "dar", "qi", "mar")
_ZH = "安北长东方国海华江京立明南平齐清山上天文西新阳中"
_RU = "абвгдеклмнопрстуфх"


def synthetic_graph(n_nodes: int, edges_per_node: int = 4, seed: int = 0) -> Graph:
    """A random graph shaped like real output: ``n_nodes`` nodes (~10 % meetings),
    ~``edges_per_node * n_nodes`` drawn edges, each relation with a statement and 1–2 quotes."""
    rng = random.Random(seed)
    g = new_graph()
    n_meetings = max(1, n_nodes // 10)
    n_entities = n_nodes - n_meetings
    n_docs = max(5, n_nodes // 8)
    start = date(2014, 1, 1)
    docs = []
    for i in range(n_docs):
        day = (start + timedelta(days=rng.randrange(0, 3650))).isoformat()
        lang = rng.choice(_LANGS)
        docs.append((add_document(g, f"syn{seed}-{i}", f"Synthetic article {i} ({lang})", day, (lang,),
                                  f"corpus/synthetic/{i:06d}.txt"), lang))
    entities = []
    for i in range(n_entities):
        cls = rng.choices(_CLASSES, _CLASS_WEIGHTS)[0]
        name = "".join(rng.choice(_SYLL) for _ in range(rng.randint(2, 4))).capitalize() + f" {i}"
        labels = {"en": name,
                  "zh-Hans": "".join(rng.choice(_ZH) for _ in range(3)) + str(i),
                  "ru": "".join(rng.choice(_RU) for _ in range(6)).capitalize() + f" {i}"}
        if rng.random() < 0.5:
            labels["vi"] = name
        qid = f"Q{rng.randint(1, 10**7)}" if rng.random() < 0.3 else None
        entities.append(add_entity(g, f"syn/{i}", cls, labels, qid=qid,
                                   docs=tuple(d for d, _ in rng.sample(docs, 2))))
    # preferential attachment-ish endpoints: a few hubs, a long tail (like real news graphs)
    weights = [1.0 / (1 + i) ** 0.6 for i in range(n_entities)]
    cum_weights = list(itertools.accumulate(weights))   # what choices(weights) computes per call

    def pick() -> URIRef:
        return rng.choices(entities, cum_weights=cum_weights)[0]

    seen: set[tuple] = set()
    target = edges_per_node * n_nodes - 3 * n_meetings
    quote_words = ("the two sides", "agreed", "firmly", "support", "cooperation", "talks", "visit",
                   "signed", "strategic", "partnership", "energy", "trade", "security")
    while len(seen) < target:
        s, o = pick(), pick()
        if s == o:
            continue
        rel = rng.choices(_RELATIONS, _REL_WEIGHTS)[0]
        key = (min(s, o), rel, max(s, o)) if rel in SYMMETRIC else (s, rel, o)
        if key in seen:
            continue
        seen.add(key)
        evs = []
        for _ in range(rng.randint(1, 2)):
            doc, lang = rng.choice(docs)
            quote = " ".join(rng.choice(quote_words) for _ in range(rng.randint(8, 25))).capitalize() + "."
            evs.append((doc, quote, lang, rng.randrange(0, 5000)))
        add_relation(g, s, rel, o, evs)
    places = [e for e in entities if (e, RDF.type, CR.Place) in g] or entities
    persons = [e for e in entities if (e, RDF.type, CR.Person) in g] or entities
    for i in range(n_meetings):
        day = (start + timedelta(days=rng.randrange(0, 3650))).isoformat()
        a, b = rng.sample(persons, 2)
        doc, lang = rng.choice(docs)
        add_meeting(g, day, [a, b], rng.choice(places), rng.choice(("InPerson", "VideoConference", "PhoneCall")),
                    [(doc, f"Meeting quote {i}: talks were held.", lang, rng.randrange(0, 5000))],
                    f"Synthetic meeting {i}, {day}")
    return g
