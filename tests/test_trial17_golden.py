"""The seventeenth team-written trial set (tests/fixtures/trial17/, 24 articles, 39 gold events) against its gold file:
floors that may only go up.

Written blind by trial17 on 7 December 2026 (twenty-third session): the articles, every sentence in our own words,
invented events in real places, and their ACLED coding (tests/fixtures/trial17_expected.json, with the debatable
decisions in tests/fixtures/trial17_notes.md) were committed (branch `trial17-blind`, e5fd4fd) before the pipeline
first ran on them, and nothing in them changed after. The trial tests pass no publication date, so every dateline
carries its year, in several forms ("TIZI OUZOU, 12 April 2026 —", an explainer's "Santiago, 9 October 2025" on a line
of its own, a transcript's "Tbilisi, Monday 15 December 2025." opening its first paragraph, an interview's "Interview
published 22 September 2025" whose answers give weekdays only, a French headline above "Souk Sebt Oulad Nemma, 4 mars
2026 —", "KATHMANDU, Jan 20, 2026:" with a colon, a police media release's "Date: 8 July 2026" above numbered items, a
Spanish headline above "Asunción, 13 de marzo de 2026 –", a live blog's "— Saturday, 14 March 2026" headline above
entries with times only, a communiqué's "from 6 to 8 February 2026" inside a "MOGADISHU, 9 February 2026 —" wire,
"Dushanbe, Wednesday 14 January 2026" and "KAMPALA, Monday 27 October 2025" above their headlines, a weekly review's
"15–21 June 2026", a wire update's "KYIV, April 23 2026 -" with no comma before the year, a rights alert's "Published
10 August 2026"). The floors are the set's figures on main fbac567. 24 countries, each once: two in no earlier set
(French Polynesia, United Arab Emirates), four in one (Algeria, Bosnia and Herzegovina, Morocco, Serbia), ten in two
(Chile, Georgia, Iran, Papua New Guinea, Paraguay, Peru, Tajikistan, Togo, Uganda, Zimbabwe), two in three (Nepal,
South Sudan) and six frequent conflict countries in four or more (Lebanon, Mali, Nigeria, Pakistan, Somalia, Ukraine).
The set is a representative mix of the news a conflict researcher feeds the tool, not tilted toward any class being
fixed, and adds shapes the earlier sets had few of: a football-match riot (Algeria), a "what we know" explainer on
trucks burned by an armed group (Chile), a press briefing's transcript in questions and answers (Georgia), border
forces of two states exchanging fire (Iran), a drone strike on a car (Lebanon), an interview with a mayor (Mali), a
self-immolation and the gathering after the death (Morocco), a campus clash between two parties' student wings
(Nepal), a farmer–herder attack and the next day's reprisal (Nigeria), a targeted killing and a shutter-down sit-in
(Pakistan), a police media release on clan fighting over two days (Papua New Guinea), an eviction resisted with
machetes (Paraguay), a miners' highway blockade cleared on its second day (Peru), a live blog with time stamps
(Serbia), a defence ministry communiqué of three days' operations (Somalia), a humanitarian coordinator's statement on
a looted warehouse and an ambushed convoy (South Sudan), a weekly security review (Togo), a grenade thrown into a bar
(Uganda), a wire "UPDATE" that raises the toll (Ukraine), a rights coalition's alert with an abduction and a dispersed
vigil (Zimbabwe). The set has no brief-news column. Four stories have no ACLED event: a war-crimes sentencing whose
crime is background (Bosnia and Herzegovina), a fishing vessel detained by the navy (French Polynesia), a gas-cylinder
explosion (Tajikistan), an arms fair's live drone demonstration (United Arab Emirates).

The set is split as the earlier ones: by position in sorted file-name order, the even positions (0, 2, ...) are the
fix half, whose errors may be read and fixed on; the odd positions are the report half, whose summary line alone is
read, and whose errors and extracted events are not to be read (read them and it stops being a test of unseen news:
write new articles instead). A failing floor prints the fix half's misses only.
"""

from __future__ import annotations

import pytest

from trial_sets import FIXTURES, assert_floors, assert_split

TRIAL17 = FIXTURES / "trial17"
EXPECTED = FIXTURES / "trial17_expected.json"
# (recall type+place, precision one to one, recall with date, fatalities of found) measured on main fbac567 (the
# twenty-third session's start), rounded down to two decimals; raise, never lower
# raised on main ac7be1f (the lead's read at the session's end: fix 0.24->0.28, fix 0.50->0.58)
# raised on main 4307cf5 (the lead's read at the session's end: fix 0.28->0.38, fix 0.36->0.42, fix 0.58->0.83)
# raised on main d160d6f (the lead's read at the session's end: fix 0.83->0.91)
# raised on main 2938d00 (the lead's read at the session's end: fix 0.38->0.46, report 0.32->0.35)
# the last two floors: actor1 and actor2 of found, set at main 58cfa14's figures rounded down
# raised on main 59fe921 (the lead's read at the session's end: fix 0.63->0.68, fix 0.46->0.48, fix 0.91->0.92, fix
# 0.66->0.69, fix 0.41->0.46)
FLOORS = {"fix": (0.68, 0.48, 0.42, 0.92, 0.69, 0.46), "report": (0.55, 0.35, 0.45, 0.81, 0.81, 0.54)}
NO_EVENT = {"bosnia-and-herzegovina", "french-polynesia", "tajikistan", "united-arab-emirates"}  # verdict, fishing
# vessel, gas explosion, arms fair
COLUMNS: set[str] = set()


def test_the_halves_split_the_trial17_files_evenly() -> None:
    assert_split(TRIAL17, EXPECTED, no_event=NO_EVENT, columns=COLUMNS, min_countries=18,
                 earlier=("trial", "trial2", "trial3", "trial4", "trial5", "trial6", "trial7", "trial8", "trial9",
                          "trial10", "trial11", "trial12", "trial13", "trial14", "trial15", "trial16"))


@pytest.mark.slow
def test_trial17_set_meets_the_golden_floors() -> None:
    assert_floors(TRIAL17, EXPECTED, FLOORS)
