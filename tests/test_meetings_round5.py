"""Meeting cues found on a development set, written again in other words: '举行中俄(印)领导人会晤' with the
partners after 与/同; a meeting called off or postponed is none; 'Trước đó một ngày' / 'Ngày hôm sau' date a
meeting from the sentence before; Russian imperfective 'обсуждал с X' is talks. Sentences written for this
table; none copied from an article.
"""
from __future__ import annotations

import pytest

from fact_check import meetings_found

XI, PUTIN, MODI, CLINTON = "xi-jinping", "vladimir-putin", "narendra-modi", "hillary-clinton"

ROWS = [
    ("习近平28日在大阪与普京举行中俄领导人会晤。", "2019-06-29", [({XI, PUTIN}, "2019-06-28", "osaka")]),
    ("习近平28日在大阪与俄罗斯总统普京、印度总理莫迪举行中俄印三国领导人会晤。", "2019-06-29",
     [({XI, PUTIN, MODI}, "2019-06-28", "osaka")]),
    ("習近平28日在大阪與普丁舉行中俄領導人非正式會晤。", "2019-06-29", [({XI, PUTIN}, "2019-06-28", "osaka")]),
    ("Ông Putin phát biểu tại cuộc họp báo ở Hàng Châu hôm 5-9. Trước đó một ngày, ông Putin đã hội đàm với "
     "Chủ tịch Trung Quốc Tập Cận Bình.", "2016-09-06", [({XI, PUTIN}, "2016-09-04", "hangzhou")]),
    ("Ông Putin tới Hàng Châu ngày 3-9. Ngày hôm sau, ông Putin hội đàm với Chủ tịch Tập Cận Bình.", "2016-09-06",
     [({XI, PUTIN}, "2016-09-04", "hangzhou")]),
    ("Во время визита в Астану Си Цзиньпин также обсуждал с Нурсултаном Назарбаевым совместные проекты.", "2015-05-08",
     [({XI, "nursultan-nazarbayev"}, None, "astana")]),
    # no meeting
    ("Xi Jinping cancelled a scheduled meeting with Hillary Clinton on Wednesday, citing a back injury.", "2012-09-09", []),
    ("Vladimir Putin postponed the talks with Xi Jinping planned for Monday.", "2012-09-09", []),
    ("习近平出席金砖国家领导人第十四次会晤。", "2022-06-24", []),
    # a state receiving visitors passes no verb to the clause after it
    ("Chuyến thăm của ông Putin diễn ra sau khi Việt Nam đón Tổng thống Mỹ Joe Biden hồi tháng 9/2023 và Chủ tịch "
     "Trung Quốc Tập Cận Bình hồi tháng 12/2023.", "2024-06-20", []),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_meeting_cues(text, published, expected):
    found = [(participants, day, place) for participants, day, place, _mode in meetings_found(published, text)]
    assert sorted(found, key=str) == sorted([(frozenset(p), d, pl) for p, d, pl in expected], key=str), found
