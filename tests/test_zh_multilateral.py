"""Chinese (zh-Hans and zh-Hant, incl. Taiwan and Hong Kong usage): multilateral events, one row per
phenomenon. Event names the catalogue lacks ('第十四次金砖国家负责安全事务高级代表会议', '上合组织外长理事会会议',
'美國－東協峰會'), attendance told as a list with no object ('A、B等出席。', '…等國代表與會。') or by who
presided ('会议由X主持': attending, not hosting), hosts ('由…主办', '在<国>首都<城>开幕', '以东道主身份'),
rotating presidencies ('東協輪值主席國馬來西亞'), joining ('正式成为…成员国'; '申请成为' is no membership),
observers, and signatures by a list of leaders.

Sentences written for these tests in the style of Xinhua / People's Daily, CNA (Taiwan) and HK01 / Ming Pao
(Hong Kong) reports.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text, facts_of

from fact_check import check_facts

XI, PUTIN, WANG, LAVROV = "xi-jinping", "vladimir-putin", "wang-yi", "sergey-lavrov"
TOKAYEV, LUKASHENKO, PASHINYAN = "kassym-jomart-tokayev", "alexander-lukashenko", "nikol-pashinyan"
RU, KZ, BY = "russia", "kazakhstan", "belarus"
BRICS, SCO, ASEAN, CSTO = "brics", "shanghai-cooperation-organisation", "asean", "csto"

SECURITY = "new/event/第十四次金砖国家负责安全事务高级代表会议"
SCO_CHG = "new/event/上海合作组织成员国政府首脑理事会第二十三次会议"
CSTO_2024 = "new/event/csto-summit-2024"

CSTO_HELD = "集体安全条约组织峰会在阿斯塔纳举行。"
SECURITY_HELD = "第十四次金砖国家负责安全事务高级代表会议11日在圣彼得堡举行。"
CHG_HELD = "上海合作组织成员国政府首脑理事会第二十三次会议在伊斯兰堡举行。"

# (text, published, expected): expected is the exact set of facts, or (present, absent)
CASES = [
    # --- events the catalogue lacks: an ordinal before a name that holds a known organisation or country
    ("王毅出席第十四次金砖国家负责安全事务高级代表会议。", "2024-09-12", {(WANG, "attends", SECURITY)}),
    ("李強出席第28次中國－東協領導人會議、第28次東協與中日韓領導人會議及第20屆東亞峰會。", "2025-10-27",
     ({("li-qiang", "attends", "new/event/第28次中国-东协领导人会议"),
       ("li-qiang", "attends", "new/event/第28次东协与中日韩领导人会议"),
       ("li-qiang", "attends", "new/event/第20届东亚峰会")},
      {("lee-jae-myung", "leaderOf", "south-korea")})),
    # ... a council's session with its body in brackets; a ministers' meeting named after its organisation
    ("上海合作组织成员国政府首脑（总理）理事会第二十三次会议在伊斯兰堡举行。", "2024-10-17",
     {("islamabad", "hosts", "new/event/上海合作组织成员国政府首脑-总理-理事会第二十三次会议")}),
    ("上合组织外长理事会会议在阿斯塔纳举行。王毅出席会议。", "2024-05-21",
     {("astana", "hosts", "new/event/上合组织外长理事会会议"), (WANG, "attends", "new/event/上合组织外长理事会会议")}),
    ("東協外長會議在寮國首都萬象舉行，中國外長王毅和俄羅斯外長拉夫羅夫與會。", "2024-07-26",
     ({("vientiane", "hosts", "new/event/东协外长会议"), (WANG, "attends", "new/event/东协外长会议"),
       (LAVROV, "attends", "new/event/东协外长会议")}, set())),
    # ... a country–organisation summit is another event than the organisation's own summit
    ("川普出席美國－東協峰會。", "2025-10-26",
     ({("donald-trump", "attends", "new/event/美国-东协峰会")}, {("donald-trump", "attends", "new/event/asean-summit-2025")})),
    ("第21届中国－东盟博览会在南宁开幕。", "2024-09-24", ({("nanning", "hosts", "new/event/中国-东盟博览会")}, set())),
    # --- attending: a list with no object after the verb takes the event of this or the last sentence
    (CHG_HELD + "俄罗斯总理米舒斯京、白俄罗斯总理戈洛夫琴科等出席。", "2024-10-17",
     ({("mikhail-mishustin", "attends", SCO_CHG), ("roman-golovchenko", "attends", SCO_CHG)}, set())),
    ("第十四次金磚國家負責安全事務高級代表會議在聖彼得堡舉行。巴西、印度、南非等國代表與會。", "2024-09-12",
     ({("brazil", "attends", SECURITY), ("india", "attends", SECURITY), ("south-africa", "attends", SECURITY)}, set())),
    (CSTO_HELD + "亚美尼亚总理帕希尼扬没有出席。", "2024-11-29", (set(), {(PASHINYAN, "attends", CSTO_2024)})),
    (CSTO_HELD + "如果帕希尼扬出席，会议将讨论边界问题。", "2024-11-29", (set(), {(PASHINYAN, "attends", CSTO_2024)})),
    ("习近平抵达莫斯科。普京等出席。", "2024-05-16", (set(), {(PUTIN, "attends", "2024-moscow-victory-day-parade")})),
    # ... presiding: '会议由X主持' is attending, not hosting
    (CHG_HELD + "会议由巴基斯坦总理夏巴兹主持。", "2024-10-17",
     ({("shehbaz-sharif", "attends", SCO_CHG)}, {("shehbaz-sharif", "hosts", SCO_CHG), ("pakistan", "hosts", SCO_CHG)})),
    # ... an observer attends, and is no member
    ("蒙古国以观察员国身份出席上合组织峰会。", "2024-07-04",
     ({("mongolia", "attends", "2024-sco-summit")}, {("mongolia", "memberOf", SCO)})),
    ("上合组织峰会在阿斯塔纳举行。阿富汗等观察员国没有派代表与会。", "2024-07-04",
     (set(), {("afghanistan", "memberOf", SCO), ("afghanistan", "attends", "2024-sco-summit")})),
    # --- hosting: '由<apposition>X主办', a capital 'in <country>'s capital <city>', '以东道主身份'
    (SECURITY_HELD + "会议由今年金砖轮值主席国俄罗斯主办。", "2024-09-12",
     {("saint-petersburg", "hosts", SECURITY), (RU, "hosts", SECURITY), (RU, "chairs", BRICS)}),
    ("第47屆東協峰會今天在馬來西亞首都吉隆坡開幕。", "2025-10-26",
     ({("kuala-lumpur", "hosts", "new/event/第47届东协峰会"), ("kuala-lumpur", "locatedIn", "malaysia")},
      {("malaysia", "hosts", "new/event/第47届东协峰会")})),
    ("金砖国家领导人第十六次会晤将于10月在喀山举行，普京将以东道主身份接待各国领导人。", "2024-09-12",
     {("kazan", "hosts", "16th-brics-summit"), (PUTIN, "hosts", "16th-brics-summit")}),
    ("金砖国家领导人第十六次会晤将于10月在喀山举行，普京不会以东道主身份出席。", "2024-09-12",
     (set(), {(PUTIN, "hosts", "16th-brics-summit")})),
    # --- rotating presidency: '<organisation>轮值主席国<country>'; a generic presidency names no one
    ("今年東協輪值主席國馬來西亞表示，將推動區域合作。", "2025-10-26", {("malaysia", "chairs", ASEAN)}),
    ("菲律賓明年將接任東協輪值主席國。", "2025-10-26", {("philippines", "chairs", ASEAN)}),
    ("集安组织轮值主席国由俄罗斯接任。", "2024-11-29", {(RU, "chairs", CSTO)}),
    ("东盟轮值主席国的工作十分繁重。", "2025-10-26", set()),
    # --- membership: joining, lists of members; applying or hoping to join is no membership
    ("东帝汶正式成为东盟第11个成员国。", "2025-10-26", {("timor-leste", "memberOf", ASEAN)}),
    ("白俄罗斯在阿斯塔纳峰会上正式成为上合组织第十个成员国。", "2024-07-05", ({(BY, "memberOf", SCO)}, set())),
    ("集安组织成员国包括俄罗斯、白俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和亚美尼亚。", "2024-11-29",
     {(c, "memberOf", CSTO) for c in (RU, BY, KZ, "kyrgyzstan", "tajikistan", "armenia")}),
    ("土耳其申请成为金砖国家成员国。", "2024-10-01", (set(), {("turkey", "memberOf", BRICS)})),
    ("土耳其已正式申請成為金磚國家成員國。", "2024-10-01", (set(), {("turkey", "memberOf", BRICS)})),
    ("马来西亚希望成为金砖国家正式成员。", "2024-10-01", (set(), {("malaysia", "memberOf", BRICS)})),
    ("巴布亚新几内亚以观察员身份列席会议，但并非东盟成员国。", "2025-10-26",
     (set(), {("papua-new-guinea", "memberOf", ASEAN)})),
    # ... an acting minister in a list ('伊朗代理外长巴盖里') keeps the list going
    ("金砖国家外长会晤在下诺夫哥罗德举行。会晤由俄罗斯外长拉夫罗夫主持。印度外长苏杰生、伊朗代理外长巴盖里、埃及外长舒凯里等与会。",
     "2024-06-11",
     ({(p, "attends", "new/event/金砖国家外长会晤") for p in
       (LAVROV, "subrahmanyam-jaishankar", "ali-bagheri-kani", "sameh-shoukry")}, set())),
    # --- signatures by a list of leaders; a failed signing is none
    ("普京、卢卡申科、托卡耶夫签署了《集安组织集体安全理事会宣言》。", "2024-11-29",
     ({(p, "signs", "new/agreement/集安组织集体安全理事会宣言") for p in (PUTIN, LUKASHENKO, TOKAYEV)}, set())),
    ("各方未能签署《集安组织集体安全理事会宣言》。", "2024-11-29", set()),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_zh_multilateral_facts(text, published, expected):
    check_facts(facts_of(text, published=published), expected)


EVENTS = [
    # text, the events the text names (entity ids, in order of first mention)
    # a headline's shorter name and the body's numbered name are one event
    ("王毅出席金砖国家安全事务高级代表会议。王毅11日在圣彼得堡出席第十四次金砖国家负责安全事务高级代表会议。", [SECURITY]),
    ("李强出席上海合作组织成员国政府首脑理事会第二十三次会议。上海合作组织成员国政府首脑（总理）理事会第二十三次会议在伊斯兰堡举行。",
     ["new/event/上海合作组织成员国政府首脑-总理-理事会第二十三次会议"]),
    # two numbered editions stay two events
    ("第十三次金砖国家安全事务高级代表会议去年举行，第十四次金砖国家安全事务高级代表会议今年举行。",
     ["new/event/第十三次金砖国家安全事务高级代表会议", "new/event/第十四次金砖国家安全事务高级代表会议"]),
    # an ordinal before a meeting word with no organisation or country named is no event
    ("这是两国元首今年第三次正式会晤。", []),
    ("第二次全体会议听取了报告。", []),
    # the ASEAN summit of the year and the US–ASEAN summit are two events
    ("東協峰會今天開幕。川普出席美國－東協峰會。", ["new/event/asean-summit-2025", "new/event/美国-东协峰会"]),
]


@pytest.mark.parametrize("text,events", EVENTS)
def test_zh_multilateral_event_names(text, events):
    x = extract_text(text, published="2025-10-26" if "東協" in text else "2024-10-17")
    got = list(dict.fromkeys(m.entity for m in x.mentions if m.type == "Event" and m.entity))
    assert got == events


def test_zh_related_links_are_no_facts():
    """A bulleted line after 'related news' is a link to another story, not a sentence of this one."""
    text = "集体安全条约组织峰会28日在阿斯塔纳举行。\n相关新闻：\n· 习近平会见哈萨克斯坦总统托卡耶夫\n· 普京抵达阿斯塔纳"
    x = extract_text(text, published="2024-11-29")
    assert not x.meetings
    assert ("vladimir-putin", "visits", "astana") not in {f.key() for f in x.facts}


# a ministry's name cut by an office word or by a longer country name (no spaces between words)
OFFSETS = [
    ("俄罗斯国防部长别洛乌索夫出席会议。", [("俄罗斯国防部长", "andrey-belousov"), ("别洛乌索夫", "andrey-belousov")]),
    ("白俄羅斯國防部長赫列寧出席會議。", [("白俄羅斯國防部長", "viktor-khrenin"), ("赫列寧", "viktor-khrenin")]),
    ("俄罗斯外交部长拉夫罗夫抵达北京。", [("俄罗斯外交部长", LAVROV), ("拉夫罗夫", LAVROV), ("北京", "beijing")]),
    ("白俄罗斯国防部发表声明。", [("白俄罗斯国防部", "new/organization/白俄罗斯国防部"),    # found by its shape
                       ("白俄罗斯", "belarus")]),      # the country inside the name (not '俄罗斯')
    ("俄罗斯国防部宣布。", [("俄罗斯国防部", "ministry-of-defence-of-russia"), ("俄罗斯", "russia")]),
]


@pytest.mark.parametrize("text,expected", OFFSETS)
def test_zh_ministry_names_cut(text, expected):
    x = extract_text(text, published="2025-06-27")
    assert [(text[m.start:m.end], m.entity) for m in x.mentions if m.entity] == expected


def test_zh_ministers_listed_attend():
    x = extract_text("上海合作組織成員國國防部長會議25日在青島舉行。俄羅斯國防部長別洛烏索夫、白俄羅斯國防部長赫列寧等出席。",
                     published="2025-06-27")
    event = "new/event/上海合作组织成员国国防部长会议"
    assert {("andrey-belousov", "attends", event), ("viktor-khrenin", "attends", event),
            ("qingdao", "hosts", event)} <= {f.key() for f in x.facts}


# talks 'during the meeting' take the event's venue and day as the document gives them
EVENT_TALKS = [
    ("王毅11日在俄罗斯圣彼得堡出席第十四次金砖国家负责安全事务高级代表会议。\n\n会议期间，王毅同绍伊古举行会谈。",
     "2024-09-13", {WANG, "sergei-shoigu"}, "2024-09-11", "saint-petersburg"),
    ("第十四次金磚國家負責安全事務高級代表會議11日在聖彼得堡舉行。\n\n會議期間，王毅同蕭伊古舉行會談。",
     "2024-09-13", {WANG, "sergei-shoigu"}, "2024-09-11", "saint-petersburg"),
    # a two-day meeting: the day of the talks is unknown
    ("上海合作組織成員國國防部長會議25日至26日在青島舉行。\n\n會議期間，董軍與別洛烏索夫舉行雙邊會談。",
     "2025-06-27", {"dong-jun", "andrey-belousov"}, None, "qingdao"),
    # a phone call takes neither the event's venue nor its day
    ("第十四次金砖国家负责安全事务高级代表会议11日在圣彼得堡举行。\n\n会议期间，王毅同绍伊古通电话。",
     "2024-09-13", {WANG, "sergei-shoigu"}, None, None),
]


@pytest.mark.parametrize("text,published,participants,day,place", EVENT_TALKS)
def test_zh_talks_at_event(text, published, participants, day, place):
    x = extract_text(text, published=published)
    assert [(set(m.participants), m.date.isoformat() if m.date else None, m.place) for m in x.meetings] == \
        [(participants, day, place)]
