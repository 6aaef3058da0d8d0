"""'The leaders' of a summit as a group (kg/extract/attendance.py `attendee_group_facts`; names.json
"attendee_collectives"): what they sign or attend together, each attendee (three or more, known from
the document's own attendance facts) does.

Every text was written for this test; only `signs` facts are compared.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

XI, PUTIN, MODI, RAMAPHOSA = "xi-jinping", "vladimir-putin", "narendra-modi", "cyril-ramaphosa"
NAZARBAYEV, JEENBEKOV = "nursultan-nazarbayev", "sooronbay-jeenbekov"
KAZAN_DECL = "kazan-declaration"


def signs(*people: str, doc: str) -> set[tuple[str, str, str]]:
    return {(p, "signs", doc) for p in people}


KAZAN = "Xi Jinping, Narendra Modi and Cyril Ramaphosa attended the BRICS summit in Kazan. "
KAZAN_RU = "Путин, Си Цзиньпин и Моди приняли участие в саммите БРИКС в Казани. "
QINGDAO = ("上海合作组织成员国元首理事会第十八次会议10日在青岛举行。俄罗斯总统普京、哈萨克斯坦总统纳扎尔巴耶夫、"
           "吉尔吉斯斯坦总统热恩别科夫等成员国领导人出席会议。")
QINGDAO_DECL = "new/agreement/上海合作组织成员国元首理事会青岛宣言"

CASES = [
    pytest.param(KAZAN + "The leaders signed the Kazan Declaration.", "2024-10-23",
                 signs(XI, MODI, RAMAPHOSA, doc=KAZAN_DECL), id="en-the-leaders"),
    pytest.param(KAZAN + "Later, the heads of state and government adopted the Kazan Declaration.", "2024-10-23",
                 signs(XI, MODI, RAMAPHOSA, doc=KAZAN_DECL), id="en-heads-of-state-adopted"),
    pytest.param(KAZAN + "The leaders did not sign the Kazan Declaration.", "2024-10-23", set(), id="en-negated"),
    pytest.param(KAZAN + "The leaders of Western states condemned the Kazan Declaration.", "2024-10-23", set(),
                 id="en-other-leaders-qualified"),
    pytest.param("Xi Jinping and Narendra Modi attended the BRICS summit in Kazan. The leaders signed the Kazan "
                 "Declaration.", "2024-10-23", set(), id="en-two-attendees-are-no-group"),   # 'the two leaders' would be
    pytest.param(QINGDAO + "会后，与会成员国领导人共同签署了《上海合作组织成员国元首理事会青岛宣言》。", "2018-06-10",
                 signs(PUTIN, NAZARBAYEV, JEENBEKOV, doc=QINGDAO_DECL), id="zh-yuhui-chengyuanguo-lingdaoren"),
    pytest.param(QINGDAO + "會後，與會領導人共同簽署了《上海合作組織成員國元首理事會青島宣言》。", "2018-06-10",
                 signs(PUTIN, NAZARBAYEV, JEENBEKOV, doc=QINGDAO_DECL), id="zh-hant-yuhui-lingdaoren"),
    pytest.param(QINGDAO + "中亚各国领导人签署了《上海合作组织成员国元首理事会青岛宣言》。", "2018-06-10", set(),
                 id="zh-qualified-by-a-region"),
    # observers attend too, but the member states' leaders sign as members (names.json "attendee_members_cue")
    pytest.param(QINGDAO + "阿富汗总统加尼、白俄罗斯总统卢卡申科、伊朗总统鲁哈尼、蒙古国总统巴特图勒嘎等观察员国领导人出席了大范围会谈。"
                 "会后，与会成员国领导人共同签署了《上海合作组织成员国元首理事会青岛宣言》。", "2018-06-10",
                 signs(PUTIN, NAZARBAYEV, JEENBEKOV, doc=QINGDAO_DECL), id="zh-members-not-observers"),
    pytest.param(QINGDAO + "阿富汗总统加尼、白俄罗斯总统卢卡申科、伊朗总统鲁哈尼、蒙古国总统巴特图勒嘎等观察员国领导人出席了大范围会谈。"
                 "会后，与会领导人共同签署了《上海合作组织成员国元首理事会青岛宣言》。", "2018-06-10",
                 signs(PUTIN, NAZARBAYEV, JEENBEKOV, "alexander-lukashenko", "hassan-rouhani", "khaltmaagiin-battulga",
                       "new/person/加尼", doc=QINGDAO_DECL), id="zh-all-attending-leaders"),
    pytest.param(KAZAN_RU + "Лидеры подписали Казанскую декларацию.", "2024-10-23",
                 signs(PUTIN, XI, MODI, doc=KAZAN_DECL), id="ru-lidery"),
    pytest.param(KAZAN_RU + "Лидеры западных стран осудили Казанскую декларацию.", "2024-10-23", set(),
                 id="ru-qualified"),
    pytest.param("Hội nghị thượng đỉnh BRICS lần thứ 16 diễn ra tại Kazan với sự tham dự của Chủ tịch Tập Cận Bình, "
                 "Tổng thống Putin và Thủ tướng Modi. Các nhà lãnh đạo đã ký Tuyên bố Kazan.", "2024-10-23",
                 signs(XI, PUTIN, MODI, doc=KAZAN_DECL), id="vi-cac-nha-lanh-dao"),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_leaders_as_a_group(text: str, published: str, expected: set) -> None:
    assert {f for f in facts_of(text, published=published) if f[1] == "signs"} == expected
