"""Exceptions raised by the knowledge-graph builder.

All exceptions that the package raises on purpose derive from one base class, so a caller
(or the CLI) can catch them in one place::

    KGError                 base class of every error the builder raises on purpose
     ├── InputError         an input file (or one line of a .jsonl file) cannot be read:
     │                      missing, unreadable, empty, binary, undecodable, malformed
     ├── QueryError         a SPARQL query is malformed, or its file/graph cannot be read
     └── ValidationError    a built graph does not conform to the SHACL shapes

Programming errors (TypeError, ValueError from misuse of the API) are not wrapped.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["KGError", "InputError", "QueryError", "ValidationError"]


class KGError(Exception):
    """Base class of all errors the builder raises on purpose."""


class InputError(KGError):
    """An input cannot be read; ``str(err)`` is ``"PATH: problem"``.

    ``path`` names the file, or ``file.jsonl:LINE`` for one line of a JSON-lines file.
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        return (type(self), (self.path, self.problem))


class QueryError(KGError):
    """A query cannot be run: bad SPARQL, missing .rq file, unreadable graph."""


class ValidationError(KGError):
    """A graph does not conform to ontology/shapes.ttl; ``report`` is the SHACL text report."""

    def __init__(self, message: str, report: str = "") -> None:
        self.report = report
        super().__init__(message)
