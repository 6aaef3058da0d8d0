"""A plain set of RDF triples (rdflib terms), cheap to build and merge.

rdflib's in-memory Graph costs tens of microseconds per `add`; the mapping produces triples
into this set instead, and an rdflib Graph is made only when the API or SHACL needs one.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from rdflib import Graph
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


class TripleSet:
    """Triples without duplicates; `to_rdflib()` for the rdflib API, `ntriples()` for Oxigraph."""

    __slots__ = ("_triples",)

    def __init__(self, triples: Iterable[Triple] = ()):
        self._triples: set[Triple] = set(triples)

    def add(self, triple: Triple) -> None:
        self._triples.add(triple)

    def update(self, triples: Iterable[Triple]) -> None:
        self._triples.update(triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def ntriples(self) -> bytes:
        """Canonical, sorted N-Triples."""
        lines = sorted(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in self._triples)
        return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""

    def to_rdflib(self) -> Graph:
        from .mapping import new_graph
        g = new_graph()
        g.addN((s, p, o, g) for s, p, o in sorted(self._triples))
        return g
