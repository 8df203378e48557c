"""The fourteenth team-written trial set (tests/fixtures/trial14/, 24 articles, 32 gold events) against its gold file:
floors that may only go up.

Written blind by trial14 on 7 December 2026 (twentieth session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial14_expected.json, with the debatable
decisions in tests/fixtures/trial14_notes.md) were committed at 03:42 UTC (branch `trial14-blind`, f6720af) before
the pipeline first ran on them, and nothing in them changed after. Trial7's lesson was applied before that commit:
the trial tests pass no publication date, so every dateline carries its year or the body does, in several forms
("KABUL, 24 March 2026 (wire) -", "ANDORRA LA VELLA, Wednesday 18 February 2026 -", "NIAMEY, Oct. 9, 2025 (wire) -",
an all-capitals "BOUAKE, SATURDAY 3 JANUARY 2026 -", a lower-case "honiara, thursday 16 july 2026 -", a police press
release "St. John's, Thursday 9 October 2025", incident notes "(compiled in Cotonou, 20 May 2025)" whose every entry
is dated in full, a flash update "Ouagadougou, 28 November 2025" whose bullets give day and month, a press-conference
transcript "Bangui, Wednesday 15 April 2026", two columns' header days, and a weekday-only "TUESDAY -" whose year is
in the body's "Sunday, 12 April 2026"). The floors are the set's figures on main 3106e39.
24 countries, each once: eight in no earlier set (Andorra, Antigua and Barbuda, Brunei, Eritrea, Grenada, Kiribati,
Liechtenstein, Turkmenistan), one region of a large country (Mexico's Chiapas), seven in one earlier set (Côte
d'Ivoire, El Salvador, Eswatini, Guinea-Bissau, Sierra Leone, Solomon Islands, Zimbabwe) and eight in two
(Afghanistan, Benin, Burkina Faso, Burundi, Cambodia, Central African Republic, Niger, South Sudan). The set is a
representative mix of the news a conflict researcher feeds the tool, not tilted toward any class being fixed, and adds
shapes the earlier sets had few of: a humanitarian flash update with displacement figures beside the events (Burkina
Faso), a police press release of a raid with weapons seized (Antigua and Barbuda), a press-conference transcript in
which a minister lists incidents (Central African Republic), a strike with a picket line (Liechtenstein: a protest)
and a lock-out (Andorra: none), a planned gathering called off (Brunei), a self-immolation (Turkmenistan), a lynching
(Mexico, Chiapas), a prison break on New Year's Eve published in January (Côte d'Ivoire), a landmine that kills
herders (South Sudan), a mass grave found (El Salvador), a curfew and a state of emergency (Sierra Leone), a deal
signed abroad (Cambodia: Kuala Lumpur), numbers in words ("a dozen", "more than 20"), a one-sentence brief
(Guinea-Bissau) and a lead whose wrong day a later paragraph corrects (Niger). Four stories have no ACLED event: a
lock-out (Andorra), a gathering called off (Brunei), a mass grave found (El Salvador), a fuel-depot fire struck by
lightning (Kiribati).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL14 = FIXTURES / "trial14"
EXPECTED = FIXTURES / "trial14_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main 3106e39 (the
# twentieth session's start), rounded down to two decimals; raise, never lower. dates50 raised the fix half's
# recall with date to 0.61 (a correction notice's day, weekdays with their day number); coder96 raised the fix half
# to 0.92 / 0.52 / 0.84 / 0.83 (a clash told as "engaged", a one-sentence brief's scattered traders, a
# self-immolation as a protest)
# geo47 (twenty-first session) found the fix half's Grays Farm clash (recall 0.92 -> 1.00, one to one 0.52 -> 0.56)
# with no toll where the gold has one: the tolls right stay 10, now of 13 events found, so fatalities of found
# 0.83 -> 0.76 is a ratio over one more event, not a toll lost; its floor follows it down this once
# raised on main caa3a83 (the lead's read at the session's end: fix 0.56->0.68, fix 0.76->0.92, report 0.42->0.47)
# raised on main ac7be1f (the lead's read at the session's end: report 0.37->0.39)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.92->0.99, report 0.39->0.40)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.68->0.92, report 0.40->0.42)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
FLOORS = {"fix": (0.99, 0.92, 0.84, 0.99, 0.53, 0.69), "report": (0.57, 0.42, 0.47, 0.90, 0.81, 0.72)}
NO_EVENT = {"andorra", "brunei", "el-salvador", "kiribati"}  # lock-out, gathering called off, mass grave, fire
COLUMNS = {"eswatini-2026-05-22-mbabane-news-in-brief.txt", "grenada-2025-12-12-st-georges-news-in-brief.txt"}


def test_the_halves_split_the_trial14_files_evenly() -> None:
    assert_split(TRIAL14, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9",
                          "trial10", "trial11", "trial12", "trial13"))


@pytest.mark.slow
def test_trial14_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL14, EXPECTED, FLOORS)
