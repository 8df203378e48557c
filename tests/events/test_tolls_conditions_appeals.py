"""Extra events of the blind sets' fix halves, by mechanism (coder130, issue 10): a strike people went "on" is no
strike on a target (`cues.toml`, shelling); a sentence that only tells the dead of an act already told ("killed in
that exchange") codes no event of its own and gives its count to the act (`told_toll.toll_of_told_event`); a protest
announced on a condition is a threat (`conditional.announced_on_condition`); a statement's own appeal in the present
("We call on the authorities ...") is no crowd's claim (`claimants._writers_appeal`); a detention centre is a place and
people who remain in custody stay held (`cues.toml`, arrest); a gathering joined to one called off is called off too
(`called_off.called_off`). Team-written reports; the contrasts keep their events.
"""

from __future__ import annotations

import pytest

from eventwatch.api import extract
from eventwatch.records import Event


def events(text: str) -> list[Event]:
    return extract(text, published="2026-05-12")


def types(text: str) -> list[str]:
    return sorted(str(e.sub_event_type) for e in events(text))


@pytest.mark.slow
def test_a_strike_people_went_on_is_a_protest_not_a_shelling() -> None:
    text = ("ACCRA, 11 May 2026 - Hundreds of nurses in Ghana went on strike on Monday and marched through Accra to "
            "demand overdue pay.")
    assert types(text) == ["Peaceful protest"]


@pytest.mark.slow
def test_a_strike_on_a_target_stays_a_strike_from_the_air() -> None:
    assert types("KABUL, 11 May 2026 - A drone strike on a car killed two men in Khost on Sunday.") == [
        "Air/drone strike"]


@pytest.mark.slow
def test_a_toll_told_of_the_act_before_is_that_acts_toll() -> None:
    found = events("KABUL, 11 May 2026 - Afghan and Pakistani troops exchanged fire near Torkham on Sunday. Three "
                   "Afghan soldiers were killed in that exchange, a local official said.")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Armed clash", 3)]


@pytest.mark.slow
def test_a_toll_sentence_that_opens_the_report_is_coded() -> None:
    found = events("MAIDUGURI, 11 May 2026 - Four soldiers died in the attack on an army post in Marte on Sunday, a "
                   "military source said.")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Armed clash", 4)]


@pytest.mark.slow
@pytest.mark.parametrize("threat", [
    "Elders at a meeting demanded the arrest of the gunmen and announced a march on the highway if the demand was "
    "not met.",
    "Speakers demanded the arrest of the killers within a week and declared a sit-in on the main road unless the "
    "demand was met.",
])
def test_a_protest_announced_on_a_condition_is_no_event(threat: str) -> None:
    text = "PESHAWAR, 11 May 2026 - Gunmen killed a councillor in Mardan on Sunday. " + threat
    assert types(text) == ["Attack"]


@pytest.mark.slow
def test_a_march_held_beside_a_conditional_sit_in_is_kept() -> None:
    text = ("PESHAWAR, 11 May 2026 - Hundreds of traders marched through Mardan on Monday and announced a sit-in on "
            "the highway unless the killers were arrested.")
    assert types(text) == ["Peaceful protest"]


@pytest.mark.slow
@pytest.mark.parametrize("appeal", [
    "We call on the authorities to say where the two men are held, to let their families and lawyers see them, and "
    "to free them.",
    "We urge the government to free the two men and to let their families visit them.",
])
def test_a_statements_own_appeal_is_no_protest(appeal: str) -> None:
    text = "LIMA, 11 May 2026 - Police detained two farmers in Cusco on Saturday. " + appeal
    assert types(text) == ["Arrests"]


@pytest.mark.slow
def test_a_crowds_quoted_demand_keeps_its_protest() -> None:
    text = ('LIMA, 11 May 2026 - Hundreds of farmers gathered in the main square of Cusco on Saturday. "We demand a '
            'fair price for our potatoes," they chanted.')
    assert "Peaceful protest" in types(text)


@pytest.mark.slow
def test_a_detention_centre_and_custody_that_goes_on_are_no_new_arrest() -> None:
    text = ("LIMA, 11 May 2026 - Police detained two farmers in Cusco on Saturday. Relatives of the two went to the "
            "detention centre in Lima, where guards would not say whether they were there. One was freed on Sunday; "
            "the other remained in custody on Monday, a rights group in Madrid said.")
    assert [(e.sub_event_type, e.location) for e in events(text)] == [("Arrests", "Cusco")]


@pytest.mark.slow
def test_a_gathering_joined_to_one_called_off_is_called_off() -> None:
    text = ("ACCRA, 11 May 2026 - The nurses union has called off the strike and the march it had planned for Friday "
            "after a pay deal.")
    assert types(text) == []


@pytest.mark.slow
def test_a_march_held_before_a_strike_is_called_off_is_kept() -> None:
    text = "ACCRA, 11 May 2026 - Hundreds of nurses marched in Accra on Sunday and called off their strike."
    assert types(text) == ["Peaceful protest"]
