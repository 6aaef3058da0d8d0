"""Breadth of meeting reports in English and Russian: how the press tells a meeting, talk, phone or
video call between named people — verbs and nouns ('held talks', 'received', 'hosted … for talks',
'sat down with', 'spoke by phone', 'the talks between A and B', "A's meeting with B"; 'провел переговоры',
'принял', 'побеседовал', 'телефонный разговор', 'в режиме видеоконференции', 'Встреча A с B
состоялась'), participants (counterparts, delegations, unknown persons with a title, three-way
meetings, a person named who is NOT a participant: a spokesman, someone in a 'that' clause), dates
(explicit, weekdays, yesterday / вчера / накануне, 'on the 8th' / '8-го числа', datelines, an earlier
sentence), places, modes, several meetings in one text — and what is not a meeting (counts, hopes,
messages, telegrams, denials, cancellations, 'did not rule out').
Each row: publication date, text, the exact meetings expected as (participants, date, place, mode).
Publication 2024-06-01 is a Saturday: Monday 05-27 … Friday 05-31. Every sentence was written for this test.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_text

X = "in_person"
V = "video"
P = "phone"
D = "2024-06-01"


def row(pub, text, *meetings, xfail=None):
    exp = sorted((frozenset(p), d, pl, mo) for p, d, pl, mo in meetings)
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(pub, text, exp, marks=marks, id=text[:30])


EN = [
    # --- held talks / met / received / hosted, weekdays and explicit dates, venues
    row(D, "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-30", "beijing", X)),
    row("2024-07-27", "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Vientiane on Thursday.",
        ({"sergey-lavrov", "wang-yi"}, "2024-07-25", "vientiane", X)),
    row(D, "Putin received Hungarian Prime Minister Viktor Orban in the Kremlin on Friday.",
        ({"vladimir-putin", "viktor-orban"}, "2024-05-31", "moscow-kremlin", X)),
    row(D, "Chinese Premier Li Qiang hosted Australian Prime Minister Anthony Albanese for talks in Beijing on Tuesday.",
        ({"li-qiang", "new/person/anthony-albanese"}, "2024-05-28", "beijing", X)),
    row(D, "Wang Yi sat down with U.S. Secretary of State Antony Blinken in Beijing on April 26.",
        ({"wang-yi", "antony-blinken"}, "2024-04-26", "beijing", X)),
    row(D, "The talks between Xi Jinping and Kazakh President Kassym-Jomart Tokayev took place in Astana on May 2.",
        ({"xi-jinping", "kassym-jomart-tokayev"}, "2024-05-02", "astana", X)),
    row(D, "Putin's meeting with Turkish President Recep Tayyip Erdogan in Sochi lasted four hours on Monday.",
        ({"vladimir-putin", "recep-tayyip-erdogan"}, "2024-05-27", "sochi", X)),
    row("2024-11-21", "Brazilian President Luiz Inacio Lula da Silva and Xi Jinping met in Brasilia on November 20.",
        ({"lula-da-silva", "xi-jinping"}, "2024-11-20", "brasilia", X)),
    row(D, "Xi Jinping met with Putin at the Great Hall of the People on May 16.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-16", "great-hall-of-the-people", X)),
    row(D, "Mishustin had talks with Li Qiang in Moscow on Tuesday afternoon.",
        ({"mikhail-mishustin", "li-qiang"}, "2024-05-28", "moscow", X)),
    row(D, "Xi Jinping welcomed Vladimir Putin at a ceremony in Tiananmen Square on Thursday morning.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-30", "tiananmen-square", X)),
    row(D, "Shoigu held talks with Chinese Defense Minister Dong Jun in Beijing on the 8th.",
        ({"sergei-shoigu", "dong-jun"}, "2024-05-08", "beijing", X)),
    row(D, "Indian Prime Minister Narendra Modi and Putin held talks in Moscow yesterday.",
        ({"narendra-modi", "vladimir-putin"}, "2024-05-31", "moscow", X)),
    # --- persons not in the catalogue, with a title
    row(D, "Wang Yi met Nepal's Foreign Minister Arzu Rana Deuba in Beijing on Tuesday.",
        ({"wang-yi", "new/person/arzu-rana-deuba"}, "2024-05-28", "beijing", X)),
    row(D, "Xi Jinping met Tesla CEO Elon Musk in Beijing on April 28.",
        ({"xi-jinping", "new/person/elon-musk"}, "2024-04-28", "beijing", X)),
    row(D, "Primorsky Governor Oleg Kozhemyako met Heilongjiang Party Secretary Xu Qin in Harbin on May 17.",
        ({"new/person/oleg-kozhemyako", "new/person/xu-qin"}, "2024-05-17", "harbin", X),
        xfail="'Heilongjiang Party Secretary Xu Qin': a province's party secretary is no known title, Xu Qin is not found"),
    row(D, "Xi Jinping met a delegation led by Russian Duma Chairman Vyacheslav Volodin in Beijing on Wednesday.",
        ({"xi-jinping", "vyacheslav-volodin"}, "2024-05-29", "beijing", X)),
    # --- phone and video
    row(D, "Xi Jinping spoke by phone with French President Emmanuel Macron on Wednesday.",
        ({"xi-jinping", "emmanuel-macron"}, "2024-05-29", None, P)),
    row(D, "Indian Prime Minister Narendra Modi had a phone conversation with Vladimir Putin yesterday.",
        ({"narendra-modi", "vladimir-putin"}, "2024-05-31", None, P)),
    row(D, "Xi Jinping exchanged views with Vladimir Putin on the Ukraine crisis during a phone call on Friday.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-31", None, P)),
    row(D, "German Chancellor Olaf Scholz talked with Xi Jinping by phone on Wednesday.",
        ({"olaf-scholz", "xi-jinping"}, "2024-05-29", None, P)),
    row(D, "Putin and Modi held talks over a video link on Friday.",
        ({"vladimir-putin", "narendra-modi"}, "2024-05-31", None, V)),
    row(D, "Chinese President Xi Jinping spoke about trade. Xi and Putin held a video call on Tuesday, the Kremlin said.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-28", None, V)),
    # --- datelines and dates from an earlier sentence
    row(D, "MOSCOW, May 30 (Reuters) - Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in the Kremlin.",
        ({"vladimir-putin", "alexander-lukashenko"}, "2024-05-30", "moscow-kremlin", X)),
    row(D, "Russian President Vladimir Putin met his Chinese counterpart Xi Jinping on Thursday. The two leaders signed a joint statement.",
        ({"vladimir-putin", "xi-jinping"}, "2024-05-30", None, X)),
    row("2024-09-02", "During their meeting in Tianjin on August 31, Xi Jinping and Vladimir Putin discussed energy.",
        ({"xi-jinping", "vladimir-putin"}, "2024-08-31", "tianjin", X)),
    # --- several meetings, three-way meetings
    row(D, "Lavrov held talks with Wang Yi in Moscow on Monday, then met Indian Foreign Minister Subrahmanyam Jaishankar on Tuesday.",
        ({"sergey-lavrov", "wang-yi"}, "2024-05-27", "moscow", X),
        ({"sergey-lavrov", "subrahmanyam-jaishankar"}, "2024-05-28", "moscow", X)),
    row(D, "Putin held talks with Kim Jong Un in Pyongyang on May 19. He later met Vietnamese President To Lam in Hanoi on May 20.",
        ({"vladimir-putin", "kim-jong-un"}, "2024-05-19", "pyongyang", X),
        ({"vladimir-putin", "to-lam"}, "2024-05-20", "hanoi", X)),
    row("2024-09-16", "Putin held a trilateral meeting with Xi Jinping and Mongolian President Ukhnaagiin Khurelsukh in Samarkand on September 15.",
        ({"vladimir-putin", "xi-jinping", "ukhnaagiin-khurelsukh"}, "2024-09-15", "samarkand", X)),
    # --- persons named who are not participants
    row(D, "Lavrov and Wang Yi held talks in Beijing on Tuesday, Russian Foreign Ministry spokeswoman Maria Zakharova said.",
        ({"sergey-lavrov", "wang-yi"}, "2024-05-28", "beijing", X)),
    row(D, "Putin told Xi Jinping during their talks in Beijing on Thursday that Biden's policy was dangerous.",
        ({"vladimir-putin", "xi-jinping"}, "2024-05-30", "beijing", X)),
    row(D, "Wang Yi met Sergei Lavrov in Moscow on Monday and conveyed Xi Jinping's greetings to Putin.",
        ({"wang-yi", "sergey-lavrov"}, "2024-05-27", "moscow", X),
        xfail="a person in a second verb phrase ('and conveyed Xi Jinping's greetings') is taken as a participant"),
    # --- second round: courtesy calls, 'will meet', 'told X by phone', hosts, lists, vague days
    row(D, "Kazakh President Kassym-Jomart Tokayev paid a courtesy call on Chinese Premier Li Qiang in Beijing on Tuesday.",
        ({"kassym-jomart-tokayev", "li-qiang"}, "2024-05-28", "beijing", X)),
    row(D, "Xi Jinping and Putin talked over tea at the Zhongnanhai compound on Thursday evening.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-30", "zhongnanhai", X)),
    row(D, "Putin had a one-on-one meeting with Xi Jinping in the Kremlin on Wednesday.",
        ({"vladimir-putin", "xi-jinping"}, "2024-05-29", "moscow-kremlin", X)),
    row(D, "Putin will meet Xi Jinping in Kazan on October 22, Kremlin aide Yuri Ushakov said.",
        ({"vladimir-putin", "xi-jinping"}, "2024-10-22", "kazan", X)),
    row(D, "Wang Yi held consultations with Russian Deputy Foreign Minister Andrei Rudenko in Beijing on Monday.",
        ({"wang-yi", "andrey-rudenko"}, "2024-05-27", "beijing", X)),
    row(D, "BEIJING, May 30 (Xinhua) -- Chinese President Xi Jinping held talks with Egyptian President Abdel Fattah al-Sisi on Thursday.",
        ({"xi-jinping", "abdel-fattah-el-sisi"}, "2024-05-30", "beijing", X)),
    row(D, "Belarusian President Alexander Lukashenko, Putin and Xi Jinping met in Astana on May 4.",
        ({"alexander-lukashenko", "vladimir-putin", "xi-jinping"}, "2024-05-04", "astana", X)),
    row(D, "Putin phoned Xi Jinping on Friday to discuss the crisis.",
        ({"vladimir-putin", "xi-jinping"}, "2024-05-31", None, P)),
    row(D, "Wang Yi and Lavrov met on the sidelines of the BRICS foreign ministers' meeting in Nizhny Novgorod on June 10.",
        ({"wang-yi", "sergey-lavrov"}, "2024-06-10", "nizhny-novgorod", X)),
    row(D, "Earlier this week, Lavrov met Wang Yi in Moscow.",
        ({"sergey-lavrov", "wang-yi"}, None, "moscow", X)),
    row(D, "Xi Jinping told Putin by phone on Thursday that China supports Russia.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-30", None, P)),
    row(D, "Modi embraced Putin when the two met in Moscow on Monday.",
        ({"narendra-modi", "vladimir-putin"}, "2024-05-27", "moscow", X)),
    row(D, "North Korean leader Kim Jong Un hosted Russian Defence Minister Andrei Belousov in Pyongyang on Friday.",
        ({"kim-jong-un", "andrey-belousov"}, "2024-05-31", "pyongyang", X),
        xfail="'hosted' a person is a trigger only with 'for talks / dinner' after the name"),
    row(D, "Xi Jinping received the credentials of new ambassadors on Monday."),
    row(D, "Putin thanked Xi Jinping for the invitation."),
    row(D, "A spokesman for Wang Yi, reached by phone, declined to comment on Lavrov's remarks."),
    # --- third round: pronouns, role titles, a day or place from an earlier sentence, gapping
    row(D, "Chinese Foreign Minister Wang Yi arrived in Moscow on Monday for a two-day visit. He held talks with Sergei Lavrov on Tuesday.",
        ({"wang-yi", "sergey-lavrov"}, "2024-05-28", "moscow", X),
        xfail="the city of the arrival sentence before ('arrived in Moscow … He held talks') is not the meeting's place"),
    row("2024-05-17", "Putin arrived in Beijing on May 16 for a state visit. Xi Jinping and Putin held talks at the Great Hall of the People.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-16", "great-hall-of-the-people", X)),
    row(D, "Lavrov met Wang Yi in Moscow on Tuesday. The two ministers also spoke by phone on Friday.",
        ({"sergey-lavrov", "wang-yi"}, "2024-05-28", "moscow", X),
        ({"sergey-lavrov", "wang-yi"}, "2024-05-31", None, P)),
    row(D, "Putin met Xi Jinping on Thursday and Narendra Modi on Friday.",
        ({"vladimir-putin", "xi-jinping"}, "2024-05-30", None, X),
        ({"vladimir-putin", "narendra-modi"}, "2024-05-31", None, X),
        xfail="gapping ('met A on Thursday and B on Friday') makes one meeting of three"),
    row(D, "Putin met Kazakhstan's Prime Minister Olzhas Bektenov in the Kremlin on Monday.",
        ({"vladimir-putin", "olzhas-bektenov"}, "2024-05-27", "moscow-kremlin", X)),
    row(D, "The Chinese President held talks with Putin in Beijing on Thursday.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-30", "beijing", X)),
    row(D, "Xi Jinping said after his talks with Putin that relations were at their best.",
        ({"xi-jinping", "vladimir-putin"}, None, None, X)),
    # --- not a meeting
    row(D, "Putin and Xi Jinping have met more than 40 times."),
    row(D, "Xi Jinping sent a congratulatory message to Vladimir Putin on his inauguration."),
    row(D, "Peskov said a meeting between Putin and Trump could take place as early as next week."),
    row(D, "The Kremlin denied reports that Putin would meet Zelensky in Istanbul."),
    row(D, "Putin hopes to meet Xi Jinping soon, Peskov said."),
    row(D, "The planned meeting between Donald Trump and Vladimir Putin in Budapest was cancelled."),
    row(D, "Dmitry Peskov did not rule out a meeting between Putin and Trump."),
    row(D, "Putin did not meet Zelensky in Istanbul."),
    row(D, "Xi Jinping wrote a letter to Vladimir Putin."),
    row(D, "Lavrov called on the West to stop arming Ukraine."),
    row(D, "Putin welcomed Xi Jinping's proposal for peace talks."),
    row(D, "Zelensky said he was ready to meet Putin."),
]

RU = [
    # --- переговоры / встреча / принял, dates and venues
    row("2024-05-17", "Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином в Пекине 16 мая.",
        ({"vladimir-putin", "xi-jinping"}, "2024-05-16", "beijing", X)),
    row("2024-05-17", "Владимир Путин и Си Цзиньпин провели переговоры в Пекине в четверг.",
        ({"vladimir-putin", "xi-jinping"}, "2024-05-16", "beijing", X)),
    row(D, "Министр иностранных дел России Сергей Лавров встретился со своим китайским коллегой Ван И в Москве в понедельник.",
        ({"sergey-lavrov", "wang-yi"}, "2024-05-27", "moscow", X)),
    row(D, "Путин принял в Кремле премьер-министра Венгрии Виктора Орбана.",
        ({"vladimir-putin", "viktor-orban"}, D, "moscow-kremlin", X)),
    row("2024-07-05", "Лавров побеседовал с Ван И на полях саммита ШОС в Астане 3 июля.",
        ({"sergey-lavrov", "wang-yi"}, "2024-07-03", "astana", X)),
    row(D, "Премьер-министр Михаил Мишустин встретился с премьером Госсовета КНР Ли Цяном в Шанхае во вторник.",
        ({"mikhail-mishustin", "li-qiang"}, "2024-05-28", "shanghai", X)),
    row(D, "Переговоры Путина и Си Цзиньпина прошли в Кремле 21 марта.",
        ({"vladimir-putin", "xi-jinping"}, "2024-03-21", "moscow-kremlin", X)),
    row(D, "Встреча Лаврова с министром иностранных дел Индии Субраманьямом Джайшанкаром состоялась в Москве во вторник.",
        ({"sergey-lavrov", "subrahmanyam-jaishankar"}, "2024-05-28", "moscow", X)),
    row(D, "Сегодня утром Лавров встретился с госсекретарем США Энтони Блинкеном.",
        ({"sergey-lavrov", "antony-blinken"}, D, None, X)),
    row(D, "Путин примет президента Вьетнама То Лама в Кремле в четверг.",
        ({"vladimir-putin", "to-lam"}, "2024-06-06", "moscow-kremlin", X)),
    row(D, "Накануне Путин провел переговоры с президентом Казахстана Касым-Жомартом Токаевым.",
        ({"vladimir-putin", "kassym-jomart-tokayev"}, "2024-05-31", None, X)),
    row(D, "Шойгу провел переговоры с министром обороны КНР Дун Цзюнем в Пекине 8-го числа.",
        ({"sergei-shoigu", "dong-jun"}, "2024-05-08", "beijing", X)),
    row(D, "Как сообщил Песков, Путин и Си Цзиньпин провели переговоры в узком составе.",
        ({"vladimir-putin", "xi-jinping"}, D, None, X)),
    # --- persons not in the catalogue, delegations
    row(D, "Губернатор Приморья Олег Кожемяко встретился с губернатором провинции Хэйлунцзян Лян Хуэйлином в Харбине 17 мая.",
        ({"new/person/олег-кожемяко", "new/person/лян-хуэйлин"}, "2024-05-17", "harbin", X)),
    row(D, "Путин принял делегацию во главе с председателем ПК ВСНП Чжао Лэцзи.",
        ({"vladimir-putin", "zhao-leji"}, D, None, X)),
    # --- phone and video
    row(D, "Си Цзиньпин и Путин провели телефонный разговор в среду.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-29", None, P)),
    row(D, "Вчера Путин провел телефонный разговор с президентом Франции Эммануэлем Макроном.",
        ({"vladimir-putin", "emmanuel-macron"}, "2024-05-31", None, P)),
    row(D, "Путин и Моди провели переговоры в режиме видеоконференции 30 мая.",
        ({"vladimir-putin", "narendra-modi"}, "2024-05-30", None, V)),
    row(D, "Лавров и Ван И поговорили по телефону в пятницу.",
        ({"sergey-lavrov", "wang-yi"}, "2024-05-31", None, P)),
    # --- datelines, several meetings, three persons
    row(D, "МОСКВА, 30 мая. /ТАСС/. Президент России Владимир Путин провел переговоры с президентом Белоруссии Александром Лукашенко.",
        ({"vladimir-putin", "alexander-lukashenko"}, "2024-05-30", "moscow", X)),
    row(D, "Путин провел переговоры с Ким Чен Ыном в Пхеньяне 19 мая, а затем встретился с То Ламом в Ханое 20 мая.",
        ({"vladimir-putin", "kim-jong-un"}, "2024-05-19", "pyongyang", X),
        ({"vladimir-putin", "to-lam"}, "2024-05-20", "hanoi", X)),
    row(D, "Лукашенко вместе с Путиным провели переговоры с Си Цзиньпином в Астане 4 мая.",
        ({"alexander-lukashenko", "vladimir-putin", "xi-jinping"}, "2024-05-04", "astana", X),
        xfail="'A вместе с B провели переговоры с C': the comitative 'вместе с' before the trigger drops A"),
    # --- persons named who are not participants
    row(D, "Путин провел переговоры с Си Цзиньпином. Во время переговоров Путин заявил, что Байден ошибается.",
        ({"vladimir-putin", "xi-jinping"}, D, None, X)),
    row(D, "Лавров встретился с Ван И в Москве в понедельник и передал приветствие Си Цзиньпину от Путина.",
        ({"sergey-lavrov", "wang-yi"}, "2024-05-27", "moscow", X)),
    # --- second round: 'позвонил', 'обменялись мнениями по телефону', future dates, vague days
    row(D, "Президент Египта Абдель Фаттах ас-Сиси и Путин обменялись мнениями по телефону в четверг.",
        ({"abdel-fattah-el-sisi", "vladimir-putin"}, "2024-05-30", None, P)),
    row(D, "Си Цзиньпин и Путин пообщались за чаем в резиденции Чжуннаньхай в четверг вечером.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-30", "zhongnanhai", X)),
    row(D, "Путин встретится с Си Цзиньпином в Казани 22 октября, сообщил помощник президента Юрий Ушаков.",
        ({"vladimir-putin", "xi-jinping"}, "2024-10-22", "kazan", X)),
    row(D, "Министр обороны Андрей Белоусов встретился с председателем КНДР Ким Чен Ыном в Пхеньяне в пятницу.",
        ({"andrey-belousov", "kim-jong-un"}, "2024-05-31", "pyongyang", X)),
    row(D, "В среду Ван И провел консультации с замминистра иностранных дел России Андреем Руденко.",
        ({"wang-yi", "andrey-rudenko"}, "2024-05-29", None, X)),
    row(D, "Лавров и Ван И встретились на полях СМИД БРИКС в Нижнем Новгороде 10 июня.",
        ({"sergey-lavrov", "wang-yi"}, "2024-06-10", "nizhny-novgorod", X)),
    row(D, "На этой неделе Лавров встретился с Ван И в Москве.",
        ({"sergey-lavrov", "wang-yi"}, None, "moscow", X)),
    row(D, "Путин позвонил Си Цзиньпину в пятницу.",
        ({"vladimir-putin", "xi-jinping"}, "2024-05-31", None, P)),
    row(D, "Путин и Си Цзиньпин провели встречу в формате тет-а-тет в Кремле в среду.",
        ({"vladimir-putin", "xi-jinping"}, "2024-05-29", "moscow-kremlin", X)),
    row(D, "Председатель КНР Си Цзиньпин принял в Пекине министра иностранных дел России Сергея Лаврова.",
        ({"xi-jinping", "sergey-lavrov"}, D, "beijing", X)),
    row(D, "Мишустин встретился с Ли Цяном, а затем провел переговоры с Си Цзиньпином.",
        ({"mikhail-mishustin", "li-qiang"}, D, None, X),
        ({"mikhail-mishustin", "xi-jinping"}, D, None, X)),
    row(D, "Путин выразил надежду на встречу с Си Цзиньпином."),
    row(D, "Путин поблагодарил Си Цзиньпина за приглашение."),
    row(D, "Лидеры в последний раз встречались в Казани в октябре."),
    # --- third round: pronouns, role titles, gapping
    row(D, "Лавров прибыл в Пекин в понедельник. Во вторник он провел переговоры с Ван И.",
        ({"sergey-lavrov", "wang-yi"}, "2024-05-28", "beijing", X),
        xfail="the city of the arrival sentence before ('прибыл в Пекин … он провел переговоры') is not the meeting's place"),
    row(D, "Путин встретился с Си Цзиньпином в четверг, а с Моди — в пятницу.",
        ({"vladimir-putin", "xi-jinping"}, "2024-05-30", None, X),
        ({"vladimir-putin", "narendra-modi"}, "2024-05-31", None, X),
        xfail="gapping ('…, а с Моди — в пятницу') loses the second meeting"),
    row(D, "Путин принял в Кремле премьер-министра Казахстана Олжаса Бектенова в понедельник.",
        ({"vladimir-putin", "olzhas-bektenov"}, "2024-05-27", "moscow-kremlin", X)),
    row(D, "Китайский лидер провел переговоры с Путиным в Пекине в четверг.",
        ({"xi-jinping", "vladimir-putin"}, "2024-05-30", "beijing", X)),
    row(D, "Глава МИД России Лавров и министр иностранных дел Турции Хакан Фидан провели переговоры в Анкаре во вторник.",
        ({"sergey-lavrov", "hakan-fidan"}, "2024-05-28", "ankara", X)),
    # --- not a meeting
    row(D, "Путин и Си Цзиньпин встречались более 40 раз."),
    row(D, "Песков не исключил возможную встречу Путина и Трампа."),
    row(D, "Путин направил Си Цзиньпину поздравительную телеграмму."),
    row(D, "Путин надеется встретиться с Си Цзиньпином в ближайшее время."),
    row(D, "Встреча Путина и Зеленского не состоится, заявил Песков."),
    row(D, "Си Цзиньпин пригласил Путина посетить Китай."),
    row(D, "Путин передал Си Цзиньпину послание через Ван И."),
    row(D, "Кремль опроверг сообщения о встрече Путина и Зеленского в Стамбуле."),
    row(D, "Переговоры Трампа и Путина в Будапеште отменены."),
    row(D, "Путин поздравил Си Цзиньпина с днем рождения."),
    row(D, "Лавров направил письмо Ван И."),
    row(D, "Путин не встречался с Зеленским в Стамбуле."),
]


def _got(pub, text):
    x = extract_text(text, published=pub)
    return sorted((frozenset(m.participants), str(m.date) if m.date else None, m.place, m.mode) for m in x.meetings)


@pytest.mark.parametrize("pub,text,expected", EN)
def test_english_meetings(pub, text, expected):
    assert _got(pub, text) == expected


@pytest.mark.parametrize("pub,text,expected", RU)
def test_russian_meetings(pub, text, expected):
    assert _got(pub, text) == expected
