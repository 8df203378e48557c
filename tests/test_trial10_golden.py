"""The tenth team-written trial set (tests/fixtures/trial10/, 24 articles, 42 gold events) against its gold file:
floors that may only go up.

Written blind by trial10 on 6 December 2026 (sixteenth session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial10_expected.json, with the debatable
decisions in tests/fixtures/trial10_notes.md) were committed at 16:56 UTC (branch `trial10-blind`, 2347dca) before
the pipeline first ran on them, and nothing in them changed after. Trial7's lesson was applied before that commit:
the trial tests pass no publication date, so every dateline carries its year, in several forms ("SOFIA, Jan 21 2026
(wire) -", "LIBREVILLE, Oct. 8, 2025 (wire) -", "ALMATY, Kazakhstan, May 14, 2026 (wire) -", "GUATEMALA CITY, 17
February 2026 -", "VIENTIANE, Sept 16 2025 -", a lower-case "suva, tuesday 3 march 2026 -", an all-capitals "BELIZE
CITY, WEDNESDAY, 12 NOVEMBER 2025 -", a feature's "Maun, 2 June 2025 - By our correspondent", a ministry's
"Information. Baku, 12 June 2024", an armed group's "PRESS RELEASE No. 04/2025, issued 20 February 2025", a
liveblog's "Tuesday, 9 July 2024 - all times local", a report "released in Nairobi on 18 June 2025"), the two columns
print their day in the header and the incident-notes page dates every entry in full. The floors are the set's
figures on main 69dc801. 24 countries, each once, 17 of them in no earlier set (Azerbaijan, Bahrain, Belize,
Botswana, Bulgaria, Comoros, Djibouti, Fiji, Gabon, Hungary, Israel, Laos, Montenegro, Netherlands, Trinidad and
Tobago, Uruguay, Uzbekistan) and seven in one earlier set each (Burundi, Cambodia, Guatemala, Kazakhstan, Madagascar,
Nepal, Tanzania); Thailand and Lebanon appear as events inside Cambodia's and Israel's stories. The set is a
representative mix of the news a conflict researcher feeds the tool, not tilted toward any class being fixed, and
adds genres the earlier sets had few of: a long feature with one event deep inside (Botswana, Seronga), a liveblog of
timestamped updates retelling one barrage five times (Israel: Kiryat Shmona, Metula, Khiam in Lebanon), a ministry's
press release (Azerbaijan, a claimed exchange of fire near Zar, denied in Yerevan) and an armed group's (Djibouti,
FRUD-Armed's claimed attack near Randa and huts burnt near Sagallou), a human-rights report excerpt with dated past
incidents (Tanzania: an abduction in Dar es Salaam, a rally broken up in Moshi, an office burnt in Mbeya), a sports
story that names a war only as background (Montenegro, a Kharkiv water polo club in Budva); and the usual wires in
capitals (Sofia, Libreville, Guatemala City, Moroni) and with datelines away from the event (Phnom Penh for O'Smach,
Almaty for Zhanaozen, Antananarivo for Ihosy and Ivohibe, The Hague for Rijswijk, Tashkent for Andijan, Manama for
Diraz and Sitra), an ACLED-note-style page (Burundi, 6-12 April 2026), a lower-case local report (Navua) and an
all-capitals one (Belize City); shelling with a revised toll (two -> 3), a claimed rocket attack, an old landmine, a
ceasefire agreed at a checkpoint, a grenade in a bar (two -> three), a gang's ambush with the police firing back
(two -> three officers and an attacker), a cattle raid with boys taken, riots over power and water cuts, a
festival attacked, student unions' fight, blockades, arrests the next day, a contingent back from a foreign war;
victims treated in other towns (Samraong, Siem Reap, Safed, Fianarantsoa, Delft, Bubanza), statements made in other
towns (Yerevan, London, Belmopan, Bangkok, Tel Aviv, Dodoma, Bishkek); transliterations (O'Smach / Ou Smach,
Zhanaozen / Janaozen, Safed / Tzfat) and namesakes (San Fernando, Villa Nueva, Ambatomainty, Rijswijk); two
brief-news columns whose items are mostly not ACLED events (Nepal, Trinidad and Tobago: 4 ACLED items, 10 that are
not).
Four stories have no ACLED event: a court's fines for a banned march's organisers (Hungary), floods with a revised
toll (Laos), a water polo club in exile (Montenegro), a union federation's strike call (Uruguay).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL10 = FIXTURES / "trial10"
EXPECTED = FIXTURES / "trial10_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main 69dc801 (the
# sixteenth session's start), rounded down to two decimals; raise, never lower. geo41 (seventeenth session): the
# fix half's recall 0.636 -> 0.682 and one to one 0.326 -> 0.349 (cambodia's Thursday shelling found at O'Smach,
# not Mean Chey in Phnom Penh); that event, now found, carries its first toll 2 (the revised 3 is not taken, the
# set's toll class), so fatalities of found 13/14 -> 13/15 (0.929 -> 0.867): its floor lowered once, 0.92 -> 0.86,
# confirmed by the lead (the newly found shelling carries its first toll); the recall and one-to-one floors raised
# Raised to the seventeenth session's final main (c025fa4: merge32's head-copy fold, dates44-safe, geo41,
# coder86-remove) by the lead.
# raised on main 3f1a760 (the eighteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main 4c0b35d (the nineteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main e33daee (the twentieth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: fix 0.45->0.48, report 0.34->0.36)
# raised on main 397fb0f (the lead's read at the session's end: fix 0.72->0.77, fix 0.48->0.51, fix 0.40->0.45, fix
# 0.93->0.94)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.45->0.63, fix 0.94->0.99, report 0.36->0.37,
# report 0.55->0.60)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.77->0.86, fix 0.51->0.63, fix 0.63->0.77, report
# 0.37->0.38)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.63->0.73, fix 0.77->0.86, report 0.38->0.40)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: report 0.40->0.41)
FLOORS = {"fix": (0.86, 0.73, 0.86, 0.99, 0.63, 0.68), "report": (0.65, 0.41, 0.60, 0.69, 0.69, 0.69)}
NO_EVENT = {"hungary", "laos", "montenegro", "uruguay"}  # court fines, floods, water polo in exile, strike call
COLUMNS = {"nepal-2026-02-12-kathmandu-digest.txt", "trinidad-and-tobago-2025-07-19-news-in-brief.txt"}


def test_the_halves_split_the_trial10_files_evenly() -> None:
    assert_split(TRIAL10, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9"))


@pytest.mark.slow
def test_trial10_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL10, EXPECTED, FLOORS)
