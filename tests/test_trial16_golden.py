"""The sixteenth team-written trial set (tests/fixtures/trial16/, 24 articles, 40 gold events) against its gold file:
floors that may only go up.

Written blind by trial16 on 7 December 2026 (twenty-second session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial16_expected.json, with the debatable
decisions in tests/fixtures/trial16_notes.md) were committed (branch `trial16-blind`, b386419) before the pipeline first
ran on them, and nothing in them changed after. The trial tests pass no publication date, so every dateline carries its
year, in several forms ("DHAKA, Feb 13, 2026 -", a byline block "By our correspondent / GUAYAQUIL, Wednesday 3 December
2025", a situation report's "Issued: 10 April 2026" whose items give day and month, a prefecture's French "Cayenne, le
vendredi 26 septembre 2025", a French headline above "SFAX, 14 février 2026 –", a numeric "OSH, 26.02.2026 -", "ERBIL,
Iraq, Oct 15 2025 -", a police blotter's "Monday, August 18, 2025" above items dated by weekday, photo captions with
their own days under "Published Thursday 5 March 2026", "COTABATO CITY, Philippines (Dec. 20, 2025) –" under a headline
in capitals, a lower-case "kilinochchi, monday 31 august 2026 —" above its headline). The floors are the set's figures
on main ed3aa19. 24 countries, each once: five in no earlier set (French Guiana, Guadeloupe, Guam, Marshall Islands,
Réunion), one in one (Qatar), eight in two (Ecuador, Ghana, Guatemala, Kyrgyzstan, Mexico, Palestine, Sri Lanka,
Tunisia) and ten frequent conflict countries in three or more (Bangladesh, Cameroon, Chad, Colombia, DR Congo, Ethiopia,
Iraq, Myanmar, Philippines, Sudan). The set is a representative mix of the news a conflict researcher feeds the tool,
not tilted toward any class being fixed, and adds shapes the earlier sets had few of: an election-day incident log
(Bangladesh), a mass abduction with a rescue the next day (Cameroon), a refugee-camp clash with its hosts (Chad), an
explosive device defused (Colombia) and a grenade made safe the morning after a grenade attack on a bar (Philippines),
peacekeepers fighting off an attack on a displacement site (DR Congo), a prison riot between gangs (Ecuador), a
humanitarian situation report in numbered items (Ethiopia), a prefecture's press release in translation (French
Guiana), a chieftaincy gunfight and a road blocked over a curfew (Ghana), a dockers' strike with a road blockade
(Guadeloupe), a police blotter (Guam), a regional round-up of five countries under one country's name (Guatemala),
cross-border shelling on two days (Iraq), a targeted killing of a former mayor (Mexico), photo captions with a file
photo (Myanmar), a settler attack whose victim dies the next day (Palestine), a relay hunger strike (Sri Lanka), a story
told mostly in survivors' quotes (Sudan), a camp clearance resisted with stones (Tunisia). Four stories have no ACLED
event: an earthquake with troops sent to the rescue (Kyrgyzstan), a missile test at a range (Marshall Islands), a
fact-check that debunks a viral "drone strike" video (Qatar), soldiers deployed against mosquitoes (Réunion).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the fix
half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is read,
and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news: write new
articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL16 = FIXTURES / "trial16"
EXPECTED = FIXTURES / "trial16_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main ed3aa19 (the
# twenty-second session's start), rounded down to two decimals; raise, never lower
# raised on main 397fb0f (the lead's read at the session's end: fix 0.36->0.42, fix 0.17->0.20, fix 0.15->0.42, fix
# 0.85->0.99, report 0.21->0.26, report 0.23->0.42)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.42->0.47, fix 0.20->0.24, fix 0.42->0.47, report
# 0.57->0.61, report 0.26->0.28, report 0.42->0.47, report 0.83->0.84)
# lowered on branch geo53 (fix fatalities of found 0.99 -> 0.90): its shelling near Sidakan is now found (one to one
# 0.243 -> 0.270, recall 0.474 -> 0.579), and the scorer's "found" lets that one event (1 dead, the first day) stand
# for the second day's gold too (0 dead); no event's toll changed
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.47->0.57, fix 0.24->0.27, fix 0.47->0.52)
# geo55 (issue 12, a village beside the town that locates it): report recall 0.619 -> 0.667 (13 -> 14 found), so
# fatalities of found 0.846 -> 0.786, found with the right toll level at 11: its floor 0.84 -> 0.78
# lowered on branch coder118 (fix fatalities of found 0.90 -> 0.83): the paramilitary's attack on a village is now an
# Attack and found (one to one 0.278 -> 0.306, recall 0.579 -> 0.632, with the date 0.526 -> 0.579); its toll is a
# quoted count of bodies the event does not carry (10 of 11 tolls right -> 10 of 12); no event's toll changed
# raised on main d160d6f (the lead's read at the session's end: fix 0.57->0.63, fix 0.27->0.32, fix 0.52->0.57, report
# 0.61->0.66, report 0.28->0.31, report 0.47->0.52)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.32->0.34, report 0.31->0.33, report 0.78->0.85)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: fix 0.63->0.73, fix 0.34->0.41, fix 0.57->0.63, fix
# 0.83->0.85, fix 0.58->0.64)
FLOORS = {"fix": (0.73, 0.41, 0.63, 0.85, 0.64, 0.50), "report": (0.66, 0.33, 0.52, 0.85, 0.85, 0.50)}
NO_EVENT = {"kyrgyzstan", "marshall-islands", "qatar", "reunion"}  # earthquake, missile test, fact-check, mosquitoes
COLUMNS = {"guam-2025-08-18-police-blotter.txt", "guatemala-2026-07-02-central-america-week-in-brief.txt"}


def test_the_halves_split_the_trial16_files_evenly() -> None:
    assert_split(TRIAL16, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9",
                          "trial10", "trial11", "trial12", "trial13", "trial14", "trial15"))


@pytest.mark.slow
def test_trial16_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL16, EXPECTED, FLOORS)
