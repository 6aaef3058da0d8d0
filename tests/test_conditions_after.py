"""A condition right after a fact makes it hypothetical (relations.json "condition_after"): 'Putin could attend
the G20 summit in Rio if he is invited' asserts no attendance, in each language; a hedge that is no condition
('if only briefly') and facts the condition does not hold back (where a place lies, a city hosting the summit
named in passing) stay. Every sentence was written for this table.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text, facts_of

from fact_check import check_facts, meets

PUTIN, XI, MODI, TRUMP, LULA = "vladimir-putin", "xi-jinping", "narendra-modi", "donald-trump", "luiz-inacio-lula-da-silva"
G20_RIO = "2024-g20-rio-summit"
D = "2024-06-01"

ROWS = [
    # ---- en
    ("Vladimir Putin could attend the G20 summit in Rio de Janeiro if he is invited.", D,
     ({("rio-de-janeiro", "hosts", G20_RIO)}, {(PUTIN, "attends", G20_RIO)})),
    ("Vladimir Putin will attend the G20 summit in Rio de Janeiro.", D, {(PUTIN, "attends", G20_RIO),
                                                                          ("rio-de-janeiro", "hosts", G20_RIO)}),
    ("Xi Jinping will visit Moscow next month unless the talks collapse.", D, (set(), {(XI, "visits", "moscow")})),
    ("Narendra Modi would visit Russia, provided that the dates are agreed.", D, (set(), {(MODI, "visits", "russia")})),
    ("Xi Jinping visited Moscow, if only briefly.", D, {(XI, "visits", "moscow")}),
    ("Kazakhstan would join BRICS if invited.", D, (set(), {("kazakhstan", "memberOf", "brics")})),
    ("Xi Jinping visited Moscow. If the talks succeed, a treaty will follow.", D, {(XI, "visits", "moscow")}),
    # ---- vi
    ("Ông Putin có thể dự Hội nghị thượng đỉnh G20 tại Rio de Janeiro nếu được mời.", D,
     ({("rio-de-janeiro", "hosts", G20_RIO)}, {(PUTIN, "attends", G20_RIO)})),
    ("Ông Tập Cận Bình sẽ thăm Nga nếu tình hình cho phép.", D, (set(), {(XI, "visits", "russia")})),
    ("Thủ tướng Modi sẽ thăm Nga vào tháng 7.", D, ({(MODI, "visits", "russia")}, set())),
    # ---- ru
    ("Путин примет участие в саммите G20 в Рио-де-Жанейро, если получит приглашение.", D,
     ({("rio-de-janeiro", "hosts", G20_RIO)}, {(PUTIN, "attends", G20_RIO)})),
    ("Путин посетит Индию, если позволит график.", D, (set(), {(PUTIN, "visits", "india")})),
    ("Путин посетит Индию в декабре.", D, {(PUTIN, "visits", "india")}),
    ("Путин посетил Индию, хотя если верить СМИ, визит был коротким.", D, {(PUTIN, "visits", "india")}),
    # ---- zh (a condition after the fact is rarer; a stated premise)
    ("普京将访问印度，前提是日程允许。", D, (set(), {(PUTIN, "visits", "india")})),
    ("普京将于12月访问印度。", D, {(PUTIN, "visits", "india")}),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_condition_after_the_fact(text, published, expected):
    check_facts(facts_of(text, published=published), expected)


MEETINGS = [
    ("Vladimir Putin could meet Donald Trump in Budapest if the talks go well.", []),
    ("Ông Putin sẽ gặp ông Trump tại Budapest nếu đàm phán tiến triển.", []),
    ("Путин встретится с Трампом в Будапеште, если переговоры продвинутся.", []),
    ("Путин встретится с Трампом в Будапеште в четверг.", [{PUTIN, TRUMP}]),
    ("Vladimir Putin met Donald Trump in Anchorage, if only for three hours.", [{PUTIN, TRUMP}]),
]


@pytest.mark.parametrize("text,participants", MEETINGS, ids=[m[0][:40] for m in MEETINGS])
def test_a_conditional_meeting_is_none(text, participants):
    x = extract_text(text, published="2025-10-20")
    assert [set(m.participants) for m in x.meetings] == participants
    assert (meets(PUTIN, TRUMP) in {(f.subject, f.relation, f.object) for f in x.facts}) == bool(participants)
