"""An accident's blast retold without its cause (coder108, issue 10): a bare "explosion" in a story that names a gas
cylinder, a gas explosion or a boiler elsewhere is the accident, unless its own sentence names a weapon or an attack
(`ordinary.accident_blast`, read by the assembler for stories only). Team-written sentences."""

from __future__ import annotations

import pytest

import eventwatch
from eventwatch.events.ordinary import accident_blast

_STORY = ("Two people died when an explosion ripped through a bakery in the old town on Friday. Firefighters said a "
          "gas cylinder had exploded near the ovens.")


def test_a_bare_blast_in_a_story_with_a_gas_cylinder_is_the_accident() -> None:
    lead = "Two people died when an explosion ripped through a bakery in the old town on Friday."
    assert accident_blast(_STORY, lead, "explosion")


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("A bomb hidden in a bag caused an explosion at the bakery on Friday.", "explosion"),
    ("Gunmen attacked the bakery before the explosion.", "explosion"),
    ("Two people died when an explosion ripped through a bakery on Friday.", "bomb"),
])
def test_a_weapon_an_attack_or_another_trigger_keeps_the_event(sentence: str, trigger: str) -> None:
    assert not accident_blast(_STORY, sentence, trigger)


def test_a_story_without_an_accidental_cause_keeps_the_blast() -> None:
    story = "Two people died when an explosion ripped through a bakery in the old town on Friday."
    assert not accident_blast(story, story, "explosion")


def test_tear_gas_is_no_cause() -> None:
    story = ("An explosion hit the police post on Friday. Officers fired tear gas explosions of smoke at the crowd "
             "afterwards.")
    assert not accident_blast(story, "An explosion hit the police post on Friday.", "explosion")


@pytest.mark.slow
def test_the_story_codes_no_event() -> None:
    events = eventwatch.extract("HARBOURTOWN, 3 March 2026 - " + _STORY, published="2026-03-03")
    assert events == []
