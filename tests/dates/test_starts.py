"""The dates scan's search (`dates/starts.py`) finds where the master pattern's own search finds, from every position
of team-written text, while trying the master only where a match can open."""

from __future__ import annotations

import pytest

from eventwatch.dates.patterns import master
from eventwatch.dates.starts import _opening, opening, search

TEXTS = [
    "Police said on Tuesday that 3,000 people marched on 12 May 2024, and again last week, in the 1990s style.",
    "Early this morning, the mid-1980s protests were recalled; by the end of the 21st century, who knows.",
    "’90s music, the '80s, Q3 2023, H1 2022, 2023-05-04T10:00, 5/6/2021 and the twentieth century.",
    "In SPRING, Yesterday's RALLY; tomorrow. FRIDAY Night, the Fall of 2019, fortnight ago, mid-March.",
    "Unicode: \u212a (Kelvin), \u017f (long s), \u0663 digits \u0661\u0662, \u201cToday\u201d \u2014 since Jan. 3rd.",
    "x" * 50 + " overnight at noon, 10 p.m., two days later, a decade ago, weeks earlier, New Year's Eve",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_search_is_the_masters_search(text: str) -> None:
    for pos in range(len(text) + 1):  # from every position, as the scan resumes anywhere
        hit = master().search(text, pos)
        assert search(text, pos) == (hit.start() if hit is not None else None), pos


def test_the_master_is_tried_only_where_it_can_open() -> None:
    first = opening()
    assert first is not None  # a kind that can open with any character would turn the shortcut off
    assert first.search("«»—") is None and first.search("kudzu vex") is None  # no kind opens with these
    assert first.search("on Monday") is not None and first.search("xMonday") is None  # a word start only


def test_openings_read_through_optional_parts() -> None:
    cls = _opening(r"(?:the\s+)?(?:early\s+)?year|\d{4}s")
    assert cls is not None
    assert all(cls.match(c) for c in "tTeEyY7")
    assert not any(cls.match(c) for c in "xa ")
    assert _opening(r"(?:the\s+)?") is None  # can match nothing: no class
    assert _opening(r".+ago") is None  # opens with anything: no class
    assert _opening(r"[^a]b") is None  # a negated set is not read
