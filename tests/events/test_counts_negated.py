"""A single death told with a negation between its verb and the death word is no death (`counts._ONE_WORD`).

`_ONE` lets one word stand between "was" and the death word ("the clerk was reportedly killed"); a negation is no
such word: "the guard was not killed" tells no death. Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events.counts import find_fatalities


@pytest.mark.parametrize("text", [
    "Gunmen stormed the depot at dawn, but the guard was not killed and fled into the hills.",
    "This trader was never killed by anyone, his cousin said of the rumour.",
    "A porter was not killed in the blast, the district officer told reporters.",
    "A watchman who slept at the gate was not shot dead, contrary to early rumours.",
    "Okafor was not killed in the raid, his family said on Tuesday.",
])
def test_a_negated_single_death_counts_none(text: str) -> None:
    assert find_fatalities(text) is None


@pytest.mark.parametrize("text", [
    "Gunmen stormed the depot at dawn and the guard was reportedly killed.",
    "A porter was killed in the blast, the district officer told reporters.",
    "A watchman who slept at the gate was shot dead before sunrise.",
    "Okafor was later killed in the raid, his family said on Tuesday.",
])
def test_a_single_death_with_one_word_still_counts_one(text: str) -> None:
    assert find_fatalities(text) == 1
