"""A blast in a mine, a quarry or of gas is an accident of the works, no explosion event (`staged.works_mine`,
`mine_minerals` and `mine_works` in `modality.toml`, the `accident` cue's `story_patterns`; coder100, issue 10).
Team-written reports; a landmine, an attacker or a bomb named beside a mine keeps its event."""

from __future__ import annotations

import pytest

from eventwatch.api import extract


def types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published="2025-05-06")]


@pytest.mark.parametrize("text", [
    "LA PAZ, 6 May 2025 - Three miners died when a gas blast tore through a tin mine near Oruro on Monday.",
    "KATOWICE, 6 May 2025 - Two men were killed on Monday after a methane explosion deep in a coal mine near Rybnik.",
    "lima, 6 may 2025 - four workers were killed and two trapped on monday after an explosion and a collapse in the "
    "tunnels of a gold mine near nazca.",
    "ANKARA, 6 May 2025 - A blast at a limestone quarry near Konya killed two workers on Monday, the governor said.",
])
def test_a_works_blast_is_no_event(text: str) -> None:
    assert types(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("KABUL, 6 May 2025 - A landmine exploded under a truck near the coal mine in Baghlan on Monday, killing four "
     "soldiers.", "Remote explosive/landmine/IED"),
    ("OUAGADOUGOU, 6 May 2025 - Gunmen attacked a gold mine near Djibo on Monday, killing six miners.", "Attack"),
])
def test_a_weapon_or_an_attacker_at_a_mine_keeps_its_event(text: str, expected: str) -> None:
    assert expected in types(text)
