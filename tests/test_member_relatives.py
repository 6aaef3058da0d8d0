"""An organisation followed by a relative clause or an apposition that lists its members ('the BRICS bloc,
which now also includes Egypt, …', 'союз, в который входят …', 'союз, в который A, B и C вошли', 'SCO, tổ
chức gồm …'): each listed country is a member (relations.json "member_lists_after_organization").
Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts

EAEU, SCO, BRICS = "eurasian-economic-union", "shanghai-cooperation-organisation", "brics"

ROWS = [
    ("Стороны обсудили сопряжение с Евразийским экономическим союзом, в который входят Белоруссия, Казахстан и Россия.",
     {("belarus", "memberOf", EAEU), ("kazakhstan", "memberOf", EAEU), ("russia", "memberOf", EAEU)}, set()),
    ("Речь идет о Евразийском экономическом союзе, в который Армения и Киргизия вошли в 2015 году.",
     {("armenia", "memberOf", EAEU), ("kyrgyzstan", "memberOf", EAEU)}, set()),
    ("Лидеры говорили о ШОС, членами которой являются Китай, Россия, Индия и Пакистан.",
     {("china", "memberOf", SCO), ("pakistan", "memberOf", SCO)}, set()),
    ("The BRICS bloc, which now also includes Egypt, Ethiopia, Iran and the UAE, met in Kazan.",
     {("egypt", "memberOf", BRICS), ("uae", "memberOf", BRICS)}, set()),
    ("He praised the SCO, which today includes India and Pakistan.",
     {("india", "memberOf", SCO), ("pakistan", "memberOf", SCO)}, set()),
    ("Ông nhấn mạnh vai trò của SCO, tổ chức gồm Trung Quốc, Nga, Ấn Độ và Pakistan.",
     {("china", "memberOf", SCO), ("russia", "memberOf", SCO), ("pakistan", "memberOf", SCO)}, set()),
    ("Hai bên đánh giá cao BRICS, khối hiện gồm Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi.",
     {("brazil", "memberOf", BRICS), ("south-africa", "memberOf", BRICS)}, set()),
    # not a member list: a clause about something else, a list that is no relative clause
    ("Стороны обсудили сопряжение с Евразийским экономическим союзом, который Китай поддерживает.",
     set(), {("china", "memberOf", EAEU)}),
    ("The SCO, which the United States has criticised, met in Astana.", set(), {("united-states", "memberOf", SCO)}),
]


@pytest.mark.parametrize("text,present,absent", ROWS, ids=[r[0][:40] for r in ROWS])
def test_members_after_an_organisation(text, present, absent):
    check_facts(facts_of(text, published="2024-10-23"), (present, absent))
