"""A host word standing as a title next to a person or a country ('summit host Vladimir Putin', 'the host,
President Tokayev', 'Brazil, the host nation,', '东道主习近平', '中国作为东道国', 'Tổng thống nước chủ nhà',
'Việt Nam với tư cách nước chủ nhà', 'хозяин саммита Путин', 'Россия как страна-хозяйка саммита'): the person
hosts and attends the gathering in context, a host country hosts it (names.json "host_titles").
Sentences written for this table; none copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts

PUTIN, XI, TOKAYEV = "vladimir-putin", "xi-jinping", "kassym-jomart-tokayev"
BRICS16, SCO24 = "16th-brics-summit", "2024-sco-summit"

ROWS = [
    ("Leaders gathered in Kazan for the 16th BRICS summit. Xi Jinping held talks with summit host Vladimir Putin.",
     "2024-10-22", ({(PUTIN, "hosts", BRICS16), (PUTIN, "attends", BRICS16)}, set())),
    ("The SCO summit opened in Astana on Wednesday. The host, President Kassym-Jomart Tokayev, welcomed the leaders.",
     "2024-07-04", ({(TOKAYEV, "hosts", SCO24), (TOKAYEV, "attends", SCO24)}, set())),
    ("The 16th BRICS summit opened in Kazan. Vladimir Putin, the summit host, spoke first.",
     "2024-10-22", ({(PUTIN, "hosts", BRICS16)}, set())),
    ("The G20 summit opened in Rio de Janeiro. Brazil, the host nation, put hunger on the agenda.",
     "2024-11-18", ({("brazil", "hosts", "2024-g20-rio-summit")}, set())),
    ("金砖国家领导人第十六次会晤在喀山开幕。东道主普京主持会议。", "2024-10-23",
     ({(PUTIN, "hosts", BRICS16), (PUTIN, "attends", BRICS16)}, set())),
    ("上海合作组织峰会在阿斯塔纳开幕。東道主哈薩克總統托卡耶夫致辭。", "2024-07-04",
     ({(TOKAYEV, "hosts", SCO24)}, set())),
    ("二十国集团领导人杭州峰会开幕。中国作为东道国提出了议程。", "2016-09-04",
     ({("china", "hosts", "2016-g20-hangzhou-summit")}, set())),
    ("Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 25 diễn ra tại Đà Nẵng. Việt Nam với tư cách nước chủ nhà đã chuẩn bị chu đáo.",
     "2017-11-10", ({("vietnam", "hosts", "apec-vietnam-2017")}, set())),
    ("Hội nghị thượng đỉnh BRICS lần thứ 16 khai mạc tại Kazan. Tổng thống nước chủ nhà Vladimir Putin phát biểu khai mạc.",
     "2024-10-23", ({(PUTIN, "hosts", BRICS16), ("russia", "hosts", BRICS16)}, set())),
    ("В Казани открылся XVI саммит БРИКС. Хозяин саммита Владимир Путин выступил с речью.", "2024-10-23",
     ({(PUTIN, "hosts", BRICS16), (PUTIN, "attends", BRICS16)}, set())),
    ("В Казани открылся XVI саммит БРИКС. Россия как страна-хозяйка саммита подготовила насыщенную программу.",
     "2024-10-23", ({("russia", "hosts", BRICS16)}, set())),
    # not a host title: the verb, a host with no gathering in the text, a host word about someone else
    ("The SCO summit opened in Astana. Kazakhstan will host Chinese President Xi Jinping for a state visit.",
     "2024-07-03", (set(), {(XI, "hosts", SCO24), (XI, "attends", SCO24)})),
    ("Xi Jinping arrived in Moscow for a state visit. He thanked his host Vladimir Putin for the welcome.",
     "2024-05-16", (set(), {(PUTIN, "attends", BRICS16), (PUTIN, "hosts", BRICS16)})),
    ("習近平抵達莫斯科進行國事訪問，東道主普京在克里姆林宮設宴款待。", "2023-03-21",
     (set(), {(PUTIN, "hosts", BRICS16)})),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_host_title(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
