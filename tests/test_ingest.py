"""Tests of the ingest stage (kg.ingest): tables, one row per phenomenon, every language."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from kg.errors import InputError, KGError
from kg.ingest import (
    Article,
    Block,
    build_article,
    detect,
    find_published,
    is_boilerplate,
    read_inputs,
    read_path,
    segment_line,
    split_sentences,
)

SAMPLES = Path(__file__).resolve().parents[1] / "kg" / "data" / "samples"
D = datetime.date

# --- dates -------------------------------------------------------------------------------

DATE_CASES = [
    ("seed-001 prefix", " date 2026-02-04 Chiều 4/2, Chủ tịch Trung Quốc Tập Cận Bình", D(2026, 2, 4)),
    ("zh-Hant header", "首頁 > 頭條\n發佈時間:2024-10-23 08:59:26 | 來源:新華網", D(2024, 10, 23)),
    ("zh-Hans header", "发布时间：2024-10-23\n正文", D(2024, 10, 23)),
    ("en updated", "fmprc.gov.cn| Updated: 2022-02-05", D(2022, 2, 5)),
    ("en published", "Title here\nPublished: February 5, 2022", D(2022, 2, 5)),
    ("en abbreviated month", "Mar 30, 2022 in Beijing", D(2022, 3, 30)),
    ("iso with time", "2022-02-05 10:00", D(2022, 2, 5)),
    ("ru dotted", "Москва, 05.02.2022", D(2022, 2, 5)),
    ("vi slashed day first", "04/02/2026", D(2026, 2, 4)),
    ("vi weekday line", "Thứ Tư, 04/02/2026 14:30 (GMT+7)", D(2026, 2, 4)),
    ("zh year-month-day", "2022年2月5日 新华社", D(2022, 2, 5)),
    ("ru month word", "5 февраля 2022 года", D(2022, 2, 5)),
    ("ru time then date", "Мир\n19:24, 18 сентября 2023", D(2023, 9, 18)),
    ("labelled beats bare", "Event of 2021-01-01\nUpdated: 2022-02-05", D(2022, 2, 5)),
    ("impossible date", "31.02.2022", None),
    ("no year", "On the afternoon of February 4, President Xi", None),
    ("date inside a body sentence", "Gas deal\nThe CEOs of Gazprom and CNPC, after talks that had lasted for "
     "many years of negotiation, signed a contract on 21 May 2014 in Shanghai.", None),
    ("date line after a body sentence", "The CEOs of Gazprom and CNPC, after talks that had lasted for many "
     "years of negotiation, signed a contract on 21 May 2014 in Shanghai.\n16 June 2014", D(2014, 6, 16)),
    ("date opening a long line", "中俄外長會面 Mar 30, 2022 在北京,國務委員兼外長王毅,與到訪的俄羅斯外長拉夫羅夫會面。"
     "王毅表示,中俄關係保持正確前進方向,展現堅韌發展勢頭。拉夫羅夫表示,俄羅斯願同中國積極推進多極化進程。", D(2022, 3, 30)),
]


@pytest.mark.parametrize("name,text,expected", DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_published_date(name: str, text: str, expected: datetime.date | None) -> None:
    assert find_published(text) == expected


def test_date_only_in_header_lines() -> None:
    text = "\n".join(["Line without date."] * 20 + ["Updated: 2022-02-05"])
    assert find_published(text) is None


# --- language ----------------------------------------------------------------------------

LANG_CASES = [
    ("en", "President Xi Jinping held talks with Russian President Vladimir Putin."),
    ("zh-Hans", "国家主席习近平在北京同俄罗斯总统普京举行视频会晤。"),
    ("zh-Hant", "國家主席習近平在喀山克里姆林宮同俄羅斯總統普京舉行會晤。"),
    ("zh-Hant", "中央社台北4日電"),  # 台 is valid in both scripts: not counted
    ("vi", "Chủ tịch Trung Quốc Tập Cận Bình đã có cuộc hội đàm với Tổng thống Nga."),
    ("vi", "Quỹ Ðầu tư trực tiếp Nga"),  # Ð U+00D0 look-alike
    ("vi", "Chu tich Trung Quoc va Tong thong Nga trong cuoc hoi dam cua hai nuoc"),
    ("ru", "Си Цзиньпин провел встречу с Лукашенко в Тяньцзине"),
    ("ru", "ВСТРЕЧА ПРЕДСЕДАТЕЛЯ КНР СИ ЦЗИНЬПИНА И ПРЕЗИДЕНТА РФ В. В. ПУТИНА"),
    ("zh-Hant", "國家主席習近平與俄羅斯總統普京（Vladimir Putin）傾談期間"),  # mixed: majority
    ("en", "Sochi 2014 café résumé"),
    ("und", "2022-02-05 10:00 | 1234"),
]


@pytest.mark.parametrize("expected,text", LANG_CASES)
def test_detect(expected: str, text: str) -> None:
    assert detect(text) == expected


def _body_langs(article: Article) -> list[str]:
    out: list[str] = []
    for b in article.blocks:
        if b.kind != "boilerplate" and (not out or out[-1] != b.lang):
            out.append(b.lang)
    return out


SEED_CASES = [
    ("000_3462d4fd392c5213.txt", ["vi"], None, None),
    ("001_94d0341393780711.txt", ["vi"], D(2026, 2, 4), None),
    ("002_1797282344cdefbc.txt", ["zh-Hant", "en"], D(2024, 10, 23), "習近平同俄羅斯總統普京舉行會晤"),
    ("003_91ec62a49ae75b28.txt", ["en"], D(2022, 2, 5),
     "President Xi Jinping Holds Talks with Russian President Vladimir Putin"),
    ("004_cbc67faf9157e332.txt", ["zh-Hans", "ru", "zh-Hans"], None, "习近平主席同俄罗斯总统普京视频会晤"),
]


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    result = read_inputs([SAMPLES])
    assert result.ok
    return {Path(a.source).name: a for a in result.articles}


@pytest.mark.parametrize("name,langs,date,title", SEED_CASES)
def test_seed_blocks(seeds: dict[str, Article], name: str, langs: list[str], date: D | None, title: str | None) -> None:
    art = seeds[name]
    assert _body_langs(art) == langs
    assert art.languages == sorted(set(langs))
    assert art.published == date
    assert art.title == title
    raw = (SAMPLES / name).read_bytes()
    import hashlib

    assert art.content_hash == "sha256:" + hashlib.sha256(raw).hexdigest()
    assert art.doc_id == art.content_hash[7:23]
    for b in art.blocks:
        chunk = art.text[b.start : b.end]
        assert chunk == chunk.strip() and chunk


def test_seed_002_dateline_prefix_is_cut(seeds: dict[str, Article]) -> None:
    art = seeds["002_1797282344cdefbc.txt"]
    texts = [(b.kind, art.text[b.start : b.end]) for b in art.blocks]
    assert ("boilerplate", "新華社俄羅斯喀山10月22日電(記者\u2002郝薇薇\u2002黃河)") in texts
    assert ("body", "當地時間10月22日下午,國家主席習近平在喀山克里姆林宮同俄羅斯總統普京舉行會晤。") in texts
    assert ("boilerplate", "新華社記者 丁海濤 攝") in texts


def test_seed_003_furniture(seeds: dict[str, Article]) -> None:
    art = seeds["003_91ec62a49ae75b28.txt"]
    furniture = {art.text[b.start : b.end] for b in art.blocks if b.kind == "boilerplate"}
    assert {"中文 Français Contact Us", "fmprc.gov.cn| Updated: 2022-02-05", "W020220204728247677856.jpg",
            "京ICP备18041594号-1", "京公网安备 11010202005508号"} <= furniture
    body = [art.text[b.start : b.end] for b in art.blocks if b.kind == "body"]
    assert body[-1] == "Ding Xuexiang, Yang Jiechi, Wang Yi and He Lifeng were present at the talks."


# --- boilerplate -------------------------------------------------------------------------

BOILERPLATE_LINES = [
    ("nav zh-Hant", "首頁 >  頭條"),
    ("nav zh-Hans", "首页 > 头条"),
    ("nav en", "中文 Français Contact Us"),
    ("nav en pipes", "Home | World"),
    ("section ru", "Мир"),
    ("image file", "W020220204728247677856.jpg"),
    ("copyright en", "Copyright © China Daily. All rights reserved."),
    ("icp zh", "京ICP备18041594号-1"),
    ("police record zh", "京公网安备 11010202005508号"),
    ("copyright sign", "© 2024 Example Media"),
    ("copyright vi", "Bản quyền thuộc về Báo Điện tử"),
    ("copyright ru", "Все права защищены."),
    ("copyright zh", "梅州网版权所有,未经书面授权,严禁转载。"),
    ("source line en", "fmprc.gov.cn| Updated: 2022-02-05"),
    ("source zh", "来源：新华网"),
    ("source slash zh", "/新华社"),
    ("reported by zh", "据新华社报道"),
    ("header zh-Hant", "發佈時間:2024-10-23 08:59:26 | 來源:新華網 | 作者: | 責任編輯:張芃芃"),
    ("dateline only zh", "新华社莫斯科4月24日电"),
    ("photo zh", "新华社记者 丁海涛 摄"),
    ("photo en", "Photo: Xinhua"),
    ("photo vi", "Ảnh: TTXVN"),
    ("photo ru", "Фото: Дмитрий Азаров, Коммерсантъ"),
    ("editor zh-Hant", "責任編輯:張芃芃"),
    ("editor vi", "Biên tập: Nguyễn Văn A"),
    ("editor ru", "Редактор: Иван Петров"),
    ("editor byline ru", "Глеб Бажуткин (редактор отдела Мир)"),
    ("share en", "Share"),
    ("print en", "Print"),
    ("read more en", "Read more"),
    ("read more ru", "Узнайте больше в полной версии ➞"),
    ("share vi", "Chia sẻ"),
    ("share zh", "分享到"),
    ("scroll en", "Scroll to Top"),
    ("news service en", "Indo Asian News Service"),
    ("date line vi", "Thứ Tư, 04/02/2026 14:30 (GMT+7)"),
    ("date line ru", "19:24, 18 сентября 2023"),
    ("invite vi", "* Mời quý độc giả theo dõi các chương trình"),
    ("no letters", "2024-10-23 08:59:26"),
]


@pytest.mark.parametrize("name,line", BOILERPLATE_LINES, ids=[c[0] for c in BOILERPLATE_LINES])
def test_boilerplate_lines(name: str, line: str) -> None:
    assert is_boilerplate(line)


REAL_SENTENCES = [
    ("en", "President Xi Jinping held talks with Russian President Vladimir Putin in Beijing."),
    ("en headline", "Xi says China, Russia find right way for neighboring major countries to get along"),
    ("en contact", "Xi and Putin agreed to stay in close contact on major issues."),
    ("en date", "Updated relations were discussed on 5 February 2022 by both sides."),
    ("zh-Hans", "双方还就其他共同关心的国际和地区问题交换了意见。"),
    ("zh-Hans short", "两国元首相约明年2月北京见。"),
    ("zh-Hant", "兩國元首還就共同關心的重大國際地區問題深入交換了意見。"),
    ("zh subhead", "中俄关系经受住考验"),
    ("vi", "Theo ông Putin, Nga sẵn sàng tăng cường hơn nữa liên lạc và phối hợp chiến lược với Trung Quốc."),
    ("vi photo word", "Hai nhà lãnh đạo chụp ảnh chung sau cuộc hội đàm."),
    ("ru", "Лавров встретился со своим китайским коллегой"),
    ("ru photo word", "Фотографы и журналисты ждали лидеров у входа."),
    ("ru caps", "В ФОРМАТЕ ВИДЕОКОНФЕРЕНЦИИ"),
]


@pytest.mark.parametrize("name,line", REAL_SENTENCES, ids=[c[0] for c in REAL_SENTENCES])
def test_real_sentences_are_not_boilerplate(name: str, line: str) -> None:
    segs = segment_line(line)
    assert [(s.start, s.end, s.boilerplate) for s in segs] == [(0, len(line), False)]


SPLIT_LINES = [
    ("dateline zh-Hans", "新华社阿斯塔纳7月4日电(记者郝薇薇 安晓萌)当地时间7月4日下午,国家主席习近平会见卢卡申科。",
     "新华社阿斯塔纳7月4日电(记者郝薇薇 安晓萌)", "当地时间7月4日下午,国家主席习近平会见卢卡申科。"),
    ("dateline zh-Hant", "（中央社台北4日電）中國國家主席習近平下午與俄羅斯總統普丁舉行視訊會晤。",
     "（中央社台北4日電）", "中國國家主席習近平下午與俄羅斯總統普丁舉行視訊會晤。"),
    ("date prefix", " date 2026-02-04 Chiều 4/2, Chủ tịch Trung Quốc Tập Cận Bình đã có cuộc hội đàm.",
     "date 2026-02-04", "Chiều 4/2, Chủ tịch Trung Quốc Tập Cận Bình đã có cuộc hội đàm."),
    ("credit zh", "国家主席习近平同俄罗斯总统普京举行会晤。新华社记者 丁海涛 摄",
     "国家主席习近平同俄罗斯总统普京举行会晤。", "新华社记者 丁海涛 摄"),
    ("credit vi", "Ông Tập Cận Bình bắt tay ông Putin tại Bắc Kinh (Ảnh: Reuters).",
     "Ông Tập Cận Bình bắt tay ông Putin tại Bắc Kinh", "(Ảnh: Reuters)."),
    ("credit en", "Xi meets Putin in Kazan (Photo: Xinhua)",
     "Xi meets Putin in Kazan", "(Photo: Xinhua)"),
    ("credit ru", "Путин и Си Цзиньпин в Пекине (фото: ТАСС)",
     "Путин и Си Цзиньпин в Пекине", "(фото: ТАСС)"),
]


@pytest.mark.parametrize("name,line,first,second", SPLIT_LINES, ids=[c[0] for c in SPLIT_LINES])
def test_prefix_and_suffix_furniture(name: str, line: str, first: str, second: str) -> None:
    segs = segment_line(line)
    assert [line[s.start : s.end] for s in segs] == [first, second]
    kinds = [s.boilerplate for s in segs]
    assert kinds == ([True, False] if line.strip().startswith(first) and kinds[0] else [False, True])


# --- sentences ---------------------------------------------------------------------------

SENTENCE_CASES = [
    ("en", "Xi met Putin. They talked. Then they left!", ["Xi met Putin.", "They talked.", "Then they left!"]),
    ("en", "Mr. Xi met Dr. Putin on Oct. 22 in the U.S. Army base. It rained.",
     ["Mr. Xi met Dr. Putin on Oct. 22 in the U.S. Army base.", "It rained."]),
    ("en", 'He said "We agree." The talks ended.', ['He said "We agree."', "The talks ended."]),
    ("en", "KAZAN, Russia, Oct. 22 (Xinhua) -- Xi said.", ["KAZAN, Russia, Oct. 22 (Xinhua) -- Xi said."]),
    ("en", "Line one without stop\nLine two.", ["Line one without stop", "Line two."]),
    ("en", "It was 3.5 percent. e.g. this stays.", ["It was 3.5 percent. e.g. this stays."]),
    ("zh-Hans", "习近平指出，“好。”普京表示同意！双方；完成", ["习近平指出，“好。”", "普京表示同意！", "双方；", "完成"]),
    ("zh-Hant", "兩國元首還交換了意見。蔡奇、王毅等參加會晤。", ["兩國元首還交換了意見。", "蔡奇、王毅等參加會晤。"]),
    ("vi", "Đáp lại, Tổng thống Nga V. Putin cho rằng điều đó đúng. Ông Putin nói vậy.",
     ["Đáp lại, Tổng thống Nga V. Putin cho rằng điều đó đúng.", "Ông Putin nói vậy."]),
    ("vi", "quan hệ quốc tế trong thế kỷ 21. Sự phối hợp chiến lược", ["quan hệ quốc tế trong thế kỷ 21.", "Sự phối hợp chiến lược"]),
    ("vi", "Tổ chức tại TP. Hồ Chí Minh. Hai bên nhất trí.", ["Tổ chức tại TP. Hồ Chí Minh.", "Hai bên nhất trí."]),
    ("ru", "В. В. Путин прибыл в Пекин. Встреча прошла в 2024 г. В Москве ждут.",
     ["В. В. Путин прибыл в Пекин.", "Встреча прошла в 2024 г. В Москве ждут."]),
    ("ru", "Обсудили торговлю, т.е. Расчёты в рублях. Итог ясен.",
     ["Обсудили торговлю, т.е. Расчёты в рублях.", "Итог ясен."]),
]


@pytest.mark.parametrize("lang,text,expected", SENTENCE_CASES)
def test_split_sentences(lang: str, text: str, expected: list[str]) -> None:
    pad = "  \n"  # offsets must index the whole text, not the block
    full = pad + text + " "
    block = Block(len(pad), len(pad) + len(text), lang, "body")
    sents = split_sentences(full, block)
    assert [full[s.start : s.end] for s in sents] == expected
    assert all(s.lang == lang for s in sents)


def test_article_sentences_cover_body_only(seeds: dict[str, Article]) -> None:
    art = seeds["003_91ec62a49ae75b28.txt"]
    sents = art.sentences()
    texts = [art.text[s.start : s.end] for s in sents]
    assert texts[0] == "President Xi Jinping Holds Talks with Russian President Vladimir Putin"
    assert not any("Copyright" in t or t.endswith(".jpg") for t in texts)
    assert all(t == t.strip() for t in texts)


# --- readers -----------------------------------------------------------------------------


def test_read_txt(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffXi meets Putin in Beijing\r\n\r\nUpdated: 2022-02-05\r\nXi met Putin. They talked.\r\n".encode("utf-8"))
    (art,) = read_path(p).articles
    assert art.title == "Xi meets Putin in Beijing"
    assert art.published == D(2022, 2, 5)
    assert "\r" not in art.text and art.source == str(p)


def test_read_markdown(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("# Xi meets **Putin**\n\n* The [Kremlin](https://kremlin.ru) said _talks_ went well.\n\n---\n"
                 "![photo](x.jpg)\n", encoding="utf-8")
    (art,) = read_path(p).articles
    assert art.title == "Xi meets Putin"
    assert "The Kremlin said talks went well." in art.text
    assert "#" not in art.text and "*" not in art.text and "](" not in art.text
    assert [b.kind for b in art.blocks if b.kind != "boilerplate"] == ["title", "body"]


def test_read_html(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_text(
        "<html><head><title>Xi &amp; Putin meet</title><script>var x='Hidden';</script>"
        "<meta property='article:published_time' content='2024-10-22T10:00:00Z'>"
        "<link rel='canonical' href='https://example.org/a'></head><body>"
        "<header>Site header</header><nav>Home | World</nav>"
        "<h1>Xi &amp; Putin meet</h1><p>Xi met&nbsp;Putin in <b>Kazan</b>.</p><div>Second&#44; para.</div>"
        "<aside>Ad</aside><footer>Footer text</footer></body></html>",
        encoding="utf-8",
    )
    (art,) = read_path(p).articles
    assert art.title == "Xi & Putin meet"
    assert art.text.split("\n") == ["Xi & Putin meet", "Xi met\u00a0Putin in Kazan.", "Second, para."]
    assert art.published == D(2024, 10, 22) and art.url == "https://example.org/a"
    assert art.blocks[0].kind == "title"


def test_read_jsonl_keeps_good_lines(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    good = {"text": "Лавров встретился с Ван И.", "url": "https://x/1", "title": "T", "date": "2023-09-18"}
    p.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n\n" + json.dumps({"text": "习近平会见普京。"})
                 + "\n" + json.dumps({"text": "x", "date": "18/09/2023"}) + "\n", encoding="utf-8")
    result = read_path(p)
    assert [a.source for a in result.articles] == [f"{p}:1", f"{p}:4"]
    assert result.articles[0].published == D(2023, 9, 18) and result.articles[0].url == "https://x/1"
    assert result.articles[1].languages == ["zh-Hans"]
    assert [e.path for e in result.errors] == [f"{p}:2", f"{p}:5"]
    assert str(result.errors[0]).startswith(f"{p}:2: bad JSON")
    with pytest.raises(InputError):
        result.raise_for_errors()


def test_legacy_encodings(tmp_path: Path) -> None:
    files = {"gb.txt": ("习近平同俄罗斯总统普京举行会晤。", "gb18030"), "big5.txt": ("習近平同俄羅斯總統普京舉行會晤。", "big5"),
             "ru.txt": ("Путин встретился с Си Цзиньпином в Пекине.", "cp1251"),
             "u16.txt": ("Xi met Putin.", "utf-16")}
    for name, (text, enc) in files.items():
        (tmp_path / name).write_bytes(text.encode(enc))
    result = read_inputs([tmp_path])
    assert result.ok, result.errors
    assert {Path(a.source).name: a.text for a in result.articles} == {k: v[0] for k, v in files.items()}


ERROR_CASES = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n", "empty file"),
    ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("latin1.txt", "café au lait, voilà".encode("latin-1"), "not valid UTF-8 text (byte 0xe9 at offset 3)"),
    ("empty.jsonl", b"\n\n", "empty file"),
    ("a.pdf", b"%PDF-1.4", "unsupported file type"),
]


@pytest.mark.parametrize("name,data,problem", ERROR_CASES)
def test_input_errors(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    result = read_path(p)
    assert not result.articles
    (err,) = result.errors
    assert isinstance(err, KGError) and err.path == str(p)
    assert problem in err.problem and str(err) == f"{p}: {err.problem}"


def test_missing_file(tmp_path: Path) -> None:
    (err,) = read_path(tmp_path / "nope.txt").errors
    assert str(err) == f"{tmp_path / 'nope.txt'}: no such file"


def test_folder_with_bad_file_yields_good_ones(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Xi met Putin.", encoding="utf-8")
    (tmp_path / "sub" / "a.md").write_text("# Title here\n\nBody text.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    result = read_inputs([tmp_path])
    assert [Path(a.source).name for a in result.articles] == ["b.txt", "a.md"]
    assert [Path(e.path).name for e in result.errors] == ["c.txt"]


def test_build_article_given_title_marks_block() -> None:
    art = build_article("Headline here\nBody sentence one. Body two.", source="x", raw=b"x", title="Headline here")
    assert [b.kind for b in art.blocks] == ["title", "body"]
    assert len(art.sentences()) == 3
