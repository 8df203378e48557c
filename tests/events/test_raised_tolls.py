"""A revised toll told in the paragraph after the act (`totals.raised_tolls`): "raising the toll to five" gives the
act its latest figure, even when the lead already counted its first dead. Team-written sentences."""
from __future__ import annotations

import pytest

from eventwatch.events.totals import raised_tolls


def _sent(nlp, text: str):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


def test_the_next_paragraphs_revised_toll_is_the_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    shelling = _sent(nlp, "Mortar rounds hit the market on Monday, killing four traders.")
    raised = _sent(nlp, "A fifth trader died in hospital overnight, raising the toll to five, officials said.")
    assert raised_tolls([(0, True, shelling), (1, False, raised)]) == [5, None]
    assert raised_tolls([(0, True, shelling), (0, False, raised)]) == [5, None]


def test_too_far_or_after_another_event_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    shelling = _sent(nlp, "Mortar rounds hit the market on Monday, killing four traders.")
    other = _sent(nlp, "Police arrested two suspects in the town on Tuesday.")
    raised = _sent(nlp, "A fifth trader died in hospital overnight, raising the toll to five, officials said.")
    assert raised_tolls([(0, True, shelling), (2, False, raised)]) == [None, None]
    assert raised_tolls([(0, True, shelling), (1, True, other), (1, False, raised)]) == [None, 5, None]


@pytest.mark.parametrize("text", [
    "Four other soldiers were being treated for shrapnel wounds.",
    "The death toll of the conflict has passed 40,000.",
])
def test_no_revised_toll_is_read(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    shelling = _sent(nlp, "Mortar rounds hit the market on Monday, killing four traders.")
    assert raised_tolls([(0, True, shelling), (1, False, _sent(nlp, text))]) == [None, None]
