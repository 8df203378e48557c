"""Two non-events of a news story (`ordinary.news_reading`, coder116, issue 10): people held for questioning
(`held_for_questioning`, `questioning_words`) and a deal only spoken of (`unsettled.spoken_of_deal`,
`spoken_deal_nouns`, `speech_verbs`). A curfew imposed, declared, announced or extended keeps its Change to
group/activity, as ACLED's codebook records "non-violent security measures enacted by armed actors" (coder120's
decision); a curfew only told as in force, enacted on another day, is no event (`measure_in_force`). Team-written
reports; the story's own events, a riot against a curfew, an arrest on suspicion, a truce signed and an ACLED-style
note's curfew keep their events."""

from __future__ import annotations

import pytest

from eventwatch.api import extract

_RIOT = ("KINGSTON, March 3, 2026 (wire) - Youths stoned police and burned two cars in Port Maria on Monday night, "
         "police said.\n\n")
_ROCKETS = ("MOSUL, March 3, 2026 (wire) - Two rockets hit an army base near Tal Afar on Monday night, causing no "
            "casualties, officials said.\n\n")
_RAID = ("DODOMA, May 2, 2026 - Police fired tear gas at a meeting of opposition members in Mbeya on Thursday.\n\n")


def types(text: str) -> list[str]:
    return sorted(str(e.sub_event_type) for e in extract(text, published="2026-03-03"))


@pytest.mark.slow
def test_a_riot_against_the_curfew_keeps_its_event() -> None:
    text = _RIOT + "On Tuesday, youths who defied the curfew stoned a patrol and burned tyres in Annotto Bay."
    assert types(text).count("Violent demonstration") == 2


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "A curfew from 9 pm to 5 am was imposed in the town on Tuesday.",
    "The minister extended the night curfew in Port Maria by two hours.",
    "The curfew, announced by the mayor on Tuesday, covers the town and the nearby villages.",
])
def test_a_curfew_enacted_is_a_security_measure(later: str) -> None:
    assert types(_RIOT + later) == ["Change to group/activity", "Violent demonstration"]


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "A night curfew has been in force in the district since the clashes, and traders say it is ruining them.",
    "A curfew from 9 pm to 5 am remains in force across the parish.",
])
def test_a_curfew_only_in_force_is_no_event(later: str) -> None:
    assert types(_RIOT + later) == ["Violent demonstration"]


@pytest.mark.slow
def test_an_event_record_keeps_its_curfew() -> None:
    note = ("Security measures: On 3 March 2026, the government of Jamaica extended a dusk-to-dawn curfew in Port "
            "Maria for 30 more days following a spate of gang shootings.")
    assert "Change to group/activity" in types(note)


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "Three men seen near the base were detained for questioning on Tuesday, an official said.",
    "Two drivers from a nearby village were arrested for questioning on Tuesday.",
])
def test_people_held_for_questioning_are_no_arrest(later: str) -> None:
    assert types(_ROCKETS + later) == ["Shelling/artillery/missile attack"]


@pytest.mark.slow
def test_an_arrest_on_suspicion_keeps_its_event() -> None:
    text = _ROCKETS + ("On Tuesday, police arrested two members of an armed faction in Mosul on suspicion of firing "
                       "the rockets.")
    assert "Arrests" in types(text)


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "After the raid, leaders spoke of reconciliation, of a national dialogue and of new laws on meetings.",
    "At the funeral the elders talked of peace and of a truce between the parties.",
])
def test_a_deal_spoken_of_is_no_agreement(later: str) -> None:
    assert types(_RAID + later) == ["Protest with intervention"]


@pytest.mark.slow
def test_a_truce_signed_keeps_its_agreement() -> None:
    text = _RAID + "On Friday, the party and the regional government signed a truce in Mbeya."
    assert "Agreement" in types(text)
