"""Chinese (simplified and traditional), round 6: patterns a check on real-style articles found missed,
positive and negative rows per pattern:

delegation     'C派出由X率领的代表团出席E' / 'X率团出席': X attends E, and so does C
attendee list  '出席峰会的还有A、B等领导人': each attends the event in context ('未出席…的还有' does not)
past hosting   'C曾于YYYY年在P主办第N次峰会' after the organisation is named: C and P host that edition
chairing       'C从C2手中接任O主席国', 'E由C担任主席国', '由今年担任O主席国的C总统X主持': C chairs O
looking ahead  '期待…访华并出席…峰会': the speaker (or the leader named before) visits and attends
small session  'X主持五国领导人非正式会晤，A、B…出席': each attends the event; a session, no pairwise meetings
after a trip   'X结束…行程后将访问C': X visits C
English quote  a quotation in English inside a Chinese sentence breaks neither the Chinese facts nor follows
               Chinese rules itself

Every sentence was written for this table from the language, not copied from an article.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts, mark_open, meets

XI, PUTIN, LAVROV, WANG, MODI = "xi-jinping", "vladimir-putin", "sergey-lavrov", "wang-yi", "narendra-modi"
LUKA, PMC, LULA, RAMA, ERDOGAN = "alexander-lukashenko", "pham-minh-chinh", "lula-da-silva", "cyril-ramaphosa", \
    "recep-tayyip-erdogan"
LI_QIANG, TEMER, ZUMA, BLINKEN, BIDEN = "li-qiang", "michel-temer", "jacob-zuma", "antony-blinken", "joe-biden"
TOKAYEV, VIEIRA = "kassym-jomart-tokayev", "mauro-vieira"
CN, RU, VN, IN, BR = "china", "russia", "vietnam", "india", "brazil"
SCO, BRICS = "shanghai-cooperation-organisation", "brics"
SCO25, SCO24, BR16, BR9, G20RIO = "2025-sco-summit", "2024-sco-summit", "16th-brics-summit", "9th-brics-summit", \
    "2024-g20-rio-summit"
NONE: set = set()


def att(s, e):
    return (s, "attends", e)


def host(s, e):
    return (s, "hosts", e)


def chair(c, o):
    return (c, "chairs", o)


CASES = [
    # ===== a delegation led by X
    ("上海合作组织天津峰会8月31日开幕。俄罗斯派出由外长拉夫罗夫率领的代表团出席峰会。", "2025-08-30",
     ({att(RU, SCO25), att(LAVROV, SCO25)}, NONE)),
    ("上合组织天津峰会将于本月31日举行。越南派出由总理范明政率领的高级代表团与会。", "2025-08-30",
     ({att(VN, SCO25), att(PMC, SCO25)}, NONE)),
    ("金砖国家领导人第十六次会晤在喀山举行。中国派出由国务院总理李强率领的代表团出席会晤。", "2024-10-20",
     ({att(CN, BR16), att(LI_QIANG, BR16)}, NONE)),
    ("金磚國家領導人第十六次會晤在喀山舉行。印度總理莫迪率團出席。", "2024-10-20",
     ({att(MODI, BR16)}, NONE)),
    ("上合组织天津峰会8月31日开幕。俄罗斯派出以外长拉夫罗夫为团长的代表团出席峰会。", "2025-08-30",
     ({att(RU, SCO25), att(LAVROV, SCO25)}, NONE)),
    ("喀山金砖峰会22日开幕。中方派出由王毅率领的代表团出席会议。", "2024-10-22",
     ({att(CN, BR16), att(WANG, BR16)}, NONE)),
    ("喀山金砖峰会开幕在即。俄罗斯并未派出代表团出席此次会议。", "2024-10-20",
     (NONE, {att(RU, BR16)})),
    ("喀山金砖峰会开幕在即。外交部长王毅率团访问巴西。", "2024-10-20",
     ({(WANG, "visits", BR)}, {att(WANG, BR16)})),
    # ===== attendee lists after the verb
    ("上合组织阿斯塔纳峰会3日举行。出席峰会的还有俄罗斯总统普京、白俄罗斯总统卢卡申科等成员国领导人。", "2024-07-03",
     ({att(PUTIN, SCO24), att(LUKA, SCO24)}, NONE)),
    ("上合组织2024年峰会在阿斯塔纳举行。出席会议的还有普京、埃尔多安和联合国秘书长古特雷斯。", "2024-07-03",
     ({att(PUTIN, SCO24), att(ERDOGAN, SCO24), host("astana", SCO24)}, NONE)),
    ("上合组织2024年峰会期间，普京会见了埃尔多安。", "2025-07-03",
     ({att(PUTIN, SCO24), att(ERDOGAN, SCO24), meets(PUTIN, ERDOGAN)}, {att(PUTIN, SCO25)})),
    ("金砖国家领导人第十六次会晤在喀山举行。出席会晤的還有印度總理莫迪、巴西總統盧拉等領導人。", "2024-10-23",
     ({att(MODI, BR16), att(LULA, BR16)}, NONE)),
    ("金砖国家领导人第十六次会晤在喀山举行。出席开幕式的还有联合国秘书长古特雷斯。", "2024-10-22",
     ({att("antonio-guterres", BR16)}, NONE)),
    ("金砖国家领导人第十六次会晤在喀山举行。未出席峰会的还有巴西总统卢拉。", "2024-10-23",
     (NONE, {att(LULA, BR16)})),
    ("金砖国家领导人第十六次会晤在喀山举行。缺席峰会的还有巴西总统卢拉。", "2024-10-23",
     (NONE, {att(LULA, BR16)})),
    ("金砖国家领导人第十六次会晤在喀山举行。出席欢迎晚宴的还有各国外长。", "2024-10-23",
     ({host("kazan", BR16)}, NONE)),
    # ===== past hosting of a numbered edition
    ("上海合作组织成立于2001年。中国曾于2018年在青岛主办第十八次峰会。", "2025-09-01",
     ({host(CN, "2018-sco-summit"), host("qingdao", "2018-sco-summit")}, NONE)),
    ("金砖国家机制不断发展。俄罗斯曾于2015年在乌法主办第七次峰会，今年再次担任主席国。", "2024-10-20",
     ({host(RU, "7th-brics-summit"), host("ufa", "7th-brics-summit"), chair(RU, BRICS)}, NONE)),
    ("金砖国家机制不断发展。中国曾于2017年在厦门主辦第九次峰會。", "2024-10-20",
     ({host(CN, BR9), host("xiamen", BR9)}, NONE)),
    ("金砖国家机制不断发展。印度曾于2016年在果阿主办第八次峰会。", "2024-10-20",
     ({host(IN, "8th-brics-summit")}, NONE)),
    ("上合组织成立以来，俄罗斯曾于2019年在比什凯克出席第十九次峰会。", "2025-09-01",
     ({att(RU, "2019-sco-summit"), host("bishkek", "2019-sco-summit")}, {host(RU, "2019-sco-summit")})),
    ("中国曾于2018年在青岛主办上合组织第十八次峰会。", "2025-09-01",
     ({host(CN, "2018-sco-summit"), host("qingdao", "2018-sco-summit")}, NONE)),
    ("金砖国家机制不断发展。印度曾计划于2021年主办峰会。", "2024-10-20",
     (NONE, {host(IN, BR16)})),
    ("上海合作组织成立于2001年。中国曾于2018年在青岛参加第十八次峰会。", "2025-09-01",
     (NONE, {host(CN, "2018-sco-summit")})),
    # ===== chairing
    ("俄罗斯于2024年1月1日从南非手中接任金砖国家主席国。", "2024-01-01",
     ({chair(RU, BRICS)}, NONE)),
    ("巴西于2025年从俄罗斯手中接过金砖国家轮值主席国。", "2025-01-01",
     ({chair(BR, BRICS)}, NONE)),
    ("哈萨克斯坦于2024年从印度手中接任上合组织轮值主席国。", "2024-07-05",
     ({chair("kazakhstan", SCO)}, NONE)),
    ("巴西明年将从俄罗斯手中接任金砖国家主席国。", "2024-10-23",
     ({chair(BR, BRICS)}, NONE)),
    ("金砖国家领导人第十六次会晤由俄罗斯担任主席国。", "2024-10-20",
     ({chair(RU, BRICS)}, NONE)),
    ("上合组织天津峰会由中国担任主席国。", "2025-08-30",
     ({chair(CN, SCO)}, NONE)),
    ("会议由今年担任金砖国家主席国的俄罗斯总统普京主持。", "2024-10-23",
     ({chair(RU, BRICS)}, NONE)),
    ("欢迎宴会由今年担任上合组织轮值主席国的中国国家主席习近平主持。", "2025-08-31",
     ({chair(CN, SCO)}, NONE)),
    ("會議由今年擔任金磚國家主席國的俄羅斯總統普京主持。", "2024-10-23",
     ({chair(RU, BRICS)}, NONE)),
    ("俄罗斯未能接任上合组织主席国。", "2024-10-23",
     (NONE, {chair(RU, SCO)})),
    # ===== looking forward to visiting and attending
    ("普京表示，期待8月访华并出席在天津举行的上合组织峰会。", "2025-05-10",
     ({(PUTIN, "visits", CN), att(PUTIN, SCO25), host("tianjin", SCO25)}, {att(CN, SCO25)})),
    ("越南总理范明政表示，期待今年访华并出席上合组织天津峰会。", "2025-05-10",
     ({(PMC, "visits", CN), att(PMC, SCO25)}, {att(CN, SCO25)})),
    ("俄方期待普京总统8月访华并出席上合组织天津峰会。", "2025-05-10",
     ({(PUTIN, "visits", CN), att(PUTIN, SCO25)}, {att(CN, SCO25)})),
    ("印度总理莫迪发表讲话。他期待8月访华并出席在天津举行的上合组织峰会。", "2025-05-10",
     ({(MODI, "visits", CN), att(MODI, SCO25)}, {att(CN, SCO25)})),
    ("普京總統表示，期待明年訪華並出席在天津舉行的上合組織峰會。", "2024-10-10",
     ({(PUTIN, "visits", CN), att(PUTIN, SCO25)}, {att(CN, SCO25)})),
    ("普京8月访华并出席上合组织天津峰会。", "2025-09-02",
     ({(PUTIN, "visits", CN), att(PUTIN, SCO25)}, {att(CN, SCO25)})),
    ("卢卡申科表示，白方期待来华参加上合组织天津峰会。", "2025-05-10",
     ({att("belarus", SCO25)}, {att(CN, SCO25)})),
    ("卢卡申科说，期待明年访问俄罗斯并出席胜利日阅兵。", "2024-06-01",
     ({(LUKA, "visits", RU), att(LUKA, "moscow-victory-day-parade")}, {att(RU, "moscow-victory-day-parade")})),
    ("普京表示，欢迎习近平出席上合组织天津峰会。", "2025-05-10",
     ({att(XI, SCO25)}, {(PUTIN, "visits", CN)})),
    # ===== a small session of five leaders
    ("金砖国家领导人第十六次会晤在喀山举行。会晤期间，普京主持了五国领导人非正式会晤，习近平、莫迪、卢拉和拉马福萨出席。",
     "2024-10-23",
     ({att(PUTIN, BR16), att(XI, BR16), att(MODI, BR16), att(LULA, BR16), att(RAMA, BR16)},
      {meets(PUTIN, XI), meets(XI, MODI)})),
    ("金砖国家领导人第十六次会晤在喀山举行。23日，五国领导人举行非正式会晤，由普京主持，习近平、莫迪、拉马福萨和巴西外长维埃拉出席。",
     "2024-10-23",
     ({att(PUTIN, BR16), att(XI, BR16), att(MODI, BR16), att(RAMA, BR16), att(VIEIRA, BR16)},
      {meets(PUTIN, XI), meets(XI, MODI)})),
    ("金砖国家领导人第九次会晤在厦门举行。习近平主持五国领导人小范围会晤，普京、莫迪、特梅尔、祖马出席。", "2017-09-04",
     ({att(XI, BR9), att(PUTIN, BR9), att(MODI, BR9), att(TEMER, BR9), att(ZUMA, BR9)},
      {meets(PUTIN, XI), meets(XI, MODI), meets(PUTIN, MODI)})),
    ("金磚國家領導人第九次會晤在廈門舉行。習近平主持五國領導人小範圍會晤，普京、莫迪、特梅爾、祖馬出席。", "2017-09-04",
     ({att(XI, BR9), att(PUTIN, BR9), att(ZUMA, BR9)}, {meets(PUTIN, XI), meets(XI, MODI)})),
    ("金砖国家领导人第十六次会晤在喀山举行。习近平与莫迪举行双边会晤。", "2024-10-23",
     ({meets(XI, MODI)}, NONE)),
    ("习近平同普京在克里姆林宫举行小范围会谈。", "2023-03-21",
     ({meets(XI, PUTIN)}, NONE)),
    ("两国领导人小范围会晤后，普京同莫迪举行了会谈。", "2024-07-09",
     ({meets(PUTIN, MODI)}, NONE)),
    # ===== visiting after a trip
    ("习近平结束在秘鲁的亚太经合组织会议行程后，将赴巴西出席二十国集团领导人第十九次峰会并对巴西进行国事访问。", "2024-11-15",
     ({(XI, "visits", BR), att(XI, G20RIO)}, {att(BR, G20RIO)})),
    ("莫迪结束里约二十国集团峰会行程后将访问圭亚那。", "2024-11-20",
     ({(MODI, "visits", "guyana")}, NONE)),
    ("习近平主席结束二十国集团领导人峰会行程后，将对巴西进行国事访问。", "2024-11-20",
     ({(XI, "visits", BR)}, NONE)),
    ("拉夫罗夫结束G20峰会行程后将前往越南访问。", "2024-11-20",
     ({(LAVROV, "visits", VN)}, NONE)),
    ("普京结束二十国集团领导人峰会行程后返回莫斯科。", "2024-11-20",
     (NONE, {(PUTIN, "visits", "moscow")})),
    ("莫迪取消了结束G20行程后访问圭亚那的计划。", "2024-11-20",
     (NONE, {(MODI, "visits", "guyana")})),
    # ===== an English quotation inside a Chinese sentence
    ("美国国务卿布林肯表示，\"China is not a neutral party\"，并批评中国支持俄罗斯。", "2023-03-21",
     ({(BLINKEN, "opposes", CN)}, NONE)),
    ("美国国务卿布林肯表示，“China is not a neutral party”，并批评中国支持俄罗斯。", "2023-03-21",
     ({(BLINKEN, "opposes", CN)}, NONE)),
    ("美國國務卿布林肯表示，「China is not a neutral party」，並批評中國支持俄羅斯。", "2023-03-21",
     ({(BLINKEN, "opposes", CN)}, NONE)),
    ("美国白宫表示：\"Xi Jinping's visit to Moscow gives Russia diplomatic cover.\" 习近平当天在莫斯科同普京举行会谈。",
     "2023-03-21", ({(XI, "visits", "moscow"), meets(XI, PUTIN)}, NONE)),
    ("中央社台北21日电 美国国务卿布林肯表示，\"China is not a neutral party\"，并批评中国支持俄罗斯。", "2023-03-21",
     ({(BLINKEN, "opposes", CN)}, NONE)),
    ("普京在声明中说：“We will never abandon our partners”，并表示俄方支持中方立场。", "2023-03-21",
     ({(RU, "supports", CN)}, NONE)),
    ("拜登称\"Putin and Xi met in Beijing\"。", "2024-05-16",
     (NONE, {meets(BIDEN, PUTIN), meets(BIDEN, XI)})),
    ("拜登稱：「Russia supports China's position on Taiwan.」", "2024-05-16",
     ({(RU, "supports", CN)}, NONE)),
    ("香港01報道，普京訪華期間與習近平會談，美方稱 \"the partnership is a threat\"。", "2024-05-16",
     ({meets(PUTIN, XI), (PUTIN, "visits", CN)}, NONE)),
    ("英国外交大臣克莱弗利说：\"We support Ukraine.\" 中国外交部回应称，中方支持和平谈判。", "2023-03-21",
     (NONE, {(CN, "supports", "ukraine")})),
]

OPEN: dict[str, str] = {
    "在青岛主办上合组织第十八次峰会": "'上合组织第十八次峰会' is a new shaped event, not the catalogue edition (labelled '上海合作组织成员国元首理事会第十八次会议')",
}

CASES = mark_open(CASES, OPEN)


@pytest.mark.parametrize("text,published,expected", CASES)
def test_zh_round6(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
