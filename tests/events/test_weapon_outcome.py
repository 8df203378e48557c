"""A weapon's outcome is not its event: fields or houses set alight by shells, bombs or an air strike are the
shelling's or the bombing's event, not arson by a group (`arson_by_group` in `decisions.toml`; coder113, issue 10).
Team-written reports; arson with no weapon keeps Looting/property destruction."""

from __future__ import annotations

from eventwatch.api import extract


def types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published="2024-03-12")]


def test_fire_set_by_shelling_is_the_shelling() -> None:
    found = types("LAHORE, March 12, 2024 (Wire) -- Government artillery shelled farmland near the village of Kot "
                  "Adu on Monday, setting fire to crops and orchards, a local official said.")
    assert "Shelling/artillery/missile attack" in found
    assert "Looting/property destruction" not in found


def test_arson_with_no_weapon_is_property_destruction() -> None:
    text = ("LAHORE, March 12, 2024 (Wire) -- Armed men set fire to two lorries at a quarry near Kot Adu on Monday, "
            "police said.")
    assert types(text) == ["Looting/property destruction"]
