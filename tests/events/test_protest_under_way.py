"""Protests that a sentence read alone takes as going on, though a modal, a negation or a prediction governs them
(`presupposed.protest_under_way`), and relative clauses on a noun of unrest that tell how the unrest went
(`relatives.tells_unrest`). GLOCON's sentences are read one at a time, so a sentence that says what will become of a
strike ("could be resolved") or of its strikers ("are set to lose their jobs") is the only mention of it there.
Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


def _sub(coder: EventCoder, nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    return label[1] if label else None


@pytest.mark.parametrize(("text", "sub"), [
    # a definite protest noun that a verb of ending, settling or carrying on takes: the protest has begun
    ("The minister said the bus strike could be settled by Friday.", "Peaceful protest"),
    ("Union leaders said the sit-in would not end before the talks.", "Peaceful protest"),
    ("The strike may continue into a third week, union officials said.", "Peaceful protest"),
    # people named by a participle of protest are protesting, whatever will become of them
    ("Striking nurses are set to lose a month's pay.", "Peaceful protest"),
    ("Protesting farmers will be moved away from the ministry gates.", "Peaceful protest"),
    # a relative clause in the simple past on a noun of unrest tells how it went
    ("Tuesday's unrest, which began with a march by 300 students, ended at dusk.", "Peaceful protest"),
])
def test_protests_under_way(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert _sub(coder, nlp, text) == sub


@pytest.mark.parametrize("text", [
    # a protest that has not begun: its own modal still unmakes it
    "The march will go ahead on Monday.",
    "The strike will begin on Monday.",
    # only the verb that takes the protest is read so: a warning or a plan above it is read as for any protest word
    "The strike may continue into a third week, the union warned.",
    # people named by who they are, not by what they do, are read by the actor rules as before
    "Protesters will be moved away from the ministry gates.",
    # a relative clause in the perfect on a noun of unrest sums up a conflict
    "Political violence, which has destroyed hundreds of homes since 1990, was the summit's topic.",
    # a killing in such a clause is what set the unrest off, told as its background
    "The unrest revived memories of the riots that swept the country after the killing of a teenager.",
    # a verb of ending above an indefinite protest noun says nothing of one under way
    "The union will not end a strike it has not called.",
])
def test_protests_not_under_way(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _sub(coder, nlp, text) is None
