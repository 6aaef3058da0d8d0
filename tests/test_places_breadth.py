"""Breadth of the place catalogue: cities, regions and venues of China, Russia and their neighbours that
real reports name (kg/data/catalogue/places-more.json), found in English, Chinese (simplified
and traditional, Xinhua and CNA forms), Vietnamese (VNA forms, Nhân Dân transliterations, no diacritics) and
Russian (case forms). Every sentence was written for this table, not copied from an article.

Positive rows: the place is found, and the facts listed (visits / locatedIn / meets / hosts) are among those found.
Negative rows: ordinary phrases that contain a place name's characters or letters and must not become one
of the new places (长春 in an idiom or a person's name, 海防 "coastal defence", 海口 "a boast", грозный and
боровой the adjectives, находка "a find", the diacritic-free White House "Nha Trang", the Vietnamese
province Hà Nam, Sơn Tây and Thái Nguyên, West Lake Tây Hồ, the given names Huế and Thanh Hải, 老街 "an old
street", English "hue").
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text


D = "2025-06-10"

NEW_PLACES = {
    'akorda', 'aktau', 'aktobe', 'anadyr', 'andijan', 'arkhangelsk',
    'astrakhan', 'athens', 'atyrau', 'avaza', 'avdiivka', 'ba-dinh-hall',
    'ba-dinh-square', 'bakhmut', 'barnaul', 'beijing-capital-international-airport', 'belgorod', 'belgorod-oblast',
    'birobidzhan', 'boten', 'bratislava', 'brest', 'bryansk', 'bucharest',
    'bukhara', 'burabay', 'buryatia', 'can-tho', 'cape-town', 'changchun',
    'changsha', 'cheboksary', 'chechnya', 'china-national-convention-center', 'chisinau', 'colombo',
    'copenhagen', 'dandong', 'dhaka', 'donetsk', 'dubai', 'erenhot',
    'fergana', 'fuyuan', 'fuzhou', 'gansu', 'gomel', 'grodno',
    'grozny', 'guangxi', 'guilin', 'guiyang', 'guizhou', 'ha-long',
    'hai-phong', 'haikou', 'hanoi-opera-house', 'hefei', 'henan', 'hiroshima',
    'hohhot', 'huairou', 'hubei', 'hue', 'hunan', 'izhevsk',
    'jeddah', 'jiamusi', 'jiangxi', 'jinan', 'kaliningrad-oblast', 'kaluga',
    'karaganda', 'kashgar', 'kathmandu', 'kemerovo', 'kharkiv', 'kherson',
    'khiva', 'khorgos', 'khujand', 'kokand', 'kolkata', 'lang-son',
    'lanzhou', 'lao-cai', 'lhasa', 'lipetsk', 'lisbon', 'ljubljana',
    'luang-prabang', 'luhansk', 'lviv', 'magadan', 'makhachkala', 'mariupol',
    'mogilev', 'mohe', 'mudanjiang', 'mumbai', 'nagasaki', 'nairobi',
    'nakhodka', 'nanchang', 'national-assembly-house-hanoi', 'naypyidaw', 'ningxia', 'nizhneleninskoye',
    'norilsk', 'nukus', 'odesa', 'osh', 'pavlodar', 'penza',
    'petropavlovsk-kamchatsky', 'prague', 'pskov', 'qinghai', 'qiqihar', 'quang-ninh',
    'ryazan', 'salekhard', 'samara', 'santiago-chile', 'saratov', 'shanxi',
    'sharm-el-sheikh', 'shijiazhuang', 'shymkent', 'sichuan', 'simferopol', 'smolensk',
    'stavropol', 'surgut', 'suzhou', 'taiyuan', 'tambov', 'termez',
    'tongjiang', 'tula', 'tver', 'tyumen', 'ulyanovsk', 'ussuriysk',
    'veliky-novgorod', 'vitebsk', 'vologda', 'voronezh', 'xihu-state-guesthouse', 'xishuangbanna',
    'yangon', 'yanji', 'yaroslavl', 'yinchuan', 'yingtai',
    'yiwu', 'yunnan', 'zabaykalsk', 'zaporizhzhia', 'zavidovo', 'zhejiang',
    'zhengzhou', 'zhuhai',
}

# (text, published, place id expected among the entities, facts expected among those found)
CASES = [
    ('Wang Yi visited Guilin on Monday.', D, 'guilin', {('wang-yi', 'visits', 'guilin')}),
    ('Suzhou, a city in Jiangsu, hosted the trade fair.', D, 'suzhou', {('suzhou', 'locatedIn', 'jiangsu')}),
    ('Lavrov arrived in Lhasa for a two-day visit.', D, 'lhasa', {('sergey-lavrov', 'visits', 'lhasa')}),
    ('The delegation travelled from Hohhot to the border.', D, 'hohhot', set()),
    ('Putin visited Harbin and then Changchun.', D, 'changchun', {('vladimir-putin', 'visits', 'changchun')}),
    ('Business leaders met in Zhengzhou on Tuesday.', D, 'zhengzhou', set()),
    ('Lukashenko visited Dandong, a city on the border with North Korea.', D, 'dandong', {('alexander-lukashenko', 'visits', 'dandong')}),
    ('The Khorgos dry port handles rail freight to Kazakhstan.', D, 'khorgos', set()),
    ('Tokayev visited Kashgar in Xinjiang.', D, 'kashgar', {('kassym-jomart-tokayev', 'visits', 'kashgar'), ('kashgar', 'locatedIn', 'xinjiang')}),
    ('Yiwu, a city in Zhejiang, exports goods to Russia.', D, 'yiwu', {('yiwu', 'locatedIn', 'zhejiang')}),
    ('The governor spoke in Arkhangelsk.', D, 'arkhangelsk', set()),
    ('Drones struck Belgorod overnight.', D, 'belgorod', set()),
    ('Lukashenko met Putin in Pskov.', D, 'pskov', set()),
    ('The forum opened in Veliky Novgorod.', D, 'veliky-novgorod', set()),
    ('Xi Jinping visited Petropavlovsk-Kamchatsky.', D, 'petropavlovsk-kamchatsky', {('xi-jinping', 'visits', 'petropavlovsk-kamchatsky')}),
    ('Lukashenko hosted Putin in Vitebsk.', D, 'vitebsk', set()),
    ('The Forum of Regions was held in Grodno.', D, 'grodno', set()),
    ('Tokayev received the delegation in Shymkent.', D, 'shymkent', set()),
    ('The ministers met in Bukhara, Uzbekistan.', D, 'bukhara', {('bukhara', 'locatedIn', 'uzbekistan')}),
    ('Xi Jinping arrived in Naypyidaw for a state visit.', D, 'naypyidaw', {('xi-jinping', 'visits', 'naypyidaw')}),
    ('Russian forces entered Avdiivka in February.', D, 'avdiivka', set()),
    ('Heavy fighting continued around Bakhmut.', D, 'bakhmut', set()),
    ('The port of Odessa was shelled again.', D, 'odesa', set()),
    ('Lavrov flew to Prague for talks.', D, 'prague', {('sergey-lavrov', 'visits', 'prague')}),
    ('Wang Yi visited Athens, Greece.', D, 'athens', {('athens', 'locatedIn', 'greece'), ('wang-yi', 'visits', 'athens')}),
    ('Xi Jinping toured Yunnan Province last week.', D, 'yunnan', {('xi-jinping', 'visits', 'yunnan')}),
    ('Li Qiang inspected Guangxi.', D, 'guangxi', set()),
    ('Putin visited Chechnya in August.', D, 'chechnya', {('vladimir-putin', 'visits', 'chechnya')}),
    ('The talks took place at Ba Dinh Hall.', D, 'ba-dinh-hall', set()),
    ('王毅在桂林会见俄罗斯外长拉夫罗夫。', D, 'guilin', set()),
    ('拉夫罗夫抵达拉萨进行访问。', D, 'lhasa', {('sergey-lavrov', 'visits', 'lhasa')}),
    ('习近平在长春市考察调研。', D, 'changchun', set()),
    ('卢卡申科访问郑州。', D, 'zhengzhou', {('alexander-lukashenko', 'visits', 'zhengzhou')}),
    ('中俄地方合作论坛在哈尔滨和长沙举行。', D, 'changsha', set()),
    ('霍尔果斯口岸货运量创新高。', D, 'khorgos', set()),
    ('俄军攻占马里乌波尔。', D, 'mariupol', set()),
    ('烏軍撤出馬立波。', D, 'mariupol', set()),
    ('俄方称乌军袭击别尔哥罗德州。', D, 'belgorod-oblast', set()),
    ('澤倫斯基訪問札波羅熱。', D, 'zaporizhzhia', {('volodymyr-zelensky', 'visits', 'zaporizhzhia')}),
    ('王毅访问雅典。', D, 'athens', {('wang-yi', 'visits', 'athens')}),
    ('会议在迪拜举行。', D, 'dubai', set()),
    ('會議在杜拜舉行。', D, 'dubai', set()),
    ('习近平访问云南省。', D, 'yunnan', {('xi-jinping', 'visits', 'yunnan')}),
    ('卢卡申科访问浙江。', D, 'zhejiang', {('alexander-lukashenko', 'visits', 'zhejiang')}),
    ('普京在车臣共和国首府格罗兹尼会见卡德罗夫。', D, 'grozny', {('grozny', 'locatedIn', 'chechnya')}),
    ('Ngoại trưởng Vương Nghị thăm Quế Lâm.', D, 'guilin', {('wang-yi', 'visits', 'guilin')}),
    ('Đoàn đại biểu đã đến thăm Tô Châu, tỉnh Giang Tô.', D, 'suzhou', {('suzhou', 'locatedIn', 'jiangsu')}),
    ('Quân đội Nga kiểm soát Mariupol.', D, 'mariupol', set()),
    ('Lực lượng Nga tiến vào Ma-ri-u-pôn.', D, 'mariupol', set()),
    ('Ông Lukashenko tiếp đoàn tại Vitebsk.', D, 'vitebsk', set()),
    ('Tổng Bí thư Tô Lâm thăm Hải Phòng.', D, 'hai-phong', {('to-lam', 'visits', 'hai-phong')}),
    ('Thủ tướng Phạm Minh Chính làm việc tại Cần Thơ.', D, 'can-tho', set()),
    ('Hội nghị được tổ chức tại Hạ Long.', D, 'ha-long', set()),
    ('Thu tuong Pham Minh Chinh lam viec tai Hai Phong.', D, 'hai-phong', set()),
    ('Phái đoàn Nga đến thăm tỉnh Vân Nam.', D, 'yunnan', set()),
    ('Hội nghị diễn ra tại Hội trường Ba Đình.', D, 'ba-dinh-hall', set()),
    ('Lãnh đạo hai nước gặp nhau tại Praha.', D, 'prague', set()),
    ('Ông Tập Cận Bình thăm Nay Pyi Taw.', D, 'naypyidaw', {('xi-jinping', 'visits', 'naypyidaw')}),
    ('Лавров провёл переговоры в Смоленске.', D, 'smolensk', set()),
    ('Лукашенко и Путин встретились в Пскове.', D, 'pskov', set()),
    ('Форум регионов прошёл в Гродно.', D, 'grodno', set()),
    ('ВСУ обстреляли Белгород.', D, 'belgorod', set()),
    ('Губернатор Белгородской области сообщил об атаке.', D, 'belgorod-oblast', set()),
    ('Си Цзиньпин посетил Хабаровск и Магадан.', D, 'magadan', {('xi-jinping', 'visits', 'magadan')}),
    ('Токаев принял делегацию в Шымкенте.', D, 'shymkent', set()),
    ('Министр посетил Ош.', D, 'osh', set()),
    ('Ван И прибыл в Афины.', D, 'athens', {('wang-yi', 'visits', 'athens')}),
    ('Переговоры прошли в Праге.', D, 'prague', set()),
    ('Российские войска освободили Авдеевку.', D, 'avdiivka', set()),
    ('Лавров посетил провинцию Юньнань.', D, 'yunnan', {('sergey-lavrov', 'visits', 'yunnan')}),
    ('Делегация посетила Харбин и Чанчунь.', D, 'changchun', set()),
    ('Путин посетил Тулу.', D, 'tula', {('vladimir-putin', 'visits', 'tula')}),
    ('Выставка открылась в Твери.', D, 'tver', set()),
    pytest.param('Кадыров принял гостей в Грозном.', D, 'grozny', set(), marks=pytest.mark.xfail(strict=True, reason='the Russian label is "город Грозный" because the bare adjective грозный (Иван Грозный, грозное заявление) is an ordinary word')),
    # second batch: border crossings, provincial capitals, venues, Russian regional centres, Central Asia
    ('Putin visited Erenhot on the Mongolian border.', D, 'erenhot', {('vladimir-putin', 'visits', 'erenhot')}),
    ('普京访问二连浩特口岸。', D, 'erenhot', {('vladimir-putin', 'visits', 'erenhot')}),
    ('牡丹江市与乌苏里斯克签署友好城市协议。', D, 'mudanjiang', set()),
    ('Делегация из Цицикара прибыла в Хабаровск.', D, 'qiqihar', set()),
    ('Ông Putin đến thăm Giai Mộc Tư.', D, 'jiamusi', {('vladimir-putin', 'visits', 'jiamusi')}),
    ('The bridge links Fuyuan with Khabarovsk.', D, 'fuyuan', set()),
    ('Li Qiang visited Yinchuan, the capital of Ningxia.', D, 'yinchuan', {('li-qiang', 'visits', 'yinchuan'), ('yinchuan', 'locatedIn', 'ningxia')}),
    ('王毅在贵阳会见越南外长。', D, 'guiyang', set()),
    ('Trade fair opened in Haikou, Hainan.', D, 'haikou', {('haikou', 'locatedIn', 'hainan')}),
    ('Xi Jinping received Putin at Yingtai in Zhongnanhai.', D, 'yingtai', {('yingtai', 'locatedIn', 'zhongnanhai')}),
    ('Xi Jinping met Modi at the Xihu State Guesthouse in Hangzhou.', D, 'xihu-state-guesthouse', {('xihu-state-guesthouse', 'locatedIn', 'hangzhou')}),
    ('普京抵达北京首都国际机场。', D, 'beijing-capital-international-airport', {('vladimir-putin', 'visits', 'beijing-capital-international-airport')}),
    ('Путин посетил Уссурийск.', D, 'ussuriysk', {('vladimir-putin', 'visits', 'ussuriysk')}),
    ('Поезд пересек границу в Забайкальске.', D, 'zabaykalsk', set()),
    ('Путин посетил Калугу и Рязань.', D, 'ryazan', {('vladimir-putin', 'visits', 'ryazan')}),
    ('Совещание прошло в Ульяновске.', D, 'ulyanovsk', set()),
    ('Лавров прибыл в Махачкалу.', D, 'makhachkala', {('sergey-lavrov', 'visits', 'makhachkala')}),
    ('Mirziyoyev hosted the talks in Termez.', D, 'termez', set()),
    ('Tokayev met Xi Jinping in Burabay.', D, 'burabay', set()),
    ('Токаев принял Си Цзиньпина в Бурабае.', D, 'burabay', set()),
    ('Thủ tướng Phạm Minh Chính thăm Luông Pha Băng.', D, 'luang-prabang', {('pham-minh-chinh', 'visits', 'luang-prabang')}),
    ('中老铁路经磨丁口岸进入老挝。', D, 'boten', set()),
    ('Tổng Bí thư Tô Lâm làm việc tại tỉnh Lạng Sơn.', D, 'lang-son', set()),
    ('Đoàn đại biểu Trung Quốc thăm Quảng Ninh.', D, 'quang-ninh', set()),
    ('Wang Yi visited Kathmandu, Nepal.', D, 'kathmandu', {('kathmandu', 'locatedIn', 'nepal'), ('wang-yi', 'visits', 'kathmandu')}),
    ('Лавров прибыл в Кишинёв.', D, 'chisinau', {('sergey-lavrov', 'visits', 'chisinau')}),
    ('The climate conference was held in Sharm el-Sheikh, Egypt.', D, 'sharm-el-sheikh', {('sharm-el-sheikh', 'locatedIn', 'egypt')}),
    ('Mirziyoyev visited Khujand in Tajikistan.', D, 'khujand', {('khujand', 'locatedIn', 'tajikistan'), ('shavkat-mirziyoyev', 'visits', 'khujand')}),
    ('Putin held talks in Avaza, Turkmenistan.', D, 'avaza', {('avaza', 'locatedIn', 'turkmenistan')}),
    ('王毅访问里斯本。', D, 'lisbon', {('wang-yi', 'visits', 'lisbon')}),
    # hosts (open series resolved by the year) and locatedIn in each language
    ('Burabay will host the CSTO summit this year.', '2026-01-10', 'burabay', {('burabay', 'hosts', 'new/event/csto-summit-2026')}),
    ('Саммит ОДКБ в этом году пройдет в Бурабае.', '2026-01-10', 'burabay', {('burabay', 'hosts', 'new/event/csto-summit-2026')}),
    ('独联体峰会今年将在苦盏举行。', '2026-01-10', 'khujand', {('khujand', 'hosts', 'new/event/cis-summit-2026')}),
    ('Hội nghị thượng đỉnh CSTO năm nay sẽ diễn ra tại Burabay.', '2026-01-10', 'burabay', {('burabay', 'hosts', 'new/event/csto-summit-2026')}),
    ('The EAEU summit will be held in Grodno in December.', '2026-01-10', 'grodno', {('grodno', 'hosts', 'new/event/eaeu-summit-2026')}),
    ('Саммит ЕАЭС пройдет в Гродно.', '2026-01-10', 'grodno', {('grodno', 'hosts', 'new/event/eaeu-summit-2026')}),
    ('Simferopol, the capital of Crimea, hosted the forum.', '2024-05-01', 'simferopol', {('simferopol', 'locatedIn', 'crimea')}),
    ('二连浩特位于内蒙古自治区。', '2024-05-01', 'erenhot', {('erenhot', 'locatedIn', 'inner-mongolia')}),
    ('黑龙江省佳木斯市代表团访问哈巴罗夫斯克。', '2024-05-01', 'jiamusi', {('jiamusi', 'locatedIn', 'heilongjiang')}),
    ('Cần Thơ là thành phố lớn nhất ở đồng bằng sông Cửu Long.', '2024-05-01', 'can-tho', set()),
    ('Mẫu Đơn Giang là một thành phố của tỉnh Hắc Long Giang.', '2024-05-01', 'mudanjiang', {('mudanjiang', 'locatedIn', 'heilongjiang')}),
    ('Гродно — город в Белоруссии.', '2024-05-01', 'grodno', {('grodno', 'locatedIn', 'belarus')}),
    ('Mudanjiang, a city in Heilongjiang, borders Primorsky Krai.', '2024-05-01', 'mudanjiang', {('mudanjiang', 'locatedIn', 'heilongjiang')}),
    # third batch: provinces whose Vietnamese name is also a Vietnamese place (label 'Hà Nam (Trung Quốc)'),
    # border crossings, venues in Beijing, Astana, Hanoi; Huế and Nakhodka only in unambiguous forms
    ("Lavrov visited Henan, China's most populous inland province.", D, 'henan', {('henan', 'locatedIn', 'china'), ('sergey-lavrov', 'visits', 'henan')}),
    ('习近平在河南省郑州市考察。', D, 'henan', {('zhengzhou', 'locatedIn', 'henan')}),
    ('Ông Tập Cận Bình thị sát tỉnh Hà Nam, Trung Quốc.', D, 'henan', set()),
    ('Путин посетил провинцию Шаньси.', D, 'shanxi', {('vladimir-putin', 'visits', 'shanxi')}),
    ('王毅在山西太原会见外宾。', D, 'taiyuan', {('taiyuan', 'locatedIn', 'shanxi')}),
    ('Делегация Цинхая прибыла в Москву.', D, 'qinghai', set()),
    ('The Tongjiang–Nizhneleninskoye railway bridge opened in 2022.', D, 'nizhneleninskoye', set()),
    ('同江铁路大桥连接中国和俄罗斯。', D, 'tongjiang', set()),
    ('The APEC leaders met at Yanqi Lake in Huairou.', D, 'huairou', {('yanqi-lake', 'locatedIn', 'huairou')}),
    ('The Belt and Road Forum opened at the China National Convention Center.', D, 'china-national-convention-center', set()),
    ('Путин провёл совещание в Завидово.', D, 'zavidovo', set()),
    ('Tokayev received Xi Jinping at Akorda.', D, 'akorda', set()),
    ('Токаев принял Си Цзиньпина в Акорде.', D, 'akorda', set()),
    ('Lễ đón chính thức được tổ chức tại Quảng trường Ba Đình.', D, 'ba-dinh-square', set()),
    ('Xi Jinping laid a wreath at Ba Dinh Square.', D, 'ba-dinh-square', set()),
    ('Chủ tịch Quốc hội Trần Thanh Mẫn đón Chủ tịch Duma tại Nhà Quốc hội.', D, 'national-assembly-house-hanoi', set()),
    ('Buổi hòa nhạc diễn ra tại Nhà hát Lớn Hà Nội.', D, 'hanoi-opera-house', set()),
    ('Đoàn đại biểu Nga thăm Cố đô Huế.', D, 'hue', set()),
    ('The Russian delegation visited Hue City.', D, 'hue', set()),
    ('Chuyến tàu liên vận đi qua ga Lào Cai.', D, 'lao-cai', set()),
    ('The port of Nakhodka handles coal exports to China.', D, 'nakhodka', set()),
    ('Путин посетил город Находку.', D, 'nakhodka', {('vladimir-putin', 'visits', 'nakhodka')}),
]

# (text, published, the place the phrase must not become)
NEGATIVE = [
    ("四季长春，花开不败。", D, "changchun"),
    ("李长春出席了会议。", D, "changchun"),
    ("加强海防建设是重要任务。", D, "hai-phong"),
    ("A bright hue of red filled the sky.", D, None),
    ("Президент сделал грозное заявление.", D, "grozny"),
    ("Иван Грозный основал опричнину.", D, "grozny"),
    ("Tổng thống Mỹ phát biểu tại Nhà Trắng.", D, None),
    ("Phái đoàn thăm tỉnh Hà Nam của Việt Nam.", D, None),
    pytest.param("一张长沙发放在客厅里。", D, "changsha", marks=pytest.mark.xfail(
        strict=True, reason="长沙 inside 长沙发 (a long sofa): Chinese names are matched without word segmentation")),
    ('他在会上夸下海口。', D, 'haikou'),
    ('Tổng thống Pháp thăm Tây Hồ, Hà Nội.', D, None),
    ('Ученые сделали важную находку.', D, None),
    ('Охотники вышли в боровой лес.', D, 'burabay'),
    ('The sky took on a reddish hue.', D, None),
    ('Bà Nguyễn Thị Huế phát biểu tại hội nghị.', D, None),
    ('老街上的店铺很多。', D, None),
    ('Ông Lê Văn Thanh Hải phát biểu.', D, None),
    ('Ông Nguyễn Văn Hà Nam phát biểu.', D, None),
    ('Đoàn công tác đến thăm thị xã Sơn Tây.', D, None),
    ('Đoàn công tác đến thăm tỉnh Thái Nguyên.', D, None),
    ("对周边国家采取怀柔政策。", D, "huairou"),
    pytest.param("游客在长江西岸拍照。", D, "jiangxi", marks=pytest.mark.xfail(strict=True, reason=(
        "江西 across a word boundary (长江|西岸): Chinese names are matched without segmentation, as 山东 in 泰山东麓"))),
    pytest.param("黄河南岸的城市发展迅速。", D, "henan", marks=pytest.mark.xfail(strict=True, reason=(
        "河南 across a word boundary (黄河|南岸): no segmentation"))),
    pytest.param("王桂林出席会议。", D, "guilin", marks=pytest.mark.xfail(strict=True, reason=(
        "a given name 桂林 in an unknown person's name: no segmentation, as 张北京 -> Beijing"))),
    pytest.param("梁赞诺夫斯基出席活动。", D, "ryazan", marks=pytest.mark.xfail(strict=True, reason=(
        "梁赞 at the start of a transliterated surname the catalogue lacks"))),
]


@pytest.mark.parametrize("text,published,place,facts", CASES)
def test_place_found(text, published, place, facts):
    x = extract_text(text, published=published)
    assert place in x.entity_ids, x.entity_ids
    found = {f.key() for f in x.facts}
    assert facts <= found, (facts - found, found)


@pytest.mark.parametrize("text,published,place", NEGATIVE)
def test_not_a_new_place(text, published, place):
    ids = extract_text(text, published=published).entity_ids
    assert not (ids & NEW_PLACES), ids & NEW_PLACES
