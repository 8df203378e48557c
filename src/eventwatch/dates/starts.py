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

The first character alone left some eleven alternatives to try at each such word start ("t" opens "the", "that",
"to", and a dozen kinds can open with "the"), 660,000 `match` calls over 200 bench reports (speed53). So the
paths of the first `KEY_LENGTH` characters each alternative's matches can begin with are read from its parse the
same way (`_prefixes`: through optional parts, repeats and branches; a superset by construction), and at a word
start only the alternatives whose paths the next three characters follow are tried, looked up by those characters
(speed55: some 1.03 alternatives a start, the scan 0.34 -> 0.12 CPU s over those reports' texts, the same starts).

Example: "Police said on Tuesday" - at "on " only the kinds whose matches can begin so are tried (none: "october",
"overnight" cannot), where the master ran through every alternative; a word opening with "k" or "\u201c" is
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


# How many characters from a word start the screen reads (`_prefixes`), and how many keys of that length it keeps
# the tries of: the key space is bounded (ASCII keys only) but a crawl of odd text could fill it; past the bound a
# key's tries are those of its first character, as before.
KEY_LENGTH = 3
MAX_KEYS = 50_000
# A path of character classes (a class's source; None for any character) some match can begin with, and whether the
# match can end there (a path that reached `KEY_LENGTH` characters is cut there and never ends)
_Paths = set[tuple[tuple[str | None, ...], bool]]


def _prefix_of_sequence(items: Any, k: int) -> _Paths:
    """The paths of at most `k` classes a sequence of parsed items can begin with (see `_prefixes`)."""
    opened: set[tuple[str | None, ...]] = {()}
    done: set[tuple[str | None, ...]] = set()
    for op, av in items:
        grown: set[tuple[str | None, ...]] = set()
        for path in opened:
            for more, ended in _prefix_of_item(op, av, k - len(path)):
                (grown if ended and len(path) + len(more) < k else done).add(path + more)
        opened = grown
        if not opened:
            break
    return {(path, False) for path in done} | {(path, True) for path in opened}


def _prefix_of_item(op: Any, av: Any, k: int) -> _Paths:
    """One parsed item's paths of at most `k` (>= 1) classes; a part not read here may open with anything."""
    anything: _Paths = {((None,) * k, False)}
    if op is sre.LITERAL:
        return {((_char(av),), True)}
    if op is sre.IN:
        parts = _set(av)
        return {((None if parts is None else "".join(parts),), True)}
    if op in (sre.NOT_LITERAL, sre.ANY):
        return {((None,), True)}
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return {((), True)}  # consumes nothing (ignoring the test only widens the paths)
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return anything if add_flags or del_flags else _prefix_of_sequence(sub, k)
    if op is sre.BRANCH:
        return set().union(*(_prefix_of_sequence(branch, k) for branch in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        paths: _Paths = {((), True)} if low == 0 else set()
        opened: set[tuple[str | None, ...]] = {()}
        for copies in range(1, min(high, low + k) + 1):  # past `low`, a copy changes the paths only by consuming
            grown: set[tuple[str | None, ...]] = set()
            for path in opened:
                for more, ended in _prefix_of_sequence(sub, k - len(path)):
                    if ended and len(path) + len(more) < k:
                        grown.add(path + more)
                    else:
                        paths.add((path + more, False))
            opened = grown
            if copies >= low:
                paths |= {(path, True) for path in opened}
            if not opened:
                break
        return paths
    return anything


def _prefixes(source: str, k: int = KEY_LENGTH) -> _Paths:
    """Every path of at most `k` character classes a match of `source` can begin with, read from its parse as
    `_opening` reads the first class: a superset by construction (a test consuming nothing is passed over, a part
    not read opens with anything), so at a position whose next `k` characters follow none of the paths (a shorter
    path: the match can end within them) the pattern cannot match."""
    return _prefix_of_sequence(sre_parse.parse(source, FLAGS), k)


def _follower(paths: _Paths) -> re.Pattern[str]:
    """A pattern matching at the start of a key exactly when the key follows one of the paths as far as both go
    (a path's classes one after another; any character where a class is not read; a path that ends, as a prefix)."""
    return re.compile("|".join("".join(r"[\s\S]" if cls is None else "[" + cls + "]" for cls in path)
                               for path, _ in sorted(paths, key=repr)), FLAGS)


@cache
def _followers() -> tuple[re.Pattern[str], ...]:
    return tuple(_follower(_prefixes(part)) for part in master_parts())


def _follows(paths: _Paths, key: str) -> bool:
    """True when `key` (the text's next characters) follows one of the paths as far as both go."""
    return _follower(paths).match(key) is not None


_BY_CHAR: dict[str, tuple[re.Pattern[str], ...]] = {}
_BY_KEY: dict[str, tuple[re.Pattern[str], ...]] = {}


def _tries_at(char: str) -> tuple[re.Pattern[str], ...]:
    """The master's alternatives that can open with `char`, in its order (the others cannot match there)."""
    tries = _BY_CHAR.get(char)
    if tries is None:
        tries = tuple(regex for regex, cls in zip(master_openers(), _openings(), strict=True)
                      if cls is None or cls.match(char))
        _BY_CHAR[char] = tries
    return tries


def _tries_before(key: str) -> tuple[re.Pattern[str], ...]:
    """The master's alternatives whose matches can begin with the characters `key`, in its order: those that can
    open with its first character (`_tries_at`) and follow one of their paths (`_prefixes`) through it."""
    tries = _BY_KEY.get(key)
    if tries is None:
        if len(_BY_KEY) >= MAX_KEYS:
            return _tries_at(key[0])  # the bound reached: the first character's tries, kept per character
        opening_char = set(_tries_at(key[0]))
        tries = tuple(regex for regex, follower in zip(master_openers(), _followers(), strict=True)
                      if regex in opening_char and follower.match(key) is not None)
        _BY_KEY[key] = tries
    return tries


def search(text: str, pos: int) -> int | None:
    """Where `master().search(text, pos)` finds its match: the first word start from `pos` where one of the master's
    alternatives matches, tried only where one can open and with those whose matches can begin with the next
    `KEY_LENGTH` characters there (the first character's alone where fewer are left or one is not ASCII)."""
    first = opening()
    if first is None:
        hit = master().search(text, pos)
        return None if hit is None else hit.start()
    find, by_key, by_char, size = first.search, _BY_KEY, _BY_CHAR, KEY_LENGTH
    while True:
        at = find(text, pos)
        if at is None:
            return None
        start = at.start()
        key = text[start : start + size]
        if len(key) == size and key.isascii():
            tries = by_key[key] if key in by_key else _tries_before(key)
        else:
            char = key[0]
            tries = by_char[char] if char in by_char else _tries_at(char)
        for regex in tries:
            if regex.match(text, start) is not None:
                return start
        pos = start + 1
