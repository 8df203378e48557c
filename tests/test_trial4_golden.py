"""The fourth team-written trial set (tests/fixtures/trial4/, 24 articles, 47 gold events) against its gold file:
floors that may only go up.

Written blind by trial4 on 6 December 2026 (eleventh session): the articles, every sentence in our own words, invented
events in real places, and their ACLED coding (tests/fixtures/trial4_expected.json, with the debatable decisions in
tests/fixtures/trial4_notes.md) were committed (branch `trial4-blind`, 027dd18) before the pipeline first ran on
them. The set is a representative mix of the news a conflict researcher feeds the tool, not tilted toward any class
being fixed: terrorism and insurgency wires (Kabul and Aden in capitals with "-- ends", datelines away from the event,
a minibus bomb, a car bomb, an IED, an assassination, a kidnapping, a mast set on fire, claims of responsibility and
a denial); local protest news (a rasta roko, a gherao, an effigy burnt, a hunger strike, a railway sit-in removed at
night, blockades cleared with tear gas, a student riot, marches, a nurses' rally); two brief-news columns whose items
are more than half not ACLED events (crashes, lightning, floods, fraud, a gold seizure, ministers' talks, blame); air
and drone strikes, shelling, clan clashes, looting, property destruction, arrests, a base overrun, a town handed over
without a fight, a peace agreement, in ACLED-note style too; and hard cases: a lower-case report with a village under
its police station and district, a namesake town (London, Ontario, in a paper that names no province),
transliterations (Gerba / Gebre Guracha, Moularès / Oum Larayes, Kfar Kila / Kfarkela), background paragraphs,
threats and calls to protest, a sentencing for an old arson, a parliamentary row told as a battle, a disaster drill
with simulated blasts. Four stories have no ACLED event.

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL4 = FIXTURES / "trial4"
EXPECTED = FIXTURES / "trial4_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main; raise, never lower
# The precision floor is the one-to-one figure's since coder72 (twelfth session; it was the precision that
# forgives copies, 0.40 / 0.31, which folding a copy of a found event lowers). Raised on 53a8f7f (fifteenth session).
# raised on main 3f1a760 (the eighteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: fix 0.42->0.43, report 0.28->0.29)
# raised on main 397fb0f (the lead's read at the session's end: fix 0.43->0.44)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.73->0.78, fix 0.44->0.50, fix 0.69->0.73, fix
# 0.82->0.83)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.50->0.54)
# raised on main d160d6f (the lead's read at the session's end: fix 0.73->0.78, fix 0.83->0.88)
# lowered by coder119 for the export's view (the trial sets now score it: events marked background and the gold's
# background entries left out; `eval trials --view all` prints the old lines, identical to main 315f76e):
# report recall
# 0.458 -> 0.417 with main's own flags (summary line only; one to one 0.297 -> 0.323)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.54->0.62, report 0.29->0.32)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
FLOORS = {"fix": (0.78, 0.62, 0.78, 0.88, 0.72, 0.55), "report": (0.41, 0.32, 0.41, 0.90, 0.80, 0.70)}
NO_EVENT = {"belgium", "ireland", "japan", "zimbabwe"}  # a sentencing, a Dáil row, a drill, a stayaway call
COLUMNS = {"malawi-2024-11-05-news-in-brief.txt", "nepal-2025-08-13-news-in-brief.txt"}


def test_the_halves_split_the_trial4_files_evenly() -> None:
    assert_split(TRIAL4, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=16,
                 earlier=("trial", "trial2", "trial3"))


@pytest.mark.slow
def test_trial4_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL4, EXPECTED, FLOORS)
