"""The second team-written trial set (tests/fixtures/trial2/, 24 articles, 42 gold events) against its gold file:
floors that may only go up.

Written blind by trial2 on 5 December 2026 (ninth session): the articles, every sentence in our own words, and their
ACLED coding (tests/fixtures/trial2_expected.json, with the debatable decisions in tests/fixtures/trial2_notes.md)
were committed (branch `trial2-blind`) before the pipeline first ran on them. They cover what the first set lacks:
a lower-case police report with a village the gazetteer may not know, a terrorism wire in capitals, labour, student
and road-blockade protests, a US local paper's namesake town, an ACLED-note-like brief, a roundup of several towns
and days, background paragraphs, a trial, threats and ultimatums, strategic developments, drone, chemical and
suicide attacks, an abduction, sexual violence, a landmine, a convoy bomb, transliterated names, datelines away from
the event, and four stories with no ACLED event.

The set is split as the first one: by position in sorted file-name order, the even positions (0, 2, ...) are the fix
half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL2 = FIXTURES / "trial2"
EXPECTED = FIXTURES / "trial2_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main; raise, never lower
# The precision floor is the one-to-one figure's since coder72 (twelfth session; it was the precision that
# forgives copies, 0.51 / 0.20, which folding a copy of a found event lowers).
# Raised to the sixteenth session's final main (fd0bcf9: dates42-safe, coder84's background rule, geo40) by the lead.
# raised on main 3f1a760 (the eighteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: fix 0.47->0.50)
# raised on main 397fb0f (the lead's read at the session's end: fix 0.50->0.52, report 0.15->0.16)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.52->0.57, fix 0.95->0.99, report 0.38->0.44,
# report 0.16->0.18, report 0.33->0.38, report 0.85->0.87)
# raised on main 4307cf5 (the lead's read at the session's end: report 0.18->0.19, report 0.87->0.99)
# raised on main d160d6f (the lead's read at the session's end: fix 0.83->0.87, fix 0.57->0.60, fix 0.83->0.87, report
# 0.44->0.50, report 0.19->0.21)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.60->0.63, report 0.21->0.23)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
FLOORS = {"fix": (0.87, 0.63, 0.87, 0.99, 0.66, 0.71), "report": (0.50, 0.23, 0.38, 0.99, 0.55, 0.77)}
NO_EVENT = {"canada", "greece", "indonesia", "united-kingdom"}  # a crime, a diplomacy meeting, a disaster, a match


def test_the_halves_split_the_trial2_files_evenly() -> None:
    assert_split(TRIAL2, EXPECTED, no_event=NO_EVENT, columns=set(), min_countries=14, earlier=("trial",))


@pytest.mark.slow
def test_trial2_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL2, EXPECTED, FLOORS)
