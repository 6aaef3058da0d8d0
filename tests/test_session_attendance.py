"""Four or more leaders in one "meeting" are a summit's session (
`session_attendance` in kg/extract/attendance.py): each attends the event named in the sentence or just before it, and no
meeting or pairwise `meets` comes out. Three leaders are still a (trilateral) meeting.

Every text was written for this test.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text

SCO_2023 = "2023-sco-summit"
LEADERS_2023 = {"xi-jinping", "vladimir-putin", "kassym-jomart-tokayev", "sadyr-japarov", "emomali-rahmon"}

SESSIONS = [
    ("上海合作组织成员国元首理事会第二十三次会议4日以视频方式举行。"
     "习近平、普京、托卡耶夫、扎帕罗夫、拉赫蒙等成员国领导人以视频方式出席会议并举行会谈。", "2023-07-04"),
    ("The SCO summit was held by video link on Tuesday. Xi Jinping, Vladimir Putin, Kassym-Jomart Tokayev, "
     "Sadyr Japarov and Emomali Rahmon held talks by video link.", "2023-07-04"),
    ("Hội nghị thượng đỉnh SCO diễn ra theo hình thức trực tuyến ngày 4/7. Ông Tập Cận Bình, ông Putin, "
     "ông Tokayev, ông Japarov và ông Rahmon đã hội đàm trực tuyến.", "2023-07-04"),
    ("Саммит ШОС прошел 4 июля в режиме видеоконференции. Си Цзиньпин, Владимир Путин, Касым-Жомарт Токаев, "
     "Садыр Жапаров и Эмомали Рахмон провели переговоры в режиме видеоконференции.", "2023-07-04"),
]


@pytest.mark.parametrize("text,published", SESSIONS, ids=[s[0][:30] for s in SESSIONS])
def test_session_of_many_leaders_is_attendance(text, published):
    x = extract_text(text, published=published)
    assert not any(len(m.participants) > 3 for m in x.meetings)
    assert not any(f.relation == "meets" for f in x.facts)
    attending = {f.subject for f in x.facts if f.relation == "attends" and f.object == SCO_2023}
    assert attending >= LEADERS_2023


def test_three_leaders_are_still_a_meeting():
    x = extract_text("Xi Jinping, Vladimir Putin and Ukhnaagiin Khurelsukh held a trilateral meeting in Samarkand "
                     "on Thursday.", published="2022-09-15")
    assert [len(m.participants) for m in x.meetings] == [3]


BARE_MEETING_WORD = [
    # 'the meeting' / 会议 right after an attend or chair verb is the event of this or the last sentence
    ("上海合作组织成员国元首理事会第十八次会议10日在青岛举行。国家主席习近平主持会议。"
     "俄罗斯总统普京、哈萨克斯坦总统纳扎尔巴耶夫等成员国领导人出席会议。", "2018-06-10",
     {"xi-jinping", "vladimir-putin", "nursultan-nazarbayev"}),
    ("The SCO summit opened in Qingdao on Sunday. Vladimir Putin and Nursultan Nazarbayev attended the meeting.",
     "2018-06-10", {"vladimir-putin", "nursultan-nazarbayev"}),
    # no named event before: the word names nothing
    ("Vladimir Putin held talks with Xi Jinping. Sergei Lavrov also attended the meeting.", "2018-06-10", set()),
    ("普京同习近平举行会谈。拉夫罗夫出席会议。", "2018-06-10", set()),
]


@pytest.mark.parametrize("text,published,attending", BARE_MEETING_WORD, ids=[b[0][:30] for b in BARE_MEETING_WORD])
def test_bare_meeting_word_after_attend_is_the_event_just_named(text, published, attending):
    x = extract_text(text, published=published)
    assert {f.subject for f in x.facts if f.relation == "attends"} == attending


FILLER = ("双方表示，将继续深化各领域务实合作。各方就地区形势交换了看法。与会各方高度评价本组织的作用。"
          "各方同意加强执法安全合作。")
FAR_SESSIONS = [
    # the session told several sentences after the summit: the event the document names most
    ("上海合作组织成员国元首理事会第二十三次会议4日以视频方式举行。上海合作组织成员国元首理事会第二十三次会议通过了宣言。"
     + FILLER + "习近平、普京、托卡耶夫、扎帕罗夫、拉赫蒙等领导人出席了大范围会谈。", {SCO_2023}),
    # two events named equally often: none leads, no attendance is guessed
    ("上海合作组织成员国元首理事会第二十三次会议4日以视频方式举行。金砖国家领导人第十五次会晤将在约翰内斯堡举行。"
     + FILLER + "习近平、普京、托卡耶夫、扎帕罗夫、拉赫蒙等领导人出席了大范围会谈。", set()),
]


@pytest.mark.parametrize("text,events", FAR_SESSIONS, ids=["main-event", "no-main-event"])
def test_session_far_from_its_event(text, events):
    x = extract_text(text, published="2023-07-04")
    got = {f.object for f in x.facts if f.relation == "attends" and f.subject == "sadyr-japarov"}
    assert got == events
