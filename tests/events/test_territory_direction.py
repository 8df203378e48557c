"""Territory changes read by who takes control (decisions.toml `group_retakes`, `regain`, and the `fight_denied`
group of cues.toml). Team-written sentences: a place "retaken" by an armed group is a non-state takeover, by
government forces a regain; a takeover told "without" a fight, with a verb between, is a Non-violent transfer."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder

REGAINS = ("Battles", "Government regains territory")
OVERTAKES = ("Battles", "Non-state actor overtakes territory")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")



@pytest.mark.parametrize(("text", "expected"), [
    ("Rebel fighters retook the village from the army on Sunday.", OVERTAKES),
    ("The militants regained control of the border crossing.", OVERTAKES),
    ("The town was retaken by the militia on Friday.", OVERTAKES),
    ("Soldiers retook the base from the militants.", REGAINS),
    ("The town was recaptured by government troops on Sunday.", REGAINS),
])
def test_who_takes_control_decides_the_direction(coder: EventCoder, nlp, text: str,  # type: ignore[no-untyped-def]
                                                 expected: tuple[str, str]) -> None:
    assert coder.classify(nlp(text)) == expected


@pytest.mark.parametrize("text", [
    "Government troops regained several villages held by the rebels without engaging in any armed clashes.",
    "The militia took control of the district without facing any resistance.",
])
def test_without_a_fight_with_a_verb_between_is_a_transfer(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) == TRANSFER
