"""The dates scan's search (`dates/starts.py`) finds where the master pattern's own search finds, from every position
of team-written text, while trying the master only where a match can open."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_prefixes_read_through_optional_parts_repeats_and_branches() -> None:
    """The paths of the first characters a match can begin with (`_prefixes`): optional parts both taken and not,
    a repeat's copies one after another, a branch's every arm, a test consuming nothing passed over."""
    from eventwatch.dates.starts import _follows, _prefixes

    paths = _prefixes(r"(?<![\w])(?:the\s+)?(?:early|mid)\s+\d{4}", 3)
    for key in ("the", "THE", "ear", "Mid", "mid"):
        assert _follows(paths, key), key
    for key in ("thx", "tea", "a d", "mad", "19 "):
        assert not _follows(paths, key), key
    assert _follows(_prefixes(r"a\s+b", 3), "a  ") and _follows(_prefixes(r"a\s+b", 3), "a\tb")
    assert not _follows(_prefixes(r"a\s+b", 3), "ab ")
    short = _prefixes(r"ok(?![a-z])", 3)  # a match of two characters: the third is not read
    assert _follows(short, "ok ") and _follows(short, "oK!") and not _follows(short, "oo ")
    assert _follows(_prefixes(r"(?i:x)yz", 3), "qqq")  # a local flag: read as opening with anything
    assert _follows(_prefixes(r"[^a]bc", 3), "zbc") and not _follows(_prefixes(r"[^a]bc", 3), "zcc")


# words the dates' kinds open with, and words near them that open no kind, for generated texts
_WORDS = ("the", "The", "THE", "a", "an", "on", "in", "at", "by", "last", "next", "this", "that", "same", "day",
          "days", "week", "weekend", "month", "year", "years", "ago", "earlier", "later", "early", "mid", "late",
          "Monday", "tuesday", "Wed.", "Sept.", "sep", "May", "march", "marched", "Jan", "Q3", "H1", "FY", "FY13",
          "noon", "midnight", "morning", "nights", "spring", "Fall", "summer", "two", "twenty", "nineteen",
          "thousand", "1990s", "'80s", "’98", "2024", "2023-05-04", "5/6/2021", "10.03.2013", "12", "3rd", "21st",
          "century", "quarter", "fiscal", "overnight", "yesterday", "today", "tonight", "tomorrow", "then", "until",
          "between", "from", "to", "-", "–", ",", ".", "(", "\u201c", "\u212a", "\u017f", "\u0131", "ſunday", "x")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14),
       st.lists(st.sampled_from((" ", " ", "  ", "\n", "", "-")), min_size=14, max_size=14))
def test_search_is_the_masters_search_on_generated_text(words: list[str], gaps: list[str]) -> None:
    """From every position of texts made of the kinds' own words and their neighbours, in any case and spacing
    (non-ASCII letters that fold to ASCII ones among them), the keyed search finds where the master's does."""
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    for pos in range(len(text) + 1):
        hit = master().search(text, pos)
        assert search(text, pos) == (hit.start() if hit is not None else None), (text, pos)


def test_keys_past_the_bound_are_tried_by_their_first_character(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past `MAX_KEYS` the tries of a new key are not kept (the cache is bounded) and the search is the same."""
    from eventwatch.dates import starts

    monkeypatch.setattr(starts, "_BY_KEY", {})
    monkeypatch.setattr(starts, "MAX_KEYS", 0)
    for text in TEXTS:
        for pos in range(len(text) + 1):
            hit = master().search(text, pos)
            assert search(text, pos) == (hit.start() if hit is not None else None), pos
    assert starts._BY_KEY == {}
