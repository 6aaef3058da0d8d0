"""Chinese, round 5: new wordings for the patterns of the rows earlier rounds left open (strict xfail in
tests/test_zh_structure.py, test_zh_round4.py, test_meetings_zh_vi.py), positive and negative:

gapping        'X周一会见了Y，周二会见了Z': the second clause has no subject of its own
zero subject   'X抵达P。当天下午同Y举行会谈。': the next sentence's subject is the previous one's
venue          '在V会见来访的Y': V is the meeting's venue, not a place Y visits
former leader  'P前领导人X', '前P领导人X': a provisional person, no leaderOf of the place
next stop      '与Y会谈，再前往P': P is a later destination, not the meeting's venue

Every sentence was written for this table from the language, not copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts, lead, mark_open, meeting_row, meetings_found, meets

XI, PUTIN, LAVROV, WANG, MODI = "xi-jinping", "vladimir-putin", "sergey-lavrov", "wang-yi", "narendra-modi"
LUKA, KIM, TOLAM, PMC, CHOE = "alexander-lukashenko", "kim-jong-un", "to-lam", "pham-minh-chinh", "choe-son-hui"
LI_QIANG, MISHUSTIN, TRUMP, MAY, MACRON = "li-qiang", "mikhail-mishustin", "donald-trump", "theresa-may", \
    "emmanuel-macron"
CN, RU, VN, NK = "china", "russia", "vietnam", "north-korea"
X = "in_person"
NONE: set = set()

CASES = [
    # ===== gapping: one subject, two meetings
    ("拉夫罗夫周三会见了王毅，周四会见了崔善姬。", "2024-06-20",
     ({meets(LAVROV, WANG), meets(LAVROV, CHOE)}, {meets(WANG, CHOE)})),
    ("李强上午会见了米舒斯京，下午会见了卢卡申科。", "2024-06-20",
     ({meets(LI_QIANG, MISHUSTIN), meets(LI_QIANG, LUKA)}, {meets(MISHUSTIN, LUKA)})),
    ("王毅周一会见了拉夫罗夫，崔善姬周二抵达北京。", "2024-06-20",
     ({meets(WANG, LAVROV), (CHOE, "visits", "beijing")}, {meets(WANG, CHOE)})),
    # ===== zero subject in the next sentence
    ("习近平17日抵达莫斯科，对俄罗斯进行国事访问。当天下午同普京举行会谈。", "2024-06-20",
     ({(XI, "visits", "moscow"), meets(XI, PUTIN)}, NONE)),
    ("卢卡申科抵达北京。次日上午同习近平举行会谈。", "2024-06-20",
     ({(LUKA, "visits", "beijing"), meets(LUKA, XI)}, NONE)),
    ("普京抵达河内。越南国家主席苏林当天同他举行会谈。", "2024-06-20",
     ({(PUTIN, "visits", "hanoi"), meets(PUTIN, TOLAM)}, NONE)),
    ("习近平抵达莫斯科。普京表示，俄方同中方保持密切沟通。", "2024-06-20", (NONE, {meets(XI, PUTIN)})),
    ("普京抵达北京。同期，卢卡申科与米舒斯京举行会谈。", "2024-06-20",
     ({meets(LUKA, MISHUSTIN)}, {meets(PUTIN, LUKA), meets(PUTIN, MISHUSTIN)})),
    ("普京抵达平壤。当天晚些时候，朝方举行了欢迎仪式。", "2024-06-20",
     ({(PUTIN, "visits", "pyongyang")}, {meets(PUTIN, KIM)})),
    # ===== the venue of a meeting with a visiting guest
    ("李强在人民大会堂会见来访的米舒斯京。", "2024-05-20",
     ({meets(LI_QIANG, MISHUSTIN)}, {(MISHUSTIN, "visits", "great-hall-of-the-people")})),
    ("普京在克里姆林宫会见来访的王毅。", "2024-05-20",
     ({meets(PUTIN, WANG)}, {(WANG, "visits", "moscow-kremlin")})),
    ("王毅在北京会见来访的拉夫罗夫。", "2024-05-20", ({meets(WANG, LAVROV), (LAVROV, "visits", "beijing")}, NONE)),
    # ===== a former leader after a place
    ("台湾前领导人马英九在北京会见了王毅。", "2024-04-02",
     ({meets("new/person/马英九", WANG)}, {lead("new/person/马英九", "taiwan")})),
    ("前台湾地区领导人马英九率团访问北京。", "2024-04-02",
     ({("new/person/马英九", "visits", "beijing")}, {lead("new/person/马英九", "taiwan")})),
    ("俄罗斯领导人普京抵达北京。", "2024-05-16", {lead(PUTIN, RU), (PUTIN, "visits", "beijing")}),
    ("马英九表示，两岸应加强交流。", "2024-04-02", NONE),
    # ===== the next stop of a trip
    ("马克龙此行先访问越南，与苏林会谈，再前往印度尼西亚。", "2025-05-27",
     ({(MACRON, "visits", VN), meets(MACRON, TOLAM), (MACRON, "visits", "indonesia")}, NONE)),
    ("普京先是访问朝鲜，与金正恩会谈，随后前往越南。", "2024-06-20",
     ({(PUTIN, "visits", NK), meets(PUTIN, KIM), (PUTIN, "visits", VN)}, NONE)),
]

MEETINGS = [
    meeting_row("2024-06-20", "拉夫罗夫19日会见了王毅，20日会见了崔善姬。",
        ({LAVROV, WANG}, "2024-06-19", None, X), ({LAVROV, CHOE}, "2024-06-20", None, X)),
    meeting_row("2024-06-20", "李强19日会见了米舒斯京，卢卡申科20日抵达北京。",
        ({LI_QIANG, MISHUSTIN}, "2024-06-19", None, X)),
    meeting_row("2024-06-20", "习近平19日抵达莫斯科。当天下午同普京举行会谈。",
        ({XI, PUTIN}, "2024-06-19", "moscow", X)),
    meeting_row("2024-06-20", "卢卡申科19日抵达北京。次日上午同习近平举行会谈。",
        ({LUKA, XI}, "2024-06-20", "beijing", X)),
    meeting_row("2024-06-20", "普京19日抵达河内。20日，他同越南国家主席苏林举行会谈。",
        ({PUTIN, TOLAM}, "2024-06-20", "hanoi", X)),
    meeting_row("2024-06-10", "拉夫罗夫8日抵达北京。9日，王毅同他举行会谈。",
        ({LAVROV, WANG}, "2024-06-09", "beijing", X)),
    meeting_row("2024-06-10", "拉夫罗夫8日抵达北京。此前，他7日在平壤会见了崔善姬。",
        ({LAVROV, CHOE}, "2024-06-07", "pyongyang", X)),
    meeting_row("2024-06-10", "拉夫罗夫8日抵达北京。此前，他同崔善姬举行了会谈。",
        ({LAVROV, CHOE}, None, None, X)),
    meeting_row("2024-05-16", "习近平16日同普京举行会谈。会谈在人民大会堂举行。",
        ({XI, PUTIN}, "2024-05-16", "great-hall-of-the-people", X)),
    meeting_row("2024-05-16", "习近平16日同普京举行会谈。此前，两国元首曾多次在莫斯科会晤。",
        ({XI, PUTIN}, "2024-05-16", None, X)),
    meeting_row("2024-05-20", "李强20日在人民大会堂会见来访的米舒斯京。",
        ({LI_QIANG, MISHUSTIN}, "2024-05-20", "great-hall-of-the-people", X)),
    meeting_row("2025-05-27", "马克龙此行先访问越南，与苏林会谈，再前往印度尼西亚。",
        ({MACRON, TOLAM}, None, None, X)),
    meeting_row("2024-06-20", "普京先是访问朝鲜，与金正恩会谈，随后前往越南。",
        ({PUTIN, KIM}, None, None, X)),
    meeting_row("2024-04-02", "习近平2日在北京会见台湾前领导人马英九。",
        ({XI, "new/person/马英九"}, "2024-04-02", "beijing", X)),
]

OPEN: dict[str, str] = {
    "李强在人民大会堂会见来访的": "'在V会见来访的Y': the venue of the meeting is taken as the place Y visits",
    "在克里姆林宫会见来访的": "'在V会见来访的Y': the venue of the meeting is taken as the place Y visits",
    "此前，他同崔善姬": "'此前' (before that) after an arrival: the talks take the arrival's day and city from the sentence before",
    "曾多次在莫斯科会晤": "recalled meetings ('此前，两国元首曾多次在P会晤') merge into the reported talks and give them their place",
    "卢卡申科20日抵达北京": "the meeting takes the city of a later clause with another subject ('Z20日抵达P') as its venue",
}

CASES = mark_open(CASES, OPEN)
MEETINGS = mark_open(MEETINGS, OPEN)


@pytest.mark.parametrize("text,published,expected", CASES)
def test_zh_round5(text, published, expected):
    check_facts(facts_of(text, published=published), expected)


@pytest.mark.parametrize("pub,text,expected", MEETINGS)
def test_zh_round5_meetings(pub, text, expected):
    assert meetings_found(pub, text) == expected
