"""cr-kg: a knowledge-graph builder of China–Russia relations from multilingual news.

    >>> import kg
    >>> graph = kg.build(["articles/"])              # doctest: +SKIP
    >>> graph.query("meetings")                       # a pandas DataFrame  # doctest: +SKIP
    >>> graph.write("output/")                        # doctest: +SKIP
"""
from __future__ import annotations

from kg.errors import InputError, KGError, QueryError, ValidationError
from kg.graph import KnowledgeGraph
from kg.pipeline import build, sample_corpus

__all__ = ["build", "sample_corpus", "KnowledgeGraph", "KGError", "InputError", "QueryError", "ValidationError"]
__version__ = "0.1.0"
