"""The fifth team-written trial set (tests/fixtures/trial5/, 24 articles, 63 gold events) against its gold file:
floors that may only go up.

Written blind by trial5 on 6 December 2026 (twelfth session): the articles, every sentence in our own words, invented
events in real places, and their ACLED coding (tests/fixtures/trial5_expected.json, with the debatable decisions in
tests/fixtures/trial5_notes.md) were committed (branch `trial5-blind`, 126660d, 07:19 UTC) before the pipeline first
ran on them. The set is a representative mix of the news a conflict researcher feeds the tool, not tilted toward any
class being fixed: insurgency and terrorism wires with datelines away from the event (Bannu, Rueso, Amedi, Suárez,
Chhakarbandha, Macomia), wires in capitals (Tbilisi, Mogadishu, Kyiv, La Paz); armed-group and state violence (an M23
advance with a town taken in battle and another entered unopposed, a gang massacre with a prison break, an army-cartel
shootout and a narco-blockade, cartel and RSF and Russian drones, mortars, artillery, a pressure IED, a roadside bomb,
abductions, arrests of militants and of an opposition leader, looting by retreating soldiers, an army-militia
agreement); protests with and without intervention (a blockade cleared with tear gas against stones, a sit-down
blockade cleared with a protester shot dead, a protest dispersed with water cannon, human chains, sit-ins, marches),
riots (a party's factions fighting at a bazar, a lynching); two ACLED-note-style monitoring notes (Sagaing, Sudan) with
updates that are the same event; two brief-news columns whose items are mostly not ACLED events (landslide, crashes, a
tanker fire, customs, fraud arrests, a windstorm, an ultimatum, a sentence); a lower-case county report (Turkana);
revised tolls (ten then 15, three then five, 7 then 9, one then two), fatalities in words and digits, claims against
local counts; namesakes (Georgia, Kayna, Kani, Raman, Nabinagar, Obra, Aurangabad, Chala), villages beside their
district, transliterations (Amedi / al-Amadiya, El Fasher / Al Fashir, En Nahud / Al Nuhud, Rueso / Ruso); background
paragraphs, threats, calls and plans. Four stories have no ACLED event: an accidental mine blast, a call for a general
strike with a president's warning, a wildfire told as a battle, a sentencing for a plot never carried out.

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL5 = FIXTURES / "trial5"
EXPECTED = FIXTURES / "trial5_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main after the
# twelfth session's rounds (the precision floor is the one-to-one figure's since coder72); raise, never lower.
# Fatalities raised on 53a8f7f (fifteenth session: coder81's other side's dead).
# Raised to the sixteenth session's final main (fd0bcf9: dates42-safe, coder84's background rule, geo40) by the lead.
# Raised to the seventeenth session's final main (c025fa4: merge32's head-copy fold, dates44-safe, geo41,
# coder86-remove) by the lead.
# raised on main 3f1a760 (the eighteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main 4c0b35d (the nineteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main e33daee (the twentieth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: fix 0.40->0.44, report 0.31->0.32)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.44->0.45)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.78->0.81, fix 0.45->0.48, fix 0.72->0.75, report
# 0.32->0.33, report 0.73->0.76)
# raised on main d160d6f (the lead's read at the session's end: fix 0.81->0.84, fix 0.48->0.50, fix 0.75->0.78, fix
# 0.88->0.89)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.50->0.62, report 0.33->0.41)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
FLOORS = {"fix": (0.84, 0.62, 0.78, 0.89, 0.67, 0.67), "report": (0.76, 0.41, 0.76, 0.99, 0.69, 0.82)}
NO_EVENT = {"chile", "france", "germany", "serbia"}  # a mine blast, a wildfire, a sentencing, a strike call
COLUMNS = {"nigeria-2025-03-04-news-in-brief.txt", "sri-lanka-2025-07-16-news-in-brief.txt"}


def test_the_halves_split_the_trial5_files_evenly() -> None:
    assert_split(TRIAL5, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=16,
                 earlier=("trial", "trial2", "trial3", "trial4"))


@pytest.mark.slow
def test_trial5_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL5, EXPECTED, FLOORS)
