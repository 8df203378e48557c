"""Where a time expression may start: the scan's search for the master pattern, tried only where it can match.

Why: the master (`patterns.master`) is one alternation of every kind of expression behind a word-start test, and
Python's `re` cannot tell from it which characters a match begins with, so a search tried the whole alternation at
every word start of the text (about a tenth of the extraction on the bench corpus in the speed30 profile). The
characters each alternative can open with are read from its own pattern (its parse: the first character it can
take, through optional parts), so they are a superset by construction and need no upkeep when a kind is added. The
search looks for a word start holding one of them (a cheap pattern) and there tries, one by one, only the
alternatives that can open with that character; the scan only asks where the master matches (each kind is tried
there afterwards), which is the first such position (`tests/dates/test_starts.py`: the same, from every position).
The alternatives are the kinds' own compiled patterns: the master itself is no longer compiled (only the
fallback uses it).

Example: "Police said on Tuesday" - at "o" only the kinds that can open with an "o" are tried ("october",
"overnight"...), where the master ran through every alternative; a word opening with "k" or "\u201c" is
skipped by the cheap pattern alone.
"""

from __future__ import annotations

import re
import warnings
from functools import cache
from typing import Any

from eventwatch.dates.patterns import FLAGS, WORD_START, master, master_openers, master_parts

with warnings.catch_warnings():  # the parser of `re`, the only reader of a pattern's structure (deprecated name)
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sre
    import sre_parse

_CLASSES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
            sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _set(items: list[tuple[Any, Any]]) -> list[str] | None:
    """A character set's parts as a class's source; None for a negated set or a part not known here."""
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(_char(av))
        elif op is sre.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is sre.CATEGORY and av in _CLASSES:
            parts.append(_CLASSES[av])
        else:
            return None
    return parts


def _first_of(op: Any, av: Any) -> tuple[list[str], bool] | None:
    """The class parts an item can start with and whether it can match nothing; None when any character can."""
    if op is sre.LITERAL:
        return [_char(av)], False
    if op is sre.IN:
        parts = _set(av)
        return None if parts is None else (parts, False)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return [], True  # consumes nothing: what follows opens the match (ignoring the test only widens the set)
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _first(sub)  # a local flag would change the class's meaning
    if op is sre.BRANCH:
        parts, empty = [], False
        for branch in av[1]:
            got = _first(branch)
            if got is None:
                return None
            parts += got[0]
            empty = empty or got[1]
        return parts, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, sub = av
        got = _first(sub)
        return None if got is None else (got[0], got[1] or low == 0)
    return None


def _first(items: Any) -> tuple[list[str], bool] | None:
    """The class parts a sequence can start with (through its leading parts that can match nothing)."""
    parts: list[str] = []
    for op, av in items:
        got = _first_of(op, av)
        if got is None:
            return None
        parts += got[0]
        if not got[1]:
            return parts, False
    return parts, True


def _opening(source: str) -> re.Pattern[str] | None:
    """A class of the characters a match of `source` can begin with; None when any character can (or none)."""
    got = _first(sre_parse.parse(source, FLAGS))
    if got is None or got[1]:
        return None
    return re.compile("[" + "".join(dict.fromkeys(got[0])) + "]", FLAGS)


@cache
def _openings() -> tuple[re.Pattern[str] | None, ...]:
    return tuple(_opening(part) for part in master_parts())


@cache
def opening() -> re.Pattern[str] | None:
    """A word start holding a character some match of the master can begin with; None when any character can."""
    classes = _openings()
    if any(c is None for c in classes):
        return None  # an alternative that can match nothing, or open anywhere: the master is searched as it is
    return re.compile(WORD_START + "[" + "".join(dict.fromkeys(c.pattern[1:-1] for c in classes if c)) + "]",
                      FLAGS)


_BY_CHAR: dict[str, tuple[re.Pattern[str], ...]] = {}


def _tries_at(char: str) -> tuple[re.Pattern[str], ...]:
    """The master's alternatives that can open with `char`, in its order (the others cannot match there)."""
    tries = _BY_CHAR.get(char)
    if tries is None:
        tries = tuple(regex for regex, cls in zip(master_openers(), _openings(), strict=True)
                      if cls is None or cls.match(char))
        _BY_CHAR[char] = tries
    return tries


def search(text: str, pos: int) -> int | None:
    """Where `master().search(text, pos)` finds its match: the first word start from `pos` where one of the master's
    alternatives matches, tried only where one can open and with those that can open there."""
    first = opening()
    if first is None:
        hit = master().search(text, pos)
        return None if hit is None else hit.start()
    find, known = first.search, _BY_CHAR
    while True:
        at = find(text, pos)
        if at is None:
            return None
        start = at.start()
        char = text[start]
        tries = known[char] if char in known else _tries_at(char)
        for regex in tries:
            if regex.match(text, start) is not None:
                return start
        pos = start + 1
