"""Constructions that span clauses, in every language: collectives naming two office-holders ('the two
foreign ministers', '两位总理', 'hai Thủ tướng', 'главы МИД двух стран'), relative 'where'-clauses after
a place ('…, where he will attend E', '…, где он участвовал в E', '抵达P，出席E', '…, nơi ông dự E'),
participation as part of a delegation ('in the delegation led by X', 'в составе делегации во главе с X',
'随同X出席E') and visits told by other verbs or nouns ('结束P行程', 'в P期间', 'прибывший в P с визитом',
'trong thời gian ở P').

Every text here was written for this test; none is copied from the seeds, the corpus or the blind set.
Rows list facts that must be found (`present`) and facts that must not (`absent`).
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

XI, PUTIN, LI, MISHUSTIN = "xi-jinping", "vladimir-putin", "li-qiang", "mikhail-mishustin"
WANG, LAVROV, DONG, BELOUSOV, MODI = "wang-yi", "sergey-lavrov", "dong-jun", "andrey-belousov", "narendra-modi"
EXPO, SCO25, BRICS16 = "china-russia-expo", "2025-sco-summit", "16th-brics-summit"


def both(people, rel, obj):
    return {(p, rel, obj) for p in people}


# -- collectives of office-holders: the two persons of that office the text names -----------------
OFFICE_COLLECTIVES = [
    # (text, published, present, absent)
    ("Chinese Premier Li Qiang held talks with Russian Prime Minister Mikhail Mishustin in Moscow. Xi Jinping also "
     "sent a letter to Vladimir Putin. After the talks, the two prime ministers attended the opening of the "
     "China-Russia Expo.", "2024-08-21", both((LI, MISHUSTIN), "attends", EXPO), both((XI, PUTIN), "attends", EXPO)),
    ("Chinese President Xi Jinping met Vladimir Putin in Beijing. The two foreign ministers will attend the "
     "China-Russia Expo.", "2024-05-16", set(), both((XI, PUTIN), "attends", EXPO)),
    ("国务院总理李强在莫斯科同俄罗斯总理米舒斯京举行会谈。习近平主席致信普京总统。会谈后，两位总理共同出席中俄博览会开幕式。",
     "2024-08-21", both((LI, MISHUSTIN), "attends", EXPO), both((XI, PUTIN), "attends", EXPO)),
    ("国防部长董军在北京会见俄罗斯国防部长别洛乌索夫。两国防长出席中俄博览会开幕式。", "2024-10-16",
     both((DONG, BELOUSOV), "attends", EXPO), set()),
    ("习近平同普京举行会谈。双方外长出席中俄博览会。", "2024-05-16", set(), both((XI, PUTIN), "attends", EXPO)),
    ("外交部長王毅在北京同俄羅斯外長拉夫羅夫舉行會談。習近平主席會見普京。兩國外長出席中俄博覽會。", "2024-04-10",
     both((WANG, LAVROV), "attends", EXPO), both((XI, PUTIN), "attends", EXPO)),
    ("Thủ tướng Trung Quốc Lý Cường hội đàm với Thủ tướng Nga Mikhail Mishustin tại Moskva. Chủ tịch Tập Cận Bình "
     "gặp Tổng thống Putin. Sau hội đàm, hai Thủ tướng dự Hội chợ triển lãm Trung Quốc - Nga.", "2024-08-21",
     both((LI, MISHUSTIN), "attends", EXPO), both((XI, PUTIN), "attends", EXPO)),
    ("Министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел КНР Ван И. "
     "Путин и Си Цзиньпин также встретились. Главы МИД двух стран поддержали Российско-Китайское ЭКСПО.",
     "2024-04-10", both((LAVROV, WANG), "supports", EXPO), both((XI, PUTIN), "supports", EXPO)),
    ("Председатель правительства России Михаил Мишустин провел переговоры с премьером Госсовета КНР Ли Цяном. "
     "Путин направил послание Си Цзиньпину. Премьеры двух стран приняли участие в открытии Российско-Китайского "
     "ЭКСПО.", "2024-08-21", both((LI, MISHUSTIN), "attends", EXPO), both((XI, PUTIN), "attends", EXPO)),
    ("Путин провел переговоры с Си Цзиньпином. Оба министра приняли участие в Российско-Китайском ЭКСПО.",
     "2024-05-16", set(), both((XI, PUTIN), "attends", EXPO)),
    # 'главы МИД' alone is a plural collective; before a name it is the genitive title
    ("Сергей Лавров и Ван И провели переговоры. Главы МИД приняли участие в Российско-Китайском ЭКСПО.",
     "2024-05-16", both((LAVROV, WANG), "attends", EXPO), set()),
    ("Встреча прошла с участием главы МИД Сергея Лаврова. Затем Путин принял участие в Российско-Китайском ЭКСПО.",
     "2024-05-16", {(PUTIN, "attends", EXPO)}, {(LAVROV, "attends", EXPO)}),
    ("Alexander Lukashenko congratulated Xi Jinping. Chinese President Xi Jinping then held talks with Vladimir "
     "Putin. The two presidents attended the China-Russia Expo.", "2024-05-16", both((XI, PUTIN), "attends", EXPO),
     {("alexander-lukashenko", "attends", EXPO)}),
    ("Vladimir Putin and Xi Jinping met in Beijing. Later, the two presidents attended the China-Russia Expo.",
     "2024-05-16", both((XI, PUTIN), "attends", EXPO), set()),
    ("王毅同拉夫罗夫举行会谈。会谈后，两位外长共同会见记者，并出席中俄博览会开幕式。", "2024-05-16",
     both((WANG, LAVROV), "attends", EXPO), set()),
    ("Bộ trưởng Ngoại giao Vương Nghị hội đàm với Ngoại trưởng Nga Sergei Lavrov. Ngoại trưởng hai nước cùng dự "
     "Hội chợ triển lãm Trung Quốc - Nga.", "2024-05-16", both((WANG, LAVROV), "attends", EXPO), set()),
    ("Wang Yi held talks with Sergei Lavrov in Moscow. The Russian and Chinese foreign ministers also attended the "
     "China-Russia Expo.", "2024-05-16", both((WANG, LAVROV), "attends", EXPO), set()),
    ("Chủ tịch Tập Cận Bình hội đàm với Tổng thống Putin. Thủ tướng hai nước dự Hội chợ triển lãm Trung Quốc - Nga.",
     "2024-05-16", set(), both((XI, PUTIN), "attends", EXPO)),
]


@pytest.mark.parametrize("text,published,present,absent", OFFICE_COLLECTIVES)
def test_office_collective(text, published, present, absent):
    facts = facts_of(text, published=published)
    assert present <= facts
    assert not absent & facts


# -- 'where'-clauses, delegations, other ways of telling a visit ----------------------------------
CLAUSES = [
    ("Russian President Vladimir Putin will travel to the city of Kazan, where he will attend the 16th BRICS summit.",
     "2024-10-20", {("kazan", "hosts", BRICS16), (PUTIN, "attends", BRICS16), (PUTIN, "visits", "kazan")}, set()),
    ("Putin later flew to Kazan, where the 16th BRICS summit is being held.", "2024-10-22",
     {("kazan", "hosts", BRICS16)}, set()),
    ("Vladimir Putin stayed in Moscow, where he addressed the 16th BRICS summit by video.", "2024-10-22",
     set(), {("moscow", "hosts", BRICS16)}),
    ("Путин остался в Москве, где принял участие в саммите БРИКС в режиме видеоконференции.", "2024-10-22",
     set(), {("moscow", "hosts", BRICS16)}),
    ("Tổng thống Putin ở lại Moskva, nơi ông dự Hội nghị thượng đỉnh BRICS lần thứ 16 theo hình thức trực tuyến.",
     "2024-10-22", set(), {("moscow", "hosts", BRICS16)}),
    ("Xi met Putin in Moscow, where the two leaders discussed the BRICS summit.", "2024-10-25",
     set(), {("moscow", "hosts", BRICS16)}),
    ("Президент России Владимир Путин прилетел в Пекин из Тяньцзиня, где он участвовал в саммите ШОС.", "2025-09-02",
     {("tianjin", "hosts", SCO25), (PUTIN, "attends", SCO25)}, {("beijing", "hosts", SCO25)}),
    ("Си Цзиньпин прилетел в Казань, где примет участие в XVI саммите БРИКС.", "2024-10-22",
     {("kazan", "hosts", BRICS16), (XI, "attends", BRICS16), (XI, "visits", "kazan")}, set()),
    ("Путин вернулся в Москву, где встретился с участниками саммита БРИКС.", "2024-10-25",
     set(), {("moscow", "hosts", BRICS16)}),
    ("俄罗斯总统普京抵达天津，出席上海合作组织峰会。", "2025-08-31",
     {("tianjin", "hosts", SCO25), (PUTIN, "attends", SCO25), (PUTIN, "visits", "tianjin")}, set()),
    ("普京抵达北京，随后出席上海合作组织峰会。", "2025-08-31", set(), {("beijing", "hosts", SCO25)}),
    ("Tổng thống Nga Vladimir Putin đã đến Kazan, nơi ông dự Hội nghị thượng đỉnh BRICS lần thứ 16.", "2024-10-22",
     {("kazan", "hosts", BRICS16), (PUTIN, "attends", BRICS16), (PUTIN, "visits", "kazan")}, set()),
    ("Thủ tướng Phạm Minh Chính đã tới Kazan, nơi diễn ra Hội nghị thượng đỉnh BRICS lần thứ 16.", "2024-10-22",
     {("kazan", "hosts", BRICS16), ("pham-minh-chinh", "visits", "kazan")}, set()),
    # delegations and companions: the leader attends as well
    ("Министр иностранных дел Сергей Лавров в составе делегации во главе с президентом Владимиром Путиным "
     "участвовал в саммите ШОС в Тяньцзине.", "2025-09-01", both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("В составе российской делегации во главе с Владимиром Путиным в саммите ШОС участвовал Сергей Лавров.",
     "2025-09-01", both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("Лавров встретился с делегацией во главе с Ван И накануне саммита ШОС.", "2025-09-01",
     set(), both((LAVROV, WANG), "attends", SCO25)),
    ("As part of the delegation led by President Vladimir Putin, Foreign Minister Sergei Lavrov attended the SCO "
     "summit in Tianjin.", "2025-09-01", both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("Foreign Minister Sergei Lavrov, a member of the Russian delegation led by Vladimir Putin, attended the SCO "
     "summit.", "2025-09-01", both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("Sergei Lavrov accompanied Vladimir Putin to the SCO summit in Tianjin.", "2025-09-01",
     both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("Lavrov met members of the delegation led by Wang Yi before the SCO summit.", "2025-09-01",
     set(), both((LAVROV, WANG), "attends", SCO25)),
    ("外交部长王毅随同习近平出席上海合作组织峰会。", "2025-09-01", both((WANG, XI), "attends", SCO25), set()),
    ("拉夫罗夫作为普京率领的俄罗斯代表团成员出席上海合作组织峰会。", "2025-09-01",
     both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("Ngoại trưởng Sergei Lavrov tháp tùng Tổng thống Vladimir Putin dự Hội nghị thượng đỉnh SCO.", "2025-09-01",
     both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("Vladimir Putin, accompanied by Foreign Minister Sergei Lavrov, attended the SCO summit in Tianjin.",
     "2025-09-01", both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("Accompanied by Sergei Lavrov, Vladimir Putin attended the SCO summit.", "2025-09-01",
     both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("Владимир Путин в сопровождении Сергея Лаврова принял участие в саммите ШОС.", "2025-09-01",
     both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("В сопровождении Сергея Лаврова Владимир Путин прибыл на саммит ШОС.", "2025-09-01",
     both((LAVROV, PUTIN), "attends", SCO25), set()),
    ("习近平在王毅陪同下出席上海合作组织峰会。", "2025-09-01", both((WANG, XI), "attends", SCO25), set()),
    ("Đoàn đại biểu cấp cao Việt Nam do Thủ tướng Phạm Minh Chính dẫn đầu đã tới Kazan, nơi diễn ra Hội nghị thượng "
     "đỉnh BRICS lần thứ 16.", "2024-10-23", {("pham-minh-chinh", "visits", "kazan"), ("kazan", "hosts", BRICS16)},
     set()),
    ("A Chinese delegation led by Vice Premier Ding Xuexiang arrived in Moscow on Monday.", "2024-05-06",
     {("ding-xuexiang", "visits", "moscow")}, set()),
    ("Делегация во главе с Ван И прибыла в Москву.", "2024-04-08", {(WANG, "visits", "moscow")}, set()),
    ("王毅率领的中国代表团抵达莫斯科。", "2024-04-08", {(WANG, "visits", "moscow")}, set()),
    # visits told by other verbs and nouns; none for a leader at home
    ("普京结束哈尔滨行程。", "2024-05-18", {(PUTIN, "visits", "harbin")}, set()),
    ("普京在哈尔滨期间会见了当地官员。", "2024-05-18", {(PUTIN, "visits", "harbin")}, set()),
    ("习近平在北京期间会见了普京。", "2024-05-18", set(), {(XI, "visits", "beijing"), (PUTIN, "visits", "beijing")}),
    ("Прибывший в Пекин с визитом президент России Владимир Путин провел переговоры с Си Цзиньпином.", "2024-05-16",
     {(PUTIN, "visits", "beijing")}, {(XI, "visits", "beijing")}),
    ("Си Цзиньпин встретился с находящимся в Москве с визитом премьер-министром Индии Нарендрой Моди.", "2024-07-09",
     {(MODI, "visits", "moscow")}, {(XI, "visits", "moscow")}),
    ("Си Цзиньпин провел переговоры с прибывшим в Пекин с визитом президентом России Владимиром Путиным.",
     "2024-05-16", {(PUTIN, "visits", "beijing")}, {(XI, "visits", "beijing")}),
    ("Путин, прибывший в Китай с государственным визитом, провел переговоры с Си Цзиньпином.", "2024-05-16",
     {(PUTIN, "visits", "china")}, set()),
    ("Находящийся в Москве с визитом президент Путин провел совещание.", "2024-05-16",
     set(), {(PUTIN, "visits", "moscow")}),
    ("По приглашению Сергея Лаврова Москву посетит министр иностранных дел КНР Ван И.", "2024-04-08",
     {(WANG, "visits", "moscow")}, {(LAVROV, "visits", "moscow")}),
    ("На следующей неделе Китай посетит с государственным визитом Владимир Путин.", "2024-04-08",
     {(PUTIN, "visits", "china")}, set()),
    ("Си Цзиньпин пригласил Путина посетить Китай.", "2024-04-08", set(), {(PUTIN, "visits", "china")}),
    ("Китай не посетит Моди.", "2024-04-08", set(), {(MODI, "visits", "china")}),
    ("Trong thời gian ở Cáp Nhĩ Tân, Tổng thống Nga Vladimir Putin đã gặp sinh viên.", "2024-05-17",
     {(PUTIN, "visits", "harbin")}, set()),
    ("Tổng thống Nga Vladimir Putin đã gặp sinh viên trong thời gian ở Cáp Nhĩ Tân.", "2024-05-17",
     {(PUTIN, "visits", "harbin")}, set()),
    ("Trong thời gian ở Bắc Kinh, Chủ tịch Tập Cận Bình đã gặp Tổng thống Putin.", "2024-05-17",
     set(), {(XI, "visits", "beijing")}),
    ("Trong chuyến thăm Trung Quốc, Tổng thống Nga Vladimir Putin đã gặp sinh viên.", "2024-05-17",
     {(PUTIN, "visits", "china")}, set()),
    ("Trong chuyến thăm Nga, Chủ tịch Tập Cận Bình đã hội đàm với Tổng thống Putin.", "2024-05-17",
     {(XI, "visits", "russia")}, {(PUTIN, "visits", "russia")}),
    ("During his stay in Harbin, Vladimir Putin met students.", "2024-05-17", {(PUTIN, "visits", "harbin")}, set()),
    ("Vladimir Putin, who is in Beijing on a state visit, met students.", "2024-05-17",
     {(PUTIN, "visits", "beijing")}, set()),
    ("During the visit to Beijing, Xi Jinping held talks with Vladimir Putin.", "2024-05-17",
     set(), {(XI, "visits", "beijing")}),
    ("Находящийся с визитом в Пекине Владимир Путин встретился со студентами.", "2024-05-16",
     {(PUTIN, "visits", "beijing")}, set()),
    ("Находящийся в Москве посол КНР Чжан Ханьхуэй заявил о поддержке.", "2024-04-08",
     set(), {("zhang-hanhui", "visits", "moscow")}),
    ("Прибывший в Пекин президент России Владимир Путин провел переговоры с Си Цзиньпином.", "2024-05-16",
     {(PUTIN, "visits", "beijing")}, set()),
    ("普京结束在哈尔滨的行程。", "2024-05-17", {(PUTIN, "visits", "harbin")}, set()),
    # leaving a place tells a visit to it (foreign visitors only)
    ("Vladimir Putin left Beijing for Harbin on Friday.", "2024-05-17",
     {(PUTIN, "visits", "beijing"), (PUTIN, "visits", "harbin")}, set()),
    ("Vladimir Putin left Moscow for Beijing on Friday.", "2024-05-17", set(), {(PUTIN, "visits", "moscow")}),
    ("Vladimir Putin said Russian troops left Kherson.", "2024-05-17", set(), {(PUTIN, "visits", "kherson")}),
    ("Vladimir Putin, in China on a two-day state visit, met students.", "2024-05-17", {(PUTIN, "visits", "china")},
     set()),
    ("Visiting Russian President Vladimir Putin met students in Harbin.", "2024-05-17", {(PUTIN, "visits", "harbin")},
     set()),
    ("Путин покинул Пекин и направился в Харбин.", "2024-05-17", {(PUTIN, "visits", "beijing")}, set()),
    ("Путин покинул Москву.", "2024-05-17", set(), {(PUTIN, "visits", "moscow")}),
    ("普京离开北京前往哈尔滨。", "2024-05-17", {(PUTIN, "visits", "beijing")}, set()),
    ("Tổng thống Putin rời Bắc Kinh, lên đường tới Cáp Nhĩ Tân.", "2024-05-17", {(PUTIN, "visits", "beijing")}, set()),
    ("俄罗斯总统普京在结束对北京的访问后前往哈尔滨。在哈尔滨期间，普京出席中俄博览会开幕式。", "2024-05-17",
     {("harbin", "hosts", EXPO), (PUTIN, "visits", "harbin"), (PUTIN, "attends", EXPO)}, set()),
    ("普京在北京期间以视频方式出席中俄博览会开幕式。", "2024-05-17", set(), {("beijing", "hosts", EXPO)}),
    ("在华访问期间，俄罗斯总统普京参观了展览。", "2024-05-17", {(PUTIN, "visits", "china")}, set()),
    ("在北京期间，王毅会见了拉夫罗夫。", "2024-05-17", set(), {(WANG, "visits", "beijing"), (LAVROV, "visits", "beijing")}),
    ("Russian President Vladimir Putin, on the second day of his state visit to China, travelled to Harbin, where he "
     "attended the opening of the China-Russia Expo.", "2024-05-17",
     {("harbin", "hosts", EXPO), (PUTIN, "visits", "harbin"), (PUTIN, "visits", "china")}, set()),
    # a 'where'-clause that reports attendance, a meeting on the sidelines or the event itself
    ("Vladimir Putin arrived in Astana on Wednesday, where he is attending the SCO summit.", "2024-07-03",
     {("astana", "hosts", "2024-sco-summit")}, set()),
    ("Xi Jinping flew to Kazan, where he held talks with Vladimir Putin on the sidelines of the 16th BRICS summit.",
     "2024-10-22", {("kazan", "hosts", BRICS16), (XI, "visits", "kazan")}, set()),
    ("Vladimir Putin returned to Moscow, where he said the 16th BRICS summit had been a success.", "2024-10-25",
     set(), {("moscow", "hosts", BRICS16)}),
    ("Путин прибыл в Тяньцзинь, где на полях саммита ШОС провел переговоры с Моди.", "2025-08-31",
     {("tianjin", "hosts", SCO25)}, set()),
    ("Путин прилетел в Казань, где сегодня открывается XVI саммит БРИКС.", "2024-10-22",
     {("kazan", "hosts", BRICS16)}, set()),
    ("Путин прибыл в Казань, где на этой неделе проходит XVI саммит БРИКС.", "2024-10-22",
     {("kazan", "hosts", BRICS16)}, set()),
    ("Путин прибыл в Казань, где не пройдет саммит БРИКС.", "2024-10-22", set(), {("kazan", "hosts", BRICS16)}),
    ("Vladimir Putin returned to Moscow, where he told reporters about talks on the sidelines of the 16th BRICS "
     "summit.", "2024-10-25", set(), {("moscow", "hosts", BRICS16)}),
    ("Путин прибыл в Тяньцзинь, где провел переговоры с Моди на полях саммита ШОС.", "2025-08-31",
     {("tianjin", "hosts", SCO25)}, set()),
    ("Путин вернулся в Москву, где рассказал о переговорах на полях саммита ШОС.", "2025-09-03",
     set(), {("moscow", "hosts", SCO25)}),
    ("Thủ tướng Phạm Minh Chính về Hà Nội, nơi ông nói về các cuộc gặp bên lề Hội nghị thượng đỉnh BRICS lần thứ 16.",
     "2024-10-26", set(), {("hanoi", "hosts", BRICS16)}),
    ("Vladimir Putin arrived in Kazan, which hosts the 16th BRICS summit.", "2024-10-22",
     {("kazan", "hosts", BRICS16), (PUTIN, "visits", "kazan")}, {(PUTIN, "hosts", BRICS16)}),
    ("Vladimir Putin met Narendra Modi, who supports the BRICS.", "2024-10-22",
     {(MODI, "supports", "brics")}, {(PUTIN, "supports", "brics")}),
    ("Путин прибыл в Казань, принимающую XVI саммит БРИКС.", "2024-10-22", {("kazan", "hosts", BRICS16)}, set()),
    ("普京飞抵天津，并将出席上海合作组织峰会。", "2025-08-31", {("tianjin", "hosts", SCO25)}, set()),
    ("Premier Li Qiang held talks with Prime Minister Mikhail Mishustin. Vladimir Putin sent greetings. The two "
     "prime ministers attended the China-Russia Expo.", None, both((LI, MISHUSTIN), "attends", EXPO),
     {(PUTIN, "attends", EXPO)}),
    ("Thủ tướng Phạm Minh Chính đến Kazan, nơi ông gặp Tổng thống Putin bên lề Hội nghị thượng đỉnh BRICS lần thứ 16.",
     "2024-10-23", {("kazan", "hosts", BRICS16)}, set()),
]


@pytest.mark.parametrize("text,published,present,absent", CLAUSES)
def test_clause(text, published, present, absent):
    facts = facts_of(text, published=published)
    assert present <= facts
    assert not absent & facts
