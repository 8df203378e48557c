"""Fighting aimed at a practice (crime, smuggling, corruption, kidnapping) is a policy or a mission, no Armed clash,
and the practice it names is no event either (`ordinary.fight_on_practice`, `practice_fight_words` and
`fought_practices` in `modality.toml`; coder112, issue 10). Team-written reports; fighting people keeps its clash."""

from __future__ import annotations

import pytest

from eventwatch.api import extract


def types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published="2025-05-06")]


@pytest.mark.parametrize("text", [
    "BOGOTA, 6 May 2025 - The new brigade was set up in the port of Tumaco on Monday to combat smuggling and "
    "extortion.",
    "LIMA, 6 May 2025 - The coastguard unit was set up in Callao on Monday to patrol the bay and combat organised "
    "crime.",
    "QUITO, 6 May 2025 - The president opened a new office for the fight against kidnapping in Guayaquil on Monday.",
    "MANILA, 6 May 2025 - The minister said on Monday that the army had fought drug trafficking across the region.",
])
def test_fighting_a_practice_is_no_event(text: str) -> None:
    assert types(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("MEDELLIN, 6 May 2025 - Police battled drug traffickers in the Comuna 13 district on Monday, killing three.",
     "Armed clash"),
    ("GAO, 6 May 2025 - Soldiers killed five militants near Ansongo on Monday as part of the fight against "
     "terrorism.", "Armed clash"),
    ("QUITO, 6 May 2025 - Gunmen kidnapped a doctor in Guayaquil on Monday.", "Abduction/forced disappearance"),
])
def test_fighting_people_keeps_its_event(text: str, expected: str) -> None:
    assert expected in types(text)
