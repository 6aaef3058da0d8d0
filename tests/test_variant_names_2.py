"""Variant spellings outlets use for people and places of persons-world, persons-asia, places,
places-more and places-world: one row per variant (other romanisations, Taiwanese / Hong Kong
transliterations, TASS/RIA forms, Nhân Dân-style transliterations, Japanese surname-first order).

Each row: a short sentence written for this test, the publication date, the entity that must be
found, and optionally entities that must NOT be found (negative rows: ordinary words that look
like a name).
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text


def found(text: str, published: str) -> set[str]:
    doc = extract_text(text, published=published)
    return {m.entity for m in doc.mentions if m.entity}


ROWS = [
    # --- English: other romanisations and word orders
    ("Egypt's former president Mohammad Morsi appeared in court.", "2014-01-28", "mohamed-morsi"),
    ("Foreign Minister Sameh Shukri arrived in Moscow on Monday.", "2021-04-12", "sameh-shoukry"),
    ("Saudi Foreign Minister Adel Jubeir held talks in Beijing.", "2017-03-15", "adel-al-jubeir"),
    ("Prince Saud al-Faisal received the Russian envoy in Riyadh.", "2013-05-20", "saud-al-faisal"),
    ("Dubai ruler Mohammed bin Rashid Al-Maktoum opened the forum.", "2019-02-10", "mohammed-bin-rashid"),
    ("Abdullah bin Zayed met the Chinese foreign minister.", "2022-01-12", "abdullah-bin-zayed"),
    ("Former British prime minister Elizabeth Truss spoke in Taipei.", "2023-05-17", "liz-truss"),
    ("Ukrainian Foreign Minister Dmitry Kuleba flew to Guangzhou.", "2024-07-24", "dmytro-kuleba"),
    ("Prime Minister Denis Shmygal announced new measures.", "2022-05-01", "denys-shmyhal"),
    ("Prime Minister Vladimir Groysman visited Brussels.", "2017-06-01", "volodymyr-groysman"),
    ("Ukrainian Prime Minister Nikolai Azarov visited Beijing.", "2013-12-04", "mykola-azarov"),
    ("Belarusian Foreign Minister Vladimir Makey met Wang Yi.", "2021-06-10", "vladimir-makei"),
    ("Foreign Minister Sergey Aleinik arrived in Beijing.", "2022-12-10", "sergei-aleinik"),
    ("Defence Minister Victor Khrenin visited the exhibition.", "2023-08-15", "viktor-khrenin"),
    ("Prime Minister Sergey Rumas met Chinese investors.", "2019-04-25", "sergei-rumas"),
    ("Azerbaijani Foreign Minister Elmar Mamedyarov visited Moscow.", "2019-04-11", "elmar-mammadyarov"),
    ("Foreign Minister Ceyhun Bayramov met his Russian counterpart.", "2023-03-01", "jeyhun-bayramov"),
    ("Armenian President Serzh Sarkisian arrived in Moscow.", "2013-09-03", "serzh-sargsyan"),
    ("President Armen Sarkisyan attended the ceremony.", "2019-06-06", "armen-sarkissian"),
    ("South Korean President Lee Myung Bak met Hu Jintao.", "2012-01-09", "lee-myung-bak"),
    ("Prime Minister Han Duck Soo attended the Asian Games ceremony.", "2023-09-23", "han-duck-soo"),
    ("Foreign Minister Kang Kyung Wha held talks with Wang Yi.", "2020-11-26", "kang-kyung-wha"),
    ("Foreign Minister MOTEGI Toshimitsu met Sergey Lavrov.", "2020-09-25", "toshimitsu-motegi"),
    ("Foreign Minister Hayashi Yoshimasa spoke with Wang Yi by phone.", "2022-11-18", "yoshimasa-hayashi"),
    ("Foreign Minister Kamikawa Yoko visited Beijing.", "2024-01-10", "yoko-kamikawa"),
    ("Defense Minister Nakatani Gen met Dong Jun in Singapore.", "2025-05-31", "gen-nakatani"),
    ("Defense Minister Koizumi Shinjiro inspected the unit.", "2025-11-01", "shinjiro-koizumi"),
    ("Cambodia's Samdech Techo Hun Sen received the delegation.", "2023-06-05", "hun-sen"),
    ("Foreign Minister Hor Nam Hong visited Hanoi.", "2013-02-20", "hor-namhong"),
    ("Malaysian Prime Minister Muhyiddin Yasin spoke with Xi Jinping.", "2021-03-01", "muhyiddin-yassin"),
    ("The delegation then flew to Nur-Sultan for talks.", "2021-05-10", "astana"),
    ("Tensions rose in the Taiwan Straits this week.", "2022-08-05", "taiwan-strait"),
    ("Officials from the Xinjiang Uygur Autonomous Region attended.", "2023-06-01", "xinjiang"),
    ("China and Russia discussed the Mideast situation.", "2024-04-16", "middle-east"),
    ("The governor of Primorye Territory met the Chinese consul.", "2023-07-20", "primorsky-krai"),
    ("A trade fair opened in Transbaikalia on Friday.", "2023-09-08", "zabaykalsky-krai"),
    ("The forum in Bo'ao opened on Tuesday.", "2024-03-26", "boao"),
    # --- Russian: TASS/RIA forms (case forms are generated)
    ("Министр иностранных дел Адель Джубейр прибыл в Москву.", "2017-08-21", "adel-al-jubeir"),
    ("Вице-президент ОАЭ Мухаммед бен Рашид Аль Мактум прибыл в Москву.", "2019-10-15", "mohammed-bin-rashid"),
    ("Министр иностранных дел ОАЭ Абдалла бен Зайед прибыл в Москву.", "2021-03-09", "abdullah-bin-zayed"),
    pytest.param("Путин провел переговоры с Мухаммедом бен Рашидом Аль Мактумом.", "2019-10-15", "mohammed-bin-rashid",
                 marks=pytest.mark.xfail(reason="case forms decline the particles бен/Аль (беном Рашидом Алем): kg/extract/inflect.py, not catalogue data")),
    pytest.param("Лавров встретился с Абдаллой бен Зайедом.", "2021-03-09", "abdullah-bin-zayed",
                 marks=pytest.mark.xfail(reason="case forms decline the particle бен (беном Зайедом): kg/extract/inflect.py")),
    ("Глава Пентагона Джим Мэттис заявил о новой стратегии.", "2018-01-19", "jim-mattis"),
    ("Председатель Госсовета Мьянмы Мин Аун Хлайн прибыл в Москву.", "2024-03-04", "min-aung-hlaing"),
    ("Министр иностранных дел Бразилии Мауру Виейра посетил Пекин.", "2023-04-14", "mauro-vieira"),
    ("Министр иностранных дел Бразилии Карлос Франса прибыл в Москву.", "2022-02-16", "carlos-franca"),
    pytest.param("Лавров провел переговоры с Карлосом Франсой.", "2022-02-16", "carlos-franca",
                 marks=pytest.mark.xfail(reason="a man's surname in -а (Франса) is not declined (Франсой): kg/extract/inflect.py")),
    ("Сообщение о кончине королевы Елизаветы Второй пришло из Лондона.", "2022-09-08", "elizabeth-ii"),
    ("Путин встретился с Джавадом Зарифом в Кремле.", "2020-09-24", "mohammad-javad-zarif"),
    ("Лавров провел переговоры с Хосейном Амиром Абдоллахияном.", "2022-03-30", "hossein-amir-abdollahian"),
    ("Исполняющий обязанности министра Али Багери Кяни прибыл в Москву.", "2024-07-10", "ali-bagheri-kani"),
    ("Президент Ирана Махмуд Ахмадинеджад прибыл в Шанхай.", "2010-06-10", "mahmoud-ahmadinejad"),
    ("Король Камбоджи Нородом Сихамони посетил Пекин.", "2023-05-10", "norodom-sihamoni"),
    ("Делегация посетила Забайкалье и Приморье.", "2023-09-08", "zabaykalsky-krai"),
    # --- Chinese: Taiwanese and Hong Kong transliterations
    ("美國國防部長潘內達抵達北京訪問。", "2012-09-18", "leon-panetta"),
    ("英國外相夏偉林今日訪問北京。", "2012-07-20", "william-hague"),
    ("英國財相夏文達率團訪華。", "2017-04-26", "philip-hammond"),
    ("英國外相侯俊偉與王毅通電話。", "2019-03-20", "jeremy-hunt"),
    ("英國外相藍韜文表示關注。", "2021-03-10", "dominic-raab"),
    ("英國外相祁湛明抵達北京訪問。", "2023-08-30", "james-cleverly"),
    ("英國外相林德偉週五訪問北京。", "2024-10-18", "david-lammy"),
    ("歐盟外交與安全政策高級代表波瑞爾表示。", "2022-04-01", "josep-borrell"),
    ("英國女王伊莉莎白二世辭世。", "2022-09-09", "elizabeth-ii"),
    ("英皇查理斯三世加冕典禮今日舉行。", "2023-05-06", "charles-iii"),
    ("美國貿易代表葛里爾表示將與中方談判。", "2025-05-10", "jamieson-greer"),
    ("沙特外交大臣阿德尔·朱拜尔访问莫斯科。", "2017-08-21", "adel-al-jubeir"),
    ("伊朗總統阿瑪迪內賈德抵達北京。", "2012-06-06", "mahmoud-ahmadinejad"),
    ("印尼總統尤多約諾訪問北京。", "2012-03-23", "susilo-bambang-yudhoyono"),
    # --- Vietnamese: Nhân Dân-style transliterations and VNA forms
    ("Tổng thống Pháp N.Xác-cô-di đã tới Bắc Kinh.", "2011-08-25", "nicolas-sarkozy"),
    ("Tổng thống I-ran M.Ah-ma-đi-nê-giát thăm Trung Quốc.", "2012-06-06", "mahmoud-ahmadinejad"),
    ("Thủ tướng Lào Thoòng-xinh Thăm-ma-vông tiếp Đại sứ Nga.", "2013-05-10", "thongsing-thammavong"),
    ("Tổng Bí thư, Chủ tịch nước Lào Chum-ma-ly Xay-nha-xỏn thăm Mát-xcơ-va.", "2011-10-12", "choummaly-sayasone"),
    ("Bộ trưởng Ngoại giao Lào Xa-lơm-xay Côm-ma-xít tiếp Đại sứ Trung Quốc.", "2019-03-12", "saleumxay-kommasith"),
    ("Thủ tướng Hàn Quốc Han Duck Soo tiếp Đại sứ Nga.", "2023-04-10", "han-duck-soo"),
    ("Bộ trưởng Ngoại giao Iran Javad Zarif tới Bắc Kinh.", "2019-08-27", "mohammad-javad-zarif"),
    ("Đoàn đại biểu đã tới Nur-Sultan dự hội nghị.", "2021-05-10", "astana"),
    ("Hội nghị được tổ chức tại Hồng Công vào tuần trước.", "2019-11-20", "hong-kong"),
    ("Các nhà đầu tư từ Macao và Đài Loan tham dự.", "2019-11-20", "macau"),
    ("Hội nghị về giải trừ quân bị diễn ra tại Genève.", "2021-06-16", "geneva"),
    ("Hội nghị cấp cao APEC diễn ra tại Ma-ni-la.", "2015-11-18", "manila"),
    ("Hội nghị cấp cao APEC lần thứ 24 diễn ra tại Li-ma.", "2016-11-19", "lima"),
    ("Chủ tịch nước đã tới Xan Phran-xi-xcô dự hội nghị APEC.", "2023-11-14", "san-francisco"),
    ("Hội nghị thượng đỉnh G20 khai mạc tại Ô-xa-ca.", "2019-06-28", "osaka"),
    ("Hội nghị thượng đỉnh G20 diễn ra tại Bri-xbên.", "2014-11-15", "brisbane"),
    ("Hội nghị thượng đỉnh G20 khai mạc tại Bu-ê-nốt Ai-rét.", "2018-11-30", "buenos-aires"),
    ("Thủ tướng đã tới Can-bê-ra hội đàm.", "2018-03-14", "canberra"),
    ("Phái đoàn đã tới Ốt-ta-oa.", "2018-03-14", "ottawa"),
    ("Hội nghị được tổ chức tại Ma-đrít.", "2022-06-29", "madrid"),
    ("Phái đoàn đã tới Xtốc-khôm.", "2022-06-29", "stockholm"),
    ("Cuộc đàm phán diễn ra tại Ô-xlô.", "2022-06-29", "oslo"),
    # --- batch 2: more romanisations, TASS-English forms, Japanese order, Taiwanese city names
    ("Egyptian Prime Minister Mustafa Madbouly arrived in Beijing.", "2024-05-29", "mostafa-madbouly"),
    ("Foreign Minister Pavel Klimkin said talks would continue.", "2016-03-01", "pavlo-klimkin"),
    ("Andrey Yermak, head of the presidential office, met the envoy.", "2023-02-10", "andriy-yermak"),
    ("Acting President Alexander Turchinov signed the decree.", "2014-04-14", "oleksandr-turchynov"),
    ("Prime Minister Bakytzhan Sagintaev visited Urumqi.", "2017-06-01", "bakytzhan-sagintayev"),
    ("Foreign Minister Erlan Idrisov met Wang Yi in Astana.", "2015-12-14", "erlan-idrissov"),
    ("Kyrgyz Prime Minister Temir Sariev visited Beijing.", "2015-09-01", "temir-sariyev"),
    ("Prime Minister Joomart Otorbaev met Li Keqiang.", "2014-05-19", "djoomart-otorbaev"),
    ("Uzbek Foreign Minister Abdulaziz Komilov held talks in Moscow.", "2020-10-07", "abdulaziz-kamilov"),
    ("Prime Minister Noda Yoshihiko met Wen Jiabao.", "2011-12-25", "yoshihiko-noda"),
    ("Defense Minister Onodera Itsunori met Sergei Shoigu.", "2017-03-20", "itsunori-onodera"),
    ("Defence Minister Hishamuddin Hussein met the Chinese delegation.", "2015-11-12", "hishammuddin-hussein"),
    ("A fire broke out in the Krasnodar Territory overnight.", "2023-08-10", "krasnodar-krai"),
    ("The delegation arrived in Ashkhabad on Sunday.", "2018-04-01", "ashgabat"),
    ("Russian officials flew to Teheran for talks.", "2018-09-07", "tehran"),
    ("Putin received the guest at Novo-Ogarevo.", "2019-07-10", "novo-ogaryovo"),
    ("The ceremony took place at the Constantine Palace in Strelna.", "2021-06-04", "konstantinovsky-palace"),
    ("Премьер-министр Карлус Франса и Антонио Патриота прибыли в Пекин.", "2013-04-10", "antonio-patriota"),
    ("法國外長巴侯抵達北京訪問。", "2025-03-27", "jean-noel-barrot"),
    ("法國外長柯隆納與王毅通電話。", "2023-02-10", "catherine-colonna"),
    ("歐洲理事會主席柯斯塔表示支持。", "2025-01-15", "antonio-costa"),
    ("國防部長希山慕丁會見中國代表團。", "2016-11-01", "hishammuddin-hussein"),
    ("Chinese and Russian officials visited Bolshoi Ussuriysky Island.", "2023-06-01", "bolshoy-ussuriysky-island"),
    ("Делегация прибыла в Улаанбаатар в понедельник.", "2019-09-02", "ulaanbaatar"),
    ("Переговоры прошли в Рияде на прошлой неделе.", "2025-02-18", "riyadh"),
    ("馬來西亞外交部長莫哈末哈山抵達北京訪問。", "2024-02-01", "mohamad-hasan"),
    ("委內瑞拉首都卡拉卡斯發生示威。", "2024-07-30", "caracas"),
    ("塞爾維亞首都貝爾格勒舉行歡迎儀式。", "2024-05-07", "belgrade"),
    ("喬治亞首都提比里斯爆發抗議。", "2024-05-14", "tbilisi"),
    ("亞太經合會領袖會議在摩斯比港舉行。", "2018-11-18", "port-moresby"),
    ("澳洲總理在坎培拉接見訪客。", "2023-06-01", "canberra"),
    ("Thủ tướng Anh Đ.Ca-mơ-rơn thăm Trung Quốc.", "2013-12-02", "david-cameron"),
    ("Nữ hoàng Anh Ê-li-da-bét II qua đời.", "2022-09-08", "elizabeth-ii"),
    ("Thủ tướng U-crai-na M.A-da-rốp thăm Bắc Kinh.", "2013-12-04", "mykola-azarov"),
    ("Thủ tướng Cam-pu-chia Hun Xen tiếp Đại sứ Trung Quốc.", "2019-01-20", "hun-sen"),
    ("Quốc vương Cam-pu-chia Nô-rô-đôm Xi-ha-mô-ni thăm Bắc Kinh.", "2019-03-10", "norodom-sihamoni"),
    ("Phó Thủ tướng Hoa Nam Hông tiếp Đại sứ Nga.", "2013-02-20", "hor-namhong"),
    ("Bộ trưởng Ngoại giao Cam-pu-chia Pơ-rắc Xô-khon hội đàm với Ngoại trưởng Nga.", "2019-05-10", "prak-sokhonn"),
    ("Bộ trưởng Quốc phòng Cam-pu-chia Tê Banh tiếp đoàn Trung Quốc.", "2019-05-10", "tea-banh"),
    ("Thủ tướng Ma-lai-xi-a Ma-ha-thia Mô-ha-mát thăm Bắc Kinh.", "2018-08-18", "mahathir-mohamad"),
    ("Thủ tướng Ma-lai-xi-a Na-gíp Ra-dắc tiếp Thủ tướng Trung Quốc.", "2016-11-01", "najib-razak"),
    ("Bộ trưởng Ngoại giao In-đô-nê-xi-a Rét-nô Mác-xu-đi tới Mát-xcơ-va.", "2022-06-29", "retno-marsudi"),
    ("Chủ tịch Kim Nhật Thành từng thăm Bắc Kinh nhiều lần.", "2019-06-20", "kim-il-sung"),
    ("Nhà lãnh đạo Kim Châng In thăm Nga bằng tàu hỏa.", "2011-08-24", "kim-jong-il"),
]

# ordinary phrases that must NOT become the entity
NEGATIVE = [
    pytest.param("He said the two sides would take a lima bean approach to nothing.", "2024-01-01", "lima",
                 marks=pytest.mark.xfail(reason="pre-existing: the English label 'Lima' matches lower-case 'lima' (label matching ignores case)")),
    ("The mideast-bound cargo was delayed.", "2024-01-01", "boao"),
    ("Người dân thủ đô đi làm sớm, ma cây cối um tùm.", "2024-01-01", "manila"),
    ("Anh ấy là người Hồng trong gia đình, cây công nghiệp tốt.", "2024-01-01", "hong-kong"),
    ("Пожилая королева приехала к внучке.", "2024-01-01", "elizabeth-ii"),
    ("香港西貢的海灘吸引遊客。", "2024-01-01", "ho-chi-minh-city"),   # Sai Kung, not Saigon: 西贡 left out
    ("President Nursultan Nazarbaev met the delegation.", "2015-05-08", "astana"),   # 'Nursultan' alone left out
    ("Quả chuối bị tê, ông Banh đi chợ.", "2024-01-01", "tea-banh"),
    ("Trời mưa, Hoa nói chuyện với Nam.", "2024-01-01", "hor-namhong"),
    ("教師李永珍獲頒獎項。", "2024-01-01", "vientiane"),   # a given name: Taiwanese 永珍 (Vientiane) left out
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[f"{(r.values if hasattr(r, 'values') else r)[2]}-{i}" for i, r in enumerate(ROWS)])
def test_variant_found(text, published, expected):
    assert expected in found(text, published)


@pytest.mark.parametrize("text,published,absent", NEGATIVE, ids=[f"not-{(r.values if hasattr(r, 'values') else r)[2]}-{i}" for i, r in enumerate(NEGATIVE)])
def test_variant_not_found(text, published, absent):
    assert absent not in found(text, published)
