"""The regular-expression cascade that finds time expressions, built once from the lexicons.

Each kind of expression ("date", "weekday", "ago", ...) is one pattern with named groups. The scanner runs a
single master pattern (every kind, groups stripped) to find where an expression starts, then tries each kind
at that position and keeps the longest, so that "Friday, Oct. 13" beats "Friday" and "between 2 and 4
January" beats "4 January" without relying on the order of alternatives. Regular expressions are an order of
magnitude faster than a general date parser, which matters at thousands of sentences per second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventwatch.dates.lexicon import lexicon

FLAGS = re.IGNORECASE


def _alternation(words: list[str], *, abbreviation_dot: bool = False) -> str:
    """Longest first, so that "september" is tried before "sept" and "sep"."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]")
        if abbreviation_dot and len(word) <= 4 and word not in ("may", "june", "july"):
            escaped += r"\.?"
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    regex: re.Pattern[str]


@cache
def fragments() -> dict[str, str]:
    """The alternations the patterns share (a month, a weekday, a numeral, a unit...), built once from the lexicon
    so that every pattern reads the same words."""
    lex = lexicon()
    month = _alternation(list(lex.months), abbreviation_dot=True) + r"(?![a-z])"
    weekday = _alternation(list(lex.weekdays)) + r"(?![a-z])"
    numeral = "(?:" + _alternation(list(lex.numerals)) + r"(?![a-z])|\d{1,3}(?![\d,]))"
    unit = _alternation(list(lex.units)) + r"(?![a-z])"
    season = _alternation(list(lex.seasons)) + r"(?![a-z])"
    holiday = _alternation(list(lex.holidays)) + r"(?![a-z])"
    # "in the past year" is the year before, not the indefinite past
    vague = _alternation(list(lex.vague)) + r"(?![\w-]|\s+(?:(?:year|month|week|decade|quarter)s?|century)\b)"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|:\d)"
    units = _alternation([w for w, v in lex.numerals.items() if 1 <= v <= 9 and w.isalpha() and len(w) > 2])
    teens = _alternation([w for w, v in lex.numerals.items() if 10 <= v <= 19])
    tens = _alternation([w for w, v in lex.numerals.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)])
    # a year said in words ("nineteen ninety-six", "two thousand one"), as broadcast transcripts write them
    words_year = (
        rf"(?:nineteen[\s-]+(?:{tens}(?:[\s-]+{units})?|{teens})|two\s+thousand(?:\s+and)?[\s-]+(?:{teens}|{units}))"
        r"(?![\w-]|\s+(?:hundred|thousand|million|percent|per\b))"
    )
    # "'98", "the summer of '69": a year by its last two digits (not "'90s", a decade; not "'98%", "'24/7")
    short_year = r"(?<![\w'’])['’]\d\d(?![\w'’%/:-]|[.,]\d)"
    year = (rf"(?:(?<![\d,.$£€#])(?:1[6-9]\d\d|20\d\d|21\d\d)(?!\d|,\d|\.\d|%)|(?<![\w-]){words_year}"
            rf"|{short_year})")
    clock = (
        r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am|pm)(?![a-z])|(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
        r"|noon|midday|midnight)(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time)(?![a-z]))?"
    )
    tod = r"(?:morning|afternoon|evening|night)(?![a-z])"
    part = (
        r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
        r"|the\s+first\s+half\s+of|the\s+second\s+half\s+of)"
    )
    # "the nineties": the plural of a tens numeral ("ninety" -> "nineties")
    decade_word = _alternation([w[:-1] + "ies" for w, v in lex.numerals.items() if v in range(20, 100, 10)])
    return {
        "decade_word": decade_word, "month": month, "weekday": weekday, "numeral": numeral, "unit": unit,
        "season": season, "holiday": holiday, "vague": vague, "day": day, "year": year, "clock": clock, "tod": tod,
        "part": part,
    }


def _kind_sources() -> dict[str, str]:
    f = fragments()
    month, weekday, day, year, clock, tod, part = (
        f["month"], f["weekday"], f["day"], f["year"], f["clock"], f["tod"], f["part"],
    )
    dash = r"(?:-|–|—|to|until|till|through|thru)"
    clock_prefix = rf"(?:(?P<clock>{clock}),?\s+(?:on\s+)?)?"
    clock_suffix = rf"(?:,?\s+at\s+(?P<clock2>{clock}))?"
    return {
        "iso": r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"
        r"(?:[T ](?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])",
        "slash_ymd": r"(?<![\w/])(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\w/])",
        "slash_mdy": r"(?<![\w/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?![\w/])",
        # "10.03.2013": dots are written day first (Europe, Africa, Asia), never month first
        "dotted_dmy": r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:1[6-9]|20)\d\d)(?!\w|\.\d)",
        "range_dm": rf"(?:between\s+(?P<a1>{day})\s+and\s+(?P<a2>{day})|(?:from\s+)?(?P<b1>{day})\s*{dash}\s*"
        rf"(?P<b2>{day}))\s+(?:of\s+)?(?P<mon>{month})(?:,?\s+(?P<y>{year}))?",
        "range_md": rf"(?:between\s+(?P<mon1>{month})\s+(?P<a1>{day})\s+and\s+(?:(?P<mon3>{month})\s+)?(?P<a2>{day})"
        rf"|(?:from\s+)?(?P<mon2>{month})\s+(?P<b1>{day})\s*{dash}\s*(?:(?P<mon4>{month})\s+)?(?P<b2>{day}))"
        rf"(?:,?\s+(?P<y>{year}))?",
        "date": rf"(?:(?P<part>{part})[\s-]+)?{clock_prefix}(?:(?P<wd>{weekday}),?\s+)?"
        rf"(?:(?:the\s+)?(?P<d1>{day})\s+(?:of\s+)?(?P<m1>{month})|(?P<m2>{month})\s+(?:the\s+)?(?P<d2>{day}))"
        rf"(?:,?\s+(?P<y>{year}))?{clock_suffix}",
        "month_year": rf"(?:(?P<part>{part})[\s-]+)?(?P<m>{month}),?\s+(?:of\s+)?(?:(?P<y>{year})"
        r"|(?P<rel>this|last|next|the\s+previous|the\s+preceding|the\s+following|the\s+next|that(?:\s+same)?"
        r"|the\s+same)\s+year(?![\w-]))",
        "relday": rf"(?:(?P<part>late|early|earlier|later)\s+)?(?:(?P<clock>{clock})\s+|(?:mid[\s-]?)?{tod}\s+)?"
        rf"(?P<w>yesterday|today|tonight|tomorrow)(?![\w-]|['’](?!s\b))(?:\s+(?P<tod>{tod}))?{clock_suffix}"
        rf"|(?:(?P<part2>late|early|earlier|later)\s+)?(?P<w2>this|last|yesterday|tomorrow)\s+(?P<tod2>{tod})"
        rf"|(?P<w3>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|overnight)",
        "same_day": rf"(?:(?P<part>earlier|later)\s+)?(?:that|the\s+same|that\s+same)\s+(?:day|{tod})(?![\w-])"
        rf"|(?:earlier|later)\s+in\s+the\s+day(?![\w-])|the\s+(?P<next>next|following)\s+(?:day|{tod})(?![\w-])"
        # "the previous day", "the day before." (not "the day before the vote": before an event); "the night
        # before,", "the day after.", "the morning after": the day named last, a day off, at a clause's end only
        rf"|the\s+(?P<prev>previous|preceding)\s+(?:day|{tod})(?![\w-])"
        rf"|the\s+(?:day|{tod})\s+(?:(?P<prev2>before|earlier)|(?P<next2>after))(?=\s*(?:[.,;:!?)\"'”’]|$))"
        # "Oct. 12, the day before the crash": in apposition to the day just named (kept only there, see anchor)
        r"|(?<=,\s)the\s+day(?=\s+(?:before|after|of|when)\s)",
        # "today is the eighth day of the strike", "it was a great day for Poland": the day spoken of (kept
        # only after a copula, see `resolve.spoken_day`)
        "spoken_day": r"(?:the|a|an)\s+(?:(?!day\b)[a-z0-9]+(?:-[a-z]+)?\s+)?day(?=\s+(?:for|of|in)\s)",
        # "the following Monday" (only after "the": "following Monday's vote" is after it; see `anchor_days`)
        "weekday": rf"{clock_prefix}(?:(?P<rel>last|this|next|coming|past|previous|(?<=the\s)following|late|early)\s+)?"
        rf"(?P<wd>{weekday})(?:\s+(?P<tod>{tod}))?"
        # "Tuesday of last week", "Monday of next week", "on Tuesday last week": that day of the week named, one
        # expression (not "said Tuesday last week's vote was fair": a possessive begins another expression)
        r"(?:\s+of\s+(?P<wrel>last|next|this|the\s+previous|the\s+following)\s+week(?![\w-])"
        r"|\s+(?P<wrel2>last|next|this)\s+week(?![\w'’-]))?"
        rf"{clock_suffix}",
        # "two days before." is before the report; "ten days before the shooting" is before an event
        # "a week or so ago": the same count, approximate (TimeML's mod APPROX)
        "ago": rf"(?P<n>{f['numeral']})\s+(?:(?:more|full|whole)\s+)?(?P<unit>{f['unit']})\s+(?:or\s+so\s+)?"
        rf"(?P<dir>ago|earlier|before(?=\s*(?:[.,;:!?)\"'”’]|$))|from\s+(?:now|today|(?P<from_wd>{weekday}))|hence"
        # "two days later": counted from the time named before (`units.later_than_named`; events only)
        r"|later(?!\s+(?:than|on|this|that|in|next|the)\b))(?![a-z])"
        r"|(?P<unit2>year|month|week)[\s-](?P<dir2>earlier|ago)(?![a-z])"
        # "will be redeemed in five years": a time that far ahead (kept only in a clause about the future)
        rf"|(?<=\bin\s)(?P<n3>{f['numeral']})\s+(?P<unit3>{f['unit']})"
        r"(?![\w-]|['’]|\s+(?:of|ago|earlier|later|before|after|from|to|and|or|old|in|running|that|which|when|where|with)\b)",
        # "the week before last", "the year before last": two units before the report's (not "the week before last
        # Tuesday", "the month before last year's vote": before a time named after "last")
        "relunit": r"the\s+(?P<unit4>week|month|year)\s+before\s+last(?![\w'’-]|\s+(?:week|month|year|night|"
        rf"decade|century|time|{f['season']}|{weekday}|{month})(?![a-z]))"
        rf"|(?:(?P<part>{part}|earlier|later|the\s+rest\s+of)[\s-]+)?(?P<det>the\s+|this\s+(?=past\s))?"
        r"(?P<rel>this|last|next|coming|past|previous|current|following|latest|same|most\s+recent)\s+(?:fiscal\s+)?"
        rf"(?P<unit>week|weekend|month|year|decade|century|{f['season']}|{month}(?!\.?\s+\d))(?![a-z])"
        # "earlier in the week", "later in the year": a part of that unit, one expression (see `units`)
        rf"|(?:(?P<part2>{part}|(?:earlier|later)(?:\s+in)?)[\s-]+)?(?P<the>the|that)\s+(?:(?:full|fiscal|calendar)\s+)?"
        r"(?P<unit2>weekend|year|month|decade|week)(?![\w-]|\s+long\b)",
        # "the first week of April", "the last week of February 2012", "the second week of next month": seven days
        # of that month (see `units`)
        "week_of_month": r"(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+week\s+of\s+"
        rf"(?:(?P<m>{month})(?:,?\s+(?P<y>{year}))?|(?P<rel>this|next|last)\s+month(?![\w-]))",
        # "the first Sunday of March", "the last Friday of next month": that weekday's place in the month (see
        # `units`); "in" only after a number ("the first Tuesday in November"; "last Friday in May" may be last week's)
        "weekday_of_month": r"(?:the\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<wd>"
        rf"{weekday})\s+(?:of|in)|(?P<last>last|final)\s+(?P<wd2>{weekday})\s+of)\s+(?:(?P<m>{month})"
        rf"(?:,?\s+(?P<y>{year}))?|(?P<rel>this|next|last)\s+month)(?![\w-])",
        # "on the 20th", "by the 3rd of next month", "on the 3rd of the following month": a day of a month said by
        # its number alone (see `units`); only after a preposition of time and at a clause's end or before a
        # function word (not "on the 20th floor")
        # (the lookbehinds come after "the", so that the scan fails on its first letter almost everywhere)
        "day_of_month": r"the(?:(?<=\bon\sthe)|(?<=\bby\sthe)|(?<=\buntil\sthe)|(?<=\btill\sthe)|(?<=\bsince\sthe)"
        r"|(?<=\bfrom\sthe)|(?<=\bbefore\sthe)|(?<=\bafter\sthe))\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
        r"(?:\s+of\s+(?P<rel>this|last|next|the\s+same|that|the\s+following|the\s+next|the\s+previous|the\s+preceding"
        r"|the)\s+month(?![\w-]))?"
        r"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:and|or|at|when|to|until|as|after|before|but|because|with|for|while)\b)",
        # "this time last year", "the same time a year ago": the report's day a unit before (or after)
        "this_time": r"(?:this|the\s+same)\s+time\s+(?:(?P<rel>last|next)\s+(?P<unit>year|month|week)"
        r"|a\s+(?P<unit2>year|month|week)\s+(?:ago|earlier))(?![\w-])",
        # "twice as high this year as last": the unit left unsaid after a comparison (kept only so, see `elided`)
        "elided_last": r"(?<![\w-])last(?=\s*(?:[.,;:!?)\"”’]|$))",
        # "FY2012", "FY 13": a fiscal year by its number, as "fiscal 2012" is
        "fiscal_year": r"(?<![\w-])FY[\s-]?(?P<y>(?:19|20)\d\d|\d\d)(?![\w%/-]|[.,]\d)",
        "year_end": r"(?:the\s+)?year(?:-|\s+|['’]s\s+)end(?![\w-])",
        "quarter": r"(?:(?P<yrel>this|last|next)\s+year['’]s\s+|the\s+(?P<yago>year-ago|year-earlier)\s+"
        r"|the\s+|its\s+)?"
        r"(?:(?P<fy>fiscal)\s+)?(?:(?P<yq>(?:1[6-9]\d\d|20\d\d))(?:'s)?\s+)?"
        r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal\s+)?(?P<q>quarter|half)"
        r"|(?P<ord2>first|last)\s+two\s+quarters)"
        rf"(?![a-z])(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>{year})"
        # "the fourth quarter of last year": one expression, the year said by its relation to the report's
        r"|\s+of\s+(?P<yrel2>last|this|next|the\s+previous|the\s+preceding|the\s+current|the\s+following|the\s+next"
        r"|that(?:\s+same)?|the\s+same|the)\s+(?:fiscal\s+)?year"
        r"(?![\w-]))?"
        # "next quarter", "the coming quarter": the one after the quarter under way (not "the next quarter century")
        r"|(?P<qnext>(?:the\s+)?(?:next|coming))\s+(?:fiscal\s+)?quarter(?![\w-]|\s+(?:of\s+a\s+)?century)"
        r"|(?P<qq>Q[1-4])(?:\s+(?P<y2>(?:1[6-9]\d\d|20\d\d)))?(?!\w)"
        # analysts' shorthand with its year: "1Q 2012", "H1 2013", "2H 2012" (bare "H1" is as often a visa or a
        # road, so only with a year)
        r"|(?P<qs>[1-4]Q|H[12]|[12]H)\s+(?P<y3>(?:1[6-9]\d\d|20\d\d))(?![\w%-])"
        r"|(?:the|its)\s+(?P<yq3>(?:19|20)\d\d)\s+(?P<q3>quarter|period)(?![a-z])"
        r"|(?:the|its|this|that)\s+(?:(?:comparable|same)\s+(?=year-))?"
        r"(?P<qrel>(?:latest|most\s+recent|current|previous|year-earlier|year-ago|"
        r"comparable|same|fiscal|\w+-quarter)\s+)?(?P<q2>quarter|period)(?![a-z]|-(?:century|to|of)\b)"
        r"(?P<qago>\s+a\s+year\s+(?:ago|earlier)(?![a-z]))?",
        "season": r"(?:(?P<the>the)\s+)?(?:(?P<part>early|mid|late)[\s-]+)?"
        r"(?:(?P<rel>last|this|next|the\s+coming|the\s+past|this\s+past)\s+)?"
        # "the winter of 2011-12": a season across the turn of the year is named by its first year, as TimeML does
        rf"(?P<s>{f['season']})(?:\s+(?:of\s+)?(?P<y>{year})(?:[-–/](?:\d\d){{1,2}}(?![\w%-]|[-/.]\d))?"
        # "the autumn of last year": one expression, the year said by its relation to the report's
        r"|\s+of\s+(?P<yrel>last|this|next|the\s+previous|the\s+preceding|the\s+following|the\s+next"
        r"|that(?:\s+same)?|the\s+same)\s+year(?![\w-]))?",
        "month": rf"(?:(?P<part>{part})[\s-]+)?(?P<m>{month})",
        # "the end of the 1990s", "the start of the '80s": the part of the decade, as "the late 1990s" is
        "decade": r"(?:(?P<part3>the\s+(?:end|beginning|start|middle)\s+of)\s+)?"
        r"(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?:(?P<d>1[6-9]\d0|20\d0)['’]?s|['’]?(?P<d2>\d0)s"
        rf"|(?<=the\s)(?:(?P<part2>early|mid|late)[\s-]+)?(?:nineteen[\s-]+)?(?P<dw>{f['decade_word']}))(?![a-z])",
        "century": r"(?:(?P<part3>the\s+(?:end|beginning|start|middle)\s+of)\s+)?"
        r"(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?:(?P<n>1\d|2[01])(?:st|nd|rd|th)|(?P<w>nineteenth|"
        r"twentieth|twenty-first))\s+century(?![\w-])",
        # "1957-58", "2010/11", "1998-2001": a span of years (not "2021-01": the second part must come later)
        "year_range": r"(?P<a>(?:1[6-9]|20)\d\d)\s?[-–/]\s?(?P<b>\d\d(?:\d\d)?)(?![\w%-]|[-/.]\d)",
        "year": rf"(?:(?P<part>{part}|earlier\s+in|later\s+in)[\s-]+)?(?:(?P<fy>fiscal|calendar)\s+|the\s+year\s+)?"
        rf"(?P<y>{year}|(?<=year\s)two\s+thousand(?![\w-]))",
        "holiday": rf"(?:(?P<rel>last|this|next)\s+)?(?P<h>{f['holiday']})(?:\s+(?P<y>{year}))?",
        "vague": rf"(?P<v>{f['vague']})",
        # "until then", "by then": the time last named (see `told.then_named`)
        "then": r"(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s))then(?![\w-])",
        # "in the morning", "by mid-afternoon": a part of the day last named (or of the report's day)
        "part_of_day": r"(?:(?:(?:[1-9]|1[0-2])\s+in\s+)?the\s+(?:mid[\s-]?)?|mid[\s-]?)"
        r"(?:morning|afternoon|evening)(?![\w-])",
        "clock": r"(?:(?P<pre>around|about|approximately)\s+)?"
        rf"(?P<clock>{clock})",
    }


@cache
def kinds() -> tuple[Kind, ...]:
    """Every kind of expression with its pattern compiled, once per process (compiling them is not cheap)."""
    return tuple(Kind(name, re.compile(source, FLAGS)) for name, source in _kind_sources().items())


_GROUP = re.compile(r"\(\?P<\w+>")


@cache
def master() -> re.Pattern[str]:
    """Every kind in one alternation (groups stripped), each anchored at a word start. The master only finds where
    an expression may start (each kind is then tried there), so a kind whose starts another kind already finds
    (a span of years starts with a year) is left out, and a century is found by its cheapest part."""
    return re.compile(WORD_START + "(?:" + "|".join(master_parts()) + ")", FLAGS)


WORD_START = r"(?<![\w])"  # how the master opens


@cache
def master_parts() -> tuple[str, ...]:
    """The master's alternatives, in its order (`dates/starts.py` tries at a word start only those that can open
    with its first character)."""
    sources = [_GROUP.sub("(?:", source) for name, source in _kind_sources().items() if name not in _STARTS_COVERED]
    return (*sources, _CENTURY_START)


@cache
def master_openers() -> tuple[re.Pattern[str], ...]:
    """The master's alternatives compiled one by one, in its order: the kinds' own patterns (a named group matches
    what its stripped copy does) and the century's start. At a word start the master matches where one of them
    does; compiling them costs what the master alone did, where copies of the master would cost it again each."""
    own = [kind.regex for kind in kinds() if kind.name not in _STARTS_COVERED]
    return (*own, re.compile(_CENTURY_START, FLAGS))


_STARTS_COVERED = frozenset({"year_range", "century"})
_CENTURY_START = (r"(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?"
                  r"(?:the\s+)?(?:early\s+|mid[\s-]+|late\s+)?(?:1\d|2[01])(?:st|nd|rd|th)\s+century"
                  r"|(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:the\s+)?(?:ninete|twent)")
