"""Russian breadth table: how Russian news writing (kremlin.ru, ТАСС, РИА Новости, Коммерсантъ,
Интерфакс) expresses each relation — verbs and nouns, participles and relative clauses, nominal
forms, word orders, lists, anaphora, tenses, case forms — and the cues that make a fact NOT
asserted (negation, refusal, observers and partners, applications, invitations, recalled or vague
meetings). Sentences written for this table; none copied from an article.

Each row: (text, published, expected) where expected is the exact set of facts, or a pair
(present, absent) when only part of the sentence's facts is the point of the row.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text, facts_of

from fact_check import check_facts

PUTIN, XI, LAVROV, WANG = "vladimir-putin", "xi-jinping", "sergey-lavrov", "wang-yi"
LUK, TOK, MODI, ERD = "alexander-lukashenko", "kassym-jomart-tokayev", "narendra-modi", "recep-tayyip-erdogan"
RU, CN, IN = "russia", "china", "india"
SCO, BRICS, CSTO, EAEU = "shanghai-cooperation-organisation", "brics", "csto", "eurasian-economic-union"
B16, SCO24 = "16th-brics-summit", "2024-sco-summit"


def sym(a: str, rel: str, b: str) -> tuple[str, str, str]:
    return (a, rel, b) if a < b else (b, rel, a)


NONE: set = set()

CASES = [
    # ---------------- attends: verbs, tenses, participles, nominal forms, word orders, lists
    ("Председатель КНР Си Цзиньпин принял участие в XVI саммите БРИКС в Казани.", "2024-10-23",
     {(XI, "attends", B16), ("kazan", "hosts", B16), (XI, "leaderOf", CN)}),
    ("В работе XVI саммита БРИКС приняли участие Нарендра Моди и Луис Инасиу Лула да Силва.", "2024-10-23",
     {(MODI, "attends", B16), ("lula-da-silva", "attends", B16)}),
    ("Участие Си Цзиньпина в саммите БРИКС в Казани подтвердили в МИД КНР.", "2024-10-20",
     ({(XI, "attends", B16), ("kazan", "hosts", B16)}, NONE)),
    ("Президент Ирана Масуд Пезешкиан примет участие в саммите БРИКС, который пройдет в Казани 22–24 октября.",
     "2024-10-20", {("masoud-pezeshkian", "attends", B16), ("masoud-pezeshkian", "leaderOf", "iran"), ("kazan", "hosts", B16)}),
    ("Премьер-министр Пакистана Шахбаз Шариф присутствовал на саммите ШОС в Астане.", "2024-07-04",
     {("shehbaz-sharif", "attends", SCO24), ("shehbaz-sharif", "leaderOf", "pakistan"), ("astana", "hosts", SCO24)}),
    ("Эрдоган, участвующий в саммите ШОС, встретился с Путиным.", "2024-07-04",
     ({(ERD, "attends", SCO24), sym(ERD, "meets", PUTIN)}, NONE)),
    ("Лукашенко, который прибыл на саммит ШОС в Астану, провел переговоры с Си Цзиньпином.", "2024-07-04",
     ({(LUK, "attends", SCO24), sym(LUK, "meets", XI)}, NONE)),
    ("Путин, Си Цзиньпин, Лукашенко и Токаев приняли участие в саммите ШОС.", "2024-07-04",
     {(PUTIN, "attends", SCO24), (XI, "attends", SCO24), (LUK, "attends", SCO24), (TOK, "attends", SCO24)}),
    ("Саммит ШОС прошел в Астане. В нем приняли участие Путин и Си Цзиньпин.", "2024-07-04",
     {("astana", "hosts", SCO24), (PUTIN, "attends", SCO24), (XI, "attends", SCO24)}),
    ("На полях саммита БРИКС Си Цзиньпин встретился с Нарендрой Моди.", "2024-10-23",
     ({(XI, "attends", B16), sym(MODI, "meets", XI)}, NONE)),
    ("Путин выступил на пленарном заседании VIII Восточного экономического форума.", "2023-09-12",
     {(PUTIN, "attends", "8th-eastern-economic-forum")}),
    ("Си Цзиньпин выступил на третьем Форуме «Один пояс, один путь» в Пекине.", "2023-10-18",
     {(XI, "attends", "3rd-belt-and-road-forum"), ("beijing", "hosts", "3rd-belt-and-road-forum")}),
    # SPIEF and the EEF are series (series.json): the generic name is the edition of the document's date
    ("Выступление Путина на Петербургском международном экономическом форуме ждут инвесторы.", "2024-06-07",
     ({(PUTIN, "attends", "spief-2024")}, NONE)),
    ("Президент ЮАР Сирил Рамафоса, прибывший в Казань на саммит БРИКС, провел переговоры с Путиным.", "2024-10-22",
     ({("cyril-ramaphosa", "attends", B16), ("cyril-ramaphosa", "visits", "kazan"), ("kazan", "hosts", B16)}, NONE)),
    ("На саммит БРИКС в Казань прибыли президент Египта Абдель Фаттах ас-Сиси и премьер-министр Эфиопии Абий Ахмед.",
     "2024-10-22", {("abdel-fattah-el-sisi", "attends", B16), ("abdel-fattah-el-sisi", "leaderOf", "egypt"),
                    ("abdel-fattah-el-sisi", "visits", "kazan"), ("abiy-ahmed", "attends", B16),
                    ("abiy-ahmed", "leaderOf", "ethiopia"), ("abiy-ahmed", "visits", "kazan"), ("kazan", "hosts", B16)}),
    ("Участники Восточного экономического форума, в том числе вице-премьер Госсовета КНР Чжан Гоцин, посетили остров Русский.",
     # dated: the 9th EEF (3-6 Sep 2024), the edition of the series nearest the date
     "2024-09-05", {("zhang-guoqing", "attends", "9th-eastern-economic-forum"), ("zhang-guoqing", "visits", "russky-island")}),
    pytest.param("В саммите ШОС также участвовали Эрдоган и генеральный секретарь ООН Антониу Гутерриш.", "2024-07-04",
                 ({(ERD, "attends", SCO24), ("antonio-guterres", "attends", SCO24)}, NONE), marks=pytest.mark.xfail(
                     reason="a list whose second member has a title holding an organisation ('и генеральный секретарь "
                            "ООН X') is not grouped: only the first name takes the event", strict=True)),
    # an open series (series.json): a dated name is the provisional conference of its year
    ("Ван И выступил на Мюнхенской конференции по безопасности.", "2024-02-17",
     {(WANG, "attends", "new/event/munich-security-conference-2024")}),
    # attends: not asserted
    ("Президент Монголии не был приглашен на саммит ШОС.", "2024-07-04",
     ({("ukhnaagiin-khurelsukh", "leaderOf", "mongolia")}, {("ukhnaagiin-khurelsukh", "attends", SCO24)})),
    ("Моди так и не приехал на саммит ШОС в Астане.", "2024-07-04", ({("astana", "hosts", SCO24)}, {(MODI, "attends", SCO24)})),
    ("Премьер-министр Индии Нарендра Моди отказался участвовать в саммите ШОС.", "2024-07-04",
     {(MODI, "leaderOf", IN)}),
    ("Если Моди приедет на саммит ШОС, он встретится с Си Цзиньпином.", "2024-07-01", NONE),
    # ---------------- events and venues the catalogue lacks, by shape
    ("Лавров принял участие в заседании Совета министров иностранных дел ШОС в Астане.", "2024-05-21",
     ({(LAVROV, "attends", "new/event/заседание-совета-министров-иностранных-дел-шос")}, NONE)),
    ("Министр обороны Андрей Белоусов принял участие в XI Московской конференции по международной безопасности.",
     "2024-08-13", {("andrey-belousov", "attends", "new/event/xi-московская-конференция-по-международной-безопасности")}),
    ("Глава МИД Китая Ван И примет участие в Форуме министров иностранных дел «Китай — Центральная Азия».",
     "2024-05-16", ({(WANG, "attends", "new/event/форум-министров-иностранных-дел-китай-центральная-азия")}, NONE)),
    ("Мишустин посетил 8-ю Российско-Китайскую выставку в Харбине.", "2024-05-17",
     ({("mikhail-mishustin", "attends", "new/event/8-я-российско-китайская-выставка"),
       ("harbin", "hosts", "new/event/8-я-российско-китайская-выставка")}, NONE)),
    ("Форум открылся в Центре международной торговли в Москве.", "2024-06-10",
     {("new/place/центр-международной-торговли", "locatedIn", "moscow")}),
    ("Лидеры обсудили подготовку к саммиту.", "2024-06-10", NONE),
    ("Встреча прошла в формате видеоконференции.", "2024-06-10", NONE),
    # ---------------- hosts
    ("Казахстан принимает саммит ШОС в Астане.", "2024-07-04",
     {("kazakhstan", "hosts", SCO24), ("astana", "hosts", SCO24)}),
    ("Астана стала хозяйкой саммита ШОС.", "2024-07-04", {("astana", "hosts", SCO24)}),
    ("Хозяином саммита ШОС выступил Казахстан.", "2024-07-04", {("kazakhstan", "hosts", SCO24)}),
    ("Площадкой для XVI саммита БРИКС стала Казань.", "2024-10-23", {("kazan", "hosts", B16)}),
    ("XVI саммит БРИКС проходит в Казани.", "2024-10-23", {("kazan", "hosts", B16)}),
    ("Казань, где проходит саммит БРИКС, готовилась к нему два года.", "2024-10-23", {("kazan", "hosts", B16)}),
    ("Саммит АТЭС пройдет 8–9 сентября во Владивостоке.", "2012-06-01", {("vladivostok", "hosts", "apec-russia-2012")}),
    ("Саммит ШОС состоится в июле в Астане.", "2024-05-01", {("astana", "hosts", SCO24)}),
    ("Саммит ШОС состоится 4 июля 2024 года в Астане.", "2024-05-01", {("astana", "hosts", SCO24)}),
    ("Заседание Совета глав государств СНГ пройдет в Душанбе.", "2024-10-01",
     ({("dushanbe", "hosts", "new/event/cis-summit-2024")}, NONE)),
    ("Токаев председательствовал на саммите ШОС в Астане.", "2024-07-04",
     ({(TOK, "attends", SCO24)}, {(TOK, "hosts", SCO24)})),
    # ---------------- memberOf: status, joining, lists, inverted order
    ("С 1 января Египет, Эфиопия, Иран и ОАЭ стали полноправными членами БРИКС.", "2024-01-02",
     {("egypt", "memberOf", BRICS), ("ethiopia", "memberOf", BRICS), ("iran", "memberOf", BRICS), ("uae", "memberOf", BRICS)}),
    ("Иран официально вступил в ШОС в июле 2023 года.", "2024-01-02", {("iran", "memberOf", SCO)}),
    ("Белоруссия стала десятым членом ШОС.", "2024-07-04", {("belarus", "memberOf", SCO)}),
    ("Белоруссия присоединилась к ШОС в качестве полноправного члена.", "2024-07-04", {("belarus", "memberOf", SCO)}),
    ("В ШОС входят Индия, Пакистан и Иран.", "2024-07-04",
     {(IN, "memberOf", SCO), ("pakistan", "memberOf", SCO), ("iran", "memberOf", SCO)}),
    ("Казахстан входит в ОДКБ и ЕАЭС.", "2024-07-04", {("kazakhstan", "memberOf", CSTO), ("kazakhstan", "memberOf", EAEU)}),
    ("Государства — члены ЕАЭС: Армения, Белоруссия, Казахстан, Киргизия и Россия.", "2024-07-04",
     {(c, "memberOf", EAEU) for c in ("armenia", "belarus", "kazakhstan", "kyrgyzstan", RU)}),
    ("Индонезия стала полноправным участником БРИКС.", "2025-01-07", {("indonesia", "memberOf", BRICS)}),
    ("Россия и Китай, будучи постоянными членами Совета Безопасности ООН, несут особую ответственность.", "2024-07-04",
     {(RU, "memberOf", "un-security-council"), (CN, "memberOf", "un-security-council")}),
    ("Лаос, Вьетнам и Таиланд являются членами АСЕАН.", "2024-07-04",
     {("laos", "memberOf", "asean"), ("vietnam", "memberOf", "asean"), ("thailand", "memberOf", "asean")}),
    # memberOf: not asserted
    ("Турция подала заявку на вступление в ШОС.", "2024-07-04", NONE),
    ("Монголия имеет статус наблюдателя в ШОС.", "2024-07-04", NONE),
    ("Азербайджан и Армения являются партнерами ШОС по диалогу.", "2024-07-04",
     (NONE, {("azerbaijan", "memberOf", SCO), ("armenia", "memberOf", SCO), sym("armenia", "cooperatesWith", "azerbaijan")})),
    ("Узбекистан не входит в ОДКБ.", "2024-07-04", NONE),
    ("Саудовская Аравия пока не приняла приглашение присоединиться к БРИКС.", "2024-07-04", NONE),
    ("Россия поддерживает вступление Ирана в ШОС.", "2022-09-15", {(RU, "supports", "iran")}),
    ("Пекин выступает за присоединение Индонезии к БРИКС.", "2024-07-04", {(CN, "supports", "indonesia")}),
    # ---------------- visits
    ("Путин прибыл в Пекин с государственным визитом.", "2024-05-16", {(PUTIN, "visits", "beijing")}),
    ("Государственный визит Путина в Китай продлится два дня.", "2024-05-16", {(PUTIN, "visits", CN)}),
    ("Вечером Путин вылетел в Харбин.", "2024-05-16", {(PUTIN, "visits", "harbin")}),
    ("В рамках визита в Москву Си Цзиньпин возложил венок к Могиле Неизвестного Солдата.", "2023-03-21",
     ({(XI, "visits", "moscow")}, NONE)),
    ("Министр иностранных дел Индии Субраманьям Джайшанкар посетит Москву на следующей неделе.", "2024-08-20",
     ({("subrahmanyam-jaishankar", "visits", "moscow")}, NONE)),
    ("Ван И находится в Москве с рабочим визитом.", "2024-08-20", {(WANG, "visits", "moscow")}),
    ("Лавров так и не посетил Вашингтон.", "2024-08-20", NONE),
    ("Премьер Госсовета КНР Ли Цян совершит официальный визит в Россию 20–22 августа.", "2024-08-15",
     {("li-qiang", "visits", RU), ("li-qiang", "leaderOf", CN)}),
    ("Визит Мишустина в Китай был отложен.", "2024-08-20", NONE),
    ("Нарендра Моди отказался от визита в Пакистан.", "2024-08-20", NONE),
    # ---------------- locatedIn
    ("Остров Русский находится во Владивостоке.", "2024-08-20", {("russky-island", "locatedIn", "vladivostok")}),
    ("Переговоры прошли во Дворце народных собраний в Пекине.", "2024-05-16",
     {("great-hall-of-the-people", "locatedIn", "beijing")}),
    ("Путин и Си Цзиньпин встретились в Пекине в Доме народных собраний.", "2024-05-16",
     ({sym(PUTIN, "meets", XI)}, {("beijing", "locatedIn", "great-hall-of-the-people")})),
    # ---------------- signs
    ("Путин и Си Цзиньпин подписали совместное заявление об углублении отношений всеобъемлющего партнерства.",
     "2024-05-16", ({(PUTIN, "signs", "joint-statement-2024-75th-anniversary"),
                     (XI, "signs", "joint-statement-2024-75th-anniversary")}, NONE)),
    ("Страны так и не подписали соглашение о свободной торговле.", "2024-05-16", NONE),
    # ---------------- chairs
    ("Россия в 2024 году председательствует в БРИКС.", "2023-09-18", {(RU, "chairs", BRICS)}),
    ("В 2025 году председательство в ШОС перешло к Китаю.", "2024-07-05", {(CN, "chairs", SCO)}),
    ("Председателем ШОС на период 2024–2025 годов стал Китай.", "2024-07-05", {(CN, "chairs", SCO)}),
    ("Вьетнам поддерживает председательство России в БРИКС.", "2024-01-10",
     {("vietnam", "supports", RU), (RU, "chairs", BRICS)}),
    # ---------------- meets (relations) and negatives
    ("Путин провел телефонный разговор с Эрдоганом.", "2024-05-16", {sym(ERD, "meets", PUTIN)}),
    ("Шойгу провел встречу с министром обороны Китая Дун Цзюнем в Москве.", "2024-05-16",
     {sym("dong-jun", "meets", "sergei-shoigu")}),
    ("В Кремле состоялись переговоры Путина и Лукашенко.", "2024-05-16", {sym(LUK, "meets", PUTIN)}),
    ("Лавров и Ван И встретятся 20 мая в Астане.", "2024-05-16", {sym(LAVROV, "meets", WANG)}),
    ("Путин и Си Цзиньпин договорились встретиться в ближайшее время.", "2024-05-16", {sym(PUTIN, "meets", XI)}),
    ("Путин не исключил встречи с Трампом.", "2024-05-16", NONE),
    ("Кремль не планирует встречу Путина с Зеленским.", "2024-05-16", NONE),
    ("Встреча Путина и Зеленского невозможна.", "2024-05-16", NONE),
    ("Песков прокомментировал возможную встречу Путина и Трампа.", "2024-05-16", NONE),
    ("Лавров провел встречу с журналистами.", "2024-05-16", NONE),
    ("Ван И принял делегацию Мьянмы.", "2024-05-16", NONE),
    # ---------------- cooperatesWith, supports, opposes
    ("Россия и Китай будут расширять сотрудничество в энергетике.", "2024-05-16", {sym(CN, "cooperatesWith", RU)}),
    ("Москва и Пекин готовы наращивать взаимодействие в рамках ШОС.", "2024-05-16", {sym(CN, "cooperatesWith", RU)}),
    ("Россия продолжит сотрудничество с Индией в сфере обороны.", "2024-05-16", {sym(IN, "cooperatesWith", RU)}),
    ("Китай поддерживает усилия России по урегулированию кризиса.", "2024-05-16", {(CN, "supports", RU)}),
    ("Минск выступил против санкций ЕС.", "2024-05-16", {("belarus", "opposes", "european-union")}),
    ("Россия не поддерживает позицию Японии.", "2024-05-16", NONE),
    ("Россия и Белоруссия подписали договор о гарантиях безопасности в рамках Союзного государства.", "2024-12-06",
     ({(RU, "signs", "union-state-security-guarantees-treaty"), ("belarus", "signs", "union-state-security-guarantees-treaty")}, NONE)),
    ("В Казани открылся XVI саммит БРИКС.", "2024-10-22", {("kazan", "hosts", B16)}),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_ru_breadth(text, published, expected):
    check_facts(facts_of(text, published=published), expected)


# (text, published, meetings as (participants, date, place, mode)): a meeting node only for talks
# reported as held, in progress or scheduled with a stated day or venue
MEETINGS = [
    ("Лавров и Ван И встретятся 20 мая в Астане.", "2024-05-16",
     [({LAVROV, WANG}, "2024-05-20", "astana", "in_person")]),
    ("Путин провел видеоконференцию с Си Цзиньпином.", "2024-05-16", [({PUTIN, XI}, "2024-05-16", None, "video")]),
    ("Лидеры России и Китая встречались более 40 раз.", "2024-05-16", []),
    ("Путин и Си Цзиньпин договорились встретиться в ближайшее время.", "2024-05-16", []),
    ("Си Цзиньпин и Путин договорились провести встречу в ближайшее время.", "2024-05-16", []),
    ("Путин напомнил, что в прошлом году встречался с Си Цзиньпином в Пекине.", "2024-05-16", []),
    ("Ранее Путин неоднократно встречался с Моди.", "2024-05-16", []),
    ("Лидеры обсудили итоги телефонного разговора Путина и Трампа.", "2024-05-16", []),
    ("Во время встречи Нового года Путин поздравил россиян.", "2024-05-16", []),
    ("Лавров провел встречу с журналистами.", "2024-05-16", []),
    ("Песков прокомментировал возможную встречу Путина и Трампа.", "2024-05-16", []),
    ("Путин и Си Цзиньпин договорились встретиться в Москве.", "2024-05-16", [({PUTIN, XI}, None, "moscow", "in_person")]),
]


@pytest.mark.parametrize("text,published,expected", MEETINGS)
def test_ru_breadth_meetings(text, published, expected):
    x = extract_text(text, published=published)
    got = [(set(m.participants), m.date.isoformat() if m.date else None, m.place, m.mode) for m in x.meetings]
    assert got == expected
