"""What the language tables share: the comparison (`expected` is the exact set of fact keys, or a
pair (present, absent) — facts that must be among those found and facts that must not be), the keys of
symmetric facts, the rows of the meeting tables, and a row expected to fail."""
from __future__ import annotations

import pytest


def meets(a: str, b: str) -> tuple[str, str, str]:
    return (min(a, b), "meets", max(a, b))


def coop(a: str, b: str) -> tuple[str, str, str]:
    return (min(a, b), "cooperatesWith", max(a, b))


def lead(person: str, org: str) -> tuple[str, str, str]:
    return (person, "leaderOf", org)


def both(a: str, p: str, b: str) -> set[tuple[str, str, str]]:
    """A relation stated both ways ('mutual support')."""
    return {(a, p, b), (b, p, a)}


def meeting_row(pub, text, *meetings, xfail=None):
    """A row of a meeting table: the exact meetings expected as (participants, date, place, mode)."""
    exp = sorted((frozenset(p), d, pl, mo) for p, d, pl, mo in meetings)
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(pub, text, exp, marks=marks, id=text[:30])


def meetings_found(pub, text):
    """The meetings extracted from `text`, in the form of `meeting_row`'s expectation."""
    from kg.extract import extract_text
    x = extract_text(text, published=pub)
    return sorted((frozenset(m.participants), str(m.date) if m.date else None, m.place, m.mode) for m in x.meetings)


def xfail(text: str, published: str | None, expected, reason: str):
    """A row the extractor does not get right yet (strict: it must fail)."""
    return pytest.param(text, published, expected, marks=pytest.mark.xfail(reason=reason, strict=True))


def mark_open(rows, reasons: dict[str, str]) -> list:
    """Rows whose text contains a key of `reasons` become strict xfail with that reason (a table keeps its
    open rows in one place); rows already marked, and rows of meeting tables (pytest.param), are handled
    alike."""
    out = []
    for row in rows:
        values = row.values if hasattr(row, "values") else row
        text = next(v for v in values if isinstance(v, str) and not v[:4].isdigit())
        reason = next((r for k, r in reasons.items() if k in text), None)
        if reason and not getattr(row, "marks", None):
            row = pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=True), id=text[:30])
        out.append(row)
    return out


def check_facts(facts: set[tuple[str, str, str]], expected) -> None:
    if isinstance(expected, tuple):
        present, absent = expected
        assert present <= facts, (present - facts, facts)
        assert not (absent & facts), absent & facts
    else:
        assert facts == expected
