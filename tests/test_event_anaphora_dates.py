"""An event anaphor ('the summit', '峰会', 'hội nghị', 'саммит') takes the latest event named before it, but not
an edition more than a year from the page's date that was named only in passing after the current one ('China
hosted the 2018 summit in Qingdao' between the report of this year's summit and 'also attending the summit').
Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts

ERDOGAN, XI = "recep-tayyip-erdogan", "xi-jinping"
ROWS = [
    ("國家主席習近平15日在杜尚別出席亞信第五次峰會。中國曾於2014年在上海主辦亞信第四次峰會。出席峰會的還有土耳其總統埃爾多安。",
     "2019-06-15", ({(ERDOGAN, "attends", "5th-cica-summit")}, {(ERDOGAN, "attends", "4th-cica-summit")})),
    ("Xi Jinping attended the SCO summit in Astana on Thursday. China hosted the 2018 SCO summit in Qingdao. "
     "Turkish President Recep Tayyip Erdogan also attended the summit.", "2024-07-05",
     ({(ERDOGAN, "attends", "2024-sco-summit")}, {(ERDOGAN, "attends", "2018-sco-summit")})),
    # the edition named last is the one meant when it is this year's
    ("Xi Jinping attended the SCO summit in Astana on Thursday. Turkish President "
     "Recep Tayyip Erdogan also attended the summit.", "2024-07-05", ({(ERDOGAN, "attends", "2024-sco-summit")}, set())),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_anaphor_skips_a_past_edition(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
