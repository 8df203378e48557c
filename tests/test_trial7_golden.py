"""The seventh team-written trial set (tests/fixtures/trial7/, 24 articles, 43 gold events) against its gold file:
floors that may only go up.

Written blind by trial7 on 6 December 2026 (thirteenth session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial7_expected.json, with the debatable
decisions in tests/fixtures/trial7_notes.md) were committed at 09:43 UTC (branch `trial7-blind`, 9b4a9aa) before the
pipeline first ran on them. The first measurement showed the trial tests pass no publication date (a plain text has
none), so a wire dated "ALGIERS, June 24 (wire)" had no year to read; the year was added to the 19 wires' datelines
at 09:44 (83172e5, the dateline lines only, gold unchanged; the two local reports stay yearless, as trial6's
Motihari did). The floors are the amended set's figures on main 0287489. 24 countries, each once, 19 of them in no
earlier set (Algeria, Egypt, Ghana, Guatemala, Guinea, Italy, Ivory Coast, Kosovo, Kyrgyzstan, Liberia, Madagascar,
Malaysia, Panama, Paraguay, Poland, Russia, Sierra Leone, Togo, Uganda) and five in one earlier set each (Cameroon,
Ecuador, Iran, Libya, Palestine). The set is a representative mix of the news a conflict researcher feeds the tool,
not tilted toward any class being fixed: wires with datelines away from the event (Quito for Durán, Tehran for Rask,
Turin for Chiomonte, Pristina for Leposavic, Bishkek for Batken, Tripoli for Zawiya, Antananarivo for Ihosy,
Ramallah for Tammun, Moscow for Shebekino, Lomé for Mandouri, Abidjan for Daloa, Algiers for Tizi Ouzou) and in
capitals (Conakry, Kampala, Asunción, Warsaw); attacks on posts repelled after a fight, a cattle raid and the
gendarmes' pursuit three days later, a farmers-herders clash, a border shootout and the ceasefire protocol signed
across the border, a militia clash and a camp handed over without a fight, a new base told in a statement, a bridge
bomb, a roadside device, a grenade, a drone strike and shelling, a drone strike with arrest raids in two towns and a
settlers' attack, two abductions (one by men in plain clothes the army then owns), arrest raids the next day, riots
with barricades, a burnt police depot, a resisted eviction, fireworks at a rail site, peaceful marches and
blockades, protests broken up with tear gas, a party office set on fire; revised tolls (4 -> 6, 3 -> 5 + 4, "some
losses" -> 8, one -> two twice), victims dying or treated in another town, statements made in other towns, a protest
told three times; an ACLED-note-style page (Cameroon's Far North, Tokombere / Tokombéré); a lower-case local report
(Bawku) and an all-capitals one (Monrovia and Ganta); transliterations (Leposavic / Leposaviq, Zvecan / Zveçan,
Graivoron / Grayvoron, Zawiya / al-Zawiyah, Tajoura / Tajura); namesakes (Concepción in Paraguay, Mora, Waterloo,
San Marcos); two brief-news columns whose items are mostly not ACLED events (Guatemala, Sierra Leone: 4 ACLED items,
10 that are not). Four stories have no ACLED event: a court's sentence for arson (Algeria), a train collision with a
revised toll (Egypt), floods (Malaysia), a strike call with the ministry's warning (Panama).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL7 = FIXTURES / "trial7"
EXPECTED = FIXTURES / "trial7_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main 0287489 (the
# thirteenth session's start), the fix half's fatalities on 97e4386 (its end) and its one to one on e4fc6e6 (the
# fourteenth session's end), rounded down to two decimals; raise, never lower
# Raised to the seventeenth session's final main (c025fa4: merge32's head-copy fold, dates44-safe, geo41,
# coder86-remove) by the lead.
# raised on main 3f1a760 (the eighteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main 4c0b35d (the nineteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main e33daee (the twentieth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: fix 0.35->0.41, fix 0.89->0.94, report 0.29->0.30,
# report 0.75->0.83)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.41->0.42, fix 0.36->0.45, report 0.38->0.42,
# report 0.83->0.91)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.42->0.45, fix 0.45->0.50, report 0.42->0.47)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.45->0.57, fix 0.50->0.72, report 0.30->0.35)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: fix 0.63->0.68)
FLOORS = {"fix": (0.86, 0.57, 0.72, 0.94, 0.68, 0.73), "report": (0.57, 0.35, 0.47, 0.91, 0.75, 0.50)}
NO_EVENT = {"algeria", "egypt", "malaysia", "panama"}  # an arson sentence, a train collision, floods, a strike call
COLUMNS = {"guatemala-2026-02-18-news-in-brief.txt", "sierra-leone-2025-11-04-news-in-brief.txt"}


def test_the_halves_split_the_trial7_files_evenly() -> None:
    assert_split(TRIAL7, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6"))


@pytest.mark.slow
def test_trial7_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL7, EXPECTED, FLOORS)
