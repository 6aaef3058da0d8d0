"""Breadth of meeting reports in Chinese (Simplified and Traditional) and Vietnamese (with and without
diacritics): how the press tells a meeting, talk, phone or video call between named people — verbs and
nouns, participants (lists, delegations, unknown persons with a title, a person named who is NOT a
participant), dates (explicit, weekdays, yesterday, '15日下午', 'Chiều 4/2', datelines, an earlier
sentence), places and modes — and what is not a meeting (hopes, counts, telegrams, denials, cancellations).
Each row: publication date, text, the exact meetings expected as (participants, date, place, mode).
Every sentence was written for this test.
"""
from __future__ import annotations

import pytest

from fact_check import meeting_row, meetings_found

X = "in_person"
V = "video"
P = "phone"


ZH = [
    # --- held talks / met / received, explicit and short dates, venues
    meeting_row("2024-05-16", "国家主席习近平16日在北京人民大会堂同俄罗斯总统普京举行会谈。",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-16", "great-hall-of-the-people", X)),
    meeting_row("2024-07-04", "7月3日下午，国家主席习近平在阿斯塔纳会见哈萨克斯坦总统托卡耶夫。",
        ({"xi-jinping", "kassym-jomart-tokayev"}, "2024-07-03", "astana", X)),
    meeting_row("2024-04-10", "外交部长王毅9日在莫斯科同俄罗斯外长拉夫罗夫举行会谈。",
        ({"wang-yi", "sergey-lavrov"}, "2024-04-09", "moscow", X)),
    meeting_row("2024-04-10", "俄罗斯总统普京当天在克里姆林宫会见了到访的中国外长王毅。",
        ({"vladimir-putin", "wang-yi"}, "2024-04-10", "moscow-kremlin", X)),
    meeting_row("2024-10-16", "15日下午，李强在伊斯兰堡同巴基斯坦总理夏巴兹举行会谈。",
        ({"li-qiang", "shehbaz-sharif"}, "2024-10-15", "islamabad", X)),
    meeting_row("2024-06-07", "中国国防部长董军昨天在新加坡同美国防长奥斯汀举行会谈。",
        ({"dong-jun", "lloyd-austin"}, "2024-06-06", None, X)),
    meeting_row("2024-06-07", "王毅周二在北京会见了到访的巴基斯坦副总理兼外长达尔。",
        ({"wang-yi", "ishaq-dar"}, "2024-06-04", "beijing", X)),
    meeting_row("2024-03-12", "国务委员兼外长王毅10日在北京同坦桑尼亚外长马坎巴举行会谈。",
        ({"wang-yi", "new/person/马坎巴"}, "2024-03-10", "beijing", X)),
    meeting_row("2024-09-11", "国家主席习近平10日在北京会见由俄罗斯国家杜马主席沃洛金率领的代表团。",
        ({"xi-jinping", "vyacheslav-volodin"}, "2024-09-10", "beijing", X)),
    meeting_row("2025-09-02", "9月1日，习近平、普京和莫迪在天津进行了交谈。",
        ({"xi-jinping", "vladimir-putin", "narendra-modi"}, "2025-09-01", "tianjin", X)),
    meeting_row("2024-05-17", "习近平同普京的会晤于5月16日在北京举行。",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-16", "beijing", X)),
    meeting_row("2024-11-13", "王毅12日在北京会见英国外交大臣拉米，随后会见法国外长巴罗。",
        ({"wang-yi", "david-lammy"}, "2024-11-12", "beijing", X),
        ({"wang-yi", "jean-noel-barrot"}, "2024-11-12", "beijing", X)),
    meeting_row("2025-10-31", "30日，国家主席习近平在釜山同美国总统特朗普举行会晤。",
        ({"xi-jinping", "donald-trump"}, "2025-10-30", None, X)),
    # --- phone and video
    meeting_row("2024-03-08", "国务院总理李强7日同越南总理范明政通电话。",
        ({"li-qiang", "pham-minh-chinh"}, "2024-03-07", None, P)),
    meeting_row("2023-12-22", "12月21日晚，国家主席习近平在北京同俄罗斯总统普京举行视频会晤。",
        ({"xi-jinping", "vladimir-putin"}, "2023-12-21", "beijing", V)),
    meeting_row("2024-08-20", "王毅19日应约同韩国外长赵兑烈通电话。",
        ({"wang-yi", "cho-tae-yul"}, "2024-08-19", None, P)),
    meeting_row("2022-03-19", "国家主席习近平18日晚同美国总统拜登视频通话。",
        ({"xi-jinping", "joe-biden"}, "2022-03-18", None, V)),
    # --- datelines and dates from an earlier sentence
    meeting_row("2025-05-09", "新华社莫斯科5月8日电 国家主席习近平当地时间8日在克里姆林宫同俄罗斯总统普京举行会谈。",
        ({"xi-jinping", "vladimir-putin"}, "2025-05-08", "moscow-kremlin", X)),
    meeting_row("2024-05-09", "国家主席习近平7日抵达贝尔格莱德，对塞尔维亚进行国事访问。次日，习近平同塞尔维亚总统武契奇举行会谈。",
        ({"xi-jinping", "aleksandar-vucic"}, "2024-05-08", "belgrade", X)),
    # --- persons named who are not participants
    meeting_row("2024-04-10", "普京在会见中国外长王毅时，请他转达对习近平主席的问候。",
        ({"vladimir-putin", "wang-yi"}, None, None, X)),
    meeting_row("2024-07-03", "中国外长王毅在会见俄罗斯外长拉夫罗夫后说，美国总统拜登的政策不可取。",
        ({"wang-yi", "sergey-lavrov"}, None, None, X)),
    # --- Traditional (Taiwan, Hong Kong)
    meeting_row("2023-11-16", "美國總統拜登15日在加州與中國國家主席習近平會面。",
        ({"joe-biden", "xi-jinping"}, "2023-11-15", None, X)),
    meeting_row("2023-03-24", "俄羅斯總統普丁與中國國家主席習近平週二在克里姆林宮舉行會談。",
        ({"vladimir-putin", "xi-jinping"}, "2023-03-21", "moscow-kremlin", X)),
    meeting_row("2025-03-20", "美國總統川普與俄羅斯總統普丁週二通電話，討論烏克蘭停火。",
        ({"donald-trump", "vladimir-putin"}, "2025-03-18", None, P)),
    meeting_row("2021-11-17", "中國國家主席習近平16日上午與美國總統拜登以視訊方式舉行會晤。",
        ({"xi-jinping", "joe-biden"}, "2021-11-16", None, V)),
    meeting_row("2024-04-11", "俄羅斯外長拉夫羅夫昨日在北京與中國外長王毅舉行會談。",
        ({"sergey-lavrov", "wang-yi"}, "2024-04-10", "beijing", X)),
    meeting_row("2024-04-11", "國家主席習近平10日在北京會見前台灣領導人馬英九。",
        ({"xi-jinping", "new/person/马英九"}, "2024-04-10", "beijing", X)),   # one IRI across scripts
    # --- not a meeting
    meeting_row("2024-05-01", "普京表示，他希望明年与习近平会面。"),
    meeting_row("2024-05-01", "习近平和普京已经会面40多次。"),
    meeting_row("2024-06-10", "国家主席习近平致电祝贺托卡耶夫当选哈萨克斯坦总统。"),
    meeting_row("2024-03-19", "习近平向普京致贺电，祝贺其再次当选俄罗斯总统。"),
    meeting_row("2024-03-19", "克里姆林宫否认普京将与泽连斯基会面。"),
    meeting_row("2024-03-19", "俄方取消了拉夫罗夫与布林肯的会晤。"),
    meeting_row("2025-10-01", "佩斯科夫说，普京与特朗普的会晤最早可能在下周举行。"),
    # a meeting announced with its time or place still open, or 'soon', makes no meeting node
    meeting_row("2018-03-28", "美国总统特朗普表示将在5月底前与金正恩会面，但具体时间地点尚未确定。"),
    meeting_row("2025-10-01", "普京表示，他将在方便的时候与莫迪会晤。"),
    meeting_row("2025-10-01", "习近平同普京1日在北京会晤，下次会晤的时间尚未确定。",
                ({"xi-jinping", "vladimir-putin"}, "2025-10-01", "beijing", "in_person")),
    meeting_row("2024-03-19", "王毅表示，中俄外长定期会晤机制运转良好。"),
    meeting_row("2024-03-19", "習近平致函祝賀普丁連任俄羅斯總統。"),
    meeting_row("2024-03-19", "克里姆林宮表示，普丁目前沒有與拜登會面的計劃。"),
    meeting_row("2024-03-19", "普京与拜登并未举行会晤。"),
]

VI = [
    meeting_row("2022-02-05", "Chiều 4/2, Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Nga Vladimir Putin tại Bắc Kinh.",
        ({"xi-jinping", "vladimir-putin"}, "2022-02-04", "beijing", X)),
    meeting_row("2024-12-12", "Sáng 12/12, Tổng Bí thư Tô Lâm tiếp Ngoại trưởng Nga Sergei Lavrov tại Hà Nội.",
        ({"to-lam", "sergey-lavrov"}, "2024-12-12", "hanoi", X)),
    meeting_row("2024-06-06", "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nga Mikhail Mishustin hôm qua.",
        ({"pham-minh-chinh", "mikhail-mishustin"}, "2024-06-05", None, P)),
    meeting_row("2025-01-22", "Tối 21/1, Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Vladimir Putin hội đàm trực tuyến.",
        ({"xi-jinping", "vladimir-putin"}, "2025-01-21", None, V)),
    meeting_row("2025-03-20", "Tổng thống Mỹ Donald Trump hôm thứ Ba đã điện đàm với Tổng thống Nga Vladimir Putin.",
        ({"donald-trump", "vladimir-putin"}, "2025-03-18", None, P)),
    meeting_row("2025-08-16", "Ngày 15/8, Tổng thống Donald Trump gặp Tổng thống Vladimir Putin tại Anchorage, bang Alaska.",
        ({"donald-trump", "vladimir-putin"}, "2025-08-15", "anchorage", X)),
    meeting_row("2025-03-04", "Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Indonesia Sugiono tại Jakarta ngày 3/3.",
        ({"bui-thanh-son", "sugiono"}, "2025-03-03", "jakarta", X)),
    meeting_row("2025-11-11", "Chiều 10/11, Chủ tịch nước Lương Cường tiếp Tổng thống Chile Gabriel Boric tại Hà Nội.",
        ({"luong-cuong", "new/person/gabriel-boric"}, "2025-11-10", "hanoi", X)),
    meeting_row("2024-07-06", "Sáng 5/7, Thủ tướng Phạm Minh Chính tiếp đoàn đại biểu Trung Quốc do ông Thái Kỳ dẫn đầu.",
        ({"pham-minh-chinh", "cai-qi"}, "2024-07-05", None, X)),
    meeting_row("2024-06-21", "Sáng 20/6, Tổng thống Putin hội đàm với Tổng Bí thư Tô Lâm, sau đó hội kiến Thủ tướng Phạm Minh Chính.",
        ({"vladimir-putin", "to-lam"}, "2024-06-20", None, X),
        ({"vladimir-putin", "pham-minh-chinh"}, "2024-06-20", None, X)),
    meeting_row("2023-03-22", "Cuộc hội đàm giữa Chủ tịch Tập Cận Bình và Tổng thống Putin diễn ra tại Điện Kremlin ngày 21/3.",
        ({"xi-jinping", "vladimir-putin"}, "2023-03-21", "moscow-kremlin", X)),
    meeting_row("2025-09-02", "Ngày 1/9, ông Tập Cận Bình, ông Putin và ông Modi trò chuyện thân mật tại Thiên Tân.",
        ({"xi-jinping", "vladimir-putin", "narendra-modi"}, "2025-09-01", "tianjin", X)),
    meeting_row("2025-05-10", "MOSKVA, 9/5 (TTXVN) - Tổng thống Nga Vladimir Putin đã hội kiến Chủ tịch Trung Quốc Tập Cận Bình.",
        ({"vladimir-putin", "xi-jinping"}, "2025-05-09", "moscow", X)),
    meeting_row("2025-06-27", "Chiều 25/6, Thủ tướng Phạm Minh Chính đến Bắc Kinh. Cùng ngày, Thủ tướng Phạm Minh Chính hội kiến Chủ tịch Trung Quốc Tập Cận Bình.",
        ({"pham-minh-chinh", "xi-jinping"}, "2025-06-25", "beijing", X)),
    meeting_row("2024-06-21", "Tổng thống Putin tới Hà Nội tối 19/6. Sáng 20/6, ông hội đàm với Tổng Bí thư Nguyễn Phú Trọng tại Phủ Chủ tịch.",
        ({"vladimir-putin", "nguyen-phu-trong"}, "2024-06-20", "presidential-palace-hanoi", X)),
    meeting_row("2025-01-15", "Đại sứ Nga Gennady Bezdetko chào xã giao Chủ tịch Quốc hội Trần Thanh Mẫn ngày 14/1.",
        ({"gennady-bezdetko", "tran-thanh-man"}, "2025-01-14", None, X)),
    meeting_row("2024-10-24", "Ngày 23/10 tại Kazan, bên lề Hội nghị thượng đỉnh BRICS, Thủ tướng Phạm Minh Chính gặp Thủ tướng Ấn Độ Narendra Modi.",
        ({"pham-minh-chinh", "narendra-modi"}, "2024-10-23", "kazan", X)),
    meeting_row("2025-01-14", "Sáng 14/1, Thủ tướng Phạm Minh Chính tiếp Tổng giám đốc Rosatom Alexey Likhachev tại Hà Nội.",
        ({"pham-minh-chinh", "alexey-likhachev"}, "2025-01-14", "hanoi", X)),
    meeting_row("2024-04-03", "Chiều 2/4, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm trực tuyến với Ngoại trưởng Nga Sergei Lavrov.",
        ({"bui-thanh-son", "sergey-lavrov"}, "2024-04-02", None, V)),
    meeting_row("2024-04-10", "Ngày 9/4, Ngoại trưởng Nga Sergei Lavrov hội đàm với người đồng cấp Trung Quốc Vương Nghị tại Bắc Kinh, theo người phát ngôn Maria Zakharova.",
        ({"sergey-lavrov", "wang-yi"}, "2024-04-09", "beijing", X)),
    meeting_row("2024-12-07", "Tổng thống Vladimir Putin hội đàm với người đồng cấp Belarus Alexander Lukashenko ở Minsk hôm 6/12.",
        ({"vladimir-putin", "alexander-lukashenko"}, "2024-12-06", "minsk", X)),
    meeting_row("2024-09-10", "Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin tại Moskva ngày 9/9.",
        ({"tran-thanh-man", "vyacheslav-volodin"}, "2024-09-09", "moscow", X)),
    meeting_row("2024-11-19", "Hôm thứ Hai, Chủ tịch Tập Cận Bình có cuộc gặp với Thủ tướng Anh Keir Starmer tại Rio de Janeiro.",
        ({"xi-jinping", "keir-starmer"}, "2024-11-18", "rio-de-janeiro", X)),
    # --- without diacritics
    meeting_row("2024-12-12", "Sang 12/12, Tong Bi thu To Lam tiep Ngoai truong Nga Sergei Lavrov tai Ha Noi.",
        ({"to-lam", "sergey-lavrov"}, "2024-12-12", "hanoi", X)),
    meeting_row("2024-03-08", "Thu tuong Pham Minh Chinh dien dam voi Thu tuong Trung Quoc Ly Cuong chieu 7/3.",
        ({"pham-minh-chinh", "li-qiang"}, "2024-03-07", None, P)),
    meeting_row("2022-02-05", "Chieu 4/2, Chu tich Tap Can Binh hoi dam voi Tong thong Putin tai Bac Kinh.",
        ({"xi-jinping", "vladimir-putin"}, "2022-02-04", "beijing", X)),
    # --- partial: a person named who is not a participant
    meeting_row("2024-05-17", "Phát biểu sau cuộc hội đàm với Thủ tướng Phạm Minh Chính ngày 16/5, Thủ tướng Lý Cường cho biết Tổng thống Putin sẽ thăm Trung Quốc.",
        ({"li-qiang", "pham-minh-chinh"}, "2024-05-16", None, X)),
    # --- not a meeting
    meeting_row("2024-05-01", "Tổng thống Putin cho biết ông hy vọng sớm gặp Chủ tịch Tập Cận Bình."),
    meeting_row("2024-05-01", "Hai nhà lãnh đạo Tập Cận Bình và Putin đã gặp nhau hơn 40 lần."),
    meeting_row("2024-06-12", "Chủ tịch nước Lương Cường gửi điện mừng Tổng thống Putin nhân dịp Quốc khánh Nga."),
    meeting_row("2024-06-12", "Điện Kremlin bác bỏ thông tin Tổng thống Putin sẽ gặp Tổng thống Zelensky."),
    meeting_row("2025-10-25", "Cuộc gặp giữa Tổng thống Donald Trump và Tổng thống Putin tại Budapest đã bị hủy."),
    meeting_row("2025-10-25", "Ông Peskov nói cuộc gặp giữa ông Putin và ông Trump có thể diễn ra sớm nhất vào tuần tới."),
    meeting_row("2024-06-12", "Thủ tướng Phạm Minh Chính gửi thư chúc mừng Thủ tướng Mikhail Mishustin."),
    meeting_row("2024-06-12", "Tong thong Putin chua co ke hoach gap Tong thong Zelensky."),
    meeting_row("2024-06-12", "Thu tuong Pham Minh Chinh gui dien mung Thu tuong Ly Cuong."),
    meeting_row("2025-05-17", "Tổng thống Putin không gặp Tổng thống Zelensky tại Istanbul."),
]


@pytest.mark.parametrize("pub,text,expected", ZH)
def test_chinese_meetings(pub, text, expected):
    assert meetings_found(pub, text) == expected


@pytest.mark.parametrize("pub,text,expected", VI)
def test_vietnamese_meetings(pub, text, expected):
    assert meetings_found(pub, text) == expected
