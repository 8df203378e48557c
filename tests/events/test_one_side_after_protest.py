"""Who the sides are decide the type (coder118, issue 10): a force's word inside an armed group's own name is no second
side (`one_side.without_own_name_force`), and a person beaten by men after a rally is its own event
(`after_protest.without_protest_as_time`). Team-written reports."""

from __future__ import annotations

from eventwatch.api import extract


def types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published="2024-03-12")]


def test_paramilitary_raid_on_a_village_is_an_attack() -> None:
    found = types("NYALA, March 12, 2024 (Wire) -- Survivors said fighters of the paramilitary Border Defence Forces "
                  "attacked the village of Kubum on Sunday.\n\nThey burned the houses.")
    assert "Attack" in found
    assert "Armed clash" not in found


def test_troops_who_kill_insurgents_stay_a_clash() -> None:
    found = types("MAIDUGURI, March 12, 2024 (Wire) -- Troops killed four insurgents in the forest near Bama on "
                  "Sunday, the army said in a statement.")
    assert found == ["Armed clash"]


def test_reporter_beaten_by_men_after_a_rally_is_mob_violence() -> None:
    found = types("TIMISOARA, March 12, 2024 (Wire) -- A photographer was kicked and punched by a group of young men "
                  "after a campaign rally in the centre of Timisoara on Monday evening, his newspaper said.")
    assert "Mob violence" in found
    assert "Peaceful protest" not in found


def test_reporter_attacked_by_two_men_after_a_rally_is_not_the_rally() -> None:
    found = types("TIMISOARA, March 12, 2024 (Wire) -- A photographer was attacked by two men after a campaign rally "
                  "in the centre of Timisoara on Monday evening, his newspaper said. He was treated in hospital for "
                  "a broken arm.")
    assert found == ["Attack"]


def test_marchers_beaten_by_police_after_a_rally_stay_the_protest() -> None:
    found = types("TIMISOARA, March 12, 2024 (Wire) -- Several students were beaten by police after a rally against "
                  "fee rises in the centre of Timisoara on Monday evening, their union said.")
    assert found == ["Excessive force against protesters"]
