"""The ninth team-written trial set (tests/fixtures/trial9/, 24 articles, 34 gold events) against its gold file:
floors that may only go up.

Written blind by trial9 on 6 December 2026 (fifteenth session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial9_expected.json, with the debatable
decisions in tests/fixtures/trial9_notes.md) were committed at 14:34 UTC (branch `trial9-blind`, 300bf24) before the
pipeline first ran on them, and nothing in them changed after. Trial7's lesson was applied before that commit: the
trial tests pass no publication date, so every dateline carries its year, in several forms ("TIRANA, Feb. 19, 2026
(wire) -", "VILNIUS, Lithuania, Oct. 9, 2025 (wire) -", "ACCRA, 11 March 2026 -", "SEOUL, Oct 29, 2025 -",
"KAMPALA, Uganda, December 12, 2024 -", a lower-case "mbabane, friday, 13 june 2025 -", an all-capitals "HONIARA,
THURSDAY 5 FEBRUARY 2026 -"), the two columns print their day in the header and the incident-notes page dates every
entry in full. The floors are the set's figures on main b0c5069. 24 countries, each once, 19 of them in no earlier
set (Albania, Belarus, Costa Rica, Cuba, eSwatini, Guyana, Jamaica, Lesotho, Mauritania, Mongolia, New Caledonia,
Republic of Congo, Romania, Rwanda, Solomon Islands, South Korea, Tajikistan, East Timor, Vietnam) and five in one
earlier set each (Ghana, Kosovo, Paraguay, Togo, Uganda). The set is a representative mix of the news a conflict
researcher feeds the tool, not tilted toward any class being fixed: wires with datelines away from the event (Vilnius
for Gomel, Havana for Nuevitas, Accra for Bawku, Georgetown for the Cuyuni, Pristina for Leposavic and Zvecan,
Nouakchott for Kaedi, Noumea for Saint-Louis and Dumbea, Asuncion for Yby Yau, Dushanbe for Kalaikhum, Lome for
Mandouri and Borgou, Kampala for Kyarumba and Katwe) and in capitals (Tirana, Bucharest, Seoul, Nouakchott, Dili,
Honiara); riots with petrol bombs, a police station stormed, a burning roadblock, shops burnt and looted after a vote
and barricades of burning tyres; peaceful rallies and marches, a march broken up with tear gas and rubber bullets, a
pot-banging protest dispersed; a martial arts groups' fight; a communal gunfight and the truce signed two days later;
a patrol fired on across a river, a border shootout with smugglers, a rebel attack on a village and the army's clash
the next day; a roadside bomb and a drone strike; a kidnapping; arrests of donors, organisers, suspects and group
members; a police base opened; a house burnt and a warehouse looted; revised tolls (three -> 4, five -> 6, three -> 4,
six -> 9, nine -> 14), victims dying or treated in other towns, statements made in other towns, a rally told three
times; an ACLED-note-style page (Lesotho, 27 April - 3 May 2026); a lower-case local report (Mbabane, Manzini) and
an all-capitals one (Honiara); transliterations and accents (Gomel / Homel, Leposavić / Leposaviq, Zvečan / Zveçan,
Kaédi / Kaedi, Kalaikhum / Qalai Khumb, Yby Yaú / Yby Yau); namesakes (Saint-Louis, Borgou, Comoro, Concepción,
Georgetown); two brief-news columns whose items are mostly not ACLED events (Costa Rica, Jamaica: 4 ACLED items, 10
that are not).
Four stories have no ACLED event: a court's coal-scandal sentences (Mongolia), ex-fighters' threat (Republic of
Congo), landslides with a revised toll (Rwanda), a fireworks-workshop blast and its owner detained (Vietnam).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL9 = FIXTURES / "trial9"
EXPECTED = FIXTURES / "trial9_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) first measured on main b0c5069 (the
# fifteenth session's start), rounded down to two decimals; raise, never lower
# Raised to the sixteenth session's final main (fd0bcf9: dates42-safe, coder84's background rule, geo40) by the lead.
# Raised to the seventeenth session's final main (c025fa4: merge32's head-copy fold, dates44-safe, geo41,
# coder86-remove) by the lead.
# raised on main 3f1a760 (the eighteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main 4c0b35d (the nineteenth session's end: every half read with tfix.py fix,report), rounded down
# raised on main e33daee (the twentieth session's end: every half read with tfix.py fix,report), rounded down
# raised on main caa3a83 (the lead's read at the session's end: report 0.33->0.34)
# raised on main ac7be1f (the lead's read at the session's end: fix 0.58->0.70)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.70->0.76, fix 0.44->0.50, fix 0.70->0.76, fix
# 0.91->0.92, report 0.34->0.35)
# geo55 (issue 12, a village beside the town that locates it): report recall 0.647 -> 0.706 (11 -> 12 found), so
# fatalities of found 0.818 -> 0.750, found with the right toll level at 9: its floor 0.81 -> 0.75
# raised on main d160d6f (the lead's read at the session's end: fix 0.92->0.99, report 0.64->0.70, report 0.35->0.38,
# report 0.58->0.64)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.50->0.56, report 0.38->0.46)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
FLOORS = {"fix": (0.76, 0.56, 0.76, 0.99, 0.84, 0.76), "report": (0.70, 0.46, 0.64, 0.75, 0.58, 0.83)}
NO_EVENT = {"mongolia", "republic-of-congo", "rwanda", "vietnam"}  # verdict, threat, landslides, workshop blast
COLUMNS = {"costa-rica-2026-04-22-news-in-brief.txt", "jamaica-2026-01-15-news-in-brief.txt"}


def test_the_halves_split_the_trial9_files_evenly() -> None:
    assert_split(TRIAL9, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8"))


@pytest.mark.slow
def test_trial9_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL9, EXPECTED, FLOORS)
