"""The fifteenth team-written trial set (tests/fixtures/trial15/, 24 articles, 40 gold events) against its gold file:
floors that may only go up.

Written blind by trial15 on 7 December 2026 (twenty-first session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial15_expected.json, with the debatable
decisions in tests/fixtures/trial15_notes.md) were committed (branch `trial15-blind`, 551310e) before the pipeline first
ran on them, and nothing in them changed after. The trial tests pass no publication date, so every dateline carries its
year, in several forms ("TRINIDAD, Beni, Sept. 17, 2025 -", a byline block "By our Guangzhou correspondent / 12 March
2026", "PORT-AU-PRINCE, Haiti - Saturday, Feb. 7, 2026" on a line of its own, "JAYAPURA, April 28 2026 -", a monitor's
"Issued in Maputo, 2 April 2026" whose entries give day and month, a place-less "(Thursday, 9 July 2026) -", "BIRGUNJ,
May 31, 2026 (Sunday) -", "PESHAWAR, Nov. 12, 2026 (wire) -", an all-capitals "KOROR, SATURDAY, 14 JUNE 2025 -", a
lower-case "san marino, tuesday 21 april 2026 -", two columns' header days and a live blog's "Monday 2 March 2026" above
its timestamps). The floors are the set's figures on main b1977e2. 24 countries, each once: nine in no earlier set
(China, Greenland, Martinique, Mayotte, Nauru, Palau, Puerto Rico, Saint Kitts and Nevis, San Marino), four in two
(Bolivia, Indonesia, Nepal, Zambia) and eleven frequent conflict countries in three or more (DR Congo, Haiti, Lebanon,
Mali, Mozambique, Myanmar, Nigeria, Pakistan, Somalia, Sudan, Ukraine). The set is a representative mix of the news a
conflict researcher feeds the tool, not tilted toward any class being fixed, and adds shapes the earlier sets had few
of: a live blog with timestamps, a later entry's raised toll and a strike across the border (Ukraine; the refinery coded
in Russia), an NGO's monthly summary of five incidents (Mozambique), an attack reported a week late (Mali), a funeral
story with a toll revised upward (DR Congo), a commemoration march (Lebanon), a kidnapping for ransom and a release of
hostages (Nigeria), a drone strike each side blames on the other (Sudan), a protest that turns into a riot (Nepal)
beside a march followed by others' night riot (Martinique), mob violence against migrants' homes (Mayotte), a three-day
sit-in told once (Saint Kitts and Nevis), a looting spree (Haiti), an ambush told in the passive voice (Somalia), a
correction that lowers a toll (Nepal), translated quotes, transliteration variants (Kyaukmyaung / Kyauk Myaung, Tabayin
/ Depayin), namesakes (Trinidad of Beni, Chang'an of Dongguan) and headlines in capitals. Four stories have no ACLED
event: a court ruling on a mine (Greenland), a ministerial visit with no agreement signed (Nauru), a typhoon (Palau), an
accidental fireworks blast (Puerto Rico).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the fix
half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is read,
and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news: write new
articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL15 = FIXTURES / "trial15"
EXPECTED = FIXTURES / "trial15_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main b1977e2 (the
# twenty-first session's start), rounded down to two decimals; raise, never lower
# raised on main caa3a83 (the lead's read at the session's end: fix 0.39->0.47, fix 0.23->0.28, fix 0.13->0.43, fix
# 0.66->0.81, report 0.21->0.22)
# raised on main 397fb0f (the lead's read at the session's end: fix 0.47->0.52, fix 0.28->0.38, fix 0.43->0.52, fix
# 0.81->0.99)
# raised on main ac7be1f (the lead's read at the session's end: report 0.52->0.58, report 0.47->0.52, report 0.77->0.90)
# raised on main 4307cf5 (the lead's read at the session's end: report 0.22->0.23, report 0.52->0.58)
# raised on main d160d6f (the lead's read at the session's end: fix 0.52->0.60, fix 0.38->0.45, fix 0.52->0.60)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.45->0.48, report 0.23->0.27)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: fix 0.60->0.73, fix 0.48->0.55, fix 0.60->0.65, fix
# 0.64->0.70, fix 0.71->0.76)
FLOORS = {"fix": (0.73, 0.55, 0.65, 0.99, 0.70, 0.76), "report": (0.58, 0.27, 0.58, 0.90, 0.80, 0.60)}
NO_EVENT = {"greenland", "nauru", "palau", "puerto-rico"}  # court ruling, visit with no deal, typhoon, accidental blast
COLUMNS = {"saint-kitts-and-nevis-2026-02-27-basseterre-around-the-federation.txt",
           "zambia-2025-11-20-lusaka-news-digest.txt"}


def test_the_halves_split_the_trial15_files_evenly() -> None:
    assert_split(TRIAL15, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9",
                          "trial10", "trial11", "trial12", "trial13", "trial14"))


@pytest.mark.slow
def test_trial15_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL15, EXPECTED, FLOORS)
