"""Crowd sizes as ACLED writes them in `tags` ("crowd size=around 200"), with the count rules applied."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.events.crowd import crowd_size


@pytest.mark.parametrize(("phrase", "expected"), [
    (None, "no report"), ("", "no report"), ("Around 200", "around 200"), ("about a thousand", "about 1,000"),
    ("four", "4"), ("two hundred", "200"), ("1500", "1,500"), ("More than 1,200", "more than 1,200"),
    ("200-300", "between 200 and 300"), ("Several thousand", "several thousand"), ("dozens", "dozens"),
    ("a dozen", "a dozen"), ("a few hundred", "a few hundred"), ("At  least   20", "at least 20"),
])
def test_crowd_size_in_acleds_words(phrase: str | None, expected: str) -> None:
    assert crowd_size(phrase) == expected


@given(st.text(max_size=40))
def test_any_phrase_gives_a_lower_case_one_line_size(phrase: str) -> None:
    size = crowd_size(phrase)
    assert size and size == size.lower() and "\n" not in size
    assert ";" not in size or ";" in phrase  # a tag never gains ACLED's tag separator
