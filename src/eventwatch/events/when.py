"""Which time expression dates an event: the one the parse attaches to the event's verb, not merely the nearest;
and, for a paragraph that names no date, the date of a photo caption beside it.

"On 20 January, the family of a farmer whose body turned up on 13 January protested": both dates are in the
sentence, and "13 January" is nearer the trigger, but only "On 20 January" modifies "protested". A date inside a
noun phrase ("POWs from the 2020 war") or another clause dates something else. Bare times of day ("overnight",
"at noon") and deictic words ("current", "now") only date an event when nothing better is said.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from eventwatch.records import Caption, DateRef, Span

_TIME_OF_DAY = re.compile(
    r"^(?:around |about |at |by |after |before |shortly )*(?:overnight|noon|midnight|dawn|dusk|\d{1,2}(?::\d\d)?\s*"
    r"(?:a\.?m\.?|p\.?m\.?|o'clock|hours?|hrs)|(?:early |late )?(?:morning|afternoon|evening|night))$",
    re.IGNORECASE,
)
_DEICTIC = re.compile(r"^(?:current(?:ly)?|now|nowadays|recent(?:ly)?|present|today's)$", re.IGNORECASE)
_VERBAL = ("VERB", "AUX")
# "had blocked the plaza since Tuesday morning", "missing since 7 May": a day after "since" is when a state began
# that lasts up to the time told, not the day of the event reported (of the 21 dates after "since" in the ACLED
# development notes' even half, none is the event's date), so it dates no event. A month or year after "since"
# ("have been fighting since last year", "since 2017") still dates its sentence: such a long-running state is the
# story's background (`background`), not an event of the report's days
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


_BOUNDS = "eventwatch_token_bounds"  # the key of a Doc's token offsets in its user_data


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token whose characters cover `char`, as the first token of the Doc that does (None when none does).

    Tokens are in text order and do not overlap, so the only candidate is the last token starting at or before
    `char`: found by bisection in the tokens' offsets, read once per Doc in one array (walking the Doc made a
    spaCy `Token` per word, at every date of every event)."""
    bounds = doc.user_data.get(_BOUNDS)
    if not (isinstance(bounds, tuple) and len(bounds[0]) == len(doc)):  # read anew if the Doc was retokenised
        rows: list[list[int]] = doc.to_array(["IDX", "LENGTH"]).tolist() if len(doc) else []
        bounds = ([r[0] for r in rows], [r[0] + r[1] for r in rows])
        doc.user_data[_BOUNDS] = bounds
    starts, ends = bounds
    i = bisect.bisect_right(starts, char) - 1
    return doc[i] if i >= 0 and char < ends[i] else None


def _governing_verb(token: Token) -> Token | None:
    """The verb a time expression modifies directly: through a preposition or as an adverbial, no noun between."""
    head = token
    for _ in range(4):  # date words -> their head word, a preposition, then the verb
        if head.head is head:
            return head if head.pos_ in _VERBAL else None
        head = head.head
        if head.pos_ in _VERBAL:
            return head
        if head.pos_ not in ("ADP", "NUM", "PROPN", "SCONJ") and head.dep_ not in ("npadvmod", "nummod", "compound"):
            return None
    return None


def _event_verbs(trigger: Token) -> set[int]:
    """The trigger and the verbs it hangs from up to its clause ("carried out an air strike" -> carried)."""
    verbs = {trigger.i}
    node = trigger
    for _ in range(4):
        if node.pos_ in _VERBAL and node.dep_ not in ("xcomp", "conj", "aux"):
            break
        if node.head is node:
            break
        node = node.head
        verbs.add(node.i)
    return verbs


def _rank(ref: DateRef) -> int:
    """Lower is more informative: a calendar date, then a relative day, then a bare time of day or deictic word."""
    text = ref.span.text.strip() if ref.span else ""
    if _DEICTIC.match(text):
        return 3
    if _TIME_OF_DAY.match(text):
        return 2
    return 0 if ref.granularity == "day" else 1


def _since(text: str, start: int) -> bool:
    """Whether the date at `start` of the sentence `text` follows "since"."""
    return start >= 0 and _SINCE_BEFORE.search(text, max(0, start - 12), start) is not None


def pick_date(sent: Doc, offset: int, trigger: Span, dates: list[DateRef]) -> DateRef | None:
    """The date of the event whose trigger is `trigger`, among the sentence's `dates` (document offsets); None when
    the sentence has none but the day a state began ("since Tuesday", `_SINCE_BEFORE`)."""
    dates = [d for d in dates if d.granularity != "day" or not _since(sent.text, d.span.start - offset if d.span
                                                                          else -1)]
    if not dates:
        return None
    trigger_token = _token_at(sent, trigger.start - offset)
    verbs = _event_verbs(trigger_token) if trigger_token is not None else set()
    first_verb = next((t.i for t in sent if t.pos_ in _VERBAL), len(sent))

    def score(ref: DateRef) -> tuple[int, int, int]:
        start = ref.span.start if ref.span else 0
        token = _token_at(sent, start - offset)
        attached = 2
        if token is not None:
            verb = _governing_verb(token)
            if verb is not None and verb.i in verbs:
                attached = 0
            elif token.i < first_verb and (verb is None or verb.i in verbs or verb.dep_ == "ROOT"):
                attached = 1  # a sentence-initial "On 3 May," frames the main clause
        return (_rank(ref) >= 2, attached, _rank(ref) * 1000 + abs(start - trigger.start))

    return min(dates, key=score)


def caption_dates(captions: Sequence[Caption], starts: Sequence[int], dated: set[int],
                  reference: dt.date | None) -> dict[int, tuple[DateRef, Caption]]:
    """The date each undated paragraph takes from a photo caption beside it, by paragraph index.

    A dated caption ("Jan 4, 2021—Youths torch a billboard") stands between paragraphs and says when the
    photographed event happened; the issue's order is the event's own date, the sentence's, then "the caption or
    paragraph context". Layouts differ (a caption under its photo above the text it illustrates, or after it), so a
    caption dates the paragraph that follows it and, failing that, the one before it; the nearest caption wins.
    A paragraph with a time expression of its own (`dated`) keeps it, and a caption dated after the report
    (`reference`) dates nothing: it would turn a real event into a plan.
    """
    after: dict[int, tuple[DateRef, Caption]] = {}
    before: dict[int, tuple[DateRef, Caption]] = {}
    for caption in captions:
        day = _day(caption.date)
        if day is None or caption.at is None or (reference is not None and day > reference):
            continue
        following = bisect.bisect_left(starts, caption.at)  # len(starts) when the caption came last
        if following < len(starts) and starts[following] != caption.at:
            continue  # not between two paragraphs: where it stood is unknown
        ref = DateRef(value=day.isoformat(), granularity="day", first=day, last=day)
        if following < len(starts) and following not in dated:
            after[following] = (ref, caption)  # a later caption before the same paragraph is nearer to it
        if following > 0 and following - 1 not in dated:
            before.setdefault(following - 1, (ref, caption))  # the first caption after a paragraph is nearest
    return {**before, **after}


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
