"""Russian extraction, one row per phenomenon (kg/lang/ru/*.json + the shared engine).

Sentences are written for these tests in the style of kremlin.ru, mid.ru, ТАСС, РИА Новости,
Lenta.ru and Коммерсантъ; none is copied from the sample or corpus articles.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text, facts_of

PUTIN, XI, MEDVEDEV, HU = "vladimir-putin", "xi-jinping", "dmitry-medvedev", "hu-jintao"
LAVROV, WANG = "sergey-lavrov", "wang-yi"
RU, CN, US = "russia", "china", "united-states"
SCO, BRICS = "shanghai-cooperation-organisation", "brics"
LUK, TOK, JAP, RAH, PASH, MIRZ = "alexander-lukashenko", "kassym-jomart-tokayev", "sadyr-japarov", "emomali-rahmon", "nikol-pashinyan", "shavkat-mirziyoyev"
CSTO23, EAEU23 = "new/event/csto-summit-2023", "new/event/eaeu-summit-2023"
BFM = "new/event/встреча-министров-иностранных-дел-стран-брикс"


def sym(a: str, rel: str, b: str) -> tuple[str, str, str]:
    """Symmetric relations are keyed in sorted order."""
    return (a, rel, b) if a < b else (b, rel, a)


# (text, published, expected facts: the exact set)
CASES = [
    # --- meets + leaderOf from titles, names in several cases
    ("Председатель КНР Си Цзиньпин провел переговоры с президентом России Владимиром Путиным в Кремле.",
     "2023-03-21", {sym(PUTIN, "meets", XI), (PUTIN, "leaderOf", RU), (XI, "leaderOf", CN)}),
    ("Переговоры Путина и Си Цзиньпина прошли в Доме народных собраний в Пекине.",
     "2024-05-16", {sym(PUTIN, "meets", XI)}),
    ("Мишустин встретился с премьером Госсовета КНР Ли Цяном.",
     "2023-12-20", {sym("li-qiang", "meets", "mikhail-mishustin"), ("li-qiang", "leaderOf", CN)}),
    ("Министр иностранных дел КНР Ван И провел переговоры с главой МИД России Сергеем Лавровым.",
     "2024-04-09", {sym(LAVROV, "meets", WANG)}),
    # --- negated and hypothetical meetings
    ("Путин не встречался с Си Цзиньпином.", "2024-05-20", set()),
    ("Если Лавров встретится с Ван И, стороны обсудят Украину.", "2024-05-20", set()),
    # --- role titles resolved by the publication date
    ("Председатель КНР прибыл в Москву.", "2012-02-01", {(HU, "leaderOf", CN), (HU, "visits", "moscow")}),
    ("Председатель КНР прибыл в Москву.", "2020-02-01", {(XI, "leaderOf", CN), (XI, "visits", "moscow")}),
    ("Президент России выступил на форуме.", "2010-05-01", {(MEDVEDEV, "leaderOf", RU)}),
    ("Президент России выступил на форуме.", "2020-05-01", {(PUTIN, "leaderOf", RU)}),
    # --- supports, "X сторона" in several cases, mutual support
    ("Российская сторона поддерживает китайскую сторону в вопросе Тайваня.", "2024-05-16", {(RU, "supports", CN)}),
    ("Китай твердо поддерживает Россию.", "2024-05-16", {(CN, "supports", RU)}),
    ("Россия и Китай оказывают друг другу взаимную поддержку в защите ключевых интересов.",
     "2024-05-16", {(RU, "supports", CN), (CN, "supports", RU)}),
    ("Российский президент поблагодарил китайскую сторону за поддержку.",
     "2024-05-16", {(CN, "supports", RU), (PUTIN, "leaderOf", RU)}),
    ("Россия не поддерживает санкции США.", "2024-05-16", set()),
    ("Если Китай поддержит Украину, Москва будет недовольна.", "2024-05-16", set()),
    ("Проект реализуется при поддержке Китая.", "2024-05-16", set()),
    # --- opposes
    ("Россия и Китай выступают против вмешательства США во внутренние дела других стран.",
     "2024-05-16", {(RU, "opposes", US), (CN, "opposes", US)}),
    ("Москва подчеркнула, что партнерство не направлено против США.", "2024-05-16", set()),
    # --- companions: "X вместе с Y и Z посетит E" (all take part), a clause break ends the company
    ("Председатель КНР Си Цзиньпин вместе с Президентом Белоруссии Александром Лукашенко и Президентом "
     "Таджикистана Эмомали Рахмоном посетил парад на Красной площади.", "2015-05-09",
     {(XI, "attends", "2015-moscow-victory-day-parade"), ("alexander-lukashenko", "attends", "2015-moscow-victory-day-parade"),
      ("emomali-rahmon", "attends", "2015-moscow-victory-day-parade"), ("red-square", "hosts", "2015-moscow-victory-day-parade"),
      (XI, "leaderOf", CN), ("alexander-lukashenko", "leaderOf", "belarus"), ("emomali-rahmon", "leaderOf", "tajikistan")}),
    ("Си Цзиньпин осмотрел выставку вместе с Путиным; Лукашенко посетит военный парад на Красной площади.", "2015-05-09",
     {("alexander-lukashenko", "attends", "2015-moscow-victory-day-parade"), ("red-square", "hosts", "2015-moscow-victory-day-parade")}),
    # --- participle "Y-ом, прибывшим в P для участия в торжествах по случаю E"; "приветствовать в P X"
    ("Лавров встретился с Ван И, прибывшим в Москву для участия в торжествах по случаю 70-летия Победы.", "2015-05-09",
     {sym(LAVROV, "meets", WANG), (WANG, "visits", "moscow"), (WANG, "attends", "70th-anniversary-of-victory"),
      ("moscow", "hosts", "70th-anniversary-of-victory")}),
    ("Рады приветствовать в Пекине Президента Путина.", "2019-04-25", {(PUTIN, "visits", "beijing"), (PUTIN, "leaderOf", RU)}),
    ("Мы приветствуем решение Китая.", "2019-04-25", set()),
    # --- mutual support with a companion before the agent; "взаимную поддержку" is no one-way support
    ("Российская сторона вместе с китайской стороной будет укреплять взаимную поддержку.", "2024-05-16",
     {(RU, "supports", CN), (CN, "supports", RU)}),
    ("Российская сторона ценит взаимную поддержку и защищает итоги Второй мировой войны.", "2024-05-16", set()),
    # --- "координируют свои действия" (finite forms); "газа" (gas) is not Gaza
    ("Россия и Индия тесно координируют свои действия в ШОС.", "2024-05-16", {sym(RU, "cooperatesWith", "india")}),
    ("Россия увеличила поставки газа в Китай.", "2024-05-16", set()),
    # --- "приняли Совместное заявление …" with a long title
    ("Россия и Китай приняли Совместное заявление об углублении всеобъемлющего партнерства и стратегического "
     "взаимодействия.", "2015-05-09", {(RU, "signs", "joint-statement-2015-win-win"),
                                      (CN, "signs", "joint-statement-2015-win-win")}),
    ("Президент России Владимир Путин провел переговоры с Председателем КНР Си Цзиньпином. Лидеры России и Китая "
     "приняли Совместное заявление об углублении всеобъемлющего партнерства и стратегического взаимодействия.",
     "2015-05-08", {sym(PUTIN, "meets", XI), (PUTIN, "leaderOf", RU), (XI, "leaderOf", CN),
                    (PUTIN, "signs", "joint-statement-2015-win-win"), (XI, "signs", "joint-statement-2015-win-win")}),
    ("Государственный визит начался с церемонии в Кремле.", "2024-05-16", set()),
    # --- cooperatesWith
    ("Россия готова сотрудничать с Китаем в сфере энергетики.", "2024-05-16", {sym(RU, "cooperatesWith", CN)}),
    ("Взаимодействие между Россией и Китаем вышло на беспрецедентный уровень.",
     "2024-05-16", {sym(RU, "cooperatesWith", CN)}),
    ("Торгово-экономическое сотрудничество России и КНР продолжает расти.",
     "2024-05-16", {sym(RU, "cooperatesWith", CN)}),
    ("Сотрудничество в рамках ШОС и БРИКС обсуждалось отдельно.", "2024-05-16", set()),
    ("Российско-китайское сотрудничество в энергетике продолжает развиваться.", "2024-05-16",
     {sym(RU, "cooperatesWith", CN)}),
    ("Российско-китайские отношения находятся на высоком уровне.", "2024-05-16", set()),
    ("Россия не будет сотрудничать с НАТО.", "2024-05-16", set()),
    # --- memberOf, chairs
    ("Россия и Китай являются постоянными членами Совета Безопасности ООН.",
     "2024-05-16", {(RU, "memberOf", "un-security-council"), (CN, "memberOf", "un-security-council")}),
    ("Белоруссия вступила в ШОС на саммите в Астане.", "2024-07-04",
     {("belarus", "memberOf", SCO), ("astana", "hosts", "2024-sco-summit")}),     # 'саммит в Астане' that year
    ("Председательство России в БРИКС завершится в конце года.", "2024-06-02", {(RU, "chairs", BRICS)}),
    ("Россия приняла председательство в БРИКС 1 января.", "2024-01-02", {(RU, "chairs", BRICS)}),
    ("Китай станет председателем ШОС в 2025 году.", "2024-07-04", {(CN, "chairs", SCO)}),
    ("Индия и Китай — члены ШОС.", "2024-03-18", {("india", "memberOf", SCO), (CN, "memberOf", SCO)}),
    # --- attends, hosts (generic "саммит БРИКС" resolved to the edition nearest the date)
    ("Си Цзиньпин примет участие в саммите БРИКС, который пройдет в Казани.",
     "2024-10-20", {(XI, "attends", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")}),
    ("Саммит ШОС пройдет в Тяньцзине.", "2025-08-01", {("tianjin", "hosts", "2025-sco-summit")}),
    ("В Казани 22 октября откроется саммит БРИКС.", "2024-10-01", {("kazan", "hosts", "16th-brics-summit")}),
    ("Россия примет у себя саммит БРИКС в 2024 году.", "2024-03-01", {(RU, "hosts", "16th-brics-summit")}),
    # --- signs
    ("Россия и Китай подписали Договор о добрососедстве, дружбе и сотрудничестве.",
     "2001-07-16", {(RU, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
                    (CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}),
    ("Россия и Китай не подписали Договор о добрососедстве, дружбе и сотрудничестве.", "2001-07-16", set()),
    # "в присутствии X подписан …": X only witnesses the signing, X's state signs
    ("В присутствии Путина и Си Цзиньпина подписан Договор о добрососедстве, дружбе и сотрудничестве.", "2021-06-28",
     {(RU, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
      (CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}),
    ("Путин провел переговоры с Си Цзиньпином. В присутствии глав двух государств были подписаны документы, в том "
     "числе Совместное заявление о развитии отношений всеобъемлющего партнерства и стратегического взаимодействия, "
     "вступающих в новую эпоху.", "2019-06-05",
     {sym(PUTIN, "meets", XI), (RU, "signs", "joint-statement-2019-new-era"), (CN, "signs", "joint-statement-2019-new-era")}),
    ("В присутствии лидеров были подписаны соглашения о сотрудничестве в энергетике.", "2024-05-16", set()),
    ("Путин и Си Цзиньпин подписали Договор о добрососедстве, дружбе и сотрудничестве.", "2021-06-28",
     {(PUTIN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
      (XI, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}),
    # --- visits (both word orders)
    ("Путин прибыл с государственным визитом в Китай.", "2024-05-16", {(PUTIN, "visits", CN)}),
    ("В Москву прибыл премьер Госсовета КНР Ли Цян.",
     "2024-08-20", {("li-qiang", "visits", "moscow"), ("li-qiang", "leaderOf", CN)}),
    ("Шойгу посетил Пекин.", "2024-11-01", {("sergei-shoigu", "visits", "beijing")}),
    # "прибыл (в P) из Q": Q was visited before, unless Q is the traveller's own country or city
    ("Премьер Госсовета КНР Ли Цян прилетел в Минск из Москвы.", "2024-08-22",
     {("li-qiang", "visits", "minsk"), ("li-qiang", "visits", "moscow"), ("li-qiang", "leaderOf", CN)}),
    ("Путин прилетел в Пекин из Москвы.", "2024-05-16", {(PUTIN, "visits", "beijing")}),
    ("Китайский лидер прибыл в Москву по приглашению Путина.", "2023-03-20",
     {(XI, "leaderOf", CN), (XI, "visits", "moscow")}),
    ("Ван И сообщил, что Китай поддерживает усилия России по урегулированию кризиса.", "2024-03-18",
     {(CN, "supports", RU)}),
    # --- locatedIn, alignsWith
    ("Казань, Россия.", "2024-10-22", {("kazan", "locatedIn", RU)}),
    # a dateline "city, venue": the catalogue places the venue in that city; a list of cities is no placement
    ("Москва, Кремль.", "2015-05-08", {("moscow-kremlin", "locatedIn", "moscow")}),
    ("Пекин, Москва и Казань приняли делегации.", "2024-10-22", set()),
    ("Стороны договорились о сопряжении ЕАЭС и инициативы «Один пояс, один путь».",
     "2024-05-16", {sym("belt-and-road-initiative", "alignsWith", "eurasian-economic-union")}),
    # --- collectives expanded to the document's two countries / two leaders
    ("Россия и Китай провели консультации. Стороны подтвердили взаимную поддержку по вопросам суверенитета.",
     "2024-05-16", {(RU, "supports", CN), (CN, "supports", RU)}),
    ("Китай и Россия обменялись мнениями. Обе страны будут развивать сотрудничество.",
     "2024-05-16", {sym(RU, "cooperatesWith", CN)}),
    # --- generic words and boilerplate give nothing
    ("Стороны обсудили вопросы энергетики, торговли и климата.", "2024-05-16", set()),
    ("Фото: Александр Казаков / РИА Новости", "2024-05-16", set()),
    ("Читайте также: Путин и Си Цзиньпин встретились в Пекине", "2024-05-16", set()),
    ("© 2024 РИА Новости. Все права защищены.", "2024-05-16", set()),
    ("Сюжет: Путин посетил Китай", "2024-05-16", set()),
    ("Материалы по теме: Путин и Си Цзиньпин встретились в Пекине", "2024-05-16", set()),
    ("Политика\n18 сентября 2023, 19:24\nОбновлено 18.09.2023 20:01\nИван Петров, корреспондент\n"
     "Сюжет: Визит Путина в Китай\nГлава МИД России Сергей Лавров провел переговоры с Ван И в Москве.",
     "2023-09-18", {sym(LAVROV, "meets", WANG)}),
    # --- added: cooperation nouns, inflected, with adjectives in between; leaders as their countries
    ("Российско-китайская внешнеполитическая связка остается фактором стабильности.", "2025-03-01",
     {sym(RU, "cooperatesWith", CN)}),
    ("Москва высоко ценит всеобъемлющее партнерство и стратегическое взаимодействие России и Китая.", "2025-03-01",
     {sym(RU, "cooperatesWith", CN)}),
    ("Путин и Си Цзиньпин договорились о расширении инвестиционного сотрудничества.", "2025-03-01",
     {sym(RU, "cooperatesWith", CN)}),
    ("Путин и Си Цзиньпин не обсуждали сотрудничество в военной сфере.", "2025-03-01", set()),
    # --- chairs: the country after the noun (genitive) or before "как председатель"
    ("Россия приветствует председательство Китая в ШОС.", "2025-03-01",
     {(CN, "chairs", SCO), (RU, "supports", CN)}),
    ("Казахстан как председатель ШОС провел саммит ШОС в Астане.", "2024-07-04",
     {("kazakhstan", "chairs", SCO), ("kazakhstan", "hosts", "2024-sco-summit"), ("astana", "hosts", "2024-sco-summit")}),
    # --- memberOf after "государства-члены" / "члены <org>" in apposition
    ("Индия и Иран — государства-члены ШОС.", "2025-03-01",
     {("india", "memberOf", SCO), ("iran", "memberOf", SCO)}),
    ("Члены БРИКС Бразилия и ЮАР поддержали инициативу.", "2025-03-01",
     {("brazil", "memberOf", BRICS), ("south-africa", "memberOf", BRICS)}),
    # --- visits: the visitor after "визит" (genitive), airport welcome; negation and hypothesis
    ("Официальный визит премьера Госсовета КНР Ли Цяна в Россию продлится три дня.", "2024-08-20",
     {("li-qiang", "visits", RU), ("li-qiang", "leaderOf", CN)}),
    ("В ходе визита Си Цзиньпина в Казахстан были подписаны соглашения.", "2024-07-03",
     {(XI, "visits", "kazakhstan")}),
    ("Путина торжественно встречали в аэропорту Пекина.", "2024-05-16", {(PUTIN, "visits", "beijing")}),
    ("Си Цзиньпин не посетит Москву в этом году.", "2025-03-01", set()),
    ("Если Путин приедет в Пекин, переговоры пройдут в Доме народных собраний.", "2025-03-01", set()),
    # --- counterpart: "его китайский коллега" is the holder of the same office in China
    ("Лавров провел переговоры со своим китайским коллегой.", "2024-04-09", {sym(LAVROV, "meets", WANG)}),
    ("Си Цзиньпин встретился с российским коллегой в Казани.", "2024-10-22", {sym(PUTIN, "meets", XI)}),
    # --- locatedIn with the country in brackets; hosts from a venue inside an event's name
    ("Форум пройдет в Казани (Россия).", "2025-03-01", {("kazan", "locatedIn", RU)}),
    ("Итоги саммита БРИКС в Казани подвели эксперты.", "2024-11-01", {("kazan", "hosts", "16th-brics-summit")}),
    # --- hosts: "принимающая сторона", celebrations in a city; named anniversary, not the war
    ("Китай выступит принимающей стороной саммита ШОС.", "2025-03-01", {(CN, "hosts", "2025-sco-summit")}),
    ("Россия стала хозяйкой саммита БРИКС.", "2024-10-20", {(RU, "hosts", "16th-brics-summit")}),
    ("Си Цзиньпин посетит торжества в Москве по случаю 80-летия Победы.", "2025-04-20",
     {(XI, "attends", "80th-anniversary-of-victory"), ("moscow", "hosts", "80th-anniversary-of-victory"),
      (XI, "visits", "moscow")}),
    # --- attends "на полях" (subject before or after)
    ("Путин и Моди поговорили на полях саммита ШОС.", "2025-09-01",
     {(PUTIN, "attends", "2025-sco-summit"), ("narendra-modi", "attends", "2025-sco-summit"),
      sym("narendra-modi", "meets", PUTIN)}),
    ("На полях саммита БРИКС Си Цзиньпин встретился с Моди.", "2024-10-23",
     {(XI, "attends", "16th-brics-summit"), ("narendra-modi", "attends", "16th-brics-summit"),
      sym("narendra-modi", "meets", XI)}),
    # --- added: capitals standing for their countries (not after a preposition); more verbs
    ("Москва и Пекин намерены усилить координацию в Совете Безопасности ООН.", "2025-03-01",
     {sym(RU, "cooperatesWith", CN)}),
    ("Вашингтон выступает против сближения Москвы и Пекина.", "2025-03-01",
     {(US, "opposes", RU), (US, "opposes", CN)}),
    ("Лавров в Пекине поддержал мирную инициативу Китая.", "2025-03-01", {(LAVROV, "supports", CN)}),
    ("Россия и Китай оказывают друг другу поддержку в защите суверенитета.", "2025-03-01",
     {(RU, "supports", CN), (CN, "supports", RU)}),
    ("Россия и Китай выразили несогласие с политикой НАТО.", "2025-03-01",
     {(RU, "opposes", "nato"), (CN, "opposes", "nato")}),
    ("Китай остается крупнейшим торговым партнером России.", "2025-03-01", {sym(RU, "cooperatesWith", CN)}),
    ("Глава МИД РФ Сергей Лавров вылетел в Пекин.", "2025-03-01", {(LAVROV, "visits", "beijing")}),
    ("Лавров не полетит в Пекин.", "2025-03-01", set()),
    ("Си Цзиньпин был почетным гостем на Параде Победы 2025 года.", "2025-05-09",
     {(XI, "attends", "2025-moscow-victory-day-parade")}),
    ("Казань примет саммит БРИКС.", "2024-03-01", {("kazan", "hosts", "16th-brics-summit")}),
    ("Путин примет участие в саммите БРИКС.", "2024-10-20", {(PUTIN, "attends", "16th-brics-summit")}),
    # --- added: founders as members, accession nouns, appreciation of a role, oblique-case names
    ("Китай и Россия — государства-основатели ШОС.", "2025-03-01", {(CN, "memberOf", SCO), (RU, "memberOf", SCO)}),
    ("Москва приветствует присоединение Индонезии к БРИКС.", "2025-03-01",
     {("indonesia", "memberOf", BRICS), (RU, "supports", "indonesia")}),
    ("Китай высоко оценивает вклад ШОС в региональную безопасность.", "2025-03-01", {(CN, "supports", SCO)}),
    ("Стороны продолжат работу по сопряжению ЕАЭС и «Одного пояса, одного пути».", "2025-03-01",
     {sym("belt-and-road-initiative", "alignsWith", "eurasian-economic-union")}),
    ("Россия и Китай подписали договор о добрососедстве в 2001 году.", "2021-07-16",
     {(RU, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
      (CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}),
    # --- added: a country adjective before a city places it in that country
    ("Переговоры прошли в российской Казани.", "2024-10-22", {("kazan", "locatedIn", RU)}),
    ("Путин прибыл в китайский город Харбин.", "2024-05-17",
     {("harbin", "locatedIn", CN), (PUTIN, "visits", "harbin")}),
    ("Китайская делегация прибыла в Москву.", "2025-03-01", set()),
    ("Российские эксперты приехали в Пекин.", "2025-03-01", set()),
    # hosting takes the event named right after the verb, not one named after the guest
    ("Путин принял Моди накануне саммита БРИКС.", "2024-10-20", {sym("narendra-modi", "meets", PUTIN)}),
    # "находящийся с визитом": the participle's own noun is the visitor; "находится в" alone is no visit
    ("Лавров провел переговоры с Ван И, находящимся в Москве с официальным визитом.", "2024-04-09",
     {sym(LAVROV, "meets", WANG), (WANG, "visits", "moscow")}),
    ("Лавров находится в Москве.", "2024-04-09", set()),
    # --- surname-first names decline only the given name (с Дун Цзюнем); a clause 'X заявил, что Y' is no list
    ("Министр обороны России Андрей Белоусов провел переговоры с министром обороны КНР Дун Цзюнем.", "2024-05-16",
     {sym("andrey-belousov", "meets", "dong-jun")}),
    ("Пресс-секретарь Кремля Дмитрий Песков заявил, что Путин поддерживает мирный план Китая.", "2024-05-16",
     {(PUTIN, "supports", CN)}),
    # --- memberOf: 'входит в (состав)', 'вошли в состав'; a bid or an aspiration is no membership
    ("Россия входит в ШОС с момента основания организации.", "2024-05-16", {(RU, "memberOf", SCO)}),
    ("Египет и Иран вошли в состав БРИКС.", "2024-05-16", {("egypt", "memberOf", BRICS), ("iran", "memberOf", BRICS)}),
    ("Москва поддержала заявку Казахстана на вступление в ШОС.", "2024-05-16", {(RU, "supports", "kazakhstan")}),
    ("Россия стремится к вступлению в ВТО.", "2024-05-16", set()),
    ("Иран намерен вступить в БРИКС.", "2024-05-16", set()),
    # --- locatedIn: 'расположен(ный) в / на северо-востоке'
    ("Казанский кремль расположен в центре Казани.", "2024-10-22", {("kazan-kremlin", "locatedIn", "kazan")}),
    ("Харбин, расположенный на северо-востоке Китая, принимает ЭКСПО.", "2024-05-16", {("harbin", "locatedIn", CN)}),
    # --- attends: gerund before the subject; 'главным гостем' with a genitive
    ("Выступая на саммите ШОС в Астане, Путин заявил о важности сотрудничества.", "2024-07-04",
     {(PUTIN, "attends", "2024-sco-summit"), ("astana", "hosts", "2024-sco-summit")}),
    ("Си Цзиньпин станет главным гостем Парада Победы 2025 года.", "2025-04-20",
     {(XI, "attends", "2025-moscow-victory-day-parade")}),
    # --- visits: 'будет находиться с визитом', 'в ходе визита в P X', 'приедет в P на E'; invitations are no visits
    ("Путин будет находиться в Китае с государственным визитом 16–17 мая.", "2024-05-10", {(PUTIN, "visits", CN)}),
    ("В ходе визита в Китай Путин посетит Харбин.", "2024-05-16", {(PUTIN, "visits", CN), (PUTIN, "visits", "harbin")}),
    ("Путин приедет в Тяньцзинь на саммит ШОС.", "2025-08-20",
     {(PUTIN, "visits", "tianjin"), (PUTIN, "attends", "2025-sco-summit"), ("tianjin", "hosts", "2025-sco-summit")}),
    ("Си Цзиньпин пригласил Путина посетить Китай.", "2024-05-16", set()),
    ("Путин передал Си Цзиньпину приглашение посетить Россию.", "2024-05-16", set()),
    ("По приглашению Путина Си Цзиньпин посетит Россию.", "2024-05-16", {(XI, "visits", RU)}),
    # arriving in a country for an event: the country is visited, a city also hosts the event
    ("Си Цзиньпин прибыл в Россию для участия в торжествах по случаю 80-летия Победы.", "2025-05-07",
     {(XI, "visits", RU), (XI, "attends", "80th-anniversary-of-victory")}),
    ("Си Цзиньпин выступил с речью на саммите БРИКС.", "2024-10-23", {(XI, "attends", "16th-brics-summit")}),
    ("Российское председательство в БРИКС завершится в декабре.", "2024-10-23", {(RU, "chairs", BRICS)}),
    ("Путин находится в Пекине с двухдневным государственным визитом.", "2024-05-16", {(PUTIN, "visits", "beijing")}),
    ("Госвизит Путина в Китай начался с церемонии встречи.", "2024-05-16", {(PUTIN, "visits", CN)}),
    ("Ранее Путин посещал Китай в октябре.", "2024-05-16", {(PUTIN, "visits", CN)}),
    # a relative clause acts for the name it follows; nobody visits their own country
    ("Токаев провел переговоры с Си Цзиньпином, который находится в Астане с государственным визитом.", "2024-07-03",
     {sym("kassym-jomart-tokayev", "meets", XI), (XI, "visits", "astana")}),
    ("Путин и Си Цзиньпин, находящийся в России с государственным визитом, провели переговоры.", "2025-05-08",
     {sym(PUTIN, "meets", XI), (XI, "visits", RU)}),
    ("Си Цзиньпин находится в Астане с визитом и для участия в заседании Совета глав государств ШОС.", "2024-07-03",
     {(XI, "visits", "astana"), (XI, "attends", "2024-sco-summit")}),
    # cooperation: 'являются (стратегическими) партнерами'; 'партнеры X' after a clause break is no pair
    ("Казахстан и Китай являются вечными всесторонними стратегическими партнерами.", "2024-07-03",
     {sym("kazakhstan", "cooperatesWith", CN)}),
    ("США и их союзники вводят санкции, заявили партнеры России.", "2024-07-03", set()),
    ("Россия и ее западные партнеры разошлись во мнениях.", "2024-07-03", set()),
    # a country adjective right after 'поддержку / против' is the object; the target of opposed sanctions is not
    ("Российская сторона подтвердила поддержку китайского председательства в ШОС.", "2025-08-22",
     {(RU, "supports", CN), (CN, "chairs", SCO)}),
    ("Россия поддерживает китайскую позицию по Тайваню.", "2025-08-22", {(RU, "supports", CN)}),
    ("Москва осуждает американскую политику в Азии.", "2025-08-22", {(RU, "opposes", US)}),
    ("Китай выступает против односторонних санкций в отношении России.", "2025-08-22", set()),
    ("Россия выступает против давления на Китай.", "2025-08-22", set()),
    # partner status is no membership; a delegation one travels with is no agent
    ("Вьетнам официально присоединился к БРИКС в качестве страны-партнера.", "2025-06-13", set()),
    ("Губернатор Олег Кожемяко в составе российской делегации принял участие в Российско-Китайском ЭКСПО в Харбине.",
     "2025-06-12", {("harbin", "hosts", "china-russia-expo"), ("new/person/олег-кожемяко", "attends", "china-russia-expo")}),
    # names outside the catalogue in their nominative: surname-first (Лян Хуэйлином -> Лян Хуэйлин), indeclinable
    ("Олег Кожемяко провел встречу с губернатором провинции Хэйлунцзян Лян Хуэйлином.", "2025-06-12",
     {sym("new/person/лян-хуэйлин", "meets", "new/person/олег-кожемяко")}),
    ("Лавров провел переговоры с министром иностранных дел Кении Мусалией Мудавади.", "2025-06-12",
     {sym(LAVROV, "meets", "new/person/мусалия-мудавади")}),
    # memberOf: 'члены O, включая A и B'; attends: 'в рамках E', 'на E присутствовали A и B', 'в работе E приняли участие'
    ("Члены ШОС, включая Россию и Китай, подписали декларацию.", "2025-08-30",
     {(RU, "memberOf", SCO), (CN, "memberOf", SCO)}),
    ("Путин провел двустороннюю встречу с Си Цзиньпином в рамках саммита БРИКС.", "2024-10-23",
     {sym(PUTIN, "meets", XI), (PUTIN, "attends", "16th-brics-summit"), (XI, "attends", "16th-brics-summit")}),
    ("На саммите ШОС присутствовали Путин и Си Цзиньпин.", "2025-08-30",
     {(PUTIN, "attends", "2025-sco-summit"), (XI, "attends", "2025-sco-summit")}),
    ("В работе саммита БРИКС приняли участие Путин, Си Цзиньпин и Моди.", "2024-10-23",
     {(PUTIN, "attends", "16th-brics-summit"), (XI, "attends", "16th-brics-summit"),
      ("narendra-modi", "attends", "16th-brics-summit")}),
    ("СССР и Китай сражались вместе во время Второй мировой войны.", "2025-08-30", set()),
    # condemning an attack in a country is no opposition to it; advocating accession is no membership
    ("Россия осуждает теракт в Пакистане.", "2024-05-16", set()),
    # 'приветствовал' a person is a greeting, not support; a decision or an accession is welcomed
    ("Си Цзиньпин тепло приветствовал Путина.", "2024-05-16", set()),
    ("Путин приветствовал решение Китая.", "2024-05-16", {(PUTIN, "supports", CN)}),
    ("Россия и Белоруссия входят в ОДКБ и ЕАЭС.", "2024-05-16",
     {(RU, "memberOf", "csto"), ("belarus", "memberOf", "csto"),
      (RU, "memberOf", "eurasian-economic-union"), ("belarus", "memberOf", "eurasian-economic-union")}),
    ("Китай не является членом ОДКБ.", "2024-05-16", set()),
    # 'выступает за' a bid is support for the applicant (guidelines: support for o's bid), no membership
    ("Москва выступает за вступление Ирана в ШОС.", "2024-05-16", {(RU, "supports", "iran")}),
    # 'парад Победы' in a dated article is that year's parade
    ("Си Цзиньпин 9 мая посетит парад Победы на Красной площади.", "2025-05-07",
     {(XI, "attends", "2025-moscow-victory-day-parade"), ("red-square", "hosts", "2025-moscow-victory-day-parade")}),
    # press short titles of the joint statements (without 'Российской Федерации и Китайской Народной Республики')
    ("Путин и Си Цзиньпин подписали Совместное заявление об углублении отношений всеобъемлющего партнерства и "
     "стратегического взаимодействия, вступающих в новую эпоху.", "2023-03-21",
     {(PUTIN, "signs", "joint-statement-2023-deepening-new-era"), (XI, "signs", "joint-statement-2023-deepening-new-era")}),
    ("Путин пригласил Си Цзиньпина принять участие в саммите БРИКС.", "2024-05-16", set()),
    # --- titles 'глава <adj> государства / правительства / МИД' (the office named by the noun after the adjective)
    ("Глава Российского государства прилетел в Астану.", "2024-11-27", {(PUTIN, "leaderOf", RU), (PUTIN, "visits", "astana")}),
    ("Глава китайского государства прибыл в Москву.", "2023-03-20", {(XI, "leaderOf", CN), (XI, "visits", "moscow")}),
    ("Глава российского МИД прибыл в Пекин.", "2024-04-08", {(LAVROV, "visits", "beijing")}),
    ("Глава китайского правительства прибыл в Москву.", "2024-08-20",
     {("li-qiang", "leaderOf", CN), ("li-qiang", "visits", "moscow")}),
    ("Министр китайского правительства выступил на форуме.", "2024-08-20", set()),
    # surnames in -ов/-ев pymorphy does not know: instrumental -ым (Токаевым); Iran's president is titled 'президент'
    ("Путин провел переговоры с Президентом Казахстана Касым-Жомартом Токаевым.", "2024-11-27",
     {sym(PUTIN, "meets", "kassym-jomart-tokayev"), ("kassym-jomart-tokayev", "leaderOf", "kazakhstan")}),
    ("Иранский лидер находится в Москве с официальным визитом.", "2025-01-17",
     {("masoud-pezeshkian", "leaderOf", "iran"), ("masoud-pezeshkian", "visits", "moscow")}),
    ("Президент Ирана прибыл в Москву.", "2022-01-19", {("ebrahim-raisi", "leaderOf", "iran"), ("ebrahim-raisi", "visits", "moscow")}),
    # 'X обсудил с Y': talks; a group of unnamed people discussing is none
    ("Шойгу в Пекине обсудил с Ван И стратегическую стабильность.", "2024-11-11", {sym("sergei-shoigu", "meets", WANG)}),
    ("Эксперты обсудили с коллегами из ШОС ситуацию в Афганистане.", "2024-11-11", set()),
    # the Beijing parade named by its place; a phrase after a preposition keeps its case (на площади Тяньаньмэнь)
    ("Ким Чен Ын будет присутствовать на военном параде на площади Тяньаньмэнь.", "2025-09-02",
     {("kim-jong-un", "attends", "2025-china-victory-day-parade"),
      ("tiananmen-square", "hosts", "2025-china-victory-day-parade")}),
    # arriving 'во' a city, 'побывал в P на E', 'в столицу X для участия в E'
    ("Дин Сюэсян прибыл во Владивосток для участия в X Восточном экономическом форуме.", "2025-09-04",
     {("ding-xuexiang", "visits", "vladivostok"), ("ding-xuexiang", "attends", "10th-eastern-economic-forum"),
      ("vladivostok", "hosts", "10th-eastern-economic-forum")}),
    ("Пезешкиан побывал в Казани на саммите БРИКС.", "2024-10-25",
     {("masoud-pezeshkian", "visits", "kazan"), ("masoud-pezeshkian", "attends", "16th-brics-summit"),
      ("kazan", "hosts", "16th-brics-summit")}),
    ("Моди не побывал в Казани на саммите БРИКС.", "2024-10-25", set()),
    ("Путин прилетел в столицу Казахстана для участия в саммите ШОС.", "2024-07-03",
     {(PUTIN, "visits", "kazakhstan"), (PUTIN, "attends", "2024-sco-summit")}),
    # 'E, который принимает X': X hosts E (and 'принимает' there is no meeting of the persons before)
    ("Моди и Си Цзиньпин прибыли в Казань для участия в саммите БРИКС, который принимает Россия.", "2024-10-22",
     {("narendra-modi", "visits", "kazan"), (XI, "visits", "kazan"), ("narendra-modi", "attends", "16th-brics-summit"),
      (XI, "attends", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit"), (RU, "hosts", "16th-brics-summit")}),
    ("Моди прибыл на саммит БРИКС, который принимает Путин.", "2024-10-22", {("narendra-modi", "attends", "16th-brics-summit")}),
    # support one counts on is not yet given (and not the subject's); 'поддерживать координацию в O' is cooperation
    ("Тегеран рассчитывает на поддержку Москвы.", "2025-01-17", set()),
    ("Москва и Ханой поддерживают тесную координацию в ООН.", "2024-06-20", {sym(RU, "cooperatesWith", "vietnam")}),
    ("Господин Си поддержал начавшийся диалог России и США.", "2025-02-25", {(XI, "supports", RU), (XI, "supports", US)}),
    ("Россия поддерживает Китай в ООН.", "2025-02-25", {(RU, "supports", CN)}),
    ("Путин встретится с премьер-министром Вьетнама Фам Минь Тьинем.", "2024-06-20",
     {sym(PUTIN, "meets", "pham-minh-chinh"), ("pham-minh-chinh", "leaderOf", "vietnam")}),
    # a two-letter last syllable declines too (с Ким Чен Ыном), a vowel-final one does not (с Ли Цяном / с Си)
    ("Путин провел переговоры с Ким Чен Ыном во Владивостоке.", "2019-04-25",
     {sym(PUTIN, "meets", "kim-jong-un")}),
    # ===== multilateral events: office lists, session anaphora, hosts, member lists, ministers' meetings
    # --- a plural office word before a list of countries names each country's holder (names.json "office_lists")
    ("В саммите ОДКБ участвовали президенты Белоруссии, Казахстана и России.", "2023-11-23",
     {(LUK, "attends", CSTO23), (TOK, "attends", CSTO23), (PUTIN, "attends", CSTO23),
      (LUK, "leaderOf", "belarus"), (TOK, "leaderOf", "kazakhstan"), (PUTIN, "leaderOf", RU)}),
    ("Президенты России и Китая провели переговоры в Кремле.", "2023-03-21",
     {sym(PUTIN, "meets", XI), (PUTIN, "leaderOf", RU), (XI, "leaderOf", CN)}),
    ("В саммите ОДКБ приняли участие лидеры Киргизии и Таджикистана.", "2023-11-23",
     {(JAP, "attends", CSTO23), (RAH, "attends", CSTO23), (JAP, "leaderOf", "kyrgyzstan"), (RAH, "leaderOf", "tajikistan")}),
    # 'лидер' is the leader the document named (Armenia's prime minister), else the head of state
    ("Премьер-министр Армении Никол Пашинян прибыл в Минск. Лидеры Армении и Белоруссии провели переговоры.", "2023-11-23",
     {(PASH, "leaderOf", "armenia"), (PASH, "visits", "minsk"), (LUK, "leaderOf", "belarus"), sym(LUK, "meets", PASH)}),
    ("Министры иностранных дел России и Китая провели переговоры.", "2024-04-09", {sym(LAVROV, "meets", WANG)}),
    # a list of countries with no plural office word before it stays countries
    ("Президент России провел переговоры; Белоруссия и Казахстан поддержали ОДКБ.", "2023-11-23",
     {(PUTIN, "leaderOf", RU), ("belarus", "supports", "csto"), ("kazakhstan", "supports", "csto")}),
    ("Лидеры западных стран не приехали на саммит.", "2023-11-23", set()),
    # --- event anaphora: 'саммит' takes a session named 'заседание …', and 'заседание' a summit; 'в нем'
    ("В Минске прошло заседание Совета коллективной безопасности ОДКБ. В саммите участвовали Путин и Лукашенко.",
     "2023-11-23", {("minsk", "hosts", CSTO23), (PUTIN, "attends", CSTO23), (LUK, "attends", CSTO23)}),
    ("В Минске прошел саммит ОДКБ. Путин выступил на заседании в расширенном составе.", "2023-11-23",
     {("minsk", "hosts", CSTO23), (PUTIN, "attends", CSTO23)}),
    ("Заседание Высшего Евразийского экономического совета прошло в понедельник в Санкт-Петербурге. В нем приняли "
     "участие Путин и Токаев.", "2023-12-25",
     {("saint-petersburg", "hosts", EAEU23), (PUTIN, "attends", EAEU23), (TOK, "attends", EAEU23)}),
    ("В Минске прошел саммит ОДКБ. Пашинян не примет в нем участия.", "2023-11-23", {("minsk", "hosts", CSTO23)}),
    ("Путин и Лукашенко провели встречу. В нем приняли участие министры.", "2023-12-25", {sym(LUK, "meets", PUTIN)}),
    # --- hosts: the place before a neuter verb ('прошло', 'состоялось'), a day between verb and place; a person host
    ("В Минске в четверг состоялось заседание Совета коллективной безопасности ОДКБ.", "2023-11-23",
     {("minsk", "hosts", CSTO23)}),
    ("Саммит ОДКБ пройдет в пятницу в Минске.", "2023-11-20", {("minsk", "hosts", CSTO23)}),
    ("Хозяином саммита ОДКБ выступил президент Белоруссии Александр Лукашенко.", "2023-11-23",
     {(LUK, "hosts", CSTO23), (LUK, "leaderOf", "belarus")}),
    ("Путин прилетел в Минск, где пройдет саммит ОДКБ. Хозяином саммита стал Лукашенко.", "2023-11-23",
     {(PUTIN, "visits", "minsk"), ("minsk", "hosts", CSTO23), (LUK, "hosts", CSTO23)}),
    # presiding is attending, neither hosting nor a meeting with the persons named
    ("Председательствовал на заседании Высшего Евразийского экономического совета Путин.", "2023-12-25",
     {(PUTIN, "attends", EAEU23)}),
    ("Лукашенко примет в Минске саммит ОДКБ.", "2023-11-20", {(LUK, "hosts", CSTO23), ("minsk", "hosts", CSTO23)}),
    ("Лукашенко не примет в Минске саммит ОДКБ.", "2023-11-20", set()),
    ("Путин председательствовал на саммите ОДКБ.", "2023-11-23", {(PUTIN, "attends", CSTO23)}),
    ("Путин не председательствовал на саммите ОДКБ.", "2023-11-23", set()),
    # --- memberOf: a list after a colon, 'членами O стали A, B', 'в состав O вошли A и B'; observers and partners are not
    ("Государства — члены ОДКБ: Армения, Белоруссия, Казахстан, Киргизия, Россия и Таджикистан.", "2023-11-23",
     {(c, "memberOf", "csto") for c in ("armenia", "belarus", "kazakhstan", "kyrgyzstan", RU, "tajikistan")}),
    ("В январе полноправными членами БРИКС стали Египет, Иран, ОАЭ и Эфиопия.", "2024-06-10",
     {(c, "memberOf", BRICS) for c in ("egypt", "iran", "uae", "ethiopia")}),
    ("В состав ШОС в 2017 году вошли Индия и Пакистан.", "2024-06-10",
     {("india", "memberOf", SCO), ("pakistan", "memberOf", SCO)}),
    ("Полноправными членами БРИКС не стали Аргентина и Саудовская Аравия.", "2024-06-10", set()),
    ("Странами-партнерами БРИКС стали Белоруссия и Боливия.", "2025-01-01", set()),
    ("Наблюдателями при ОДКБ стали Сербия и Афганистан.", "2025-01-01", set()),
    # --- meetings of ministers of an organisation are events ('встреча министров иностранных дел стран БРИКС'),
    # and a meeting trigger that begins such a name or its anaphor is no meeting of the persons in the sentence
    ("В Нижнем Новгороде открылась встреча министров иностранных дел стран БРИКС.", "2024-06-10",
     {("nizhny-novgorod", "hosts", BFM)}),
    ("Во встрече министров иностранных дел стран БРИКС приняли участие Ван И и Мауро Виейра.", "2024-06-10",
     {(WANG, "attends", "new/event/встреча-министров-иностранных-дел-стран-брикс"),
      ("mauro-vieira", "attends", "new/event/встреча-министров-иностранных-дел-стран-брикс")}),
    ("Встреча высоких представителей стран БРИКС, курирующих вопросы безопасности, пройдет в Санкт-Петербурге.",
     "2024-06-10", {("saint-petersburg", "hosts",
                     "new/event/встреча-высоких-представителей-стран-брикс-курирующих-вопросы-безопасности")}),
    ("Лавров примет участие в заседании Совета министров иностранных дел ШОС в Астане.", "2024-05-20",
     {(LAVROV, "attends", "new/event/заседание-совета-министров-иностранных-дел-шос"),
      ("astana", "hosts", "new/event/заседание-совета-министров-иностранных-дел-шос")}),
    ("Встреча министров иностранных дел России и Китая прошла в Москве.", "2024-05-20", {sym(LAVROV, "meets", WANG)}),
    ("Встреча глав МИД РФ и КНР прошла в Москве.", "2024-05-20", set()),
    ("Лавров провел переговоры с Ван И на полях встречи министров иностранных дел стран БРИКС.", "2024-06-10",
     # (a found name keeps its case in the IRI: 'встречи …')
     {sym(LAVROV, "meets", WANG), (LAVROV, "attends", "new/event/встреча-министров-иностранных-дел-стран-брикс"),
      (WANG, "attends", "new/event/встреча-министров-иностранных-дел-стран-брикс")}),
    # -- the head of a ministry is its minister, not the head of the country ('глава МИД России') --
    ("Визит главы МИД России в Китай завершился.", "2024-04-10", {(LAVROV, "visits", CN)}),
    ("Глава Минобороны России Андрей Белоусов встретился с Дун Цзюнем.", "2024-10-20",
     {("andrey-belousov", "meets", "dong-jun")}),
    ("Глава России прибыл в Пекин.", "2024-05-16", {(PUTIN, "visits", "beijing"), (PUTIN, "leaderOf", RU)}),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_facts(text, published, expected):
    assert facts_of(text, published=published) == expected


# (text, published, expected meetings: (participants, date, place, mode))
MEETINGS = [
    ("Председатель КНР Си Цзиньпин провел переговоры с президентом России Владимиром Путиным в Кремле.",
     "2023-03-21", [({PUTIN, XI}, "2023-03-21", "moscow-kremlin", "in_person")]),
    ("Переговоры Путина и Си Цзиньпина прошли в Доме народных собраний в Пекине.",
     "2024-05-16", [({PUTIN, XI}, "2024-05-16", "great-hall-of-the-people", "in_person")]),
    # "в понедельник" in an article of Wednesday 26 February 2025
    ("В понедельник Путин провел телефонный разговор с Си Цзиньпином.",
     "2025-02-26", [({PUTIN, XI}, "2025-02-24", None, "phone")]),
    # a dated article reporting talks in the past tense with no other time word: the publication day
    ("Путин и Си Цзиньпин провели переговоры по видеосвязи.", "2022-12-30", [({PUTIN, XI}, "2022-12-30", None, "video")]),
    ("Вчера Сергей Лавров встретился с Ван И в Москве.", "2023-09-19", [({LAVROV, WANG}, "2023-09-18", "moscow", "in_person")]),
    ("15 мая в Пекине Путин встретился с Си Цзиньпином.", "2024-05-20", [({PUTIN, XI}, "2024-05-15", "beijing", "in_person")]),
    # "Ван И." ends the sentence: the reporter named in the next one is no participant
    ("В Москве началась встреча главы МИД России Сергея Лаврова и его китайского коллеги Ван И. "
     "Об этом сообщила Мария Захарова.",
     "2023-09-18", [({LAVROV, WANG}, "2023-09-18", "moscow", "in_person")]),
    ("Казань, Россия. Лидеры двух стран провели переговоры. Путин принял Си Цзиньпина в Казанском кремле.",
     "2024-10-22", [({PUTIN, XI}, "2024-10-22", "kazan-kremlin", "in_person")]),
    ("Путин и Си Цзиньпин не проводили переговоров.", "2024-05-16", []),
    ("Путин обменялся мнениями с Си Цзиньпином.", "2024-05-16", [({PUTIN, XI}, "2024-05-16", None, "in_person")]),
    # a weekday with a future verb after it lies ahead ('В среду X проведет …'); a second meeting verb
    # of the same subject after 'а также' / 'и' is its own meeting
    ("В среду Мишустин проведет переговоры с премьером Госсовета Ли Цяном, а также встретится с председателем КНР "
     "Си Цзиньпином.", "2024-08-20", [({"mikhail-mishustin", "li-qiang"}, "2024-08-21", None, "in_person"),
                                     ({"mikhail-mishustin", XI}, "2024-08-21", None, "in_person")]),
    ("В среду Мишустин провел переговоры с Ли Цяном.", "2024-08-23",
     [({"mikhail-mishustin", "li-qiang"}, "2024-08-21", None, "in_person")]),
    ("Путин встретился с Си Цзиньпином и провел переговоры в узком составе.", "2024-05-16",
     [({PUTIN, XI}, "2024-05-16", None, "in_person")]),
    ("Шойгу провел консультации по стратегической стабильности с Ван И.", "2024-11-11",
     [({"sergei-shoigu", WANG}, "2024-11-11", None, "in_person")]),
    # the source of the report ('Как сообщил X, …') is no participant, unless no pair is left without X
    ("Как отметил помощник президента Юрий Ушаков, Путин и Си Цзиньпин провели переговоры в Кремле.", "2025-05-08",
     [({PUTIN, XI}, "2025-05-08", "moscow-kremlin", "in_person")]),
    ("Как заявил Путин, переговоры с Си Цзиньпином прошли успешно.", "2025-05-08",
     [({PUTIN, XI}, "2025-05-08", None, "in_person")]),
    ("Лидеры двух стран встречались более 40 раз.", "2024-05-16", []),
    # added: counterpart in a headline, merged with the dated report; past reports in a dated article
    ("Лавров встретился со своим китайским коллегой. В Москве началась встреча Лаврова и Ван И.",
     "2023-09-18", [({LAVROV, WANG}, "2023-09-18", "moscow", "in_person")]),
    ("Накануне Путин провел телефонный разговор с Си Цзиньпином.", "2025-02-25",
     [({PUTIN, XI}, "2025-02-24", None, "phone")]),
    ("Накануне саммита Путин и Си Цзиньпин проведут переговоры.", "2025-08-25",
     [({PUTIN, XI}, None, None, "in_person")]),
    ("Путин и Си Цзиньпин впервые провели переговоры в 2013 году.", "2025-08-25",
     [({PUTIN, XI}, None, None, "in_person")]),
    # a place-only line under the headline (kremlin.ru: "Москва, Кремль") places a meeting that names none
    ("Переговоры с Председателем КНР\n\nМосква, Кремль\n\nПутин провел переговоры с Си Цзиньпином.",
     "2025-05-08", [({PUTIN, XI}, "2025-05-08", "moscow-kremlin", "in_person")]),
    # a TASS dateline places a meeting in person that names no place (tests/test_coreference.py: not a call)
    ("МОСКВА, 8 мая. /ТАСС/. Путин провел переговоры с Си Цзиньпином.",
     "2025-05-08", [({PUTIN, XI}, "2025-05-08", "moscow", "in_person")]),
    # 'провел в понедельник консультации' (words between verb and noun); 'обсудил с' by phone
    ("Шойгу провел в понедельник консультации по стратегической безопасности с Ван И.", "2024-11-13",
     [({"sergei-shoigu", WANG}, "2024-11-11", None, "in_person")]),
    ("Путин обсудил с Си Цзиньпином по телефону ситуацию на Украине.", "2025-02-25",
     [({PUTIN, XI}, "2025-02-25", None, "phone")]),
    # 'в тот раз' / 'тогда' point back to an earlier time: not the publication day
    ("Ким Чен Ын посетил Россию в 2023 году. В тот раз Ким Чен Ын провел переговоры с Путиным.", "2025-09-02",
     [({"kim-jong-un", PUTIN}, None, None, "in_person")]),
    ("Моди и Си Цзиньпин прибыли в Казань на саммит БРИКС, который принимает Россия.", "2024-10-22", []),
]


@pytest.mark.parametrize("text,published,expected", MEETINGS)
def test_meetings(text, published, expected):
    x = extract_text(text, published=published)
    got = [(set(m.participants), m.date.isoformat() if m.date else None, m.place, m.mode) for m in x.meetings]
    assert got == expected


# (text, surface as written, entity): character offsets must cover exactly the surface
MENTIONS = [
    ("Переговоры с Путиным начались утром.", "Путиным", PUTIN),
    ("Встреча Путина и Си Цзиньпина завершилась.", "Путина", PUTIN),
    ("Встреча Путина и Си Цзиньпина завершилась.", "Си Цзиньпина", XI),
    ("Путину вручили приглашение от Си Цзиньпина.", "Путину", PUTIN),
    ("О Путине и Си Цзиньпине написали все газеты.", "Си Цзиньпине", XI),
    ("Гость поблагодарил Си Цзиньпином приглашенного Лаврова.", "Лаврова", LAVROV),
    ("Позицию изложила российская сторона.", "российская сторона", RU),
    ("Соглашение было одобрено китайской стороной.", "китайской стороной", CN),
    ("Документ передан российской стороне.", "российской стороне", RU),
    ("Заявление сделал глава МИД КНР Ван И.", "Ван И", WANG),
    ("Встреча с премьером Госсовета КНР Ли Цяном прошла в Москве.", "Ли Цяном", "li-qiang"),
    ("Лидеры обсудили повестку саммита ШОС.", "саммита ШОС", "2024-sco-summit"),
    ("Россия вступила в диалог с ШОС.", "ШОС", SCO),
    ("Встреча с Касым-Жомартом Токаевым прошла в Астане.", "Касым-Жомартом Токаевым", "kassym-jomart-tokayev"),
    ("Войска прошли по площади Тяньаньмэнь.", "площади Тяньаньмэнь", "tiananmen-square"),
    ("Глава российского внешнеполитического ведомства выступил.", "Глава российского внешнеполитического ведомства", LAVROV),
    # a foreign name pymorphy guesses indeclinable ('Тьинь' from 'инь') still declines: Тьинем
    ("Переговоры с Фам Минь Тьинем прошли в Ханое.", "Фам Минь Тьинем", "pham-minh-chinh"),
]


@pytest.mark.parametrize("text,surface,entity", MENTIONS)
def test_mention_offsets(text, surface, entity):
    x = extract_text(text, published="2024-05-16")
    found = [(text[m.start:m.end], m.entity) for m in x.mentions]
    assert (surface, entity) in found


def test_generic_words_are_not_entities():
    x = extract_text("Стороны обсудили вопросы энергетики, торговли, демократии и климата со стороны экспертов.",
                     published="2024-05-16")
    assert [m for m in x.mentions if m.entity] == []


def test_pronoun_she_is_not_resolved_to_a_man():
    x = extract_text("Сергей Лавров и Ван И провели встречу. «Встреча прошла хорошо», — написала она.",
                     published="2023-09-18")
    assert all(m.text.lower() != "она" for m in x.mentions)


def test_undated_generic_summit_still_names_its_organisation():
    text = "Лидеры обсудили подготовку к саммиту Шанхайской организации сотрудничества."
    x = extract_text(text)
    assert [(text[m.start:m.end], m.entity) for m in x.mentions if m.entity] == \
        [("Шанхайской организации сотрудничества", SCO)]
