"""Vietnamese breadth, round 2: how Vietnamese news writing (TTXVN, VnExpress, Tuổi Trẻ, VOV, Nhân Dân
transliterations, text typed without diacritics) expresses signs, visits, cooperatesWith, supports / opposes,
leaderOf and locatedIn, and names the catalogue lacks (persons by title, heads of organisations and
companies, agreements by the shape of their title). Every sentence was written for this table from the
language, not copied from an article, the seeds, the corpus or the blind sets.

Inventory the rows sample ("-" lines are not asserted):

signs     ký / ký kết / đã ký / cùng ký, titles by shape (Tuyên bố chung …, Hiệp ước …, Hiệp định …, Bản ghi nhớ …,
          Kế hoạch hành động …, Lộ trình …), lists of signatories 'A, B và C đã ký'
          - chứng kiến lễ ký (witnessed), từ chối ký, chưa ký, không ký bất kỳ …, bodies sign nothing
visits    thăm chính thức / cấp nhà nước / làm việc, đến / tới P, chuyến công du, 'chuyến thăm P của X',
          'trong chuyến thăm P', kết thúc chuyến thăm, lần thứ N thăm
          - trở về P (return), bị hoãn, bác bỏ thông tin … sẽ thăm, sẽ không thăm, nếu, mời … thăm, hủy chuyến thăm
cooperatesWith  hợp tác (xây dựng), chung tay hợp tác, là đối tác chiến lược, cùng phát triển; companies too
          - đình chỉ / sẽ không / từ chối hợp tác
supports / opposes  ủng hộ (lập trường / đăng cai / vai trò), ủng hộ lẫn nhau; phản đối, lên án (cuộc tấn công của X),
          trừng phạt, bác bỏ tuyên bố của X
          - cáo buộc A ủng hộ / hỗ trợ B (an accusation is no support), từ chối lên án
leaderOf  '<chức danh> <nước> X' (catalogue or not), '<Tổng Thư ký / Tổng Giám đốc / Chủ tịch / Giám đốc điều hành>
          <tổ chức> X', 'X, Chủ tịch HĐQT <công ty>', 'X giữ chức Tổng thống <nước>', 'Nhà lãnh đạo <nước> X'
          - Phó Thủ tướng, Đại sứ, Người phát ngôn, Cựu Tổng thống, Thống đốc tỉnh, Thị trưởng lead no country
locatedIn 'P ở (ngoại ô) C', 'P là thành phố cảng ở R', 'P là thủ phủ (của) R'
          - 'P cách C 800 km', 'P là thành phố kết nghĩa của C'
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import both, check_facts, coop, lead, mark_open, meets

XI, PUTIN, LAVROV, WANG, MODI = "xi-jinping", "vladimir-putin", "sergey-lavrov", "wang-yi", "narendra-modi"
LI_QIANG, MISHUSTIN, TOKAYEV, LUKA, TO_LAM = "li-qiang", "mikhail-mishustin", "kassym-jomart-tokayev", "alexander-lukashenko", "to-lam"
KIM, DING, MAN = "kim-jong-un", "ding-xuexiang", "tran-thanh-man"
CN, RU, IN, KZ, BY, IR, US, VN = "china", "russia", "india", "kazakhstan", "belarus", "iran", "united-states", "vietnam"
NK = "north-korea"
SCO, BRICS, NATO, ASEAN, UN = "shanghai-cooperation-organisation", "brics", "nato", "asean", "united-nations"
RU_NK = "russia-north-korea-comprehensive-strategic-partnership-treaty"
JS23 = "joint-statement-2023-deepening-new-era"


# (text, published, expected): expected is the exact set of facts, or (present, absent)
CASES = [
    # ===== signs
    ("Trung Quốc và Nga đã ký Tuyên bố chung về làm sâu sắc quan hệ đối tác hợp tác chiến lược toàn diện trong kỷ "
     "nguyên mới.", "2023-03-22", ({(CN, "signs", JS23), (RU, "signs", JS23)}, set())),
    ("Hai nhà lãnh đạo Trung Quốc và Nga đã ký Tuyên bố chung về làm sâu sắc quan hệ đối tác hợp tác chiến lược toàn diện "
     "trong kỷ nguyên mới.", "2023-03-22", ({(CN, "signs", JS23), (RU, "signs", JS23)}, set())),
    ("Tổng Bí thư Tô Lâm và Tổng thống Putin ký Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược toàn diện "
     "Việt Nam - Nga.", "2024-06-20",
     ({(TO_LAM, "signs", "vietnam-russia-joint-statement-2024"), (PUTIN, "signs", "vietnam-russia-joint-statement-2024")}, set())),
    ("Ông Putin và ông Kim Jong-un đã ký Hiệp ước Đối tác chiến lược toàn diện tại Bình Nhưỡng.", "2024-06-19",
     ({(PUTIN, "signs", RU_NK), (KIM, "signs", RU_NK)}, set())),
    ("Trung Quốc và Nga ký Bản ghi nhớ về hợp tác xây dựng Trạm nghiên cứu Mặt Trăng quốc tế.", "2021-03-09",
     {(c, "signs", "new/agreement/ban-ghi-nho-ve-hop-tac-xay-dung-tram-nghien-cuu-mat-trang-quoc-te") for c in (CN, RU)}),
    ("Việt Nam và Nga đã ký Kế hoạch hành động giai đoạn 2025-2030 về hợp tác năng lượng.", "2024-06-20",
     ({(c, "signs", "new/agreement/ke-hoach-hanh-dong-giai-doan-2025-2030-ve-hop-tac-nang-luong") for c in (VN, RU)}, set())),
    ("Kazakhstan, Kyrgyzstan và Tajikistan đã ký Hiệp định về điểm giao nhau biên giới ba nước.", "2025-03-31",
     {(c, "signs", "new/agreement/hiep-dinh-ve-diem-giao-nhau-bien-gioi-ba-nuoc") for c in (KZ, "kyrgyzstan", "tajikistan")}),
    # ... witnessed, refused, not yet, none, bodies
    ("Thủ tướng Lý Cường và Thủ tướng Mishustin chứng kiến lễ ký Lộ trình phát triển chất lượng cao thương mại hàng hóa "
     "và dịch vụ.", "2024-05-16",
     (set(), {(LI_QIANG, "signs", "road-map-trade-in-goods-and-services"), (MISHUSTIN, "signs", "road-map-trade-in-goods-and-services")})),
    ("Hungary từ chối ký Tuyên bố Kazan.", "2024-10-24", (set(), {("hungary", "signs", "kazan-declaration")})),
    ("Ấn Độ đến nay vẫn chưa ký Hiệp ước Không phổ biến vũ khí hạt nhân.", "2024-06-01",
     (set(), {(IN, "signs", "nuclear-non-proliferation-treaty")})),
    ("Hai nhà lãnh đạo không ký bất kỳ tuyên bố chung nào.", "2024-06-01", set()),
    ("Bản ghi nhớ hợp tác giáo dục được ký giữa Bộ Giáo dục Việt Nam và Bộ Khoa học Nga.", "2024-06-20",
     (set(), {(VN, "signs", "new/agreement/ban-ghi-nho-hop-tac-giao-duc"), (RU, "signs", "new/agreement/ban-ghi-nho-hop-tac-giao-duc")})),

    # ===== visits
    ("Nhận lời mời của Tổng thống Putin, Thủ tướng Ấn Độ Narendra Modi thăm chính thức Nga từ ngày 8 đến 9/7.", "2024-07-08",
     {(MODI, "visits", RU), lead(MODI, IN), lead(PUTIN, RU)}),
    ("Chủ tịch Lào Thongloun Sisoulith đã đến Bắc Kinh, bắt đầu chuyến thăm cấp nhà nước tới Trung Quốc.", "2024-06-01",
     {("thongloun-sisoulith", "visits", "beijing"), ("thongloun-sisoulith", "visits", CN), lead("thongloun-sisoulith", "laos")}),
    ("Ngoại trưởng Vương Nghị có chuyến thăm làm việc tại Moskva.", "2024-06-01", {(WANG, "visits", "moscow")}),
    ("Tổng thống Belarus Lukashenko sẽ thăm cấp nhà nước Trung Quốc trong ba ngày vào tuần tới.", "2024-06-01",
     {(LUKA, "visits", CN), lead(LUKA, BY)}),
    ("Thủ tướng Nga Mishustin cùng phái đoàn đã tới Thượng Hải, bắt đầu chuyến công du Trung Quốc.", "2024-06-01",
     {(MISHUSTIN, "visits", "shanghai"), (MISHUSTIN, "visits", CN), lead(MISHUSTIN, RU)}),
    ("Đây là lần thứ năm ông Putin thăm Kazakhstan.", "2024-06-01", {(PUTIN, "visits", KZ)}),
    ("Chuyến thăm cấp nhà nước của Tổng thống Putin tới Việt Nam kéo dài hai ngày.", "2024-06-20",
     {(PUTIN, "visits", VN), lead(PUTIN, RU)}),
    ("Trong chuyến thăm Moskva, Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Putin.", "2025-05-10",
     ({(TO_LAM, "visits", "moscow"), meets(TO_LAM, PUTIN)}, set())),
    ("Tong thong Putin tham chinh thuc Viet Nam.", "2024-06-01", {(PUTIN, "visits", VN), lead(PUTIN, RU)}),
    # ... return, postponed, denied, negated, conditional, invited, cancelled
    ("Ngoại trưởng Lavrov kết thúc chuyến thăm Trung Quốc và trở về Moskva.", "2024-04-10",
     ({(LAVROV, "visits", CN)}, {(LAVROV, "visits", "moscow")})),
    ("Ngoại trưởng Vương Nghị trở về Bắc Kinh sau khi dự hội nghị.", "2024-06-01", set()),
    ("Chuyến thăm Thổ Nhĩ Kỳ của ông Putin dự kiến vào tuần tới đã bị hoãn.", "2024-06-01", (set(), {(PUTIN, "visits", "turkey")})),
    ("Điện Kremlin bác bỏ thông tin ông Putin sẽ thăm Mỹ.", "2024-06-01", (set(), {(PUTIN, "visits", US)})),
    ("Ông Putin sẽ không thăm Ấn Độ trong năm nay.", "2024-06-01", (set(), {(PUTIN, "visits", IN)})),
    ("Nếu ông Trump thăm Moskva, quan hệ hai nước có thể được cải thiện.", "2025-06-01",
     (set(), {("donald-trump", "visits", "moscow")})),
    ("Chủ tịch Tập Cận Bình mời Tổng thống Tokayev thăm Trung Quốc vào năm tới.", "2024-07-03",
     (set(), {(TOKAYEV, "visits", CN)})),
    ("Thủ tướng Modi đã hủy chuyến thăm Nga theo kế hoạch.", "2024-06-01", (set(), {(MODI, "visits", RU)})),

    # ===== cooperatesWith
    ("Tập đoàn Rosatom và Tập đoàn Hạt nhân Quốc gia Trung Quốc hợp tác xây dựng nhà máy điện hạt nhân Điền Loan.", "2024-06-01",
     ({coop("rosatom", "china-national-nuclear-corporation")}, set())),
    ("Hai bên nhất trí làm sâu sắc hơn nữa hợp tác trong các lĩnh vực năng lượng, nông nghiệp và hàng không vũ trụ giữa "
     "Trung Quốc và Nga.", "2024-06-01", ({coop(CN, RU)}, set())),
    ("Trung Quốc sẵn sàng chung tay hợp tác với ASEAN.", "2024-06-01", {coop(CN, ASEAN)}),
    # organisations named as frameworks are no cooperating pair (relations.json organization_groups)
    ("SCO và BRICS cùng các diễn đàn đa phương khác hợp tác vì hòa bình.", "2024-06-01", (set(), {coop(SCO, BRICS)})),
    ("Liên Hợp Quốc và SCO trong khuôn khổ các cơ chế đa phương hợp tác chặt chẽ.", "2024-06-01",
     (set(), {coop(UN, SCO)})),
    ("Gazprom và Rosneft hợp tác khai thác mỏ khí mới ở Bắc Cực.", "2024-06-01", ({coop("gazprom", "rosneft")}, set())),
    ("Trung Quốc và Brazil là đối tác chiến lược toàn diện.", "2024-06-01", {coop(CN, "brazil")}),
    ("Gazprom và Tập đoàn Dầu khí Quốc gia Trung Quốc cùng phát triển dự án khí đốt.", "2024-06-01",
     ({coop("gazprom", "cnpc")}, set())),
    ("Nga đình chỉ hợp tác với NATO.", "2024-06-01", (set(), {coop(RU, NATO)})),
    ("Trung Quốc sẽ không hợp tác với Mỹ về vấn đề này.", "2024-06-01", (set(), {coop(CN, US)})),
    ("Ấn Độ từ chối hợp tác với Trung Quốc trong khuôn khổ Vành đai và Con đường.", "2024-06-01", (set(), {coop(IN, CN)})),

    # ===== supports / opposes
    ("Nga kiên quyết ủng hộ lập trường của Trung Quốc về vấn đề Đài Loan.", "2024-06-01", ({(RU, "supports", CN)}, set())),
    ("Trung Quốc ủng hộ Kazakhstan đăng cai Triển lãm thế giới năm 2027.", "2024-06-01", ({(CN, "supports", KZ)}, set())),
    ("Trung Quốc và Nga ủng hộ lẫn nhau.", "2024-06-01", both(CN, "supports", RU)),
    ("Belarus lên án cuộc tấn công quân sự của Mỹ nhằm vào Iran.", "2025-06-23", ({(BY, "opposes", US)}, {(BY, "opposes", IR)})),
    ("Liên minh châu Âu áp đặt gói trừng phạt mới đối với Nga.", "2024-06-01", {("european-union", "opposes", RU)}),
    ("Trung Quốc kiên quyết phản đối NATO mở rộng về phía Đông.", "2024-06-01", {(CN, "opposes", NATO)}),
    ("Nga ủng hộ Brazil đóng vai trò lớn hơn tại Liên Hợp Quốc.", "2024-06-01", ({(RU, "supports", "brazil")}, set())),
    ("Tổng thống Putin bày tỏ ủng hộ nỗ lực hòa bình của ông Trump.", "2025-06-01",
     {(PUTIN, "supports", "donald-trump"), lead(PUTIN, RU)}),
    ("Iran bác bỏ tuyên bố của Nhóm G7.", "2024-06-01", {(IR, "opposes", "g7")}),
    ("Triều Tiên cực lực lên án Mỹ.", "2024-06-01", {(NK, "opposes", US)}),
    ("Trung Quốc bày tỏ ủng hộ Nga đảm nhận vai trò Chủ tịch BRICS.", "2024-06-01", {(CN, "supports", RU), (RU, "chairs", BRICS)}),
    ("Bộ Ngoại giao Nga lên án Ukraine.", "2024-06-01", {("ministry-of-foreign-affairs-of-russia", "opposes", "ukraine")}),
    ("Nhật Bản tuyên bố trừng phạt Triều Tiên.", "2024-06-01", {("japan", "opposes", NK)}),
    ("Viet Nam ung ho lap truong cua ASEAN ve Bien Dong.", "2024-06-01", {(VN, "supports", ASEAN)}),
    # ... accusations, refusals
    ("Ukraine cáo buộc Triều Tiên hỗ trợ vũ khí cho Nga.", "2024-06-01", (set(), {(NK, "supports", RU)})),
    ("Ấn Độ từ chối lên án Nga.", "2024-06-01", (set(), {(IN, "opposes", RU)})),
    ("Mỹ cáo buộc Trung Quốc ủng hộ Nga.", "2024-06-01", (set(), {(CN, "supports", RU)})),

    # ===== leaderOf (catalogue or not) and names by title
    ("Chủ tịch Tập Cận Bình tiếp Tổng thống Kyrgyzstan Sadyr Japarov.", "2024-06-01",
     {meets(XI, "sadyr-japarov"), lead("sadyr-japarov", "kyrgyzstan"), lead(XI, CN)}),
    ("Thủ tướng Slovakia Robert Fico đã đến Bắc Kinh.", "2024-11-01",
     {lead("new/person/robert-fico", "slovakia"), ("new/person/robert-fico", "visits", "beijing")}),
    ("Tổng thống Sri Lanka Anura Kumara Dissanayake thăm cấp nhà nước Trung Quốc.", "2025-01-15",
     {lead("new/person/anura-kumara-dissanayake", "sri-lanka"), ("new/person/anura-kumara-dissanayake", "visits", CN)}),
    ("Ông Tokayev giữ chức Tổng thống Kazakhstan từ năm 2019.", "2024-06-01", {lead(TOKAYEV, KZ)}),
    ("Nhà lãnh đạo Tajikistan Emomali Rahmon dự hội nghị thượng đỉnh.", "2024-06-01", ({lead("emomali-rahmon", "tajikistan")}, set())),
    ("Tổng thống Hàn Quốc Lee Jae-myung điện đàm với ông Trump.", "2025-07-01",
     {lead("lee-jae-myung", "south-korea"), meets("lee-jae-myung", "donald-trump")}),
    ("Tổng thống Mông Cổ Ukhnaagiin Khurelsukh gặp Tổng thống Putin.", "2024-06-01",
     {lead("ukhnaagiin-khurelsukh", "mongolia"), meets("ukhnaagiin-khurelsukh", PUTIN), lead(PUTIN, RU)}),
    # ... heads of organisations and companies
    ("Tổng Thư ký SCO Trương Minh dự hội nghị.", "2024-06-01", ({lead("new/person/truong-minh", SCO)}, set())),
    ("Chủ tịch Ngân hàng Phát triển Mới Dilma Rousseff hội kiến Thủ tướng Lý Cường.", "2024-06-01",
     {lead("dilma-rousseff", "new-development-bank"), meets("dilma-rousseff", LI_QIANG), lead(LI_QIANG, CN)}),
    ("Tổng Thư ký Liên Hợp Quốc Antonio Guterres dự lễ khai mạc.", "2024-06-01", ({lead("antonio-guterres", UN)}, set())),
    ("Tổng Giám đốc Cơ quan Năng lượng Nguyên tử Quốc tế Rafael Grossi thăm Moskva.", "2024-06-01",
     {lead("rafael-grossi", "international-atomic-energy-agency"), ("rafael-grossi", "visits", "moscow")}),
    ("Giám đốc điều hành Tập đoàn Rosneft Igor Sechin hội kiến Phó Thủ tướng Đinh Tiết Tường.", "2024-06-01",
     {lead("igor-sechin", "rosneft"), meets("igor-sechin", DING)}),
    ("Tổng thư ký NATO Mark Rutte thăm Kiev.", "2024-06-01", {lead("mark-rutte", NATO), ("mark-rutte", "visits", "kyiv")}),
    ("Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin hội kiến Chủ tịch Quốc hội Trần Thanh Mẫn.", "2024-06-01",
     ({meets("vyacheslav-volodin", MAN), lead("vyacheslav-volodin", "state-duma")}, {lead("vyacheslav-volodin", RU)})),
    ("Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Chủ tịch Hội đồng Liên bang Nga Valentina Matviyenko.", "2024-06-01",
     ({meets(MAN, "valentina-matviyenko"), lead("valentina-matviyenko", "federation-council")},
      {lead("valentina-matviyenko", RU)})),
    ("Ông Alexey Miller, Chủ tịch Hội đồng quản trị Gazprom, cho biết dự án đang được triển khai.", "2024-06-01",
     ({lead("alexei-miller", "gazprom")}, set())),
    # ... deputies, ambassadors, spokespeople, former leaders, governors and mayors lead no country
    ("Phó Thủ tướng Nga Alexander Novak hội kiến Phó Thủ tướng Đinh Tiết Tường.", "2024-06-01",
     ({meets("alexander-novak", DING)}, {lead("alexander-novak", RU)})),
    ("Đại sứ Trung Quốc tại Nga Trương Hán Huy gặp Thứ trưởng Ngoại giao Nga Andrey Rudenko.", "2024-06-01",
     ({meets("zhang-hanhui", "andrey-rudenko")}, {lead("zhang-hanhui", RU), lead("zhang-hanhui", CN)})),
    ("Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh cho biết Trung Quốc hoan nghênh điều này.", "2024-06-01",
     (set(), {lead("mao-ning", CN)})),
    ("Cựu Tổng thống Kazakhstan Nursultan Nazarbayev gặp Tổng thống Putin.", "2024-06-01",
     ({meets("nursultan-nazarbayev", PUTIN)}, {lead("nursultan-nazarbayev", KZ)})),
    ("Thống đốc tỉnh Amur Vasily Orlov thăm Cáp Nhĩ Tân.", "2024-06-01", {("new/person/vasily-orlov", "visits", "harbin")}),
    ("Thị trưởng Moskva Sergei Sobyanin hội kiến Bí thư Thành ủy Bắc Kinh Doãn Lực.", "2024-06-01",
     {meets("sergey-sobyanin", "new/person/doan-luc")}),

    # ===== locatedIn
    ("Cuộc hội đàm diễn ra tại dinh thự Novo-Ogaryovo ở ngoại ô Moskva.", "2024-06-01",
     ({("novo-ogaryovo", "locatedIn", "moscow")}, set())),
    ("Vladivostok là thành phố cảng ở Viễn Đông Nga.", "2024-06-01", ({("vladivostok", "locatedIn", "russian-far-east")}, set())),
    ("Đại học Liên bang Viễn Đông ở Vladivostok là địa điểm diễn ra diễn đàn.", "2024-06-01",
     ({("far-eastern-federal-university", "locatedIn", "vladivostok")}, set())),
    ("Kazan cách Moskva khoảng 800 km.", "2024-06-01", (set(), {("kazan", "locatedIn", "moscow")})),
    ("Cáp Nhĩ Tân là thủ phủ tỉnh Hắc Long Giang.", "2024-06-01", ({("harbin", "locatedIn", "heilongjiang")}, set())),
    ("Kazan là thủ phủ của Cộng hòa Tatarstan thuộc Nga.", "2024-06-01",
     ({("kazan", "locatedIn", "tatarstan")}, {("kazan", "locatedIn", RU)})),
    ("Cáp Nhĩ Tân là thành phố kết nghĩa của Yekaterinburg.", "2024-06-01", set()),
    ("Irkutsk là một trong những thành phố quan trọng của vùng Siberia, Nga.", "2024-06-01",
     ({("irkutsk", "locatedIn", "siberia")}, set())),
]


# Rows the extractor does not get right yet: a distinctive piece of the sentence -> the honest reason (strict xfail).
XFAIL = {
    "Hai nhà lãnh đạo Trung Quốc và Nga đã ký": "'hai nhà lãnh đạo Trung Quốc và Nga' as subject: the countries only qualify the "
                                                "collective, which names no signer",
}


CASES = mark_open(CASES, XFAIL)


@pytest.mark.parametrize("text,published,expected", CASES)
def test_vi_breadth2(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
