"""Who took part, and how, stays inside the clause that tells the meeting (kg/extract/meetings.py):
a person in the next clause is no partner, a negated phone call does not make talks a call, and a
sent envoy is the visitor, not the sender. Every sentence was written for this test.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text, facts_of

MEETINGS = [
    ("习近平上月赴莫斯科进行国事访问，与俄罗斯总统普京举行会谈，但当时并未与泽连斯基通话。",
     "2023-04-26", {"xi-jinping", "vladimir-putin"}, "in_person"),
    ("習近平上月赴莫斯科進行國事訪問，與俄羅斯總統普丁舉行會談，但當時並未與澤倫斯基通話。",
     "2023-04-26", {"xi-jinping", "vladimir-putin"}, "in_person"),
    ("李强同米舒斯京举行会谈，随后会见俄罗斯企业家代表。", "2023-12-20", {"li-qiang", "mikhail-mishustin"}, "in_person"),
    # an English apposition after a comma is still the partner
    ("Xi Jinping held talks with his Russian counterpart, Vladimir Putin, in Moscow.", "2023-03-21",
     {"xi-jinping", "vladimir-putin"}, "in_person"),
    ("习近平同普京通电话。", "2023-04-26", {"xi-jinping", "vladimir-putin"}, "phone"),
]


@pytest.mark.parametrize("text,published,participants,mode", MEETINGS, ids=[m[0][:30] for m in MEETINGS])
def test_meeting_partners_and_mode_stay_in_their_clause(text, published, participants, mode):
    x = extract_text(text, published=published)
    assert [(set(m.participants), m.mode) for m in x.meetings] == [(participants, mode)]


VISITS = [
    ("习近平表示，中方将派遣中国政府欧亚事务特别代表赴乌克兰等国。", set()),
    ("习近平承诺派特使赴乌克兰。", set()),
    ("普京派外长拉夫罗夫赴朝鲜。", {("sergey-lavrov", "visits", "north-korea")}),
    ("李辉赴乌克兰访问。", {("li-hui", "visits", "ukraine")}),
]


@pytest.mark.parametrize("text,expected", VISITS, ids=[v[0][:20] for v in VISITS])
def test_the_envoy_sent_is_the_visitor(text, expected):
    got = {f for f in facts_of(text, published="2023-04-26") if f[1] in ("visits", "locatedIn")}
    assert got == expected


NOT_RULED_OUT = [
    "В Кремле не исключили, что Путин может коротко пообщаться с президентом США Бараком Обамой.",
    "The Kremlin did not rule out that Putin might briefly talk with US President Barack Obama.",
    "克里姆林宫不排除普京与美国总统奥巴马简短交谈。",
    "Điện Kremlin không loại trừ khả năng ông Putin trao đổi ngắn với Tổng thống Mỹ Barack Obama.",
]


@pytest.mark.parametrize("text", NOT_RULED_OUT, ids=[t[:25] for t in NOT_RULED_OUT])
def test_a_meeting_not_ruled_out_is_no_meeting(text):
    x = extract_text(text, published="2014-11-09")
    assert x.meetings == [] and not any(f.relation == "meets" for f in x.facts)


def test_a_stated_meeting_is_still_one():
    x = extract_text("Путин коротко пообщался с президентом США Бараком Обамой.", published="2014-11-11")
    assert [set(m.participants) for m in x.meetings] == [{"vladimir-putin", "barack-obama"}]


MET_AT = [
    ("Xi and Modi met at the BRICS summit in Kazan.", "2024-10-23",
     {("xi-jinping", "16th-brics-summit"), ("narendra-modi", "16th-brics-summit")}),
    ("Xi and Modi briefly spoke on the sidelines of the BRICS summit in Kazan.", "2024-10-23",
     {("xi-jinping", "16th-brics-summit"), ("narendra-modi", "16th-brics-summit")}),
    ("Xi and Modi met before the BRICS summit in Kazan.", "2024-10-23", set()),
    ("Xi and Modi did not meet at the BRICS summit in Kazan.", "2024-10-23", set()),
]


@pytest.mark.parametrize("text,published,expected", MET_AT, ids=[m[0][:30] for m in MET_AT])
def test_leaders_who_met_at_an_event_attend_it(text, published, expected):
    x = extract_text("Chinese President Xi Jinping and Indian Prime Minister Narendra Modi arrived. " + text,
                     published=published)
    assert {(f.subject, f.object) for f in x.facts if f.relation == "attends"} == expected


TALKS_WITH = [
    ("Wei Fenghe made the remarks at the start of talks in Moscow with Russian Defence Minister Sergei Shoigu.",
     {"wei-fenghe", "sergei-shoigu"}),
    ("Wei Fenghe held talks on Tuesday with Sergei Shoigu.", {"wei-fenghe", "sergei-shoigu"}),
    ("Wei Fenghe did not hold talks in Moscow with Sergei Shoigu.", None),
]


@pytest.mark.parametrize("text,participants", TALKS_WITH, ids=[t[0][:30] for t in TALKS_WITH])
def test_talks_with_a_short_phrase_between(text, participants):
    x = extract_text("Chinese Defence Minister Wei Fenghe arrived. " + text, published="2018-04-03")
    assert [set(m.participants) for m in x.meetings] == ([participants] if participants else [])


# several meetings in one sentence: a clause opened by 'then' (随后, 'затем', 'sau đó') is a report of its
# own, its day and place are its own, and a partner after 'with' there meets the sentence's subject
SEQUENCE = [
    ("奥班本月2日访问基辅，与乌克兰总统泽连斯基会谈，随后于5日飞抵莫斯科与俄罗斯总统普京会面。", "2024-07-08",
     {frozenset({"viktor-orban", "volodymyr-zelensky"}): ("2024-07-02", "kyiv"),
      frozenset({"viktor-orban", "vladimir-putin"}): ("2024-07-05", "moscow")}),
    ("王毅3日在北京会见拉夫罗夫，随后4日在上海会见印度外长苏杰生。", "2024-07-05",
     {frozenset({"wang-yi", "sergey-lavrov"}): ("2024-07-03", "beijing"),
      frozenset({"wang-yi", "subrahmanyam-jaishankar"}): ("2024-07-04", "shanghai")}),
    # the day and place nearest the meeting, not those of an earlier trip in the sentence
    ("继上周先后前往基辅和莫斯科之后，匈牙利总理奥班8日突然现身北京，与国家主席习近平会面。", "2024-07-08",
     {frozenset({"viktor-orban", "xi-jinping"}): ("2024-07-08", "beijing")}),
    ("After stops in Kyiv and Moscow last week, Viktor Orban flew to Beijing, where he met Xi Jinping on Monday.",
     "2024-07-09", {frozenset({"viktor-orban", "xi-jinping"}): ("2024-07-08", "beijing")}),
]


@pytest.mark.parametrize("text,published,expected", SEQUENCE, ids=[m[0][:30] for m in SEQUENCE])
def test_each_meeting_of_a_sentence_keeps_its_day_and_place(text, published, expected):
    x = extract_text(text, published=published)
    got = {frozenset(m.participants): (m.date.isoformat() if m.date else None, m.place) for m in x.meetings}
    assert got == expected
