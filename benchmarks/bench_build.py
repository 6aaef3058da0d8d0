"""Build throughput: MB/s of input text per core, per stage (a script that prints figures).

    python benchmarks/bench_build.py [FOLDER ...]     # default: the bundled samples (+ ../shared/corpus if present)

Runs in one process (one core). The gazetteer is loaded before timing (a one-off cost, cached
on disk); its cold build time is printed separately.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import kg
from kg.extract.document import DocumentExtractor
from kg.extract.gazetteer import Gazetteer, default_gazetteer
from kg.catalogue import load_catalogue
from kg.ingest import read_inputs
from kg.pipeline import document_graphs, union


def main() -> None:
    folders = [Path(p) for p in sys.argv[1:]] or [kg.sample_corpus()]
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not sys.argv[1:] and corpus.is_dir():
        folders.append(corpus)
    t = time.perf_counter()
    Gazetteer(load_catalogue())
    cold = time.perf_counter() - t
    t = time.perf_counter()
    extractor = DocumentExtractor(default_gazetteer())
    warm = time.perf_counter() - t

    rounds = 5
    t = time.perf_counter()
    for _ in range(rounds):
        articles = read_inputs(folders).articles
    t_read = (time.perf_counter() - t) / rounds
    size_mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    t = time.perf_counter()
    for _ in range(rounds):
        extractions = [extractor.extract(a) for a in articles]
    t_extract = (time.perf_counter() - t) / rounds
    t = time.perf_counter()
    for _ in range(rounds):
        graph = union(document_graphs(extractions).values())
    t_rdf = (time.perf_counter() - t) / rounds
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        kg.KnowledgeGraph(graph, extractions).write(out)
        t_write = time.perf_counter() - t
    total = t_read + t_extract + t_rdf + t_write
    print(f"input: {len(articles)} documents, {size_mb:.3f} MB of UTF-8 text, {len(graph)} triples")
    print(f"gazetteer: cold build {cold:.2f} s, load from disk cache {warm:.2f} s (once per process)")
    print(f"{'stage':<22}{'seconds':>10}{'MB/s/core':>12}")
    for name, secs in (("read+clean+langid", t_read), ("extract", t_extract), ("merge+RDF mapping", t_rdf),
                       ("write 5 files", t_write), ("total", total)):
        print(f"{name:<22}{secs:>10.3f}{size_mb / secs:>12.3f}")


if __name__ == "__main__":
    main()
