"""The twenty-first team-written trial set (tests/fixtures/trial21/, 24 articles, 35 gold events) against its gold file:
floors that may only go up.

Written blind by trial21 on 8 December 2026 (twenty-seventh session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial21_expected.json, with the debatable
decisions in tests/fixtures/trial21_notes.md) were committed (branch `trial21-blind`, 93d6ca1) before the pipeline
first ran on them, and nothing in them changed after. The trial tests pass no publication date, so every dateline
carries its year or the body does, in several forms (a lower-case "havana, 20 july 2026", a German "Leposavić, 17.
Februar 2026 –", a Portuguese "PEMBA, 16 de junho de 2026 —", a military briefing's all-capitals "PRESS BRIEFING ON
MILITARY OPERATIONS, ABUJA, 8 JANUARY 2026" with each numbered item's day, a rights alert's "URGENT ALERT — 10 November
2026" over a timeline of dated weekdays, a column's "COUNTY BRIEFS — Saturday, June 13, 2026" and another's "Monday,
September 21, 2026" on the line under its title with weekdays only in the items, "KHAR, Bajaur: September 23, 2026"
with a colon, an ordinal "Kigali, Rwanda | May 4th, 2026", "MORONI, 30 November 2026 (wire) —", "NOUAKCHOTT
(Mauritania), 10 June 2026", a timeline's "MONDAY, JAN. 26 —" headings under "MOGADISHU, Jan 31, 2026 —", a "Press
statement" line over "Aden, 8 September 2026", a byline under "Chattogram, March 10, 2026"). The floors are the set's
figures on main 92743e1. 24 countries, each once: five in one earlier set (Comoros, Equatorial Guinea, Lesotho,
Namibia, Rwanda), ten in two (Cuba, Gabon, Guinea-Bissau, Kosovo, Liberia, Mauritania, Morocco, Nicaragua, Republic of
Congo, Timor-Leste), Afghanistan in three, and nine frequent conflict countries (Bangladesh, Cameroon, Kenya,
Mozambique, Yemen in five; Somalia in seven; Pakistan in eight; Nigeria in nine). The set is a representative mix of
the news a conflict researcher feeds the tool, not tilted toward any class being fixed, and adds shapes the earlier
sets had few of: shelling across a border and the next day's exchange of fire between two states' forces
(Afghanistan), a clash between two parties' supporters with a correction appended that changes the day (Bangladesh),
a kidnapping for ransom with the captors' video (Cameroon), an election-day clash and a polling station ransacked in
another town (Comoros), a blackout protest banging pots and the next day's arrests (Cuba), a police raid on an
opposition office (Equatorial Guinea), a lawyers' strike march and a gathering blocked the next day (Guinea-Bissau), a
road blockade cleared by riot police (Kosovo), a shooting at a funeral wake (Lesotho), a vigilante lynching in a
news-in-brief column (Liberia), a doctors' strike march and a sit-in in another city (Mauritania), water protests two
nights running (Morocco), an insurgent attack on a fishing camp and a clash the next day 25 km away (Mozambique), a
rights alert's timeline of arrests in two towns (Nicaragua), a defence headquarters' briefing in numbered paragraphs
with items that are no events (Nigeria), a local official shot by gunmen on a motorcycle and the next day's
shutter-down strike (Pakistan), an armed group taking a town unopposed, executing two men and withdrawing, told as a
timeline (Somalia), a clash between martial arts groups (Timor-Leste), a humanitarian group's statement on shelling and
a sniper killing (Yemen). Two brief-news columns, one per half (the Kenyan county briefs, the Liberian county news in
brief). Four stories have no ACLED event: a corruption verdict (Gabon), a state visit with agreements signed and a
march announced (Namibia), a train derailment in a former conflict zone (Republic of Congo), landslides (Rwanda).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL21 = FIXTURES / "trial21"
EXPECTED = FIXTURES / "trial21_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main 92743e1 (the
# twenty-seventh session's start), rounded down to two decimals; raise, never lower
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: fix 0.30->0.39, fix 0.81->0.90)
FLOORS = {"fix": (0.64, 0.39, 0.58, 0.90, 0.90, 0.81), "report": (0.72, 0.37, 0.66, 0.84, 0.76, 0.53)}
NO_EVENT = {"gabon", "namibia", "republic-of-congo", "rwanda"}  # verdict, state visit, train derailment, landslides
COLUMNS = {"kenya-2026-06-13-county-briefs-column.txt", "liberia-2026-09-21-county-news-in-brief.txt"}


def test_the_halves_split_the_trial21_files_evenly() -> None:
    assert_split(TRIAL21, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9",
                          "trial10", "trial11", "trial12", "trial13", "trial14", "trial15", "trial16", "trial17",
                          "trial18", "trial19", "trial20"))


@pytest.mark.slow
def test_trial21_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL21, EXPECTED, FLOORS)
