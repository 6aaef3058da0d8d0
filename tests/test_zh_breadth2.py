"""Chinese (zh-Hans and zh-Hant) breadth, round 2: how Chinese news writing expresses signs, visits, meets,
cooperatesWith, supports / opposes, leaderOf and locatedIn, and names the catalogue lacks (persons by title,
heads of organisations and companies, agreements by the shape of their title). Every sentence was written for
this table from the language (Xinhua / People's Daily register and Taiwan / Hong Kong press with their
transliterations), not copied from an article, the seeds, the corpus or the blind sets.

Inventory the rows sample ("-" lines are not asserted):

signs     签署/签订/签了/共同签署/簽署, passive '《X》由A和B签署', relative 'A和B签署的《X》', titles by shape
          (《…联合声明》《…谅解备忘录》《…行动计划》《…路线图》《…协定》), lists of signatories 'A、B和C签署'
          - 见证…签署 (witnessed), 拒绝签署, 没有/尚未签署, 是否签署
visits    对P进行国事/正式/工作访问, 抵达P, 到访, 出访, 访华/访俄, 'P之行', '在P进行访问', 对P的访问, 为期N天的访问,
          访问期间, 飞抵, 一行抵达; Taiwan / HK 訪問, 出訪
          - 推迟/取消/延期, 否认…将访问, 回到/返回P, 邀请…访问, 如果/若
meets     会见/会晤/会谈/接见/通电话/视频会晤/礼节性会见/就…交换意见, 'A同B的会晤', 'A与B举行会谈后'
          - 拒绝会见, 没有…会面的计划, 否认…会面, 互致贺电 (messages are no meeting)
cooperatesWith  合作/携手/协作/共同开发/合作建设/伙伴; companies and ministries too
          - 暂停/中止合作, 拒绝合作, 不会合作
supports / opposes  支持/力挺/相互支持/欢迎; 反对/谴责/批评/制裁/驳斥/抗议
          - 拒绝谴责, 指责A支持B (an accusation is no support), 没有支持
leaderOf  '<国>总统/总理/领导人X' (catalogue or not), '<组织>秘书长/总干事/行长/总裁/董事长/主席X', 'X担任<国>总统'
          - 副总理, 大使, 发言人, 前总统, 州长 lead no country
locatedIn '位于P的V', 'P是C的港口城市', 'C首都P', 'P省会C'
          - 'P距C约800公里'
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import both, check_facts, coop, lead, meets

XI, PUTIN, LAVROV, WANG, MODI = "xi-jinping", "vladimir-putin", "sergey-lavrov", "wang-yi", "narendra-modi"
LI_QIANG, MISHUSTIN, TOKAYEV, LUKA = "li-qiang", "mikhail-mishustin", "kassym-jomart-tokayev", "alexander-lukashenko"
KIM = "kim-jong-un"
CN, RU, IN, KZ, BY, IR, US = "china", "russia", "india", "kazakhstan", "belarus", "iran", "united-states"
NK, VN = "north-korea", "vietnam"
SCO, BRICS, NATO, ASEAN = "shanghai-cooperation-organisation", "brics", "nato", "asean"
TREATY01 = "treaty-of-good-neighborliness-and-friendly-cooperation"
RU_NK = "russia-north-korea-comprehensive-strategic-partnership-treaty"


# (text, published, expected): expected is the exact set of facts, or (present, absent)
CASES = [
    # ===== signs
    ("中俄两国元首共同签署《中华人民共和国和俄罗斯联邦关于深化新时代全面战略协作伙伴关系的联合声明》。", "2023-03-22",
     ({(CN, "signs", "joint-statement-2023-deepening-new-era"), (RU, "signs", "joint-statement-2023-deepening-new-era")}, set())),
    ("普京与金正恩在平壤签署了《全面战略伙伴关系条约》。", "2024-06-19",
     ({(PUTIN, "signs", RU_NK), (KIM, "signs", RU_NK)}, set())),
    ("普丁與金正恩簽署《全面戰略夥伴關係條約》。", "2024-06-20",
     ({(PUTIN, "signs", RU_NK), (KIM, "signs", RU_NK)}, set())),
    ("《中俄睦邻友好合作条约》由江泽民和普京于2001年7月16日在莫斯科签署。", "2021-07-16",
     ({("jiang-zemin", "signs", TREATY01), (PUTIN, "signs", TREATY01)}, set())),
    ("江泽民和普京签署的《中俄睦邻友好合作条约》为两国关系奠定了法律基础。", "2021-07-16",
     ({("jiang-zemin", "signs", TREATY01), (PUTIN, "signs", TREATY01)}, set())),
    ("中俄两国政府签署《关于合作建设国际月球科研站的谅解备忘录》。", "2021-03-09",
     {(CN, "signs", "new/agreement/关于合作建设国际月球科研站的谅解备忘录"),
      (RU, "signs", "new/agreement/关于合作建设国际月球科研站的谅解备忘录")}),
    # ... a body signs nothing in the schema (signs: Country / Person)
    ("中国国家航天局与俄罗斯国家航天集团签署《关于合作建设国际月球科研站的谅解备忘录》。", "2021-03-09",
     (set(), {("cnsa", "signs", "new/agreement/关于合作建设国际月球科研站的谅解备忘录")})),
    ("王毅与拉夫罗夫签署了《中俄两国外交部2024年至2025年磋商计划》。", "2024-04-09",
     ({(WANG, "signs", "new/agreement/中俄两国外交部2024年至2025年磋商计划"),
       (LAVROV, "signs", "new/agreement/中俄两国外交部2024年至2025年磋商计划")}, set())),
    ("哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦签署了《关于三国国界交界点的协定》。", "2025-03-31",
     {(c, "signs", "new/agreement/关于三国国界交界点的协定") for c in (KZ, "kyrgyzstan", "tajikistan")}),
    ("越南与俄罗斯签订《2030年前越俄全面战略伙伴关系行动计划》。", "2024-06-20",
     ({(VN, "signs", "new/agreement/2030年前越俄全面战略伙伴关系行动计划"),
       (RU, "signs", "new/agreement/2030年前越俄全面战略伙伴关系行动计划")}, set())),
    # ... witnessed, refused, not yet, whether
    ("李强和米舒斯京共同见证了《中俄货物贸易和服务贸易高质量发展路线图》的签署。", "2024-05-16",
     (set(), {(LI_QIANG, "signs", "road-map-trade-in-goods-and-services"),
              (MISHUSTIN, "signs", "road-map-trade-in-goods-and-services")})),
    ("印度至今没有签署《不扩散核武器条约》。", "2024-06-01",
     (set(), {(IN, "signs", "nuclear-non-proliferation-treaty")})),
    ("匈牙利拒绝签署《喀山宣言》。", "2024-10-24", (set(), {("hungary", "signs", "kazan-declaration")})),
    ("外界关注朝鲜是否签署《全面禁止核试验条约》。", "2024-06-01",
     (set(), {(NK, "signs", "comprehensive-nuclear-test-ban-treaty")})),
    ("两国元首没有签署任何联合声明。", "2024-06-01", set()),

    # ===== visits
    ("应普京总统邀请，印度总理莫迪于7月8日至9日对俄罗斯进行正式访问。", "2024-07-08",
     ({(MODI, "visits", RU), lead(MODI, IN)}, {(PUTIN, "visits", RU)})),
    ("老挝国家主席通伦抵达北京，开始对中国进行国事访问。", "2024-06-01",
     ({("thongloun-sisoulith", "visits", "beijing"), ("thongloun-sisoulith", "visits", CN),
       lead("thongloun-sisoulith", "laos")}, set())),
    ("王毅在莫斯科进行工作访问。", "2024-06-01", {(WANG, "visits", "moscow")}),
    ("白俄罗斯总统卢卡申科将于下周对中国进行为期三天的国事访问。", "2024-06-01",
     {(LUKA, "visits", CN), lead(LUKA, BY)}),
    ("俄罗斯总理米舒斯京一行飞抵上海，开始访华行程。", "2024-06-01",
     ({(MISHUSTIN, "visits", "shanghai"), (MISHUSTIN, "visits", CN)}, set())),
    ("這是普丁第五次訪問哈薩克。", "2024-06-01", {(PUTIN, "visits", KZ)}),
    ("俄羅斯外長拉夫羅夫本週訪問北韓。", "2024-06-01", ({(LAVROV, "visits", NK)}, set())),
    ("普京对越南的国事访问为期两天。", "2024-06-20", {(PUTIN, "visits", VN)}),
    ("越共中央总书记苏林访问莫斯科期间会见了普京。", "2025-05-10",
     ({("to-lam", "visits", "moscow"), meets("to-lam", PUTIN)}, set())),
    ("金正恩乘专列前往俄罗斯远东地区访问。", "2023-09-12", ({(KIM, "visits", "russian-far-east")}, set())),
    ("拉夫罗夫结束访华，返回莫斯科。", "2024-04-10",
     ({(LAVROV, "visits", CN)}, {(LAVROV, "visits", "moscow")})),
    ("普京原定下周对土耳其的访问已推迟。", "2024-06-01", (set(), {(PUTIN, "visits", "turkey")})),
    ("克里姆林宫否认普京将访问美国的报道。", "2024-06-01", (set(), {(PUTIN, "visits", US)})),
    ("普京今年不会访问印度。", "2024-06-01", (set(), {(PUTIN, "visits", IN)})),
    ("如果特朗普访问莫斯科，两国关系可能改善。", "2025-06-01", (set(), {("donald-trump", "visits", "moscow")})),
    ("习近平邀请托卡耶夫明年访华。", "2024-07-03", (set(), {(TOKAYEV, "visits", CN)})),
    ("莫迪取消了原定的访俄行程。", "2024-06-01", (set(), {(MODI, "visits", RU)})),
    ("莫迪结束对俄罗斯的访问回国。", "2024-07-10", {(MODI, "visits", RU)}),
    ("王毅出席活动后返回北京。", "2024-06-01", set()),

    # ===== meets
    ("习近平在人民大会堂会见来华进行国事访问的白俄罗斯总统卢卡申科。", "2024-06-01",
     ({meets(XI, LUKA), (LUKA, "visits", CN), lead(LUKA, BY)}, set())),
    ("王毅应约同美国国务卿鲁比奥通电话。", "2025-06-01", ({meets(WANG, "marco-rubio")}, set())),
    ("普京与莫迪举行视频会晤。", "2024-06-01", {meets(PUTIN, MODI)}),
    ("李强同米舒斯京就双边关系交换意见。", "2024-06-01", ({meets(LI_QIANG, MISHUSTIN)}, set())),
    ("韩正礼节性会见俄罗斯副总理特鲁特涅夫。", "2024-06-01", {meets("han-zheng", "yury-trutnev")}),
    ("习近平同普京的会晤持续了三个多小时。", "2024-06-01", {meets(XI, PUTIN)}),
    ("普京接见了老挝国家主席通伦。", "2024-06-01",
     ({meets(PUTIN, "thongloun-sisoulith"), lead("thongloun-sisoulith", "laos")}, set())),
    ("習近平與拜登在秘魯利馬舉行會晤。", "2024-11-17", ({meets(XI, "joe-biden")}, set())),
    ("王毅与拉夫罗夫举行会谈后共同会见记者。", "2024-06-01", {meets(WANG, LAVROV)}),
    ("普京在新奥加廖沃接待了来访的印度尼西亚总统普拉博沃。", "2024-07-31",
     ({meets(PUTIN, "prabowo-subianto"), lead("prabowo-subianto", "indonesia")}, set())),
    ("拉夫罗夫拒绝与布林肯会面。", "2024-06-01", (set(), {meets(LAVROV, "antony-blinken")})),
    ("佩斯科夫说，普京目前没有与泽连斯基会面的计划。", "2024-06-01",
     (set(), {meets(PUTIN, "volodymyr-zelensky")})),
    ("中方否认习近平将与特朗普会面的报道。", "2025-06-01", (set(), {meets(XI, "donald-trump")})),
    ("习近平同托卡耶夫互致贺电。", "2024-06-01", (set(), {meets(XI, TOKAYEV)})),

    # ===== cooperatesWith
    ("俄罗斯国家原子能公司与中国核工业集团公司合作建设田湾核电站。", "2024-06-01",
     ({coop("rosatom", "china-national-nuclear-corporation")}, set())),
    ("中俄双方同意深化能源、农业和航天领域合作。", "2024-06-01", ({coop(CN, RU)}, set())),
    ("中國願同東協攜手合作。", "2024-06-01", ({coop(CN, ASEAN)}, set())),
    ("中國和巴西是全面戰略夥伴。", "2024-06-01", ({coop(CN, "brazil")}, set())),
    ("中国石油天然气集团公司与诺瓦泰克公司共同开发北极液化天然气项目。", "2024-06-01",
     ({coop("cnpc", "novatek")}, set())),
    ("中国商务部与俄罗斯经济发展部加强投资合作。", "2024-06-01",
     ({coop("ministry-of-commerce-of-china", "new/organization/俄罗斯经济发展部")}, set())),
    ("俄罗斯暂停与北约的合作。", "2024-06-01", (set(), {coop(RU, NATO)})),
    ("印度拒绝在“一带一路”框架下与中国合作。", "2024-06-01", (set(), {coop(IN, CN)})),
    ("中国不会与美国在这一问题上合作。", "2024-06-01", (set(), {coop(CN, US)})),
    ("中俄要密切在联合国、上海合作组织等多边框架内沟通协调。", "2024-06-01", {coop(CN, RU)}),
    ("俄罗斯联邦储蓄银行总裁格列夫会见中国银行董事长葛海蛟。", "2024-06-01",
     ({lead("herman-gref", "sberbank"), meets("herman-gref", "new/person/葛海蛟"),
       lead("new/person/葛海蛟", "new/organization/中国银行")}, set())),

    # ===== supports / opposes
    ("俄方坚定支持中方在台湾问题上的立场。", "2024-06-01", ({(RU, "supports", CN)}, set())),
    ("中方支持哈萨克斯坦申办2027年世博会。", "2024-06-01", ({(CN, "supports", KZ)}, set())),
    ("中俄两国相互支持。", "2024-06-01", both(CN, "supports", RU)),
    ("白俄罗斯谴责美国对伊朗的军事打击。", "2025-06-23", ({(BY, "opposes", US)}, {(BY, "opposes", IR)})),
    ("欧盟对俄罗斯实施新一轮制裁。", "2024-06-01", ({("european-union", "opposes", RU)}, set())),
    ("中方坚决反对北约东扩。", "2024-06-01", ({(CN, "opposes", NATO)}, set())),
    ("俄罗斯支持巴西在联合国发挥更大作用。", "2024-06-01", ({(RU, "supports", "brazil")}, set())),
    ("普京表示支持特朗普的和平努力。", "2025-06-01", ({(PUTIN, "supports", "donald-trump")}, set())),
    ("伊朗驳斥七国集团的声明。", "2024-06-01", ({(IR, "opposes", "g7")}, set())),
    ("北韓強烈譴責美國。", "2024-06-01", {(NK, "opposes", US)}),
    ("中方对俄罗斯担任金砖国家主席国表示支持。", "2024-06-01", {(CN, "supports", RU), (RU, "chairs", BRICS)}),
    ("俄罗斯外交部谴责乌克兰。", "2024-06-01", {("ministry-of-foreign-affairs-of-russia", "opposes", "ukraine")}),
    ("日本宣布对朝鲜实施制裁。", "2024-06-01", {("japan", "opposes", NK)}),
    ("乌克兰指责朝鲜向俄罗斯提供武器支持。", "2024-06-01", (set(), {(NK, "supports", RU)})),
    ("印度拒绝谴责俄罗斯。", "2024-06-01", (set(), {(IN, "opposes", RU)})),
    ("美国指责中国支持俄罗斯。", "2024-06-01", (set(), {(CN, "supports", RU)})),
    ("中方从未支持过任何一方，也没有向俄罗斯提供武器。", "2024-06-01", (set(), {(CN, "supports", RU)})),

    # ===== leaderOf (catalogue or not) and names by title
    ("习近平会见吉尔吉斯斯坦总统扎帕罗夫。", "2024-06-01",
     {meets(XI, "sadyr-japarov"), lead("sadyr-japarov", "kyrgyzstan")}),
    ("斯洛伐克总理菲佐抵达北京。", "2024-11-01",
     {lead("new/person/菲佐", "slovakia"), ("new/person/菲佐", "visits", "beijing")}),
    ("上合组织秘书长张明出席会议。", "2024-06-01", ({lead("new/person/张明", SCO)}, set())),
    ("新开发银行行长罗塞夫会见李强。", "2024-06-01",
     ({lead("dilma-rousseff", "new-development-bank"), meets("dilma-rousseff", LI_QIANG)}, set())),
    ("联合国秘书长古特雷斯出席开幕式。", "2024-06-01", ({lead("antonio-guterres", "united-nations")}, set())),
    ("世界卫生组织总干事谭德塞表示欢迎。", "2024-06-01",
     ({lead("tedros-adhanom-ghebreyesus", "world-health-organization")}, set())),
    ("国际原子能机构总干事格罗西访问莫斯科。", "2024-06-01",
     {lead("rafael-grossi", "international-atomic-energy-agency"), ("rafael-grossi", "visits", "moscow")}),
    ("俄罗斯石油公司总裁谢钦会见丁薛祥。", "2024-06-01",
     ({lead("igor-sechin", "rosneft"), meets("igor-sechin", "ding-xuexiang")}, set())),
    ("中国石化董事长马永生会见俄方代表团。", "2024-06-01", ({lead("new/person/马永生", "sinopec")}, set())),
    ("俄罗斯直接投资基金总裁德米特里耶夫表示，合作前景广阔。", "2024-06-01",
     ({lead("kirill-dmitriev", "russian-direct-investment-fund")}, set())),
    ("俄罗斯联邦委员会主席马特维延科会见赵乐际。", "2024-06-01",
     ({lead("valentina-matviyenko", "federation-council"), meets("valentina-matviyenko", "zhao-leji")},
      {lead("valentina-matviyenko", RU)})),
    ("托卡耶夫自2019年起担任哈萨克斯坦总统。", "2024-06-01", {lead(TOKAYEV, KZ)}),
    ("塔吉克斯坦领导人拉赫蒙出席峰会。", "2024-06-01", ({lead("emomali-rahmon", "tajikistan")}, set())),
    ("南韓總統李在明與川普通電話。", "2025-07-01",
     ({lead("lee-jae-myung", "south-korea"), meets("lee-jae-myung", "donald-trump")}, set())),
    ("斯里兰卡总统迪萨纳亚克对中国进行国事访问。", "2025-01-15",
     {lead("new/person/迪萨纳亚克", "sri-lanka"), ("new/person/迪萨纳亚克", "visits", CN)}),
    # ... deputies, ambassadors, spokespeople, former leaders and governors lead no country
    ("俄罗斯副总理诺瓦克会见丁薛祥。", "2024-06-01",
     ({meets("alexander-novak", "ding-xuexiang")}, {lead("alexander-novak", RU)})),
    ("中国驻俄罗斯大使张汉晖会见俄罗斯副外长鲁坚科。", "2024-06-01",
     ({meets("zhang-hanhui", "andrey-rudenko")}, {lead("zhang-hanhui", RU), lead("zhang-hanhui", CN)})),
    ("外交部发言人毛宁表示，中方对此表示欢迎。", "2024-06-01", (set(), {lead("mao-ning", CN)})),
    ("哈萨克斯坦前总统纳扎尔巴耶夫会见普京。", "2024-06-01",
     ({meets("nursultan-nazarbayev", PUTIN)}, {lead("nursultan-nazarbayev", KZ)})),
    ("俄罗斯滨海边疆区州长科热米亚科会见黑龙江省委书记许勤。", "2024-06-01",
     ({meets("new/person/科热米亚科", "new/person/许勤")},
      {lead("new/person/科热米亚科", RU), lead("new/person/许勤", CN)})),
    ("阿穆尔州州长奥尔洛夫访问哈尔滨。", "2024-06-01", {("new/person/奥尔洛夫", "visits", "harbin")}),
    ("莫斯科市长索比亚宁会见北京市委书记尹力。", "2024-06-01", {meets("sergey-sobyanin", "new/person/尹力")}),
    ("中国人民银行行长潘功胜会见俄罗斯央行行长纳比乌琳娜。", "2024-06-01",
     {meets("new/person/潘功胜", "elvira-nabiullina"), lead("new/person/潘功胜", "peoples-bank-of-china"),
      lead("elvira-nabiullina", "central-bank-of-russia")}),
    ("亚投行行长金立群出席论坛。", "2024-06-01", {lead("new/person/金立群", "aiib")}),
    ("北约秘书长吕特访问基辅。", "2024-06-01", {lead("mark-rutte", NATO), ("mark-rutte", "visits", "kyiv")}),
    ("聯合國秘書長古特瑞斯呼籲停火。", "2024-06-01", {lead("antonio-guterres", "united-nations")}),
    ("担任蒙古国总统的呼日勒苏赫会见普京。", "2024-06-01",
     {lead("ukhnaagiin-khurelsukh", "mongolia"), meets("ukhnaagiin-khurelsukh", PUTIN)}),
    # ... the leaders of a body are no name ('同金砖国家领导人深入探讨' names no one)
    ("中方期待同金砖国家领导人深入探讨金砖合作机制未来发展。", "2024-10-22", set()),
    ("俄罗斯国家杜马主席沃洛金会见赵乐际。", "2024-06-01",
     ({meets("vyacheslav-volodin", "zhao-leji"), lead("vyacheslav-volodin", "state-duma")},
      {lead("vyacheslav-volodin", RU)})),

    # ===== locatedIn
    ("会谈在位于莫斯科郊外的新奥加廖沃官邸举行。", "2024-06-01", ({("novo-ogaryovo", "locatedIn", "moscow")}, set())),
    ("符拉迪沃斯托克是俄罗斯远东港口城市。", "2024-06-01", ({("vladivostok", "locatedIn", "russian-far-east")}, set())),
    ("位於海參崴的遠東聯邦大學是論壇會場。", "2024-06-01",
     ({("far-eastern-federal-university", "locatedIn", "vladivostok")}, set())),
    ("喀山距莫斯科约800公里。", "2024-06-01", (set(), {("kazan", "locatedIn", "moscow")})),
    ("哈尔滨是黑龙江省省会。", "2024-06-01", ({("harbin", "locatedIn", "heilongjiang")}, set())),
    ("喀山是俄罗斯鞑靼斯坦共和国首府。", "2024-06-01",
     ({("kazan", "locatedIn", "tatarstan")}, {("kazan", "locatedIn", RU)})),
    ("哈尔滨是叶卡捷琳堡的友好城市。", "2024-06-01", set()),
    ("伊尔库茨克是俄罗斯西伯利亚重要城市之一。", "2024-06-01", ({("irkutsk", "locatedIn", "siberia")}, set())),
    # party titles name the party the person leads (names.json office_organizations, domestic_titles)
    ("中共中央总书记、国家主席习近平会见来访的越共中央总书记阮富仲。", "2023-12-12",
     ({lead(XI, CN), lead(XI, "communist-party-of-china"), lead("nguyen-phu-trong", "communist-party-of-vietnam")}, set())),
    ("朝鲜劳动党委员长、国务委员会委员长金正恩会见普京。", "2019-04-25",
     ({lead("kim-jong-un", "north-korea"), lead("kim-jong-un", "workers-party-of-korea")}, set())),
    ("總書記習近平出席會議。", "2023-12-12", (set(), {lead(XI, "communist-party-of-china")})),
    # a trip noun ('X之行'), its traveller before or after; called off after the noun
    ("杜尚别之行是习近平此次中亚之行的第一站。", "2014-09-12", ({(XI, "visits", "dushanbe")}, set())),
    ("普京的中国之行被推迟。", "2024-06-01", (set(), {(PUTIN, "visits", CN)})),
    ("莫迪的俄罗斯之行最终未能成行。", "2024-06-01", (set(), {(MODI, "visits", RU)})),
    ("习近平此次俄罗斯之行成果丰硕。", "2024-06-01", ({(XI, "visits", RU)}, set())),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_zh_breadth2(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
