"""Fatalities of a listed set of victims: "shot dead a man, his adult son and his nephew" is three dead, not one.

Why: a report often names each victim of a killing instead of counting them ("killed a woman and her two
daughters", "a farmer and his wife were hacked to death", "the bodies of a teacher, her husband and their driver
were found"). `counts.find_fatalities` reads a count word or one victim after a kill verb, so such a list gave 1 or
nothing; ACLED counts every death of the event. Each member of the list counts one, or the number it holds ("her
two daughters" is 2), and "a family of five" counts five.

Team-written example: "Masked men shot dead a shopkeeper, his wife and their two sons outside Tegucigalpa" -> 4.

The list is read narrowly, since a list after a kill verb is not always of the dead:
- every member opens with a determiner, a possessive or a number ("a man", "his nephew", "two children"), so a
  clause joined by "and" or a comma ("killed a soldier, wounding his brother", "killed a man and injured his wife")
  ends the list before it;
- the list ends at punctuation, a preposition or a clause word ("at their home", "on Saturday", "who ...");
- a member that names no person ("a man and his car", "a herder and his cattle") leaves the whole list unread, so
  the count falls back to the reading before this rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.events.counts import _KILL_VERB
from eventwatch.events.number_words import QUALIFIER, number_regex, parse_count

# Words that open a member of the list: one person each, unless a number follows ("her two daughters").
_DETERMINER = r"(?:a|an|one|the|his|her|their|its)"
# What a member may name that is no person: its death is no fatality, so the list is not read.
_NOT_PERSON = re.compile(
    r"(?:cars?|vehicles?|trucks?|lorr(?:y|ies)|bus|buses|motorcycles?|houses?|homes?|shops?|buildings?|cows?|"
    r"cattle|goats?|sheep|camels?|donkeys?|horses?|dogs?|animals|livestock|property|crops?|equipment|weapons?|"
    r"guns?|rifles?)",
    re.IGNORECASE)
# Where the list after a kill verb ends: punctuation, or a word opening a phrase or a clause of the same sentence;
# a verb after the last member makes it the subject of a clause of its own ("killed a man and the army said ..."),
# so a verb ends no list there (the list is not read). After "the bodies of", "were found" ends it.
_CLAUSE_WORDS = (r"and|or|but|who|whom|whose|which|that|in|at|on|near|of|by|with|from|to|for|after|before|during|"
                 r"while|when|as|into|inside|outside|late|early|overnight|yesterday|today|wounding|injuring|leaving|"
                 r"including")
_CLAUSE = rf"(?:{_CLAUSE_WORDS})"
# Words that cannot be part of a member's noun phrase: those that end the list, and a verb of being or saying.
_STOP = rf"(?:{_CLAUSE_WORDS}|were|was|is|are|be|been|being|has|had|have|said|says)"
_BOUNDARY = rf"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+{_CLAUSE}\b)"
_FOUND = r"(?=\s+(?:were|have been|had been)\s+(?:\w+\s+)?(?:found|discovered|recovered|retrieved)\b)"
# A member named by a determiner that may be many ("the attackers", "his sons", "the police"): how many is not told.
# Or a subject with its verb, a clause of its own joined by "and" ("The troopers returned fire and two Maoists were
# killed", "the officer fired and ..."): a word in the plural, or one in the past after the member's first word.
# Both only in lower case, so a name ("Carlos", "Reyes") is no plural.
_MANY = re.compile(r"(?-i:[a-z]*[a-rt-z]s)|people|men|women|children|police|army|family|crowd|group|militia|youth|"
                   r"staff|crew|troops", re.IGNORECASE)
_NOT_PLURAL = frozenset({"bus", "news", "gas", "campus", "virus", "census", "bonus", "status", "series", "species",
                         "boss", "class", "mass", "press"})
_PAST = re.compile(r"(?-i:[a-z]+ed)|shot|fought|fled|took|ran|came|went|made|hit|struck|opened|fired", re.IGNORECASE)


def _not_one(words: list[str]) -> bool:
    """True when a member's words (after its determiner) may be many people or hold a verb (`_MANY`, `_PAST`)."""
    return any((_MANY.fullmatch(w) is not None and w.lower() not in _NOT_PLURAL)
               or (i > 0 and _PAST.fullmatch(w) is not None) for i, w in enumerate(words))


# Where a list of the dead told before its death verb may open: the sentence's start, after punctuation or after a
# word that opens a clause. Not inside a phrase: in "one of the suspects escaped, and the other later died" the
# words after "of" are no list of the dead.
_OPENS = (r"(?:^\s*[\"“]?|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bthat\s)|(?<=\bwhen\s)|(?<=\bas\s)|(?<=\bwhile\s)|"
          r"(?<=\bafter\s))")


@lru_cache(maxsize=1)
def _list_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The list after a kill verb, before a death verb, and after "the bodies of"; and "a family of N"."""
    num = number_regex()
    word = rf"(?!{_STOP}\b)[^\W\d_][\w'-]*"
    # a member: a determiner (with a number inside: "her two daughters") or a number, then one to three words;
    # the first opens with a determiner: "N men and M women were killed" is `counts._joined`'s, and a number first
    # is as often a span or a range ("fired for 30 minutes and 5 soldiers died", "between 35 and 45 militants")
    first = rf"{_DETERMINER}(?:\s+{num})?(?:\s+{word}){{1,3}}?"
    member = rf"(?:{_DETERMINER}(?:\s+{num})?|{num})(?:\s+{word}){{1,3}}?"
    listed = rf"(?P<list>{first}(?:,\s+{member})*,?\s+and\s+{member})"
    flags = re.IGNORECASE
    after_verb = re.compile(rf"\b{_KILL_VERB}\s+{listed}{_BOUNDARY}", flags)
    before_verb = re.compile(
        rf"{_OPENS}{listed}\s+(?:(?:were|have been|had been)\s+(?:\w+\s+)?"
        r"(?:killed|shot dead|murdered|beheaded|executed|lynched|gunned down|slain|hacked to death|stabbed to death|"
        r"beaten to death|burned to death|burnt to death)|died)\b",
        flags)
    bodies = re.compile(rf"\bbodies of\s+{listed}(?:{_BOUNDARY}|{_FOUND})", flags)
    return after_verb, before_verb, bodies


@lru_cache(maxsize=1)
def _family_pattern() -> re.Pattern[str]:
    num = number_regex()
    return re.compile(rf"\b{_KILL_VERB}\s+(?:a|an|the)\s+family\s+of\s+(?P<n>{QUALIFIER}{num})\b", re.IGNORECASE)


def _members(listed: str) -> list[str]:
    return [m.strip() for m in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed) if m.strip()]


def _member_count(member: str) -> int | None:
    """One for a person named by a determiner; the number a member holds ("her two daughters", "two children")."""
    determiner, _, rest = member.partition(" ")
    if re.fullmatch(_DETERMINER, determiner, re.IGNORECASE):
        inside = parse_count(rest)  # "her two daughters": the number after the determiner
        if inside is not None and determiner.lower() not in ("a", "an", "one"):
            return inside
        return None if _not_one(rest.split()) else 1
    return parse_count(member)


def listed_victims(text: str) -> tuple[int, int, int] | None:
    """The dead of a listed set of victims the text names (count, start, end of the list), or None.

    See the module's docstring: each member counts one or the number it holds; a list naming something other than
    a person is not read."""
    if "and" not in text.lower() and "family" not in text.lower():
        return None
    family = _family_pattern().search(text)
    if family is not None:
        value = parse_count(family.group("n"))
        if value is not None and value > 1:
            return value, family.start("n"), family.end("n")
    for pattern in _list_patterns():
        for m in pattern.finditer(text):
            members = _members(m.group("list"))
            if any(_NOT_PERSON.fullmatch(member.split()[-1]) for member in members):
                continue  # its last word names the member: "a man and his car", not "a bus driver and his conductor"
            counts = [_member_count(member) for member in members]
            if len(counts) < 2 or any(c is None for c in counts):
                continue
            return sum(c for c in counts if c is not None), m.start("list"), m.end("list")
    return None
