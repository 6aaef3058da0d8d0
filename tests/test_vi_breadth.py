"""Vietnamese breadth of expression: one row per way Vietnamese news writing (TTXVN, VnExpress, Tuổi Trẻ,
VOV, Nhân Dân transliterations, text typed without diacritics) states attends, hosts, memberOf, visits,
locatedIn, signs, chairs, meets, cooperatesWith, supports/opposes — verbs and nouns, relative clauses,
nominal forms, fronted adverbials, lists, event anaphora, tense/aspect — and the cues that make a fact
NOT asserted (negation, refusal, absence, conditions, invitations, observers, applications).

Every sentence was written for this table (no article text). Expected sets are exact.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

PUTIN, XI, LAVROV, WANG, LI = "vladimir-putin", "xi-jinping", "sergey-lavrov", "wang-yi", "li-qiang"
MODI, LULA, TOKAYEV, LUKA, PASH = "narendra-modi", "lula-da-silva", "kassym-jomart-tokayev", "alexander-lukashenko", "nikol-pashinyan"
PEZ, ANWAR, PRABOWO, MISH, CHINH = "masoud-pezeshkian", "anwar-ibrahim", "prabowo-subianto", "mikhail-mishustin", "pham-minh-chinh"
CN, RU, VN, IN = "china", "russia", "vietnam", "india"
BRICS, SCO, EAEU, UN, UNSC = "brics", "shanghai-cooperation-organisation", "eurasian-economic-union", "united-nations", "un-security-council"
B16, B15, SCO24, SCO25 = "16th-brics-summit", "15th-brics-summit", "2024-sco-summit", "2025-sco-summit"
CSTO23 = "new/event/csto-summit-2023"


def lead(p, c):
    return (p, "leaderOf", c)


def meets(a, b):
    a, b = sorted((a, b))
    return (a, "meets", b)


def coop(a, b):
    a, b = sorted((a, b))
    return (a, "cooperatesWith", b)


# (text, published, expected facts (exact set))
CASES = [
    # ---------------------------------------------------------------- attends
    pytest.param("Thủ tướng Ấn Độ Narendra Modi đã có mặt tại Kazan để tham dự Hội nghị thượng đỉnh BRICS lần thứ 16.", "2024-10-22",
                 {lead(MODI, IN), (MODI, "visits", "kazan"), (MODI, "attends", B16), ("kazan", "hosts", B16)},
                 id="att-present-in-city-to-attend"),
    pytest.param("Chủ tịch Tập Cận Bình dẫn đầu đoàn đại biểu Trung Quốc dự Hội nghị thượng đỉnh SCO 2024.", "2024-07-03",
                 {lead(XI, CN), (XI, "attends", SCO24), (CN, "attends", SCO24)}, id="att-leads-delegation-to-attend"),
    pytest.param("Chủ tịch Tập Cận Bình dẫn đầu đoàn đại biểu Trung Quốc dự Hội nghị thượng đỉnh SCO 2024 tại Astana.", "2024-07-03",
                 {lead(XI, CN), (XI, "attends", SCO24), (CN, "attends", SCO24), ("astana", "hosts", SCO24), (XI, "visits", "astana")},
                 id="att-leads-delegation-venue-in-name",
                 marks=pytest.mark.xfail(strict=True, reason="the catalogue's alias 'Hội nghị thượng đỉnh SCO 2024 tại Astana' swallows "
                                         "the venue: event.venue-in-name gives Astana hosts, nothing gives the foreign attendee's visit")),
    pytest.param("Tổng thống Brazil Lula da Silva sang Moskva dự lễ duyệt binh kỷ niệm 80 năm Ngày Chiến thắng.", "2025-05-08",
                 {lead(LULA, "brazil"), (LULA, "visits", "moscow"), (LULA, "attends", "2025-moscow-victory-day-parade"),
                  ("moscow", "hosts", "2025-moscow-victory-day-parade")}, id="att-sang-city-du"),
    pytest.param("Tổng thống Kazakhstan Kassym-Jomart Tokayev góp mặt tại Diễn đàn Kinh tế Quốc tế St. Petersburg 2024.", "2024-06-07",
                 {lead(TOKAYEV, "kazakhstan"), (TOKAYEV, "attends", "spief-2024"), ("saint-petersburg", "hosts", "spief-2024")}, id="att-gop-mat"),
    pytest.param("Tổng thống Putin đã hội kiến Tổng thống Iran Masoud Pezeshkian, người đang ở Kazan để dự Hội nghị thượng đỉnh BRICS "
                 "lần thứ 16.", "2024-10-23",
                 {meets(PUTIN, PEZ), lead(PUTIN, RU), lead(PEZ, "iran"), (PEZ, "visits", "kazan"), (PEZ, "attends", B16),
                  ("kazan", "hosts", B16)}, id="att-relative-clause-in-city-to-attend"),
    pytest.param("Sự tham dự của Thủ tướng Trung Quốc Lý Cường tại Hội nghị thượng đỉnh G20 Rio de Janeiro được đánh giá cao.",
                 "2024-11-19", {lead(LI, CN), (LI, "attends", "2024-g20-rio-summit"), ("rio-de-janeiro", "hosts", "2024-g20-rio-summit")}, id="att-nominal-su-tham-du-cua"),
    pytest.param("Tại Hội nghị thượng đỉnh SCO 2025, Thủ tướng Ấn Độ Narendra Modi kêu gọi các nước tăng cường kết nối.", "2025-09-01",
                 {lead(MODI, IN), (MODI, "attends", SCO25)}, id="att-fronted-tai-event"),
    pytest.param("Bên lề Hội nghị thượng đỉnh BRICS lần thứ 16, Tổng thống Putin đã hội kiến Thủ tướng Ấn Độ Narendra Modi.", "2024-10-22",
                 {meets(PUTIN, MODI), lead(PUTIN, RU), lead(MODI, IN), (PUTIN, "attends", B16), (MODI, "attends", B16)},
                 id="att-fronted-ben-le"),
    pytest.param("Tổng thống Putin đã gặp Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan bên lề Hội nghị thượng đỉnh SCO 2024.", "2024-07-04",
                 {meets(PUTIN, "recep-tayyip-erdogan"), lead(PUTIN, RU), lead("recep-tayyip-erdogan", "turkey"),
                  (PUTIN, "attends", SCO24), ("recep-tayyip-erdogan", "attends", SCO24)}, id="att-trailing-ben-le"),
    pytest.param("Nhân dịp tham dự Diễn đàn Kinh tế phương Đông lần thứ 9, Thủ tướng Malaysia Anwar Ibrahim đã gặp Tổng thống Putin.",
                 "2024-09-04", {(ANWAR, "attends", "9th-eastern-economic-forum"), meets(ANWAR, PUTIN), lead(ANWAR, "malaysia"),
                                lead(PUTIN, RU), (PUTIN, "attends", "9th-eastern-economic-forum")}, id="att-nhan-dich-tham-du-fronted"),
    pytest.param("Tổng thống Belarus Alexander Lukashenko, Tổng thống Kazakhstan Kassym-Jomart Tokayev và Thủ tướng Armenia Nikol "
                 "Pashinyan cùng tham dự Hội nghị thượng đỉnh CSTO.", "2023-11-20",
                 {(LUKA, "attends", CSTO23), (TOKAYEV, "attends", CSTO23), (PASH, "attends", CSTO23), lead(LUKA, "belarus"),
                  lead(TOKAYEV, "kazakhstan"), lead(PASH, "armenia")}, id="att-list-subject"),
    pytest.param("Diễn đàn Hợp tác quốc tế Vành đai và Con đường lần thứ 3 khai mạc tại Bắc Kinh. Tổng thống Putin đã phát biểu tại "
                 "diễn đàn.", "2023-10-18",
                 {("beijing", "hosts", "3rd-belt-and-road-forum"), (PUTIN, "attends", "3rd-belt-and-road-forum"), lead(PUTIN, RU)},
                 id="att-anaphora-dien-dan"),
    pytest.param("Thủ tướng Campuchia Hun Manet sẽ tham dự Hội nghị Cấp cao ASEAN lần thứ 47 vào ngày 26/10.", "2025-10-20",
                 {lead("hun-manet", "cambodia"), ("hun-manet", "attends", "new/event/hoi-nghi-cap-cao-asean-lan-thu-47")},
                 id="att-future-with-day"),
    pytest.param("Tong thong Putin se tham du Hoi nghi thuong dinh BRICS lan thu 16 tai Kazan.", "2024-10-20",
                 {lead(PUTIN, RU), (PUTIN, "attends", B16), ("kazan", "hosts", B16)}, id="att-ascii"),
    pytest.param("Chủ tịch Tập Cận Bình tham dự trực tuyến Hội nghị thượng đỉnh BRICS lần thứ 15.", "2023-08-23",
                 {lead(XI, CN), (XI, "attends", B15)}, id="att-online"),
    pytest.param("Thủ tướng Trung Quốc Lý Cường vừa tới Astana để dự Hội nghị Người đứng đầu Chính phủ các nước thành viên SCO.",
                 "2025-11-17", {lead(LI, CN), (LI, "visits", "astana")}, id="att-unnamed-council-partial"),
    pytest.param("Hội nghị thượng đỉnh BRICS lần thứ 16 khai mạc tại Kazan. Tham dự hội nghị có Chủ tịch Trung Quốc Tập Cận Bình và "
                 "Thủ tướng Ấn Độ Narendra Modi.", "2024-10-23",
                 {("kazan", "hosts", B16), (XI, "attends", B16), (MODI, "attends", B16), lead(XI, CN), lead(MODI, IN)},
                 id="att-anaphora-attendees-listed"),
    pytest.param("Ngoai truong Vuong Nghi da co mat tai Vientiane de du Hoi nghi Bo truong Ngoai giao ASEAN lan thu 57.", "2024-07-25",
                 {(WANG, "visits", "vientiane"), (WANG, "attends", "new/event/hoi-nghi-bo-truong-ngoai-giao-asean-lan-thu-57"),
                  ("vientiane", "hosts", "new/event/hoi-nghi-bo-truong-ngoai-giao-asean-lan-thu-57")}, id="att-ascii-ministers-meeting"),
    # attends: negative / partial
    pytest.param("Tổng thống Ukraine Volodymyr Zelensky vắng mặt tại Hội nghị thượng đỉnh G20 Rio de Janeiro.", "2024-11-19",
                 {lead("volodymyr-zelensky", "ukraine"), ("rio-de-janeiro", "hosts", "2024-g20-rio-summit")}, id="att-neg-vang-mat"),
    pytest.param("Tổng thống Brazil Lula da Silva từ chối dự Hội nghị thượng đỉnh Hòa bình Ukraine.", "2024-06-10",
                 {lead(LULA, "brazil")}, id="att-neg-tu-choi"),
    pytest.param("Thủ tướng Ấn Độ Narendra Modi không sang Kazan dự Hội nghị thượng đỉnh BRICS lần thứ 16.", "2024-10-20",
                 {lead(MODI, IN)}, id="att-neg-not-going-to-city"),
    pytest.param("Tổng thống Putin sẽ không trực tiếp tham dự Hội nghị thượng đỉnh BRICS lần thứ 15.", "2023-08-20",
                 {lead(PUTIN, RU)}, id="att-neg-not-in-person"),
    pytest.param("Nếu được mời, Thủ tướng Nhật Bản Shigeru Ishiba sẽ tham dự Hội nghị thượng đỉnh G20 Johannesburg.", "2025-11-01",
                 {lead("shigeru-ishiba", "japan"), ("johannesburg", "hosts", "2025-g20-johannesburg-summit")}, id="att-neg-hypothetical"),
    pytest.param("Nga đã mời Tổng thống Indonesia Prabowo Subianto tham dự Diễn đàn Kinh tế Quốc tế St. Petersburg 2025.", "2025-05-01",
                 {lead(PRABOWO, "indonesia"), ("saint-petersburg", "hosts", "spief-2025")}, id="att-neg-invited"),
    pytest.param("Tổng thống Putin chưa quyết định có tham dự Hội nghị thượng đỉnh G20 Rio de Janeiro hay không.", "2024-10-01",
                 {lead(PUTIN, RU), ("rio-de-janeiro", "hosts", "2024-g20-rio-summit")}, id="att-neg-undecided"),
    pytest.param("Thu tuong An Do Narendra Modi khong tham du Hoi nghi thuong dinh SCO 2024.", "2024-07-04",
                 {lead(MODI, IN)}, id="att-neg-ascii"),
    # ---------------------------------------------------------------- hosts
    pytest.param("Nga là nước chủ nhà của Hội nghị thượng đỉnh BRICS lần thứ 16.", "2024-10-20",
                 {(RU, "hosts", B16)}, id="host-nuoc-chu-nha-cua"),
    pytest.param("Thành phố Thiên Tân của Trung Quốc sẽ đăng cai Hội nghị thượng đỉnh SCO 2025.", "2025-03-01",
                 {("tianjin", "hosts", SCO25), (CN, "hosts", SCO25), ("tianjin", "locatedIn", CN)}, id="host-city-of-country-dang-cai"),
    pytest.param("Hội nghị thượng đỉnh BRICS lần thứ 17 được tổ chức tại Rio de Janeiro, Brazil.", "2025-07-06",
                 {("rio-de-janeiro", "hosts", "17th-brics-summit"), ("brazil", "hosts", "17th-brics-summit"),
                  ("rio-de-janeiro", "locatedIn", "brazil")}, id="host-passive-in-city-country"),
    pytest.param("Kazakhstan là chủ nhà Hội nghị thượng đỉnh SCO 2024 tại Astana.", "2024-07-03",
                 {("kazakhstan", "hosts", SCO24), ("astana", "hosts", SCO24)}, id="host-la-chu-nha"),
    pytest.param("Hội nghị thượng đỉnh G20 Johannesburg do Nam Phi đăng cai đã khép lại hôm qua.", "2025-11-24",
                 {("south-africa", "hosts", "2025-g20-johannesburg-summit"), ("johannesburg", "hosts", "2025-g20-johannesburg-summit")},
                 id="host-event-do-x-dang-cai"),
    pytest.param("Kazan la thanh pho chu nha cua Hoi nghi thuong dinh BRICS lan thu 16.", "2024-10-20",
                 {("kazan", "hosts", B16)}, id="host-ascii-city-chu-nha"),
    pytest.param("Diễn đàn Kinh tế Á-Âu lần thứ 4 diễn ra tại Minsk với sự tham dự của Thủ tướng Nga Mikhail Mishustin.", "2025-06-26",
                 {("minsk", "hosts", "new/event/dien-dan-kinh-te-a-au-lan-thu-4"), (MISH, "attends", "new/event/dien-dan-kinh-te-a-au-lan-thu-4"),
                  lead(MISH, RU)}, id="host-shaped-forum"),
    pytest.param("Năm nay, Trung Quốc đảm nhận vai trò nước chủ nhà Hội nghị thượng đỉnh SCO 2025.", "2025-08-01",
                 {(CN, "hosts", SCO25)}, id="host-vai-tro-nuoc-chu-nha"),
    pytest.param("Hội nghị thượng đỉnh SCO 2025 đã diễn ra tại Thiên Tân. Trung Quốc là nước chủ nhà của hội nghị.", "2025-09-01",
                 {("tianjin", "hosts", SCO25), (CN, "hosts", SCO25)}, id="host-anaphora-chu-nha"),
    # hosts: negative / partial
    pytest.param("Mông Cổ không phải nước chủ nhà của Hội nghị thượng đỉnh SCO 2024.", "2024-07-03", set(), id="host-neg-not"),
    pytest.param("Ngoại trưởng Lavrov chủ trì cuộc họp báo bên lề Hội nghị thượng đỉnh BRICS lần thứ 16.", "2024-10-24",
                 {(LAVROV, "attends", B16)}, id="host-neg-press-conference-attends"),
    pytest.param("Ấn Độ từ chối đăng cai Hội nghị thượng đỉnh SCO 2025.", "2025-01-10", set(), id="host-neg-declines"),
    # ---------------------------------------------------------------- memberOf
    pytest.param("Iran chính thức trở thành thành viên đầy đủ của SCO.", "2023-07-05",
                 {("iran", "memberOf", SCO)}, id="mem-becomes-full-member"),
    pytest.param("Belarus được kết nạp làm thành viên thứ 10 của SCO.", "2024-07-04",
                 {("belarus", "memberOf", SCO)}, id="mem-ket-nap"),
    pytest.param("Ai Cập, Ethiopia, Iran và UAE chính thức gia nhập BRICS từ ngày 1/1/2024.", "2024-01-02",
                 {(c, "memberOf", BRICS) for c in ("egypt", "ethiopia", "iran", "uae")}, id="mem-list-join"),
    pytest.param("Indonesia là thành viên thứ 10 của BRICS.", "2025-01-07", {("indonesia", "memberOf", BRICS)}, id="mem-nth-member"),
    pytest.param("Nga cùng Belarus, Kazakhstan, Kyrgyzstan và Armenia là thành viên Liên minh Kinh tế Á-Âu.", "2024-12-26",
                 {(c, "memberOf", EAEU) for c in (RU, "belarus", "kazakhstan", "kyrgyzstan", "armenia")}, id="mem-list-cung"),
    pytest.param("Năm 2024, BRICS đón chào sự gia nhập của Ai Cập và Ethiopia.", "2024-01-02",
                 {("egypt", "memberOf", BRICS), ("ethiopia", "memberOf", BRICS)}, id="mem-nominal-su-gia-nhap-cua"),
    pytest.param("Viet Nam la thanh vien tich cuc cua ASEAN va Lien Hop Quoc.", "2024-06-20",
                 {(VN, "memberOf", "asean"), (VN, "memberOf", UN)}, id="mem-ascii-two-orgs"),
    pytest.param("Các nước thành viên SCO như Ấn Độ và Pakistan đều cử phái đoàn.", "2024-07-04",
                 {(IN, "memberOf", SCO), ("pakistan", "memberOf", SCO)}, id="mem-members-such-as"),
    pytest.param("Với tư cách là các thành viên thường trực Hội đồng Bảo an Liên Hợp Quốc, Nga và Trung Quốc có trách nhiệm đặc biệt.",
                 "2024-06-20", {(RU, "memberOf", UNSC), (CN, "memberOf", UNSC)}, id="mem-as-permanent-members-fronted"),
    # memberOf: negative
    pytest.param("Thổ Nhĩ Kỳ đã nộp đơn xin gia nhập BRICS.", "2024-09-03", set(), id="mem-neg-application"),
    pytest.param("Mông Cổ là quan sát viên của SCO.", "2024-07-04", set(), id="mem-neg-observer"),
    pytest.param("Nhật Bản là đối tác đối thoại của ASEAN.", "2024-07-04", set(), id="mem-neg-dialogue-partner"),
    pytest.param("Ukraine chưa phải là thành viên NATO.", "2024-07-10", set(), id="mem-neg-not-yet"),
    pytest.param("Georgia đã rút khỏi Cộng đồng các Quốc gia Độc lập.", "2024-07-10", set(), id="mem-neg-withdrew"),
    pytest.param("Tho Nhi Ky muon gia nhap BRICS.", "2024-09-03", set(), id="mem-neg-ascii-wants-to-join"),
    # ---------------------------------------------------------------- visits
    pytest.param("Tổng thống Nga Vladimir Putin đến Bình Nhưỡng hôm 18/6 trong chuyến thăm đầu tiên sau 24 năm.", "2024-06-19",
                 {lead(PUTIN, RU), (PUTIN, "visits", "pyongyang")}, id="vis-den-city"),
    pytest.param("Ngoại trưởng Lavrov công du Lào và Indonesia.", "2024-07-26",
                 {(LAVROV, "visits", "laos"), (LAVROV, "visits", "indonesia")}, id="vis-cong-du-list"),
    pytest.param("Chuyến thăm Việt Nam của Tổng thống Putin diễn ra trong hai ngày 19-20/6.", "2024-06-19",
                 {(PUTIN, "visits", VN), lead(PUTIN, RU)}, id="vis-nominal-chuyen-tham-P-cua-X"),
    pytest.param("Chủ tịch Tập Cận Bình đã tới thủ đô Astana của Kazakhstan.", "2024-07-03",
                 {lead(XI, CN), (XI, "visits", "astana"), ("astana", "locatedIn", "kazakhstan")}, id="vis-capital-of-country"),
    pytest.param("Chiều 5/9, Tổng thống Indonesia Prabowo Subianto đặt chân đến Mát-xcơ-va.", "2025-09-05",
                 {lead(PRABOWO, "indonesia"), (PRABOWO, "visits", "moscow")}, id="vis-dat-chan-transliterated"),
    pytest.param("Chu tich Tap Can Binh tham cap nha nuoc Nga tu ngay 20/3.", "2023-03-20",
                 {lead(XI, CN), (XI, "visits", RU)}, id="vis-ascii-state-visit"),
    pytest.param("Thủ tướng Ấn Độ Narendra Modi đang có chuyến thăm chính thức Nga.", "2024-07-09",
                 {lead(MODI, IN), (MODI, "visits", RU)}, id="vis-dang-co-chuyen-tham"),
    pytest.param("Tổng thống Putin đã hoãn chuyến thăm Thổ Nhĩ Kỳ.", "2024-06-20", {lead(PUTIN, RU)}, id="vis-neg-postponed"),
    pytest.param("Điện Kremlin bác bỏ thông tin về chuyến thăm Triều Tiên của Tổng thống Putin.", "2024-06-01",
                 {lead(PUTIN, RU)}, id="vis-neg-denied-report"),
    pytest.param("Tổng thống Putin trở về Moskva sau chuyến thăm Trung Quốc.", "2024-05-17",
                 {lead(PUTIN, RU), (PUTIN, "visits", CN)}, id="vis-return-home-after-trip"),
    # ---------------------------------------------------------------- locatedIn / venues
    pytest.param("Hai nhà lãnh đạo hội đàm tại Cung Hội nghị Quốc tế Ariyana ở Đà Nẵng.", "2017-11-10",
                 {("new/place/cung-hoi-nghi-quoc-te-ariyana", "locatedIn", "da-nang")}, id="loc-shaped-cung-hoi-nghi"),
    pytest.param("Cuộc gặp diễn ra tại khách sạn Marriott ở thủ đô Astana.", "2024-07-03",
                 {("new/place/khach-san-marriott", "locatedIn", "astana")}, id="loc-shaped-hotel"),
    pytest.param("Lễ ký diễn ra tại Điện Kremlin ở Moskva.", "2024-06-20", {("moscow-kremlin", "locatedIn", "moscow")},
                 id="loc-kremlin-in-moscow"),
    pytest.param("Hai ben hoi dam tai Dai le duong Nhan dan o Bac Kinh.", "2024-05-16",
                 {("great-hall-of-the-people", "locatedIn", "beijing")}, id="loc-ascii-venue-in-city"),
    pytest.param("Vladivostok là thành phố cảng lớn nhất ở vùng Viễn Đông của Nga.", "2024-09-04",
                 {("vladivostok", "locatedIn", "russian-far-east"), ("russian-far-east", "locatedIn", RU)}, id="loc-la-thanh-pho-o"),
    pytest.param("Đại sứ quán Nga tại Hà Nội tổ chức lễ kỷ niệm.", "2024-06-12", set(), id="loc-neg-embassy"),
    pytest.param("Chủ tịch nước Lương Cường đón Tổng thống Indonesia Prabowo Subianto tại Phủ Chủ tịch.", "2025-03-10",
                 {meets("luong-cuong", PRABOWO), lead(PRABOWO, "indonesia"), lead("luong-cuong", VN)}, id="loc-phu-chu-tich-no-city"),
    # ---------------------------------------------------------------- signs
    pytest.param("Tổng thống Putin và Chủ tịch Kim Jong-un đã ký Hiệp ước Đối tác chiến lược toàn diện Nga - Triều Tiên.", "2024-06-19",
                 {(PUTIN, "signs", "russia-north-korea-comprehensive-strategic-partnership-treaty"),
                  ("kim-jong-un", "signs", "russia-north-korea-comprehensive-strategic-partnership-treaty"), lead(PUTIN, RU),
                  lead("kim-jong-un", "north-korea")}, id="sign-two-leaders"),
    pytest.param("Các nhà lãnh đạo đã thông qua Tuyên bố Kazan tại Hội nghị thượng đỉnh BRICS lần thứ 16.", "2024-10-23",
                 set(), id="sign-unnamed-leaders-partial"),
    pytest.param("Hiệp ước Đối tác chiến lược toàn diện Nga - Iran được Tổng thống Putin và Tổng thống Pezeshkian ký tại Moskva.",
                 "2025-01-17", {(PUTIN, "signs", "russia-iran-comprehensive-strategic-partnership-treaty"),
                                (PEZ, "signs", "russia-iran-comprehensive-strategic-partnership-treaty"), lead(PUTIN, RU), lead(PEZ, "iran")},
                 id="sign-passive-duoc-X-ky"),
    pytest.param("Mỹ tuyên bố rút khỏi Hiệp ước Các lực lượng hạt nhân tầm trung.", "2019-02-02", set(), id="sign-neg-withdraw"),
    pytest.param("Nga va Trung Quoc da ky Tuyen bo chung ve on dinh chien luoc toan cau.", "2025-05-08",
                 {(RU, "signs", "joint-statement-2025-global-strategic-stability"), (CN, "signs", "joint-statement-2025-global-strategic-stability")},
                 id="sign-ascii"),
    # ---------------------------------------------------------------- chairs
    pytest.param("Brazil tiếp nhận cương vị Chủ tịch BRICS từ Nga.", "2025-01-01", {("brazil", "chairs", BRICS)}, id="chair-tiep-nhan-tu"),
    pytest.param("Trung Quốc đảm nhận cương vị Chủ tịch luân phiên SCO nhiệm kỳ 2024-2025.", "2024-07-05",
                 {(CN, "chairs", SCO)}, id="chair-dam-nhan-cuong-vi"),
    pytest.param("Malaysia giu chuc Chu tich ASEAN nam 2025.", "2025-01-01", {("malaysia", "chairs", "asean")}, id="chair-ascii-giu-chuc"),
    pytest.param("Với tư cách Chủ tịch G20 năm 2025, Nam Phi kêu gọi cải cách hệ thống tài chính.", "2025-02-20",
                 {("south-africa", "chairs", "g20")}, id="chair-fronted-as-chair"),
    pytest.param("Tổng thống Lukashenko chủ trì cuộc họp với các bộ trưởng.", "2024-06-20", {lead(LUKA, "belarus")},
                 id="chair-neg-presides-meeting"),
    # ---------------------------------------------------------------- meets
    pytest.param("Bộ trưởng Quốc phòng Trung Quốc Đổng Quân đã có cuộc hội đàm với người đồng cấp Nga Andrei Belousov.", "2024-10-10",
                 {meets("dong-jun", "andrey-belousov")}, id="meet-co-cuoc-hoi-dam-counterpart"),
    pytest.param("Tổng thống Putin tiếp Thủ tướng Malaysia Anwar Ibrahim tại Vladivostok.", "2024-09-05",
                 {meets(PUTIN, ANWAR), lead(PUTIN, RU), lead(ANWAR, "malaysia")}, id="meet-tiep"),
    pytest.param("Chủ tịch Tập Cận Bình đã gặp trực tuyến Tổng thống Putin.", "2025-01-21",
                 {meets(XI, PUTIN), lead(XI, CN), lead(PUTIN, RU)}, id="meet-online"),
    pytest.param("Cuộc gặp giữa Ngoại trưởng Lavrov và Ngoại trưởng Mỹ Marco Rubio diễn ra tại Riyadh.", "2025-02-18",
                 {meets(LAVROV, "marco-rubio")}, id="meet-nominal-cuoc-gap-giua"),
    pytest.param("Tổng thống Putin từ chối gặp Tổng thống Ukraine Volodymyr Zelensky.", "2025-05-15",
                 {lead(PUTIN, RU), lead("volodymyr-zelensky", "ukraine")}, id="meet-neg-refuses"),
    pytest.param("Bo truong Ngoai giao Bui Thanh Son hoi kien Tong thong Nga Vladimir Putin.", "2024-06-20",
                 {meets("bui-thanh-son", PUTIN), lead(PUTIN, RU)}, id="meet-ascii-hoi-kien"),
    pytest.param("Điện Kremlin cho biết chưa có kế hoạch cho cuộc gặp giữa Tổng thống Putin và Tổng thống Zelensky.", "2025-05-15",
                 {lead(PUTIN, RU), lead("volodymyr-zelensky", "ukraine")}, id="meet-neg-no-plan"),
    # ---------------------------------------------------------------- cooperatesWith
    pytest.param("Nga và Ấn Độ cam kết tăng cường hợp tác trong lĩnh vực năng lượng hạt nhân.", "2024-07-09",
                 {coop(RU, IN)}, id="coop-pair-commit"),
    pytest.param("Hợp tác Nga - Trung trong lĩnh vực năng lượng đạt nhiều kết quả.", "2024-07-09", {coop(RU, CN)}, id="coop-nominal-pair"),
    pytest.param("Ấn Độ không muốn hợp tác quân sự với Pakistan.", "2024-07-09", set(), id="coop-neg"),
    pytest.param("Gazprom đã ký thỏa thuận hợp tác với Tập đoàn Dầu khí Quốc gia Trung Quốc.", "2024-07-09",
                 {coop("gazprom", "cnpc")}, id="coop-companies"),
    pytest.param("Viet Nam san sang hop tac voi Nga trong linh vuc dau khi.", "2024-07-09", {coop(VN, RU)}, id="coop-ascii"),
    # ---------------------------------------------------------------- supports / opposes
    pytest.param("Nga hoan nghênh và ủng hộ Sáng kiến Vành đai và Con đường.", "2024-05-16",
                 {(RU, "supports", "belt-and-road-initiative")}, id="sup-welcome-and-support"),
    pytest.param("Trung Quốc ủng hộ Indonesia gia nhập BRICS.", "2024-10-23", {(CN, "supports", "indonesia")}, id="sup-joining-not-member"),
    pytest.param("Iran bày tỏ sự ủng hộ mạnh mẽ đối với Nga.", "2024-10-23", {("iran", "supports", RU)}, id="sup-nominal-doi-voi"),
    pytest.param("Moskva lên tiếng phản đối việc NATO mở rộng về phía đông.", "2024-07-10", {(RU, "opposes", "nato")}, id="opp-capital"),
    pytest.param("Trung Quoc phan doi Nhat Ban xa nuoc thai ra bien.", "2023-08-24", {(CN, "opposes", "japan")}, id="opp-ascii"),
    pytest.param("Trung Quốc không ủng hộ việc Nhật Bản trở thành thành viên thường trực Hội đồng Bảo an.", "2024-07-10",
                 set(), id="sup-neg-not-member-either"),
    # ================================================================ second pass
    # ---------------------------------------------------------------- events and venues the catalogue lacks, by shape
    pytest.param("Ngoại trưởng Lavrov tham dự Diễn đàn Primakov tại Moskva.", "2024-06-24",
                 {(LAVROV, "attends", "new/event/dien-dan-primakov"), ("moscow", "hosts", "new/event/dien-dan-primakov")},
                 id="shape-forum-named"),
    pytest.param("Thủ tướng Phạm Minh Chính dự Hội nghị Thượng đỉnh Tương lai tại New York.", "2024-09-22",
                 {lead(CHINH, VN), (CHINH, "attends", "new/event/hoi-nghi-thuong-dinh-tuong-lai"),
                  ("new-york-city", "hosts", "new/event/hoi-nghi-thuong-dinh-tuong-lai"), (CHINH, "visits", "new-york-city")},
                 id="shape-summit-named"),
    pytest.param("Ngoại trưởng Vương Nghị dự Hội nghị Bộ trưởng Ngoại giao BRICS tại Rio de Janeiro.", "2025-04-28",
                 {(WANG, "attends", "new/event/hoi-nghi-bo-truong-ngoai-giao-brics"),
                  ("rio-de-janeiro", "hosts", "new/event/hoi-nghi-bo-truong-ngoai-giao-brics"), (WANG, "visits", "rio-de-janeiro")},
                 id="shape-ministers-meeting"),
    pytest.param("Tổng Bí thư Tô Lâm dự phiên khai mạc Kỳ họp thứ 8 Quốc hội khóa XV.", "2024-10-21",
                 {("to-lam", "attends", "new/event/ky-hop-thu-8-quoc-hoi-khoa-xv")}, id="shape-numbered-session"),
    pytest.param("Bộ trưởng Quốc phòng Trung Quốc Đổng Quân không tham dự Đối thoại Shangri-La năm nay.", "2025-05-30",
                 set(), id="shape-dialogue-negated"),
    pytest.param("Hai bên nhất trí tổ chức hội nghị cấp cao vào năm tới.", "2025-05-30", set(), id="shape-neg-generic-summit"),
    pytest.param("Tổng thống Putin chủ trì cuộc họp trực tuyến với các thành viên thường trực Hội đồng An ninh Nga.", "2025-05-30",
                 {lead(PUTIN, RU)}, id="shape-neg-generic-meeting"),
    pytest.param("Hai nhà lãnh đạo hội đàm tại Điện Elysee ở Paris.", "2024-05-06",
                 {("new/place/dien-elysee", "locatedIn", "paris")}, id="shape-venue-dien"),
    pytest.param("Lễ đón diễn ra tại Trung tâm Hội nghị Quốc gia ở Hà Nội.", "2024-06-20",
                 {("new/place/trung-tam-hoi-nghi-quoc-gia", "locatedIn", "hanoi")}, id="shape-venue-national-convention-centre"),
    pytest.param("Tổng thống Putin thăm tỉnh Điện Biên.", "2024-06-20", {lead(PUTIN, RU)}, id="shape-neg-dien-bien-province"),
    pytest.param("Ngoại trưởng Lavrov nghỉ tại khách sạn gần sân bay.", "2024-06-20", set(), id="shape-neg-lowercase-hotel"),
    # ---------------------------------------------------------------- attends, more wording
    pytest.param("Hội nghị thượng đỉnh BRICS lần thứ 16 khai mạc tại Kazan. Tổng thống Ai Cập Abdel Fattah el-Sisi đã tới Kazan dự "
                 "hội nghị.", "2024-10-23",
                 {("kazan", "hosts", B16), ("abdel-fattah-el-sisi", "attends", B16), ("abdel-fattah-el-sisi", "visits", "kazan"),
                  lead("abdel-fattah-el-sisi", "egypt")}, id="att2-anaphora-arrive-to-attend"),
    pytest.param("Góp mặt tại lễ duyệt binh kỷ niệm 80 năm Ngày Chiến thắng có Chủ tịch Tập Cận Bình và Tổng thống Brazil Lula da Silva.",
                 "2025-05-09", {(XI, "attends", "2025-moscow-victory-day-parade"), (LULA, "attends", "2025-moscow-victory-day-parade"),
                                lead(XI, CN), lead(LULA, "brazil")}, id="att2-gop-mat-co-list"),
    pytest.param("Tổng thống Putin là khách mời danh dự tại lễ duyệt binh kỷ niệm 80 năm kết thúc Chiến tranh thế giới thứ hai tại Bắc Kinh.",
                 "2025-09-03", {lead(PUTIN, RU), (PUTIN, "attends", "2025-china-victory-day-parade"),
                                ("beijing", "hosts", "2025-china-victory-day-parade")}, id="att2-guest-of-honour"),
    pytest.param("Thủ tướng Ấn Độ Narendra Modi sẽ tham gia phiên họp toàn thể của Diễn đàn Kinh tế phương Đông lần thứ 10.", "2025-09-01",
                 {lead(MODI, IN), (MODI, "attends", "10th-eastern-economic-forum")}, id="att2-plenary-of"),
    pytest.param("Tổng thống Putin đã tiếp Thủ tướng Malaysia Anwar Ibrahim, người sẽ dự Diễn đàn Kinh tế phương Đông lần thứ 9.",
                 "2024-09-04", {meets(PUTIN, ANWAR), lead(PUTIN, RU), lead(ANWAR, "malaysia"), (ANWAR, "attends", "9th-eastern-economic-forum")},
                 id="att2-relative-nguoi-se-du"),
    pytest.param("Tổng thống Putin đã tiếp xúc ngắn với Tổng thống Mỹ Donald Trump bên lề Hội nghị thượng đỉnh G20 Osaka.", "2019-06-29",
                 {meets(PUTIN, "donald-trump"), lead(PUTIN, RU), lead("donald-trump", "united-states"), (PUTIN, "attends", "2019-g20-osaka-summit"),
                  ("donald-trump", "attends", "2019-g20-osaka-summit"), ("osaka", "hosts", "2019-g20-osaka-summit")}, id="att2-brief-contact-sidelines"),
    # ---------------------------------------------------------------- meets
    pytest.param("Tổng thống Putin và Thủ tướng Modi đã có cuộc gặp song phương tại Kazan.", "2024-10-22",
                 {meets(PUTIN, MODI), lead(PUTIN, RU), lead(MODI, IN)}, id="meet2-bilateral-pair-subject"),
    pytest.param("Ngoại trưởng Vương Nghị điện đàm với người đồng cấp Iran Abbas Araghchi.", "2025-06-20",
                 {meets(WANG, "abbas-araghchi")}, id="meet2-counterpart-of-country"),
    pytest.param("Chủ tịch Tập Cận Bình đã gửi thư cho Tổng thống Putin.", "2025-06-20", {lead(XI, CN), lead(PUTIN, RU)}, id="meet2-neg-letter"),
    # ---------------------------------------------------------------- visits
    pytest.param("Tổng thống Putin thực hiện chuyến thăm cấp nhà nước tới Việt Nam.", "2024-06-19", {lead(PUTIN, RU), (PUTIN, "visits", VN)},
                 id="vis2-thuc-hien-chuyen-tham"),
    pytest.param("Tổng thống Putin có chuyến công du tới Mông Cổ.", "2024-09-03", {lead(PUTIN, RU), (PUTIN, "visits", "mongolia")},
                 id="vis2-chuyen-cong-du-toi"),
    pytest.param("Tổng thống Lukashenko từng nhiều lần thăm Trung Quốc.", "2024-09-03", {lead(LUKA, "belarus"), (LUKA, "visits", CN)},
                 id="vis2-past-repeated"),
    pytest.param("Tổng thống Putin đã hủy chuyến thăm Thổ Nhĩ Kỳ.", "2024-09-03", {lead(PUTIN, RU)}, id="vis2-neg-cancelled"),
    pytest.param("Tong thong Putin da den Binh Nhuong hom 18/6 trong chuyen tham cap nha nuoc.", "2024-06-19", {lead(PUTIN, RU), (PUTIN, "visits", "pyongyang")}, id="vis2-ascii-arrive"),
    # ---------------------------------------------------------------- locatedIn
    pytest.param("Đoàn tới Kazan, thủ phủ Cộng hòa Tatarstan.", "2024-10-20", {("kazan", "locatedIn", "tatarstan")}, id="loc2-capital-of-republic"),
    pytest.param("Hội nghị diễn ra tại Thiên Tân, thành phố cảng phía bắc Trung Quốc.", "2025-08-31",
                 {("tianjin", "locatedIn", CN)}, id="loc2-port-city-north-of"),
    # ---------------------------------------------------------------- signs
    pytest.param("Belarus đã phê chuẩn Hiệp ước về bảo đảm an ninh trong khuôn khổ Nhà nước Liên minh.", "2025-03-01",
                 {("belarus", "signs", "union-state-security-guarantees-treaty")}, id="sign2-ratify"),
    pytest.param("Nga đã rút phê chuẩn Hiệp ước Cấm thử hạt nhân toàn diện.", "2023-11-02", set(), id="sign2-neg-de-ratify"),
    # ---------------------------------------------------------------- chairs
    pytest.param("Kyrgyzstan sẽ giữ cương vị Chủ tịch SCO nhiệm kỳ 2025-2026.", "2025-09-01", {("kyrgyzstan", "chairs", SCO)}, id="chair2-giu-cuong-vi"),
    pytest.param("Trung Quốc đã hoàn thành nhiệm kỳ Chủ tịch SCO.", "2025-09-02", {(CN, "chairs", SCO)}, id="chair2-term-completed"),
    # ---------------------------------------------------------------- memberOf
    pytest.param("Ấn Độ, một thành viên sáng lập của BRICS, ủng hộ đề xuất này.", "2025-07-06", {(IN, "memberOf", BRICS)},
                 id="mem2-apposition-founding-member"),
    pytest.param("Viet Nam chinh thuc tro thanh nuoc doi tac cua BRICS.", "2025-06-13", set(), id="mem2-neg-ascii-partner-country"),
    pytest.param("Ả Rập Xê Út chưa xác nhận việc gia nhập BRICS.", "2025-01-10", set(), id="mem2-neg-not-confirmed"),
    pytest.param("Nga không phản đối việc Ukraine gia nhập Liên minh châu Âu.", "2025-01-10", set(), id="mem2-neg-not-opposing-joining"),
    pytest.param("Azerbaijan là đối tác đối thoại của SCO.", "2025-01-10", set(), id="mem2-neg-dialogue-partner"),
    # ---------------------------------------------------------------- cooperates / supports / opposes
    pytest.param("Bắc Kinh sẵn sàng sát cánh cùng Moskva.", "2025-05-08", {coop(CN, RU)}, id="coop2-sat-canh-capitals"),
    pytest.param("Nga và Triều Tiên cam kết hỗ trợ lẫn nhau.", "2024-06-19",
                 {(RU, "supports", "north-korea"), ("north-korea", "supports", RU)}, id="sup2-mutual-ho-tro"),
    pytest.param("Việt Nam hoan nghênh Sáng kiến Phát triển Toàn cầu.", "2024-06-19",
                 {(VN, "supports", "global-development-initiative")}, id="sup2-welcome-initiative"),
    pytest.param("Hungary phản đối việc Liên minh châu Âu trừng phạt Nga.", "2024-06-19",
                 {("hungary", "opposes", "european-union"), ("european-union", "opposes", RU)}, id="opp2-against-eu-sanctions"),
    pytest.param("Trung Quốc chưa bao giờ hậu thuẫn Nga về quân sự.", "2024-06-19", set(), id="sup2-neg-never"),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_facts(text, published, expected):
    assert facts_of(text, published=published) == expected
