"""The twelfth team-written trial set (tests/fixtures/trial12/, 24 articles, 34 gold events) against its gold file:
floors that may only go up.

Written blind by trial12 on 6 December 2026 (eighteenth session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial12_expected.json, with the debatable
decisions in tests/fixtures/trial12_notes.md) were committed at 22:05 UTC (branch `trial12-blind`, 6d9f2d4) before
the pipeline first ran on them, and nothing in them changed after. Trial7's lesson was applied before that commit:
the trial tests pass no publication date, so every dateline carries its year, in several forms ("YEREVAN, March 17,
2026 (wire) -", "NASSAU, Aug. 14, 2025 -", "MOSCOW, Sept 23, 2025 (wire) -", "CHISINAU, 8 October 2025 -",
"APIA, Friday 11 July 2025 -", an all-capitals "PRAIA, TUESDAY 6 MAY 2025 -", a lower-case "nuku'alofa, thursday 20
november 2025 -", a timeline's "La Paz, 23 February 2026", an interview's "Bishkek, 12 May 2026.", an opinion piece's
"Geneva, 14 September 2026", a press review's "Ljubljana, Wednesday 10 December 2025", a police log's weekend with
every entry's weekday and date, incident notes "compiled in Brazzaville, 10 June 2024" whose every entry is dated in
full, a column's header day). The floors are the set's figures on main f5c7535.
24 countries, each once, 14 of them in no earlier set (Bahamas, Cape Verde, Iceland, Luxembourg, Malta, New Zealand,
Norway, Saint Lucia, Samoa, Seychelles, Slovenia, Switzerland, Taiwan, Tonga), eight in one earlier set (Bolivia,
Egypt, Kyrgyzstan, Liberia, Mauritania, Moldova, Republic of Congo, Russia) and two in two (Armenia, Thailand). The
set is a representative mix of the news a conflict researcher feeds the tool, not tilted toward any class being fixed,
and adds shapes the earlier sets had few of: a timeline of three weeks' dated incidents with a background entry
(Bolivia: a blockade at Parotani peaceful, then violent on a later day, a toll booth burnt at Caracollo, a march and a
truce in Cochabamba), an interview in questions and answers (Kyrgyzstan: border guards' exchange of fire near Kok-Tash,
the wounded in Batken and Osh), an opinion piece with one current event among commentary (Switzerland: Zurich's
Paradeplatz blockade), a press review quoting four outlets on one event (Slovenia: Ljubljana), a wire "UPDATE 2" that
revises the toll and corrects the place (Russia: Shebekino, not Belgorod), a police log (Norway: Bergen), a funeral
story for the victims of an attack elsewhere (Egypt: the funeral in Minya, the attack at Sheikh Zuweid), a town with
two names (Moldova: Bender / Tighina), a town with three spellings (Mauritania: Chami, Tchami, Echami), a namesake of
a country (Liberia: Congo Town); and wires in capitals (Valletta, Taipei) and away from the event (Yerevan for Agarak,
Monrovia for Ganta, Bangkok for Rueso and Bacho, Apia for Salelologa), local news all in capitals (Praia) and all in
lower case (Nuku'alofa), ACLED-note-style incident notes (Republic of Congo), a feature that tells one march many times
(New Zealand), two brief-news columns (Saint Lucia, Norway's police log: 3 ACLED items, 10 that are not).
Four stories have no ACLED event: a migrant boat capsized (Bahamas), a volcanic eruption (Iceland), a court's
sentence for a 2023 arson (Luxembourg), a union's strike threat and a party's call to march (Seychelles).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL12 = FIXTURES / "trial12"
EXPECTED = FIXTURES / "trial12_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main f5c7535 (the
# eighteenth session's start), rounded down to two decimals (the fix half's fatalities 1.000 a hair under, 0.99); raise,
# never lower
# raised on main 3f1a760 (the eighteenth session's end: every half read with tfix.py fix,report), rounded down
# fix half on main 26186d5 (geo44): recall 0.429 -> 0.619, one to one 0.310 -> 0.464, with the date 0.333 -> 0.381,
# and fatalities of found 1.000 -> 0.923: the newly found Sheikh Zuweid clash carries 3 of its 5 dead (the soldiers,
# not the two attackers), so that one floor is set under the new figure, disclosed in the lead's history entry
# raised on main 4c0b35d (the nineteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main e33daee (the twentieth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: fix 0.58->0.65, fix 0.94->0.99)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.81->0.85, fix 0.65->0.66, fix 0.61->0.71)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.85->0.90, fix 0.66->0.73, report 0.32->0.33)
# raised on main d160d6f (the lead's read at the session's end: report 0.61->0.69, report 0.33->0.37, report 0.38->0.46,
# report 0.87->0.88)
# lowered by coder119 for the export's view (the trial sets now score it: events marked background and the gold's
# background entries left out; `eval trials --view all` prints the old lines, identical to main 315f76e):
# fix recall
# 0.905 -> 0.857: a march was found only by the 2024 march the story recalls (recall with the date level)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.73->0.81, fix 0.71->0.76, report 0.37->0.40,
# report 0.46->0.53)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
FLOORS = {"fix": (0.85, 0.81, 0.76, 0.99, 0.77, 0.66), "report": (0.69, 0.40, 0.53, 0.88, 0.99, 0.88)}
NO_EVENT = {"bahamas", "iceland", "luxembourg", "seychelles"}  # boat capsized, eruption, court sentence, strike threat
COLUMNS = {"saint-lucia-2025-10-16-castries-news-in-brief.txt", "norway-2026-03-02-bergen-police-log.txt"}


def test_the_halves_split_the_trial12_files_evenly() -> None:
    assert_split(TRIAL12, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9",
                          "trial10", "trial11"))


@pytest.mark.slow
def test_trial12_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL12, EXPECTED, FLOORS)
