"""Talks placed at a named event mean every participant attends it, however the talks are worded
(kg/extract/attendance.py `meeting_event_attendance`; cues in meetings.json "at_event").

Every text was written for this test; only the `attends` facts are compared.
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

XI, PUTIN, MODI, LULA = "xi-jinping", "vladimir-putin", "narendra-modi", "luiz-inacio-lula-da-silva"
TOKAYEV, ERDOGAN = "kassym-jomart-tokayev", "recep-tayyip-erdogan"
SCO24, BRICS16 = "2024-sco-summit", "16th-brics-summit"


def attends(*people: str, event: str) -> set[tuple[str, str, str]]:
    return {(p, "attends", event) for p in people}


CASES = [
    # English
    pytest.param("On the sidelines of the SCO summit in Astana, Xi Jinping met Vladimir Putin.", "2024-07-04",
                 attends(XI, PUTIN, event=SCO24), id="en-sidelines-front"),
    pytest.param("Xi Jinping and Narendra Modi held their first formal talks in five years at the BRICS summit "
                 "in Kazan on Wednesday.", "2024-10-23", attends(XI, MODI, event=BRICS16), id="en-talks-at-summit"),
    pytest.param("The BRICS summit opened in Kazan on Tuesday. Vladimir Putin met Narendra Modi during the summit.",
                 "2024-10-23", attends(PUTIN, MODI, event=BRICS16), id="en-during-anaphor"),
    pytest.param("Vladimir Putin sat down with Recep Tayyip Erdogan on the margins of the SCO summit.", "2024-07-04",
                 attends(PUTIN, ERDOGAN, event=SCO24), id="en-margins-sat-down"),
    pytest.param("Xi Jinping had a telephone conversation with Vladimir Putin during the SCO summit.", "2024-07-04",
                 set(), id="en-phone-call-is-not-at-the-event"),
    pytest.param("Xi Jinping met Vladimir Putin in Beijing a week before the SCO summit.", "2024-07-04",
                 set(), id="en-before-the-event-is-not-at-it"),
    pytest.param("Xi Jinping did not meet Narendra Modi at the BRICS summit in Kazan.", "2024-10-23",
                 set(), id="en-negated-meeting"),
    # Chinese
    pytest.param("习近平在上海合作组织峰会期间会见了普京。", "2024-07-04", attends(XI, PUTIN, event=SCO24),
                 id="zh-during"),
    pytest.param("金砖国家峰会在喀山开幕。峰会期间，习近平同莫迪举行会晤。", "2024-10-23",
                 attends(XI, MODI, event=BRICS16), id="zh-anaphor-during"),
    pytest.param("金磚國家峰會在喀山開幕。峰會期間，習近平同莫迪舉行會晤。", "2024-10-23",
                 attends(XI, MODI, event=BRICS16), id="zh-hant-anaphor-during"),
    pytest.param("上海合作组织峰会期间，习近平同普京通电话。", "2024-07-04", set(), id="zh-phone-call"),
    # Vietnamese
    pytest.param("Bên lề Hội nghị thượng đỉnh SCO, Chủ tịch Tập Cận Bình đã gặp Tổng thống Putin.", "2024-07-04",
                 attends(XI, PUTIN, event=SCO24), id="vi-ben-le"),
    pytest.param("Hội nghị thượng đỉnh BRICS khai mạc tại Kazan. Bên lề hội nghị, Thủ tướng Ấn Độ Modi đã hội đàm "
                 "với Chủ tịch Tập Cận Bình.", "2024-10-23", attends(XI, MODI, event=BRICS16), id="vi-anaphor"),
    pytest.param("Nhân dịp dự Hội nghị thượng đỉnh SCO, Tổng thống Putin có cuộc gặp với Tổng thống Tokayev.",
                 "2024-07-04", attends(PUTIN, TOKAYEV, event=SCO24), id="vi-nhan-dip-du"),
    # Russian
    pytest.param("На полях саммита ШОС Путин встретился с Си Цзиньпином.", "2024-07-04",
                 attends(PUTIN, XI, event=SCO24), id="ru-na-polyakh"),
    pytest.param("Саммит БРИКС открылся в Казани. В ходе саммита Путин провел переговоры с Моди.", "2024-10-23",
                 attends(PUTIN, MODI, event=BRICS16), id="ru-v-khode-anaphor"),
    pytest.param("В кулуарах саммита ШОС Путин и Эрдоган провели переговоры.", "2024-07-04",
                 attends(PUTIN, ERDOGAN, event=SCO24), id="ru-v-kuluarakh-pair"),
    pytest.param("Во время саммита ШОС Путин провел телефонный разговор с Си Цзиньпином.", "2024-07-04",
                 set(), id="ru-phone-call"),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_meeting_at_event_gives_attendance(text: str, published: str, expected: set) -> None:
    got = {f for f in facts_of(text, published=published) if f[1] == "attends"}
    assert got == expected
