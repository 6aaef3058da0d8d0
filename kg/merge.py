"""Across documents: one node per real meeting.

Rule (documented in the README): meeting reports with the same participants are one meeting when
their dates are equal; a report without a date joins the dated meeting of the same participants
whose documents share the most context with its document (named Agreements mentioned in both
count 2, named Events 1), provided that this best candidate is unique. A report that joins
nothing stays its own meeting. Entities need no merging step: they carry stable catalogue IRIs.
The result depends only on the set of documents, not on their order.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kg.catalogue import Catalogue
from kg.extract.document import DocumentExtraction
from kg.extract.meetings import MeetingReport
from kg.rdf.namespaces import digest

CONTEXT_WEIGHTS = {"Agreement": 2, "Event": 1}


@dataclass
class Meeting:
    key: str                                   # IRI local part: meeting/<date|undated>/<hash>
    participants: frozenset[str]
    date: date | None
    place: str | None = None
    mode: str = "in_person"
    reports: list[tuple[str, MeetingReport]] = field(default_factory=list)   # (doc_id, report)


def meeting_key(participants: frozenset[str], day: date | None, anchor: str = "") -> str:
    stamp = day.isoformat() if day else "undated"
    return f"meeting/{stamp}/{digest(*sorted(participants), stamp, anchor if day is None else '')}"


def _context(doc: DocumentExtraction, cat: Catalogue) -> set[str]:
    return {e for e in doc.entity_ids if e in cat and cat[e].type in CONTEXT_WEIGHTS}


def merge_meetings(docs: list[DocumentExtraction], cat: Catalogue) -> dict[tuple[str, int], Meeting]:
    """Map (doc_id, index of the report in that document) -> the merged Meeting."""
    docs = sorted(docs, key=lambda d: d.article.doc_id)
    context = {d.article.doc_id: _context(d, cat) for d in docs}
    dated: dict[tuple[frozenset[str], date], Meeting] = {}
    undated: list[tuple[str, int, MeetingReport]] = []
    placement: dict[tuple[str, int], Meeting] = {}
    for d in docs:
        for i, r in enumerate(d.meetings):
            if r.date is None:
                undated.append((d.article.doc_id, i, r))
                continue
            m = dated.setdefault((r.participants, r.date), Meeting(meeting_key(r.participants, r.date), r.participants, r.date))
            m.reports.append((d.article.doc_id, r))
            placement[(d.article.doc_id, i)] = m
    own: dict[tuple[str, frozenset[str]], int] = {}     # undated meetings of the same people a document keeps apart
    for doc_id, i, r in undated:
        scored = []
        for (parts, _), m in sorted(dated.items(), key=lambda kv: kv[1].key):
            if parts == r.participants:
                shared = set().union(*(context[doc_id] & context[o] for o, _ in m.reports))
                scored.append((sum(CONTEXT_WEIGHTS[cat[e].type] for e in shared), m))
        scored.sort(key=lambda sm: -sm[0])
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            m = scored[0][1]
        else:
            # a document's second and later undated meetings of the same people (other places) get their own
            # key; reports joined to dated meetings are not counted, so keys do not depend on other documents
            n = own[(doc_id, r.participants)] = own.get((doc_id, r.participants), -1) + 1
            m = Meeting(meeting_key(r.participants, None, doc_id if n == 0 else f"{doc_id}/{n}"), r.participants, None)
        m.reports.append((doc_id, r))
        placement[(doc_id, i)] = m
    for m in {id(m): m for m in placement.values()}.values():
        _settle(m, cat)
    return placement


def _settle(m: Meeting, cat: Catalogue) -> None:
    """Place: the most specific any report gives; mode: the dated reports' (video/phone win ties)."""
    m.reports.sort(key=lambda dr: (dr[0], dr[1].sentences[0]))
    places = [r.place for _, r in m.reports if r.place]
    m.place = max(places, key=lambda p: (cat.depth(p), p)) if places else None
    votes: dict[str, int] = {}
    for _, r in m.reports:
        votes[r.mode] = votes.get(r.mode, 0) + (2 if r.date else 1)
    m.mode = max(votes, key=lambda k: (votes[k], k != "in_person", k)) if votes else "in_person"
