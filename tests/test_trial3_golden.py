"""The third team-written trial set (tests/fixtures/trial3/, 24 articles, 47 gold events) against its gold file:
floors that may only go up.

Written blind by trial3 on 6 December 2026 (tenth session): the articles, every sentence in our own words, invented
events in real places, and their ACLED coding (tests/fixtures/trial3_expected.json, with the debatable decisions in
tests/fixtures/trial3_notes.md) were committed (branch `trial3-blind`) before the pipeline first ran on them. They
lean on the genres where issue 10's figures are weakest: terrorism and insurgency wires (two in capitals, with
"THIS MORNING" and "YESTERDAY"), bombings, an assassination, kidnappings, a rail line blown up and claims of
responsibility; local protest news (a hartal with a gherao, a land occupation and its eviction, road blockades,
a sit-in, a hunger strike, strikes and marches, police intervention at some); two brief-news columns whose items
are half not ACLED events (crashes, fires, floods, diplomacy, a customs seizure, blame); air, drone and artillery
strikes, clashes, looting, arson, arrests, a police station captured, a town handed over without a fight and a
truce; and hard cases: a lower-case report with a village under its police station and district, datelines away
from the event, a namesake town (Athens, Georgia, in a paper that names no state), transliterations, background
paragraphs, threats and calls to protest, a sentencing for an old arson, and a council row and a rugby derby told
as battles. Four stories have no ACLED event.

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL3 = FIXTURES / "trial3"
EXPECTED = FIXTURES / "trial3_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main; raise, never lower
# The precision floor is the one-to-one figure's since coder72 (twelfth session; it was the precision that
# forgives copies, 0.46 / 0.34, which folding a copy of a found event lowers).
# raised on main 3f1a760 (the eighteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main 4c0b35d (the nineteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: fix 0.37->0.38, report 0.37->0.40, report 0.54->0.59)
# raised on main 397fb0f (the lead's read at the session's end: fix 0.38->0.41)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.41->0.42, report 0.40->0.41)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.42->0.43)
# geo55 (issue 12, a village beside the town that locates it): report recall 0.682 -> 0.727 (15 -> 16 found), so
# fatalities of found 0.933 -> 0.875, found with the right toll level at 14: its floor 0.93 -> 0.87
# raised on main d160d6f (the lead's read at the session's end: fix 0.56->0.72, fix 0.43->0.54, fix 0.52->0.64, report
# 0.68->0.72, report 0.41->0.42, report 0.59->0.63)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.72->0.76, fix 0.54->0.65, fix 0.64->0.68, report
# 0.72->0.77, report 0.42->0.47, report 0.63->0.68, report 0.87->0.88)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
FLOORS = {"fix": (0.76, 0.65, 0.68, 1.00, 0.63, 0.73), "report": (0.77, 0.47, 0.68, 0.88, 0.88, 0.47)}
NO_EVENT = {"australia", "bangladesh", "niger", "united-kingdom"}  # a council row, a hartal call, a claim, a trial
COLUMNS = {"nigeria-2023-09-27-news-in-brief.txt", "pakistan-2025-03-05-news-in-brief.txt"}


def test_the_halves_split_the_trial3_files_evenly() -> None:
    assert_split(TRIAL3, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=16, earlier=("trial", "trial2"))


@pytest.mark.slow
def test_trial3_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL3, EXPECTED, FLOORS)
