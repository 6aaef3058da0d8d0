"""Chinese (zh-Hans and zh-Hant) extraction: one row per phenomenon.

Sentences written for these tests in the style of Xinhua / People's Daily readouts and of
Taiwanese and Hong Kong reports (traditional characters, local transliterations).
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text, facts_of

from fact_check import check_facts

XI, PUTIN, HU, MEDVEDEV = "xi-jinping", "vladimir-putin", "hu-jintao", "dmitry-medvedev"
WANG, LAVROV, MODI, ZELENSKY = "wang-yi", "sergey-lavrov", "narendra-modi", "volodymyr-zelensky"
CN, RU, IN, BY = "china", "russia", "india", "belarus"
SCO, BRICS, UNSC, UN = "shanghai-cooperation-organisation", "brics", "un-security-council", "united-nations"
BRI, EAEU, NATO = "belt-and-road-initiative", "eurasian-economic-union", "nato"


def meets(a: str, b: str) -> tuple[str, str, str]:
    return (min(a, b), "meets", max(a, b))


def coop(a: str, b: str) -> tuple[str, str, str]:
    return (min(a, b), "cooperatesWith", max(a, b))


# (text, published, expected): expected is the exact set of facts, or (present, absent)
CASES = [
    # --- meetings and leaders (titles give leaderOf)
    ("国家主席习近平4日在北京钓鱼台国宾馆同俄罗斯总统普京举行会谈。", "2022-02-05",
     {meets(XI, PUTIN), (XI, "leaderOf", CN), (PUTIN, "leaderOf", RU),
      ("diaoyutai-state-guesthouse", "locatedIn", "beijing")}),
    ("國家主席習近平同俄羅斯總統普丁舉行視訊會晤。", "2026-02-04",
     {meets(XI, PUTIN), (XI, "leaderOf", CN), (PUTIN, "leaderOf", RU)}),
    ("習近平與普亭通電話，雙方就烏克蘭局勢交換意見。", "2025-02-24", {meets(XI, PUTIN)}),
    ("蒲亭昨日在克里姆林宮會見到訪的王毅。", "2025-04-02",
     ({meets(PUTIN, WANG)}, set())),
    ("王毅会见俄罗斯外长拉夫罗夫。", "2023-09-18", {meets(WANG, LAVROV)}),
    ("国务委员兼外长王毅在北京同来访的俄罗斯外长拉夫罗夫举行会谈。", "2022-03-30",
     ({meets(WANG, LAVROV), (LAVROV, "visits", "beijing")}, set())),
    # --- negation / hypothetical: no meeting
    ("习近平此次没有同普京举行会晤。", "2024-05-16", (set(), {meets(XI, PUTIN)})),
    ("如果普京出席峰会，习近平将同他会晤。", "2024-05-16", (set(), {meets(XI, PUTIN)})),
    # --- role titles resolved by the publication date
    ("国家主席在人民大会堂会见外国客人。", "2012-05-10", ({(HU, "leaderOf", CN)}, {(XI, "leaderOf", CN)})),
    ("国家主席在人民大会堂会见外国客人。", "2020-05-10", ({(XI, "leaderOf", CN)}, {(HU, "leaderOf", CN)})),
    ("俄羅斯總統當天抵達北京。", "2010-09-27", ({(MEDVEDEV, "leaderOf", RU)}, {(PUTIN, "leaderOf", RU)})),
    ("俄罗斯总统当天抵达北京。", "2020-09-27", ({(PUTIN, "leaderOf", RU)}, {(MEDVEDEV, "leaderOf", RU)})),
    # --- supports: X方, mutual, negation, hypothetical, 欢迎 is not support
    ("中方坚定支持俄方维护国家安全和稳定。", "2024-05-16", {(CN, "supports", RU)}),
    ("俄方堅定支持中方在台灣問題上的立場。", "2024-05-16", {(RU, "supports", CN)}),
    ("中俄两国相互支持。", "2024-05-16", {(CN, "supports", RU), (RU, "supports", CN)}),
    ("中方同俄方举行磋商。双方将继续在涉及彼此核心利益问题上相互坚定支持。", "2024-05-16",
     {(CN, "supports", RU), (RU, "supports", CN)}),
    ("中方不支持任何一方的单边行动，俄方没有表态。", "2024-05-16", (set(), {(CN, "supports", RU)})),
    ("如果俄方支持中方的提议，谈判将加快。", "2024-05-16", (set(), {(RU, "supports", CN)})),
    ("普京欢迎习近平再次到访俄罗斯。", "2024-05-16",
     ({(XI, "visits", RU)}, {(PUTIN, "supports", XI), (PUTIN, "supports", CN)})),
    ("中俄坚定维护以联合国为核心的国际体系。", "2024-05-16",
     ({(CN, "supports", UN), (RU, "supports", UN)}, set())),
    # --- opposes
    ("俄罗斯坚决反对北约东扩。", "2024-05-16", {(RU, "opposes", NATO)}),
    ("中方並未反對北約。", "2024-05-16", (set(), {(CN, "opposes", NATO)})),
    # --- cooperation: 同/与 forms, collectives, names that contain 合作
    ("中方愿同俄方加强在上海合作组织、金砖国家等多边框架内的协作。", "2024-05-16",
     ({coop(CN, RU)}, {coop(CN, SCO), coop(RU, SCO), coop(CN, BRICS), coop(RU, BRICS)})),
    ("中國和俄羅斯發表聲明。兩國同意深化能源、經貿等領域務實合作。", "2024-05-16", ({coop(CN, RU)}, set())),
    ("上海合作组织秘书长出席了会议。", "2024-05-16", (set(), {coop(CN, RU)})),
    # --- membership
    ("中俄作为联合国安理会常任理事国，应加强协调。", "2024-05-16",
     ({(CN, "memberOf", UNSC), (RU, "memberOf", UNSC)}, set())),
    ("白俄罗斯正式加入上海合作组织。", "2024-07-05", {(BY, "memberOf", SCO)}),
    ("会议通过启动接收印度加入上海合作组织程序的决议。", "2015-07-10", (set(), {(IN, "memberOf", SCO)})),
    ("发展中国家在金砖国家合作中发挥作用。", "2024-05-16", (set(), {(CN, "memberOf", BRICS)})),
    # --- chairing
    ("中方支持俄方担任金砖国家主席国。", "2024-05-16",
     ({(CN, "supports", RU), (RU, "chairs", BRICS)}, set())),
    ("上海合作組織今年的峰會在天津舉行，中國為輪值主席國。", "2025-08-01", ({(CN, "chairs", SCO)}, set())),
    # --- visits
    ("俄罗斯总统普京5月16日至17日对中国进行国事访问。", "2024-05-16",
     {(PUTIN, "visits", CN), (PUTIN, "leaderOf", RU)}),
    ("习近平抵达莫斯科，对俄罗斯进行国事访问。", "2023-03-20",
     ({(XI, "visits", "moscow"), (XI, "visits", RU)}, set())),
    ("国家主席习近平赴俄罗斯喀山出席会晤。", "2024-10-22",
     ({(XI, "visits", RU), (XI, "visits", "kazan"), ("kazan", "locatedIn", RU)}, set())),
    ("莫迪此次訪華是他7年來首次訪問中國。", "2025-09-01", ({(MODI, "visits", CN)}, set())),
    # --- attending and hosting (series names resolved by date)
    ("习近平出席在喀山举行的金砖国家领导人第十六次会晤。", "2024-10-23",
     ({(XI, "attends", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")}, set())),
    ("上合组织元首理事会会议在天津举行。", "2025-09-01", ({("tianjin", "hosts", "2025-sco-summit")}, set())),
    ("普京未出席上合峰会。", "2025-09-01", (set(), {(PUTIN, "attends", "2025-sco-summit")})),
    # --- alignment
    ("双方同意继续推动共建“一带一路”同欧亚经济联盟对接。", "2024-05-16", {(BRI, "alignsWith", EAEU)}),
    ("雙方要推動「一帶一路」倡議與歐亞經濟聯盟深入對接。", "2024-10-23", {(BRI, "alignsWith", EAEU)}),
    # --- signing
    ("2001年，中俄签署《中俄睦邻友好合作条约》。", "2021-06-28",
     ({(CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
       (RU, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}, set())),
    ("今年是《中俄睦邻友好合作条约》签署20周年。", "2021-06-28",
     (set(), {(CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")})),
    # --- transliterations in both scripts
    ("澤倫斯基表示烏克蘭願意談判。", "2025-03-01", (set(), set())),
    # --- cooperation intent: 愿同X…推进, 一道, 伙伴 (both scripts); negated intent gives nothing
    ("俄方願同中方一道推進多極化進程。", "2023-06-01", ({coop(CN, RU)}, set())),
    ("印度愿与中国携手应对气候变化。", "2023-06-01", ({coop(CN, IN)}, set())),
    ("中印兩國是彼此成就的夥伴。", "2025-09-01", ({coop(CN, IN)}, set())),
    ("白俄罗斯不愿同北约加强合作。", "2023-06-01", (set(), {coop(BY, NATO)})),
    # --- lists: the conjunction must stand alone between two names (赞同 is not 同)
    ("拉夫羅夫贊同王毅關於兩國關係的看法。", "2023-06-01",
     ({(LAVROV, "supports", WANG)}, {coop(LAVROV, WANG)})),
    ("俄罗斯总统普京感谢中方，并表示支持白俄罗斯。", "2024-07-05",
     (set(), {(CN, "supports", PUTIN), (CN, "supports", XI)})),
    # --- attending two events at once; the city that hosts them
    ("莫迪将赴俄罗斯喀山出席10月22日举行的金砖国家领导人第十六次会晤和10月23日举行的金砖国家外长会晤。", "2024-10-01",
     ({(MODI, "attends", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit"),
       (MODI, "visits", "kazan")}, set())),
    ("國家主席習近平在阿斯塔納出席上合組織峰會期間會見盧卡申科。", "2024-10-23",
     ({(XI, "attends", "2024-sco-summit"), ("astana", "hosts", "2024-sco-summit")},
      {(XI, "attends", "2025-sco-summit")})),
    ("习近平以视频方式在北京出席上合组织峰会。", "2024-07-04", (set(), {("beijing", "hosts", "2024-sco-summit")})),
    ("金磚國家領導人第十六次會晤將在俄羅斯喀山召開。", "2024-10-01",
     ({("kazan", "hosts", "16th-brics-summit"), ("kazan", "locatedIn", RU)}, set())),
    ("金砖国家领导人第十六次会晤由俄罗斯主办。", "2024-10-01", ({(RU, "hosts", "16th-brics-summit")}, set())),
    ("普丁說，俄方全力支持中方主辦上合組織天津峰會。", "2025-06-01",
     ({(RU, "supports", CN), (CN, "hosts", "2025-sco-summit")}, {(RU, "hosts", "2025-sco-summit")})),
    # --- visits: arrival then state visit, visitor received in a city, no self-visit after a speech verb
    ("國家主席習近平昨日抵達莫斯科，展開對俄羅斯的國事訪問。", "2023-03-21",
     ({(XI, "visits", "moscow"), (XI, "visits", RU)}, set())),
    ("普京说，习近平对俄罗斯的访问非常成功。", "2023-03-23", ({(XI, "visits", RU)}, {(PUTIN, "visits", RU)})),
    ("在北京，国务委员兼外长王毅与到访的俄罗斯外长拉夫罗夫举行会谈。", "2022-03-30",
     ({(LAVROV, "visits", "beijing"), meets(WANG, LAVROV)}, set())),
    ("克宮否認普丁將訪問北韓。", "2024-06-01", (set(), {(PUTIN, "visits", "north-korea")})),
    ("普京是否出席金砖峰会尚不确定。", "2024-10-01", (set(), {(PUTIN, "attends", "16th-brics-summit")})),
    ("普京取消了訪問日本的計畫。", "2024-06-01", (set(), {(PUTIN, "visits", "japan")})),
    # --- support and opposition: 站在X一边, sanctions
    ("白俄羅斯始終站在俄羅斯一邊。", "2024-06-01", ({(BY, "supports", RU)}, set())),
    ("美国对俄罗斯实施新一轮制裁。", "2024-06-01", ({("united-states", "opposes", RU)}, set())),
    ("如果美方对中国实施制裁，中方将作出回应。", "2024-06-01", (set(), {("united-states", "opposes", CN)})),
    # --- places: a venue written with its city, Taiwan/HK transliterations
    ("習近平在北京人民大會堂會見蕭伊古。", "2024-06-01",
     ({("great-hall-of-the-people", "locatedIn", "beijing"), meets(XI, "sergei-shoigu")}, set())),
    ("米舒斯丁出席北京冬奧開幕式。", "2022-02-05", ({("mikhail-mishustin", "attends", "2022-winter-olympics")}, set())),
    # --- short visit verb in headlines, visitor received, partnership treaties are no cooperation statement
    ("普丁訪北韓 與金正恩簽署夥伴關係條約", "2024-06-19",
     ({(PUTIN, "visits", "north-korea")}, {coop(PUTIN, "kim-jong-un")})),
    ("李强会见正在华进行正式访问的印度总理莫迪。", "2024-06-19", ({(MODI, "visits", CN)}, set())),
    ("俄方接受了塔斯社的采访。", "2024-06-19", (set(), {(RU, "visits", CN)})),
    # --- a clause without a subject takes the one after a source tag or dateline
    ("【明報專訊】國家主席習近平前日抵達俄羅斯喀山，出席金磚國家領導人第十六次會晤。", "2024-10-23",
     ({(XI, "attends", "16th-brics-summit"), (XI, "visits", "kazan")}, set())),
    # dated: the next edition of the series (series.json), SPIEF 2024 (5-8 June), four weeks later
    ("新华社莫斯科5月8日电 俄罗斯总统普京抵达圣彼得堡，出席圣彼得堡国际经济论坛。", "2024-05-08",
     ({(PUTIN, "attends", "spief-2024")}, {(PUTIN, "attends", "st-petersburg-international-economic-forum")})),
    # --- support for an initiative another side proposed
    ("俄方高度评价中方立场，支持中方提出的全球安全倡议。", "2024-05-16",
     ({(RU, "supports", CN), (RU, "supports", "global-security-initiative")}, set())),
    ("俄方沒有參與中方提出的全球發展倡議。", "2024-05-16",
     (set(), {(RU, "supports", "global-development-initiative")})),
    # --- 对X表示支持/反对, negated after the object; sanctions by a mixed list; membership lists
    ("俄方對中方在台灣問題上的立場表示理解和堅定支持。", "2024-05-16", ({(RU, "supports", CN)}, set())),
    ("白俄罗斯对俄方的做法并不表示支持。", "2024-05-16", (set(), {(BY, "supports", RU)})),
    ("中方对美方的单边制裁表示强烈不满和坚决反对。", "2024-05-16", ({(CN, "opposes", "united-states")}, set())),
    ("美國和歐盟對俄羅斯實施新一輪制裁。", "2024-05-16",
     ({("united-states", "opposes", RU), ("european-union", "opposes", RU)}, set())),
    ("伊朗、白俄罗斯分别于2023年和2024年成为上合组织成员国。", "2024-07-05",
     ({("iran", "memberOf", SCO), (BY, "memberOf", SCO)}, set())),
    ("白俄羅斯當年未能成為上合組織成員國。", "2022-07-05", (set(), {(BY, "memberOf", SCO)})),
    # --- 领导人 as a head-of-state title after a country name, not after an organisation
    ("北韓領導人金正恩會見俄國防長別洛烏索夫。", "2025-05-01",
     ({("kim-jong-un", "leaderOf", "north-korea"), meets("kim-jong-un", "andrey-belousov")}, set())),
    ("金砖国家领导人出席会议。", "2025-05-01", (set(), {(PUTIN, "leaderOf", BRICS), (XI, "leaderOf", CN)})),
    # --- "the country's capital/city P": P in the country; visiting it
    ("普丁抵達北韓首都平壤。", "2024-06-19",
     ({("pyongyang", "locatedIn", "north-korea"), (PUTIN, "visits", "pyongyang"), (PUTIN, "visits", "north-korea")}, set())),
    ("会议在哈萨克斯坦首都阿斯塔纳举行。", "2024-07-04", ({("astana", "locatedIn", "kazakhstan")}, set())),
    # --- a pair before a cooperation noun states it; a concern about support is no support
    ("日方表示將密切關注中俄軍事合作。", "2025-05-01", ({coop(CN, RU)}, set())),
    ("中俄两国并未开展军事合作。", "2025-05-01", (set(), {coop(CN, RU)})),
    ("欧盟对中国企业支持俄罗斯军工表示关切。", "2025-05-01",
     (set(), {("european-union", "supports", RU), (CN, "supports", RU)})),
    ("2023年金砖峰会在南非举行。", "2023-08-20", ({("south-africa", "hosts", "15th-brics-summit")}, set())),
    # --- Taiwanese usage: 陸方 / 中國大陸 for China, 批評 as opposition
    ("陸方表示支持俄方在烏克蘭問題上的立場。", "2025-05-01", ({(CN, "supports", RU)}, set())),
    ("美國國務卿盧比歐批評俄羅斯。", "2025-05-01", ({("marco-rubio", "opposes", RU)}, set())),
    ("普京与习近平共同出席记者见面会。", "2025-05-01", (set(), {meets(XI, PUTIN)})),
    # --- visiting a place together
    ("習近平在喀山同普丁一起參觀了喀山克里姆林宮。", "2024-10-23",
     ({(XI, "visits", "kazan-kremlin"), (PUTIN, "visits", "kazan-kremlin")}, set())),
    ("习近平没有同普京一起参观克里姆林宫。", "2024-10-23", (set(), {(XI, "visits", "moscow-kremlin")})),
    # --- relative clauses: '来华…访问并出席<Event>的<Person>' (the person after 的 visits and attends)
    ("习近平在北京同来华进行正式访问并出席北京冬奥会开幕式的哈萨克斯坦总统托卡耶夫举行会谈。", "2022-02-06",
     ({("kassym-jomart-tokayev", "visits", CN), ("kassym-jomart-tokayev", "attends", "2022-winter-olympics")},
      {(XI, "attends", "2022-winter-olympics")})),
    ("普丁會見了出席金磚國家領導人第十六次會晤的印度總理莫迪。", "2024-10-23",
     ({(MODI, "attends", "16th-brics-summit")}, {(PUTIN, "attends", "16th-brics-summit")})),
    ("普京会见了没有参加金砖国家领导人第十六次会晤的卢卡申科。", "2024-10-23",
     (set(), {("alexander-lukashenko", "attends", "16th-brics-summit")})),
    # --- Taiwanese 國是訪問 = 国事访问; an event opened 'on <day> in <place>' without 于
    ("蒲亭去年6月對北韓進行國是訪問。", "2025-03-01", ({(PUTIN, "visits", "north-korea")}, set())),
    ("金砖国家领导人第十六次会晤22日在喀山开幕。", "2024-10-23", ({("kazan", "hosts", "16th-brics-summit")}, set())),
    # --- '要坚定支持对方': a pair supporting each other
    ("中越要坚定支持对方走符合本国国情的发展道路。", "2024-05-16",
     ({(CN, "supports", "vietnam"), ("vietnam", "supports", CN)}, set())),
    ("中印两国并不支持对方的立场。", "2024-05-16", (set(), {(CN, "supports", IN), (IN, "supports", CN)})),
    # --- organisation titles before a name give leaderOf; a president whose office is head of government
    ("俄羅斯天然氣工業股份公司總裁米勒當天抵達上海。", "2019-12-02",
     ({("alexei-miller", "leaderOf", "gazprom")}, set())),
    ("米勒在俄罗斯天然气工业股份公司总部会见了记者。", "2019-12-02",
     (set(), {("alexei-miller", "leaderOf", "gazprom")})),
    ("伊朗總統羅哈尼出席了峰會。", "2019-06-15", ({("hassan-rouhani", "leaderOf", "iran")}, set())),
    # --- '见证…两国政府《X》的签署': the governments sign, the witnesses do not
    ("两国元首见证了中越两国政府《中华人民共和国和越南社会主义共和国关于进一步深化和提升全面战略合作伙伴关系、构建具有战略意义的中越命运共同体的联合声明》的签署。", "2023-12-13",
     ({(CN, "signs", "vietnam-china-joint-statement-2023"), ("vietnam", "signs", "vietnam-china-joint-statement-2023")}, set())),
    ("習近平與普丁共同見證了《中華人民共和國與歐亞經濟聯盟經貿合作協定》的簽署。", "2018-05-18",
     (set(), {(XI, "signs", "eaeu-china-trade-and-economic-cooperation-agreement"),
              (PUTIN, "signs", "eaeu-china-trade-and-economic-cooperation-agreement")})),
    # --- a headline '共同见证…签署' names witnesses, not signers; '合作文件' is a document, not cooperation
    ("普京和卢卡申科共同见证《中华人民共和国与欧亚经济联盟经贸合作协定》签署", "2018-05-18",
     (set(), {(PUTIN, "signs", "eaeu-china-trade-and-economic-cooperation-agreement"),
              ("alexander-lukashenko", "signs", "eaeu-china-trade-and-economic-cooperation-agreement")})),
    ("會談後，兩國元首見證了經貿、能源等領域多項合作文件的簽署。", "2024-05-16",
     (set(), {coop(XI, PUTIN), coop(CN, RU)})),
    # --- '<Event>…开幕，<Person>主持会议': the person hosts and attends
    ("金砖国家领导人第十六次会晤22日在喀山开幕，普京主持会议并致辞。", "2024-10-23",
     ({(PUTIN, "hosts", "16th-brics-summit"), (PUTIN, "attends", "16th-brics-summit")}, set())),
    ("金磚國家領導人第十六次會晤22日在喀山開幕，習近平出席並發表講話。", "2024-10-23",
     (set(), {(XI, "hosts", "16th-brics-summit")})),
    # --- '<Initiative>…，<X>是…支持者'
    ("中方提出全球发展倡议后，越南是最早的坚定支持者之一。", "2024-05-16",
     ({("vietnam", "supports", "global-development-initiative")}, set())),
    # --- '举办纪念活动，…<Event>': the generic 活动 is what is held, not the event named after the comma
    ("俄方愿同中方共同举办纪念活动，维护第二次世界大战胜利成果。", "2024-05-16",
     (set(), {(CN, "hosts", "world-war-ii"), (RU, "hosts", "world-war-ii")})),
    ("兩國將舉辦一系列慶祝活動，紀念世界反法西斯戰爭勝利。", "2025-05-08",
     (set(), {(CN, "hosts", "world-war-ii"), (RU, "hosts", "world-war-ii")})),
    ("中方成功举办了北京冬奥会。", "2022-02-21", ({(CN, "hosts", "2022-winter-olympics")}, set())),
    # --- catalogue: arabic edition numbers, 亚信, full-width dashes, venues and company heads
    ("普丁出席第2屆「一帶一路」國際合作高峰論壇。", "2019-04-27",
     ({(PUTIN, "attends", "2nd-belt-and-road-forum")}, set())),
    ("哈萨克斯坦支持中方担任亚信主席国。", "2014-05-16", ({(CN, "chairs", "cica")}, set())),
    ("中国和俄罗斯参加了“海上联合－2016”演习。", "2016-09-13", ({(CN, "attends", "joint-sea-2016")}, set())),
    ("中国石油天然气集团公司董事长周吉平在上海西郊宾馆出席仪式。", "2014-05-21",
     ({("zhou-jiping", "leaderOf", "cnpc")}, set())),
    # --- '应X邀请，Y将对Z进行访问': the host who invites does not visit; a visit clause ends at the comma
    ("應俄羅斯總統普丁邀請，國家主席習近平將於5月7日至10日對俄羅斯進行國事訪問，並出席紀念活動。", "2025-05-05",
     ({(XI, "visits", RU)}, {(PUTIN, "visits", RU)})),
    ("应国务院总理李强邀请，俄罗斯总理米舒斯京将于8月20日至21日对中国进行正式访问。", "2024-08-16",
     ({("mikhail-mishustin", "visits", CN)}, {("li-qiang", "visits", CN)})),
    ("普京结束对朝鲜的国事访问，随后前往越南。", "2024-06-20",
     ({(PUTIN, "visits", "north-korea"), (PUTIN, "visits", "vietnam")}, set())),
    ("习近平对哈萨克斯坦进行国事访问，并出席在阿斯塔纳举行的上合组织峰会。", "2024-07-02",
     ({(XI, "visits", "kazakhstan"), (XI, "attends", "2024-sco-summit")}, {(XI, "visits", "astana")})),
    # --- '到P进行访问', '来华出席', not '同来华…的X' for the host
    ("習近平今年3月到莫斯科進行國事訪問。", "2023-05-16", ({(XI, "visits", "moscow")}, set())),
    ("拉夫罗夫来华出席上合组织外长理事会会议。", "2023-05-16", ({(LAVROV, "visits", CN)}, set())),
    ("王毅在北京会见来华访问的拉夫罗夫。", "2023-05-16", ({(LAVROV, "visits", CN)}, {(WANG, "visits", CN)})),
    ("未来华俄两国要加强合作。", "2023-05-16", (set(), {(PUTIN, "visits", CN)})),
    # --- short titles of the China-Russia joint statements ('中俄关于…的联合声明', '关于…的联合声明')
    ("習近平和普丁共同簽署並發表《中俄關於深化新時代全面戰略協作夥伴關係的聯合聲明》。", "2023-03-22",
     ({(XI, "signs", "joint-statement-2023-deepening-new-era"), (PUTIN, "signs", "joint-statement-2023-deepening-new-era")}, set())),
    ("中国和俄罗斯签署了《关于深化新时代全面战略协作伙伴关系的联合声明》。", "2023-03-22",
     ({(CN, "signs", "joint-statement-2023-deepening-new-era"), (RU, "signs", "joint-statement-2023-deepening-new-era")}, set())),
    # --- '上合组织<城市>峰会': the edition held there nearest the date
    ("白俄罗斯总统卢卡申科出席上合组织阿斯塔纳峰会。", "2024-07-04",
     ({("alexander-lukashenko", "attends", "2024-sco-summit")}, {("alexander-lukashenko", "attends", "2017-sco-summit")})),
    ("卢卡申科出席上合組織阿斯塔納峰會。", "2017-06-10",
     ({("alexander-lukashenko", "attends", "2017-sco-summit")}, {("alexander-lukashenko", "attends", "2024-sco-summit")})),
    ("普京出席金砖国家领导人厦门会晤。", "2017-09-04", ({(PUTIN, "attends", "9th-brics-summit")}, set())),
    # --- sanctions '第N轮'; '是…东道主'; '在位于C的P举行'
    ("欧盟宣布对俄罗斯实施第十六轮制裁。", "2025-02-24", ({("european-union", "opposes", RU)}, set())),
    ("欧盟讨论是否对俄罗斯实施第十七轮制裁。", "2025-02-24", (set(), {("european-union", "opposes", RU)})),
    ("俄罗斯是本届金砖峰会的东道主。", "2024-10-23", ({(RU, "hosts", "16th-brics-summit")}, set())),
    ("上合組織峰會在位於天津的梅江會展中心舉行。", "2025-09-01",
     ({("meijiang-convention-center", "hosts", "2025-sco-summit"), ("meijiang-convention-center", "locatedIn", "tianjin")}, set())),
    # --- a title that qualifies another office names no one; a provisional name never ends in '·'
    ("俄罗斯总统新闻秘书佩斯科夫表示，普京将出席上合组织天津峰会。", "2025-08-08",
     ({(PUTIN, "attends", "2025-sco-summit")}, {(PUTIN, "leaderOf", RU), ("dmitry-peskov", "attends", "2025-sco-summit")})),
    ("俄總統助理烏沙科夫透露，蒲亭將於9月赴華。", "2025-08-08",
     ({(PUTIN, "visits", CN)}, {("yuri-ushakov", "visits", CN), (PUTIN, "leaderOf", RU)})),
    ("蒙古国总统乌赫那·呼日勒苏赫会见王毅。", "2025-05-01",
     {("ukhnaagiin-khurelsukh", "leaderOf", "mongolia"), meets("ukhnaagiin-khurelsukh", WANG)}),
    ("新加坡总理黄循财会见王毅。", "2025-05-01",
     {("new/person/黄循财", "leaderOf", "singapore"), meets("new/person/黄循财", WANG)}),
    # --- 白俄 is Belarus (not the pair Belarus-Russia); the one who joins is the name next to 加入
    ("中方愿同白俄方深化各领域合作。", "2024-05-16", ({coop(CN, BY)}, {coop(CN, RU)})),
    ("白俄总统卢卡申科会见王毅。", "2024-05-16", {(("alexander-lukashenko"), "leaderOf", BY), meets("alexander-lukashenko", WANG)}),
    ("中方欢迎并支持印尼加入金砖国家。", "2025-01-07",
     ({("indonesia", "memberOf", BRICS)}, {(CN, "memberOf", BRICS)})),
    # --- '成员国包括A、B…', '作为O成员国，X'
    ("上合组织成员国包括中国、俄罗斯、印度、巴基斯坦等。", "2024-05-16",
     ({(CN, "memberOf", SCO), (RU, "memberOf", SCO), (IN, "memberOf", SCO), ("pakistan", "memberOf", SCO)}, set())),
    ("作为上合组织成员国，哈萨克斯坦积极参与组织事务。", "2024-05-16", ({("kazakhstan", "memberOf", SCO)}, set())),
    ("上合组织观察员国包括蒙古国。", "2024-05-16", (set(), {("mongolia", "memberOf", SCO)})),
    # --- '访俄期间，X…' / '对P进行国事访问期间，X…': the subject after the visit phrase visits (not a pair of both sides)
    ("访俄期间，王毅还将会见俄罗斯总统普京。", "2025-04-01", ({(WANG, "visits", RU), meets(WANG, PUTIN)}, set())),
    ("对俄罗斯进行国事访问期间，习近平出席了纪念活动。", "2025-05-09", ({(XI, "visits", RU)}, set())),
    ("对俄罗斯进行国事访问期间，习近平同普京举行会谈。", "2025-05-09", ({meets(XI, PUTIN)}, {(PUTIN, "visits", RU)})),
    ("普京对中国的访问期间，拉夫罗夫陪同。", "2024-05-16", ({(PUTIN, "visits", CN)}, {(LAVROV, "visits", CN)})),
    # --- a country right before a person's title only determines the person ('中国国务院副总理丁薛祥')
    ("中国国务院副总理丁薛祥在圣彼得堡出席第二十七届圣彼得堡国际经济论坛全会。", "2024-06-07",
     ({("ding-xuexiang", "attends", "spief-2024")}, {(CN, "attends", "spief-2024")})),
    ("中国和俄罗斯出席了会议，王毅发表讲话。", "2024-06-07", (set(), {(CN, "attends", "spief-2024")})),
    # --- '共同推进/建设…' and '保持密切沟通' state cooperation ('国际…' after the verb is no '…国' partner name)
    ("中国和俄罗斯同意共同推进国际月球科研站建设。", "2024-05-16", ({coop(CN, RU)}, set())),
    ("王毅強調，中方願同俄方保持密切溝通。", "2024-05-16", ({coop(CN, RU)}, set())),
    ("习近平和普京共同出席招待会。", "2024-05-16", (set(), {coop(XI, PUTIN), coop(CN, RU)})),
    # --- upholding a named document supports it
    ("中俄双方重申，将坚定维护《联合国宪章》宗旨和原则。", "2024-05-16",
     ({(CN, "supports", "un-charter"), (RU, "supports", "un-charter")}, set())),
    ("美方违反《联合国宪章》。", "2024-05-16", (set(), {("united-states", "supports", "un-charter")})),
    # --- 'X于…与Y签订《A》': both sign; an invitation is no attendance or visit ('邀请X出席/访问'), '应邀' is
    ("俄罗斯于2001年与中国签订《中俄睦邻友好合作条约》。", "2021-05-09",
     ({(RU, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
       (CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}, set())),
    ("在習近平和普丁見證下，兩國外長簽署了《中俄關於全球戰略穩定的聯合聲明》。", "2025-05-09",
     (set(), {(XI, "signs", "joint-statement-2025-global-strategic-stability"),
              (PUTIN, "signs", "joint-statement-2025-global-strategic-stability")})),
    ("普京邀请莫迪出席金砖国家领导人第十六次会晤。", "2024-05-22",
     (set(), {(PUTIN, "attends", "16th-brics-summit"), (MODI, "attends", "16th-brics-summit")})),
    ("俄罗斯总统普京邀请习近平明年访问俄罗斯。", "2024-05-17", (set(), {(XI, "visits", RU), (PUTIN, "visits", RU)})),
    ("莫迪应邀出席金砖国家领导人第十六次会晤。", "2024-10-22", ({(MODI, "attends", "16th-brics-summit")}, set())),
    ("应普京邀请，莫迪将出席金砖国家领导人第十六次会晤。", "2024-10-02", ({(MODI, "attends", "16th-brics-summit")}, set())),
    # --- '位于C市中心的P'
    ("位于莫斯科市中心的克里姆林宫是俄罗斯总统府所在地。", "2024-10-22", ({("moscow-kremlin", "locatedIn", "moscow")}, set())),
    # --- capitals for their countries as agents ('北京与莫斯科'), not after 在/赴/抵达…; an accused supporter is no supporter
    ("北京和莫斯科同意加强战略协作。", "2024-05-16", ({coop(CN, RU)}, set())),
    ("莫斯科支持北京在台湾问题上的立场。", "2024-05-16", ({(RU, "supports", CN)}, set())),
    ("习近平在北京会见普京，双方同意加强合作。", "2024-05-16", ({coop(CN, RU)}, {coop("beijing", RU)})),
    ("華府批評北京支持莫斯科。", "2024-05-16",
     ({("united-states", "opposes", CN)}, {("united-states", "supports", RU)})),
    # --- a with-partner after the trigger stays in its clause; a group after 与 is the partner, not a pair
    ("北京與莫斯科加強合作，台灣將持續與美國、日本等國家密切合作。", "2023-10-18",
     ({coop(CN, RU)}, {coop(CN, "japan"), coop(RU, "united-states"), coop(CN, "united-states")})),
    ("台灣將持續與美國、日本等理念相近國家密切合作。", "2023-10-18", (set(), {coop("japan", "united-states")})),
    ("俄方將持續與美國、日本密切合作。", "2023-10-18",
     ({coop(RU, "united-states"), coop(RU, "japan")}, {coop("japan", "united-states")})),
    # --- edition numbers in Arabic digits ('第16次会晤', '第25次会议') name the catalogue edition
    ("金磚國家領導人第16次會晤22日至24日在俄羅斯喀山舉行。", "2024-10-24",
     ({("kazan", "hosts", "16th-brics-summit")}, set())),
    ("上海合作组织成员国元首理事会第25次会议在天津举行。", "2025-09-01",
     ({("tianjin", "hosts", "2025-sco-summit")}, {("tianjin", "hosts", "2024-sco-summit")})),
    ("金砖国家领导人第17次会晤在巴西里约热内卢举行。", "2025-07-07",
     ({("rio-de-janeiro", "hosts", "17th-brics-summit")}, {("rio-de-janeiro", "hosts", "16th-brics-summit")})),
    # --- Taiwanese 阿聯 (UAE) in a membership list
    ("今年1月，埃及、衣索比亞、伊朗、阿聯正式成為金磚成員國。", "2024-10-24",
     ({("uae", "memberOf", BRICS), ("egypt", "memberOf", BRICS), ("iran", "memberOf", BRICS)}, set())),
    # --- '红场阅兵' is the edition of the document's year, not the recurring parade
    ("習近平7日抵達莫斯科，並將出席9日的紅場閱兵。", "2025-05-08",
     ({(XI, "attends", "2025-moscow-victory-day-parade")}, {(XI, "attends", "moscow-victory-day-parade")})),
    # --- a bare head noun after an attend/chair verb ('出席峰会', '出席阅兵') is the event just named
    ("首届中国－中亚峰会19日在西安举行。哈萨克斯坦总统托卡耶夫、吉尔吉斯斯坦总统扎帕罗夫出席峰会。", "2023-05-19",
     ({("kassym-jomart-tokayev", "attends", "2023-china-central-asia-summit"),
       ("sadyr-japarov", "attends", "2023-china-central-asia-summit")}, set())),
    ("首届中国－中亚峰会19日在西安举行。普京没有出席峰会。", "2023-05-19",
     (set(), {(PUTIN, "attends", "2023-china-central-asia-summit")})),
    ("2025年莫斯科红场阅兵9日举行。巴西总统卢拉、越南国家主席梁强等外国领导人出席阅兵。", "2025-05-10",
     ({("lula-da-silva", "attends", "2025-moscow-victory-day-parade"),
       ("luong-cuong", "attends", "2025-moscow-victory-day-parade")}, set())),
    # --- chairing an event is attending it (presiding is not hosting: a chair may preside elsewhere)
    ("首届中国－中亚峰会19日在西安举行。国家主席习近平主持峰会并发表主旨讲话。", "2023-05-19",
     ({(XI, "attends", "2023-china-central-asia-summit")}, {(XI, "hosts", "2023-china-central-asia-summit")})),
    ("普京主持了金砖国家领导人第十六次会晤。", "2024-10-22",
     {(PUTIN, "attends", "16th-brics-summit")}),
    ("普京没有主持金砖国家领导人第十六次会晤。", "2024-10-22",
     (set(), {(PUTIN, "hosts", "16th-brics-summit"), (PUTIN, "attends", "16th-brics-summit")})),
    # --- 'E在<省><市>市/某地/隆重举行': the city hosts
    ("首届中国－中亚峰会19日在陕西省西安市举行。", "2023-05-19",
     ({("xian", "hosts", "2023-china-central-asia-summit"), ("xian", "locatedIn", "shaanxi")}, set())),
    ("纪念中国人民抗日战争暨世界反法西斯战争胜利80周年阅兵3日在北京天安门广场隆重举行。", "2025-09-04",
     ({("tiananmen-square", "hosts", "2025-china-victory-day-parade")}, set())),
    ("第八届中国－俄罗斯博览会17日在黑龙江省哈尔滨市开幕。", "2024-05-17",
     ({("harbin", "hosts", "china-russia-expo")}, set())),
    # --- joint exercises: the pair that holds one cooperates and attends the named exercise
    ("中俄两国海军14日在广东湛江某军港举行“海上联合－2024”联合演习开幕式。", "2024-07-15",
     ({("zhanjiang", "hosts", "joint-sea-2024"), (CN, "attends", "joint-sea-2024"), (RU, "attends", "joint-sea-2024"),
       coop(CN, RU)}, set())),
    ("中国与俄罗斯在日本海举行联合演习。", "2024-07-15", ({coop(CN, RU)}, set())),
    ("中俄两国没有举行联合演习。", "2024-07-15", (set(), {coop(CN, RU)})),
    ("日本对中俄举行“海上联合－2024”联合演习表示关切。", "2024-07-15",
     (set(), {("japan", "attends", "joint-sea-2024"), coop("japan", CN), coop("japan", RU)})),
    ("美国没有参加“海上联合－2024”演习。", "2024-07-15", (set(), {("united-states", "attends", "joint-sea-2024")})),
    # --- a visitor received in a city: '同来华进行正式访问的X', '会见正在中国进行国事访问的X', '来华出席E的X'
    ("4月9日，外交部长王毅在北京同来华进行正式访问的俄罗斯外长拉夫罗夫举行会谈。", "2024-04-10",
     ({(LAVROV, "visits", "beijing"), (LAVROV, "visits", CN)}, {(WANG, "visits", "beijing")})),
    ("习近平在北京会见正在中国进行国事访问的越南国家主席苏林。", "2024-08-19",
     ({("to-lam", "visits", CN), ("to-lam", "visits", "beijing")}, {(XI, "visits", "beijing")})),
    ("习近平在北京会见了来华出席冬奥会的普京。", "2022-02-05",
     ({(PUTIN, "visits", CN), (PUTIN, "attends", "2022-winter-olympics")},
      {(XI, "attends", "2022-winter-olympics"), (XI, "visits", CN)})),
    ("普京在莫斯科会见了赴俄出席纪念活动的各国领导人。", "2025-05-08", (set(), {(PUTIN, "visits", RU)})),
    ("习近平会见普京后出席了冬奥会开幕式。", "2022-02-05", ({(XI, "attends", "2022-winter-olympics")}, set())),
    # --- opposition: a list of objects ends at a verb ('美国及其盟友企图遏制中国'); sanctions 'X对Y的制裁'
    ("俄方坚决反对美国及其盟友企图遏制中国的做法。", "2024-05-16",
     ({(RU, "opposes", "united-states")}, {(RU, "opposes", CN)})),
    ("中方反对任何国家对俄罗斯实施单边制裁。", "2024-05-16", (set(), {(CN, "opposes", RU)})),
    ("欧盟对俄罗斯的制裁并没有奏效。", "2024-05-16", ({("european-union", "opposes", RU)}, set())),
    ("中方反对美国对俄罗斯的单边制裁。", "2024-05-16",
     ({(CN, "opposes", "united-states"), ("united-states", "opposes", RU)}, {(CN, "opposes", RU)})),
    ("如果欧盟对中国的制裁继续，中方将反制。", "2024-05-16", (set(), {("european-union", "opposes", CN)})),
    # --- '双方' after a document that names its two countries only as a pair ('中俄')
    ("中俄发表联合声明。双方谴责北约干涉别国内政。", "2024-05-16", {(CN, "opposes", NATO), (RU, "opposes", NATO)}),
    ("中俄发表联合声明。双方并未谴责北约。", "2024-05-16", (set(), {(CN, "opposes", NATO), (RU, "opposes", NATO)})),
    # --- '出席开幕式/全会' after a named event: that event
    ("第七届进博会5日在上海开幕，俄罗斯副总理奥韦尔丘克出席开幕式。", "2024-11-06",
     ({("alexey-overchuk", "attends", "7th-china-international-import-expo")}, set())),
    ("第八届中国－俄罗斯博览会17日在哈尔滨开幕。普京没有出席开幕式。", "2024-05-17",
     (set(), {(PUTIN, "attends", "china-russia-expo")})),
    ("普京出席开幕式。", "2024-05-17", set()),
    ("第二十七届圣彼得堡国际经济论坛在圣彼得堡举行。丁薛祥出席全会并致辞。", "2024-06-07",
     ({("ding-xuexiang", "attends", "spief-2024")}, set())),
    # --- city abbreviations after a motion verb: 抵京, 抵津, 在京期间 (not 驻京记者, not the host at home)
    ("俄罗斯总理米舒斯京20日抵京，开始对中国进行正式访问。", "2024-08-20",
     ({("mikhail-mishustin", "visits", "beijing"), ("mikhail-mishustin", "visits", CN)}, set())),
    ("普丁抵津 明與習近平會談", "2025-08-31", ({(PUTIN, "visits", "tianjin")}, set())),
    ("米舒斯京在京期间会见李强。", "2024-08-20", ({("mikhail-mishustin", "visits", "beijing")}, {("li-qiang", "visits", "beijing")})),
    ("本报驻京记者报道，普京发表讲话。", "2024-08-20", (set(), {(PUTIN, "visits", "beijing")})),
    ("普京未来京出席论坛。", "2024-08-20", (set(), {(PUTIN, "visits", "beijing")})),
    # --- documents exchanged are signed; witnesses named in '在X和Y见证下' do not sign
    ("习近平同普京举行会谈。在两国元首见证下，双方交换了《中俄货物贸易和服务贸易高质量发展路线图》文本。", "2024-05-16",
     ({(CN, "signs", "road-map-trade-in-goods-and-services"), (RU, "signs", "road-map-trade-in-goods-and-services")},
      {(XI, "signs", "road-map-trade-in-goods-and-services"), (PUTIN, "signs", "road-map-trade-in-goods-and-services")})),
    ("王毅与拉夫罗夫交换了《中俄货物贸易和服务贸易高质量发展路线图》。", "2024-05-16",
     {(WANG, "signs", "road-map-trade-in-goods-and-services"), (LAVROV, "signs", "road-map-trade-in-goods-and-services")}),
    ("习近平和普京见证王毅与拉夫罗夫交换《中俄货物贸易和服务贸易高质量发展路线图》。", "2024-05-16",
     (set(), {(XI, "signs", "road-map-trade-in-goods-and-services"), (PUTIN, "signs", "road-map-trade-in-goods-and-services")})),
    ("在习近平和普京见证下，中石油与俄气签署了《中俄东线供气购销合同》。", "2014-05-21",
     (set(), {(XI, "signs", "power-of-siberia-gas-contract"), (PUTIN, "signs", "power-of-siberia-gas-contract")})),
    ("习近平同普京举行会谈。两国元首还交换了意见。", "2024-05-16", ({meets(XI, PUTIN)}, set())),
    # --- readiness: '期待/希望同X…'; appreciating a side's position or efforts is support
    ("中方期待同印方加强沟通。", "2024-05-16", {coop(CN, IN)}),
    ("中方不期待同美方加强沟通。", "2024-05-16", (set(), {coop(CN, "united-states")})),
    ("俄方高度赞赏中方在乌克兰问题上的客观公正立场。", "2024-05-16", {(RU, "supports", CN)}),
    ("普京充分肯定中方为推动政治解决危机所作努力。", "2024-05-16", ({(PUTIN, "supports", CN)}, set())),
    ("俄方不认同美方的立场。", "2024-05-16", (set(), {(RU, "supports", "united-states")})),
    ("普京肯定了两国关系的发展。", "2024-05-16", (set(), {(PUTIN, "supports", CN), (PUTIN, "supports", RU)})),
    # --- a with-partner before the trigger belongs to its own clause ('X同Y会谈，双方同意加强合作': the countries)
    ("习近平在北京同普京举行会谈，双方同意加强合作。", "2024-05-16",
     ({coop(CN, RU), meets(XI, PUTIN)}, {coop(XI, PUTIN)})),
    ("莫迪9日在克里姆林宮與蒲亭舉行正式會談，雙方同意深化能源、核能等領域的合作。", "2024-07-09",
     ({coop(IN, RU)}, {coop(MODI, PUTIN)})),
    # --- 'cooperation' inside a document title is no statement of it
    ("两国外长还签署了《中哈两国外交部2024—2025年合作计划》。", "2024-06-01",
     (set(), {coop(CN, "kazakhstan"), coop(WANG, "murat-nurtleu")})),
    # --- an urged or hoped-for support is no support
    ("美國國務院呼籲印度支持烏克蘭的主權。", "2024-07-09",
     (set(), {(IN, "supports", "ukraine"), ("united-states-department-of-state", "supports", "ukraine")})),
    ("中方希望俄方支持和平谈判。", "2024-07-09", (set(), {(CN, "supports", RU), (RU, "supports", CN)})),
    ("印度支持烏克蘭的主權。", "2024-07-09", {(IN, "supports", "ukraine")}),
    # --- onward travel: 转往/飞往 P
    ("莫迪隨後轉往奧地利維也納訪問。", "2024-07-09",
     ({(MODI, "visits", "austria"), (MODI, "visits", "vienna")}, set())),
    ("普亭結束在北京的行程後，於19日飛往吉爾吉斯首都比斯凱克。", "2023-10-18",
     ({(PUTIN, "visits", "kyrgyzstan"), ("bishkek", "locatedIn", "kyrgyzstan")}, set())),
    ("莫迪没有飞往维也纳。", "2024-07-09", (set(), {(MODI, "visits", "vienna")})),
    # --- alignment between quoted names ('「一帶一路」倡議同「兩廊一圈」框架對接')
    ("習近平表示，中方願同越方深化「一帶一路」倡議同「兩廊一圈」框架對接。", "2024-08-19",
     ({(BRI, "alignsWith", "two-corridors-one-economic-belt"), coop(CN, "vietnam")}, set())),
    # --- a catalogue title written with 「」 or without quotes
    ("普亭17日抵達北京，出席第三屆「一帶一路」國際合作高峰論壇。", "2023-10-18",
     ({(PUTIN, "attends", "3rd-belt-and-road-forum"), ("beijing", "hosts", "3rd-belt-and-road-forum")},
      {(PUTIN, "attends", "belt-and-road-forum")})),
    ("习近平出席第三届一带一路国际合作高峰论坛。", "2023-10-18", ({(XI, "attends", "3rd-belt-and-road-forum")}, set())),
    # --- 'S在P举办E': both the country and the city host; not when negated
    ("俄罗斯将于今年10月在喀山举办金砖国家领导人第十六次会晤。", "2024-05-16",
     ({(RU, "hosts", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")}, set())),
    ("俄罗斯没有在喀山举办金砖国家领导人第十六次会晤。", "2024-05-16",
     (set(), {(RU, "hosts", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")})),
    # --- a dinner given for a guest is a meeting; 'C郊外的P' places P; an organisation between 的 and the visitor
    ("蒲亭當晚在莫斯科郊外的新奧加廖沃官邸設宴款待莫迪。", "2024-07-09",
     ({meets(PUTIN, MODI), ("novo-ogaryovo", "locatedIn", "moscow")}, set())),
    ("拉夫罗夫在莫斯科会见了到访的中国外交部副部长马朝旭。", "2024-05-16",
     ({("ma-zhaoxu", "visits", "moscow"), meets(LAVROV, "ma-zhaoxu")}, {(LAVROV, "visits", "moscow")})),
    # --- '在会上发表讲话' after a named meeting: attending it
    ("上海合作组织成员国元首理事会第二十五次会议1日在天津举行。习近平在会上发表重要讲话。", "2025-09-01",
     ({(XI, "attends", "2025-sco-summit")}, set())),
    ("习近平在会上发表重要讲话。", "2025-09-01", (set(), {(XI, "attends", "2025-sco-summit")})),
    # --- a verb after an office title is no new person; '伊中两国' is that pair, not the document's principals
    ("美國國務院發言人批評伊中兩國加強軍事合作。", "2023-02-14",
     ({coop(CN, "iran")}, {("new/person/批评", "opposes", "iran"), coop("iran", "united-states")})),
    ("美國批評伊中兩國加強軍事合作。", "2023-02-14",
     ({("united-states", "opposes", "iran"), ("united-states", "opposes", CN), coop(CN, "iran")},
      {coop("iran", "united-states")})),
    ("日本和美国对中俄两国联合巡航表示关切。", "2023-02-14", ({coop(CN, RU)}, {coop("japan", "united-states")})),
    # --- '在<国><城市>出席E期间': the city hosts E (a visit only when told: the corpus gold has none here)
    ("国家主席习近平在乌兹别克斯坦撒马尔罕出席上海合作组织成员国元首理事会第二十二次会议期间，同俄罗斯总统普京、蒙古国总统呼日勒苏赫举行中俄蒙元首第六次会晤。", "2022-09-16",
     ({("samarkand", "hosts", "2022-sco-summit"), (XI, "attends", "2022-sco-summit"), meets(XI, PUTIN),
       meets(XI, "ukhnaagiin-khurelsukh")}, set())),
    # --- 'A同B对接' with quoted names joined as a pair; 'E…，东道主X' hosts E
    ("深化「一帶一路」倡議同「兩廊一圈」框架對接。", "2024-08-19", {(BRI, "alignsWith", "two-corridors-one-economic-belt")}),
    ("一带一路倡议没有同欧亚经济联盟对接。", "2024-08-19", (set(), {(BRI, "alignsWith", EAEU)})),
    ("金磚國家領導人第16次會晤22日至24日在俄羅斯喀山舉行，東道主蒲亭迎接各國領導人。", "2024-10-24",
     ({(PUTIN, "hosts", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")}, set())),
    ("金砖国家领导人第十六次会晤在喀山举行，普京感谢东道主。", "2024-10-24",
     (set(), {(PUTIN, "hosts", "16th-brics-summit")})),
    # --- opposing a state's joining is no membership; opposition to X's attempts or actions
    ("俄方坚决反对乌克兰加入北约。", "2024-05-16", ({(RU, "opposes", "ukraine")}, {("ukraine", "memberOf", NATO)})),
    ("俄方反对美国企图在亚太地区部署中导。", "2024-05-16", {(RU, "opposes", "united-states")}),
    ("中方反对任何遏制中国发展的企图。", "2024-05-16", (set(), {(CN, "opposes", CN)})),
    ("外交部发言人毛宁表示，中方坚决反对美方对中国企业的非法制裁。", "2024-05-16",
     ({(CN, "opposes", "united-states")}, {("united-states", "opposes", CN)})),
    ("俄方高度评价两国关系发展。", "2024-05-16", (set(), {(RU, "supports", CN)})),
    ("普京高度评价中方在乌克兰问题上的立场。", "2024-05-16", ({(PUTIN, "supports", CN)}, set())),
    # --- Hong Kong and Taiwan transliterations of leaders
    ("習近平在天津會見巴基斯坦總理夏巴茲。", "2025-09-01", ({meets(XI, "shehbaz-sharif")}, set())),
    ("俄羅斯總理米舒斯廷抵達北京。", "2024-08-20", ({("mikhail-mishustin", "visits", "beijing")}, set())),
    ("哈薩克總統托卡葉夫會見王毅。", "2024-06-01", ({meets("kassym-jomart-tokayev", WANG)}, set())),
    ("土耳其總統厄多安出席峰會。", "2024-10-23", ({("recep-tayyip-erdogan", "leaderOf", "turkey")}, set())),
    ("亞美尼亞總理帕辛揚與普丁會談。", "2024-10-23", ({meets("nikol-pashinyan", PUTIN)}, set())),
    ("美國國務卿魯比歐與拉夫洛夫通話。", "2025-02-18", ({meets("marco-rubio", LAVROV)}, set())),
    # --- a visitor welcomed or received at a place visits it ('迎接/接待到访的X'); sightseeing is a visit;
    #     moving to a venue for talks is not ('两国元首来到冬宫继续长谈')
    ("普京在喀山克里姆林宫迎接到访的习近平。", "2024-10-22",
     ({(XI, "visits", "kazan-kremlin")}, {(PUTIN, "visits", "kazan-kremlin")})),
    ("习近平在北京接待了到访的普京。", "2024-05-16", ({(PUTIN, "visits", "beijing")}, {(XI, "visits", "beijing")})),
    ("习近平和普京乘船游览涅瓦河。", "2019-06-06", ({(XI, "visits", "neva"), (PUTIN, "visits", "neva")}, set())),
    ("习近平同普京举行会谈。随后，两国元首来到冬宫继续长谈。", "2019-06-06",
     (set(), {(XI, "visits", "winter-palace"), (PUTIN, "visits", "winter-palace")})),
    # --- generic words and boilerplate yield nothing
    ("上海精神是上合组织的灵魂。", "2024-05-16", (set(), {coop(CN, RU)})),
    ("责任编辑：张三\n来源：新华社\n京ICP备12345678号\n首页 > 国际", "2024-05-16", set()),
    ("【免責聲明】本文僅代表作者觀點。\n原標題：習近平同普京會晤", "2024-05-16", set()),
    ("【相關閱讀】普京抵達北京展開國事訪問\n最後更新日期：2024-05-16 18:20\n撰文：記者甲\n訂閱香港01 YouTube頻道\n#普京 #習近平", "2024-05-16", set()),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_zh_facts(text, published, expected):
    check_facts(facts_of(text, published=published), expected)


MEETINGS = [
    # text, published, participants, date, place, mode
    ("当地时间10月22日下午，国家主席习近平在喀山克里姆林宫同俄罗斯总统普京举行会晤。", "2024-10-23",
     {XI, PUTIN}, "2024-10-22", "kazan-kremlin", "in_person"),
    ("國家主席習近平15日下午在北京同俄羅斯總統普丁通電話。", "2023-12-16",
     {XI, PUTIN}, "2023-12-15", "beijing", "phone"),
    ("国家主席习近平昨天同俄罗斯总统普京举行视频会晤。", "2025-01-22",
     {XI, PUTIN}, "2025-01-21", None, "video"),
    ("习近平4日在北京同普京举行会谈。", "2022-02-05", {XI, PUTIN}, "2022-02-04", "beijing", "in_person"),
    # three persons listed before the trigger all take part; relative and English-month dates
    ("俄羅斯總統普丁、中國國家主席習近平和印度總理莫迪週一在天津交談。", "2025-09-03",
     {XI, PUTIN, MODI}, "2025-09-01", "tianjin", "in_person"),
    ("普京、习近平和卢卡申科当天通过视频连线共同出席仪式。", "2024-07-04",
     {XI, PUTIN, "alexander-lukashenko"}, "2024-07-04", None, "video"),
    ("Oct 22, 2024 在喀山，習近平與普丁舉行會晤。", None, {XI, PUTIN}, "2024-10-22", "kazan", "in_person"),
    ("國家主席習近平前日與俄羅斯總統普丁通電話。", "2024-05-10", {XI, PUTIN}, "2024-05-08", None, "phone"),
    ("普京礼拜二同莫迪举行视频会晤。", "2024-07-12", {PUTIN, MODI}, "2024-07-09", None, "video"),
    # an undated meeting sentence takes the date of the paragraph's earlier sentence
    ("上合组织峰会9月1日上午在天津举行。会前，普京与莫迪上前与习近平交谈。", "2025-09-02",
     {XI, PUTIN, MODI}, "2025-09-01", "tianjin", "in_person"),
    # Hong Kong 視像 (video), 茶叙
    ("國家主席習近平昨日與俄羅斯總統普京舉行視像會晤。", "2025-01-22", {XI, PUTIN}, "2025-01-21", None, "video"),
    ("习近平同普京在中南海茶叙。", "2024-05-17", {XI, PUTIN}, None, "zhongnanhai", "in_person"),
    # the venue follows 在/於/赴…; cities only named as a topic are no venue
    ("中俄關係是莫斯科和北京共同關心的議題，習近平當天同普丁舉行會談。", "2024-05-17",
     {XI, PUTIN}, "2024-05-17", None, "in_person"),
    ("習近平16日於北京同普丁舉行會談。", "2024-05-17", {XI, PUTIN}, "2024-05-16", "beijing", "in_person"),
    ("习近平11日在俄罗斯远东城市符拉迪沃斯托克同普京举行会谈。", "2018-09-12",
     {XI, PUTIN}, "2018-09-11", "vladivostok", "in_person"),
    # a regular meeting named with its series number: '举行中俄总理第二十九次定期会晤'
    ("国务院总理李强当地时间3日下午在莫斯科同俄罗斯总理米舒斯京举行中俄总理第二十九次定期会晤。", "2024-12-04",
     {"li-qiang", "mikhail-mishustin"}, "2024-12-03", "moscow", "in_person"),
    # '本月7日'; a shared meal is a meeting
    ("國家主席習近平本月7日與俄羅斯總統普丁通電話。", "2025-05-20", {XI, PUTIN}, "2025-05-07", None, "phone"),
    ("习近平当天中午同普京共进午餐。", "2025-05-09", {XI, PUTIN}, "2025-05-09", None, "in_person"),
    # the earliest date of the sentence or paragraph, not the first pattern ('今天…，这是他5月7日就任后')
    ("俄羅斯總統蒲亭今天上午抵達北京，這是他5月7日就任後首度出訪。習近平隨後同蒲亭舉行會談。", "2024-05-16",
     {XI, PUTIN}, "2024-05-16", "beijing", "in_person"),
    # '与他': the partner of the sentence's one person is the previous sentence's subject; '当晚' after '前日'
    ("国家主席习近平前日抵达莫斯科。俄罗斯总统普京当晚在克里姆林宫与他举行非正式会晤。", "2023-03-22",
     {XI, PUTIN}, "2023-03-20", "moscow-kremlin", "in_person"),
    ("按照安排，习近平明日将与普京举行会谈。", "2025-08-31", {XI, PUTIN}, "2025-09-01", None, "in_person"),
    # '进行非正式会谈' is a meeting
    ("莫迪8日抵达莫斯科。当晚，普京同莫迪在新奥加廖沃进行非正式会谈。", "2024-07-09",
     {PUTIN, MODI}, "2024-07-08", "novo-ogaryovo", "in_person"),
    # '同A、B举行…会晤': the subject before 'with' meets both (a three-way meeting)
    ("习近平在撒马尔罕同俄罗斯总统普京、蒙古国总统呼日勒苏赫举行中俄蒙元首第六次会晤。", "2022-09-16",
     {XI, PUTIN, "ukhnaagiin-khurelsukh"}, None, "samarkand", "in_person"),
    # datelines: a country before the city, a newspaper ('本报', '人民日报'); a reporter's city abroad is no venue
    ("新华社俄罗斯喀山10月22日电 国家主席习近平22日同俄罗斯总统普京举行会晤。", "2024-10-23",
     {XI, PUTIN}, "2024-10-22", "kazan", "in_person"),
    ("人民日报莫斯科5月8日电 国家主席习近平8日同俄罗斯总统普京举行会谈。", "2025-05-09",
     {XI, PUTIN}, "2025-05-08", "moscow", "in_person"),
    ("中央社台北8日電 中國國家主席習近平8日與俄羅斯總統蒲亭舉行會談。", "2025-05-09",
     {XI, PUTIN}, "2025-05-08", None, "in_person"),
    # the host before the trigger takes part with the pair received after it
    ("俄罗斯总统普京9日在克里姆林宫会见了来访的印度总理莫迪和越南国家主席苏林。", "2025-05-10",
     {PUTIN, MODI, "to-lam"}, "2025-05-09", "moscow-kremlin", "in_person"),
]

# '先后/相继会见了A、B，以及C': one bilateral meeting with each, none between the guests
SEPARATE = [
    ("普京在阿斯塔纳先后会见了印度总理莫迪、白俄罗斯总统卢卡申科。", "2024-07-04",
     [{PUTIN, MODI}, {PUTIN, "alexander-lukashenko"}]),
    ("習近平抵達撒馬爾罕後，相繼會見了哈薩克總統托卡耶夫，以及俄羅斯總統普丁。", "2022-09-16",
     [{XI, "kassym-jomart-tokayev"}, {XI, PUTIN}]),
    # 'X同A、B分别举行会谈': one meeting with each, none between the guests
    ("习近平在北京同普京、卢卡申科分别举行会谈。", "2022-09-16", [{XI, PUTIN}, {XI, "alexander-lukashenko"}]),
]


@pytest.mark.parametrize("text,published,pairs", SEPARATE)
def test_zh_separate_meetings(text, published, pairs):
    x = extract_text(text, published=published)
    got = [set(m.participants) for m in x.meetings]
    assert sorted(map(sorted, got)) == sorted(map(sorted, pairs))



@pytest.mark.parametrize("text,published,participants,day,place,mode", MEETINGS)
def test_zh_meetings(text, published, participants, day, place, mode):
    x = extract_text(text, published=published)
    assert len(x.meetings) == 1
    m = x.meetings[0]
    assert set(m.participants) == participants
    assert (m.date.isoformat() if m.date else None) == day
    assert m.place == place
    assert m.mode == mode


# meeting dates told relative to an earlier paragraph: '当天' (that day), '次日' (the next day), '此前一天'
DATED = [
    ("本报北京4月9日电 王毅同拉夫罗夫举行会谈。\n\n当天，国家主席习近平在人民大会堂会见了拉夫罗夫。", "2024-04-10",
     {frozenset({WANG, LAVROV}): "2024-04-09", frozenset({XI, LAVROV}): "2024-04-09"}),
    ("俄罗斯总统普京22日在喀山会见了印度总理莫迪。\n\n次日，普京又会见了伊朗总统佩泽希齐扬。", "2024-10-24",
     {frozenset({PUTIN, MODI}): "2024-10-22", frozenset({PUTIN, "masoud-pezeshkian"}): "2024-10-23"}),
    ("习近平4日在人民大会堂会见金正恩。\n\n此前一天，普京和金正恩在北京举行会谈。", "2025-09-05",
     {frozenset({XI, "kim-jong-un"}): "2025-09-04", frozenset({PUTIN, "kim-jong-un"}): "2025-09-03"}),
    # no earlier date: '当天' is the publication day
    ("普京抵达北京。\n\n当天，习近平同普京举行会谈。", "2024-05-16", {frozenset({XI, PUTIN}): "2024-05-16"}),
    # a pronoun after 'with' cannot be the sentence's own subject: no meeting of Xi with himself
    ("习近平抵达莫斯科。习近平当晚同他举行会晤。", "2023-03-22", {}),
]


@pytest.mark.parametrize("text,published,dates", DATED)
def test_zh_meeting_dates(text, published, dates):
    x = extract_text(text, published=published)
    got = {frozenset(m.participants): (m.date.isoformat() if m.date else None) for m in x.meetings}
    assert got == dates


OFFSETS = [
    # text, expected (surface, entity) in order for the named entities
    ("國家主席習近平同俄羅斯總統普丁舉行會談。", [("國家主席", XI), ("習近平", XI), ("俄羅斯總統", PUTIN), ("普丁", PUTIN)]),
    ("俄方对中国表示感谢。", [("俄方", RU), ("中国", CN)]),
    ("发展中国家和新兴市场国家支持金砖国家。", [("金砖国家", BRICS)]),
    # a party title is no mention of the Central Committee
    ("獨立國協峰會在莫斯科舉行。", [("獨立國協", "cis"), ("莫斯科", "moscow")]),
    ("越南總理范明正會見王毅。", [("越南總理", "pham-minh-chinh"), ("范明正", "pham-minh-chinh"), ("王毅", WANG)]),
    ("中共中央政治局委员、外交部长王毅会见拉夫罗夫。", [("外交部长", WANG), ("王毅", WANG), ("拉夫罗夫", LAVROV)]),
    # a ministry named with the short country name; its minister's title stays the title
    ("俄國外交部聲明指出，拉夫羅夫向李輝表示支持。", [("俄國外交部", "ministry-of-foreign-affairs-of-russia"),
                                         ("俄國", "russia"),     # the country inside the ministry's name
                                         ("拉夫羅夫", LAVROV), ("李輝", "li-hui")]),
    ("俄國外交部長拉夫羅夫會見李輝。", [("俄國外交部長", LAVROV), ("拉夫羅夫", LAVROV), ("李輝", "li-hui")]),
]


@pytest.mark.parametrize("text,expected", OFFSETS)
def test_zh_mention_offsets(text, expected):
    x = extract_text(text, published="2024-05-16")
    got = [(text[m.start:m.end], m.entity) for m in x.mentions if m.entity]
    assert got == expected


def test_zh_collective_two_countries():
    x = extract_text("中方愿同俄方一道。双方同意加强合作。两国元首会晤。", published="2024-05-16")
    groups = [set(m.members) for m in x.mentions if m.text == "双方"]
    assert groups == [{CN, RU}]
