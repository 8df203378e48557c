"""The towns a report names at its head and nowhere the event assembler reads: its headline, and a header line of
the town and the day that opens the body ("Tarso, Monday 4 May 2026. The following is ...").

A local report names its own town's streets, squares and grounds without the town ("Hundreds gathered outside
the town hall on Mill Street"), because the headline or the header line has just named it. The event assembler
geocodes only the sentences that can hold an event, so such a street fell back to whatever town the body named
(another town the report mentions in passing, "In Tarsoville, a smaller crowd gathered") and the street's event was
placed there. The names read here are resolved alone by the geocoder (`resolve.Geocoder.find_places_in`'s
`header`); a site of the report (a street, a square) whose paragraph names no town before it falls back to
the first of them that is a town in the main place's country (`fallback.towns_before`'s rule for sites). They
never count for the report's main place: counted there, they moved a trial half's actors (geo61).

A read dateline is not one of them: it names the desk the report was filed from, which the story's own rules read
(`events/story.py`). A header line whose town the clean stage reads as a dateline is not in the body, and one left
in the body is read here for its town only (its day is the clean stage's and the dates' to read).
"""

from __future__ import annotations

import re

from eventwatch.dates.head_forms import head_days

# a run of capitalised words in a headline ("Protests in Tarso after ...", "Tarso counts its dead", "NEW TARSO:")
_RUN = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*(?:[ -](?:de |del |la |el )?[A-Z][\w'’.-]*){0,2})")
# a run followed by a word that makes it a site's or a division's name, not a town's ("Victoria Hospital",
# "Warren County courthouse"): no header town
_KIND = (r"(?i:hospital|university|college|school|county|district|province|region|state|street|road|avenue|square|"
         r"park|market|court|hall|church|mosque|stadium|airport|prison|camp|party|club|council|police|army|forces|"
         r"government|ministry)")
_NAMED_AFTER = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+)?" + _KIND + r"\b")
_KIND_LAST = re.compile(r"\b" + _KIND + r"$")
# the head of a header line before its day: "Tarso, Monday 4 May 2026." left in the body, "Tarso - Friday, 8 May
# 2026" on a line of its own above the body (the clean stage reads its day and leaves the line out of the body)
_LINE_HEAD = re.compile(r"^([A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2})\s*(?:,|\s[-–—]{1,2})\s*"
                        r"(?:[A-Z][a-z]+\.?,?\s*)?$")
_HEAD_LINES = 6  # the lines above a body that may hold its header line (outlet, headline, byline, date line)


def header_names(title: str | None, text: str, raw: str = "") -> list[str]:
    """The names a report's head writes that may be its town, headline first, then a header line of the town and
    the day: the body's first line ("Tarso, Monday 4 May 2026.") or one of the raw report's first lines that the
    clean stage left out of the body ("Tarso - Friday, 8 May 2026"). A headline's name is a capitalised run not
    followed by a site's or a division's word. Which of them is a town is the geocoder's to decide (a town by its
    own name, in the report's country)."""
    names: list[str] = []
    for m in _RUN.finditer(title or ""):
        if _NAMED_AFTER.match(title or "", m.end()) is None and _KIND_LAST.search(m.group(1)) is None:
            names.append(m.group(1))
    lines = [line.strip() for line in raw.split("\n") if line.strip()][:_HEAD_LINES]
    for line in [text.split("\n", 1)[0], *lines]:
        days = head_days(line[:120], None)
        head = _LINE_HEAD.match(line[:days[0][0].start]) if days else None
        if head is not None:
            names.append(head.group(1))
    return list(dict.fromkeys(names))
