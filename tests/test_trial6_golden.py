"""The sixth team-written trial set (tests/fixtures/trial6/, 24 articles, 38 gold events) against its gold file:
floors that may only go up.

Written blind by trial6 on 6 December 2026 (twelfth session): the articles, every sentence in our own words, invented
events in real places, and their ACLED coding (tests/fixtures/trial6_expected.json, with the debatable decisions in
tests/fixtures/trial6_notes.md) were committed at 07:55 UTC (branch `trial6-blind`, ba595a8) before the pipeline
first ran on them; trial5, this session's other blind set, was not read (only its file names, to share at most
eight countries: four). The set is a representative mix of the news a conflict researcher feeds the tool, not
tilted toward any class being fixed: wires with datelines away from the event (Ouagadougou for Djibo, N'Djamena for
Bol, Bamako for Tessit, Gusau for Tsafe, Bacolod for Carabalan, Caracas for Valencia, Damascus for Tafas, Kyiv for
Nikopol and Kharkiv) and in capitals (Tegucigalpa, Athens, Yerevan, Niamey); an ambush with a toll revised from
twelve to nineteen, an island base raid, a cattle-camp raid, a city's old front line, a roadside bomb and an
assassination, shelling and a sniper the same day, artillery and overnight drones, air and drone strikes, two
abductions (one with disputed numbers), a town taken without a fight after a withdrawal, arrests of opposition
officials and of gunmen, property set on fire by rebels, trucks torched in a riot, a march that turns into a riot,
blockades cleared with tear gas, a protester shot, a cacerolazo, a road blocked with a body; an ACLED-note-style
Amhara page with transliterations (Debre Markos / Debre Marqos); a lower-case local report (Madhuban, East
Champaran, with namesakes in Jharkhand and Tripura); namesakes abroad (Tripoli in an article that never names
Lebanon, Valencia, Nikopol); two brief-news columns whose items are mostly not ACLED events (crashes, floods, a
drug seizure, cholera, a murder charge, a peace agreement, a lynching). Four stories have no ACLED event: a rally
call and warnings, floods, a court sentence for old riots, an industrial blast.

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL6 = FIXTURES / "trial6"
EXPECTED = FIXTURES / "trial6_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main after the
# twelfth session's rounds (the precision floor is the one-to-one figure's since coder72); raise, never lower
# The fix half's with the date 0.70 -> 0.75 after dates38 (the Tsafe raid's day from the paragraph after its lead).
# Raised on 53a8f7f (fifteenth session: coder80's claims, coder81's tolls).
# Raised to the sixteenth session's final main (fd0bcf9: dates42-safe, coder84's background rule, geo40) by the lead.
# Raised to the seventeenth session's final main (c025fa4: merge32's head-copy fold, dates44-safe, geo41,
# coder86-remove) by the lead.
# raised on main 4c0b35d (the nineteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: report 0.48->0.50)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.57->0.63)
# raised on main d160d6f (the lead's read at the session's end: fix 0.94->0.99, report 0.50->0.51)
# lowered by coder119 for the export's view (the trial sets now score it: events marked background and the gold's
# background entries left out; `eval trials --view all` prints the old lines, identical to main 315f76e):
# fix recall
# 0.950 -> 0.900: an April arrest was found only by the August 2024 arrests the story recalls (its date never
# matched; recall with the date level)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.63->0.72, report 0.51->0.55)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
FLOORS = {"fix": (0.90, 0.72, 0.80, 0.99, 0.72, 0.83), "report": (0.83, 0.55, 0.66, 0.93, 0.73, 0.80)}
NO_EVENT = {"armenia", "niger", "spain", "turkey"}  # a rally call, floods, a sentence for old riots, a factory blast
COLUMNS = {"kenya-2025-07-22-news-in-brief.txt", "zambia-2025-01-28-news-in-brief.txt"}


def test_the_halves_split_the_trial6_files_evenly() -> None:
    assert_split(TRIAL6, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=16,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5"))


@pytest.mark.slow
def test_trial6_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL6, EXPECTED, FLOORS)
