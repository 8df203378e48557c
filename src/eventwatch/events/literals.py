"""Cue patterns with the words they require: a pattern is run on a sentence only when one of its words is in it.

Why: the coder asks of every parsed sentence which of some 60 cue groups occur in it and where (hundreds of
case-insensitive patterns), and the prefilter asks of every sentence of a report whether an anchor group occurs.
Python's `re` tries a pattern at every position of the sentence, so a pattern that does not occur (nearly all of
them, in any one sentence) costs a full scan. Nearly every cue pattern holds words no match can do without
('\\bprotest(?:s|ed)?\\b' needs "protest"; '\\b(?:threw|hurled) (?:\\w+ ){0,3}stones' needs "threw" or "hurled", and
" stones"): when none of them is in the sentence the pattern cannot match it and is not run. A necessary condition
only, so what is found is what running every pattern finds: the same groups, hits, parsed sentences and events.

Case: the patterns are case-insensitive, so the words are looked for in a folded copy of the sentence (ASCII
letters lower-cased, and the four other characters that `re` matches to an ASCII letter under IGNORECASE mapped to
it: `_FOLD_EXTRA`, checked against `re` over all of Unicode by the tests).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Characters beyond ASCII that `re.IGNORECASE` matches with an ASCII letter: dotted and dotless I, the long s and
# the Kelvin sign.
_FOLD_EXTRA = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
FOLD = str.maketrans({**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}, **_FOLD_EXTRA})

Condition = frozenset[str]  # one of these words occurs (folded) in every match
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}


def fold(text: str) -> str:
    """`text` with every character that can match an ASCII letter case-insensitively turned into that letter in
    lower case (same length, same offsets)."""
    return text.translate(FOLD)


def required(pattern: re.Pattern[str]) -> Condition | None:
    """Words (folded) one of which every match of `pattern` contains; None when none can be told from its syntax."""
    if pattern.flags & re.VERBOSE:
        return None
    return _best(_conditions(list(sre_parse.parse(pattern.pattern, pattern.flags))))


def _best(conditions: Iterable[Condition]) -> Condition | None:
    """The most telling condition: the one whose shortest word is longest (then the fewest words)."""
    return max(conditions, key=lambda c: (min(len(w) for w in c), -len(c)), default=None)


def _conditions(items: Sequence[tuple[Any, Any]]) -> list[Condition]:
    """Conditions a match of this sequence of parsed items meets: each run of literal characters it must contain
    (zero-width assertions do not break a run: they consume nothing), each required alternation or repeat."""
    found: list[Condition] = []
    run: list[str] = []

    def close() -> None:
        if run:
            found.append(frozenset({"".join(run)}))
            run.clear()

    for op, value in _flatten(items):
        if op is sre.LITERAL and value < 128:
            run.append(chr(value).translate(FOLD))
        elif op in _ZERO_WIDTH:
            continue
        elif op is sre.BRANCH:
            close()
            options = [_best(_conditions(list(branch))) for branch in value[1]]
            if options and all(o is not None for o in options):
                found.append(frozenset().union(*(o for o in options if o is not None)))
        elif op in _REPEATS and value[0] >= 1:
            close()
            inner = _best(_conditions(list(value[2])))
            if inner is not None:
                found.append(inner)
        else:
            close()
    close()
    return found


def _flatten(items: Sequence[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """A group that changes no flags is its items, in place (so that literal runs continue across it). So is one that
    only turns case-folding off ("(?-i:league)": only the lower-case word): a word it matches is still among the
    folded words of the text, so the screen stays a superset of what the pattern finds."""
    out: list[tuple[Any, Any]] = []
    for op, value in items:
        if op is sre.SUBPATTERN and not value[1] and value[2] in (0, re.IGNORECASE):
            out.extend(_flatten(list(value[3])))
        else:
            out.append((op, value))
    return out


class GroupScreen:
    """The patterns of a cue group, each with its required words (None when it has none): a pattern none of whose
    words is in the text cannot match it, and is not run."""

    __slots__ = ("patterns",)

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple((p, required(p)) for p in patterns)

    def candidates(self, present: frozenset[str] | set[str]) -> list[re.Pattern[str]]:
        """The patterns that may match a text holding the words `present` (`CueScreens.words_in`), in order."""
        return [p for p, words in self.patterns if words is None or not words.isdisjoint(present)]


# Words are filed by their first _LEAD characters: a word can occur in a text only where its lead does.
_LEAD = 3


class CueScreens:
    """The screens of every cue group, and the words they look for, each looked up once per text."""

    __slots__ = ("always", "by_lead", "groups", "postings", "short", "words")

    def __init__(self, groups: Iterable[tuple[str, Sequence[re.Pattern[str]]]]) -> None:
        self.groups = {name: GroupScreen(patterns) for name, patterns in groups if patterns}
        self.words = tuple(sorted({w for g in self.groups.values() for _, ws in g.patterns for w in ws or ()}))
        # which patterns each word may let through, (group, position in the group), and the patterns with no words
        postings: dict[str, list[tuple[str, int]]] = {}
        self.always: dict[str, tuple[int, ...]] = {}
        for name, screen in self.groups.items():
            for i, (_, ws) in enumerate(screen.patterns):
                for word in ws or ():
                    postings.setdefault(word, []).append((name, i))
            none = tuple(i for i, (_, ws) in enumerate(screen.patterns) if ws is None)
            if none:
                self.always[name] = none
        self.postings = {word: tuple(found) for word, found in postings.items()}
        by_lead: dict[str, list[str]] = {}
        for word in self.words:
            if len(word) >= _LEAD:
                by_lead.setdefault(word[:_LEAD], []).append(word)
        self.by_lead = {lead: tuple(words) for lead, words in by_lead.items()}
        self.short = tuple(w for w in self.words if len(w) < _LEAD)

    def words_in(self, text: str) -> set[str]:
        """The screens' words that occur in `text`, case-folded. Why not one substring look-up per word (some 900,
        as before): the text's own three-letter runs are fewer than the words' leads, so only the words whose lead
        occurs in the text are looked up (a few dozen): the same set, about three times cheaper per sentence."""
        folded = fold(text)
        leads = {folded[i:i + _LEAD] for i in range(len(folded) - _LEAD + 1)}
        found = {w for w in self.short if w in folded}
        for lead in leads.intersection(self.by_lead):
            found.update(w for w in self.by_lead[lead] if w in folded)
        return found

    def chosen(self, text: str) -> Chosen:
        """The patterns of each group that may match `text` (`candidates` of `words_in`), kept with the text."""
        return Chosen(text, self.candidates(self.words_in(text)))

    def patterns_of(self, text: str, chosen: Chosen | None = None) -> dict[str, list[re.Pattern[str]]]:
        """`chosen(text).patterns`, taken from `chosen` when it was read from this very text: the events stage
        screens each sentence before its parse and the coder reads the parsed sentence's text again (the same
        words, some 47 µs a sentence looked up twice); any other text is looked up afresh."""
        if chosen is not None and chosen.text == text:
            return chosen.patterns
        return self.candidates(self.words_in(text))

    def candidates(self, present: frozenset[str] | set[str]) -> dict[str, list[re.Pattern[str]]]:
        """Each group's patterns that may match a text holding the words `present` (`words_in`), in the group's
        order; a group none of whose patterns may match is left out. The same patterns as asking each group
        (`GroupScreen.candidates`), found from the words a text holds (a few dozen look-ups) rather than by testing
        every pattern of every group (some 730 set tests a sentence)."""
        picked: dict[str, set[int]] = {name: set(found) for name, found in self.always.items()}
        for word in present:
            for name, i in self.postings.get(word, ()):
                picked.setdefault(name, set()).add(i)
        return {name: [self.groups[name].patterns[i][0] for i in sorted(found)] for name, found in picked.items()}


@dataclass(frozen=True, slots=True)
class Chosen:
    """A text and each cue group's patterns its words let through (`CueScreens.chosen`): the sentence screen's
    reading of a sentence, handed on to the coder's reading of the same sentence once it is parsed."""

    text: str
    patterns: dict[str, list[re.Pattern[str]]]
