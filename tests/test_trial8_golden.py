"""The eighth team-written trial set (tests/fixtures/trial8/, 24 articles, 51 gold events) against its gold file:
floors that may only go up.

Written blind by trial8 on 6 December 2026 (fourteenth session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial8_expected.json, with the debatable
decisions in tests/fixtures/trial8_notes.md) were committed at 12:04 UTC (branch `trial8-blind`, 10998fb) before the
pipeline first ran on them, and nothing in them changed after. Trial7's lesson was applied before that commit: the
trial tests pass no publication date (a plain text has none), so every dateline carries its year, in several forms
("LUANDA, June 17, 2026 (wire) -", "COTONOU, May 20, 2025 -", "RABAT, 13 January 2026 -", "SAN JOSE, Costa Rica,
Aug. 19, 2025 (wire) -", a lower-case "brikama, tuesday, 5 august 2025 -", an all-capitals "SAN PEDRO SULA, DECEMBER
3, 2025 -"), the two columns print their day in the header and the incident-notes page dates every entry in full.
The floors are the set's figures on main 3d0a1be. 24 countries, each once, 13 of them in no earlier set (Angola,
Bosnia and Herzegovina, Burundi, Cambodia, Dominican Republic, El Salvador, Gambia, Guinea-Bissau, Jordan,
Kazakhstan, Moldova, Morocco, Nicaragua), ten in one earlier set each (Armenia, Benin, Central African Republic,
Chad, Honduras, Papua New Guinea, Sri Lanka, Tunisia, Venezuela, Zambia) and Lebanon in two. The set is a
representative mix of the news a conflict researcher feeds the tool, not tilted toward any class being fixed: wires
with datelines away from the event (Cotonou for Monsey, Bangui for Ndim, N'Djamena for Bedaya, Port Moresby for
Sirunki, Caracas for La Victoria, Beirut for Kfar Roummane, Rabat for Ouled Teima, San José in Costa Rica for
Matagalpa, Chisinau for Comrat and Balti) and in capitals (Luanda, Yerevan, Phnom Penh, San Salvador, Bissau,
Amman); an army post attacked and the attack fought off, a drone strike with no toll, a village attacked and the
army's clash the next day, a town left by rebels without a fight, a farmers-herders clash and a mob burning herders'
houses, a clan fight and the peace agreement signed two days later, an army clash, a buried device and a base
opened, an Israeli drone strike and shelling, an abduction by a party militia and a priest taken by the police,
arrests of MPs, activists and gang suspects and arrest raids after a clash and a shooting, riots over water cuts,
land and street vendors, burning-tyre blockades, peaceful marches, sit-ins and vigils, protests broken up or
surrounded, party offices burnt or smashed at night, a gang's shooting at a football pitch, a contract killing and a
mob killing in two columns; revised tolls (3 -> 5, 8 -> 11 + 14, 6 + 3, 12 -> 17, 3 + 1, eleven -> sixteen), victims
dying or treated in other towns, statements made in other towns, an event told three times; an ACLED-note-style page
(Burundi, 17-23 November 2025); a lower-case local report (Brikama) and an all-capitals one (Chamelecon, San Pedro
Sula); transliterations and accents (Kfar Roummane / Kfar Rumman, Bălți / Balti, Gabú / Gabu); namesakes (Santiago,
La Victoria, Cibitoke); two brief-news columns whose items are mostly not ACLED events (Dominican Republic, Zambia:
4 ACLED items, 10 that are not). Four stories have no ACLED event: a war-crimes verdict (Bosnia and Herzegovina), a
mine blast with a revised toll (Kazakhstan), landslides (Sri Lanka), a general-strike call with the government's
warning (Tunisia).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL8 = FIXTURES / "trial8"
EXPECTED = FIXTURES / "trial8_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main 3d0a1be (the
# fourteenth session's start), raised where e4fc6e6 (its end) rose, rounded down to two decimals; raise, never lower.
# The fix half raised on 53a8f7f (fifteenth session: geo39's story country and villages near a town, coder81's tolls).
# Raised to the seventeenth session's final main (c025fa4: merge32's head-copy fold, dates44-safe, geo41,
# coder86-remove) by the lead.
# raised on main 3f1a760 (the eighteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main 4c0b35d (the nineteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main e33daee (the twentieth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: fix 0.50->0.54, report 0.66->0.70, report 0.33->0.36,
# report 0.58->0.62, report 0.87->0.88)
# raised on main 397fb0f (the lead's read at the session's end: fix 0.54->0.55)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.48->0.66, fix 0.89->0.94, report 0.70->0.75,
# report 0.36->0.39, report 0.62->0.70)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.70->0.77, fix 0.55->0.60, fix 0.66->0.74, fix
# 0.94->0.99, report 0.75->0.79, report 0.39->0.42, report 0.88->0.89)
# raised on main d160d6f (the lead's read at the session's end: report 0.79->0.83, report 0.42->0.45, report 0.70->0.75,
# report 0.89->0.95)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.60->0.69, report 0.45->0.55)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
FLOORS = {"fix": (0.77, 0.69, 0.74, 0.99, 0.71, 0.42), "report": (0.83, 0.55, 0.75, 0.95, 0.80, 0.70)}
NO_EVENT = {"bosnia-and-herzegovina", "kazakhstan", "sri-lanka", "tunisia"}  # verdict, mine blast, landslides, call
COLUMNS = {"dominican-republic-2026-03-18-news-in-brief.txt", "zambia-2025-07-08-news-in-brief.txt"}


def test_the_halves_split_the_trial8_files_evenly() -> None:
    assert_split(TRIAL8, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7"))


@pytest.mark.slow
def test_trial8_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL8, EXPECTED, FLOORS)
