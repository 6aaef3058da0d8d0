"""Agreements named by the shape of their title (kg/extract/shaped.py), in the four languages.

Every sentence was written for this test. `expected` is the title text found in the sentence
(None: no document title there) and whether it resolves to a catalogue agreement (its id) or
becomes a provisional one ("new").
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text

JS_2024 = "joint-statement-2024-75th-anniversary"
JS_2023 = "joint-statement-2023-deepening-new-era"

CASES = [
    # -- English: head + linker + topic; paraphrases of a dated catalogue title resolve to it --------
    ("Xi and Putin signed a joint statement on deepening their comprehensive partnership of "
     "coordination in the new era, the Kremlin said.", "2024-05-16",
     "joint statement on deepening their comprehensive partnership of coordination in the new era", JS_2024),
    ("The leaders issued a joint statement on deepening the comprehensive strategic partnership "
     "for the new era on Tuesday.", "2023-03-21",
     "joint statement on deepening the comprehensive strategic partnership for the new era", JS_2023),
    ("Moscow and Minsk signed the Agreement on Mutual Recognition of Visas during the visit.", "2024-01-29",
     "Agreement on Mutual Recognition of Visas", "new"),
    # a capitalised position paper keeps its owner; a position in prose is no document
    ('China released "China\'s Position on the Political Settlement of the Ukraine Crisis," a 12-point paper.',
     "2023-02-24", "China's Position on the Political Settlement of the Ukraine Crisis", "new"),
    ("China restated its position on the Ukraine crisis and the Taiwan question.", "2023-02-24", None, None),
    # a summit declaration named after its city
    ("The leaders adopted the Johannesburg II Declaration on Thursday.", "2023-08-24", "Johannesburg II Declaration", "new"),
    ("The two ministers signed a Memorandum of Understanding on Cooperation in Mass Media.", "2019-06-05",
     "Memorandum of Understanding on Cooperation in Mass Media", "new"),
    ("The firms signed a memorandum of understanding on cooperation in mass media.", "2019-06-05", None, None),
    # generic words without a capital, and heads without a topic, name no document
    ("The two companies reached an agreement on gas prices after years of talks.", "2014-05-21", None, None),
    ("The sides signed a joint statement after the talks.", "2024-05-16", None, None),
    ("China and Russia issued a joint statement on Ukraine.", "2023-03-21", None, None),
    # -- Chinese: opener verb or book-title marks up to the document head --------------------------------
    ("双方签署深化两国全面战略协作伙伴关系的联合声明。", "2024-05-16",
     "深化两国全面战略协作伙伴关系的联合声明", JS_2024),
    ("會談後，兩國元首簽署深化兩國全面戰略協作夥伴關係的聯合聲明。", "2024-05-16",
     "深化兩國全面戰略協作夥伴關係的聯合聲明", JS_2024),
    ("两国总理共同签署《中俄总理第二十五次定期会晤联合公报》。", "2020-12-02",
     "中俄总理第二十五次定期会晤联合公报", "new"),
    ("双方发表联合声明。", "2024-05-16", None, None),
    ("他在《人民日报》发表署名文章。", "2024-05-16", None, None),
    # -- Vietnamese -----------------------------------------------------------------------------------
    ("Hai nhà lãnh đạo đã ký Tuyên bố chung về làm sâu sắc quan hệ đối tác chiến lược toàn diện.", "2024-06-20",
     "Tuyên bố chung về làm sâu sắc quan hệ đối tác chiến lược toàn diện", "vietnam-russia-joint-statement-2024"),
    ("Hai nhà lãnh đạo đã ký Tuyên bố chung về làm sâu sắc quan hệ đối tác chiến lược toàn diện.", "2019-03-02",
     "Tuyên bố chung về làm sâu sắc quan hệ đối tác chiến lược toàn diện", "new"),
    ("Hai bên ra tuyên bố chung sau cuộc hội đàm.", "2024-06-20", None, None),
    ("Hai công ty đạt thỏa thuận về giá khí đốt.", "2014-05-21", None, None),
    # -- Russian: capitalised parties may stand between head and linker ---------------------------------
    ("Лидеры подписали Совместное заявление Российской Федерации и Китайской Народной Республики "
     "об углублении отношений всеобъемлющего партнёрства, которое определяет приоритеты.", "2024-05-16",
     "Совместное заявление Российской Федерации и Китайской Народной Республики об углублении отношений "
     "всеобъемлющего партнёрства", JS_2024),
    ("Министры подписали меморандум о сотрудничестве в области здравоохранения в среду.", "2023-12-20",
     "меморандум о сотрудничестве в области здравоохранения", "new"),
    ("Стороны подписали соглашение после переговоров.", "2023-12-20", None, None),
    ("Договор был заключён давно, заявил министр.", "2023-12-20", None, None),
]


@pytest.mark.parametrize("text,published,title,resolved", CASES, ids=[c[0][:40] for c in CASES])
def test_agreement_title_shapes(text, published, title, resolved):
    x = extract_text(text, published=published)
    found = [m for m in x.mentions if m.type == "Agreement"]
    if title is None:
        assert found == []
        return
    assert [m.text for m in found] == [title]
    if resolved == "new":
        assert found[0].entity.startswith("new/agreement/")
        assert x.provisional[found[0].entity].type == "Agreement"
    else:
        assert found[0].entity == resolved


def test_paraphrase_needs_a_nearby_date():
    """The same paraphrase a year after any catalogue statement stays provisional."""
    x = extract_text("Xi and Putin signed a joint statement on deepening their comprehensive partnership of "
                     "coordination in the new era.", published="2021-01-10")
    [m] = [m for m in x.mentions if m.type == "Agreement"]
    assert m.entity.startswith("new/agreement/")


def test_found_title_gives_signers():
    x = extract_text("Vladimir Putin and Xi Jinping signed a joint statement on deepening their comprehensive partnership "
                     "of coordination in the new era.", published="2024-05-16")
    signs = {(f.subject, f.object) for f in x.facts if f.relation == "signs"}
    assert signs == {("vladimir-putin", JS_2024), ("xi-jinping", JS_2024)}


def test_names_inside_a_found_title_are_not_mentions():
    x = extract_text("Лидеры подписали Совместное заявление Российской Федерации и Китайской Народной Республики "
                     "об углублении отношений всеобъемлющего партнёрства.", published="2024-05-16")
    assert [m.type for m in x.mentions] == ["Agreement"]


TREATY_2001 = "treaty-of-good-neighborliness-and-friendly-cooperation"
# A document about a known agreement (its implementation plan, a protocol to it) is not that agreement
# (shapes.json agreement "derived", zh "quote_suffix"); the agreement named alone still is.
ABOUT_ANOTHER = [
    ("习近平和普京批准了《中俄睦邻友好合作条约》2018年至2021年实施纲要。", "new"),
    ("習近平和普丁簽署了《中俄睦鄰友好合作條約》實施綱要（2022－2025年）。", "new"),
    ("两国外长签署《中俄睦邻友好合作条约》补充议定书。", "new"),
    ("习近平和普京签署《中俄睦邻友好合作条约》。", TREATY_2001),
    ("《中俄睦邻友好合作条约》签署20周年之际，两国元首发表联合声明。", TREATY_2001),
    ("Путин и Си Цзиньпин утвердили план действий по реализации положений Договора о добрососедстве.", "new"),
    ("Стороны подписали Протокол к Договору о добрососедстве.", "new"),
    ("Путин и Си Цзиньпин продлили Договор о добрососедстве, дружбе и сотрудничестве.", TREATY_2001),
    ("The two leaders signed the Action Plan for the Implementation of the Treaty of Good-Neighborliness "
     "and Friendly Cooperation.", "new"),
    ("Xi and Putin extended the Treaty of Good-Neighborliness and Friendly Cooperation.", TREATY_2001),
]


@pytest.mark.parametrize("text,resolved", ABOUT_ANOTHER, ids=[c[0][:30] for c in ABOUT_ANOTHER])
def test_a_document_about_an_agreement_is_another_one(text, resolved):
    x = extract_text(text, published="2021-06-28")
    found = {m.entity for m in x.mentions if m.type == "Agreement"}
    if resolved == "new":
        assert TREATY_2001 in found and any(e.startswith("new/agreement/") for e in found), found
        assert not {f.object for f in x.facts if f.relation == "signs"} & {TREATY_2001}
    else:
        assert found == {resolved}
