"""Who acts and who suffers, read from the parse (`events/syntax.role`): team-written sentences for each shape."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder
from eventwatch.events.actors import find_actors
from eventwatch.events.syntax import role


def _roles(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    sent = next(iter(nlp(text).sents))
    return {sent.text[f.start:f.end]: role(sent, f) for f in find_actors(sent.text)}


@pytest.mark.parametrize(("text", "expected"), [
    # an object or a "by" phrase after its verb keeps its own role (not the verb's)
    ("Gunmen attacked soldiers at the checkpoint.", {"Gunmen": "agent", "soldiers": "patient"}),
    ("The village was attacked by gunmen before dawn.", {"gunmen": "agent"}),
    ("Troops killed six insurgents in the forest.", {"Troops": "agent", "insurgents": "patient"}),
    # the source of the report is no participant
    ("Police said gunmen attacked the convoy near the border.", {"Police": "source", "gunmen": "agent"}),
    # who believes or alleges what happened reports it
    ("Residents believe soldiers burned the market.", {"Residents": "source", "soldiers": "agent"}),
    # the subject of a verb of suffering is a victim
    ("Three villagers died after militants stormed the hamlet.", {"villagers": "patient", "militants": "agent"}),
    # a backer named in a participle is not the one who acts
    ("Rebel fighters supported by Ukrainian forces seized the village.",
     {"Rebel": "agent", "Ukrainian forces": "other"}),
    # people in a relative clause that describes someone take no part in the sentence's event
    ("Residents who were attacked by militants last year marched to the governor's office.",
     {"Residents": "agent", "militants": "other"}),
])
def test_roles(nlp, text: str, expected: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    found = _roles(nlp, text)
    assert {k: found.get(k) for k in expected} == expected, found


def test_people_before_a_first_verb_of_suffering_are_victims(nlp) -> None:  # type: ignore[no-untyped-def]
    """With no subject the parse can name, the actor before the first verb acts, but not when that verb says they
    suffered: the passengers of a crashed plane who died are no mob."""
    sent = next(iter(nlp("All but one of the 90 people on board the ferry died when it capsized near the port.").sents))
    groups = EventCoder().actor_groups(sent)
    assert "agent_crowd" not in groups
