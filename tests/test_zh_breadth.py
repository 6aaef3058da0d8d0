"""Chinese (zh-Hans and zh-Hant): breadth of expression, one row per way the language says a fact.

Written from how Chinese news writing expresses each relation, not from any article: attending (出席/
参加/与会/列席/亮相/现身/赴…出席/应邀出席/率团出席, relative clauses '前来出席…的X', fronted
adverbials '在…期间，X…' and '峰会期间，X…', event anaphora), hosting (主办/承办/举办/东道主/…在P举行),
membership (成员国 lists, 加入/正式成为/创始成员国; observers, dialogue partners, partner countries and
applicants are no members), visits (访问/到访/出访/抵达/访华/访俄, nominal '对P的访问'), locatedIn (位于/
地处/<国家>城市<P>), signing (签署/签订/共同签署/草签), chairing (担任/接任/接过 轮值主席国),
meetings, cooperation, support and opposition; negation (未/没有/不/拒绝/缺席/取消), hypotheticals
(如果/若) and invitations give nothing. Taiwanese / Hong Kong forms (普丁/蒲亭, 習近平, 上合, 金磚, 東協).

Sentences made up for these tests in the register of Xinhua / People's Daily and of CNA / HK press.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts

XI, PUTIN, LAVROV, WANG, MODI = "xi-jinping", "vladimir-putin", "sergey-lavrov", "wang-yi", "narendra-modi"
LI_QIANG, MISHUSTIN, LULA, TOKAYEV = "li-qiang", "mikhail-mishustin", "lula-da-silva", "kassym-jomart-tokayev"
CN, RU, IN, KZ, BY, IR = "china", "russia", "india", "kazakhstan", "belarus", "iran"
SCO, BRICS, CSTO, NATO, ASEAN = "shanghai-cooperation-organisation", "brics", "csto", "nato", "asean"
BRICS16, SCO24, SCO25 = "16th-brics-summit", "2024-sco-summit", "2025-sco-summit"
EEF9, CIIE7, BRF3 = "9th-eastern-economic-forum", "7th-china-international-import-expo", "3rd-belt-and-road-forum"


def meets(a: str, b: str) -> tuple[str, str, str]:
    return (min(a, b), "meets", max(a, b))


def coop(a: str, b: str) -> tuple[str, str, str]:
    return (min(a, b), "cooperatesWith", max(a, b))


def lead(person: str, country: str) -> tuple[str, str, str]:
    return (person, "leaderOf", country)


# (text, published, expected): expected is the exact set of facts, or (present, absent)
CASES = [
    # ===== attends
    # --- verbs: 出席 / 参加 / 与会 / 列席 / 亮相 / 现身 / 率团出席 / 应邀出席
    ("应俄罗斯总统普京邀请，国家主席习近平将于10月22日至24日赴喀山出席金砖国家领导人第十六次会晤。", "2024-10-18",
     ({(XI, "attends", BRICS16), (XI, "visits", "kazan"), ("kazan", "hosts", BRICS16)}, {meets(XI, PUTIN)})),
    ("俄罗斯总理米舒斯京率团出席第七届中国国际进口博览会。", "2024-11-05",
     {(MISHUSTIN, "attends", CIIE7), lead(MISHUSTIN, RU)}),
    ("印度總理莫迪亮相上合組織天津峰會。", "2025-09-01",
     ({(MODI, "attends", SCO25)}, set())),
    ("普京现身第九届东方经济论坛全会并发表讲话。", "2024-09-05", ({(PUTIN, "attends", EEF9)}, set())),
    ("哈萨克斯坦总统托卡耶夫应邀参加第三届“一带一路”国际合作高峰论坛。", "2023-10-17",
     {(TOKAYEV, "attends", BRF3), lead(TOKAYEV, KZ)}),
    ("第三届“一带一路”国际合作高峰论坛在北京开幕，俄罗斯总统普京、哈萨克斯坦总统托卡耶夫等与会。", "2023-10-18",
     ({(PUTIN, "attends", BRF3), (TOKAYEV, "attends", BRF3), ("beijing", "hosts", BRF3)}, set())),
    # --- relative clauses: '前来出席…的X', '出席…的X'
    ("李强会见前来出席第七届中国国际进口博览会的俄罗斯总理米舒斯京。", "2024-11-05",
     ({(MISHUSTIN, "attends", CIIE7), meets(LI_QIANG, MISHUSTIN)}, {(LI_QIANG, "attends", CIIE7)})),
    ("王毅會見來華出席第三屆「一帶一路」國際合作高峰論壇的普丁。", "2023-10-18",
     ({(PUTIN, "attends", BRF3), (PUTIN, "visits", CN), meets(WANG, PUTIN)}, {(WANG, "attends", BRF3)})),
    # --- fronted adverbials: '在E期间，X…', 'E期间，X…' after the event was named
    ("在金砖国家领导人第十六次会晤期间，习近平同印度总理莫迪举行会晤。", "2024-10-23",
     ({(XI, "attends", BRICS16), (MODI, "attends", BRICS16), meets(XI, MODI)}, set())),
    ("上合組織元首理事會第二十五次會議在天津舉行。峰會期間，普丁同莫迪舉行雙邊會晤。", "2025-09-01",
     ({("tianjin", "hosts", SCO25), (PUTIN, "attends", SCO25), (MODI, "attends", SCO25), meets(PUTIN, MODI)}, set())),
    # --- event anaphora after the named event: 会议 / 本届峰会 / 开幕式
    ("第九届东方经济论坛在符拉迪沃斯托克开幕。马来西亚总理安瓦尔出席本届论坛。", "2024-09-04",
     ({("vladivostok", "hosts", EEF9), ("anwar-ibrahim", "attends", EEF9)}, set())),
    ("第七届中国国际进口博览会在上海开幕。李强出席开幕式并发表主旨演讲。", "2024-11-05",
     ({("shanghai", "hosts", CIIE7), (LI_QIANG, "attends", CIIE7)}, set())),
    # --- future with a stated day; several attendees listed with 、和 及
    ("俄罗斯总统普京将于8月31日出席在天津举行的上合组织峰会。", "2025-08-20",
     ({(PUTIN, "attends", SCO25), ("tianjin", "hosts", SCO25)}, set())),
    ("俄羅斯總統蒲亭將出席在阿斯塔納舉行的上合組織峰會。", "2024-06-28",
     ({(PUTIN, "attends", SCO24), ("astana", "hosts", SCO24)}, set())),
    ("习近平和普京出席上合组织元首理事会第二十四次会议。", "2024-07-04",
     ({(XI, "attends", SCO24), (PUTIN, "attends", SCO24)}, set())),
    ("伊朗总统佩泽希齐扬及白俄罗斯总统卢卡申科出席了金砖国家领导人第十六次会晤。", "2024-10-23",
     ({("masoud-pezeshkian", "attends", BRICS16), ("alexander-lukashenko", "attends", BRICS16)}, set())),
    # --- video participation is taking part
    ("巴西总统卢拉以视频方式出席金砖国家领导人第十六次会晤。", "2024-10-23",
     ({(LULA, "attends", BRICS16)}, {(LULA, "visits", "kazan")})),
    # --- not asserted: 缺席 / 未能 / 拒绝 / 取消 / 如果 / 若 / 是否
    ("巴西总统卢拉缺席了在喀山举行的金砖国家领导人第十六次会晤。", "2024-10-23",
     ({("kazan", "hosts", BRICS16)}, {(LULA, "attends", BRICS16)})),
    ("莫迪未能出席上合组织元首理事会第二十四次会议。", "2024-07-04", (set(), {(MODI, "attends", SCO24)})),
    ("普京拒绝出席二十国集团领导人第十九次峰会。", "2024-11-18",
     (set(), {(PUTIN, "attends", "2024-g20-rio-summit")})),
    ("若普丁出席二十國集團領導人第十九次峰會，巴西將面臨壓力。", "2024-11-01",
     (set(), {(PUTIN, "attends", "2024-g20-rio-summit")})),
    ("外界关注莫迪是否出席金砖国家领导人第十六次会晤。", "2024-10-10", (set(), {(MODI, "attends", BRICS16)})),
    ("普京取消了出席第九届东方经济论坛的计划。", "2024-09-01", (set(), {(PUTIN, "attends", EEF9)})),
    # --- a person met at the event is not made an attendant by the meeting verb alone
    ("普京在克里姆林宫会见了即将出席上合组织峰会的莫迪。", "2024-06-28",
     ({meets(PUTIN, MODI)}, {(PUTIN, "attends", SCO24)})),

    # ===== hosts
    ("金砖国家领导人第十六次会晤22日在喀山开幕。本届峰会由俄罗斯主办。", "2024-10-23",
     ({("kazan", "hosts", BRICS16), (RU, "hosts", BRICS16)}, set())),
    ("中国作为东道主举办上合组织天津峰会。", "2025-08-31", ({(CN, "hosts", SCO25)}, set())),
    ("中國以東道主身分舉辦上合組織元首理事會第二十五次會議。", "2025-08-31", ({(CN, "hosts", SCO25)}, set())),
    ("第九届东方经济论坛由俄罗斯总统普京主办，在远东联邦大学举行。", "2024-09-04",
     ({(PUTIN, "hosts", EEF9), ("far-eastern-federal-university", "hosts", EEF9)}, set())),
    ("第九届东方经济论坛开幕，普京在克里姆林宫举行会谈。", "2024-09-04",
     (set(), {("moscow-kremlin", "hosts", EEF9)})),
    ("亚洲相互协作与信任措施会议第六次峰会在阿斯塔纳召开。", "2022-10-13",
     {("astana", "hosts", "6th-cica-summit")}),
    ("俄罗斯承办了金砖国家领导人第十六次会晤。", "2024-10-25", {(RU, "hosts", BRICS16)}),
    ("哈萨克斯坦总统托卡耶夫主持上合组织元首理事会第二十四次会议。", "2024-07-04",
     ({(TOKAYEV, "attends", SCO24)}, {(TOKAYEV, "hosts", SCO24)})),
    ("印度没有举办二十国集团领导人第十九次峰会。", "2024-11-18",
     (set(), {(IN, "hosts", "2024-g20-rio-summit")})),

    # ===== memberOf
    ("上合组织成员国包括中国、俄罗斯、印度、巴基斯坦和伊朗等。", "2024-07-04",
     {(c, "memberOf", SCO) for c in (CN, RU, IN, "pakistan", IR)}),
    ("中國和俄羅斯都是上海合作組織的創始成員國。", "2024-07-04", {(CN, "memberOf", SCO), (RU, "memberOf", SCO)}),
    ("印度尼西亚正式成为金砖国家成员国。", "2025-01-07", {("indonesia", "memberOf", BRICS)}),
    ("伊朗于2023年正式加入上合组织。", "2024-07-04", {(IR, "memberOf", SCO)}),
    ("白俄羅斯成為上合組織第十個成員國。", "2024-07-05", {(BY, "memberOf", SCO)}),
    ("作为金砖国家成员，埃及和埃塞俄比亚首次出席峰会。", "2024-10-23",
     ({("egypt", "memberOf", BRICS), ("ethiopia", "memberOf", BRICS)}, set())),
    ("北约成员国波兰宣布增加军费。", "2024-06-01", {("poland", "memberOf", NATO)}),
    ("集安组织成员国亚美尼亚冻结了参与。", "2024-06-01", ({("armenia", "memberOf", CSTO)}, set())),
    ("金砖国家成员国巴西、俄罗斯、印度、中国和南非在会上达成共识。", "2024-06-01",
     ({(c, "memberOf", BRICS) for c in ("brazil", RU, IN, CN, "south-africa")}, set())),
    # --- not members: observers, dialogue partners, partner countries, applicants, negation
    ("蒙古国是上合组织观察员国。", "2024-07-04", set()),
    ("土耳其是上合组织对话伙伴。", "2024-07-04", (set(), {("turkey", "memberOf", SCO)})),
    ("馬來西亞和泰國成為金磚國家夥伴國。", "2025-01-01",
     (set(), {("malaysia", "memberOf", BRICS), ("thailand", "memberOf", BRICS)})),
    ("土耳其已申请加入金砖国家。", "2024-09-03", (set(), {("turkey", "memberOf", BRICS)})),
    ("乌克兰不是北约成员国。", "2024-06-01", (set(), {("ukraine", "memberOf", NATO)})),
    ("沙特阿拉伯尚未正式加入金砖国家。", "2024-06-01", (set(), {("saudi-arabia", "memberOf", BRICS)})),

    # ===== visits
    ("应国家主席习近平邀请，俄罗斯总统普京将于5月16日至17日对中国进行国事访问。", "2024-05-14",
     ({(PUTIN, "visits", CN)}, {(XI, "visits", CN)})),
    ("普京此次访华是他连任后首次出访。", "2024-05-16", ({(PUTIN, "visits", CN)}, set())),
    ("王毅结束对俄罗斯的正式访问后前往白俄罗斯。", "2024-05-16",
     ({(WANG, "visits", RU), (WANG, "visits", BY)}, set())),
    ("拉夫羅夫抵達平壤，對北韓進行訪問。", "2024-06-18",
     ({(LAVROV, "visits", "pyongyang"), (LAVROV, "visits", "north-korea")}, set())),
    ("李强出访澳大利亚和新西兰。", "2024-06-15", ({(LI_QIANG, "visits", "australia"), (LI_QIANG, "visits", "new-zealand")}, set())),
    ("普京邀请莫迪明年访问俄罗斯。", "2024-10-23", (set(), {(MODI, "visits", RU)})),
    ("普京取消了访问印度的计划。", "2024-06-01", (set(), {(PUTIN, "visits", IN)})),
    ("习近平对哈萨克斯坦的国事访问取得圆满成功。", "2024-07-05", ({(XI, "visits", KZ)}, set())),

    # ===== locatedIn
    ("位于莫斯科市中心的红场举行了阅兵。", "2024-05-09", ({("red-square", "locatedIn", "moscow")}, set())),
    ("論壇在俄羅斯城市索契舉行。", "2024-06-01", ({("sochi", "locatedIn", RU)}, set())),
    ("喀山博览中心位于俄罗斯鞑靼斯坦共和国首府喀山。", "2024-10-22",
     ({("kazan-expo", "locatedIn", "kazan")}, set())),
    ("会议在黑龙江省黑河市举行。", "2024-06-01", ({("heihe", "locatedIn", "heilongjiang")}, set())),

    # ===== signs
    ("中方和俄方在莫斯科签署了《中俄睦邻友好合作条约》。", "2001-07-16",
     ({(CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
       (RU, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}, set())),
    ("两国元首没有签署新的条约。", "2024-05-16", set()),

    # ===== chairs
    ("巴西接任金砖国家轮值主席国。", "2025-01-01", {("brazil", "chairs", BRICS)}),
    ("2025年中国担任上合组织轮值主席国。", "2025-01-01", {(CN, "chairs", SCO)}),
    ("吉爾吉斯斯坦接過上合組織輪值主席國。", "2025-09-01", {("kyrgyzstan", "chairs", SCO)}),
    ("俄罗斯不再担任金砖国家主席国。", "2025-01-01", (set(), {(RU, "chairs", BRICS)})),

    # ===== meets
    ("普京同莫迪在喀山举行双边会晤。", "2024-10-22", ({meets(PUTIN, MODI)}, set())),
    ("王毅與拉夫羅夫通電話。", "2024-06-01", {meets(WANG, LAVROV)}),
    ("普京和泽连斯基没有会面。", "2024-06-01", (set(), {meets(PUTIN, "volodymyr-zelensky")})),

    # ===== cooperatesWith / supports / opposes
    ("俄罗斯愿同越南加强全面战略伙伴关系框架下的合作。", "2024-06-20", ({coop(RU, "vietnam")}, set())),
    ("中国和哈萨克斯坦携手推进共建“一带一路”。", "2024-07-03", ({coop(CN, KZ)}, set())),
    ("中方支持哈萨克斯坦担任上合组织轮值主席国工作。", "2024-07-03",
     ({(CN, "supports", KZ), (KZ, "chairs", SCO)}, set())),
    ("朝鲜强烈谴责北约。", "2024-07-12", {("north-korea", "opposes", NATO)}),
    ("印度对金砖国家扩员表示支持。", "2024-07-12", ({(IN, "supports", BRICS)}, set())),

    # ===== more ways to say it (second pass)
    # --- attends: '在E上，X…', 'X在E间隙', 'X出席E并致辞', 'X在出席E时表示', '出席E的有X', country delegations
    ("在金砖国家领导人第十六次会晤上，普京呼吁加强合作。", "2024-10-23", ({(PUTIN, "attends", BRICS16)}, set())),
    ("普京在上合組織元首理事會第二十五次會議間隙會見了埃爾多安。", "2025-09-01",
     ({(PUTIN, "attends", SCO25), ("recep-tayyip-erdogan", "attends", SCO25), meets(PUTIN, "recep-tayyip-erdogan")}, set())),
    ("李强在出席第七届中国国际进口博览会时表示，中国将扩大开放。", "2024-11-05", ({(LI_QIANG, "attends", CIIE7)}, set())),
    ("出席金砖国家领导人第十六次会晤的有印度总理莫迪和南非总统拉马福萨等。", "2024-10-23",
     ({(MODI, "attends", BRICS16), ("cyril-ramaphosa", "attends", BRICS16)}, set())),
    ("中国代表团出席了第九届东方经济论坛。", "2024-09-05", ({(CN, "attends", EEF9)}, set())),
    ("习近平抵达喀山，将出席金砖国家领导人第十六次会晤。", "2024-10-22",
     ({(XI, "attends", BRICS16), (XI, "visits", "kazan"), ("kazan", "hosts", BRICS16)}, set())),
    ("習近平乘專機抵達阿斯塔納，出席上合組織元首理事會第二十四次會議並對哈薩克進行國事訪問。", "2024-07-03",
     ({(XI, "attends", SCO24), (XI, "visits", "astana"), (XI, "visits", KZ), ("astana", "hosts", SCO24)}, set())),
    ("金砖国家领导人第十六次会晤在喀山举行，普京将与会。", "2024-10-20",
     ({(PUTIN, "attends", BRICS16), ("kazan", "hosts", BRICS16)}, set())),
    ("普京出席在喀山举行的金砖峰会。", "2024-10-23",
     ({(PUTIN, "attends", BRICS16), ("kazan", "hosts", BRICS16)}, set())),
    ("普京此次出席第九届东方经济论坛，是他第八次出席该论坛。", "2024-09-05", ({(PUTIN, "attends", EEF9)}, set())),
    # --- hosts: '拉开帷幕', 'P是E的主办城市', '<国>主办的E', 'E东道主<国>'
    ("第九届东方经济论坛在符拉迪沃斯托克拉开帷幕。", "2024-09-04", {("vladivostok", "hosts", EEF9)}),
    ("天津是上合组织元首理事会第二十五次会议的主办城市。", "2025-08-31", ({("tianjin", "hosts", SCO25)}, set())),
    ("在俄罗斯主办的金砖国家领导人第十六次会晤上，各方通过了宣言。", "2024-10-23", ({(RU, "hosts", BRICS16)}, set())),
    ("金砖国家领导人第十六次会晤东道主俄罗斯表示欢迎。", "2024-10-23", ({(RU, "hosts", BRICS16)}, set())),
    # --- memberOf: 'O接纳X为成员国', '包括X在内的O成员国', 'X作为O成员国'
    ("上合组织接纳白俄罗斯为正式成员国。", "2024-07-04", ({(BY, "memberOf", SCO)}, set())),
    ("包括印度在内的上合组织成员国均派代表出席。", "2024-07-04", ({(IN, "memberOf", SCO)}, set())),
    ("哈萨克斯坦作为欧亚经济联盟成员国，同俄罗斯保持密切合作。", "2024-07-04",
     ({(KZ, "memberOf", "eurasian-economic-union"), coop(KZ, RU)}, set())),
    ("印度尼西亞於今年1月正式加入金磚國家。", "2025-03-01", {("indonesia", "memberOf", BRICS)}),
    # --- visits: 'X的俄罗斯之行', 'X在P进行国事访问', 'X访华期间', 'X赴P访问'
    ("莫迪此次俄罗斯之行备受关注。", "2024-07-09", ({(MODI, "visits", RU)}, set())),
    ("普京访华期间，双方签署了多项合作文件。", "2024-05-17", ({(PUTIN, "visits", CN)}, set())),
    ("拉夫罗夫赴北京访问。", "2024-04-09", ({(LAVROV, "visits", "beijing")}, set())),
    ("王毅将于下周访问俄罗斯和白俄罗斯。", "2024-05-16", ({(WANG, "visits", RU), (WANG, "visits", BY)}, set())),
    # --- locatedIn: '坐落于', '地处', '<国>远东城市'
    ("钓鱼台国宾馆坐落于北京西城区。", "2024-05-16", ({("diaoyutai-state-guesthouse", "locatedIn", "beijing")}, set())),
    ("俄罗斯远东城市符拉迪沃斯托克迎来大批中国游客。", "2024-05-16", ({("vladivostok", "locatedIn", "russian-far-east")}, set())),
    # --- signs: '共同签署', passive '由X和Y签署', '签字'
    ("中俄两国于2001年共同签署了《中俄睦邻友好合作条约》。", "2021-06-28",
     ({(CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
       (RU, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}, set())),
    # --- chairs: 'O主席国X', 'X担任O轮值主席国期间'
    ("在俄罗斯担任金砖国家轮值主席国期间，金砖合作取得进展。", "2024-10-23", ({(RU, "chairs", BRICS)}, set())),
    ("上合组织轮值主席国吉尔吉斯斯坦将举办系列活动。", "2025-10-01", ({("kyrgyzstan", "chairs", SCO)}, set())),
    # --- supports / opposes / cooperates in other words
    ("白俄罗斯力挺俄罗斯。", "2024-06-01", {(BY, "supports", RU)}),
    ("伊朗强烈抗议美国。", "2024-06-01", (set(), {("iran", "supports", "united-states")})),
    ("中方同哈萨克斯坦深化能源合作。", "2024-07-03", ({coop(CN, KZ)}, set())),

    # ===== third pass: other word orders and nominal forms
    ("习近平在金砖国家领导人第十六次会晤的开幕式上发表讲话。", "2024-10-23", ({(XI, "attends", BRICS16)}, set())),
    ("金砖国家领导人第十六次会晤上，普京宣布了新的倡议。", "2024-10-23", ({(PUTIN, "attends", BRICS16)}, set())),
    ("李强出席了第七届中国国际进口博览会的开幕式。", "2024-11-05", ({(LI_QIANG, "attends", CIIE7)}, set())),
    ("习近平向第九届东方经济论坛致贺信。", "2024-09-05", (set(), {(XI, "attends", EEF9)})),
    ("上合组织天津峰会开幕，普京出席。", "2025-09-01", ({(PUTIN, "attends", SCO25)}, set())),
    ("第九届东方经济论坛于符拉迪沃斯托克举行。", "2024-09-04", {("vladivostok", "hosts", EEF9)}),
    ("喀山是金砖国家领导人第十六次会晤的举办地。", "2024-10-22", {("kazan", "hosts", BRICS16)}),
    ("金砖国家由巴西、俄罗斯、印度、中国和南非组成。", "2020-01-01",
     {(c, "memberOf", BRICS) for c in ("brazil", RU, IN, CN, "south-africa")}),
    ("越南是东盟成员。", "2024-01-01", {("vietnam", "memberOf", ASEAN)}),
    ("俄方支持印度尼西亚加入金砖国家。", "2024-06-01",
     ({(RU, "supports", "indonesia")}, {("indonesia", "memberOf", BRICS)})),
    ("普京在北京进行国事访问。", "2024-05-16", ({(PUTIN, "visits", "beijing")}, set())),
    ("普京分别会见了托卡耶夫和卢卡申科。", "2024-07-04",
     ({meets(PUTIN, TOKAYEV), meets(PUTIN, "alexander-lukashenko")}, set())),
    ("中俄兩國外長草簽了《中俄睦鄰友好合作條約》。", "2001-07-01",
     ({(CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
       (RU, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}, set())),
    ("《中俄睦邻友好合作条约》由中俄两国元首签署。", "2021-06-28",
     ({(CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
       (RU, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}, set())),
    ("俄罗斯是今年金砖国家轮值主席国。", "2024-06-01", {(RU, "chairs", BRICS)}),
    ("中方愿同俄方在上合组织框架内加强协作。", "2024-06-01", ({coop(CN, RU)}, {coop(CN, SCO)})),
    ("普京和莫迪没有在喀山见面。", "2024-10-23", (set(), {meets(PUTIN, MODI)})),

    # ===== names the catalogue lacks, by shape: events (第N届…, year + name, a quoted name + 论坛) and venues
    ("第十届中俄博览会在哈尔滨开幕，俄罗斯副总理特鲁特涅夫出席开幕式。", "2026-05-17",
     ({("harbin", "hosts", "new/event/第十届中俄博览会"), ("yury-trutnev", "attends", "new/event/第十届中俄博览会")}, set())),
    ("2025年金砖国家运动会在喀山开幕。", "2025-06-13", {("kazan", "hosts", "new/event/2025年金砖国家运动会")}),
    ("普京出席2024年金砖国家商业论坛。", "2024-10-18", {(PUTIN, "attends", "new/event/2024年金砖国家商业论坛")}),
    ("普京出席「俄羅斯能源週」國際論壇全會。", "2024-10-18", {(PUTIN, "attends", "new/event/俄罗斯能源周-国际论坛")}),
    ("王毅出席第十五届东亚峰会外长会。", "2025-07-11", {(WANG, "attends", "new/event/第十五届东亚峰会外长会")}),
    ("习近平出席第十四届全国人民代表大会第三次会议开幕会。", "2025-03-06",
     {(XI, "attends", "new/event/第十四届全国人民代表大会第三次会议")}),
    ("上合组织元首理事会第二十五次会议在天津梅江会展中心举行。", "2025-09-01",
     ({("meijiang-convention-center", "hosts", SCO25)}, set())),
    ("上合组织元首理事会第二十二次会议在撒马尔罕丝绸之路国际会议中心举行。", "2022-09-16",
     ({("new/place/撒马尔罕丝绸之路国际会议中心", "hosts", "2022-sco-summit")}, set())),
    ("普京在阿斯塔纳独立宫出席上合组织元首理事会第二十四次会议。", "2024-07-04",
     ({(PUTIN, "attends", SCO24), ("new/place/阿斯塔纳独立宫", "hosts", SCO24)}, set())),
    # ... generic phrases are no names
    ("峰会在国际会议中心举行，与会领导人出席会议。", "2025-09-01", set()),
    ("2024年中国对俄出口增长，今年的博览会规模更大。", "2025-09-01", set()),
    ("他说“中国论坛”很好。", "2025-09-01", set()),

    # ===== Taiwan / Hong Kong register: transliterations, 上合/金磚/東協, 登場, 則是
    ("普亭將赴天津出席上合峰會。", "2025-08-20",
     {(PUTIN, "attends", SCO25), (PUTIN, "visits", "tianjin"), ("tianjin", "hosts", SCO25)}),
    ("習近平今日（22日）抵達喀山，出席金磚峰會。", "2024-10-22",
     {(XI, "attends", BRICS16), (XI, "visits", "kazan"), ("kazan", "hosts", BRICS16)}),
    ("第47屆東協峰會在吉隆坡登場。", "2025-10-26", {("kuala-lumpur", "hosts", "new/event/第47届东协峰会")}),
    ("俄羅斯是金磚國家成員國，伊朗則是上合組織成員國。", "2024-10-23", {(RU, "memberOf", BRICS), (IR, "memberOf", SCO)}),
    ("伊朗總統裴澤斯基抵達天津，出席上合峰會。", "2025-08-31",
     {("masoud-pezeshkian", "attends", SCO25), ("masoud-pezeshkian", "visits", "tianjin"), ("tianjin", "hosts", SCO25),
      lead("masoud-pezeshkian", IR)}),
    ("俄羅斯總理米舒斯汀與李強舉行會談。", "2024-05-16", {meets(MISHUSTIN, LI_QIANG), lead(MISHUSTIN, RU)}),
    ("克宮發言人培斯科夫說，普丁不會出席金磚峰會。", "2024-10-10", (set(), {(PUTIN, "attends", BRICS16)})),
    ("莫迪將缺席上合峰會。", "2025-08-20", set()),
    ("川普與普丁在安克拉治舉行會談。", "2025-08-16", {meets("donald-trump", PUTIN)}),
    ("蒲亭出訪北韓。", "2024-06-19", {(PUTIN, "visits", "north-korea")}),

    ("上合组织元首理事会第二十四次会议期间，习近平同普京通电话。", "2024-07-04",
     ({meets(XI, PUTIN)}, {(XI, "attends", SCO24), (PUTIN, "attends", SCO24)})),
    # ===== found, not fixed
    ("金正恩搭乘專列抵達北京，出席九三閱兵。", "2025-09-02",
     ({("kim-jong-un", "attends", "2025-china-victory-day-parade"), ("kim-jong-un", "visits", "beijing")}, set())),
    ("普丁證實將出席明年在印度舉行的金磚峰會。", "2025-09-01",
     ({(PUTIN, "attends", "18th-brics-summit")}, {(PUTIN, "attends", "17th-brics-summit")})),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_zh_breadth(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
