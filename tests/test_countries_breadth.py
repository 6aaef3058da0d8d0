"""Breadth of the country catalogue: the remaining UN member states (and the Holy See) that China/Russia
news names (Russia–Africa and FOCAC summits, BRICS partners, the Global South at the UN, Latin America,
the Pacific, the Balkans), in kg/data/catalogue/countries-more.json, and their leaders 2018-2026
(kg/data/catalogue/persons-world.json). Found in English, Chinese (Xinhua and Taiwanese CNA forms),
Vietnamese (VNA forms, Nhân Dân transliterations, no diacritics) and Russian (case forms).
Every sentence was written for this table, not copied from an article.

Positive rows: the entity is found, and the facts listed are among those found.
Negative rows: ordinary words and phrases that must not become one of the new countries.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from kg.extract import extract_text, facts_of

D = "2025-06-10"
CATALOGUE = Path(__file__).resolve().parents[1] / "kg" / "data" / "catalogue"

# (text, published, entity id expected among the entities, facts expected among those found)
CASES = [
    # English
    ("Putin held talks with the leaders of Ghana and Guinea.", D, "ghana", set()),
    ("Putin held talks with the leaders of Ghana and Guinea.", D, "guinea", set()),
    ("Lavrov visited Chad and Eritrea last week.", D, "chad", {("sergey-lavrov", "visits", "chad")}),
    ("Wang Yi arrived in Côte d'Ivoire on Monday.", D, "cote-d-ivoire", {("wang-yi", "visits", "cote-d-ivoire")}),
    ("Wang Yi arrived in Ivory Coast on Monday.", D, "cote-d-ivoire", set()),
    ("The king of Eswatini, formerly Swaziland, spoke at the forum.", D, "eswatini", set()),
    ("Swaziland kept its ties with Taipei.", D, "eswatini", set()),
    ("Fighting continued in eastern DR Congo.", D, "dr-congo", set()),
    ("Troops from the Democratic Republic of the Congo crossed the border.", D, "dr-congo", set()),
    ("China signed a loan deal with the Republic of the Congo.", D, "republic-of-the-congo", set()),
    ("The Solomon Islands signed a security pact with China.", D, "solomon-islands", set()),
    ("Nicaragua and Honduras switched recognition to Beijing.", D, "honduras", set()),
    ("Lavrov met his counterpart from Papua New Guinea.", D, "papua-new-guinea", set()),
    ("Russian warships called at Equatorial Guinea.", D, "equatorial-guinea", set()),
    ("Guinea-Bissau joined the initiative.", D, "guinea-bissau", set()),
    ("Xi Jinping held talks with Uruguay on trade.", D, "uruguay", set()),
    ("The Holy See and China renewed their agreement.", D, "holy-see", set()),
    ("North Macedonia and Montenegro joined NATO.", D, "north-macedonia", set()),
    ("Bosnia and Herzegovina abstained in the vote.", D, "bosnia-and-herzegovina", set()),
    ("Cape Verde and São Tomé and Príncipe sent delegations.", D, "cabo-verde", set()),
    # Chinese, simplified (Xinhua) and traditional (Taiwan CNA, Hong Kong)
    ("王毅访问加纳和几内亚。", D, "ghana", {("wang-yi", "visits", "ghana")}),
    ("王毅访问加纳和几内亚。", D, "guinea", {("wang-yi", "visits", "guinea")}),
    ("王毅訪問迦納與幾內亞。", D, "ghana", set()),
    ("王毅訪問迦納與幾內亞。", D, "guinea", set()),
    ("甘比亞與台灣斷交。", D, "gambia", set()),
    ("中国同刚果（金）签署合作协议。", D, "dr-congo", set()),
    ("刚果民主共和国东部局势紧张。", D, "dr-congo", set()),
    ("刚果（布）同中国建交五十多年。", D, "republic-of-the-congo", set()),
    ("中非共和国与俄罗斯签署协议。", D, "central-african-republic", set()),
    ("所罗门群岛与中国建交。", D, "solomon-islands", set()),
    ("索羅門群島與台灣斷交。", D, "solomon-islands", set()),
    ("吐瓦魯是台灣的友邦。", D, "tuvalu", set()),
    ("科特迪瓦代表团访华。", D, "cote-d-ivoire", set()),
    ("象牙海岸代表團訪問台北。", D, "cote-d-ivoire", set()),
    ("斯威士兰是非洲唯一与台湾保持所谓外交关系的国家。", D, "eswatini", set()),
    ("史瓦帝尼國王訪台。", D, "eswatini", set()),
    ("梵蒂冈与中国续签协议。", D, "holy-see", set()),
    ("瓜地馬拉與宏都拉斯", D, "guatemala", set()),
    ("瓜地馬拉與宏都拉斯", D, "honduras", set()),
    ("查德與尼日", D, "chad", set()),
    ("王毅访问巴布亚新几内亚。", D, "papua-new-guinea", {("wang-yi", "visits", "papua-new-guinea")}),
    # Vietnamese (VNA, Nhân Dân transliterations, no diacritics)
    ("Thủ tướng tiếp Đại sứ Ghana tại Hà Nội.", D, "ghana", set()),
    ("Việt Nam và Ga-na tăng cường hợp tác.", D, "ghana", set()),
    ("Đoàn đại biểu Ghi-nê thăm Việt Nam.", D, "guinea", set()),
    ("Viet Nam va Ghana tang cuong hop tac.", D, "ghana", set()),
    ("Cộng hòa Dân chủ Congo và Rwanda ký thỏa thuận.", D, "dr-congo", set()),
    ("Cộng hòa Dân chủ Congo và Rwanda ký thỏa thuận.", D, "rwanda", set()),
    ("Cong hoa Dan chu Congo va Rwanda ky thoa thuan.", D, "dr-congo", set()),
    ("Bờ Biển Ngà là đối tác của Việt Nam.", D, "cote-d-ivoire", set()),
    ("Việt Nam và Cộng hòa Síp phát triển quan hệ.", D, "cyprus", set()),
    pytest.param("Quan hệ Việt Nam – Cộng hòa Síp phát triển tốt.", D, "cyprus", set(), marks=pytest.mark.xfail(strict=True, reason="the pair pattern 'Việt Nam – X' takes only one-word partners (kg/lang/vi, another helper's file)")),
    ("Chủ tịch nước tiếp Đại sứ Mô-ri-ta-ni.", D, "mauritania", set()),
    ("Ngoại trưởng Nga thăm Bu-run-đi.", D, "burundi", set()),
    ("Ngoại trưởng Lavrov thăm Cộng hòa Chad.", D, "chad", set()),
    ("Quần đảo Solomon ký thỏa thuận an ninh với Trung Quốc.", D, "solomon-islands", set()),
    ("Tòa Thánh Vatican và Việt Nam nhất trí tăng cường đối thoại.", D, "holy-see", set()),
    # Russian (case forms)
    ("Лавров посетил Гану.", D, "ghana", {("sergey-lavrov", "visits", "ghana")}),
    ("Россия и Гана подписали соглашение.", D, "ghana", set()),
    ("Путин встретился с Ганой и Гвинеей на полях саммита.", D, "guinea", set()),
    ("Посол Гвинеи прибыл в МИД.", D, "guinea", set()),
    ("В Чаде прошли выборы.", D, "chad", set()),
    ("Делегация Кот-д’Ивуара прибыла в Сочи.", D, "cote-d-ivoire", set()),
    ("Делегация Кот-д'Ивуара прибыла в Сочи.", D, "cote-d-ivoire", set()),
    ("Лавров провёл переговоры в Демократической Республике Конго.", D, "dr-congo", set()),
    ("Российские инструкторы работают в ЦАР.", D, "central-african-republic", set()),
    ("Россия направила гуманитарную помощь в Центральноафриканскую Республику.", D, "central-african-republic", set()),
    ("Эсватини, бывший Свазиленд, поддержал резолюцию.", D, "eswatini", set()),
    ("Лавров прибыл в Эритрею.", D, "eritrea", {("sergey-lavrov", "visits", "eritrea")}),
    ("Переговоры с Никарагуа и Гондурасом.", D, "honduras", set()),
    ("Путин посетил Черногорию.", D, "montenegro", {("vladimir-putin", "visits", "montenegro")}),
    ("Северная Македония вступила в НАТО.", D, "north-macedonia", set()),
    ("Соломоновы Острова подписали соглашение с Китаем.", D, "solomon-islands", set()),
    ("Папуа — Новая Гвинея и Китай", D, "papua-new-guinea", set()),
    # leaders (persons-world.json): the title gives the office and the country
    ("Ghanaian President John Mahama arrived in Moscow.", D, "john-mahama", {("john-mahama", "leaderOf", "ghana")}),
    ("Президент Ганы Джон Махама прибыл в Москву.", D, "john-mahama", {("john-mahama", "leaderOf", "ghana")}),
    ("加纳总统马哈马抵达北京。", D, "john-mahama", {("john-mahama", "leaderOf", "ghana")}),
    ("Tổng thống Ghana John Mahama thăm Trung Quốc.", D, "john-mahama", {("john-mahama", "leaderOf", "ghana")}),
    ("Путин встретился с президентом Гвинеи Мамади Думбуя.", D, "mamady-doumbouya",
     {("mamady-doumbouya", "leaderOf", "guinea"), ("mamady-doumbouya", "meets", "vladimir-putin")}),
    ("Путин провёл переговоры с Дени Сассу-Нгессо.", D, "denis-sassou-nguesso", set()),
    ("Президент Мали Ассими Гоита прибыл в Санкт-Петербург.", D, "assimi-goita", {("assimi-goita", "leaderOf", "mali")}),
    ("Ибрагим Траоре встретился с Путиным.", D, "ibrahim-traore", {("ibrahim-traore", "meets", "vladimir-putin")}),
    ("Xi Jinping met Zimbabwean President Emmerson Mnangagwa.", D, "emmerson-mnangagwa",
     {("emmerson-mnangagwa", "leaderOf", "zimbabwe")}),
    ("President Bola Tinubu of Nigeria met Xi Jinping.", D, "bola-tinubu", {("bola-tinubu", "meets", "xi-jinping")}),
    ("Путин встретился с президентом Уганды Йовери Мусевени.", D, "yoweri-museveni", {("yoweri-museveni", "leaderOf", "uganda")}),
    ("Президент Боливии Луис Арсе прибыл в Казань.", "2024-10-22", "luis-arce", {("luis-arce", "leaderOf", "bolivia")}),
    ("Thai Prime Minister Paetongtarn Shinawatra visited Beijing.", "2025-02-06", "paetongtarn-shinawatra",
     {("paetongtarn-shinawatra", "leaderOf", "thailand")}),
    ("泰国总理佩通坦访华。", "2025-02-06", "paetongtarn-shinawatra", {("paetongtarn-shinawatra", "leaderOf", "thailand")}),
    ("Thủ tướng Thái Lan Anutin Charnvirakul tiếp Đại sứ Trung Quốc.", D, "anutin-charnvirakul",
     {("anutin-charnvirakul", "leaderOf", "thailand")}),
    ("Президент Алжира Абдельмаджид Теббун посетил Москву.", D, "abdelmadjid-tebboune",
     {("abdelmadjid-tebboune", "leaderOf", "algeria")}),
    ("Argentine President Javier Milei spoke in Buenos Aires.", D, "javier-milei", {("javier-milei", "leaderOf", "argentina")}),
    ("Президент Никарагуа Даниэль Ортега поздравил Путина.", D, "daniel-ortega", {("daniel-ortega", "leaderOf", "nicaragua")}),
    ("墨西哥总统克劳迪娅·辛鲍姆表示。", D, "claudia-sheinbaum", {("claudia-sheinbaum", "leaderOf", "mexico")}),
    ("Bangladeshi Prime Minister Sheikh Hasina visited Beijing.", "2024-07-09", "sheikh-hasina",
     {("sheikh-hasina", "leaderOf", "bangladesh")}),
    ("Президент Сенегала Бассиру Диомай Фай прибыл в Пекин.", D, "bassirou-diomaye-faye",
     {("bassirou-diomaye-faye", "leaderOf", "senegal")}),
    ("Mozambican President Filipe Nyusi met Xi Jinping.", "2023-07-27", "filipe-nyusi", {("filipe-nyusi", "leaderOf", "mozambique")}),
]

NEW_COUNTRIES = {
    "albania", "andorra", "bosnia-and-herzegovina", "cyprus", "iceland", "liechtenstein", "luxembourg", "malta",
    "monaco", "montenegro", "north-macedonia", "san-marino", "slovenia", "holy-see", "bhutan", "benin", "botswana",
    "burundi", "cabo-verde", "cameroon", "central-african-republic", "chad", "comoros", "republic-of-the-congo",
    "dr-congo", "cote-d-ivoire", "djibouti", "equatorial-guinea", "eritrea", "eswatini", "gabon", "gambia", "ghana",
    "guinea", "guinea-bissau", "lesotho", "liberia", "madagascar", "malawi", "mauritania", "mauritius", "namibia",
    "rwanda", "sao-tome-and-principe", "seychelles", "sierra-leone", "somalia", "south-sudan", "togo",
    "antigua-and-barbuda", "bahamas", "barbados", "belize", "costa-rica", "dominica", "dominican-republic", "ecuador",
    "el-salvador", "grenada", "guatemala", "guyana", "haiti", "honduras", "jamaica", "panama", "paraguay",
    "saint-kitts-and-nevis", "saint-lucia", "saint-vincent-and-the-grenadines", "suriname", "trinidad-and-tobago",
    "uruguay", "fiji", "kiribati", "marshall-islands", "micronesia", "nauru", "palau", "papua-new-guinea", "samoa",
    "solomon-islands", "tonga", "tuvalu", "vanuatu",
}


# (text, entity that must NOT be found)
NEGATIVE = [
    ("沿海地区经济发展迅速。", "haiti"),
    ("中非合作论坛北京峰会开幕。", "central-african-republic"),
    ("广东加强与俄罗斯的合作。", "tonga"),
    ("香港人讲狮子山精神。", "sierra-leone"),
    ("Президент того же мнения.", "togo"),
    ("Того же мнения придерживается Пекин.", "togo"),
    ("Panama hats were on sale.".lower(), "guyana"),
    ("Ông ấy ăn sáng ở Hà Nội.", "chad"),
    ("Họ sống ở đảo Síp.", "cyprus"),
    ("He said the Vatican is a small state.", "vatican-city"),
    ("The images were saved as png files.", "papua-new-guinea"),
    ("Tòa thánh Tây Ninh đón khách hành hương.", "holy-see"),
    # lower-case words (names.json exact_case_names) and words across a Chinese word boundary (zh not_entities)
    ("chad and his friends went home.", "chad"),
    ("She bought a guinea pig.", "guinea"),
    ("В чаду споров он забыл о главном.", "chad"),
    ("政府将增加纳税人的补贴。", "ghana"),
    ("警方正在调查德国公司。", "chad"),
    ("两国贸易更加蓬勃发展。", "gabon"),
    ("马里奥·德拉吉会见了王毅。", "mali"),
]


def _entities(text: str, published: str) -> set[str]:
    return {m.entity for m in extract_text(text, published=published).mentions if m.entity}


@pytest.mark.parametrize("text,published,entity,facts", CASES, ids=[f"{c[2]}:{c[0][:30]}" for c in CASES])
def test_country_found(text, published, entity, facts):
    assert entity in _entities(text, published)
    found = facts_of(text, published=published)
    assert facts <= found, (facts - found, found)


@pytest.mark.parametrize("text,entity", NEGATIVE)
def test_not_a_country(text, entity):
    assert entity not in _entities(text, D)


def test_every_un_member_state():
    ids = {e["id"] for p in CATALOGUE.glob("countries*.json")
           for e in json.loads(p.read_text(encoding="utf-8"))["entities"] if e["type"] == "Country"}
    assert NEW_COUNTRIES <= ids
    assert len(ids - {"soviet-union", "palestine", "holy-see"}) >= 193


def test_no_label_shared_within_a_language():
    """Two catalogue entities never share a label in the same language (folded: case, accents kept)."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in CATALOGUE.glob("*.json"):
        doc = json.loads(p.read_text(encoding="utf-8"))
        for e in doc.get("entities", ()):
            for tag, label in e["labels"].items():
                owners[(tag, unicodedata.normalize("NFC", label).casefold())].add(e["id"])
    shared = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not shared, shared


@pytest.mark.parametrize("cid", sorted(NEW_COUNTRIES))
def test_new_country_labels(cid):
    e = next(e for p in CATALOGUE.glob("countries*.json")
             for e in json.loads(p.read_text(encoding="utf-8"))["entities"] if e["id"] == cid)
    assert {"en", "zh-Hans", "zh-Hant"} <= set(e["labels"])
    zh = [e["labels"]["zh-Hans"], e["labels"]["zh-Hant"]] + e.get("aliases", {}).get("zh", [])
    assert all(len(z) >= 2 for z in zh), zh
    vi = [e["labels"].get("vi", "")] + e.get("aliases", {}).get("vi", [])
    # no one-syllable Vietnamese name (Síp, Sát): a single word written with Vietnamese letters or tones
    viet = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
    assert not [v for v in vi if v and len(v) <= 4 and " " not in v and "-" not in v and viet & set(v.lower())], vi
