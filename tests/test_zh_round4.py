"""Chinese (zh-Hans and zh-Hant) round 4: the failure patterns a fresh check on new real-style articles found
(Xinhua / CCTV / People's Daily / The Paper readouts; Ta Kung Pao, Storm Media, UDN, CNA, Ming Pao). Every
sentence was written for this table from how Chinese news writing works, not copied from an article, the
seeds, the corpus or the blind sets.

alignment lists   '把A同B、C进行对接', 'A与B、C对接' -> A alignsWith B and A alignsWith C
observers         'A、B等观察员国领导人或代表出席了扩大会议' -> each attends the summit the article reports (the
                  expanded session belongs to it); observers are no members
chair / host      '支持塔方担任主席国期间所做的工作' -> chairs the organisation of the reported summit;
                  '支持俄方办好明年的乌法峰会' -> Russia hosts that edition
visit modifiers   '对C进行非正式/私人/闪电/历史性/短暂访问' -> visits
during a visit    '访问期间，X还参观了<展会>' -> attends; '参观了<地点>' -> visits; 'A、B等在开幕式上致辞' -> attend
attendee lists    '出席论坛的外国领导人还包括A、B和C等', '与会的还有…', '参加峰会的有…' -> each attends
delegations       'X派出Y率领的代表团出席E', '美国则由Z率团与会' -> Y / Z (and X) attend
venues            '在北京国家会议中心开幕' -> Beijing hosts; 国家会议中心 locatedIn Beijing (no new place)
zero subjects     'X此行先是出席E，随后访问C，与Y会谈，再前往P' -> every clause has X as subject
watching together 'X与A、B一同观看E' -> each attends E
working lunch     '两人随后与A、B等人共进工作午餐' -> no meeting between the listed aides
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts, coop, lead, meeting_row, meetings_found, meets, xfail

XI, PUTIN, LAVROV, WANG, MODI = "xi-jinping", "vladimir-putin", "sergey-lavrov", "wang-yi", "narendra-modi"
TOKAYEV, LUKA, ERDOGAN, PEZ, TRUMP = ("kassym-jomart-tokayev", "alexander-lukashenko", "recep-tayyip-erdogan",
                                      "masoud-pezeshkian", "donald-trump")
BLINKEN, MACRON, POMPEO, MAY, ORBAN = "antony-blinken", "emmanuel-macron", "mike-pompeo", "theresa-may", "viktor-orban"
CN, RU, IN, KZ, BY, IR, US, TJ, PK = ("china", "russia", "india", "kazakhstan", "belarus", "iran", "united-states",
                                      "tajikistan", "pakistan")
SCO, BRICS, EAEU, BRI = "shanghai-cooperation-organisation", "brics", "eurasian-economic-union", "belt-and-road-initiative"
SREB, GEP = "silk-road-economic-belt", "greater-eurasian-partnership"
SCO15, SCO21, SCO24, BRICS7, BRICS16 = "2015-sco-summit", "2021-sco-summit", "2024-sco-summit", "7th-brics-summit", "16th-brics-summit"
WC = "2018-fifa-world-cup-final"   # the catalogue edition nearest the date (series.json)
BRF1, BRF3, CIIE7 = "1st-belt-and-road-forum", "3rd-belt-and-road-forum", "7th-china-international-import-expo"


def al(a, b):
    return (min(a, b), "alignsWith", max(a, b))


CASES = [
    # ===== alignment lists
    ("中方愿把共建“一带一路”同欧亚经济联盟、大欧亚伙伴关系进行对接。", "2019-06-06",
     ({al(BRI, EAEU), al(BRI, GEP)}, {al(EAEU, GEP)})),
    ("中方愿推动“一带一路”倡议与欧亚经济联盟、大欧亚伙伴关系对接。", "2019-06-06",
     ({al(BRI, EAEU), al(BRI, GEP)}, {al(EAEU, GEP)})),
    ("“一帶一路”倡議與歐亞經濟聯盟、大歐亞夥伴關係對接取得新進展。", "2024-06-01",
     ({al(BRI, EAEU), al(BRI, GEP)}, set())),
    ("双方同意把丝绸之路经济带建设同欧亚经济联盟建设进行对接。", "2015-05-09", ({al(SREB, EAEU)}, set())),
    ("两国元首同意推动丝绸之路经济带同欧亚经济联盟和大欧亚伙伴关系协调发展、相互对接。", "2024-05-16",
     ({al(SREB, EAEU), al(SREB, GEP)}, set())),
    ("双方讨论了欧亚经济联盟和上海合作组织的发展问题。", "2024-06-01", (set(), {al(EAEU, SCO)})),
    ("中俄两国元首就“一带一路”和欧亚经济联盟问题交换了意见。", "2024-06-01", (set(), {al(BRI, EAEU)})),

    # ===== observers at the expanded session
    ("上海合作组织成员国元首理事会第十五次会议10日在乌法举行。印度、巴基斯坦、伊朗等观察员国领导人或代表出席了扩大会议。",
     "2015-07-11", ({(IN, "attends", SCO15), (PK, "attends", SCO15), (IR, "attends", SCO15)},
                    {(IN, "memberOf", SCO), (PK, "memberOf", SCO), (IR, "memberOf", SCO)})),
    ("上合组织阿斯塔纳峰会4日举行。蒙古国、白俄罗斯等观察员国领导人出席了峰会扩大会议。", "2024-07-05",
     ({("mongolia", "attends", SCO24), (BY, "attends", SCO24)}, {("mongolia", "memberOf", SCO)})),
    ("上合組織杜尚別峰會17日舉行。蒙古國、阿富汗等觀察員國代表出席了擴大會議。", "2021-09-18",
     ({("mongolia", "attends", SCO21)}, {("mongolia", "memberOf", SCO)})),
    ("蒙古国是上海合作组织观察员国。", "2024-06-01", (set(), {("mongolia", "memberOf", SCO)})),

    # ===== chairing and hosting in support phrases
    ("上合组织杜尚别峰会17日举行。习近平表示，中方支持塔方担任主席国期间所做的工作。", "2021-09-18",
     ({(CN, "supports", TJ), (TJ, "chairs", SCO)}, set())),
    ("中方高度评价哈方担任上合组织轮值主席国期间所做的工作。", "2024-07-04", ({(KZ, "chairs", SCO)}, set())),
    ("中方支持俄方办好明年的乌法峰会。", "2014-09-12", ({(CN, "supports", RU), (RU, "hosts", BRICS7)}, set())),
    ("金砖国家领导人第十六次会晤在喀山举行。中方支持俄方担任轮值主席国期间所做的工作。", "2024-10-24",
     ({(RU, "chairs", BRICS), (CN, "supports", RU)}, set())),
    ("俄罗斯今年担任金砖国家轮值主席国，中方支持俄方工作。", "2024-03-01", ({(RU, "chairs", BRICS), (CN, "supports", RU)}, set())),
    ("中方将支持哈萨克斯坦办好明年的上合组织峰会。", "2023-07-05",
     ({(CN, "supports", KZ), (KZ, "hosts", SCO24)}, set())),
    ("中方支持俄方担任轮值主席国期间所做的工作。", "2024-06-01", ({(CN, "supports", RU)}, {(RU, "chairs", BRICS), (RU, "chairs", SCO)})),
    ("中方愿同俄方一道办好上合组织峰会。", "2024-06-01", (set(), {(CN, "hosts", SCO24), (RU, "hosts", SCO24)})),
    ("中方支持哈萨克斯坦加强上合组织建设。", "2024-06-01", ({(CN, "supports", KZ)}, {(KZ, "chairs", SCO), (KZ, "hosts", SCO24)})),

    # ===== visit-type modifiers
    ("蒙古国总统呼日勒苏赫对中国进行非正式访问。", "2024-06-01",
     ({("ukhnaagiin-khurelsukh", "visits", CN)}, set())),
    ("卢卡申科对俄罗斯进行私人访问。", "2024-06-01", ({(LUKA, "visits", RU)}, set())),
    ("布林肯對基輔進行閃電訪問。", "2024-05-15", ({(BLINKEN, "visits", "kyiv")}, set())),
    ("欧尔班对莫斯科进行了历史性访问。", "2024-07-06", ({(ORBAN, "visits", "moscow")}, set())),
    ("普京对平壤进行短暂访问后前往河内。", "2024-06-20", ({(PUTIN, "visits", "pyongyang")}, set())),
    ("普京对中国进行国事访问前接受了新华社专访。", "2024-05-15", ({(PUTIN, "visits", CN)}, set())),
    ("莫迪对俄罗斯进行了为期两天的正式友好访问。", "2024-07-09", ({(MODI, "visits", RU)}, set())),
    ("外交部发言人说，普京没有对中国进行非正式访问的计划。", "2024-06-01", (set(), {(PUTIN, "visits", CN)})),

    # ===== activities during a visit
    ("访问期间，卢卡申科还参观了中国国际进口博览会。", "2024-11-06", ({(LUKA, "attends", CIIE7)}, set())),
    ("訪問期間，普京還參觀了故宮博物院。", "2024-05-17", ({(PUTIN, "visits", "palace-museum")}, set())),
    ("第一届“一带一路”国际合作高峰论坛在北京开幕。普京、埃尔多安等在开幕式上致辞。", "2017-05-15",
     ({(PUTIN, "attends", BRF1), (ERDOGAN, "attends", BRF1), ("beijing", "hosts", BRF1)}, set())),
    ("第三届“一带一路”国际合作高峰论坛开幕式上，普京和托卡耶夫先后致辞。", "2023-10-18",
     ({(PUTIN, "attends", BRF3), (TOKAYEV, "attends", BRF3)}, set())),
    ("东方经济论坛在符拉迪沃斯托克开幕，普京在开幕式上致辞。", "2024-09-05",
     ({(PUTIN, "attends", "9th-eastern-economic-forum")}, set())),
    ("访问期间，卢卡申科还会见了俄罗斯总理米舒斯京。", "2024-06-01",
     ({meets(LUKA, "mikhail-mishustin")}, {(LUKA, "attends", CIIE7)})),

    # ===== attendee lists with adverbs
    ("第一届“一带一路”国际合作高峰论坛在北京举行。出席论坛的外国领导人还包括普京、埃尔多安和纳扎尔巴耶夫等。", "2017-05-15",
     ({(PUTIN, "attends", BRF1), (ERDOGAN, "attends", BRF1), ("nursultan-nazarbayev", "attends", BRF1)}, set())),
    ("上合组织阿斯塔纳峰会4日举行。与会的还有土耳其总统埃尔多安和白俄罗斯总统卢卡申科。", "2024-07-05",
     ({(ERDOGAN, "attends", SCO24), (LUKA, "attends", SCO24)}, set())),
    ("金砖国家领导人第十六次会晤在喀山举行。参加峰会的有莫迪、埃尔多安和佩泽希齐扬等。", "2024-10-24",
     ({(MODI, "attends", BRICS16), (ERDOGAN, "attends", BRICS16), (PEZ, "attends", BRICS16)}, set())),
    ("金磚國家領導人第十六次會晤在喀山舉行。出席會議的還有聯合國秘書長古特雷斯。", "2024-10-24",
     ({("antonio-guterres", "attends", BRICS16)}, set())),
    ("金砖国家领导人第十六次会晤在喀山举行。未出席峰会的有巴西总统卢拉。", "2024-10-24",
     (set(), {("luiz-inacio-lula-da-silva", "attends", BRICS16)})),

    # ===== delegations
    ("乌克兰和平峰会在瑞士举行。美国则由副总统哈里斯率团与会。", "2024-06-16",
     ({("kamala-harris", "attends", "summit-on-peace-in-ukraine")}, set())),
    ("俄罗斯派出由拉夫罗夫率领的代表团出席上合组织峰会。", "2024-07-04",
     ({(LAVROV, "attends", SCO24), (RU, "attends", SCO24)}, set())),
    ("印度派出由外长苏杰生率领的代表团出席金砖国家领导人第十六次会晤。", "2024-10-23",
     ({("subrahmanyam-jaishankar", "attends", BRICS16), (IN, "attends", BRICS16)}, set())),
    ("中方未派代表团出席乌克兰和平峰会。", "2024-06-16", (set(), {(CN, "attends", "summit-on-peace-in-ukraine")})),

    # ===== venues with a city prefix
    ("第三届“一带一路”国际合作高峰论坛在北京国家会议中心开幕。", "2023-10-18",
     ({("beijing", "hosts", BRF3), ("china-national-convention-center", "locatedIn", "beijing")},
      {("new/place/北京国家会议中心", "hosts", BRF3)})),
    ("第三屆“一帶一路”國際合作高峰論壇在北京國家會議中心舉行。", "2023-10-18",
     ({("beijing", "hosts", BRF3)}, {("new/place/北京國家會議中心", "hosts", BRF3)})),
    ("第二届“一带一路”国际合作高峰论坛在北京雁栖湖国际会都举行。", "2019-04-27", ({("beijing", "hosts", "2nd-belt-and-road-forum")}, set())),
    ("中国国际进口博览会在上海国家会展中心开幕。", "2024-11-05",
     ({("shanghai", "hosts", CIIE7)}, {("new/place/上海国家会展中心", "hosts", CIIE7)})),

    # ===== zero subjects across a chain of clauses
    ("川普此行先是出席布鲁塞尔北约峰会，随后访问英国，与首相梅伊会谈，再前往苏格兰。", "2018-07-12",
     ({(TRUMP, "visits", "united-kingdom"), meets(TRUMP, MAY), (TRUMP, "visits", "scotland")}, set())),
    ("普京此行先是访问朝鲜，随后前往越南，与苏林举行会谈。", "2024-06-20",
     ({(PUTIN, "visits", "north-korea"), (PUTIN, "visits", "vietnam"), meets(PUTIN, "to-lam")}, set())),
    ("莫迪先访问俄罗斯，再前往奥地利。", "2024-07-09", ({(MODI, "visits", RU), (MODI, "visits", "austria")}, set())),
    ("习近平抵达阿斯塔纳，出席上合组织峰会，并同托卡耶夫举行会谈。", "2024-07-03",
     ({(XI, "visits", "astana"), (XI, "attends", SCO24), meets(XI, TOKAYEV)}, set())),

    # ===== watching together
    ("普京与法国总统马克龙、克罗地亚总统基塔罗维奇一同观看世界杯决赛。", "2018-07-16",
     ({(PUTIN, "attends", WC), (MACRON, "attends", WC),
       ("kolinda-grabar-kitarovic", "attends", WC)}, {meets(MACRON, "kolinda-grabar-kitarovic")})),
    ("普京同习近平一道观看了2022年北京冬季奥运会开幕式。", "2022-02-05",
     ({(PUTIN, "attends", "2022-winter-olympics"), (XI, "attends", "2022-winter-olympics")}, {coop(PUTIN, XI)})),
    ("普丁與習近平一同觀看北京冬奧會開幕式。", "2022-02-05",
     ({(PUTIN, "attends", "2022-winter-olympics"), (XI, "attends", "2022-winter-olympics")}, set())),
    ("普京通过电视观看了世界杯决赛。", "2018-07-16", (set(), {(PUTIN, "attends", WC)})),

    # ===== working lunch / banquet with aides
    ("特朗普与普京举行会谈。两人随后与蓬佩奥、拉夫罗夫等人共进工作午餐。", "2018-07-16",
     ({meets(TRUMP, PUTIN)}, {meets(POMPEO, LAVROV)})),
    ("会谈后，两国元首与王毅、拉夫罗夫等共进午餐。", "2024-05-16", (set(), {meets(WANG, LAVROV)})),
    ("習近平與普丁會談後，兩人與王毅、拉夫羅夫等人共進晚宴。", "2024-05-16",
     ({meets(XI, PUTIN)}, {meets(WANG, LAVROV)})),
    ("王毅与拉夫罗夫共进工作午餐。", "2024-05-16", ({meets(WANG, LAVROV)}, set())),
]


# rows the extractor does not get right yet (strict xfail), by first characters of the text
_TODO = {
}
CASES = [xfail(c[0], c[1], c[2], r) if (r := next((v for k, v in _TODO.items() if c[0].startswith(k)), None)) else c
         for c in CASES]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_zh_round4(text, published, expected):
    check_facts(facts_of(text, published=published), expected)


X = "in_person"
MEETINGS = [
    meeting_row("2018-07-16", "特朗普与普京在赫尔辛基举行会谈。两人随后与蓬佩奥、拉夫罗夫等人共进工作午餐。",
        ({TRUMP, PUTIN}, None, "helsinki", X)),
    meeting_row("2024-05-16", "习近平同普京举行会谈。会谈后，两国元首与王毅、拉夫罗夫等共进午餐。",
        ({XI, PUTIN}, None, None, X)),
    meeting_row("2018-07-12", "川普此行先是出席布鲁塞尔北约峰会，随后访问英国，与首相梅伊会谈，再前往苏格兰。",
        ({TRUMP, MAY}, None, None, X),
        xfail="the meeting takes the next destination ('再前往苏格兰') of a later clause as its venue"),
    meeting_row("2024-11-06", "访问期间，卢卡申科还参观了中国国际进口博览会。"),
    meeting_row("2018-07-16", "普京与法国总统马克龙、克罗地亚总统基塔罗维奇一同观看世界杯决赛。"),
    meeting_row("2024-07-05", "上合组织阿斯塔纳峰会4日举行。与会的还有土耳其总统埃尔多安和白俄罗斯总统卢卡申科。"),
]


@pytest.mark.parametrize("pub,text,expected", MEETINGS)
def test_zh_round4_meetings(pub, text, expected):
    assert meetings_found(pub, text) == expected
