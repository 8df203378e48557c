"""The nineteenth team-written trial set (tests/fixtures/trial19/, 24 articles, 31 gold events) against its gold file:
floors that may only go up.

Written blind by trial19 on 7 December 2026 (twenty-fifth session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial19_expected.json, with the debatable
decisions in tests/fixtures/trial19_notes.md) were committed (branch `trial19-blind`, e713f01) before the pipeline
first ran on them, and nothing in them changed after. The trial tests pass no publication date, so every dateline
carries its year or the body does, in several forms ("LUANDA, 19 March 2026 (wire) —" on a line of its own, a French
"MONGO, 12 février 2026 –", "GUAYAQUIL — Wednesday, 12 November 2025" above the headline, "ATHENS, Sunday Dec 7 2025 —"
without commas, an all-capitals "BAGHDAD, FEBRUARY 9, 2026 —" above an all-capitals headline, an Italian "TORINO, 14
novembre 2025 –", an ordinal "Almaty — January 21st, 2026", a numeric "Bamako, 16/04/2026 —", a Dutch "DEN HAAG, 4
oktober 2026 –", a police press release's "Dated: 27-08-2026" with the night's date in a numbered point, a radio
transcript's "Tuesday 14 October 2025, 7:00 am" with "yesterday afternoon", a live blog's two-day heading with 24-hour
timestamps past midnight, an opinion column's "OPINION | Dar es Salaam | 2 May 2026" with "On Thursday afternoon",
photo captions under "Photographs taken on Wednesday, Jan. 14, 2026", a Spanish "CARACAS, 10 de julio de 2026 —").
The floors are the set's figures on main 9d6cdeb. 24 countries, each once: five in one earlier set (Costa Rica,
Italy, Jamaica, Netherlands, Poland), eight in two (Angola, Greece, Guinea, Kazakhstan, Senegal, Sierra Leone,
Tanzania, Venezuela), one in three (Ecuador) and ten frequent conflict countries in four or more (Chad, Iraq, Mali,
Nigeria, Pakistan, Philippines, Somalia, South Sudan, Ukraine, Yemen). The set is a representative mix of the news a
conflict researcher feeds the tool, not tilted toward any class being fixed, and adds shapes the earlier sets had few
of: a taxi strike's blockades cleared in one town and riots in another (Angola), a written peace accord between herder
and farmer communities (Chad), a prison fight between gangs and a families' vigil (Ecuador), an anniversary march with
clashes in two cities (Greece), a journalist abducted and beaten by men in uniform (Guinea), rockets at a base with no
casualties (Iraq), a police charge on a student march with marches in three other cities (Italy), looting after a
hurricane (Jamaica), a convoy ambush with conflicting tolls from residents, the army, a union and the claimant (Mali),
a motorway blockade with mass detentions and a counter-demonstration (Netherlands), an attack on a church during a
service and the next day's road blockade (Nigeria), a police press release in numbered points (Pakistan), an
election-day shooting at a polling centre (Philippines), a local radio bulletin's transcript (Sierra Leone), a live
blog with timestamps (Somalia), a child-recruitment report with one dated incident (South Sudan), an opinion column
whose act follows the reaction (Tanzania), a numbered list of photo captions (Ukraine), a vigil of detainees' families
removed by guards (Venezuela), a naval boarding and weapons seizure (Yemen). The set has no brief-news column. Four
stories have no ACLED event: a court ruling on an old protest beating (Costa Rica), a gas explosion in a block of flats
(Kazakhstan), a military exercise that alarmed residents (Poland), a migrant boat capsizing (Senegal).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL19 = FIXTURES / "trial19"
EXPECTED = FIXTURES / "trial19_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main 9d6cdeb (the
# twenty-fifth session's start), rounded down to two decimals; raise, never lower
# geo55 (issue 12, "X, a farming village in the Y local government area" read as a place): fix recall 0.600 ->
# 0.667 (9 -> 10 found), so fatalities of found 0.778 -> 0.700: the church attack is found at its village, its toll
# the community's 12, not the police's 8 (the lowest, ACLED's rule); found with the right toll level at 7: 0.77 -> 0.70
# raised on main d160d6f (the lead's read at the session's end: fix 0.60->0.66, fix 0.29->0.35, fix 0.46->0.66)
# lowered by coder119 for the export's view (the trial sets now score it: events marked background and the gold's
# background entries left out; `eval trials --view all` prints the old lines, identical to main 315f76e):
# report recall
# 0.625 -> 0.562, with the date 0.438 -> 0.375, fatalities of found 0.800 -> 0.778 with main's own flags (summary line
# only; one to one 0.250 -> 0.296)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.35->0.43, report 0.25->0.29)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: fix 0.70->0.80)
FLOORS = {"fix": (0.66, 0.43, 0.66, 0.80, 0.60, 0.80), "report": (0.56, 0.29, 0.37, 0.77, 0.55, 0.33)}
NO_EVENT = {"costa-rica", "kazakhstan", "poland", "senegal"}  # court ruling, gas explosion, exercise, boat capsized
COLUMNS: set[str] = set()


def test_the_halves_split_the_trial19_files_evenly() -> None:
    assert_split(TRIAL19, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9",
                          "trial10", "trial11", "trial12", "trial13", "trial14", "trial15", "trial16", "trial17",
                          "trial18"))


@pytest.mark.slow
def test_trial19_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL19, EXPECTED, FLOORS)
