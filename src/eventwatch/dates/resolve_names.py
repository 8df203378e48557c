"""Handlers for months and years named on their own: "November 2019", "last March", "in June", "1998", "'98".

The words that read as months or years only with a cue ("May", "March", "Orion 1980", "flight 1999") are decided
here, beside the handlers that read them. Split from `resolve` so that each module holds one kind of expression.
"""

from __future__ import annotations

import re

from eventwatch.dates import calendar as cal
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.name_case import lower_case_month, named
from eventwatch.dates.resolve_base import (
    RELATION_STEPS,
    Context,
    apply_part,
    month_number,
    norm,
    with_year,
    year_number,
)
from eventwatch.records import DateRef

# a capitalised word (not a month, a title or a sentence's first word) that names something ("Orion 1980")
# right before a four-digit number, after a lower-case word that is not a preposition of time ("during Ramadan
# 2020", "since Eid 2019" are dates)
_NAME_BEFORE = re.compile(
    r"(?<=[a-z,;] )(?<!\bin )(?<!\bon )(?<!\bby )(?<!\bof )(?<!\bfor )(?<!\bfrom )(?<!\bafter )(?<!\bbefore )"
    r"(?<!\bsince )(?<!\bduring )(?<!\buntil )(?<!\bthrough )(?<!\bover )"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|In|Since|By|Until)\w*\s)[A-Z][a-z]+\s$"
)
# "flight 1999", "$2000", "MiG-1999" (a name); but "post-1959 politics" is after the year, TimeML's 1959
_NOT_A_YEAR_BEFORE = re.compile(
    r"(\bno\.|\bnumber|\bflight|\broute|\bmodel|\bsection|\barticle|[$£€#]|[a-z](?<!\bpre)(?<!\bpost)-)\s*$"
)


def month_year(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"March 2012", "March of last year": that month, the year written or said by its relation to the report's."""
    if m["rel"]:
        if ctx.reference is None:
            return None
        rel = norm(m["rel"])
        year = ctx.reference.year + RELATION_STEPS[rel]
    else:
        year = year_number(m["y"], ctx.reference)
    if not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
        return None
    return apply_part(cal.month_ref(year, month_number(m["m"])), m["part"])


_JOINED_TO_A_MONTH = re.compile(r"([A-Z][a-z]+)\.?\s*(?:and|or|to|through|until|-|–)\s*$")


def _after_a_month(text: str, start: int) -> bool:
    """"March" or "May" joined to a month named just before ("between January and March", "April or May",
    "from February to March") is a month too, however ambiguous the word is alone."""
    joined = _JOINED_TO_A_MONTH.search(text, max(0, start - 20), start)
    return joined is not None and joined.group(1).lower() in lexicon().months


# "the March accession", "a May deadline": a capitalised month between a determiner and a lower-case noun
# modifies the noun as a month does; not before a function word ("the March on Washington") nor before an agent
# noun ("the March organisers": a march's)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|its|their|his|her)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|on|to|for|in|from|and|or|at|by|with|against|through|across|into|is|was|were|are|will|has|had|"
    r"would|that|which|who)\b)[a-z]{3,}(?<!ers)(?<!ors)\b"
)


def _month_modifier(text: str, start: int, end: int) -> bool:
    return _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None and bool(_NOUN_AFTER.match(text, end))


def month(m: re.Match[str], ctx: Context) -> DateRef | None:
    """A month named alone ("in March"), in its nearest year for the clause's tense; "may" and "march" and bare
    abbreviations only where a month is wanted (after "in", "since", "early"...), as they are more often other
    words."""
    word = m["m"]
    name = norm(word)
    if not (named(word) or lower_case_month(ctx.text, m.start("m"), m.end("m"))) or (
            len(name) <= 4 and not word.endswith(".") and name not in ("june", "july", "may")):
        return None  # "may", "march" and bare abbreviations ("Mar", "Jan") are too often not months
    if name in ("may", "march"):
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        cue = r"\b(in|of|since|until|by|during|last|this|next|early|late|mid)\s*$"
        if (not m["part"] and not re.search(cue, before) and not _after_a_month(ctx.text, m.start())
                and not _month_modifier(ctx.text, m.start(), m.end())):
            return None
    if ctx.reference is None:
        return None
    number = month_number(word)
    year = with_year(ctx, number, None, None, m.start(), m.end())
    if year is None:
        return None
    return apply_part(cal.month_ref(year, number), m["part"])


# the words after which "'98" stands for a year ("in '98", "since '05", "the '98 elections", "class of '89");
# elsewhere an apostrophe before two digits is more often a quotation opening on a number ("'12 people died'")
_SHORT_YEAR_BEFORE = re.compile(
    r"\b(?:in|of|since|by|until|till|from|during|before|after|to|through|and|or|the|early|mid|late|spring|summer"
    r"|fall|autumn|winter)\s+$", re.IGNORECASE)


# an article or a possessive right before a model year ("a 1987 Chevrolet", "Kopp's 1987 Chevrolet", "his 2002
# Honda"); "In 1987 Chevrolet sold more trucks" has none and keeps its year
_OWNER_BEFORE = re.compile(r"(?:\b(?:a|an|his|her|their|its|my|our|your)|\w['’]s?)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([A-Z][\w-]*)")


def _model_year(text: str, start: int, end: int) -> bool:
    """A year between an article or a possessive and a make or model (`data/dates/model_makes.tsv`) is a model
    year, part of the product's name: TBAQ leaves "Kopp's 1987 Chevrolet Cavalier" unmarked, and an event told of
    a suspect's car happened in the report's days, not in the year the car was built."""
    after = _WORD_AFTER.match(text, end)
    return (after is not None and after.group(1) in lexicon().model_makes
            and _OWNER_BEFORE.search(text, max(0, start - 12), start) is not None)


def year(m: re.Match[str], ctx: Context) -> DateRef | None:
    """A year written as one ("2012", "in '98"); not "the 1800s", a count ("2012 people"), nor a quotation's
    "'98" on its own."""
    value = year_number(m["y"], ctx.reference)
    if m["y"][:1] in "'’" and m.start() == m.start("y") and not _SHORT_YEAR_BEFORE.search(ctx.text, 0, m.start()):
        return None  # "'98" on its own is a year only after a word that takes one ("in '98"), not a quotation
    after = ctx.text[m.end() : m.end() + 20].lower()
    if re.match(r"s\b", after) or (value % 100 == 0 and value < 2000 and re.match(r"['’]s\b", after)):
        return None  # "the 1800s", "the 1900's": hundreds of years (`periods.decade`), not a year; "2002's" is
    following = re.match(r"\s*([a-z%]+)", after)
    if following and following.group(1) in lexicon().quantity_words:
        return None
    if _model_year(ctx.text, m.start(), m.end()):
        return None  # "a 1987 Chevrolet": a model year names a product, not a time
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if _NOT_A_YEAR_BEFORE.search(before):
        return None
    if re.search(r"\b(than|about|over|some|nearly|almost|around|of|least|up to)\s+$", before) and value < 1900:
        return None
    if m.start() == m.start("y") and _NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # a number in a name ("Orion 1980", "Vision 2030") is not a year
    part = norm(m["part"])
    if part in ("earlier in", "later in"):
        part = "early" if part.startswith("earlier") else "late"
    return apply_part(cal.year_ref(value), part or None)
