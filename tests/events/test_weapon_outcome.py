"""A weapon's outcome is not its event: a charge set off against a thing ("blew up a stretch of pipeline", "the bridge
was blown up") is a Remote explosive, and fields or houses set alight by shells or bombs are the shelling's or the
bombing's event, not arson by a group (`ied` in `cues.toml`, `arson_by_group` in `decisions.toml`; coder113, issue
10). Team-written reports; arson with no weapon keeps Looting/property destruction, and anger "blew up" no event."""

from __future__ import annotations

import pytest

from eventwatch.api import extract


def types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published="2024-03-12")]


@pytest.mark.parametrize(("text", "expected"), [
    ("LAHORE, March 12, 2024 (Wire) -- Insurgents blew up a stretch of gas pipeline near Kot Adu early on Monday, "
     "cutting supplies to the city, officials said.", "Remote explosive/landmine/IED"),
    ("QUETTA, March 12, 2024 (Wire) -- A railway bridge near Sibi was blown up on Monday night, halting trains to "
     "the north, officials said.", "Remote explosive/landmine/IED"),
    ("LAHORE, March 12, 2024 (Wire) -- Government artillery shelled farmland near the village of Kot Adu on Monday, "
     "setting fire to crops and orchards, a local official said.", "Shelling/artillery/missile attack"),
])
def test_the_weapon_is_the_event(text: str, expected: str) -> None:
    found = types(text)
    assert expected in found
    assert "Looting/property destruction" not in found


def test_arson_with_no_weapon_is_property_destruction() -> None:
    text = ("LAHORE, March 12, 2024 (Wire) -- Armed men set fire to two lorries at a quarry near Kot Adu on Monday, "
            "police said.")
    assert types(text) == ["Looting/property destruction"]


def test_anger_that_blew_up_is_no_event() -> None:
    text = "LAHORE, March 12, 2024 (Wire) -- The minister blew up at reporters during a news conference on Monday."
    assert types(text) == []
