"""Who the doers are and what they did decide the type (coder115, issue 10; rules in `decisions.toml`): settlers
who shoot or kill are an armed group's Attack while settlers' stones and beatings stay Mob violence
(`settlers_lethal`); rebels or militants who blew up a pylon or a mast detonated a charge, ACLED's Remote
explosive/landmine/IED (`blown_up_by_group`, coder120's decision by ACLED's codebook), while a state force's
demolition stays property destruction. Team-written reports."""

from __future__ import annotations

from eventwatch.api import extract


def types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published="2024-03-12")]


def test_settlers_who_open_fire_are_an_attack() -> None:
    found = types("HEBRON, March 12, 2024 (Wire) -- Israeli settlers opened fire on olive pickers near the village "
                  "of Susya on Monday, killing one man, the health ministry said.")
    assert found == ["Attack"]


def test_a_man_shot_dead_by_settlers_is_an_attack() -> None:
    found = types("HEBRON, March 12, 2024 (Wire) -- A farmer was shot dead by settlers near the village of Susya "
                  "on Monday, the health ministry said.")
    assert found == ["Attack"]


def test_settlers_who_beat_shepherds_stay_mob_violence() -> None:
    found = types("HEBRON, March 12, 2024 (Wire) -- Israeli settlers assaulted shepherds near the village of Susya "
                  "on Monday, injuring two, the village council said.")
    assert found == ["Mob violence"]


def test_militants_who_blew_up_a_pylon_detonated_a_charge() -> None:
    found = types("GAO, March 12, 2024 (Wire) -- Insurgents blew up an electricity pylon outside the town of Ansongo "
                  "overnight, cutting power to the market, the energy company said.")
    assert found == ["Remote explosive/landmine/IED"]


def test_soldiers_who_blew_up_a_house_destroyed_property() -> None:
    found = types("GAZA, March 12, 2024 (Wire) -- Soldiers blew up the family home of a gunman in the town of "
                  "Jenin on Monday, residents said.")
    assert found == ["Looting/property destruction"]
