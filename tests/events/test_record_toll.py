"""An event record's closing formula (`totals.record_toll`): the fatalities an ACLED-style note's coder gives its
event after the report's own figures, and a later sentence's toll given to a first telling that counted none
(`totals.retold_toll`). Team-written notes: other countries, words and figures than the notes the classes were
found in."""

from __future__ import annotations

import dataclasses

import pytest

from eventwatch.events.occurrence import given_back
from eventwatch.events.totals import record_toll, retold_toll
from eventwatch.records import Event, Evidence, Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure the coder gave, whatever the report's own figures
        ("On 3 May 2024, soldiers clashed with rebels near Bunia. Unknown fatalities coded as 3.", 3),
        ("On 9 July 2023, the army shelled rebel positions in Darfur, killing dozens. Unclear fatalities coded as 10.",
         10),
        ("On 2 June 2024, police fired on a crowd in Kano. Fatalities coded as 2 (the union reported 5 dead).", 2),
        ("On 4 April 2023, militias fought near Gao. An unidentified number of fatalities is coded as 3.", 3),
        ("On 1 March 2024, rebels raided two villages, killing 14 people. Coded as 7 fatalities for this event.", 7),
        ("On 8 August 2023, gunmen attacked farms near Jos, killing 30. 30 fatalities split across 5 events coded as "
         "4.", 4),
        # a figure split over several events: this record's share, the remainder one each on the first ones
        ("On 5 May 2024, drones struck three towns in Kherson. [7 fatalities split among 3 events]", 3),
        ("On 6 May 2024, shelling hit Sumy. (4 fatalities are split among 4 events)", 1),
        ("On 7 May 2024, jets bombed bases in Idlib. Fatalities coded as 9 and split between 3 locations.", 3),
        ("On 8 May 2024, troops raided camps in Borno. Unknown fatalities coded as 6, spread across four events.", 2),
        # the dead are another record's
        ("On 9 May 2024, rebels fired mortars at Avdiivka; two soldiers were killed (fatalities coded to Horlivka "
         "event).", 0),
        # a closing sentence that only counts
        ("On 10 May 2024, in Recife, police exchanged fire with a gang. Three gang members were killed. 3 fatalities.",
         3),
        ("On 11 May 2024, a mob beat a thief in Goma. There was one fatality.", 1),
        ("On 12 May 2024, gunmen attacked a bus near Kumba. 5 total fatalities. The road was closed.", 5),
        ("On 13 May 2024, in Cali, armed men shot at a taxi. The driver died in the attack. 1 fatality, 2 injuries.",
         1),
    ],
)
def test_the_closing_formula_gives_the_records_toll(text: str, expected: int) -> None:
    assert record_toll(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, soldiers clashed with rebels in Beni (coded as Beni town). Several were hurt.",
        "On 3 May 2024, a bomb went off 3 km from the base, coded as 3 km west of Gao.",
        "Rebels killed four soldiers near Beni on Tuesday, the army said.",
        "The fatalities were not reported.",
        "On 3 May 2024, 4 fatalities in earlier raids were mourned by a crowd of 300 in Bamako, who marched.",
    ],
)
def test_no_formula_no_record_toll(text: str) -> None:
    assert record_toll(text) is None


def _event(sentence: str, fatalities: int, event_type: str = "Battles") -> Event:
    return Event(event_id="e", doc_id="d", event_type=event_type, sub_event_type="Armed clash",
                 evidence=Evidence(sentence=Span(0, len(sentence), sentence), trigger=Span(0, 1, sentence[0])),
                 fatalities=fatalities)


def test_a_retelling_gives_its_toll_to_a_telling_without_one() -> None:
    kept = _event("Rebels fought with the army at the Kilo mine.", 0)
    later = _event("Five rebels were killed.", 5)
    assert retold_toll(kept, later) == 5
    back = given_back([kept, dataclasses.replace(kept, event_id="f")], {"e": 5})
    assert back[0] == dataclasses.replace(kept, fatalities=5)  # nothing else moves
    assert back[1].fatalities == 0  # another event keeps its own count


def test_a_toll_given_by_a_fold_is_kept() -> None:
    folded = _event("Fighters attacked a column north of Kani.", 6)
    assert given_back([folded], {"e": 1}) == [folded]


@pytest.mark.parametrize(
    ("kept", "later"),
    [
        (_event("Troops clashed with bandits near Zurmi, killing six.", 6), _event("Two bandits were killed.", 2)),
        (_event("Rebels fought with the army near Kilo.", 0), _event("No one was hurt.", 0)),
        (_event("Farmers protested in Nairobi.", 0, "Protests"), _event("Two farmers died.", 2, "Protests")),
    ],
)
def test_a_retelling_leaves_a_toll_or_a_protest_as_it_was(kept: Event, later: Event) -> None:
    assert retold_toll(kept, later) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 civilian was wounded or killed.", None),
        ("Two soldiers were injured or killed in the blast near Mopti.", None),
        ("A trader was hurt or killed, residents said.", None),
        ("Two civilians were wounded and one was killed.", 1),
        ("Four herders were killed in Benue.", 4),
    ],
)
def test_one_of_two_outcomes_tells_no_death(text: str, expected: int | None) -> None:
    from eventwatch.events.counts import find_fatalities

    assert find_fatalities(text) == expected
