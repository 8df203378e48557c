"""The eighteenth team-written trial set (tests/fixtures/trial18/, 24 articles, 37 gold events) against its gold file:
floors that may only go up.

Written blind by trial18 on 7 December 2026 (twenty-fourth session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial18_expected.json, with the debatable
decisions in tests/fixtures/trial18_notes.md) were committed (branch `trial18-blind`, bd73bb3) before the pipeline
first ran on them, and nothing in them changed after. The trial tests pass no publication date, so every dateline
carries its year or the body does, in several forms ("TIRANA, March 6, 2026 —" on a line of its own, "Dhaka, Friday 16
January 2026" above the headline, an NGO update's "OUAGADOUGOU, 3 Sept 2025 –" with dated bullet items, a lower-case
"bamenda, 11 nov 2025 —", "POPAYÁN, Colombia (July 29, 2026) —", "HAVANA, Dec. 2, 2025 (wire) —", "ADDIS ABABA,
Thursday, 26 February 2026" with weekdays and "Last Friday" in the body, a German "OFFENBURG, 15. März 2026 –" above a
German headline and an English text, an ISO "PORT-AU-PRINCE, Haiti — 2026-04-22", a byline line "By a Correspondent |
Published: Sunday, October 5, 2025", a wire's "TRIPOLI, June 10 (wire) —" whose year is in the body, a headline above
"BANGKOK, Jan. 22, 2026 —" with a date span, a Portuguese "Porto, 9 de fevereiro de 2026" with an appended correction
that gives the day, "KILINOCHCHI, Sri Lanka, 31 August 2026:" with a colon, "KHARTOUM/PORT SUDAN, March 5, 2026 —",
"TASHKENT — 14 October 2026.", "ADEN, Yemen, Tuesday 14 July 2026 —"). The floors are the set's figures on main a516f6e.
24 countries, each once: eight in one earlier set (Albania, Cuba, Gabon, Malaysia, Nicaragua, Portugal, Romania,
Uzbekistan), one in two (Germany), five in three (Burkina Faso, Libya, Sri Lanka, Syria, Yemen) and ten frequent
conflict countries in four or more (Bangladesh, Cameroon, Colombia, Democratic Republic of Congo, Ethiopia, Haiti,
Kenya, Mozambique, Myanmar, Sudan). The set is a representative mix of the news a conflict researcher feeds the tool,
not tilted toward any class being fixed, and adds shapes the earlier sets had few of: a parliamentary debate with a
protest outside that turns violent (Albania), a police raid on an opposition office (Bangladesh), an NGO's monthly
civilian-protection update with dated incidents (Burkina Faso), a kidnapping for ransom by separatists (Cameroon), a
landmine on a patrol (Colombia), an attack on a health centre (Democratic Republic of Congo), relative dates only
against a dated dateline (Ethiopia), blockades of a party conference cleared by police (Germany), a mob lynching of a
suspected thief (Haiti), a funeral that turns into running battles (Kenya), a wire with a timeline box of past clashes
(Libya), a curfew story (Mozambique), a satellite-imagery report of burned villages (Myanmar), a police raid on a parish
(Nicaragua), an appended correction notice (Portugal), a journalist beaten after a party rally (Romania), families of
the disappeared marching in four towns (Sri Lanka), a drone strike on a market and a fuel depot (Sudan), a misleading
"car bomb" headline the body corrects (Syria), a missile attack on a tanker at sea (Yemen). The set has no brief-news
column. Four stories have no ACLED event: an army truck accident that kills conscripts (Cuba), floods with the army
rescuing residents (Gabon), a bomb hoax at a shopping centre (Malaysia), a foreign minister's visit and a border
agreement (Uzbekistan).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL18 = FIXTURES / "trial18"
EXPECTED = FIXTURES / "trial18_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main a516f6e (the
# twenty-fourth session's start), rounded down to two decimals; raise, never lower
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.28->0.29)
# lowered by coder114 (fix recall 0.68->0.63, fatalities of found 0.92->0.91): an old month told after a story's
# lead is background (docs/rules/extraction.md), and the gold's clash at Argelia on 27 July 2026 had been "found" only
# by a retaking of El Plateado "in October 2024" that the story tells as background (another sub-type, 21 months
# before); no event of the report was lost
# raised on main d160d6f (the lead's read at the session's end: fix 0.63->0.78, fix 0.29->0.34, fix 0.47->0.68, fix
# 0.91->0.93)
# lowered by coder119 for the export's view (the trial sets now score it: events marked background and the gold's
# background entries left out; `eval trials --view all` prints the old lines, identical to main 315f76e):
# fix recall
# 0.789 -> 0.737, fatalities of found 0.933 -> 0.929: the clash at Argelia was found only by the October 2024
# retaking the story recalls (above; recall with the date level)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.34->0.42)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: fix 0.78->0.92)
FLOORS = {"fix": (0.73, 0.42, 0.68, 0.92, 0.92, 0.71), "report": (0.72, 0.31, 0.33, 0.84, 0.76, 0.76)}
NO_EVENT = {"cuba", "gabon", "malaysia", "uzbekistan"}  # truck accident, floods, bomb hoax, diplomatic visit
COLUMNS: set[str] = set()


def test_the_halves_split_the_trial18_files_evenly() -> None:
    assert_split(TRIAL18, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9",
                          "trial10", "trial11", "trial12", "trial13", "trial14", "trial15", "trial16", "trial17"))


@pytest.mark.slow
def test_trial18_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL18, EXPECTED, FLOORS)
