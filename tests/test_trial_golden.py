"""The team-written trial set (tests/fixtures/trial/, 24 articles) against its gold file, written blind before the
first run of the pipeline on it (5 December 2026): floors that may only go up.

The set is split in two by position in sorted file-name order: the even positions (0, 2, ...) are the half whose
errors were read and fixed on; the odd positions are the reported half, whose figures are the README's and whose
errors are not to be read for fixes (read them and it stops being a test of unseen news; write new articles).
"""

from __future__ import annotations

import pytest

from eventwatch.evaluation.golden import halves, load_expected
from trial_sets import FIXTURES, assert_floors

TRIAL = FIXTURES / "trial"
EXPECTED = FIXTURES / "trial_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on this code; raise,
# never lower.
# The report half's recall and precision came down once, 0.69 / 0.36 -> 0.65 / 0.34, when the scorer began to
# require the expected country (one event at a namesake abroad had counted as found); no extraction changed.
# The precision floor is the one-to-one figure's since coder72 (twelfth session; it was the precision that
# forgives copies, 0.66 / 0.34, which folding a copy of a found event lowers).
# raised on main 4c0b35d (the nineteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: fix 0.65->0.68, fix 0.81->0.87)
# raised on main 397fb0f (the lead's read at the session's end: fix 0.72->0.77, fix 0.68->0.72, fix 0.72->0.77, fix
# 0.87->0.88)
# raised on main ac7be1f (the lead's read at the session's end: report 0.34->0.36)
# raised on main 4307cf5 (the lead's read at the session's end: report 0.36->0.37)
# lowered by coder114 (report one to one 0.37->0.35, fatalities of found 0.73->0.66, summary line read only): an old
# month or day told after a story's lead is background, no event (docs/rules/extraction.md), and this set's gold,
# written before the later sets' "Background is not coded", lists such occurrences marked "background": true; the
# report half lost one such found event (40 -> 39 extracted); 22 halves of the other sets rose
# raised on main d160d6f (the lead's read at the session's end: fix 0.77->0.81, fix 0.72->0.77, fix 0.77->0.81, report
# 0.35->0.38, report 0.66->0.73)
# lowered by coder119 for the export's view (the trial sets now score it: events marked background and the gold's
# background entries left out; `eval trials --view all` prints the old lines, identical to main 315f76e):
# this set's gold lists
# found background occurrences (fix 1, report 2), now out of both sides: fix one to one 0.773 -> 0.762, report
# 0.652 -> 0.619, 0.385 -> 0.351, 0.609 -> 0.571, 0.733 -> 0.692 (summary line only)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: fix 0.81->0.85, fix 0.76->0.77, fix 0.81->0.85, fix
# 0.58->0.61, fix 0.58->0.72)
FLOORS = {"fix": (0.85, 0.77, 0.85, 0.88, 0.61, 0.72), "report": (0.61, 0.35, 0.57, 0.69, 0.61, 0.69)}


def test_the_halves_split_the_trial_files_evenly() -> None:
    expected = load_expected(EXPECTED)
    files = sorted(p.name for p in TRIAL.glob("*.txt"))
    assert sorted(expected) == files and len(files) == 24
    parts = halves(files)
    assert len(parts["fix"]) == len(parts["report"]) == 12
    assert sum(1 for n in parts["report"] if not expected[n]) == 2  # two stories with no ACLED event in each half
    assert sum(1 for n in parts["fix"] if not expected[n]) == 2


@pytest.mark.slow
def test_trial_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL, EXPECTED, FLOORS)
