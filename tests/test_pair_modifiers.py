"""A hyphenated pair before a noun such as 'summit', 'talks', 'ties' or 'trade' names a kind of thing, not two
agents ('the annual India-Russia summit, held … on the sidelines of the BRICS summit' gives India and Russia
neither attends nor hosts); 'Russia-China cooperation' still states cooperation (relations.json
"pair_modifier_after"). Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts

BRICS8 = "8th-brics-summit"
ROWS = [
    ("The annual India-Russia summit, held at a resort in Goa on the sidelines of the 8th BRICS summit, produced deals.",
     "2016-10-16", (set(), {("india", "hosts", BRICS8), ("russia", "attends", BRICS8)})),
    ("India-China talks were held in Goa on the sidelines of the 8th BRICS summit.", "2016-10-16",
     (set(), {("india", "attends", BRICS8), ("china", "hosts", BRICS8)})),
    ("China-Russia trade grew by a quarter last year.", "2024-05-16", (set(), {("china", "cooperatesWith", "russia")})),
    ("Putin called Russia-China cooperation in world affairs a stabilising factor.", "2024-10-22",
     ({("china", "cooperatesWith", "russia")}, set())),
    ("India and Russia attended the 8th BRICS summit in Goa.", "2016-10-16", ({("india", "attends", BRICS8)}, set())),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_pair_before_a_noun(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
