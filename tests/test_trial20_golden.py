"""The twentieth team-written trial set (tests/fixtures/trial20/, 24 articles, 33 gold events) against its gold file:
floors that may only go up.

Written blind by trial20 on 7 December 2026 (twenty-sixth session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial20_expected.json, with the debatable
decisions in tests/fixtures/trial20_notes.md) were committed (branch `trial20-blind`, ee4e291) before the pipeline
first ran on them, and nothing in them changed after. The trial tests pass no publication date, so every dateline
carries its year or the body does, in several forms ("TIZI OUZOU, Algeria — Sunday 22 February 2026" on a line of its
own, an NGO's "STATEMENT — 19 November 2025", a numeric "Gaborone | 28.05.2026" with dots, a weekly column's "CAUCA
THIS WEEK — Monday, April 13, 2026" with each item's date in it, a news-in-brief column's "Friday, 6 March 2026" with
weekdays only in the items, an ordinal "Goma, Sunday 3rd May 2026", an interview's "INTERVIEW | 9 December 2025", a
press release's "11 June 2026 – For immediate release", a French "ANTANANARIVO, 12 mars 2026 –", a byline line "By
Staff Reporter | Mangochi | Aug. 14, 2025", a Spanish "GUADALAJARA, Jal., 14 de marzo de 2026.–", "8 January 2026 —
local media report", "PORT SUDAN, Feb 17 2026 (wire) —" without a comma, "HARARE – 6 August, 2026" with a comma before
the year). The floors are the set's figures on main 315f76e. 24 countries, each once: one in one earlier set
(Botswana), seven in two (Algeria, Bahrain, Guyana, Ivory Coast, Jordan, Madagascar, Malawi), eight in three (Central
African Republic, Iran, Mexico, Niger, Palestine, Togo, Uganda, Zimbabwe) and eight in four or more (Colombia, DR
Congo, Ethiopia, Haiti, Libya, Myanmar, Sri Lanka, Sudan). The set is a representative mix of the news a conflict
researcher feeds the tool, not tilted toward any class being fixed, and adds shapes the earlier sets had few of: a
football match that turned into a riot (Algeria), a detainees' hunger strike and a families' gathering (Bahrain), aid
workers abducted and freed (Central African Republic), a weekly security roundup of one department (Colombia), a
news-in-brief column with two events in two towns on two days (Ivory Coast), a headline naming the city and the lead a
village (DR Congo), an interview in questions and answers (Ethiopia), a story told mostly in one long quote (Haiti), an
NGO statement on arrests in two cities and a shopkeepers' strike (Iran), a clash between armed groups over a
checkpoint (Libya), a student sit-in dispersed with tear gas (Madagascar), a mob attack on a police unit after a death
in custody (Malawi), a sit-in camp by mothers of the disappeared (Mexico), a drone strike on a market (Myanmar), an
attack on a mosque at prayer with conflicting tolls (Niger), a settler attack and olive trees uprooted the day before
in the next village (Palestine), drones on a fuel depot with no casualties (Sudan), an IED on a road under
construction (Togo), a cattle raid and the army's pursuit the next day (Uganda), a demolition of an informal settlement
and the residents' riot (Zimbabwe). Two brief-news columns, one per half (the Cauca roundup, the Ivory Coast news in
brief). Four stories have no ACLED event: a teachers' strike called off after a pay deal (Botswana), a mining pit
collapse (Guyana), a banned march called off with no gathering (Jordan), a mass grave excavation (Sri Lanka).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL20 = FIXTURES / "trial20"
EXPECTED = FIXTURES / "trial20_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main 315f76e (the
# twenty-sixth session's start), rounded down to two decimals; raise, never lower
# raised on main 2938d00 (the lead's read at the session's end: fix 0.50->0.72, fix 0.25->0.39, fix 0.33->0.50, fix
# 0.88->0.99, report 0.33->0.39)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: fix 0.39->0.40, fix 0.61->0.69, report 0.77->0.88)
FLOORS = {"fix": (0.72, 0.40, 0.50, 0.99, 0.69, 0.69), "report": (0.60, 0.39, 0.53, 0.66, 0.88, 0.88)}
NO_EVENT = {"botswana", "guyana", "jordan", "sri-lanka"}  # strike called off, pit collapse, banned march, grave dig
COLUMNS = {"colombia-2026-04-13-cauca-weekly-security-roundup.txt", "cote-divoire-2026-03-06-abidjan-news-in-brief.txt"}


def test_the_halves_split_the_trial20_files_evenly() -> None:
    assert_split(TRIAL20, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9",
                          "trial10", "trial11", "trial12", "trial13", "trial14", "trial15", "trial16", "trial17",
                          "trial18", "trial19"))


@pytest.mark.slow
def test_trial20_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL20, EXPECTED, FLOORS)
