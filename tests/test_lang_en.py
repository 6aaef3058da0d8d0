"""English extraction: one row per phenomenon (relations, negation, titles by date, name variants,
"X side", collectives, meetings with date/place/mode, boilerplate).

Every sentence here was written for this test; none is copied from the seeds or the corpus.
`expected` is the exact set of (subject, relation, object) keys the sentence states
(symmetric relations in sorted order, as `facts_of` returns them).
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract_text, facts_of

CN, RU = "china", "russia"
XI, PUTIN = "xi-jinping", "vladimir-putin"


def sup(a, b):
    return (a, "supports", b)


def coop(a, b):
    return tuple([min(a, b), "cooperatesWith", max(a, b)])


def meets(a, b):
    return (min(a, b), "meets", max(a, b))


CASES = [
    # -- supports ------------------------------------------------------------------------------
    ("Russia firmly supports China's position on the Taiwan question.", "2024-05-16",
     {sup(RU, CN)}),
    ("China voiced support for Russia's efforts to restore stability in the region.", "2023-03-20",
     {sup(CN, RU)}),
    ("China and Russia pledged to support each other on issues concerning their core interests.", "2024-05-16",
     {sup(CN, RU), sup(RU, CN)}),
    ("China and Russia held consultations in Beijing. The two sides reaffirmed their mutual support "
     "on matters of sovereignty and territorial integrity.", "2023-09-18",
     {sup(CN, RU), sup(RU, CN)}),
    ("The Chinese side firmly backs the Russian side in safeguarding its national security.", "2022-02-04",
     {sup(CN, RU)}),
    ("Putin thanked China for its support during Russia's BRICS chairmanship.", "2024-10-23",
     {sup(CN, RU), (RU, "chairs", "brics")}),
    # -- opposes -------------------------------------------------------------------------------
    ("Russia strongly opposes NATO's eastward expansion.", "2023-07-12",
     {(RU, "opposes", "nato")}),
    ("Both China and Russia oppose the expansion of NATO into the Asia-Pacific.", "2024-07-11",
     {(CN, "opposes", "nato"), (RU, "opposes", "nato")}),
    # -- cooperatesWith ------------------------------------------------------------------------
    ("China is ready to work with Russia to deepen practical cooperation in energy and trade.", "2024-05-16",
     {coop(CN, RU)}),
    ("Russia and China will strengthen coordination within the United Nations.", "2023-03-21",
     {coop(CN, RU)}),
    ("Sino-Russian interaction in international affairs continues to strengthen.", "2026-04-14",
     {coop(CN, RU)}),
    ("Xi Jinping expressed readiness to work with Vladimir Putin to chart the course of bilateral ties.", "2024-05-16",
     {coop(XI, PUTIN)}),
    # -- memberOf ------------------------------------------------------------------------------
    ("China and Russia, both permanent members of the UN Security Council, bear special responsibility.",
     "2022-02-04", {(CN, "memberOf", "un-security-council"), (RU, "memberOf", "un-security-council")}),
    ("Belarus officially joined the Shanghai Cooperation Organisation on Thursday.", "2024-07-04",
     {("belarus", "memberOf", "shanghai-cooperation-organisation")}),
    # -- chairs --------------------------------------------------------------------------------
    ("Russia holds the rotating presidency of BRICS this year.", "2024-01-01",
     {(RU, "chairs", "brics")}),
    ("China will take over the SCO chairmanship from Kazakhstan.", "2024-07-04",
     {(CN, "chairs", "shanghai-cooperation-organisation")}),
    # -- attends / hosts (series resolved by date) ---------------------------------------------
    ("Xi Jinping will attend the BRICS summit, which opens in Kazan on Tuesday.", "2024-10-18",
     {(XI, "attends", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")}),
    ("Prime Minister Narendra Modi took part in the BRICS summit on Wednesday.", "2023-08-24",
     {("narendra-modi", "attends", "15th-brics-summit"), ("narendra-modi", "leaderOf", "india")}),
    ("China will host this year's SCO summit in the northern port city of Tianjin.", "2025-06-01",
     {(CN, "hosts", "2025-sco-summit"), ("tianjin", "hosts", "2025-sco-summit")}),
    ("Xi Jinping held talks with Alexander Lukashenko on the sidelines of the SCO summit.", "2024-07-04",
     {meets(XI, "alexander-lukashenko"), (XI, "attends", "2024-sco-summit"),
      ("alexander-lukashenko", "attends", "2024-sco-summit")}),
    # -- signs ---------------------------------------------------------------------------------
    ("Putin and Kim Jong Un signed the Treaty on Comprehensive Strategic Partnership between Russia and "
     "North Korea in Pyongyang on Wednesday.", "2024-06-19",
     {(PUTIN, "signs", "russia-north-korea-comprehensive-strategic-partnership-treaty"),
      ("kim-jong-un", "signs", "russia-north-korea-comprehensive-strategic-partnership-treaty"),
      meets(PUTIN, "kim-jong-un")}),
    ("Chinese President Xi Jinping and his Russian counterpart Vladimir Putin signed the Joint Statement "
     "on Further Deepening the Comprehensive Strategic Partnership of Coordination.", "2017-07-05",
     {(XI, "leaderOf", CN), (PUTIN, "leaderOf", RU), meets(XI, PUTIN),
      (XI, "signs", "joint-statement-2017-deepening-partnership"),
      (PUTIN, "signs", "joint-statement-2017-deepening-partnership")}),
    # -- visits, name variants, places ---------------------------------------------------------
    ("Vladimir Putin arrived in Beijing on Thursday for a two-day state visit to China.", "2024-05-16",
     {(PUTIN, "visits", "beijing"), (PUTIN, "visits", CN)}),
    ("Chinese special envoy Li Hui travelled to Kyiv for consultations.", "2023-05-17",
     {("li-hui", "visits", "kyiv")}),
    ("Chinese special envoy Li Hui travelled to Kiev for consultations.", "2023-05-17",
     {("li-hui", "visits", "kyiv")}),
    ("Ukrainian President Volodymyr Zelenskyy addressed the summit by video.", "2024-06-15",
     {("volodymyr-zelensky", "leaderOf", "ukraine")}),
    ("Ukrainian President Volodymyr Zelensky addressed the summit by video.", "2024-06-15",
     {("volodymyr-zelensky", "leaderOf", "ukraine")}),
    ("The talks were held at the Great Hall of the People in Beijing.", "2024-05-16",
     {("great-hall-of-the-people", "locatedIn", "beijing")}),
    ("Leaders gathered in Kazan, Russia, on Tuesday.", "2024-10-22",
     {("kazan", "locatedIn", RU)}),
    ("Talks took place in the Mongolian capital Ulaanbaatar on Tuesday.", "2024-09-03",
     {("ulaanbaatar", "locatedIn", "mongolia")}),
    # -- alignsWith ----------------------------------------------------------------------------
    ("The two sides will promote the alignment of the Belt and Road Initiative with the Eurasian Economic Union.",
     "2023-03-21", {("belt-and-road-initiative", "alignsWith", "eurasian-economic-union")}),
    ("They discussed the synergy between the China-proposed Belt and Road Initiative and the Russia-led "
     "Eurasian Economic Union.", "2019-06-05",
     {("belt-and-road-initiative", "alignsWith", "eurasian-economic-union")}),
    # -- role titles resolved by the reference date --------------------------------------------
    ("The Chinese President arrived in Moscow.", "2012-06-01",
     {("hu-jintao", "visits", "moscow"), ("hu-jintao", "leaderOf", CN)}),
    ("The Chinese President arrived in Moscow.", "2020-06-01",
     {(XI, "visits", "moscow"), (XI, "leaderOf", CN)}),
    ("The Russian President arrived in Beijing.", "2010-09-26",
     {("dmitry-medvedev", "visits", "beijing"), ("dmitry-medvedev", "leaderOf", RU)}),
    ("The Russian President arrived in Beijing.", "2020-06-01",
     {(PUTIN, "visits", "beijing"), (PUTIN, "leaderOf", RU)}),
    # -- future meetings still give meets ------------------------------------------------------
    ("There are specific plans for upcoming contacts between Vladimir Putin and Xi Jinping.", "2026-04-14",
     {meets(PUTIN, XI)}),
    ("Putin will meet Xi Jinping next month.", "2025-04-14",
     {meets(PUTIN, XI)}),
    # -- negation, hypotheticals, generic words ------------------------------------------------
    ("China did not support Russia's proposal.", "2024-05-16", set()),
    ("China does not oppose Russia's participation in the talks.", "2024-05-16", set()),
    ("If Russia cooperates with China on the pipeline, prices could fall.", "2024-05-16", set()),
    ("Putin will not attend the G20 summit in Johannesburg.", "2025-11-20",
     {("johannesburg", "hosts", "2025-g20-johannesburg-summit")}),
    ("China has never signed the INF Treaty.", "2019-08-02", set()),
    ("Lavrov said he had no plans to visit Washington.", "2024-05-16", set()),
    ("Turkey has applied to join BRICS, and Malaysia has expressed interest in joining the bloc.", "2024-10-20",
     set()),
    ("China-Russia relations are at their best in history.", "2024-05-16", set()),
    ("The president of the company said trade with Asian partners grew by a fifth.", "2024-05-16", set()),
    ("Russian language courses and the Spring Festival drew crowds in Harbin.", "2024-02-10", set()),
    ("Xi and Putin did not meet during the summit.", "2024-05-16", set()),
    # -- places named through a country adjective or possessive -------------------------------
    ("Leaders of the bloc landed in the Chinese port city of Tianjin on Sunday.", "2025-08-31",
     {("tianjin", "locatedIn", CN)}),
    ("Modi flew into the Russian city of Kazan for the BRICS summit on Tuesday.", "2024-10-22",
     {("kazan", "locatedIn", RU), ("narendra-modi", "visits", "kazan"),
      ("narendra-modi", "attends", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")}),
    ("Xi Jinping has arrived in the Kazakh capital of Astana for a summit of the SCO.", "2024-07-03",
     {("astana", "locatedIn", "kazakhstan"), (XI, "visits", "astana"), (XI, "attends", "2024-sco-summit"),
      ("astana", "hosts", "2024-sco-summit")}),
    ("The launch site at the Vostochny Cosmodrome space launch center in the Russian Far East was closed.",
     "2024-06-19", {("vostochny-cosmodrome", "locatedIn", "russian-far-east")}),
    ("Kim Jong Un toured an aircraft plant in Russia's Far East.", "2023-09-15",
     {("russian-far-east", "locatedIn", RU), ("kim-jong-un", "visits", "russian-far-east")}),
    # -- membership stated through the organisation and a list of members ----------------------
    ("The SCO, whose members include China, Russia, Iran and Pakistan, meets annually.", "2024-07-03",
     {(c, "memberOf", "shanghai-cooperation-organisation") for c in (CN, RU, "iran", "pakistan")}),
    ("BRICS, which originally comprised Brazil, Russia, India and China, added South Africa in 2010.",
     "2024-07-03", {(c, "memberOf", "brics") for c in ("brazil", RU, "india", CN, "south-africa")}),
    ("BRICS expanded this year to embrace Egypt, Ethiopia and Iran.", "2024-07-03",
     {(c, "memberOf", "brics") for c in ("egypt", "ethiopia", "iran")}),
    ("Belarus's membership of the Shanghai Cooperation Organisation was formalised on Thursday.", "2024-07-04",
     {("belarus", "memberOf", "shanghai-cooperation-organisation")}),
    ("Indonesia has applied for membership of BRICS.", "2024-07-03", set()),
    ("Tajikistan and Kyrgyzstan did not join BRICS.", "2024-05-16", set()),
    # -- lists of people, possessive determiners, a short name after a title --------------------
    ("Putin held bilateral meetings with Xi Jinping, Narendra Modi and Cyril Ramaphosa on Tuesday.", "2024-10-22",
     {meets(PUTIN, XI), meets(PUTIN, "narendra-modi"), meets(PUTIN, "cyril-ramaphosa")}),
    ("On Tuesday Putin also met Chinese President Xi.", "2024-10-22",
     {meets(PUTIN, XI), (XI, "leaderOf", CN)}),
    ("China's Xi Jinping and Brazil's Luiz Inacio Lula da Silva travelled to Kazan for the BRICS summit.",
     "2024-10-22", {(XI, "visits", "kazan"), ("lula-da-silva", "visits", "kazan"),
                    (XI, "attends", "16th-brics-summit"), ("lula-da-silva", "attends", "16th-brics-summit"),
                    ("kazan", "hosts", "16th-brics-summit")}),
    ("Vladimir Putin, the Russian president, arrived in Beijing on Thursday.", "2024-05-16",
     {(PUTIN, "leaderOf", RU), (PUTIN, "visits", "beijing")}),
    # -- greetings and thanks are not support --------------------------------------------------
    ("Kim Jong Un welcomed Vladimir Putin at the airport in Pyongyang.", "2024-06-19",
     {meets("kim-jong-un", PUTIN), (PUTIN, "visits", "pyongyang")}),
    ("Putin thanked Kim Jong Un for the warm reception.", "2024-06-19", set()),
    ("Russia welcomed the Global Development Initiative.", "2024-06-19",
     {(RU, "supports", "global-development-initiative")}),
    ("The rouble fell as Moscow took centre stage in the talks.", "2024-06-19", set()),
    # -- signing and visits as nominalisations -------------------------------------------------
    ("Putin signed the Treaty on Comprehensive Strategic Partnership between Russia and North Korea with "
     "Kim Jong Un.", "2024-06-19",
     {(PUTIN, "signs", "russia-north-korea-comprehensive-strategic-partnership-treaty"),
      ("kim-jong-un", "signs", "russia-north-korea-comprehensive-strategic-partnership-treaty"),
      meets(PUTIN, "kim-jong-un")}),
    ("The signing of the Treaty of Good-Neighborliness and Friendly Cooperation by China and Russia took "
     "place in Moscow.", "2021-06-28",
     {(CN, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation"),
      (RU, "signs", "treaty-of-good-neighborliness-and-friendly-cooperation")}),
    ("Both leaders are expected to sign a comprehensive strategic partnership treaty in Pyongyang.",
     "2024-06-19", set()),
    ("Xi did not sign the Joint Statement on Further Deepening the Comprehensive Strategic Partnership of "
     "Coordination with Putin.", "2017-07-05", set()),
    ("Putin's state visit to China began on Thursday.", "2024-05-16", {(PUTIN, "visits", CN)}),
    ("The visit of Xi Jinping to Moscow lasted three days.", "2023-03-22", {(XI, "visits", "moscow")}),
    ("If Kim invites him, Putin will visit North Korea.", "2024-06-19", set()),
    # -- 'the summit' refers back to the named summit, unless a modifier makes it another one ---
    ("Xi Jinping arrived in Kazan for the BRICS summit. Putin held talks with Xi Jinping on the sidelines "
     "of the summit.", "2024-10-22",
     {(XI, "visits", "kazan"), (XI, "attends", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit"),
      (PUTIN, "attends", "16th-brics-summit"), meets(PUTIN, XI)}),
    ("The BRICS summit opened in Kazan on Tuesday. Russia is hosting the summit for the first time.",
     "2024-10-22", {("kazan", "hosts", "16th-brics-summit"), (RU, "hosts", "16th-brics-summit")}),
    ("Xi Jinping attended the SCO summit in Astana. Putin did not attend the summit in Kazan.", "2024-07-04",
     {(XI, "attends", "2024-sco-summit"), ("astana", "hosts", "2024-sco-summit"),
      ("kazan", "hosts", "16th-brics-summit")}),     # 'the summit in Kazan' that year: the BRICS summit
    ("Putin will hold about a dozen bilateral meetings at the BRICS summit.", "2024-10-22",
     {(PUTIN, "attends", "16th-brics-summit")}),
    ("Modi attended the 2023 BRICS summit in Johannesburg.", "2024-10-15",
     {("narendra-modi", "attends", "15th-brics-summit"), ("johannesburg", "hosts", "15th-brics-summit")}),
    ("North Korean leader Kim Jong Un hosted Russian President Vladimir Putin in Pyongyang.", "2024-06-19",
     {("kim-jong-un", "leaderOf", "north-korea"), (PUTIN, "leaderOf", RU), meets("kim-jong-un", PUTIN)}),
    ("Xi Jinping welcomed Vladimir Putin's proposal.", "2024-06-19", set()),
    ("Russia has repeatedly voiced support for China's Belt and Road Initiative.", "2024-10-15",
     {sup(RU, CN), sup(RU, "belt-and-road-initiative")}),
    ("China did not support Russia's Greater Eurasian Partnership.", "2024-10-15", set()),
    ("Russia is ready to work with China to enable the SCO to play a bigger role in regional affairs.",
     "2024-05-16", {coop(CN, RU), (RU, "supports", "shanghai-cooperation-organisation")}),
    # -- signs: coordinated named documents after one verb --------------------------------------
    ("Xi Jinping and Vladimir Putin on Tuesday inked the Joint Statement on Deepening the Comprehensive Strategic "
     "Partnership of Coordination for the New Era as well as a plan to promote the key directions of Russia-China "
     "economic cooperation until 2030.", "2023-03-23",
     {(PUTIN, "signs", "joint-statement-2023-deepening-new-era"), (XI, "signs", "joint-statement-2023-deepening-new-era"),
      (PUTIN, "signs", "joint-statement-2023-economic-cooperation-2030"),
      (XI, "signs", "joint-statement-2023-economic-cooperation-2030")}),
    ("The foreign ministers signed the Joint Statement on Deepening the Comprehensive Partnership and Strategic "
     "Coordination in the New Era and the plan to promote the key directions of China-Russia economic cooperation "
     "until 2030, Russia said.", "2023-03-21", set()),      # the source of the report signed nothing
    # -- invitations are not visits or attendance; a visit "at the invitation of" is -------------
    ("Kazakh President Kassym-Jomart Tokayev invited Xi Jinping to visit Astana next year.", "2024-07-03",
     {("kassym-jomart-tokayev", "leaderOf", "kazakhstan")}),
    ("Russia has invited China to attend the Eastern Economic Forum in September.", "2015-07-03", set()),
    ("Xi Jinping will visit Astana next month at the invitation of Kassym-Jomart Tokayev.", "2024-06-03",
     {(XI, "visits", "astana")}),
    # -- a comma alone joins no names: "At the invitation of X, Y will visit" (Y alone visits) --
    ("At the invitation of Kazakh President Kassym-Jomart Tokayev, Chinese President Xi Jinping will pay a state "
     "visit to Kazakhstan from July 2 to 5.", "2024-06-28",
     {("kassym-jomart-tokayev", "leaderOf", "kazakhstan"), (XI, "leaderOf", CN), (XI, "visits", "kazakhstan")}),
    ("Russia, China, and India back the expansion of BRICS.", "2024-06-28",
     {sup(RU, "brics"), sup(CN, "brics"), sup("india", "brics")}),
    # -- "X's Moscow visit", "X wraps up Beijing talks": a foreign leader visits the place ------
    ("Indian Prime Minister Narendra Modi wrapped up his Moscow visit on Tuesday.", "2024-07-10",
     {("narendra-modi", "leaderOf", "india"), ("narendra-modi", "visits", "moscow")}),
    ("Xi Jinping's two-day Astana trip ended with a banquet.", "2024-07-05", {(XI, "visits", "astana")}),
    ("Vladimir Putin wrapped up two days of Moscow talks with Narendra Modi.", "2024-07-10",
     {meets(PUTIN, "narendra-modi")}),
    # -- accusations are not statements of fact -----------------------------------------------
    ("Western governments have accused Iran of supporting Russia's war effort.", "2024-09-10", set()),
    # -- meets: passives, 'sat down with', possessive and participle openers ---------------------
    ("Talks were held between Wang Yi and Sergei Lavrov in Beijing on Tuesday.", "2024-04-10",
     {meets("sergey-lavrov", "wang-yi")}),
    ("Russian Foreign Minister Sergei Lavrov sat down with his Chinese counterpart Wang Yi in Vientiane on Thursday.",
     "2024-07-26", {meets("sergey-lavrov", "wang-yi")}),
    ("At their meeting in Astana, Xi Jinping and Putin discussed the situation in Ukraine.", "2024-07-04",
     {meets(PUTIN, XI)}),
    ("Kazakh Foreign Minister Murat Nurtleu held talks with Wang Yi in Beijing on Monday.", "2024-03-19",
     {meets("murat-nurtleu", "wang-yi")}),
    ("Putin has not met Xi Jinping since October.", "2025-04-01", set()),
    # -- headlines: a short name before the full one, two names joined by a comma ---------------
    ("Putin meets Xi in Beijing\n\nThe Russian leader arrived for talks with Xi Jinping.", "2024-05-16",
     {meets(PUTIN, XI), (PUTIN, "leaderOf", RU)}),
    ("Xi to visit Russia next week\n\nChinese President Xi Jinping will travel to Moscow on Monday.", "2023-03-17",
     {(XI, "visits", RU), (XI, "visits", "moscow"), (XI, "leaderOf", CN)}),
    ("China, Russia vow to deepen strategic coordination", "2024-05-16", {coop(CN, RU)}),
    ("Lavrov, Wang Yi hold talks in Moscow\n\nSergei Lavrov met Wang Yi on Tuesday.", "2025-04-02",
     {meets("sergey-lavrov", "wang-yi")}),
    ("China, Russia's largest trading partner, bought more oil in May.", "2024-06-20", set()),
    ("Putin meets Xi in Beijing", "2024-05-16", set()),        # 'Xi' alone, never named in full: no one
    # -- supports / opposes ---------------------------------------------------------------------
    ("Belarus stands firmly with Russia, Lukashenko said.", "2024-07-03", {sup("belarus", RU)}),
    ("Belarus voiced solidarity with Russia.", "2025-04-01", {sup("belarus", RU)}),
    ("China stands by its position on Taiwan.", "2025-04-01", set()),
    ("Kazakhstan endorsed China's Global Security Initiative.", "2024-07-03",
     {sup("kazakhstan", CN), sup("kazakhstan", "global-security-initiative")}),
    ("Moscow welcomed Beijing's peace plan for Ukraine.", "2023-02-25", {sup(RU, CN)}),
    ("China opposes any unilateral sanctions against Russia.", "2024-05-16", set()),
    ("China has refused to condemn Russia.", "2025-04-01", set()),
    ("The United States imposed new sanctions on North Korea.", "2025-04-01", {("united-states", "opposes", "north-korea")}),
    # -- cooperatesWith: ties, partnership, a with-phrase of another clause --------------------
    ("Kazakhstan and China agreed to expand ties in energy and transport.", "2024-07-03", {coop("kazakhstan", CN)}),
    ("Moscow and Pyongyang have stepped up military ties.", "2024-06-20", {coop(RU, "north-korea")}),
    ("Beijing and Moscow have forged a 'no limits' partnership.", "2024-05-16", {coop(CN, RU)}),
    ("Speaking after talks with Xi Jinping, Putin said the two countries would expand energy cooperation.",
     "2024-05-16", {meets(PUTIN, XI), coop(CN, RU)}),
    ("Xi, Putin hold talks on deepening partnership\n\nXi Jinping and Vladimir Putin met in Beijing.",
     "2024-05-16", {meets(PUTIN, XI)}),
    ("China is Russia's largest trading partner.", "2024-05-16", set()),
    ("China-Russia trade reached a record $240 billion last year.", "2024-05-16", set()),
    # -- memberOf: relative clauses, appositions, 'X member Y' ----------------------------------
    ("The SCO, of which India is a member, will meet in Astana.", "2024-07-01",
     {("india", "memberOf", "shanghai-cooperation-organisation")}),
    ("The SCO, a 10-member bloc that includes China, Russia, India and Iran, was founded in 2001.", "2024-07-01",
     {(c, "memberOf", "shanghai-cooperation-organisation") for c in (CN, RU, "india", "iran")}),
    ("Turkey, a NATO member, has applied to join BRICS.", "2025-04-01", {("turkey", "memberOf", "nato")}),
    ("NATO member Turkey has applied to join BRICS.", "2025-04-01", {("turkey", "memberOf", "nato")}),
    ("Russia and Belarus, both CSTO members, held drills.", "2025-04-01",
     {(RU, "memberOf", "csto"), ("belarus", "memberOf", "csto")}),
    ("The SCO member states, including China, Russia and India, signed the declaration.", "2025-04-01",
     {(c, "memberOf", "shanghai-cooperation-organisation") for c in (CN, RU, "india")}),
    ("Non-NATO member Serbia and prospective BRICS member Turkey attended.", "2024-05-16", set()),
    ("BRICS partner country Vietnam attended.", "2025-05-16", set()),
    # -- chairs: appositions --------------------------------------------------------------------
    ("Brazil, this year's BRICS chair, has invited leaders to Rio de Janeiro.", "2025-05-01", {("brazil", "chairs", "brics")}),
    ("Kyrgyzstan, which holds the rotating chairmanship of the SCO, will host the next summit.", "2025-09-01",
     {("kyrgyzstan", "chairs", "shanghai-cooperation-organisation")}),
    # -- signs, visits, hosts, attends ----------------------------------------------------------
    ("Russia and North Korea sealed the Treaty on Comprehensive Strategic Partnership between Russia and North Korea "
     "in Pyongyang.", "2024-06-20",
     {(RU, "signs", "russia-north-korea-comprehensive-strategic-partnership-treaty"),
      ("north-korea", "signs", "russia-north-korea-comprehensive-strategic-partnership-treaty")}),
    ("Kim Jong Un greeted Vladimir Putin at Pyongyang's international airport early on Wednesday.", "2024-06-19",
     {meets("kim-jong-un", PUTIN), (PUTIN, "visits", "pyongyang")}),
    ("Putin welcomed Russian athletes in Moscow.", "2024-03-20", set()),
    ("Modi's first foreign trip after his re-election was to Russia.", "2024-07-08", {("narendra-modi", "visits", RU)}),
    ("The SCO summit will take place in Tianjin on Aug. 31-Sept. 1.", "2025-08-01", {("tianjin", "hosts", "2025-sco-summit")}),
    ("As host of the SCO summit, China will welcome more than 20 leaders.", "2025-08-01", {(CN, "hosts", "2025-sco-summit")}),
    # a dated generic forum name is the edition nearest the date (series.json): the 9th EEF, 3-6 Sep 2024
    ("Putin, speaking at the Eastern Economic Forum in Vladivostok, praised trade with China.", "2024-09-05",
     {(PUTIN, "attends", "9th-eastern-economic-forum"), ("vladivostok", "hosts", "9th-eastern-economic-forum")}),
    ("Lukashenko joined Xi Jinping and Putin at the SCO summit in Tianjin.", "2025-08-31",
     {("alexander-lukashenko", "attends", "2025-sco-summit"), (XI, "attends", "2025-sco-summit"),
      (PUTIN, "attends", "2025-sco-summit"), ("tianjin", "hosts", "2025-sco-summit")}),
    ("Modi was among the leaders at the BRICS summit in Kazan.", "2024-10-23",
     {("narendra-modi", "attends", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")}),
    ("On the sidelines of the SCO summit, Xi Jinping met Modi.", "2025-08-31",
     {meets(XI, "narendra-modi"), (XI, "attends", "2025-sco-summit"), ("narendra-modi", "attends", "2025-sco-summit")}),
    ("Putin did not travel to Johannesburg for the BRICS summit.", "2023-08-22", set()),
    # -- invitations accepted, denials, plural titles of both leaders ---------------------------
    ("Xi Jinping accepted Putin's invitation to attend the BRICS summit in Kazan.", "2024-05-16",
     {(XI, "attends", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")}),
    ("Xi Jinping has accepted an invitation to pay a state visit to Russia.", "2024-05-16", {(XI, "visits", RU)}),
    ("Officials denied that Xi Jinping would visit Moscow.", "2023-02-20", set()),
    ("The Kremlin said there were no plans for Putin to meet Zelensky.", "2023-09-01", set()),
    ("Xi Jinping is unlikely to attend the G20 summit in New Delhi.", "2023-09-01",
     {("new-delhi", "hosts", "2023-g20-new-delhi-summit")}),
    ("Xi Jinping met Vladimir Putin. The Russian and Chinese leaders hailed their 'no limits' partnership.",
     "2024-05-16", {meets(PUTIN, XI), coop(PUTIN, XI)}),
    ("The ministers agreed to strengthen coordination within the Shanghai Cooperation Organization, which Russia and "
     "China co-founded.", "2024-04-09",
     {(RU, "memberOf", "shanghai-cooperation-organisation"), (CN, "memberOf", "shanghai-cooperation-organisation")}),
    ("Brazil was among the founders of BRICS.", "2024-04-09", {("brazil", "memberOf", "brics")}),
    ("The company co-founded by Russia and China opened in Harbin.", "2024-04-09", set()),
    ("Kazakh President Kassym-Jomart Tokayev attended the first China-Central Asia summit, held in Xi'an.", "2023-05-19",
     {("kassym-jomart-tokayev", "leaderOf", "kazakhstan"), ("kassym-jomart-tokayev", "attends", "2023-china-central-asia-summit"),
      ("xian", "hosts", "2023-china-central-asia-summit")}),
    ("Russian Foreign Minister Sergei Lavrov will represent Russia at the G20 summit in Rio de Janeiro.", "2024-11-15",
     {("sergey-lavrov", "attends", "2024-g20-rio-summit"), ("rio-de-janeiro", "hosts", "2024-g20-rio-summit")}),
    ("BRICS added Egypt, Ethiopia and Iran this year.", "2024-07-03",
     {("egypt", "memberOf", "brics"), ("ethiopia", "memberOf", "brics"), ("iran", "memberOf", "brics")}),
    ("Putin travelled to Harbin, capital of Heilongjiang province.", "2024-05-17",
     {(PUTIN, "visits", "harbin"), ("harbin", "locatedIn", "heilongjiang")}),
    ("Putin's plane touched down in Pyongyang shortly before 3 a.m.", "2024-06-19", {(PUTIN, "visits", "pyongyang")}),
    ("Russia thanked North Korea for its support in the Kursk region.", "2024-11-01", {sup("north-korea", RU)}),
    ("Xi Jinping, who was re-elected in March, chose Russia as the destination of his first overseas trip.",
     "2023-03-20", {(XI, "visits", RU)}),
    ("Putin chose to stay in Moscow for his first week back in office.", "2024-05-10", set()),
    ("China welcomed the Russian delegation to Beijing.", "2024-05-16", set()),
    ("Russia, a founding member of the SCO, backed the bid.", "2024-05-16",
     {(RU, "memberOf", "shanghai-cooperation-organisation")}),
    ("China, the SCO's largest economy, hosted the meeting.", "2024-05-16", set()),
    ("Relations between India and China remain tense.", "2024-05-16", set()),
    # -- leaderOf from an organisation title ----------------------------------------------------
    ("UN Secretary-General Antonio Guterres arrived in Kazan for the BRICS summit.", "2024-10-23",
     {("antonio-guterres", "leaderOf", "united-nations"), ("antonio-guterres", "visits", "kazan"),
      ("antonio-guterres", "attends", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")}),
    ("Alexei Miller, the chief executive of Gazprom, arrived in Beijing.", "2024-05-16",
     {("alexei-miller", "leaderOf", "gazprom"), ("alexei-miller", "visits", "beijing")}),
    ("Former NATO Secretary General Jens Stoltenberg spoke in Brussels.", "2024-05-16", set()),
    # -- opposes: objects marked as the agent of what is opposed, far from the verb; 'US' in capitals --
    ("Lavrov held talks with Wang Yi, with both sides saying they opposed what they described as attempts by the "
     "United States to contain them.", "2024-04-09",
     {meets("sergey-lavrov", "wang-yi"), (CN, "opposes", "united-states"), (RU, "opposes", "united-states")}),
    ("China and Russia said they opposed the deployment of US missiles in Asia.", "2024-04-09",
     {(CN, "opposes", "united-states"), (RU, "opposes", "united-states")}),
    ("Russia and China spoke out against the military build-up of the United States, Japan and South Korea in the "
     "region.", "2024-04-09", {(c, "opposes", o) for c in (CN, RU) for o in ("united-states", "japan", "south-korea")}),
    ("Moscow and Beijing have repeatedly said they oppose attempts by NATO to expand eastward.", "2024-04-09",
     {(CN, "opposes", "nato"), (RU, "opposes", "nato")}),
    ("Russia opposes attempts to contain China by the United States.", "2024-04-09", {(RU, "opposes", "united-states")}),
    ("China is firmly opposed to NATO expansion.", "2024-04-09", {(CN, "opposes", "nato")}),
    ("Russia condemned the US strikes on Iran.", "2024-04-09", {(RU, "opposes", "united-states")}),
    ("Lavrov met Wang Yi in Beijing. The two ministers voiced opposition to U.S. sanctions and spoke out against the "
     "military build-up of the United States and Japan.", "2024-04-09",
     {meets("sergey-lavrov", "wang-yi"), ("sergey-lavrov", "opposes", "united-states"), ("wang-yi", "opposes", "united-states"),
      ("sergey-lavrov", "opposes", "japan"), ("wang-yi", "opposes", "japan")}),
    ("China and Russia oppose attempts to revise the outcome of World War II.", "2025-05-07", set()),
    ("China opposes any interference in Russia's internal affairs.", "2024-04-09", set()),
    ("China-Russia trade reached US$240 billion last year.", "2024-04-09", set()),
    ("Tell us what you think about Russia's ties with China.", "2025-05-07", set()),
    ("The United States criticized the trip, saying no country should give Putin a platform.", "2024-06-20", set()),
    # -- a second verb of the sentence's subject after 'and'; the source of a report; 'X, the Y will' --
    ("Wang said China supports Russia in hosting the BRICS summit in Kazan in October and is ready to strengthen "
     "strategic coordination with Russia.", "2024-06-11",
     {sup(CN, RU), coop(CN, RU), ("kazan", "hosts", "16th-brics-summit"), (RU, "hosts", "16th-brics-summit")}),
    ("Putin and Xi Jinping spoke by phone on Monday. The two leaders will hold talks in the Kremlin on May 8, Kremlin "
     "aide Yuri Ushakov said.", "2025-04-28", {meets(PUTIN, XI)}),
    ("At the invitation of Russian President Vladimir Putin, the Chinese leader will take part in the celebrations of "
     "the 80th anniversary of Victory.", "2025-05-07",
     {(PUTIN, "leaderOf", RU), (XI, "leaderOf", CN), (XI, "attends", "80th-anniversary-of-victory")}),
    # -- hosts and attends: series named in full, parades by place, 'played host', 'summit host X' ------
    ("Chinese President Xi Jinping played host to more than 20 world leaders at the Shanghai Cooperation Organization "
     "summit in the port city of Tianjin on August 31 and September 1.", "2025-09-03",
     {(XI, "leaderOf", CN), (XI, "hosts", "2025-sco-summit"), ("tianjin", "hosts", "2025-sco-summit")}),
    ("Putin arrived in China on Aug. 31 for the SCO summit in Tianjin and will attend a military parade in Beijing on "
     "Wednesday.", "2025-09-02",
     {(PUTIN, "visits", CN), (PUTIN, "attends", "2025-sco-summit"), (CN, "hosts", "2025-sco-summit"),
      ("tianjin", "hosts", "2025-sco-summit"), (PUTIN, "attends", "2025-china-victory-day-parade"),
      ("beijing", "hosts", "2025-china-victory-day-parade")}),
    ("The Chinese leader will attend the military parade on Red Square on May 9.", "2025-05-07",
     {(XI, "leaderOf", CN), (XI, "attends", "2025-moscow-victory-day-parade"),
      ("red-square", "hosts", "2025-moscow-victory-day-parade")}),
    ("Xi Jinping will attend the second China-Central Asia summit in Astana. The summit host, Kazakh President "
     "Kassym-Jomart Tokayev, will meet him on Monday.", "2025-06-15",
     {(XI, "attends", "2025-china-central-asia-summit"), ("astana", "hosts", "2025-china-central-asia-summit"),
      ("kassym-jomart-tokayev", "hosts", "2025-china-central-asia-summit"), ("kassym-jomart-tokayev", "leaderOf", "kazakhstan"),
      ("kassym-jomart-tokayev", "attends", "2025-china-central-asia-summit"),    # the summit host is at it
      meets("kassym-jomart-tokayev", XI)}),       # 'him': not the sentence's own person, the one before
    ("The BRICS summit host Russia invited more than 30 countries to Kazan.", "2024-10-15", {(RU, "hosts", "16th-brics-summit")}),
    ("President Vladimir Putin, who is overseeing the Ocean-2024 strategic exercises, said Russia was expanding "
     "military cooperation with China.", "2024-09-10",
     {(PUTIN, "leaderOf", RU), (PUTIN, "attends", "ocean-2024"), coop(CN, RU)}),
    ("Chinese President Xi Jinping will travel to the Kazakh capital Astana on Monday for the second China-Central Asia "
     "summit.", "2025-06-15",
     {(XI, "leaderOf", CN), (XI, "visits", "astana"), ("astana", "locatedIn", "kazakhstan"),
      (XI, "attends", "2025-china-central-asia-summit"), ("astana", "hosts", "2025-china-central-asia-summit")}),
    # -- visits: expected in, stayed on in, stopped in, a trip that takes him to, 'the country' -----
    ("Leaders of about 20 countries, including Brazil's Luiz Inacio Lula da Silva and Belarusian President Alexander "
     "Lukashenko, are also expected in Moscow for the festivities.", "2025-05-07",
     {("alexander-lukashenko", "leaderOf", "belarus"), ("alexander-lukashenko", "visits", "moscow"),
      ("lula-da-silva", "visits", "moscow")}),
    ("Putin is expected in Beijing next week, where he will attend the SCO summit.", "2025-08-25",
     {(PUTIN, "visits", "beijing"), (PUTIN, "attends", "2025-sco-summit")}),
    ("After the summit, Putin stayed on in Beijing for talks with Xi Jinping.", "2025-09-02",
     {(PUTIN, "visits", "beijing"), meets(PUTIN, XI)}),
    ("Narendra Modi stopped in Vienna on his way home from Moscow.", "2024-07-10", {("narendra-modi", "visits", "vienna")}),
    ("Li Qiang arrived in Moscow on Tuesday for an official visit to Russia, the first leg of a trip that will also "
     "take him to Belarus.", "2024-08-20",
     {("li-qiang", "visits", "moscow"), ("li-qiang", "visits", RU), ("li-qiang", "visits", "belarus")}),
    ("Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks in Pyongyang on Wednesday during "
     "Putin's first visit to the country in 24 years.", "2024-06-20",
     {(PUTIN, "leaderOf", RU), ("kim-jong-un", "leaderOf", "north-korea"), meets(PUTIN, "kim-jong-un"),
      (PUTIN, "visits", "north-korea")}),
    ("Modi's trip, which would have taken him to Kyiv, was called off.", "2024-08-20", set()),
    ("Putin said the country would not join the bloc.", "2024-06-20", set()),
    ("Xi Jinping stayed in Beijing for the plenum.", "2024-06-20", set()),
    ("Putin said the country was ready. Xi Jinping arrived in Moscow, his first visit to the country since 2019.",
     "2023-03-20", {(XI, "visits", "moscow"), (XI, "visits", RU)}),
    # -- meetings: a place before 'between', 'joined by X for a trilateral meeting', 'the Indian leader' --
    ("The talks in Moscow between Sergei Lavrov and Wang Yi lasted three hours.", "2024-04-10",
     {meets("sergey-lavrov", "wang-yi")}),
    ("The agreement followed talks in Beijing between Presidents Vladimir Putin and Xi Jinping, who were joined by "
     "Mongolian President Ukhnaagiin Khurelsukh for a trilateral meeting.", "2025-09-02",
     {meets(PUTIN, XI), meets(PUTIN, "ukhnaagiin-khurelsukh"), meets(XI, "ukhnaagiin-khurelsukh"),
      ("ukhnaagiin-khurelsukh", "leaderOf", "mongolia")}),
    ("Xi Jinping was joined by Vladimir Putin at the opening ceremony.", "2024-04-10", set()),
    ("Indian Prime Minister Narendra Modi arrived in Moscow on Monday. Russian President Vladimir Putin hosted the "
     "Indian leader for an informal dinner at his residence in Novo-Ogaryovo.", "2024-07-09",
     {("narendra-modi", "leaderOf", "india"), ("narendra-modi", "visits", "moscow"), (PUTIN, "leaderOf", RU),
      meets(PUTIN, "narendra-modi")}),
    ("Indian President Droupadi Murmu spoke in New Delhi on Monday. Prime Minister Narendra Modi also spoke. The Indian "
     "leader later flew to Moscow.", "2024-07-09",       # the head of state, when the text names both
     {("droupadi-murmu", "leaderOf", "india"), ("narendra-modi", "leaderOf", "india"), ("droupadi-murmu", "visits", "moscow")}),
    # -- collectives, capitals as their countries, joint action, members, a verb down a comma series --
    ("Russian President Vladimir Putin and Chinese leader Xi Jinping signed a joint statement on deepening their "
     "partnership on Thursday, as the two allies vowed to stand together against what they called US \"hegemonism\".",
     "2024-05-16",
     {(PUTIN, "leaderOf", RU), (XI, "leaderOf", CN), meets(PUTIN, XI), (PUTIN, "signs", "joint-statement-2024-75th-anniversary"),
      (XI, "signs", "joint-statement-2024-75th-anniversary"), (CN, "opposes", "united-states"), (RU, "opposes", "united-states")}),
    ("Xi Jinping met Vladimir Putin in Beijing. The two leaders also witnessed the signing of about 10 cooperation "
     "documents by ministers.", "2024-05-16", {meets(PUTIN, XI)}),     # witnesses sign nothing; 'cooperation documents'
    ("Xi Jinping held talks with To Lam, general secretary of the Communist Party of Vietnam Central Committee and "
     "Vietnamese president, in Beijing on Monday.", "2024-08-19",
     {meets(XI, "to-lam"), ("to-lam", "leaderOf", "communist-party-of-vietnam"), ("to-lam", "leaderOf", "vietnam")}),
    ("Minsk formally joined the Shanghai Cooperation Organisation in July.", "2024-09-01",
     {("belarus", "memberOf", "shanghai-cooperation-organisation")}),
    ("Moscow and Pyongyang signed the Treaty on Comprehensive Strategic Partnership between Russia and North Korea in "
     "June.", "2024-09-01",
     {(RU, "signs", "russia-north-korea-comprehensive-strategic-partnership-treaty"),
      ("north-korea", "signs", "russia-north-korea-comprehensive-strategic-partnership-treaty")}),
    ("The treaty was signed in Moscow by the two foreign ministers.", "2024-05-16", set()),
    ("China and Russia conducted joint exercises in the Sea of Japan.", "2024-08-01", {coop(CN, RU)}),
    ("Russia and China agreed to jointly build a nuclear power plant on the Moon.", "2024-07-15", {coop(CN, RU)}),
    ("China did not hold joint drills with Russia this year.", "2024-05-16", set()),
    ("Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan are SCO member states.", "2024-07-15",
     {(c, "memberOf", "shanghai-cooperation-organisation") for c in ("kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan")}),
    ("The SCO now has ten member states: China, Russia, India, Pakistan and Iran among them.", "2024-07-15",
     {(c, "memberOf", "shanghai-cooperation-organisation") for c in (CN, RU, "india", "pakistan", "iran")}),
    ("Turkey is a BRICS partner country.", "2025-05-16", set()),
    ("Indonesia wants to become a BRICS member.", "2024-05-16", set()),
    ("Mongolia is not a member of the SCO.", "2024-07-15", set()),
    ("Russia stands ready to work with China to scale up strategic coordination, firmly support each other in "
     "defending sovereignty, and firmly uphold the UN's central role.", "2022-02-04",
     {coop(CN, RU), sup(CN, RU), sup(RU, CN), sup(RU, "united-nations")}),
    ("Officials in Beijing, speaking on condition of anonymity, firmly opposed the plan.", "2022-02-04", set()),
    # -- meetings told with titles and pronouns: a counterpart alone, 'him'; appreciation; 'the bloc's members' --
    ("Chinese Premier Li Qiang arrived in Moscow. The Chinese premier held talks with his Russian counterpart the "
     "next day.", "2024-08-21",
     {("li-qiang", "leaderOf", CN), ("li-qiang", "visits", "moscow"), meets("li-qiang", "mikhail-mishustin"),
      ("mikhail-mishustin", "leaderOf", RU)}),
    ("Xi Jinping arrived in Moscow on Monday. Putin met him at the Kremlin later that day.", "2023-03-21",
     {(XI, "visits", "moscow"), meets(PUTIN, XI)}),
    ("Putin met Xi Jinping. He thanked him for the visit.", "2023-03-21", {meets(PUTIN, XI)}),
    ("Lavrov said Russia appreciates China's objective and fair position on the Ukraine crisis.", "2024-06-11",
     {sup(RU, CN)}),
    ("Russia appreciates China's support.", "2024-06-11", {sup(CN, RU)}),
    ("Kazakhstan praised Russia's role in the region.", "2024-06-11", {sup("kazakhstan", RU)}),
    ("China criticized Japan's position.", "2024-06-11", {(CN, "opposes", "japan")}),
    ("BRICS foreign ministers met in Nizhny Novgorod, the first meeting attended by the bloc's new members Egypt, "
     "Ethiopia, Iran and the United Arab Emirates.", "2024-06-11",
     {(c, "memberOf", "brics") for c in ("egypt", "ethiopia", "iran", "uae")}),
    ("BRICS said the bloc's members should trade in local currencies.", "2024-06-11", set()),
    # -- formal titles, 'one-China', 'arrived here' under a dateline, 'the bloc's summit', a partner after 'with' --
    ("Vladimir Putin met with President of the People's Republic of China Xi Jinping, who is in Kazan to attend the "
     "XVI BRICS Summit.", "2024-10-22",
     {meets(PUTIN, XI), (XI, "leaderOf", CN), (XI, "visits", "kazan"), (XI, "attends", "16th-brics-summit"),
      ("kazan", "hosts", "16th-brics-summit")}),
    ("Tokayev said Kazakhstan firmly adheres to the one-China principle and supports the Global Security Initiative.",
     "2024-07-03", {("kazakhstan", "supports", "global-security-initiative")}),
    ("ASTANA, July 3 (Xinhua) -- Xi Jinping arrived here Tuesday for a state visit to Kazakhstan and the 24th meeting "
     "of the Council of Heads of State of the Shanghai Cooperation Organization.", "2024-07-03",
     {(XI, "visits", "astana"), (XI, "visits", "kazakhstan"), (XI, "attends", "2024-sco-summit"),
      ("astana", "hosts", "2024-sco-summit")}),
    ("Xi Jinping arrived here on Tuesday.", "2024-07-03", set()),       # no dateline: 'here' is nowhere
    ("Leaders of the Shanghai Cooperation Organization gathered in Astana last week for the bloc's annual summit, where "
     "Belarus was formally admitted as the tenth member.", "2024-07-08",
     {("astana", "hosts", "2024-sco-summit"), ("belarus", "memberOf", "shanghai-cooperation-organisation")}),
    ("Russia holds the BRICS presidency this year and will host the bloc's summit in Kazan in October.", "2024-04-09",
     {(RU, "chairs", "brics"), (RU, "hosts", "16th-brics-summit"), ("kazan", "hosts", "16th-brics-summit")}),
    ("The group's summit was postponed.", "2024-04-09", set()),
    ("Xi said Beijing was willing to work with Moscow to uphold the UN-centred international system.", "2024-10-02",
     {coop(CN, RU), sup(CN, "united-nations")}),
    ("The member states agreed that China would take over the rotating chairmanship of the SCO.", "2024-07-04",
     {(CN, "chairs", "shanghai-cooperation-organisation")}),
    # -- 'after attending E' is the sentence subject's; cooperation 'between X and Y' is theirs; reporting clauses --
    ("Russian President Vladimir Putin will hold talks with Chinese President Xi Jinping in Beijing on Sept. 2 after "
     "attending a summit of the Shanghai Cooperation Organisation in Tianjin.", "2025-08-28",
     {(PUTIN, "leaderOf", RU), (XI, "leaderOf", CN), meets(PUTIN, XI), (PUTIN, "attends", "2025-sco-summit"),
      ("tianjin", "hosts", "2025-sco-summit")}),
    ("Seoul and Tokyo have condemned the growing military cooperation between Moscow and Pyongyang.", "2025-07-12",
     {coop(RU, "north-korea"), ("south-korea", "opposes", RU), ("south-korea", "opposes", "north-korea"),
      ("japan", "opposes", RU), ("japan", "opposes", "north-korea")}),
    ("Xi Jinping arrived in Moscow on Wednesday afternoon for a four-day state visit to Russia and the celebrations "
     "marking the 80th anniversary of the victory in the Great Patriotic War.", "2025-05-08",
     {(XI, "visits", "moscow"), (XI, "visits", RU), (XI, "attends", "80th-anniversary-of-victory"),
      ("moscow", "hosts", "80th-anniversary-of-victory")}),
    # -- look-alikes of the new English forms that state nothing ---------------------------------------
    ("Critics say the US is trying to contain China, but Washington denies it.", "2024-05-16", set()),
    ("Analysts expect Beijing to oppose any attempt to expand the bloc.", "2024-05-16", set()),
    ("The minister stayed on in his post after the reshuffle.", "2024-05-16", set()),
    ("Russia is expected in some quarters to lose market share in Europe.", "2024-05-16", set()),
    ("He visited the country's largest factory.", "2024-05-16", set()),
    ("China's exports to the US fell by 5 percent.", "2024-05-16", set()),
    ("The summit host, which has not been named, will be announced later.", "2024-05-16", set()),
    ("Both leaders have condemned the attack on the concert hall near Moscow.", "2024-03-23", set()),
    ("The talks in Beijing between officials were postponed.", "2024-03-23", set()),
    ("Russia and China did not conduct joint exercises this summer.", "2024-09-01", set()),
    # -- summits of organisations the catalogue has no edition of: a provisional edition of the year --
    ("Russian President Vladimir Putin on Wednesday attended a summit of the Collective Security Treaty "
     "Organization (CSTO) in Yerevan, hosted by Armenian Prime Minister Nikol Pashinyan.", "2022-11-23",
     {(PUTIN, "attends", "new/event/csto-summit-2022"), ("nikol-pashinyan", "hosts", "new/event/csto-summit-2022"),
      ("yerevan", "hosts", "new/event/csto-summit-2022"), (PUTIN, "leaderOf", RU), ("nikol-pashinyan", "leaderOf", "armenia")}),
    ("The CSTO summit in Bishkek was attended by Vladimir Putin and Alexander Lukashenko.", "2019-11-08",
     {(PUTIN, "attends", "new/event/csto-summit-2019"), ("alexander-lukashenko", "attends", "new/event/csto-summit-2019"),
      ("bishkek", "hosts", "new/event/csto-summit-2019")}),
    ("Vladimir Putin joined the EAEU summit via video link.", "2023-05-25",
     {(PUTIN, "attends", "new/event/eaeu-summit-2023")}),
    ("Putin chaired a meeting of the Supreme Eurasian Economic Council in Moscow on Thursday, attended by "
     "Alexander Lukashenko, Kassym-Jomart Tokayev and Nikol Pashinyan.", "2023-05-25",
     {(p, "attends", "new/event/eaeu-summit-2023") for p in (PUTIN, "alexander-lukashenko", "kassym-jomart-tokayev",
                                                             "nikol-pashinyan")} | {("moscow", "hosts", "new/event/eaeu-summit-2023")}),
    ("Vladimir Putin chaired an informal CIS summit in St Petersburg on Thursday.", "2024-12-26",
     {(PUTIN, "attends", "new/event/cis-summit-2024"), ("saint-petersburg", "hosts", "new/event/cis-summit-2024")}),
    ("Prime Minister Li Qiang attended the ASEAN Summit in Vientiane.", "2024-10-10",
     {("li-qiang", "attends", "new/event/asean-summit-2024"), ("vientiane", "hosts", "new/event/asean-summit-2024"),
      ("li-qiang", "leaderOf", CN)}),
    ("The NATO summit in Washington was attended by Volodymyr Zelensky.", "2024-07-10",
     {("volodymyr-zelensky", "attends", "new/event/nato-summit-2024"), ("washington-dc", "hosts", "new/event/nato-summit-2024")}),
    ("Sergei Lavrov represented Russia at the East Asia Summit in Phnom Penh.", "2022-11-14",
     {("sergey-lavrov", "attends", "new/event/east-asia-summit-2022"), ("phnom-penh", "hosts", "new/event/east-asia-summit-2022")}),
    ("Li Qiang will attend the East Asia Summit in Jakarta, which Kamala Harris will also attend.", "2023-09-06",
     {("li-qiang", "attends", "new/event/east-asia-summit-2023"), ("kamala-harris", "attends", "new/event/east-asia-summit-2023"),
      ("jakarta", "hosts", "new/event/east-asia-summit-2023")}),
    ("Vladimir Putin was not invited to the G7 summit.", "2024-06-14", set()),
    # -- attendance told after the event: 'with A, B and C in attendance', 'which X will attend'; hosted by is no meeting --
    ("India hosted the SCO summit by video on Tuesday, with Xi Jinping, Vladimir Putin and Shehbaz Sharif in "
     "attendance.", "2023-06-30",
     {("india", "hosts", "2023-sco-summit")} | {(p, "attends", "2023-sco-summit") for p in (XI, PUTIN, "shehbaz-sharif")}),
    ("Kyrgyzstan hosts this year's SCO summit in Bishkek, which Xi Jinping and Vladimir Putin will attend.", "2019-06-10",
     {("kyrgyzstan", "hosts", "2019-sco-summit"), ("bishkek", "hosts", "2019-sco-summit"),
      (XI, "attends", "2019-sco-summit"), (PUTIN, "attends", "2019-sco-summit")}),
    ("Narendra Modi arrived in Kazan for the BRICS summit hosted by Vladimir Putin.", "2024-10-22",
     {("narendra-modi", "attends", "16th-brics-summit"), ("narendra-modi", "visits", "kazan"),
      ("kazan", "hosts", "16th-brics-summit"), (PUTIN, "hosts", "16th-brics-summit")}),
    ("Xi Jinping chaired the SCO summit in Qingdao.", "2018-06-10",
     {(XI, "attends", "2018-sco-summit"), ("qingdao", "hosts", "2018-sco-summit")}),
    # -- membership told by the organisation ('BRICS, which groups A, B…', 'the expanded BRICS now includes …') --
    ("BRICS, which groups Brazil, Russia, India, China and South Africa, will decide on expansion this week.", "2023-08-23",
     {(c, "memberOf", "brics") for c in ("brazil", RU, "india", CN, "south-africa")}),
    ("The expanded BRICS now includes Egypt, Ethiopia, Iran and the United Arab Emirates.", "2024-10-22",
     {(c, "memberOf", "brics") for c in ("egypt", "ethiopia", "iran", "uae")}),
    ("The Eurasian Economic Union comprises Russia, Belarus, Kazakhstan, Kyrgyzstan and Armenia.", "2023-05-25",
     {(c, "memberOf", "eurasian-economic-union") for c in (RU, "belarus", "kazakhstan", "kyrgyzstan", "armenia")}),
    ("The SCO does not include Turkey.", "2024-07-04", set()),
    # -- chairs: 'which holds the ASEAN chairmanship', 'took over the SCO's rotating presidency' --
    ("Indonesia, which holds the ASEAN chairmanship this year, welcomed the leaders.", "2023-09-05",
     {("indonesia", "chairs", "asean")}),
    ("China took over the SCO's rotating presidency from Kazakhstan.", "2024-07-04",
     {(CN, "chairs", "shanghai-cooperation-organisation")}),
    # -- summit declarations named after their city are agreements the catalogue may lack --
    ("Kazakhstan and Uzbekistan signed the Samarkand Declaration on Friday.", "2022-09-16",
     {("kazakhstan", "signs", "new/agreement/samarkand-declaration"), ("uzbekistan", "signs", "new/agreement/samarkand-declaration")}),
    ("South Africa released the Johannesburg II Declaration on Thursday.", "2023-08-24",
     {("south-africa", "signs", "new/agreement/johannesburg-ii-declaration")}),
    # -- heads of organisations: 'X as head of the NDB', 'X, who is chairman of United Russia' --
    ("Dilma Rousseff was sworn in as head of the New Development Bank.", "2023-04-13",
     {("dilma-rousseff", "leaderOf", "new-development-bank")}),
    ("Dmitry Medvedev, who is chairman of United Russia, spoke in Moscow.", "2022-12-21",
     {("dmitry-medvedev", "leaderOf", "united-russia")}),
    ("Kim Jong Un was re-elected as general secretary of the Workers' Party of Korea.", "2021-01-10",
     {("kim-jong-un", "leaderOf", "workers-party-of-korea")}),
    ("The bank was set up by the BRICS group of Brazil, Russia, India, China and South Africa.", "2023-04-15",
     {(c, "memberOf", "brics") for c in ("brazil", RU, "india", CN, "south-africa")}),
    # -- a possessor is no subject: 'Lula's adviser, Celso Amorim, met Putin' --
    ("Lula's chief foreign policy adviser, Celso Amorim, met Vladimir Putin in Moscow.", "2023-04-15",
     {("celso-amorim", "meets", PUTIN)}),
    # -- trips ahead and departures: 'is due in', 'before leaving for', 'left for' --
    ("Sergey Lavrov is due in Brasilia on Monday.", "2023-04-15", {("sergey-lavrov", "visits", "brasilia")}),
    ("Lula spoke to reporters before leaving for the United Arab Emirates.", "2023-04-15",
     {("lula-da-silva", "visits", "uae")}),
    ("Vladimir Putin left for Beijing on Monday.", "2023-10-16", {(PUTIN, "visits", "beijing")}),
    # -- a leader's epithet reads like 'he' ('the leftist leader', 'the 71-year-old leader') --
    ("Brazilian President Lula da Silva arrived in Beijing. The leftist leader met Chinese President Xi Jinping on "
     "Friday.", "2023-04-15",
     {("lula-da-silva", "leaderOf", "brazil"), ("lula-da-silva", "visits", "beijing"), meets("lula-da-silva", XI),
      (XI, "leaderOf", CN)}),
    ("Vladimir Putin spoke for an hour. The 71-year-old leader then met Xi Jinping.", "2023-10-18", {meets(PUTIN, XI)}),
    # two persons before it: nobody
    ("Xi Jinping met Vladimir Putin. The veteran leader said ties were strong.", "2023-03-21", {meets(PUTIN, XI)}),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_facts(text, published, expected):
    assert facts_of(text, published=published) == expected


# -- meetings: participants, date (relative to publication), place, mode ------------------------
MEETINGS = [
    ("Chinese President Xi Jinping held talks with Russian President Vladimir Putin at the Kremlin on Tuesday.",
     "2023-03-22", {XI, PUTIN}, date(2023, 3, 21), "moscow-kremlin", "in_person"),
    ("Xi Jinping had a phone conversation with Vladimir Putin on Feb. 24.",
     "2025-02-25", {XI, PUTIN}, date(2025, 2, 24), None, "phone"),
    ("Xi Jinping held a video call with Vladimir Putin from Beijing on Jan. 21.",
     "2025-01-21", {XI, PUTIN}, date(2025, 1, 21), "beijing", "video"),
    ("Sergei Lavrov met Wang Yi in Moscow last week.",
     "2023-09-25", {"sergey-lavrov", "wang-yi"}, None, "moscow", "in_person"),
    ("Sergey Lavrov met Wang Yi in Beijing on 9 April.",
     "2024-04-10", {"sergey-lavrov", "wang-yi"}, date(2024, 4, 9), "beijing", "in_person"),
    ("Russian Defence Minister Sergey Shoygu met his Chinese counterpart Dong Jun in Moscow yesterday.",
     "2024-04-03", {"sergei-shoigu", "dong-jun"}, date(2024, 4, 2), "moscow", "in_person"),
    ("Putin and Xi Jinping held talks in Kazan on Oct. 22, the first day of the summit.",
     "2024-10-23", {XI, PUTIN}, date(2024, 10, 22), "kazan", "in_person"),
    ("Xi Jinping and Vladimir Putin met in Beijing. The two leaders held talks on Thursday.",
     "2024-05-17", {XI, PUTIN}, date(2024, 5, 16), "beijing", "in_person"),
    ("Xi Jinping held talks with Vladimir Putin on the sidelines of the SCO summit.",
     "2024-07-04", {XI, PUTIN}, None, "astana", "in_person"),
    ("Kim Jong Un hosted Vladimir Putin for one-on-one talks in Pyongyang on Wednesday.",
     "2024-06-20", {"kim-jong-un", PUTIN}, date(2024, 6, 19), "pyongyang", "in_person"),
    ("Narendra Modi called Vladimir Putin on Friday to discuss the situation.",
     "2024-03-23", {"narendra-modi", PUTIN}, date(2024, 3, 22), None, "phone"),
    ("Xi Jinping and Vladimir Putin signed two joint statements on Thursday, opening what they called a new "
     "chapter in ties.", "2024-05-17", {XI, PUTIN}, date(2024, 5, 16), None, "in_person"),
    ("Talks were held between Wang Yi and Sergei Lavrov in Beijing on Tuesday.",
     "2024-04-10", {"wang-yi", "sergey-lavrov"}, date(2024, 4, 9), "beijing", "in_person"),
    ("At their meeting in Astana on Wednesday, Xi Jinping and Putin discussed the situation in Ukraine.",
     "2024-07-04", {XI, PUTIN}, date(2024, 7, 3), "astana", "in_person"),
    ("Lavrov, Wang Yi hold talks in Moscow\n\nSergei Lavrov met Wang Yi on Tuesday.",
     "2025-04-02", {"sergey-lavrov", "wang-yi"}, date(2025, 4, 1), "moscow", "in_person"),
    ("The Russian president received his Chinese counterpart in the Kremlin on Tuesday.",
     "2023-03-22", {XI, PUTIN}, date(2023, 3, 21), "moscow-kremlin", "in_person"),
    ("Putin will hold talks with Xi Jinping in Beijing on Sept. 2, the Kremlin said on Thursday.",
     "2025-08-28", {XI, PUTIN}, date(2025, 9, 2), "beijing", "in_person"),
    ("Sergey Lavrov is due in Brasilia on Monday for talks with Mauro Vieira.",
     "2023-04-15", {"sergey-lavrov", "mauro-vieira"}, date(2023, 4, 17), "brasilia", "in_person"),
]


@pytest.mark.parametrize("text,published,participants,day,place,mode", MEETINGS)
def test_meetings(text, published, participants, day, place, mode):
    x = extract_text(text, published=published)
    assert len(x.meetings) == 1
    (m,) = x.meetings
    assert (set(m.participants), m.date, m.place, m.mode) == (participants, day, place, mode)
    assert meets(*sorted(participants)) in {f.key() for f in x.facts}


@pytest.mark.parametrize("text,participants", [
    ("Narendra Modi, Vladimir Putin and Cyril Ramaphosa met in Kazan on Wednesday.",
     {"narendra-modi", PUTIN, "cyril-ramaphosa"}),
    ("Xi Jinping and Vladimir Putin held a three-way meeting with Ukhnaagiin Khurelsukh in Samarkand on Thursday.",
     {XI, PUTIN, "ukhnaagiin-khurelsukh"}),
    ("Xi Jinping met Vladimir Putin in Samarkand on Thursday before the summit.", {XI, PUTIN}),
])
def test_multiparty_meeting(text, participants):
    x = extract_text(text, published="2024-10-24")
    assert [set(m.participants) for m in x.meetings] == [participants]


@pytest.mark.parametrize("text", [
    "Vladimir Putin welcomed Xi Jinping's proposal on grain exports.",
    "Putin and Xi could meet as early as next week.",
    "Xi and Putin did not meet during the summit.",
    "The two leaders have met more than 40 times over the past decade.",
    "Vladimir Putin called Xi Jinping his dear friend.",
    "What Narendra Modi called a historic visit by Vladimir Putin ended on Wednesday.",
    # taking part in a summit by video is no call between the persons of the sentence
    "Vladimir Putin joined the BRICS summit via video link, while Sergei Lavrov attended in person.",
    # a session of a summit series with its chair and members is no meeting of persons
    "Vladimir Putin chaired a meeting of the Supreme Eurasian Economic Council, attended by Alexander Lukashenko.",
    # a summit hosted by someone is no meeting of its guests with the host
    "Xi Jinping and Narendra Modi are in Kazan for the BRICS summit hosted by Vladimir Putin.",
])
def test_no_meeting_event(text):
    assert extract_text(text, published="2024-05-16").meetings == []


# -- boilerplate lines yield nothing ---------------------------------------------------------------
BOILERPLATE = [
    "Copyright 2024 Xinhua. All rights reserved.",
    "Read more: Putin meets Xi in Beijing",
    "Photo: Xi Jinping and Vladimir Putin shake hands in Moscow.",
    "Reporting by Guy Faulconbridge; Editing by Mark Trevelyan",
    "Follow us on Telegram",
    "(Photo: Chinese President Xi Jinping shakes hands with Russian President Vladimir Putin in Moscow)",
    "Chinese President Xi Jinping and Russian President Vladimir Putin attend a welcome ceremony in Moscow. "
    "(AP Photo/Alexander Zemlianichenko)",
    "FILE - Xi Jinping and Vladimir Putin pose for a photo at the Kremlin in Moscow on March 21, 2023.",
    "Xi Jinping greets Vladimir Putin in Beijing. Photo: Xinhua",
    "By Guy Faulconbridge and Laurie Chen",
    "MORE: Putin and Xi hold talks in Beijing",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate(line):
    body = "Russia firmly supports China.\n\n" + line + "\n"
    x = extract_text(body, published="2024-05-16")
    assert {f.key() for f in x.facts} == {sup(RU, CN)}
    assert all(m.start < len("Russia firmly supports China.") for m in x.mentions)


# -- mention offsets -------------------------------------------------------------------------------
OFFSETS = [
    ("The Chinese side firmly backs the Russian side.", "2022-02-04",
     [("The Chinese side", CN), ("the Russian side", RU)]),
    ("Talks between Sergei Lavrov and Wang Yi lasted three hours.", "2024-04-09",
     [("Sergei Lavrov", "sergey-lavrov"), ("Wang Yi", "wang-yi")]),
    ("Russian President Vladimir Putin landed in Pyongyang.", "2024-06-19",
     [("Russian President", PUTIN), ("Vladimir Putin", PUTIN), ("Pyongyang", "pyongyang")]),
    ("Narendra Modi landed at Sheremetyevo airport; Vnukovo airport was closed to traffic.", "2024-07-08",
     [("Narendra Modi", "narendra-modi"), ("Sheremetyevo airport", "sheremetyevo-international-airport"),
      ("Vnukovo airport", "vnukovo-international-airport")]),
]


@pytest.mark.parametrize("text,published,spans", OFFSETS)
def test_offsets(text, published, spans):
    x = extract_text(text, published=published)
    got = [(text[m.start:m.end], m.entity) for m in x.mentions]
    assert got == spans


def test_collective_expands_to_principals():
    text = ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow. "
            "The two countries agreed to deepen cooperation in energy.")
    facts = facts_of(text, published="2023-03-21")
    assert coop(CN, RU) in facts
    x = extract_text(text, published="2023-03-21")
    coll = [m for m in x.mentions if m.kind == "collective"]
    assert coll and set(coll[0].members) == {CN, RU}
    assert text[coll[0].start:coll[0].end] == "The two countries"


def test_listed_counterparts_are_separate_meetings():
    x = extract_text("Putin will hold separate talks with Xi Jinping, Narendra Modi and Cyril Ramaphosa in Kazan "
                     "on Tuesday.", published="2024-10-21")
    assert {m.participants for m in x.meetings} == {frozenset({PUTIN, p}) for p in
                                                    (XI, "narendra-modi", "cyril-ramaphosa")}
    assert all(m.place == "kazan" and m.date == date(2024, 10, 22) for m in x.meetings)


def test_source_of_a_report_is_no_participant():
    x = extract_text("Xi Jinping and Vladimir Putin will sign several documents on Thursday, Kremlin aide "
                     "Yuri Ushakov told reporters.", published="2025-05-06")
    assert [m.participants for m in x.meetings] == [frozenset({XI, PUTIN})]


def test_same_pair_in_two_countries_is_two_meetings():
    x = extract_text("Kim Jong Un met Vladimir Putin in Pyongyang. The two leaders had last met at the "
                     "Vostochny Cosmodrome in the Russian Far East.", published=None)
    assert sorted(m.place for m in x.meetings) == ["pyongyang", "vostochny-cosmodrome"]
