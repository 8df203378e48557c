"""Quotations in a sentence: which characters lie inside quotation marks, and whether a trigger quoted there is an
account of what happened rather than a slogan.

Why apart from `modality.py`: a quotation is read from the marks before any parse (`quoted_ranges`), and what a
quoted trigger says depends on the quote's own clause (`told_in_past`), not on the verbs that govern the trigger
from outside it. The marks and the words that introduce a quote are data (`modality.toml`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import Tok


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    """Text that ends by introducing a quotation: a colon, or a verb of saying with an optional comma."""
    words = sorted(load_codebook().modality["quote_openers"], key=len, reverse=True)
    return re.compile(r"(?::|\b(?:" + "|".join(re.escape(w) for w in words) + r")\s*,?)\s*$", re.IGNORECASE)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of `text` that lie between quotation marks (slogans, chants, quoted speech)."""
    pairs: list[list[str]] = load_codebook().modality["quote_pairs"]
    ranges: list[tuple[int, int]] = []
    for opening, closing in pairs:
        pos = 0
        if opening == closing == '"' and text.count('"') % 2 == 1:
            # A quotation spanning several sentences leaves one mark unpaired: a sentence opening with it, or whose
            # first mark follows a colon or a verb of saying ('a trader who watched the rally said: "Nobody …'),
            # is inside the quote from that mark to its end; otherwise everything before the first mark closes a
            # quote begun earlier.
            first = text.find('"')
            if not text[:first].strip() or _opener().search(text[:first]):
                ranges.append((first, len(text)))
                continue
            ranges.append((0, first + 1))
            pos = first + 1
        elif opening == "“" and text.count("”") > text.count("“"):
            first = text.find("”")
            ranges.append((0, first + 1))
            pos = first + 1
        while True:
            start = text.find(opening, pos)
            if start < 0:
                break
            end = text.find(closing, start + 1)
            if end < 0:
                if opening == "“":  # a quotation continuing into the next sentence
                    ranges.append((start, len(text)))
                break
            if opening == "‘" and end - start < 3:  # an apostrophe, not a quote
                pos = start + 1
                continue
            ranges.append((start, end + 1))
            pos = end + 1
    return ranges


_FIRST_PERSON = frozenset({"i", "we"})


def _past(verb: Tok) -> bool:
    """A verb told in the past: a past tense ("torched"), or a participle or gerund after a past or perfect
    auxiliary ("were pelted", "have blocked", "were marching")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_.lower() == "have") for c in verb.children)


def _going_on(verb: Tok, token: Tok) -> bool:
    """A clause in the present that tells what is going on now: a present progressive ("are marching", "is
    blockading") or a present form of "be" with the trigger in its complement ("are still on strike", "there are
    hundreds of workers on strike"). Not a trigger that is the clause's own subject ('"Strikes are illegal here"',
    '"The march is planned for Monday"': a statement about protests or a plan, not an account of one), nor a simple
    present ('"Nurses strike every winter"': a habit)."""
    if verb.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() == "be" for c in verb.children)
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() != "be":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= token.i <= c.right_edge.i
                   for c in verb.children)


def told_in_past(token: Tok, sent: SpacySpan, start: int, end: int, *, protest: bool = False) -> bool:
    """True when the trigger `token`, quoted between `start` and `end` (offsets in the sentence), is part of an
    account of what happened or is happening: the clause that holds it inside the quotation has its own subject and
    a verb in the past ('"Youths hurled bricks at the clinic," the commander said', '"When the march reached the
    bridge, officers fired rubber bullets," a nurse said') or, for a `protest` trigger, one in the present that
    tells what is going on (`_going_on`: '"Nurses are still on strike at three hospitals," the minister said',
    '"Teachers are marching to the education offices," a union official said'). A witness's or an official's
    account is a report of the event, and an official who says a strike is on reports the strike as surely as one
    who says it began: a strike, a sit-in or a march lasts, and is told while it lasts. Violence told in the present
    inside a quote is not an incident but a campaign described or claimed ('"Our units are now fighting in eleven
    provinces," the rebels claimed'), so only the past reports it. A slogan,
    a chant or a placard has no such clause ('chanting "No to fees"', 'placards reading "Hands off our land"'), and
    what a quote threatens or demands is in the future or a modal, which the modal and irrealis checks read as
    before. What the speakers tell of their own deeds ('"I fired first"', '"we burned it"')
    is their claim, which the report does not vouch for, as with a claim of responsibility: it stays quoted, and
    the report's own narration tells the event. A people word ("activist", `participant_protest_words`) counts
    only as the subject of such a clause: '"The valley has lost its activist," she said' mourns a person, it tells of
    no protest."""
    participants = load_codebook().modality["participant_protest_words"]
    if token.lower_ in participants and token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    base = sent.start_char
    node = token
    for _ in range(8):
        if not start <= node.idx - base < end:
            return False  # the clause that holds the trigger is outside the quotation: "protesters said" of a slogan
        if node.pos_ in ("VERB", "AUX"):
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            if any(c.lower_ in _FIRST_PERSON for c in subjects):
                return False  # the speaker's own deeds: a claim, as a claim of responsibility is
            if (_past(node) or (protest and _going_on(node, token))) and (subjects or node.dep_ == "conj"):
                return True
            if node.dep_ != "conj":
                return False
        if node.head is node:
            return False
        node = node.head
    return False
