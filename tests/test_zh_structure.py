"""Chinese (zh-Hans and zh-Hant) round 3: facts inside sentence and discourse structure. Every sentence was
written for this table from how Chinese news writing works (Xinhua / People's Daily / CNS readouts, Global
Times; Taiwan / Hong Kong press: UDN, CNA, Liberty Times, Ming Pao, HK01 with their transliterations), not
copied from an article, the seeds, the corpus or the blind sets.

How Chinese news wraps a fact, and what the extractor must get from it:

frames       adverbial frames precede the main clause and carry no subject of their own: 'X在对P进行国事访问期间
             会见Y' (visits + meets), 'X同Y会谈后表示，…' (meets; what follows is said), '在E期间/间隙，X会见Y'
             (at_event), '在P期间' (a stay: visits), '结束对P的访问后，X抵达Q' (both visits; returning home is none),
             '抵达P后，X…'; time clauses '会谈结束后，…'
relatives    the relative clause precedes its head with 的: '来华出席E的<国>总统X' (visits + attends + leaderOf),
             '正在P访问的X', '担任主席国的C', '由X率领的代表团'; apposition chains join titles with '、' before one
             name: '中共中央政治局委员、外交部长王毅', '总书记、国家主席习近平' — only the last title binds to the name
coordination 'A和B' / 'A、B和C' as subjects and objects; two predicates sharing one subject ('X抵达P并与Y举行会谈',
             'X…，随后…'); gapping by a time word ('X周一会见了Y，周二会见了Z'); '分别'/'先后' one meeting each;
             'X同Y一道出席E' (both attend; 一道 is no cooperation); '都是/均为…成员国'
across       Chinese drops the subject of a second clause or sentence ('…抵达河内。当天下午同Y举行会谈。'); 他/她;
             role titles as names ('这位克里姆林宫领导人', '两国元首', '宾主', '中方/俄方', '伊方'); the speakers of a
             readout ('习近平指出，…。普京表示，…') are the participants of the meeting its first sentence tells
page         headline + dateline lead (one meeting, not two), photo captions ('图为…', '（新华社记者 X 摄）': the
             photographer is no person), quoted speech ('X说：“…”' the speaker's own assertion counts), reported
             speech ('据塔斯社报道，…', 'X说，Y将…' the fact is Y's), lists of outcomes ('双方签署了《A》和《B》')
not facts    a cancelled or merely expected meeting ('预计', '希望…会面', '最早可能'), a count of meetings, a
             congratulatory telegram ('致电祝贺'), a condition ('如果', '若时间允许'), an accusation quoted ('指责/声称
             X支持Y'), a refusal said far before its verb ('中方从未考虑过派遣…出席…'), a third person named inside
             what was said ('会见Y时说，拜登…'), a former leader ('前总统X', '前台湾领导人X') leads nothing now
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts, coop, lead, meeting_row, meetings_found, meets, xfail

XI, PUTIN, LAVROV, WANG, MODI = "xi-jinping", "vladimir-putin", "sergey-lavrov", "wang-yi", "narendra-modi"
TOKAYEV, LUKA, KIM, TOLAM, PMC = "kassym-jomart-tokayev", "alexander-lukashenko", "kim-jong-un", "to-lam", "pham-minh-chinh"
ERDOGAN, CHOE, PEZ, ARAGH = "recep-tayyip-erdogan", "choe-son-hui", "masoud-pezeshkian", "abbas-araghchi"
TRUMP, BLINKEN, ZEL, MACRON, PRABOWO = "donald-trump", "antony-blinken", "volodymyr-zelensky", "emmanuel-macron", "prabowo-subianto"
CN, RU, IN, KZ, BY, IR, US, VN, NK = ("china", "russia", "india", "kazakhstan", "belarus", "iran", "united-states",
                                      "vietnam", "north-korea")
SCO, BRICS = "shanghai-cooperation-organisation", "brics"
X, V, P = "in_person", "video", "phone"

# (text, published, expected): expected is the exact set of facts, or (present, absent)
CASES = [
    # ===== adverbial frames
    ("普京在对越南进行国事访问期间会见了越共中央总书记苏林。", "2024-06-20",
     ({(PUTIN, "visits", VN), meets(PUTIN, TOLAM)}, set())),
    ("王毅在同拉夫罗夫会谈后表示，中俄将继续在联合国框架内密切协作。", "2024-04-10",
     ({meets(WANG, LAVROV), coop(CN, RU)}, set())),
    ("在上海合作组织峰会期间，习近平会见了伊朗总统佩泽希齐扬。", "2024-07-04",
     ({meets(XI, PEZ), lead(PEZ, IR), (XI, "attends", "2024-sco-summit"), (PEZ, "attends", "2024-sco-summit")}, set())),
    ("在北京期间，卢卡申科还参观了中关村科技园区。", "2024-06-01", ({(LUKA, "visits", "beijing")}, set())),
    ("结束对朝鲜的访问后，普京于20日凌晨抵达河内。", "2024-06-20",
     ({(PUTIN, "visits", NK), (PUTIN, "visits", "hanoi")}, set())),
    ("抵达阿斯塔纳后，习近平出席了托卡耶夫举行的欢迎仪式。", "2024-07-03", ({(XI, "visits", "astana")}, set())),
    ("会谈结束后，两国元首共同会见了记者。", "2024-06-01", set()),
    ("王毅访问柬埔寨期间，同柬埔寨首相洪玛奈举行会谈。", "2024-06-01",
     ({(WANG, "visits", "cambodia"), meets(WANG, "hun-manet")}, set())),
    ("應普丁邀請訪問俄羅斯期間，習近平與普丁在克里姆林宮舉行會談。", "2023-03-21",
     ({(XI, "visits", RU), meets(XI, PUTIN)}, set())),
    ("应邀访问哈萨克斯坦期间，李强与托卡耶夫举行会谈。", "2024-06-01",
     ({("li-qiang", "visits", KZ), meets("li-qiang", TOKAYEV)}, {(TOKAYEV, "visits", KZ)})),
    ("完成对蒙古国的国事访问后，普京启程回国。", "2024-09-04", ({(PUTIN, "visits", "mongolia")}, {(PUTIN, "visits", RU)})),
    ("出席金砖峰会间隙，莫迪同习近平举行了双边会晤。", "2024-10-23",
     ({meets(MODI, XI), (MODI, "attends", "16th-brics-summit"), (XI, "attends", "16th-brics-summit")}, set())),

    # ===== relative clauses and appositions
    ("来华出席中国—中亚峰会的吉尔吉斯斯坦总统扎帕罗夫当天抵达西安。", "2023-05-17",
     ({lead("sadyr-japarov", "kyrgyzstan"), ("sadyr-japarov", "visits", "xian")}, set())),
    ("正在莫斯科访问的印度尼西亚总统普拉博沃会见了普京。", "2024-07-31",
     ({(PRABOWO, "visits", "moscow"), meets(PRABOWO, PUTIN), lead(PRABOWO, "indonesia")}, set())),
    ("今年担任金砖国家主席国的巴西将主办领导人会晤。", "2025-03-01", ({("brazil", "chairs", BRICS)}, set())),
    ("俄罗斯联邦安全会议秘书绍伊古会见了中共中央政治局委员、外交部长王毅。", "2024-06-01",
     ({meets("sergei-shoigu", WANG)}, {lead("sergei-shoigu", RU), lead(WANG, CN)})),
    ("中共中央总书记、国家主席、中央军委主席习近平会见越南总理范明政。", "2024-06-01",
     ({meets(XI, PMC), lead(PMC, VN)}, set())),
    ("马里外长迪奥普会见了到访的俄罗斯外长拉夫罗夫。", "2024-06-01",
     ({meets("new/person/迪奥普", LAVROV)}, {lead("new/person/迪奥普", "mali")})),
    ("王毅会见了由巴西总统首席顾问阿莫林率领的代表团。", "2024-06-01",
     ({meets(WANG, "celso-amorim")}, {lead("celso-amorim", "brazil")})),
    ("作为金砖国家创始成员国，巴西积极推动务实合作。", "2024-06-01", ({("brazil", "memberOf", BRICS)}, set())),
    ("卢卡申科是白俄罗斯总统，也是普京的亲密盟友。", "2024-06-01", ({lead(LUKA, BY)}, set())),
    ("作为上合组织轮值主席国，哈萨克斯坦主办了阿斯塔纳峰会。", "2024-07-04",
     ({(KZ, "chairs", SCO), (KZ, "hosts", "2024-sco-summit")}, set())),

    # ===== coordination
    ("普京抵达北京并与习近平举行会谈。", "2024-05-16", ({(PUTIN, "visits", "beijing"), meets(PUTIN, XI)}, set())),
    ("习近平会见了越南国家主席梁强和总理范明政。", "2024-10-01",
     ({meets(XI, "luong-cuong"), meets(XI, PMC), lead(PMC, VN)}, set())),
    ("王毅周一会见了拉夫罗夫，周二会见了崔善姬。", "2024-06-20", ({meets(WANG, LAVROV), meets(WANG, CHOE)}, set())),
    ("习近平同普京一道出席了在喀山举行的金砖国家领导人第十六次会晤。", "2024-10-23",
     ({(XI, "attends", "16th-brics-summit"), (PUTIN, "attends", "16th-brics-summit")}, {coop(XI, PUTIN)})),
    ("中方愿同俄方一道，推动金砖合作走深走实。", "2024-06-01", ({coop(CN, RU)}, set())),
    ("拉夫羅夫與王毅一道步入會場。", "2024-06-01", (set(), {coop(LAVROV, WANG), coop(RU, CN)})),
    ("中国和俄罗斯都是上海合作组织成员国。", "2024-06-01", ({(CN, "memberOf", SCO), (RU, "memberOf", SCO)}, set())),
    ("俄罗斯、白俄罗斯和哈萨克斯坦都支持中方的立场。", "2024-06-01",
     ({(RU, "supports", CN), (BY, "supports", CN), (KZ, "supports", CN)}, set())),
    ("普京先后会见了莫迪和埃尔多安。", "2024-10-23", ({meets(PUTIN, MODI), meets(PUTIN, ERDOGAN)}, {meets(MODI, ERDOGAN)})),
    ("习近平分别会见了哈萨克斯坦总统托卡耶夫和乌兹别克斯坦总统米尔济约耶夫。", "2024-07-03",
     ({meets(XI, TOKAYEV), meets(XI, "shavkat-mirziyoyev")}, {meets(TOKAYEV, "shavkat-mirziyoyev")})),
    ("普丁抵達平壤，隨後與金正恩舉行會談並簽署條約。", "2024-06-19",
     ({(PUTIN, "visits", "pyongyang"), meets(PUTIN, KIM)}, set())),

    # ===== subjects across sentences
    ("国家主席习近平5日抵达巴黎。他随后同法国总统马克龙举行会谈。", "2024-05-06",
     ({(XI, "visits", "paris"), meets(XI, MACRON), lead(MACRON, "france")}, set())),
    ("普京当天抵达平壤。这位克里姆林宫领导人随后与金正恩举行会谈。", "2024-06-19",
     ({(PUTIN, "visits", "pyongyang"), meets(PUTIN, KIM)}, set())),
    ("卢卡申科当天飞抵莫斯科。这位白俄罗斯领导人随后同普京举行了会谈。", "2024-06-01",
     ({(LUKA, "visits", "moscow"), meets(LUKA, PUTIN)}, set())),
    ("埃尔多安抵达喀山。这位土耳其领导人随后与普京会面。", "2024-10-23",
     ({(ERDOGAN, "visits", "kazan"), meets(ERDOGAN, PUTIN)}, set())),
    ("俄罗斯总统助理乌沙科夫说，普京将会见莫迪。", "2024-06-01",
     ({meets(PUTIN, MODI)}, {lead("yuri-ushakov", RU), meets("yuri-ushakov", MODI)})),
    ("习近平同普京举行会谈。两国元首一致同意加强在联合国的协作。", "2024-05-16",
     ({meets(XI, PUTIN), coop(XI, PUTIN)}, {coop(CN, "united-nations"), coop(RU, "united-nations")})),
    ("王毅同拉夫罗夫举行会谈。双方同意加强在上海合作组织的协作。", "2024-06-01",
     ({meets(WANG, LAVROV), coop(CN, RU)}, {coop(CN, SCO), coop(RU, SCO)})),
    ("王毅会见伊朗外长阿拉格齐。伊方表示，支持中方在台湾问题上的立场。", "2025-04-23",
     ({meets(WANG, ARAGH), (IR, "supports", CN)}, set())),
    ("普京19日抵达河内，对越南进行国事访问。当天下午同越南国家主席苏林举行会谈。", "2024-06-20",
     ({(PUTIN, "visits", "hanoi"), (PUTIN, "visits", VN), meets(PUTIN, TOLAM)}, set())),
    ("中俄两国元首在北京举行会谈。习近平指出，中俄关系经受住了考验。普京表示，俄方愿同中方深化各领域合作。", "2024-05-16",
     ({meets(XI, PUTIN), coop(RU, CN)}, set())),
    xfail("王毅在钓鱼台国宾馆会见来访的拉夫罗夫。宾主就乌克兰问题交换了意见。", "2024-04-09",
     ({meets(WANG, LAVROV)}, {(LAVROV, "visits", "diaoyutai-state-guesthouse")}),
          "'在V会见来访的Y': the venue of the meeting is taken as the place Y visits"),
    ("拉夫罗夫12日抵达北京。中方对他的到访表示欢迎。", "2024-04-12", ({(LAVROV, "visits", "beijing")}, set())),

    # ===== parts of a page
    ("习近平同普京举行会谈\n新华社北京5月16日电 国家主席习近平16日在人民大会堂同俄罗斯总统普京举行会谈。", "2024-05-16",
     {meets(XI, PUTIN), lead(PUTIN, RU), lead(XI, CN)}),
    ("图为5月16日，国家主席习近平在北京同俄罗斯总统普京举行会谈。（新华社记者 谢环驰 摄）", "2024-05-17",
     {meets(XI, PUTIN), lead(PUTIN, RU), lead(XI, CN)}),
    ("普京说：“俄罗斯支持中方提出的全球发展倡议。”", "2024-06-01",
     ({(RU, "supports", "global-development-initiative")}, set())),
    ("佩斯科夫说，普京将出席在阿斯塔纳举行的上合组织峰会。", "2024-06-25",
     ({(PUTIN, "attends", "2024-sco-summit")}, {("dmitry-peskov", "attends", "2024-sco-summit")})),
    ("据塔斯社报道，拉夫罗夫当天在莫斯科同朝鲜外务相崔善姬举行会谈。", "2024-11-02",
     ({meets(LAVROV, CHOE)}, set())),
    ("泽连斯基表示，乌克兰反对俄罗斯的侵略。", "2024-06-01", ({("ukraine", "opposes", RU)}, {(ZEL, "opposes", RU)})),
    ("会谈后，中俄双方签署了《中俄货物贸易和服务贸易高质量发展路线图》等多份合作文件。", "2024-05-16",
     ({(CN, "signs", "road-map-trade-in-goods-and-services"), (RU, "signs", "road-map-trade-in-goods-and-services")}, set())),

    # ===== what is not a fact
    ("原定于下周举行的普京与埃尔多安的会晤已被取消。", "2024-06-01", (set(), {meets(PUTIN, ERDOGAN)})),
    ("普丁與川普在布達佩斯的會晤已被推遲。", "2025-10-23", (set(), {meets(PUTIN, TRUMP)})),
    ("如果条件允许，习近平将于明年访问俄罗斯。", "2024-06-01", (set(), {(XI, "visits", RU)})),
    ("外交部发言人表示，中方从未考虑过派遣国家领导人出席在瑞士举行的所谓和平峰会。", "2024-06-01",
     (set(), {(CN, "attends", "new/event/和平峰会")})),
    ("印度外交部发言人说，印方从来没有打算在这一问题上与巴基斯坦合作。", "2024-06-01",
     (set(), {coop(IN, "pakistan")})),
    ("习近平会见普京时说，美国总统拜登的政策不可取。", "2024-06-01",
     ({meets(XI, PUTIN)}, {meets(XI, "joe-biden"), meets(PUTIN, "joe-biden")})),
    ("拉夫罗夫结束对朝鲜的访问后返回莫斯科。", "2024-11-03",
     ({(LAVROV, "visits", NK)}, {(LAVROV, "visits", "moscow")})),
    ("美方声称中国向俄罗斯提供了军事支持。", "2024-06-01", (set(), {(CN, "supports", RU)})),
    ("特朗普说，如果普京不同意停火，美国将对俄罗斯实施新的制裁。", "2025-06-01", (set(), {(US, "opposes", RU)})),
    ("泽连斯基指责朝鲜支持俄罗斯。", "2024-06-01", (set(), {(NK, "supports", RU)})),
    ("台湾前领导人马英九率团抵达北京。", "2024-04-02",
     ({("new/person/马英九", "visits", "beijing")}, {lead("new/person/马英九", "taiwan")})),
    ("前總統馬英九率團訪問大陸。", "2024-04-02",
     (set(), {lead("new/person/馬英九", "taiwan"), lead("lai-ching-te", "taiwan")})),
    ("烏克蘭總統澤連斯基指控北韓向俄羅斯輸送士兵。", "2024-11-01", {lead(ZEL, "ukraine")}),
    ("克里姆林宫表示，普京与莫迪的会晤预计将在年底前举行。", "2024-06-01", ({meets(PUTIN, MODI)}, set())),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_zh_structure(text, published, expected):
    check_facts(facts_of(text, published=published), expected)


MEETINGS = [
    # --- a readout: the meeting in the first sentence, the speakers later
    meeting_row("2024-05-16", "中俄两国元首16日在北京举行会谈。习近平指出，中俄关系发展势头良好。普京表示，俄方愿同中方深化合作。",
        ({XI, PUTIN}, "2024-05-16", "beijing", X)),
    meeting_row("2024-05-16", "国家主席习近平16日在北京同俄罗斯总统普京举行会谈。习近平指出，双方要加强协作。普京表示，俄方高度重视对华关系。双方还就乌克兰问题交换了意见。",
        ({XI, PUTIN}, "2024-05-16", "beijing", X)),
    # --- gapping and frames
    meeting_row("2024-06-18", "王毅17日会见了拉夫罗夫，18日会见了崔善姬。",
        ({WANG, LAVROV}, "2024-06-17", None, X), ({WANG, CHOE}, "2024-06-18", None, X)),
    meeting_row("2024-06-20", "普京在对越南进行国事访问期间，20日在河内同苏林举行会谈。",
        ({PUTIN, TOLAM}, "2024-06-20", "hanoi", X)),
    meeting_row("2024-07-04", "在阿斯塔纳出席上合组织峰会期间，习近平3日会见了土耳其总统埃尔多安。",
        ({XI, ERDOGAN}, "2024-07-03", "astana", X)),
    meeting_row("2024-06-20", "普京19日凌晨抵达河内。当天下午同越南国家主席苏林举行会谈。",
        ({PUTIN, TOLAM}, "2024-06-19", "hanoi", X)),
    # --- page parts
    meeting_row("2024-05-17", "5月16日，国家主席习近平在北京人民大会堂同俄罗斯总统普京举行会谈。（新华社记者 谢环驰 摄）",
        ({XI, PUTIN}, "2024-05-16", "great-hall-of-the-people", X)),
    meeting_row("2025-09-03", "习近平会见哈萨克斯坦总统托卡耶夫\n新华社北京9月2日电 国家主席习近平2日在北京会见哈萨克斯坦总统托卡耶夫。",
        ({XI, TOKAYEV}, "2025-09-02", "beijing", X)),
    meeting_row("2024-11-02", "据塔斯社报道，拉夫罗夫当天在莫斯科同朝鲜外务相崔善姬举行会谈。",
        ({LAVROV, CHOE}, "2024-11-02", "moscow", X)),
    meeting_row("2024-06-01", "王毅在同布林肯通电话时说，美方不应干涉中俄关系。",
        ({WANG, BLINKEN}, None, None, P)),
    meeting_row("2024-04-10", "普京在克里姆林宫会见来访的王毅。宾主就双边关系交换了意见。",
        ({PUTIN, WANG}, None, "moscow-kremlin", X)),
    meeting_row("2024-05-16", "习近平同普京举行会谈。这是两国元首今年首次会晤。",
        ({XI, PUTIN}, None, None, X)),
    # --- not meetings
    meeting_row("2025-10-23", "普丁與川普在布達佩斯的會晤已被推遲。"),
    meeting_row("2024-06-01", "外界期待的习近平与拜登的会谈最终未能举行。"),
    meeting_row("2025-08-01", "克里姆林宫表示，普京与特朗普的会晤预计将在近期举行。"),
    meeting_row("2024-10-01", "若时间允许，莫迪将在喀山与习近平会面。"),
    meeting_row("2024-03-01", "拉夫罗夫表示，希望下个月与王毅在北京会面。"),
    meeting_row("2024-12-01", "中俄两国元首今年已会面三次，习近平与普京保持着密切交往。"),
    meeting_row("2024-08-01", "国务院总理李强致电祝贺范明政连任越南政府总理。"),
    meeting_row("2025-12-01", "外界预计，习近平与特朗普最早可能于明年4月会晤。"),
]


@pytest.mark.parametrize("pub,text,expected", MEETINGS)
def test_zh_structure_meetings(pub, text, expected):
    assert meetings_found(pub, text) == expected
