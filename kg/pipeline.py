"""The build: read -> extract per document -> merge meetings -> RDF, as a library call.

    >>> import kg
    >>> graph = kg.build(["kg/data/samples"])          # doctest: +SKIP
    >>> graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")   # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from kg.catalogue import load_catalogue
from kg.errors import InputError
from kg.extract.document import DocumentExtraction, DocumentExtractor
from kg.graph import KnowledgeGraph
from kg.ingest import Article, read_inputs
from kg.merge import merge_meetings
from kg.rdf.mapping import document_graph
from kg.rdf.triples import TripleSet


def sample_corpus() -> Path:
    """Folder of the bundled sample articles."""
    from importlib import resources
    return Path(str(resources.files("kg") / "data" / "samples"))


def extract_articles(articles: Iterable[Article], progress: Callable[[Article], None] | None = None
                     ) -> tuple[list[DocumentExtraction], list[InputError]]:
    """Extract every article; an article that fails is reported, the others go on."""
    extractor = DocumentExtractor()
    out, errors = [], []
    for article in articles:
        try:
            out.append(extractor.extract(article))
        except Exception as exc:  # noqa: BLE001 - one bad document never loses the build
            errors.append(InputError(article.source, f"extraction failed: {type(exc).__name__}: {exc}"))
        if progress:
            progress(article)
    return out, errors


def document_graphs(extractions: list[DocumentExtraction]) -> dict[str, TripleSet]:
    """doc_id -> the triples that document contributes (meetings merged across all of them)."""
    cat = load_catalogue()
    placement = merge_meetings(extractions, cat)
    graphs = {}
    for x in sorted(extractions, key=lambda x: x.article.doc_id):
        doc_id = x.article.doc_id
        meetings = [placement[(doc_id, i)] for i in range(len(x.meetings))]
        graphs[doc_id] = document_graph(x, meetings, cat)
    return graphs


def union(graphs: Iterable[TripleSet]) -> TripleSet:
    """The set union of per-document triples."""
    g = TripleSet()
    for part in graphs:
        g.update(part)
    return g


def dedupe_articles(articles: Iterable[Article]) -> list[Article]:
    """The same content given twice is one document."""
    seen: dict[str, Article] = {}
    for a in articles:
        seen.setdefault(a.content_hash, a)
    return list(seen.values())


def build(paths: Iterable[str | Path] | None = None, *,
          progress: Callable[[Article], None] | None = None) -> KnowledgeGraph:
    """Build the knowledge graph of the given files/folders (default: the bundled samples).

    Bad inputs do not stop the build: they are listed in `KnowledgeGraph.errors`.
    """
    articles, errors = read_articles(paths)
    extractions, failed = extract_articles(articles, progress)
    graphs = document_graphs(extractions)
    return KnowledgeGraph(union(graphs.values()), extractions, errors + failed)


def read_articles(paths: Iterable[str | Path] | None) -> tuple[list[Article], list[InputError]]:
    """Read inputs, one article per distinct content; no paths: the bundled samples, whose
    sources are named samples/<file> wherever the package is installed."""
    paths = list(paths or [])
    result = read_inputs(paths or [sample_corpus()])
    articles = dedupe_articles(result.articles)
    if not paths:
        articles = [replace(a, source=f"samples/{Path(a.source).name}") for a in articles]
    return articles, list(result.errors)
