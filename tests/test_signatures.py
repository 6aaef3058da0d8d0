"""The extractor's relation signatures are the ontology's domains and ranges (no fact the shapes reject)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDFS, Graph
from rdflib.collection import Collection

from kg.extract.relations import SIGNATURES
from kg.rdf.namespaces import CR

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "cr.ttl"
AGENTS = {"Person", "Country", "Organization"}
ENTITIES = AGENTS | {"Place", "Event", "Agreement", "Initiative"}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY)


def classes(g: Graph, node) -> set[str]:
    """Local names of a class or of an owl:unionOf of classes (cr:Agent / cr:Entity expanded)."""
    union = g.value(node, OWL.unionOf)
    names = {str(c).split("#")[-1] for c in Collection(g, union)} if union is not None else {str(node).split("#")[-1]}
    expanded = set()
    for n in names:
        expanded |= AGENTS if n == "Agent" else ENTITIES if n == "Entity" else {n}
    return expanded


@pytest.mark.parametrize("relation", sorted(SIGNATURES))
def test_signature_within_ontology(onto, relation):
    subjects, objects = SIGNATURES[relation]
    domain, range_ = onto.value(CR[relation], RDFS.domain), onto.value(CR[relation], RDFS.range)
    assert domain is not None and range_ is not None, relation
    assert set(subjects) <= classes(onto, domain), relation
    assert set(objects) <= classes(onto, range_), relation
