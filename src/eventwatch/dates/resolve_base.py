"""What every handler shares: the match context (text, reference, tense) and the early/mid/late parts."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from eventwatch.dates import calendar as cal
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.tense_spans import planned_progressive, schedule_start, without_change_ends
from eventwatch.records import DateRef

_PART_WORDS = {
    "early": "early", "mid": "mid", "late": "late", "the end of": "late", "the beginning of": "early",
    "the start of": "early", "the middle of": "mid",
}
_SPACES = re.compile(r"\s+")
# the copula before a day named by what it was ("today is the eighth day of...", 'it was "a great day for...'),
# with `past` set when the day is one already told of
SPOKEN_COPULA = re.compile(r"\b(?:is|(?P<past>was)|it['’]s|marks|(?P<past2>marked))\s+(?:[\"“‘'`]+\s*)?$",
                           re.IGNORECASE)


@dataclass(slots=True)
class Context:
    """What a handler may look at besides its match: the whole text, the reference and the clause's tense."""

    text: str
    reference: dt.date | None
    indefinite: bool = False
    # a date printed on a caption or dateline: a yearless day is the latest one at most a week after the
    # reference, whatever the tense (see `calendar.printed_year`)
    printed: bool = False

    def future(self, start: int, end: int) -> bool:
        """Does the clause around [start, end) speak of the future?

        Four cheap cues: a future marker in the clause before ("will meet on Friday"; only the same
        sentence, up to ~80 characters back, so that a "will" elsewhere in a long sentence says nothing about
        this date); a present copula right before it ("the vote is on Sunday", "Game 4 is Sunday": what is
        on a day not yet past; not "the focus is on Sunday's vote"); a present-tense verb of a scheduled event
        or a deadline among the three words just before ("meet separately Monday", "until Tuesday"); and, for
        a date that opens its sentence ("On Tuesday, the league plans to..."), a future marker in the clause
        after it.
        """
        window = _clause_before(self.text[max(0, start - 80) : start])
        clause = " " + _SPACES.sub(" ", window.lower()) + " "
        if _has_marker(clause):
            # "The rebels will withdraw, the army announced Monday": the marker's clause has ended at the comma
            # and the date is the time of a verb told in the past after it, not of what is to come
            tail = " " + _SUBCLAUSE.split(clause)[-1] + " "
            return _has_marker(tail) or not told_in_past(self.text, start)
        if _THROUGH.search(clause):  # "runs through June" is ahead, "ran through June" and "stayed until June" past
            forms = _PAST.findall(clause)
            past = [w for w in forms if w not in _DEFERRED]  # "postponed until Monday" is ahead
            if len(past) < len(forms) and "had" not in past:
                return True  # "has extended the loans through January", "was postponed until May": moved ahead
            if past:
                return False
            if _PRESENT.search(clause):
                return True
        if schedule_start(window) and not any(_told_verb(w) for w in _TOKEN.findall(window)):
            return True  # "the third flight departing each Thursday from August 6": a timetable's start, ahead
        if _COPULA_BEFORE.search(clause) and not self.text.startswith(("'s", "’s"), end):
            return True  # "the vote is on Sunday", "Game 4 is Sunday": a present copula before a day, a schedule
        words = _WORD.findall(clause)
        # "had been due to expire Friday" is a past perfect; "Until Thursday, they had..." opens a sentence
        adjacent = lexicon().future_verbs.get(words[-1]) == "adjacent" if words else False
        if len(words) > 1 and "had" not in words and (adjacent or _scheduled_verb(words) or _would_do(words)):
            return True
        if planned_progressive(words, lexicon().future_verbs, _PAST) and not self.text.startswith(("'s", "’s"), end):
            return True  # "negotiators are meeting again Saturday": a plan, the coming Saturday (not "Monday's")
        if _OPENING.fullmatch(window):
            return _future_after(self.text[end : end + 80])
        return False


    def told_past(self, start: int, end: int) -> bool:
        """Is the date the time of an event the clause tells in the simple past: a past verb just before it ("the
        ferry sank on Jan. 10", see `told_in_past`) or, for a date that opens its sentence, the first verb of the
        clause after it ("On March 3, rebels attacked the town")?"""
        if told_in_past(self.text, start):
            return True
        window = _clause_before(self.text[max(0, start - 80) : start])
        if not _OPENING.fullmatch(window):
            return False
        # an opening date as an adverbial ("On March 3 rebels...", "March 3, rebels..."), not a noun's modifier
        # ("January platinum gained $11": a futures contract's month, ahead)
        adverbial = bool(window.strip()) or self.text.startswith(",", end)
        return adverbial and _past_after(self.text[end : end + 60])


# where the clause after an opening date ends: a sentence or clause boundary, or a quotation or a colon that
# opens someone's own words ("On March 1 the group posted: 'We will strike...'": their future, not the date's)
_AFTER_STOP = re.compile(r"[.;:](?:\s|$)|\n|[\"“«]|``|(?<=\s)['‘]")  # not "Sunday's"
# a verb of saying in the past before the marker: the date is when it was said ("On Tuesday, the army warned
# it will strike")
_SAID = re.compile(r"\b(?:said|told|announced|reported|posted|wrote|warned|declared|stated|added|confirmed|claimed|"
                   r"tweeted|threatened|vowed|promised|pledged|insisted|urged|asked|called|signalled|signaled|"
                   r"indicated|revealed|disclosed|predicted|forecast|agreed|decided|voted)\b")


def _future_after(after: str) -> bool:
    """For a date that opens its sentence ("On Tuesday, the league plans to..."): a future marker in the clause
    after it, before any past verb of saying."""
    stop = _AFTER_STOP.search(after)
    clause = " " + _SPACES.sub(" ", after[: stop.start() if stop else len(after)].lower()) + " "
    said = _SAID.search(clause)
    return _has_marker(clause[: said.start()] if said else clause, strict=True)


def _past_after(after: str) -> bool:
    """For a date that opens its sentence: a verb in the simple past among the first five words of the clause
    after it, before any modal or present copula ("On March 3, the rebels attacked"; not "On March 3, the court
    will rule", "On March 3, the rebels are to withdraw")."""
    stop = _AFTER_STOP.search(after)
    tokens = _TOKEN.findall(after[: stop.start() if stop else len(after)])
    words = [t for t in tokens if t.isalpha()][:5]
    for index, word in enumerate(words):
        if word.lower() in _MODALS or word.lower() in _NOT_THE_VERBS or word.lower() in ("is", "are", "plans"):
            return False
        if _told_verb(word) and (index == 0 or words[index - 1].lower() not in _NOT_A_PAST_BEFORE):
            return True
    return False


_WORD = re.compile(r"[a-z]+")
# words before a noun: "the vote", "his visit", "a meet" are events named, not verbs in the present tense
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "s"})


def _scheduled_verb(words: list[str]) -> bool:
    """A present-tense verb of a scheduled event among the three words before the date ("meet separately
    Monday", "resumes Tuesday"), but not a noun ("the vote on Sunday", "Obama's visit Monday") and not one
    followed by a past form ("the vote, held on Sunday", "talks that began Monday")."""
    verbs = lexicon().future_verbs
    if words and words[-1] == "on":  # "leaves for Paris on Saturday": the day's own "on" is no word of the verb's
        words = words[:-1]
    for index in range(max(0, len(words) - 3), len(words)):
        if verbs.get(words[index]) != "verb":
            continue
        noun = index > 0 and words[index - 1] in _DETERMINERS
        if not noun and not any(_PAST.fullmatch(w) for w in words[index + 1 :]):
            return True
    return False

def _would_do(words: list[str]) -> bool:
    """The future of a past report right before the date: "would" and a verb with at most two words after it
    ("he said he would resign on Friday", "would resume talks Monday", "would be held on April 24"): what was said
    to come. Not "would have" (a past that did not happen), nor with a past form between ("would appeal the ruling,
    announced Wednesday"), nor "would" further back ("would look for ways to get around Wednesday's ruling")."""
    tail = words[-5:]
    if "would" not in tail:
        return False
    after = tail[len(tail) - tail[::-1].index("would") :]
    if after and after[-1] == "on":
        after = after[:-1]
    # a past form right after "be" is a passive's participle ("would still be held on April 24"), no past
    return (1 <= len(after) <= 3 and after[0] not in ("have", "not", "never")
            and not any(_PAST.fullmatch(w) and (i == 0 or after[i - 1] != "be") for i, w in enumerate(after)))


# "is on", "are", "is expected": a present copula right before a bare day says when something is to happen ("the
# verdict is expected Friday")
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on\s+|set\s+for\s+|due\s+|(?:now\s+)?expected\s+(?:on\s+)?)?$")
_THROUGH = re.compile(r"\b(?:through|thru|until|till)\s+(?:the\s+end\s+of\s+|mid[\s-]?|early\s+|late\s+)?$")
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|ran|was|were|had|did|went|held|kept|stood|began|fell|rose|grew|stayed|spent|"
                   r"lasted|continued|remained|sat|slept|fought|left|took|got|made)\b")
_DEFERRED = frozenset({"postponed", "delayed", "adjourned", "deferred", "extended", "suspended", "recessed",
                       "scheduled", "planned", "expected", "set", "pushed", "moved"})
_PRESENT = re.compile(r"\b(?:runs?|lasts?|is|are|continues?|remains?|stays?|extends?|goes|go|holds?|lives?|"
                      r"works?|closes?|opens?|applies|apply|expires?|ends?|valid|effective|open|closed)\b")
# "had been scheduled to expire Friday": a plan in the past perfect is over, not ahead
_PAST_PERFECT = re.compile(r"\bhad(?:\s+been)?(?:\s+\w+ly)?\s*$")
_MODALS = frozenset({"will", "shall", "'ll", "’ll"})
# where a sub-clause begins inside a sentence: a comma, or a relative word ("the fighting that broke out Sunday")
_SUBCLAUSE = re.compile(r",|\b(?:that|which|who|whom|whose|where|when)\b")
# "the offensive began as previously planned Saturday night": the plan's own time, not a plan ahead of the report
_PLAN_WORDS = frozenset({"planned", "scheduled"})
_AS_PLANNED = re.compile(r"\b(?:previously|originally)\s*$")
_OPENING = re.compile(r"\s*(?:[\"'`‘“]+\s*)?(?:on\s+|by\s+)?", re.IGNORECASE)


_BOUNDARY = re.compile(r"(\w*)[.?!]['\"”’]*\s+|[;\n]|,(?:''|[\"”’])\s")


def _clause_before(window: str) -> str:
    """The end of `window` after its last sentence or clause boundary (a quotation's end is one: its "will" is
    the speaker's); the full stop of an initial ("Daniel P. Davison", "U.S.") or of a title ("Mr.") is not."""
    cut = 0
    for m in _BOUNDARY.finditer(window):
        word = m.group(1)
        if word and ((len(word) == 1 and word.isupper()) or word.lower() in lexicon().abbreviations):
            continue
        cut = m.end()
    return window[cut:]


@cache
def _marker_patterns(strict: bool) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The word markers as one alternation (longest first; each between spaces in the clause) and the
    contractions ("'ll"), which are looked for as they are: one scan of the clause instead of one per marker."""
    words: list[str] = []
    contractions: list[str] = []
    for marker in lexicon().future_markers:
        if strict and " " not in marker and marker not in _MODALS:
            continue
        (contractions if marker.startswith(("'", "’")) else words).append(marker)
    alternation = "|".join(re.escape(m) for m in sorted(words, key=len, reverse=True))
    return re.compile(rf" (?:{alternation})(?= )"), tuple(contractions)


def _has_marker(clause: str, *, strict: bool = False) -> bool:
    """A future marker in `clause` not after a past perfect ("had been scheduled to"); `strict` keeps only
    modals and multi-word markers ("plans to"), not single words such as "planned" that, after the date, are as
    often a past tense or a noun."""
    pattern, contractions = _marker_patterns(strict)
    if any(marker in clause for marker in contractions):
        return True
    return any(not _PAST_PERFECT.search(clause, 0, hit.start())
               and not (hit.group().strip() in _PLAN_WORDS and _AS_PLANNED.search(clause, 0, hit.start()))
               for hit in pattern.finditer(clause))


def year_number(text: str, reference: dt.date | None = None) -> int:
    """A year written in digits ("1996"), in words ("nineteen ninety-six", "two thousand one") or by its last two
    digits ("'98"). A two-digit year is the one of that ending in the hundred years that end ten years after the
    report's ("'98" in 2013 is 1998, "'15" 2015, "'00" in 1995 2000; "'25" in 1989 is 1925): a report names the
    past far more often than a far future. Without a report's date, the years up to 2029 are this century's."""
    text = norm(text)
    if text[:1] in "'’" and text[1:].isdigit():
        last_two = int(text[1:])
        if reference is None:
            return last_two + (2000 if last_two < 30 else 1900)
        year = reference.year // 100 * 100 + last_two
        if year > reference.year + 10:
            return year - 100
        return year + 100 if year <= reference.year - 90 else year
    if text.isdigit():
        return int(text)
    words = [w for w in re.split(r"[\s-]+", text) if w != "and"]
    numerals = lexicon().numerals
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(numerals.get(w, 0) for w in words[2:])
    return 1900 + sum(numerals.get(w, 0) for w in words[1:])


_ENDED_BEFORE = re.compile(r"\bended\s+(?:on\s+)?$", re.IGNORECASE)
# "since March", "ever since May 4": a starting point, which is never after the report ("up 4% since March" in a
# February report is last March, though the coming one is nearer)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def with_year(ctx: Context, month: int, day: int | None, year: str | None, start: int, end: int) -> int | None:
    """The year of a month (and day) written without one: the written year, else the nearest one (the coming one
    in a clause about the future); a day something "ended" on, or printed on a caption, and a month or day after
    "since", are not after the report."""
    if year:
        return year_number(year, ctx.reference)
    if ctx.reference is None:
        return None
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 8), start):
        if day:
            return cal.printed_year(ctx.reference, month, day, slack=0)
        return ctx.reference.year - (1 if month > ctx.reference.month else 0)
    if (ctx.printed or _ENDED_BEFORE.search(ctx.text, max(0, start - 12), start)) and day:
        # a day printed on a caption, or the day something "ended" on, is not after the report
        return cal.printed_year(ctx.reference, month, day, slack=7 if ctx.printed else 0)
    if ctx.future(start, end):
        candidate = ctx.reference.year
        target = (month, day or 1) if day else (month, 32)
        if target < (ctx.reference.month, ctx.reference.day if day else 0):
            this_year = cal.valid_day(candidate, month, day) if day else None
            # a deadline a few days past ("to repatriate him by Jan. 14", reported on the 15th) is not next year's
            if this_year is None or (ctx.reference - this_year).days > 30:
                candidate += 1
        return candidate
    if ctx.told_past(start, end):
        # "the ferry sank on Jan. 10" in a December report is the January gone by, though the coming one is
        # nearer; a week's slack, as for a caption, for a report dated before the paper that prints it ("said in
        # an editorial on Saturday, April 25" in a wire copy of the 24th)
        if day:
            return cal.printed_year(ctx.reference, month, day)
        return ctx.reference.year - (1 if month > ctx.reference.month else 0)
    return cal.nearest_year(ctx.reference, month, day)


_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|[^\sA-Za-z]")
# words that, between a verb and a date, say the date belongs to something else than the verb's own event ("agreed
# to meet on March 3", "asked for talks in May", "sold it before March 3", "a plan that ends in May")
_NOT_THE_VERBS = frozenset({
    "to", "for", "until", "till", "by", "through", "and", "or", "but", "that", "which", "who", "when", "before",
    "after", "since", "from", "ahead", "of", "will", "would", "next", "this", "due", "payable", "effective",
})
# the word before a form in -ed that makes it an adjective, a passive in the present or one still to come ("the
# revised March figures", "inflation-adjusted spending in April", "a day which is celebrated on 3 May", "could be
# held in May", "to be signed on Jan. 4")
_NOT_A_PAST_BEFORE = frozenset({
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "be", "being", "to", "s", "-", "is",
    "are", "am", "gets", "get",
})
_NOT_TOLD = _DEFERRED | _PLAN_WORDS | {"slated", "timed", "earmarked", "billed", "tipped", "booked", "targeted",
                                      "aimed", "fixed", "rescheduled", "called", "advanced", "ended"}


def told_in_past(text: str, start: int) -> bool:
    """Is the date at `start` the time of a verb in the simple past just before it, with at most three words (its
    object or place) and a preposition between ("the ferry sank on Jan. 10", "rebels took the town in March",
    "was rescued Nov. 25")? What a report tells in the past has happened, so a yearless day or month is not after
    the report, where the nearest year would put a date a month or two ahead. Schedule words ("planned for",
    "postponed", "set"), a clause about something else between ("agreed to meet on March 3") and an adjective
    ("the revised March figures") are not such a verb."""
    tokens = _TOKEN.findall(_clause_before(text[max(0, start - 70) : start]))
    if tokens and tokens[-1].lower() in ("on", "in", "during"):
        tokens.pop()
    tokens = without_change_ends(tokens)  # "changed from a fiscal year to a calendar year in December"
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 5), -1):
        word = tokens[index]
        if not word.isalpha() or word.lower() in _NOT_THE_VERBS:
            return False
        if _told_verb(word):
            return index == 0 or tokens[index - 1].lower() not in _NOT_A_PAST_BEFORE
    return False


def _told_verb(word: str) -> bool:
    """A lower-case simple past form: a regular one in -ed (not "need", "speed", nor a schedule word such as
    "planned") or one of `data/dates/past_verbs.tsv`."""
    regular = len(word) > 4 and word.endswith("ed") and not word.endswith("eed") and word not in _NOT_TOLD
    return word.islower() and (regular or word in lexicon().past_verbs)


# a year or week said by its relation to the report's ("last year", "the following year", "Tuesday of next week"), as
# steps from it; "that year", "the same year" are the report's here, and `of_story` moves them (and "the following
# year") to the year the story named, when it named one. `units` reads the same steps for a month said against the
# report ("the 20th of next month") and for a unit referred back to ("the previous month" after "in June 2011"), and
# `relunit` for the word before a unit alone ("past week", "the latest year": the latest year is the last complete
# one, as the latest quarter is). A word missing here has no step of its own: each reader says what it is then
RELATION_STEPS = {"last": -1, "the previous": -1, "the preceding": -1, "next": 1, "the following": 1, "the next": 1,
                  "this": 0, "the current": 0, "that": 0, "that same": 0, "the same": 0,
                  "past": -1, "previous": -1, "latest": -1, "most recent": -1, "coming": 1, "following": 1}


def norm(word: str | None) -> str:
    """A captured word as the lexicons key it: lower case, spaces folded, a trailing abbreviation dot dropped; ""
    for a group that did not match, so that callers need not test for None."""
    return _SPACES.sub(" ", (word or "").lower().strip()).rstrip(".")


def month_number(word: str | None) -> int:
    return lexicon().months[norm(word)]


def day_number(word: str | None) -> int:
    return int(re.sub(r"\D", "", word or "0"))


def _half_way(ref: DateRef) -> dt.date:
    """The last day of the first half: of a run of whole months, the end of its middle month ("the first half of
    the year" is January to June, TimeML's `H1`, not up to July 2); of anything else, the middle day."""
    months = (ref.last.year - ref.first.year) * 12 + ref.last.month - ref.first.month + 1
    if ref.first.day == 1 and ref.last == cal.month_end(ref.last.year, ref.last.month) and months % 2 == 0:
        year, month = cal.add_months(ref.first.year, ref.first.month, months // 2 - 1)
        return cal.month_end(year, month)
    return ref.first + (ref.last - ref.first) / 2


def apply_part(ref: DateRef | None, word: str | None) -> DateRef | None:
    """`ref` narrowed to the part a word before it names ("early", "mid", "the end of", "the first half of");
    any other part word the patterns capture reads as its last third."""
    if ref is None or not word:
        return ref
    part = norm(word)
    if part in ("the first half of", "the second half of"):
        mid = _half_way(ref)
        if part.startswith("the first"):
            return cal.range_ref(ref.first, mid)
        return cal.range_ref(mid + dt.timedelta(days=1), ref.last)
    return cal.part_of(ref, _PART_WORDS.get(part, "late"))
