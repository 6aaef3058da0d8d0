"""A counted group stands for the countries or people just named ('三方', '三国', 'the three countries', 'ba nước',
'три страны'; '三国外长', 'the three ministers', 'ba ngoại trưởng', 'три министра'), when exactly that many were
named in its sentence or the one before (names.json "counted_collectives"). Sentences written for this table;
none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts

UN = "united-nations"
ROWS = [
    ("中国、俄罗斯和印度外长2日在北京举行会晤。三方重申支持以联合国为核心的国际体系。", "2015-02-03",
     ({("china", "supports", UN), ("russia", "supports", UN), ("india", "supports", UN)}, set())),
    ("China, Russia and India held talks in Beijing. The three countries reaffirmed their support for the United Nations.",
     "2015-02-03", ({("china", "supports", UN), ("india", "supports", UN)}, set())),
    ("Trung Quốc, Nga và Ấn Độ họp tại Bắc Kinh. Ba nước khẳng định ủng hộ Liên hợp quốc.", "2015-02-03",
     ({("china", "supports", UN), ("india", "supports", UN)}, set())),
    ("Россия, Китай и Индия провели консультации. Три страны выступили в поддержку ООН.", "2015-02-03",
     ({("russia", "supports", UN), ("india", "supports", UN)}, set())),
    ("中国外长王毅、俄罗斯外长拉夫罗夫和印度外长斯瓦拉吉在北京会晤。三国外长出席了第十三届中俄印外长会晤。", "2015-02-03",
     ({("sushma-swaraj", "attends", "new/event/第十三届中俄印外长会晤")}, set())),
    ("Wang Yi, Sergei Lavrov and Sushma Swaraj met in Beijing. The three ministers will attend the SCO summit in Ufa.",
     "2015-02-03", ({("sushma-swaraj", "attends", "2015-sco-summit"), ("wang-yi", "attends", "2015-sco-summit")}, set())),
    # not the named ones: a different count, a third party, another number of names
    ("China and Russia held talks in Beijing. The three countries reaffirmed their support for the United Nations.",
     "2015-02-03", (set(), {("china", "supports", UN)})),
    ("中国愿同俄方加强合作，不针对第三方。", "2015-02-03", ({("china", "cooperatesWith", "russia")}, set())),
    ("中国、俄罗斯、印度和巴西外长会晤。三方重申支持联合国。", "2015-02-03", (set(), {("brazil", "supports", UN)})),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_counted_collective(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
