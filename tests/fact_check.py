"""The comparison the language tables share: `expected` is the exact set of fact keys, or a pair
(present, absent) — facts that must be among those found and facts that must not be."""
from __future__ import annotations


def check_facts(facts: set[tuple[str, str, str]], expected) -> None:
    if isinstance(expected, tuple):
        present, absent = expected
        assert present <= facts, (present - facts, facts)
        assert not (absent & facts), absent & facts
    else:
        assert facts == expected
