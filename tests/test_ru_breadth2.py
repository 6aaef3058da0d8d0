"""Russian breadth, round 2: how Russian news writing (kremlin.ru, ТАСС, РИА Новости, Коммерсантъ,
Интерфакс) expresses signs, visits, cooperatesWith, supports / opposes, leaderOf and locatedIn, and
names the catalogue lacks (heads of organisations and companies, agreements by the shape of their
title). Every sentence was written for this table from the language, not copied from an article, the
seeds, the corpus or the blind sets.

Inventory the rows sample ("-" lines are not asserted):

signs     подписали + title by shape in every case (совместное заявление / договор / меморандум / дорожную
          карту / план действий о, об, по …), participle 'подписанное A и B заявление', lists of signatories
          - присутствовали при подписании (witnessed), отказались подписывать, не подписала, не будет подписывать
visits    прибыл с государственным / официальным визитом, совершил визит, визит X в P продлится, турне … посетит,
          находится в P с рабочим визитом, побывал, 'в ходе визита в P'
          - вернулся в P, визит был отменен, опроверг сообщения, отложил поездку, пригласил посетить
cooperatesWith  сотрудничество / углублять сотрудничество / стратегические партнеры / совместные проекты,
          companies and agencies too
          - приостановил сотрудничество, не намерена сотрудничать
supports / opposes  поддерживает заявку / позицию X, взаимная поддержка; осудила, раскритиковал санкции X,
          ввел санкции против X, отвергла требования X, выступил против расширения X
          - отказался осудить, обвинили A в поддержке B (an accusation is no support)
leaderOf  '<титул> <страны> X' (catalogue or not), 'X, президент Y', heads of organisations and companies
          (генеральный секретарь ООН, глава «Газпрома», председатель CNPC, глава Еврокомиссии)
          - вице-премьер, посол, секретарь Совбеза, губернатор, бывший президент lead no country
locatedIn 'в P, столице C', 'P, административный центр C', 'резиденция P в C'
          - 'P находится в 2000 км от C'
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import check_facts, coop, meets, xfail

PUTIN, XI, LAVROV, WANG, MODI = "vladimir-putin", "xi-jinping", "sergey-lavrov", "wang-yi", "narendra-modi"
LI_QIANG, MISHUSTIN, TOK, KIM = "li-qiang", "mikhail-mishustin", "kassym-jomart-tokayev", "kim-jong-un"
CN, RU, IN, KZ, BY, US = "china", "russia", "india", "kazakhstan", "belarus", "united-states"
NATO, BRICS = "nato", "brics"
JS24 = "joint-statement-2024-75th-anniversary"
RU_NK = "russia-north-korea-comprehensive-strategic-partnership-treaty"
TREATY01 = "treaty-of-good-neighborliness-and-friendly-cooperation"
NONE: set = set()


def lead(person: str, org: str) -> tuple[str, str, str]:
    return (person, "leaderOf", org)


def both(a: str, p: str, b: str) -> set[tuple[str, str, str]]:
    return {(a, p, b), (b, p, a)}


MEMO = "new/agreement/меморандум-о-сотрудничестве-в-области-сельского-хозяйства"
ROADMAP = "new/agreement/дорожная-карта-по-развитию-торгово-экономического-сотрудничества"
BORDER = "new/agreement/договор-о-стыке-государственных-границ"
PLAN01 = "new/agreement/план-действий-по-реализации-положений-договора-о-добрососедстве-дружбе-и-сотрудн"

# (text, published, expected): expected is the exact set of facts, or (present, absent)
CASES = [
    # ===== signs
    ("Путин и Си Цзиньпин подписали Совместное заявление о развитии отношений всеобъемлющего партнерства.",
     "2024-05-16", {(PUTIN, "signs", JS24), (XI, "signs", JS24)}),
    ("Владимир Путин и Ким Чен Ын подписали Договор о всеобъемлющем стратегическом партнерстве.", "2024-06-19",
     {(PUTIN, "signs", RU_NK), (KIM, "signs", RU_NK)}),
    ("Мишустин и Ли Цян подписали меморандум о сотрудничестве в области сельского хозяйства.", "2024-05-16",
     {(MISHUSTIN, "signs", MEMO), (LI_QIANG, "signs", MEMO)}),
    ("Документ подписали министр иностранных дел России Сергей Лавров и министр иностранных дел КНР Ван И.",
     "2024-05-16", NONE),
    ("Подписанное Путиным и Си Цзиньпином совместное заявление о стратегическом взаимодействии опубликовано на сайте Кремля.",
     "2024-05-16", {(PUTIN, "signs", "new/agreement/совместное-заявление-о-стратегическом-взаимодействии"),
                    (XI, "signs", "new/agreement/совместное-заявление-о-стратегическом-взаимодействии")}),
    ("Россия и Вьетнам подписали дорожную карту по развитию торгово-экономического сотрудничества.", "2024-06-20",
     ({(RU, "signs", ROADMAP), ("vietnam", "signs", ROADMAP)}, NONE)),
    ("Лидеры Казахстана, Киргизии и Таджикистана подписали договор о стыке государственных границ.", "2024-06-20",
     {(TOK, "signs", BORDER), ("sadyr-japarov", "signs", BORDER), ("emomali-rahmon", "signs", BORDER),
      lead(TOK, KZ), lead("sadyr-japarov", "kyrgyzstan"), lead("emomali-rahmon", "tajikistan")}),
    # ... a document about a treaty is a new document, not the treaty
    ("Россия и Китай подписали план действий по реализации положений Договора о добрососедстве, дружбе и сотрудничестве.",
     "2024-05-16", ({(RU, "signs", PLAN01), (CN, "signs", PLAN01)}, {(RU, "signs", TREATY01), (CN, "signs", TREATY01)})),
    ("Путин и Си Цзиньпин продлили Договор о добрососедстве, дружбе и сотрудничестве.", "2021-06-28",
     {(PUTIN, "signs", TREATY01), (XI, "signs", TREATY01)}),
    # ... witnessed, refused, negated, intended not to
    ("Путин и Си Цзиньпин присутствовали при подписании меморандума о взаимопонимании в сфере энергетики.",
     "2024-05-16", NONE),
    ("В присутствии лидеров был подписан меморандум о сотрудничестве в сфере энергетики.", "2024-05-16", NONE),
    ("Стороны отказались подписывать итоговую декларацию саммита.", "2024-06-20", NONE),
    ("Индия не подписала Казанскую декларацию.", "2024-10-24", NONE),
    ("Армения не будет подписывать декларацию ОДКБ.", "2024-06-20", NONE),
    # ===== visits
    ("Путин прибыл в Пекин с государственным визитом.", "2024-05-16", {(PUTIN, "visits", "beijing")}),
    ("Президент Казахстана Касым-Жомарт Токаев прибыл в Москву с официальным визитом.", "2024-05-16",
     {lead(TOK, KZ), (TOK, "visits", "moscow")}),
    ("Премьер-министр Индии Нарендра Моди совершил двухдневный визит в Россию.", "2024-07-09",
     {lead(MODI, IN), (MODI, "visits", RU)}),
    ("Визит Путина в Китай продлится два дня.", "2024-05-16", {(PUTIN, "visits", CN)}),
    ("Си Цзиньпин совершит турне по Европе, в ходе которого посетит Францию, Сербию и Венгрию.", "2024-05-01",
     {(XI, "visits", "france"), (XI, "visits", "serbia"), (XI, "visits", "hungary")}),
    ("Министр иностранных дел Индии Субраманьям Джайшанкар находится в Москве с рабочим визитом.", "2024-05-16",
     {("subrahmanyam-jaishankar", "visits", "moscow")}),
    ("В ходе визита в Тегеран Лавров провел переговоры с иранским коллегой.", "2024-05-16",
     ({(LAVROV, "visits", "tehran")}, NONE)),
    ("Президент Монголии Ухнаагийн Хурэлсух побывал в Пекине.", "2024-05-16",
     {lead("ukhnaagiin-khurelsukh", "mongolia"), ("ukhnaagiin-khurelsukh", "visits", "beijing")}),
    ("Президент Узбекистана Шавкат Мирзиёев посетил Китай с государственным визитом.", "2024-01-24",
     {lead("shavkat-mirziyoyev", "uzbekistan"), ("shavkat-mirziyoyev", "visits", CN)}),
    ("Эммануэль Макрон, президент Франции, посетил Пекин.", "2023-04-06",
     {lead("emmanuel-macron", "france"), ("emmanuel-macron", "visits", "beijing")}),
    ("Лидер КНДР Ким Чен Ын прибыл во Владивосток.", "2023-09-12", {lead(KIM, "north-korea"), (KIM, "visits", "vladivostok")}),
    ("Лавров посетил Улан-Батор, столицу Монголии.", "2024-05-16",
     {(LAVROV, "visits", "ulaanbaatar"), ("ulaanbaatar", "locatedIn", "mongolia")}),
    # ... home, cancelled, postponed, denied, invited
    ("Лукашенко вернулся в Минск.", "2024-05-16", NONE),
    ("Визит Си Цзиньпина в Россию был отменен.", "2024-05-16", NONE),
    ("Песков опроверг сообщения о том, что Путин посетит Пхеньян.", "2024-05-16", NONE),
    ("Моди отложил поездку в Китай.", "2024-05-16", NONE),
    ("Лавров пригласил Ван И посетить Россию.", "2024-05-16", NONE),
    # ===== cooperatesWith
    ("Россия и Китай договорились углублять сотрудничество в энергетике.", "2024-05-16", {coop(CN, RU)}),
    ("Москва и Пекин являются стратегическими партнерами.", "2024-05-16", {coop(CN, RU)}),
    ("«Газпром» и CNPC подписали соглашение о сотрудничестве.", "2024-05-16", ({coop("cnpc", "gazprom")}, NONE)),
    ("Роскосмос и Китайское национальное космическое управление сотрудничают в создании лунной станции.", "2024-05-16",
     {coop("cnsa", "roscosmos")}),
    ("Россия и Индия реализуют совместные проекты в атомной энергетике.", "2024-05-16", {coop(IN, RU)}),
    ("Казахстан приостановил сотрудничество с Украиной.", "2024-05-16", NONE),
    ("Росатом и CNNC реализуют совместные проекты в Китае.", "2024-05-16",
     ({coop("china-national-nuclear-corporation", "rosatom")}, NONE)),
    ("ШОС и АСЕАН договорились расширять сотрудничество.", "2024-05-16", {coop("asean", "shanghai-cooperation-organisation")}),
    # ... organisations named as frameworks, not as partners
    ("В рамках ШОС и БРИКС страны развивают сотрудничество.", "2024-05-16", NONE),
    ("ШОС и БРИКС являются важными платформами для сотрудничества.", "2024-05-16", NONE),
    ("Россия и Китай свернули сотрудничество в банковской сфере.", "2024-05-16", NONE),
    ("Россия не намерена сотрудничать с НАТО.", "2024-05-16", NONE),
    # ===== supports / opposes
    ("Китай поддерживает заявку Таиланда на вступление в БРИКС.", "2024-05-16", {(CN, "supports", "thailand")}),
    ("Россия поддерживает позицию Китая по Тайваню.", "2024-05-16", {(RU, "supports", CN)}),
    ("Россия и Белоруссия выступают за взаимную поддержку.", "2024-05-16", both(RU, "supports", BY)),
    ("Москва осудила действия Израиля.", "2024-05-16", {(RU, "opposes", "israel")}),
    ("Пекин выступил против расширения НАТО.", "2024-05-16", {(CN, "opposes", NATO)}),
    ("Россия отвергла требования НАТО.", "2024-05-16", {(RU, "opposes", NATO)}),
    ("Китай раскритиковал санкции США против российских компаний.", "2024-05-16", {(CN, "opposes", US)}),
    ("Евросоюз ввел санкции против России.", "2024-05-16", {("european-union", "opposes", RU)}),
    ("Евросоюз утвердил 14-й пакет санкций против России.", "2024-06-24", {("european-union", "opposes", RU)}),
    ("Лавров подверг критике политику НАТО в Азии.", "2024-05-16", {(LAVROV, "opposes", NATO)}),
    ("Япония не будет вводить санкции против Китая.", "2024-05-16", NONE),
    ("Пекин раскритиковал санкции против российских банков.", "2024-05-16", NONE),
    ("Официальный представитель МИД КНР Мао Нин заявила, что Пекин поддерживает Россию.", "2024-05-16",
     {(CN, "supports", RU)}),
    ("Глава Еврокомиссии Урсула фон дер Ляйен осудила Россию.", "2024-05-16",
     {lead("ursula-von-der-leyen", "european-commission"), ("ursula-von-der-leyen", "opposes", RU)}),
    ("Китай отказался осудить Россию.", "2024-05-16", NONE),
    ("США обвинили Китай в поддержке России.", "2024-05-16", NONE),
    # ===== leaderOf: countries, organisations, companies; offices that lead nothing
    ("Президент Киргизии Садыр Жапаров встретился с Путиным.", "2024-05-16",
     {lead("sadyr-japarov", "kyrgyzstan"), meets("sadyr-japarov", PUTIN)}),
    ("Генеральный секретарь ООН Антониу Гутерриш прибыл в Казань.", "2024-10-23",
     {lead("antonio-guterres", "united-nations"), ("antonio-guterres", "visits", "kazan")}),
    ("Глава «Газпрома» Алексей Миллер встретился с председателем CNPC Дай Хоуляном.", "2024-05-16",
     {lead("alexei-miller", "gazprom"), lead("dai-houliang", "cnpc"), meets("alexei-miller", "dai-houliang")}),
    ("Вице-премьер России Александр Новак провел переговоры с вице-премьером Госсовета КНР Дин Сюэсяном.", "2024-05-16",
     {meets("alexander-novak", "ding-xuexiang")}),
    ("Посол КНР в России Чжан Ханьхуэй выступил на форуме.", "2024-05-16", NONE),
    ("Губернатор Приморского края Олег Кожемяко посетил Харбин.", "2024-05-16",
     {("new/person/олег-кожемяко", "visits", "harbin")}),
    ("Секретарь Совбеза РФ Сергей Шойгу провел переговоры с Ван И.", "2024-05-16", {meets("sergei-shoigu", WANG)}),
    ("Бывший президент Бразилии Жаир Болсонаро выступил с заявлением.", "2024-05-16", NONE),
    ("Генеральный секретарь ЦК КПВ То Лам прибыл в Пекин.", "2024-08-19",
     ({("to-lam", "visits", "beijing")}, NONE)),
    ("Генеральный секретарь ШОС Чжан Мин выступил на форуме.", "2024-05-16",
     {lead("new/person/чжан-мин", "shanghai-cooperation-organisation")}),
    ("Председатель правления Сбербанка Герман Греф принял участие в форуме.", "2024-05-16",
     {lead("herman-gref", "sberbank")}),
    # ===== locatedIn
    ("Саммит прошел в Казани, столице Татарстана.", "2024-05-16", {("kazan", "locatedIn", "tatarstan")}),
    ("Переговоры прошли во Дворце народных собраний в Пекине.", "2024-05-16", {("great-hall-of-the-people", "locatedIn", "beijing")}),
    ("Харбин, административный центр провинции Хэйлунцзян, принял выставку.", "2024-05-16",
     {("harbin", "locatedIn", "heilongjiang")}),
    ("Мурманск находится в 2000 км от Москвы.", "2024-05-16", NONE),
    ("Путин прибыл в Хэйхэ, приграничный город в провинции Хэйлунцзян.", "2024-05-16",
     {(PUTIN, "visits", "heihe"), ("heihe", "locatedIn", "heilongjiang")}),
    ("Лукашенко посетил Санью, курорт на острове Хайнань.", "2024-05-16",
     {("alexander-lukashenko", "visits", "sanya"), ("sanya", "locatedIn", "hainan")}),
    ("Владивосток, крупнейший город Приморья, принял форум.", "2024-05-16", {("vladivostok", "locatedIn", "primorsky-krai")}),
    ("Делегация посетила Москву, город Казань и Пекин.", "2024-05-16", NONE),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_ru_breadth2(text, published, expected):
    check_facts(facts_of(text, published=published), expected)
