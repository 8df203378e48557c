"""The eleventh team-written trial set (tests/fixtures/trial11/, 24 articles, 39 gold events) against its gold file:
floors that may only go up.

Written blind by trial11 on 6 December 2026 (seventeenth session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial11_expected.json, with the debatable
decisions in tests/fixtures/trial11_notes.md) were committed at 19:40 UTC (branch `trial11-blind`, c0914a9) before
the pipeline first ran on them, and nothing in them changed after. Trial7's lesson was applied before that commit:
the trial tests pass no publication date, so every dateline carries its year, in several forms ("VIENNA, May 2, 2025
(wire) -", "STOCKHOLM, Nov 20 2025 (wire) -", "LIBREVILLE, Gabon, July 24, 2025 (wire) -", "MUSCAT, June 10 2025 -",
a translated-style "SKOPJE, 18.05.2026 -", a lower-case "ostrava, monday 9 march 2026 -", an all-capitals
"BRATISLAVA, MONDAY 26 JANUARY 2026 -", a radio transcript's "KATIMA MULILO, WEDNESDAY 29 JANUARY 2025 (transcript)",
a parliament record's sitting day and publication day, a court record's "Zagreb, 9 October 2024", a correction's
"published in Nicosia, 21 August 2025", an NGO report "Issued ... in Luanda on 18 September 2025", an incident-notes
page whose every entry is dated in full, two columns' header days). The floors are the set's figures on main 2f948bd.
24 countries, each once, 23 of them in no earlier set (Austria, Barbados, Croatia, Cyprus, Czechia, Denmark,
Equatorial Guinea, Estonia, Finland, Kuwait, Latvia, Lithuania, Maldives, Mauritius, Namibia, North Macedonia, Oman,
Portugal, Saudi Arabia, Slovakia, Suriname, Sweden, Vanuatu) and Angola (one earlier set). The set is a
representative mix of the news a conflict researcher feeds the tool, not tilted toward any class being fixed, and
adds shapes the earlier sets had few of: a local radio bulletin's transcript (Namibia, an exchange of fire with
poachers near Kongola), a parliament's verbatim record that names past incidents only (Estonia), a court's record of
an old attack's trial (Croatia), an NGO situation report with numbered items (Angola: an ambush near Buco-Zau with a
claimed and a local toll, an abduction at Necuto, a health post looted at Miconje, a namesake Belize), a correction
notice that moves an arson from Larnaca to Limassol and revises its toll (Cyprus), a story whose event is in the
neighbouring country of its dateline (Libreville for Ebebiyin, the wounded treated in Bitam), a translated-style
article (North Macedonia: Tetovo / Tetovë, a stabbed man moved to Skopje); and the usual wires in capitals (Vienna,
Lisbon, Male, Port Louis, Copenhagen) and with datelines away from the event (Riyadh for al-Khubah near Samtah, a toll
two -> three and a denial in Sanaa; Stockholm for Uppsala; Riga for Rezekne / Rēzekne; Vilnius for Grigiskes and
Kaunas; Port Vila for Tanna's fight and truce), an ACLED-note-style page (Suriname), a lower-case local report
(Ostrava, fans' riot) and an all-capitals one (Bratislava, Kosice, Banska Bystrica), an accident (Kuwait), floods
(Oman), a revised-down toll (Mauritius two -> one), arrests on later days, two brief-news columns whose items are
mostly not ACLED events (Barbados, Finland: 4 ACLED items, 12 that are not).
Four stories have no ACLED event: a court's hearing on a 2023 attack (Croatia), a parliament's debate (Estonia), a
refinery fire (Kuwait), floods with a revised toll (Oman).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL11 = FIXTURES / "trial11"
EXPECTED = FIXTURES / "trial11_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main 2f948bd (the
# seventeenth session's start), rounded down to two decimals (the report half's fatalities 1.000 a hair under, 0.99);
# raise, never lower
# raised on main 3f1a760 (the eighteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main 4c0b35d (the nineteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: report 0.36->0.37)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.65->0.68, fix 0.54->0.59, fix 0.87->0.93)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.72->0.77, fix 0.68->0.76, fix 0.59->0.63, fix
# 0.93->0.94)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.63->0.68, report 0.37->0.39)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: fix 0.94->0.99)
FLOORS = {"fix": (0.77, 0.76, 0.68, 0.99, 0.76, 0.88), "report": (0.70, 0.39, 0.64, 0.99, 0.83, 0.75)}
NO_EVENT = {"croatia", "estonia", "kuwait", "oman"}  # court hearing, parliament debate, refinery fire, floods
COLUMNS = {"barbados-2026-01-14-bridgetown-news-in-brief.txt", "finland-2025-12-05-helsinki-news-roundup.txt"}


def test_the_halves_split_the_trial11_files_evenly() -> None:
    assert_split(TRIAL11, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9",
                          "trial10"))


@pytest.mark.slow
def test_trial11_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL11, EXPECTED, FLOORS)
