"""English patterns found on a development set, written again in other words: coming from a place is having
visited it ('flew in from P', 'arrived in P1 from P2', 'returned from P'); 'next year's <series> summit' names
the edition of the next year, even more than a year ahead of the page's date. Sentences written for this table;
none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts

ROWS = [
    ("Hillary Clinton flew in from Beijing on Friday.", "2012-09-09", ({("hillary-clinton", "visits", "beijing")}, set())),
    ("Xi Jinping arrived in Minsk from Moscow on Sunday.", "2015-05-10",
     ({("xi-jinping", "visits", "minsk"), ("xi-jinping", "visits", "moscow")}, set())),
    ("Xi Jinping returned to Beijing from Moscow on Wednesday.", "2023-03-23",
     ({("xi-jinping", "visits", "moscow")}, {("xi-jinping", "visits", "beijing")})),
    ("Wang Yi, who came from Moscow, met Alexander Lukashenko in Minsk.", "2023-03-01",
     ({("wang-yi", "visits", "moscow")}, set())),
    # home is no visit
    ("Vladimir Putin, who arrived from Russia, met Xi Jinping.", "2023-03-21", (set(), {("vladimir-putin", "visits", "russia")})),
    ("Xi Jinping returned from Beijing to Moscow.", "2023-03-23", (set(), {("xi-jinping", "visits", "beijing")})),
    # next year's summit
    ("Indonesia will host next year's APEC summit on the resort island of Bali.", "2012-09-09",
     ({("indonesia", "hosts", "apec-indonesia-2013")}, set())),
    ("China said it would host next year's SCO summit in Tianjin.", "2024-07-04",
     ({("china", "hosts", "2025-sco-summit")}, set())),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_en_round6(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
