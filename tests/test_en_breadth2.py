"""English breadth, round 2: how English news writing expresses signs, visits, meets, cooperatesWith,
supports / opposes, leaderOf and locatedIn, and names the catalogue lacks (persons by title, heads of
organisations, agreements by the shape of their title). Every sentence was written for this table from
the language, not copied from an article, the seeds, the corpus or the blind sets.

Inventory the rows sample ("-" lines are not asserted):

signs     sign, ink, conclude, put signatures to; passive "was signed by A, B and C"; relative "X, signed by A
          and B in 2010"; "the signatories of X included A, B"; titles head first ("a joint statement on ...",
          "the Treaty on ...", "a Declaration on ..."), head last in Title Case ("the Comprehensive Strategic
          Partnership Treaty", "the Moscow Declaration"); a paraphrased title names a catalogue document only
          of the same kind (a "Joint Statement on the Comprehensive Strategic Partnership" is no treaty)
          - witnessed the signing; refused to sign; has not / has yet to sign; lowercase "a memorandum of
            understanding on ...", "a contract for ..." name no document
visits    pay a state/official/working visit to, arrive in (for a N-day visit), be on a visit to, be in P on a
          working visit, X's visit to P, a visit by X to P, trip, tour of A and B, fly to, stopover in,
          "on his way to P", fronted "Upon arrival in P, X ..."; reported ("Peskov said Putin would visit")
          - cancelled / postponed / called off, no plans to visit, denied reports that X would travel,
            returned (home) to, invited X to visit
meets     met, held talks, received, hosted X at, phone call, spoke with X by phone, video call, exchanged
          views (A and B as subject, or with), X's meeting with Y, talks between X and Y, courtesy call
          - did not meet, declined to meet, no plans for a meeting, may meet ... if, denied reports that ... met
cooperatesWith  cooperate with, agreed to deepen cooperation, work(ing) together, partnered with, strategic
          partners, joint project, a cooperation agreement; companies and ministries too
          - suspended / halted cooperation, declined to cooperate
supports / opposes  support, back X's bid / position / role, mutual support, voice support for, welcomed X's
          plan; oppose, condemn, denounce, criticise, reject, impose sanctions on
          - refused to condemn, did not criticise, accused X of supporting Y, a bid to host is no hosting
leaderOf  "<Adj> President X" (catalogue or not), "X, the president of Y", "Y's leader X", "President X of Y",
          heads of organisations and companies: "<Org> Secretary-General / President / CEO / chairman / Speaker
          X", "X, the <Org> Secretary-General", "X, chairman of <Org>"
          - deputy / vice / former titles, ambassadors, governors, party secretaries lead no country
locatedIn "P in C", "P, C's capital", "P, a port city in C's Far East", "P, located in the heart of C"
          - "P, some 1,600 km south of C"
"""
from __future__ import annotations

import pytest

from kg.extract import facts_of

from fact_check import coop, meets

CN, RU = "china", "russia"
XI, PUTIN = "xi-jinping", "vladimir-putin"
LAVROV, WANG = "sergey-lavrov", "wang-yi"
SCO = "shanghai-cooperation-organisation"
D = "2024-07-05"

JS = "new/agreement/joint-statement-on-deepening-their-comprehensive-strategic-partnership"
IRAN_TREATY = "russia-iran-comprehensive-strategic-partnership-treaty"

CASES = [
    # == signs ============================================================================================
    ("China and Russia signed a joint statement on deepening their comprehensive strategic partnership.", D,
     {(CN, "signs", JS), (RU, "signs", JS)}),
    ("Vladimir Putin and Masoud Pezeshkian signed the Comprehensive Strategic Partnership Treaty on Friday.",
     "2025-01-17", {(PUTIN, "signs", IRAN_TREATY), ("masoud-pezeshkian", "signs", IRAN_TREATY),
                    meets(PUTIN, "masoud-pezeshkian")}),
    ("Russia and Iran signed the Treaty on Comprehensive Strategic Partnership in Moscow.", "2025-01-17",
     {(RU, "signs", IRAN_TREATY), ("iran", "signs", IRAN_TREATY)}),
    ("China and Russia signed the Joint Statement on the Comprehensive Strategic Partnership.", "2025-01-17",
     {(c, "signs", "new/agreement/joint-statement-on-the-comprehensive-strategic-partnership") for c in (CN, RU)}),
    ("Vladimir Putin and Kassym-Jomart Tokayev signed a Declaration on Eternal Friendship and Alliance.", D,
     {(p, "signs", "new/agreement/declaration-on-eternal-friendship-and-alliance")
      for p in (PUTIN, "kassym-jomart-tokayev")} | {meets(PUTIN, "kassym-jomart-tokayev")}),
    ("The Moscow Declaration was signed by Russia, Iran and Turkey.", D,
     {(c, "signs", "new/agreement/moscow-declaration") for c in (RU, "iran", "turkey")}),
    ("The New START Treaty, signed by Russia and the United States in 2010, expires in February.", "2025-11-05",
     {(RU, "signs", "new-start"), ("united-states", "signs", "new-start")}),
    ("The signatories of the Astana Declaration included China, Russia and Kazakhstan.", D,
     {(c, "signs", "astana-declaration-2024") for c in (CN, RU, "kazakhstan")}),
    ("Xi Jinping and Vladimir Putin witnessed the signing of the Joint Statement on Strategic Stability.", D,
     {meets(XI, PUTIN)}),
    ("Russia refused to sign the Final Communique on Peace in Ukraine.", D, set()),
    ("Uzbekistan has yet to sign the Treaty on the Eurasian Economic Union.", D, set()),
    ("Kazakhstan has not signed the Treaty on the Prohibition of Nuclear Weapons.", D, set()),
    ("China and Russia signed the Joint Statement on Global Strategic Stability.", "2025-05-08",
     {(c, "signs", "joint-statement-2025-global-strategic-stability") for c in (CN, RU)}),
    ("They discussed the New Agreement at length.", D, set()),
    ("Russia and China signed a memorandum of understanding on cooperation in the Arctic.", D, {coop(CN, RU)}),
    ("Gazprom and CNPC signed a contract for gas supplies via the Far Eastern route.", D, set()),
    # == visits ===========================================================================================
    ("Vladimir Putin will pay a state visit to China on May 16-17.", "2024-05-10", {(PUTIN, "visits", CN)}),
    ("Xi Jinping arrived in Moscow on Monday for a three-day state visit.", "2023-03-20", {(XI, "visits", "moscow")}),
    ("Putin's visit to Pyongyang lasted two days.", D, {(PUTIN, "visits", "pyongyang")}),
    ("Narendra Modi is on a two-day official visit to Russia.", D, {("narendra-modi", "visits", RU)}),
    ("Sergei Lavrov was in Beijing on a working visit.", D, {(LAVROV, "visits", "beijing")}),
    ("Sergei Lavrov made a stopover in Astana on his way to Beijing.", D,
     {(LAVROV, "visits", "astana"), (LAVROV, "visits", "beijing")}),
    ("Xi Jinping embarked on a tour of Serbia and Hungary.", D, {(XI, "visits", "serbia"), (XI, "visits", "hungary")}),
    ("Kremlin spokesman Dmitry Peskov said Vladimir Putin would visit Beijing.", D, {(PUTIN, "visits", "beijing")}),
    ("Lavrov flew to Pyongyang on Thursday.", D, {(LAVROV, "visits", "pyongyang")}),
    ("A visit by Vladimir Putin to Mongolia is scheduled for September 3.", D, {(PUTIN, "visits", "mongolia")}),
    ("Upon arrival in Tehran, Lavrov was greeted by Abbas Araghchi.", D,
     {(LAVROV, "visits", "tehran"), meets(LAVROV, "abbas-araghchi")}),
    ("Xi Jinping concluded his state visit to Russia and returned to Beijing.", D, {(XI, "visits", RU)}),
    ("Xi Jinping's trip to Kazakhstan was postponed.", D, set()),
    ("Vladimir Putin cancelled his visit to Turkey.", D, set()),
    ("Wang Yi returned to Beijing on Friday.", D, set()),
    ("Putin has no plans to visit Japan.", D, set()),
    ("The Kremlin denied reports that Vladimir Putin would travel to Baku.", D, set()),
    ("The Chinese premier's visit to Minsk was called off.", D, {("li-qiang", "leaderOf", CN)}),
    ("Vladimir Putin flew back to Moscow after the summit.", D, set()),
    ("Wang Yi met Sergei Lavrov, who was in Beijing on a working visit.", D,
     {meets(WANG, LAVROV), (LAVROV, "visits", "beijing")}),
    ("Lavrov made a stop in Hanoi after the talks.", D, {(LAVROV, "visits", "hanoi")}),
    ("Upon arrival, Vladimir Putin said the talks would be useful.", D, set()),
    ("Vladimir Putin invited Xi Jinping to visit Russia next year.", D, set()),
    # == meets ============================================================================================
    ("Wang Yi and Sergei Lavrov exchanged views on the Ukraine crisis.", D, {meets(WANG, LAVROV)}),
    ("Xi Jinping's meeting with Vladimir Putin lasted three hours.", D, {meets(XI, PUTIN)}),
    ("The talks between Sergei Lavrov and Wang Yi were held in Vientiane.", D, {meets(WANG, LAVROV)}),
    ("Putin received Wang Yi in the Kremlin.", D, {meets(WANG, PUTIN), (WANG, "visits", "moscow-kremlin")}),
    ("Xi Jinping talked with Putin over the phone on Friday.", D, {meets(XI, PUTIN)}),
    ("Emmanuel Macron spoke with Xi Jinping by phone on Tuesday.", D, {meets(XI, "emmanuel-macron")}),
    ("Li Qiang and Mikhail Mishustin held a video call.", D, {meets("li-qiang", "mikhail-mishustin")}),
    ("Wang Yi received a courtesy call from Kazakh Foreign Minister Murat Nurtleu.", D, {meets(WANG, "murat-nurtleu")}),
    ("Vladimir Putin hosted Narendra Modi at his residence in Novo-Ogaryovo.", D, {meets(PUTIN, "narendra-modi")}),
    ("Chinese Defence Minister Dong Jun met Russian Defence Minister Andrei Belousov in Qingdao.", D,
     {meets("dong-jun", "andrey-belousov")}),
    ("Putin did not meet Volodymyr Zelensky.", D, set()),
    ("There are no plans for a meeting between Putin and Joe Biden.", D, set()),
    ("The Kremlin denied reports that Vladimir Putin had met Donald Trump.", D, set()),
    ("Xi Jinping may meet Putin later this year if schedules allow.", D, set()),
    ("Xi Jinping declined to meet Japanese Prime Minister Shigeru Ishiba.", D, {("shigeru-ishiba", "leaderOf", "japan")}),
    # == cooperatesWith ===================================================================================
    ("China and Russia agreed to deepen cooperation in energy.", D, {coop(CN, RU)}),
    ("Rosatom and China National Nuclear Corporation are working together on four reactors.", D,
     {coop("rosatom", "china-national-nuclear-corporation")}),
    ("Gazprom has partnered with CNPC on the pipeline.", D, {coop("gazprom", "cnpc")}),
    ("Rosneft and Sinopec signed a cooperation agreement.", D, {coop("rosneft", "sinopec")}),
    ("Roscosmos and CNSA will work together on the lunar station.", D, {coop("roscosmos", "cnsa")}),
    ("Russia and Mongolia are strategic partners.", D, {coop(RU, "mongolia")}),
    ("China and Pakistan launched a joint project in Gwadar.", D, {coop(CN, "pakistan")}),
    ("Russia will cooperate with Vietnam in oil and gas.", D, {coop(RU, "vietnam")}),
    ("The Russian Ministry of Energy and China's National Energy Administration agreed to expand cooperation.", D,
     {coop("ministry-of-energy-of-russia", "new/organization/national-energy-administration")}),
    ("Moscow has suspended cooperation with the OSCE.", D, set()),
    ("Close coordination within the UN and the SCO serves both countries.", D, set()),
    ("The two countries will strengthen coordination within the UN and the SCO.", D, set()),
    ("Kazakhstan declined to cooperate with the International Criminal Court.", D, set()),
    # == supports / opposes ===============================================================================
    ("China backs Russia's bid to host the 2030 World Expo.", D, {(CN, "supports", RU)}),
    ("Kazakhstan wants to host the SCO summit.", D, set()),
    ("Russia supports China's position on Taiwan.", D, {(RU, "supports", CN)}),
    ("China and Russia expressed mutual support on issues of core interests.", D,
     {(CN, "supports", RU), (RU, "supports", CN)}),
    ("Brazil voiced support for India's bid for a permanent seat on the UN Security Council.", D,
     {("brazil", "supports", "india")}),
    ("Vietnam supports Russia's role in the region.", D, {("vietnam", "supports", RU)}),
    ("Russia welcomed China's peace plan for Ukraine.", D, {(RU, "supports", CN)}),
    ("Iran denounced the European Union's decision.", D, {("iran", "opposes", "european-union")}),
    ("The United States imposed sanctions on Rosneft.", D, {("united-states", "opposes", "rosneft")}),
    ("China firmly opposes NATO's expansion into Asia.", D, {(CN, "opposes", "nato")}),
    ("Beijing criticised Washington's decision.", D, {(CN, "opposes", "united-states")}),
    ("China refused to condemn Russia.", D, set()),
    ("Russia did not criticise China.", D, set()),
    ("The European Union accused China of supporting Russia.", D, set()),
    ("Serbia refuses to join the sanctions against Russia.", D, set()),
    # == leaderOf and names the catalogue lacks ===========================================================
    ("Kyrgyz President Almazbek Toktomushev met Xi Jinping.", D,
     {("new/person/almazbek-toktomushev", "leaderOf", "kyrgyzstan"), meets(XI, "new/person/almazbek-toktomushev")}),
    ("Emomali Rahmon, the president of Tajikistan, arrived in Moscow on Tuesday.", D,
     {("emomali-rahmon", "leaderOf", "tajikistan"), ("emomali-rahmon", "visits", "moscow")}),
    ("Tajikistan's leader Emomali Rahmon held talks with Vladimir Putin.", D,
     {("emomali-rahmon", "leaderOf", "tajikistan"), meets(PUTIN, "emomali-rahmon")}),
    ("President Shavkat Mirziyoyev of Uzbekistan received Li Qiang.", D,
     {("shavkat-mirziyoyev", "leaderOf", "uzbekistan"), meets("li-qiang", "shavkat-mirziyoyev")}),
    ("Indonesian President Prabowo Subianto paid a state visit to China.", D,
     {("prabowo-subianto", "leaderOf", "indonesia"), ("prabowo-subianto", "visits", CN)}),
    ("Mongolian Prime Minister Luvsannamsrain Oyun-Erdene arrived in Beijing.", D,
     {("luvsannamsrain-oyun-erdene", "leaderOf", "mongolia"), ("luvsannamsrain-oyun-erdene", "visits", "beijing")}),
    ("SCO Secretary-General Zhang Ming attended the forum.", D, {("new/person/zhang-ming", "leaderOf", SCO)}),
    ("NATO Secretary General Mark Rutte criticised China.", D,
     {("mark-rutte", "leaderOf", "nato"), ("mark-rutte", "opposes", CN)}),
    ("Antonio Guterres, the UN Secretary-General, spoke with Xi Jinping by phone.", D,
     {("antonio-guterres", "leaderOf", "united-nations"), meets(XI, "antonio-guterres")}),
    ("New Development Bank President Dilma Rousseff met Li Qiang.", D,
     {("dilma-rousseff", "leaderOf", "new-development-bank"), meets("li-qiang", "dilma-rousseff")}),
    ("AIIB President Jin Liqun met Wang Yi.", D,
     {("new/person/jin-liqun", "leaderOf", "aiib"), meets(WANG, "new/person/jin-liqun")}),
    ("State Duma Speaker Vyacheslav Volodin met Zhao Leji, chairman of the NPC Standing Committee.", D,
     {("vyacheslav-volodin", "leaderOf", "state-duma"), ("zhao-leji", "leaderOf", "npc-standing-committee"),
      meets("vyacheslav-volodin", "zhao-leji")}),
    ("Gazprom CEO Alexei Miller met CNPC chairman Dai Houliang in Moscow.", D,
     {("alexei-miller", "leaderOf", "gazprom"), ("dai-houliang", "leaderOf", "cnpc"), meets("alexei-miller", "dai-houliang")}),
    ("Rosneft chief executive Igor Sechin met Chinese Premier Li Qiang.", D,
     {("igor-sechin", "leaderOf", "rosneft"), ("li-qiang", "leaderOf", CN), meets("igor-sechin", "li-qiang")}),
    ("Sinopec chairman Ma Yongsheng visited Moscow.", D,
     {("new/person/ma-yongsheng", "leaderOf", "sinopec"), ("new/person/ma-yongsheng", "visits", "moscow")}),
    ("Primorsky Governor Oleg Kozhemyako visited Harbin.", D, {("new/person/oleg-kozhemyako", "visits", "harbin")}),
    ("Russian Deputy Prime Minister Alexander Novak visited Beijing.", D, {("alexander-novak", "visits", "beijing")}),
    ("Chinese Ambassador to Russia Zhang Hanhui met Sergei Lavrov.", D, {meets(LAVROV, "zhang-hanhui")}),
    ("Former Kazakh President Nursultan Nazarbayev visited Beijing.", D, {("nursultan-nazarbayev", "visits", "beijing")}),
    ("Egyptian Foreign Minister Badr Abdelatty met Wang Yi.", D, {meets(WANG, "badr-abdelatty")}),
    ("Heilongjiang Party Secretary Xu Qin met Russian officials.", D, set()),
    ("UN chief Antonio Guterres met Putin in Kazan.", D,
     {("antonio-guterres", "leaderOf", "united-nations"), meets(PUTIN, "antonio-guterres")}),
    ("IAEA Director General Rafael Grossi visited Kaliningrad.", D,
     {("rafael-grossi", "leaderOf", "international-atomic-energy-agency"), ("rafael-grossi", "visits", "kaliningrad")}),
    ("Roscosmos head Dmitry Bakanov met Wang Yi.", D,
     {("dmitry-bakanov", "leaderOf", "roscosmos"), meets(WANG, "dmitry-bakanov")}),
    ("Ex-Prime Minister Dmitry Medvedev met Xi Jinping.", D, {meets(XI, "dmitry-medvedev")}),
    ("Former Secretary-General Ban Ki-moon visited Beijing.", D, {("ban-ki-moon", "visits", "beijing")}),
    ("The chairman said the talks were useful.", D, set()),
    ("The Secretary-General said the meeting was useful.", D, set()),
    # party titles name the party (names.json office_organizations)
    ("CPC General Secretary Xi Jinping met Vladimir Putin.", D,
     {meets(XI, PUTIN), ("xi-jinping", "leaderOf", "communist-party-of-china")}),
    ("General Secretary of the CPC Central Committee Xi Jinping met Vladimir Putin.", D,
     {meets(XI, PUTIN), ("xi-jinping", "leaderOf", "communist-party-of-china")}),
    ("General Secretary Xi Jinping met Vladimir Putin.", D, {meets(XI, PUTIN)}),
    # == locatedIn ========================================================================================
    ("Vladivostok, a port city in Russia's Far East, hosted the forum.", D,
     {("vladivostok", "locatedIn", "russian-far-east"), ("russian-far-east", "locatedIn", RU)}),
    ("The Diaoyutai State Guesthouse in Beijing hosted the talks.", D, {("diaoyutai-state-guesthouse", "locatedIn", "beijing")}),
    ("Ulaanbaatar, Mongolia's capital, welcomed the delegation.", D, {("ulaanbaatar", "locatedIn", "mongolia")}),
    ("The Kazan Kremlin, located in the heart of Kazan, hosted the talks.", D, {("kazan-kremlin", "locatedIn", "kazan")}),
    ("Sochi, some 1,600 km south of Moscow, hosted the talks.", D, set()),
    ("The forum was located in a hotel.", D, set()),
    ("The meeting took place at the Kumsusan Palace, located on the outskirts of Pyongyang.", D,
     {("new/place/kumsusan-palace", "locatedIn", "pyongyang")}),
]


@pytest.mark.parametrize("text,published,expected", CASES,
                         ids=[getattr(c, "values", c)[0][:50] for c in CASES])
def test_breadth2(text, published, expected):
    assert facts_of(text, published=published) == expected
