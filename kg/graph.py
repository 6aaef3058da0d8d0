"""KnowledgeGraph: the result of a build, for notebooks and the CLI."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal

from kg.errors import InputError
from kg.query import resolve_query, run
from kg.rdf.namespaces import CR
from kg.rdf.serialize import to_ntriples_sorted, to_turtle, write_atomic
from kg.rdf.triples import TripleSet
from kg.tables import ENTITIES_SPARQL, RELATIONS_SPARQL, to_csv

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from kg.extract.document import DocumentExtraction

RELATION_NAMES = ("meets", "leaderOf", "supports", "opposes", "cooperatesWith", "memberOf", "chairs",
                  "attends", "hosts", "signs", "visits", "locatedIn", "alignsWith")
ENTITY_CLASSES = ("Person", "Country", "Organization", "Place", "Event", "Agreement", "Initiative")
OUTPUT_FILES = ("graph.ttl", "ontology.ttl", "graph.html", "entities.csv", "relations.csv")


def ontology_text() -> bytes:
    """The bundled ontology (ontology/cr.ttl)."""
    return (resources.files("kg") / "data" / "ontology" / "cr.ttl").read_bytes()


@dataclass
class KnowledgeGraph:
    """A built graph, the per-document extractions, the inputs that failed.

    `triples` is an rdflib Graph or a TripleSet; `graph` gives it as an rdflib Graph (made on
    first use), `store` as an in-memory Oxigraph store (fast SPARQL).
    """

    triples: Graph | TripleSet | bytes          # bytes: sorted N-Triples
    documents: list["DocumentExtraction"] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    @cached_property
    def graph(self) -> Graph:
        """The graph as an rdflib Graph (built on first use)."""
        if isinstance(self.triples, Graph):
            return self.triples
        if isinstance(self.triples, TripleSet):
            return self.triples.to_rdflib()
        from kg.rdf.mapping import new_graph
        return new_graph().parse(data=self.triples.decode("utf-8"), format="nt")

    @cached_property
    def ntriples(self) -> bytes:
        return to_ntriples_sorted(self.triples)

    @cached_property
    def store(self) -> ox.Store:
        """An in-memory Oxigraph copy of the graph, for fast SPARQL."""
        store = ox.Store()
        store.bulk_load(self.ntriples, format=ox.RdfFormat.N_TRIPLES)
        return store

    def __len__(self) -> int:
        return len(self.store)

    def query(self, sparql: str, **params: str) -> "pd.DataFrame":
        """Run SPARQL (inline, a .rq path or a bundled query name) -> DataFrame."""
        return run(self.store, resolve_query(sparql), params or None)

    def to_networkx(self) -> "nx.MultiDiGraph":
        """Entities as nodes (type, label), truthy relations as edges (relation)."""
        import networkx as nx
        g = nx.MultiDiGraph()
        for cls in ENTITY_CLASSES:
            for node in self.graph.subjects(RDF.type, CR[cls]):
                labels = {lit.language: str(lit) for lit in self.graph.objects(node, RDFS.label) if isinstance(lit, Literal)}
                g.add_node(str(node), type=cls, label=labels.get("en") or next(iter(labels.values()), str(node)))
        for rel in RELATION_NAMES:
            for s, o in self.graph.subject_objects(CR[rel]):
                if str(s) in g and str(o) in g:
                    g.add_edge(str(s), str(o), key=rel, relation=rel)
        return g

    def counts(self) -> dict[str, int]:
        """Entities, statements (relations) and meetings in the graph."""
        count = lambda q: int(self.query(q).iloc[0, 0])  # noqa: E731
        return {
            "entities": count("PREFIX cr: <https://w3id.org/cr-kg/ontology#> SELECT (COUNT(DISTINCT ?e) AS ?n) "
                              "WHERE { VALUES ?c { cr:Person cr:Country cr:Organization cr:Place cr:Event "
                              "cr:Agreement cr:Initiative } ?e a ?c }"),
            "relations": count("PREFIX cr: <https://w3id.org/cr-kg/ontology#> SELECT (COUNT(*) AS ?n) "
                               "WHERE { ?s a cr:Statement }"),
            "meetings": count("PREFIX cr: <https://w3id.org/cr-kg/ontology#> SELECT (COUNT(*) AS ?n) "
                              "WHERE { ?m a cr:Meeting }"),
        }

    def summary(self) -> dict[str, int]:
        """What `kg build` prints: documents, languages, the counts, failed inputs."""
        languages = {lang for d in self.documents for lang in d.article.languages if lang != "und"}
        return {"documents": len(self.documents), "languages": len(languages), **self.counts(),
                "failed inputs": len(self.errors)}

    def write(self, out_dir: str | Path, *, html: bool = True) -> list[Path]:
        """Write graph.ttl, ontology.ttl, graph.html, entities.csv, relations.csv (atomically)."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        write_atomic(out / "graph.ttl", to_turtle(self.triples))
        write_atomic(out / "ontology.ttl", ontology_text())
        write_atomic(out / "entities.csv", to_csv(self.query(ENTITIES_SPARQL)))
        write_atomic(out / "relations.csv", to_csv(self.query(RELATIONS_SPARQL)))
        written += [out / "graph.ttl", out / "ontology.ttl", out / "entities.csv", out / "relations.csv"]
        if html:
            from kg.render import write_html
            write_html(self.graph, out / "graph.html")
            written.append(out / "graph.html")
        return written
