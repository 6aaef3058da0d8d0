"""What the language tables share: the comparison (`expected` is the exact set of fact keys, or a
pair (present, absent) — facts that must be among those found and facts that must not be), the keys of
symmetric facts, and a row expected to fail."""
from __future__ import annotations

import pytest


def meets(a: str, b: str) -> tuple[str, str, str]:
    return (min(a, b), "meets", max(a, b))


def coop(a: str, b: str) -> tuple[str, str, str]:
    return (min(a, b), "cooperatesWith", max(a, b))


def xfail(text: str, published: str | None, expected, reason: str):
    """A row the extractor does not get right yet (strict: it must fail)."""
    return pytest.param(text, published, expected, marks=pytest.mark.xfail(reason=reason, strict=True))


def check_facts(facts: set[tuple[str, str, str]], expected) -> None:
    if isinstance(expected, tuple):
        present, absent = expected
        assert present <= facts, (present - facts, facts)
        assert not (absent & facts), absent & facts
    else:
        assert facts == expected
