"""Who reported a story and from where: datelines, wire-service credits, bylines and "Reporting by" lines.

The dateline stays in the body text (so that character spans point at the words the reader sees) but is also
recorded as `Dateline(place, date)`; its date anchors relative dates when the document has no other date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from eventwatch.clean.lexicon import attribution_patterns, canonical_agency, is_kicker, wire_services
from eventwatch.dates import printed_days
from eventwatch.dates.head_forms import head_days
from eventwatch.records import Dateline, DateRef, Span

_DASH = r"\s*(?:—|–|-{1,2}|:)\s*"
# Capital letters, with the Latin-1 accented ones ("RÍO GALLEGOS", "BOGOTÁ", "SÃO PAULO", "Évora"): datelines in
# Spanish, Portuguese and French place names are written so, and `[A-Z]` alone left them unread.
_UP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UP}][\w.'’\-]*"
_PLACE = rf"{_WORD}(?:\s+(?:{_WORD}|de|al|el|of))*?"
_CAPS = rf"[{_UP}][{_UP}.'’\-]+(?:\s+[{_UP}][{_UP}.'’\-]+){{0,3}}"
_AGENCY = r"\((?P<agency>[A-Z][\w.&'’ \-]{1,40})\)"
# a place in capitals, a region after a comma or not: "GAZA CITY, Gaza Strip", "KAMPALA"
_CAPS_PLACE = rf"(?P<place>{_CAPS}(?:,\s*{_PLACE})?)"

# "Iran, January 5, 2021—", "KABUL, March 3 (Reuters) -", "PARIS, France, 5 January 2021 (AFP) —": the place
# before the date, and the agency and dash after it (the date itself is found by `eventwatch.dates`)
_BEFORE_DATE = re.compile(rf"(?P<place>{_PLACE}(?:,\s*{_PLACE})?),\s*")
_AFTER_DATE = re.compile(rf"\s*(?:{_AGENCY})?{_DASH}(?=\S)")
# Two more places a dateline's date stands (dates54), each read only with the closing mark its shape needs: in
# parentheses after the place, "TAMALE, Ghana (March 4, 2026) – Police fired ..."; between two dashes, "TAMALE, Ghana —
# Wednesday, 4 March 2026 — Police fired ..." (the place alone was read, and the day after its dash was left for no
# one). Not a place, a day and a full stop ("Tamale, 4 March 2026. Police fired ..."): an interview's head has that
# shape, and its answers then took its day where, undated, they had folded into the event their question dated (a
# copy on a trial set's fix half); left unread.
_BEFORE_PAREN = re.compile(rf"(?P<place>{_PLACE}(?:,\s*{_PLACE})?),?\s*\(\s*")
_AFTER_PAREN = re.compile(rf"\s*\)\s*(?:{_AGENCY})?{_DASH}(?=\S)")
_BEFORE_DASH = re.compile(rf"(?P<place>{_PLACE}(?:,\s*{_PLACE})?)\s*(?:—|–|-{{1,2}})\s*")
# the same in a report written all in lower case (scraped regional news: "ludhiana, february 14, 2024: police ..."),
# where no capital can mark the place: at most three words, read only where the paragraph's head has no capital
_LOWER_WORD = r"[a-zà-öø-ÿ][\w.'’\-]*"
_LOWER_BEFORE_DATE = re.compile(rf"(?P<place>{_LOWER_WORD}(?:\s+{_LOWER_WORD}){{0,2}}(?:,\s*{_LOWER_WORD}){{0,1}}),\s*")
# "BEIRUT (AP) —", "GAZA CITY, Gaza Strip (Reuters) -"
_PLACE_AGENCY = re.compile(rf"{_CAPS_PLACE}\s*{_AGENCY}{_DASH}(?=\S)")
# "BEIRUT — " (all-caps place only, so that an ordinary sentence is never taken for a dateline); it opens its line,
# or follows a whole byline ("By Jane Doe KABUL — ")
_CAPS_DASH = re.compile(rf"{_CAPS_PLACE}\s*(?:—|–|--?)\s+(?=\S)")
# "(Reuters) - Protesters ..." at the start, or a lone "(Reuters)" line
_AGENCY_LEAD = re.compile(rf"^{_AGENCY}{_DASH}")
# A dateline glued behind the headline or byline on the first line: "Flooding closes schools by Jane Doe and John
# Roe KAMPALA, March 3 (Reuters) - Heavy rain ...". Only a place in capitals opening a word can start one there,
# within the first `GLUED_REACH` characters and before the first sentence ends (a full stop after a lower-case
# word: the body has begun, and "said NATO, March 3 - " in a sentence is no dateline).
GLUED_REACH = 300
# A dateline that opens its paragraph lies within its first 200 characters.
HEAD_REACH = 200
# capitals after a space, or glued to a lower-case word where a scraper lost the line break ("Staff WriterKABUL"; three
# lower-case letters before, so that "McALLEN" stays one name)
_CAPS_START = re.compile(rf"(?:(?<=\s)|(?<=[a-z]{{3}}))[{_UP}][{_UP}.'’\-]+\b")
# a word ending in such glued capitals
_GLUED_TAIL = re.compile(rf"[a-z]{{3}}[{_UP}]{{3,}}$")
_CAPS_BEFORE_DATE = re.compile(rf"{_CAPS_PLACE},\s*")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"'’”)]?\s")
# What follows a byline's dash may be the page's time stamp rather than an outlet: "Published 5 September 2024",
# "Updated 14:02 GMT", "March 3, 2024"
_STAMP = re.compile(r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)\b"
                    r"|.*\b(?:1[89]|20)\d\d\b|.*\d{1,2}:\d\d)", re.I)


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    dateline: Dateline
    agency: str | None
    length: int  # characters of the paragraph the dateline prefix covers
    byline: str | None = None  # a byline glued before the dateline on its line ("By Jane Doe KABUL —")


def _place(text: str) -> str:
    parts = [" ".join(part.split()) for part in text.strip(" ,").split(",")]
    out = []
    for part in parts:
        if part.isupper() or part.islower():  # "GAZA CITY", "gaza city" -> "Gaza City"; "D.C." stays
            part = " ".join(w if w.endswith(".") and len(w) <= 4 else w.title() for w in part.split(" "))
        out.append(part)
    return ", ".join(p for p in out if p)


def _agency(raw: str | None) -> str | None:
    if not raw:
        return None
    return canonical_agency(raw.strip())


def find_dateline(paragraph: str, reference: dt.date | None) -> DatelineMatch | None:
    """The dateline prefix of a body's first paragraph, with its date resolved against `reference`. The days
    printed in the paragraph's first `GLUED_REACH` characters are read once: a dateline opening the paragraph is
    looked for in its first `HEAD_REACH` (the days that end there), one glued behind a headline in all of them."""
    window = paragraph[:GLUED_REACH]
    days = head_days(window, reference)
    head = window[:HEAD_REACH]
    lower = not any(ch.isupper() for ch in head)
    for span, ref in days:
        if span.end > HEAD_REACH:
            break  # in text order: the rest lie beyond the head too
        place = (_LOWER_BEFORE_DATE if lower else _BEFORE_DATE).fullmatch(head, 0, span.start)
        span, ref = _with_short_year(head, span, ref) if place else (span, ref)
        after = _AFTER_DATE.match(head, span.end) if place else None
        if place and after and not _glued_caps(place.group("place")):
            return _dated(place.group("place"), ref, after)
        other = None if lower else _other_shape(head, span, ref)
        if other is not None:
            return other
    match = _PLACE_AGENCY.match(head)
    if match:
        return _credited(match)
    match = _CAPS_DASH.match(head)
    if match and len(match.group("place")) >= 3 and not is_kicker(match.group("place")):  # "TIMELINE - ...": a heading
        return DatelineMatch(Dateline(_place(match.group("place")), None), None, match.end())
    match = _AGENCY_LEAD.match(head)
    if match and match.group("agency") in wire_services():
        return DatelineMatch(Dateline(), _agency(match.group("agency")), match.end())
    return _glued_dateline(window, days)


# A wire's dateline with a two-digit year after the day and month: "CALI, 20 MAY 24 (WIRE) --", "BOGOTA, 12 JAN 90
# (EFE) -- [TEXT]" (telex and agency copy). Only here, between a dateline's day and its agency or dash, is "24" a
# year: in a sentence "on 20 May 24 people died" it is a count. The century is POSIX's (`strptime`'s %y): 69-99 are
# the 1900s, 00-68 the 2000s.
_SHORT_YEAR = re.compile(r"\s+['’]?(?P<yy>\d\d)(?=\s*(?:\(|—|–|-|:))")


def _with_short_year(head: str, span: Span, ref: DateRef | None) -> tuple[Span, DateRef | None]:
    """A dateline's day and month (`span`) widened over a two-digit year after them, read as that year's day; the
    span and day as they were when no such year follows, or when the day has a year of its own already (the
    widened text is then no single printed day)."""
    short = _SHORT_YEAR.match(head, span.end)
    if short is None:
        return span, ref
    yy = int(short.group("yy"))
    year = 1900 + yy if yy >= 69 else 2000 + yy
    full = printed_days(f"{span.text} {year}", None)
    if len(full) != 1 or full[0][1] is None or full[0][0].end != len(span.text) + 5:
        return span, ref
    wide = Span(span.start, short.end(), head[span.start:short.end()])
    return wide, dataclasses.replace(full[0][1], span=wide)


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _opens_report(window: str, at: int) -> bool:
    """A glued dateline's dash opens the report's first sentence ("- Heavy rain ..."), not a range ("March 3 - 5")."""
    return at < len(window) and (window[at].isupper() or window[at] in "\"“‘'")


def _glued_caps(place: str) -> bool:
    """Whether a place read from the line's start ends in a word in capitals after words that are not: "By Jane Doe
    NEW YORK" or "Flooding Closes Schools KAMPALA" is a byline or headline glued to the dateline, which
    `_glued_dateline` reads from the capitals ("LA PAZ" is all capitals, "Washington DC" two letters: one name), as
    is a word ending in capitals glued to small letters ("By Jane Doe Staff WriterKABUL", `_GLUED_TAIL`)."""
    words = place.split(",")[0].split()
    return any(k and (_GLUED_TAIL.search(w) or (_letters(w) >= 3 and w.isupper()
                                                and not all(v.isupper() for v in words[:k])))
               for k, w in enumerate(words))


def _glued_dateline(window: str, days: list[tuple[Span, DateRef | None]]) -> DatelineMatch | None:
    """A dateline that follows a headline or byline on the same line (`GLUED_REACH`). It must have the full
    shape of one -- a place in capitals, then a date and a dash ("KAMPALA, March 3 (Reuters) -") or a known wire
    service in parentheses and a dash ("KAMPALA (Reuters) -") -- since a body sentence may well hold capitals and
    commas; the bare "KAMPALA — " form only where it opens its line or follows a whole byline ("By Jane Doe
    KAMPALA — "). `days` are the window's printed days (`printed_days`). The byline before the dateline, when
    there is one, is kept (`_byline_before`)."""
    for caps in _CAPS_START.finditer(window):
        start = caps.start()
        if _SENTENCE_END.search(window, 0, start):
            return None
        found = _glued_at(window, start, days)
        if found is not None:
            if found.byline is not None:  # the bare form has read its whole byline already
                return found
            return dataclasses.replace(found, byline=_byline_before(window[:start]))
    return None


def _glued_at(window: str, start: int, days: list[tuple[Span, DateRef | None]]) -> DatelineMatch | None:
    """A dateline of a glued dateline's shape whose place starts at `start` (`_glued_dateline`)."""
    for span, ref in days:
        if span.start <= start:
            continue
        place = _CAPS_BEFORE_DATE.fullmatch(window, start, span.start)
        after = _AFTER_DATE.match(window, span.end) if place else None
        if place and after and _letters(place.group("place")) >= 3 and _opens_report(window, after.end()):
            return _dated(place.group("place"), ref, after)
        break  # only the first date after the place can be the dateline's
    match = _PLACE_AGENCY.match(window, start)
    if (match and _letters(match.group("place")) >= 3 and match.group("agency") in wire_services()
            and _opens_report(window, match.end())):
        return _credited(match)
    match = _CAPS_DASH.match(window, start)
    if match and _letters(match.group("place")) >= 3 and _opens_report(window, match.end()):
        byline = match_attribution(window[:start].strip())
        if byline is not None and byline.kind == "byline":
            return DatelineMatch(Dateline(_place(match.group("place")), None), None, match.end(), byline.who)
    return None


# the "by" of a byline after a headline: "Floods close schools by Jane Doe and John Roe KAMPALA, March 3 (Reuters) -"
_BY = re.compile(r"(?:^|\s)(?=(?:By|BY|by)\s)")
# the words of people's names, written one way throughout: "Jane Doe", "Alito L. Malinao", "JOE McDONALD"
_TITLE_WORD = r"(?:(?:Mc|Mac|O['’])?[A-Z][a-z'’\-]+|[A-Z]\.)"
_CAPS_WORD = r"(?:(?:Mc|Mac)?[A-Z]+|[A-Z]\.)"
_TITLE_NAME = re.compile(rf"{_TITLE_WORD}(?:\s+(?:and\s+)?{_TITLE_WORD})+")
_CAPS_NAME = re.compile(rf"{_CAPS_WORD}(?:\s+(?:and\s+)?{_CAPS_WORD})+")


def _byline_before(prefix: str) -> str | None:
    """Who a byline glued before a dateline names: the whole prefix when it is a byline ("By Jane Doe Staff Writer",
    as the same line standing alone gives it), else the last "by" after a headline when what follows is people's
    names, two or more words all written alike (a headline's "blown away by Hurricanes ANA Sports Reporter" or
    "held by IS- Source" is no byline)."""
    whole = match_attribution(prefix.strip())
    if whole is not None and whole.kind == "byline":
        return whole.who
    starts = [m.end() for m in _BY.finditer(prefix)]
    if not starts:
        return None
    last = match_attribution(prefix[starts[-1]:].strip())
    if last is None or last.kind != "byline":
        return None
    names = last.who.replace(",", " ")
    return last.who if _TITLE_NAME.fullmatch(names) or _CAPS_NAME.fullmatch(names) else None


def _dated(place: str, ref: DateRef | None, after: re.Match[str]) -> DatelineMatch:
    """A dateline with its date ("KABUL, March 3 (Reuters) -"): the place before the date, the agency and the dash
    after it (`after`, an `_AFTER_DATE` match), where the report begins."""
    return DatelineMatch(Dateline(_place(place), ref.value if ref else None), _agency(after.group("agency")),
                         after.end())


def _other_shape(head: str, span: Span, ref: DateRef | None) -> DatelineMatch | None:
    """A dateline whose date (`span`, `ref`) stands in parentheses or between two dashes (`_BEFORE_PAREN`,
    `_BEFORE_DASH`), or None."""
    for before, after_pattern in ((_BEFORE_PAREN, _AFTER_PAREN), (_BEFORE_DASH, _AFTER_DATE)):
        place = before.fullmatch(head, 0, span.start)
        after = after_pattern.match(head, span.end) if place else None
        if place is not None and after is not None and not _glued_caps(place.group("place")):
            return _dated(place.group("place"), ref, after)
    return None


def _credited(match: re.Match[str]) -> DatelineMatch:
    """A dateline of a place and its agency, no date ("BEIRUT (AP) —"; a `_PLACE_AGENCY` match)."""
    return DatelineMatch(Dateline(_place(match.group("place")), None), _agency(match.group("agency")), match.end())


@dataclass(frozen=True, slots=True)
class AttributionMatch:
    kind: str
    who: str
    agency: str | None


def match_attribution(line: str) -> AttributionMatch | None:
    """A standalone credit line ("Reporting by X", "By Jane Doe", "(Reuters)")."""
    if len(line) > 200:
        return None
    stripped = line.strip()
    lone = re.fullmatch(r"\(?\s*([A-Z][\w.&'’ \-]{1,40}?)\s*\)?\.?", stripped)
    if lone and lone.group(1) in wire_services() and (stripped.startswith("(") or len(stripped.split()) <= 3):
        return AttributionMatch("reported_by", canonical_agency(lone.group(1)), None)
    for attribution in attribution_patterns():
        match = attribution.pattern.fullmatch(stripped)
        if match:
            who = " ".join(match.group("who").split()).strip(" .,;")
            if attribution.kind == "reported_by":
                who = re.sub(r"\s+in\s+[A-Z][\w .,'’\-]*$", "", who)  # "Jane Doe in Kabul" -> "Jane Doe"
            if not who:
                continue
            agency = match.groupdict().get("agency")
            if agency and _STAMP.match(agency.strip()):
                agency = None  # "By Rami Haddad — Published 5 September 2024": a time stamp, not who published it
            return AttributionMatch(attribution.kind, who, canonical_agency(agency) if agency else None)
    return None
