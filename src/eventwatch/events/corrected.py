"""What a correction notice says an earlier article got wrong: no event of the notice.

A correction tells the error it corrects before the corrected facts: "An article published on 19 August 2025 ...
said that the shops attacked on the night of Sunday, 17 August 2025 were in Larnaca ... The shops are in fact in
Limassol ... We apologise for the errors." The assembler codes the retracted sentence like any other, and so tells
the one arson twice, once at the place the notice says was wrong (trial11's fix-half class 4: an Attack at Larnaca
beside the right Mob violence at Limassol). ACLED codes the corrected occurrence only.

A retracted telling is a sentence whose subject is the earlier article itself ("An article published on ...
said", "An earlier version of this story stated", "Our report of Monday gave") in a text that says it corrects one
(a "CORRECTION" heading or "correction:", "we apologise for the error", "an earlier version of this ... "). Its
events are dropped when another sentence of the text tells an event (the corrected telling). A report that quotes
what an agency's or a group's report said is no correction ("A report published by Amnesty said that police
killed 12 protesters" tells an event), so only an article, story or version of the press is read as the error.
"""

from __future__ import annotations

import re

from eventwatch.records import Event

# A text that says it corrects an earlier article.
_CORRECTS = re.compile(r"(?:^|\n)\s*CORRECTION\b|\bcorrection\s*:|\bwe\s+(?:apologi[sz]e|regret)\s+(?:for\s+)?the\s+"
                       r"errors?\b|\ban?\s+(?:earlier|previous)\s+version\s+of\s+this\b", re.IGNORECASE)
# A sentence whose subject is the earlier article, telling what it said: "An article published on 19 August 2025
# under the headline ... said that", "An earlier version of this story stated", "Our report on Monday gave".
_RETRACTED = re.compile(r"^\W*(?:an?|our|the|this)\s+(?:(?:earlier|previous|original)\s+)?(?:article|story|"
                        r"version(?:\s+of\s+this\s+(?:article|story|report))?|report\s+(?:on|of)\s+\w+day)\b"
                        r"[^.]{0,200}?\b(?:said|stated|reported|wrote|gave|misstated|described)\b", re.IGNORECASE)


def corrects(text: str) -> bool:
    """Whether `text` says it corrects an earlier article (`_CORRECTS`)."""
    return _CORRECTS.search(text) is not None


def retracted(sentence: str) -> bool:
    """Whether `sentence` tells what the earlier article said (`_RETRACTED`), a leading "Correction:" label aside."""
    return _RETRACTED.match(_LABEL.sub("", sentence, count=1)) is not None


# "Correction: an earlier version of this story said ...": the notice's label before its retracted sentence
_LABEL = re.compile(r"^\W*correction\s*[:\-–—]\s*", re.IGNORECASE)


def drop_retracted(events: list[Event], text: str) -> list[Event]:
    """The events without those a correction notice's retracted sentence tells (the module's shape), when another
    sentence tells an event."""
    if _CORRECTS.search(text) is None:
        return events
    retracted = [e for e in events if _RETRACTED.match(e.evidence.sentence.text) is not None]
    kept = [e for e in events if e not in retracted]
    return kept if retracted and kept else events
