"""The clean stage: from scraped text with page furniture to the article body and its metadata.

Scraped pages mix the report with things that are not the report: ad-slot sizes, share buttons, cookie
banners, photo captions (some printed twice), credit lines. Left in, they become false sentences for the
extractor ("Students torch a billboard" would be an event with no place). Each line is
classified once; the body keeps only report lines, and captions, title, dateline and credits become metadata.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import re

from eventwatch.clean.captions import chronology, dated_caption, is_short, marked_caption_date
from eventwatch.clean.lexicon import is_date_label, is_furniture
from eventwatch.clean.meta import DatelineMatch, find_dateline, match_attribution
from eventwatch.dates import printed_days
from eventwatch.dates.head_forms import head_days
from eventwatch.dates.published import UnreadableDate, parse_published
from eventwatch.readers.decode import normalise_text
from eventwatch.records import Caption, Dateline, Document, Drop
from eventwatch.sentences import ENTRY_HEAD
from eventwatch.settings import Settings

# A line this long (or with this many words) is report prose: the page header ends before it.
_BODY_CHARS = 200
_BODY_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?…:\"”’)\]]$")
_PARAGRAPH_START = re.compile(r"^[\"“‘(\[A-Z0-9]")


def to_date(value: str | None) -> dt.date | None:
    """The day of an ISO date or timestamp field (metadata, a dateline's resolved date), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def text_id(text: str) -> str:
    """A document's id: first 16 hex characters of the SHA-256 of its cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _key(line: str) -> str:
    return " ".join(line.casefold().split())


def _headline_like(line: str) -> bool:
    words = [w for w in line.split() if any(ch.isalpha() for ch in w)]
    if not 2 <= len(words) <= 25 or len(line) > 200:
        return False
    return not line.endswith(".") or line.endswith("...")


def _is_prose(line: str) -> bool:
    return len(line) >= _BODY_CHARS or len(line.split()) >= _BODY_WORDS


# "Khaosod Wire, Bangkok, 17 October 2020", "Civil Georgia live updates, Friday, November 29, 2024": a header line
# that ends in a whole day, after a comma, is the page's date line; so is one whose day follows a bar or a middle
# dot, the separators of a page's byline and date ("By staff writer | Sunday, April 6, 2025", "Jane Doe · 6 April
# 2025"), which was taken for a dated photo caption and dated the lead's paragraph to the page's day
_STAMP_LEAD = re.compile(r"[,|·•]\s*$")
# "Fort-de-France, Martinique - October 2, 2026", "Basseterre - Friday, February 27, 2026": a place of capitalised
# words alone, a dash, a whole day: a page's place and date line, not a photo's caption (a caption's text before its
# dash says what the photo shows, in words of small letters: "Students torch a billboard - Jan 4, 2021"); taken for a
# caption, it dated the lead's paragraph to the page's day and left every other "on Wednesday" of the report undated
_PLACE_DASH = re.compile(r"^[A-ZÀ-Þ][\w'’.\-]*(?:,?\s+[A-ZÀ-Þ][\w'’.\-]*){0,4}\s+(?:—|–|-{1,2})\s*$")
_DASH_END = re.compile(r"—|–|-{1,2}")


def _stamp_date(lines: list[tuple[int, str]], kinds: list[str | None], header_end: int,
                dateline_at: int | None) -> str | None:
    """The day of the page's date line in the header (outlet, place, day on a line of its own), for a report
    whose dateline has no date and that came with no publication date: without it, every "on Friday" of the
    report is left undated. Only a day with its year counts (no reference places a yearless one), read as a
    dateline's is (`head_forms.head_days`: "Lomé, le mercredi 4 mars 2026" too). A place-dash date line
    (`_PLACE_DASH`), a labelled one ("Published Thursday 5 March 2026", "Issued: 10 April 2026": `is_date_label`)
    and one ending on a dash ("tamale, wednesday 4 march 2026 —", a dateline alone on its line above the headline)
    leave the body as a dateline does (their kind "stamp"), so that they are no caption and no title."""
    for i in range(min(header_end, len(lines))):
        line = lines[i][1].strip()
        if i == dateline_at or kinds[i] not in (None, "credit") or _is_prose(line):
            continue
        days = head_days(line, None)
        if not days:
            continue
        span, ref = days[-1]
        lead, rest = _lone_dateline(line[:span.start], line[span.end:].strip(" ."))
        if ref is None or len(ref.value) != 10 or (rest and not _DASH_END.fullmatch(rest)):
            continue  # a date line ends on a whole day with its year (a dash after it, at most)
        if (_STAMP_LEAD.search(lead) or not lead.strip()) and not rest:
            return ref.value
        if _PLACE_DASH.match(lead):
            kinds[i] = "stamp"
            return ref.value
        if (is_date_label(lead) or (rest and _STAMP_LEAD.search(lead))) and span.text.endswith(ref.value[:4]):
            kinds[i] = "stamp"  # the day alone, up to its year: "Updated 8 June 2024 at noon" tells an hour too
            return ref.value
    return None


# What may stand between a lone dateline's day and its dash: the parenthesis its day opened and a wire's credit
_CLOSE = re.compile(r"\)\s*(?=\(|—|–|-)")
_CREDIT_BEFORE_DASH = re.compile(r"\([^()\n]{1,40}\)\s*(?=—|–|-{1,2})")


def _lone_dateline(lead: str, rest: str) -> tuple[str, str]:
    """A lone dateline line's words before and after its day (`lead`, `rest`) without what stands between the day
    and the dash: a parenthesis around the day, its place then read as before a comma ("POPAYÁN, Colombia (July 29,
    2026) —"), and a wire's credit ("LUANDA, 19 March 2026 (wire) —"). Such a line above the headline is a dateline
    alone on its line as "TIRANA, March 6, 2026 —" is (dates54), and left unread, its report had no day: every "on
    Wednesday" of it was undated."""
    close = _CLOSE.match(rest)
    if lead.rstrip().endswith("(") and close is not None:
        lead, rest = lead.rstrip()[:-1].rstrip() + ", ", rest[close.end():]
    return lead, _CREDIT_BEFORE_DASH.sub("", rest, count=1) if _CREDIT_BEFORE_DASH.match(rest) else rest


def _dateline_day_after(lines: list[tuple[int, str]], dateline_at: int | None,
                        found: DatelineMatch | None) -> str | None:
    """The day that fills the rest of a dateline's line after its dash ("PORT-AU-PRINCE, Haiti - Saturday, Feb. 7,
    2026" on a line of its own): the dateline was read, its place without a date, since its date follows the dash
    where a dateline's date comes before it; the day is the report's, as a date line's in the header is
    (`_stamp_date`). Only a whole day with its year that is all the rest of the line."""
    if found is None or dateline_at is None:
        return None
    rest = lines[dateline_at][1][found.length:]
    days = printed_days(rest, None)
    if len(days) != 1:
        return None
    span, ref = days[0]
    if ref is None or len(ref.value) != 10 or rest[:span.start].strip() or rest[span.end:].strip(" ."):
        return None
    return ref.value


# The stage a drop names when a document's publication date cannot be read (cleaning reads it first).
PUBLISHED_STAGE = "published"


class Clean:
    """Pipeline stage `clean`: sets text, id, title, captions, dateline, reported_by and byline.

    A reader that found captions in markup (HTML `<figcaption>`) leaves them in `raw` as lines at their place
    and lists their text in `captions`: those lines are captions even without a date or the dash of a caption
    line, and their places are known only here, where the body is laid out."""

    name = "clean"
    version = "1"
    requires: tuple[str, ...] = ("raw",)
    assigns: tuple[str, ...] = ("text", "id", "captions", "dateline", "reported_by", "byline", "title")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        try:  # the one reading of publication dates; one that cannot be read is a drop with its reason
            published = parse_published(doc.published, self.settings.date_order)
        except UnreadableDate as exc:
            return dataclasses.replace(doc, dropped=Drop(PUBLISHED_STAGE, exc.reason))
        if published != doc.published:
            doc = dataclasses.replace(doc, published=published)
        blocks = [
            [line for line in block.split("\n") if line.strip()]
            for block in re.split(r"\n\s*\n", normalise_text(doc.raw, unescape=False))
        ]
        lines = [(b, line) for b, block in enumerate(blocks) for line in block]
        kinds: list[str | None] = [None] * len(lines)
        reported: list[str] = []
        bylines: list[str] = []
        # Captions the reader found in the page's markup (text only): those lines are captions whatever they say.
        marked = {_key(normalise_text(c.text, unescape=False)) for c in doc.captions}

        for i, (_, line) in enumerate(lines):
            if marked and _key(line) in marked:
                kinds[i] = "marked"
                continue
            if is_furniture(line):
                kinds[i] = "furniture"
                continue
            credit = match_attribution(line)
            if credit is not None:
                kinds[i] = "credit"
                (reported if credit.kind == "reported_by" else bylines).append(credit.who)
                if credit.agency:
                    reported.append(credit.agency)

        reference = to_date(doc.published) or to_date(self.settings.published)
        dateline_at, found = self._dateline(lines, kinds, reference)
        if found is not None and found.dateline.date and reference is None:
            reference = to_date(found.dateline.date)
        header_end = self._header_end(lines, kinds, dateline_at)
        if reference is None and (found is None or not found.dateline.date):
            stamp = _stamp_date(lines, kinds, header_end, dateline_at) or _dateline_day_after(lines, dateline_at, found)
            if stamp is not None:  # the page's date line anchors the report as a dated dateline would
                reference = to_date(stamp)
                found = DatelineMatch(Dateline(found.dateline.place if found else None, stamp),
                                      found.agency if found else None, found.length if found else 0,
                                      found.byline if found else None)

        captions: dict[int, Caption] = {}
        self._repeated(lines, kinds, header_end, captions, reference)
        entries = chronology([line for _, line in lines])  # a timeline's dated entries are text, not captions
        for i, (_, line) in enumerate(lines):
            if kinds[i] == "marked":
                kinds[i] = "caption"
                captions[i] = Caption(line, marked_caption_date(line, reference))
            elif kinds[i] is None and i != dateline_at and not (entries and ENTRY_HEAD.match(line.strip())):
                dated, date = dated_caption(line, reference)
                if dated:
                    kinds[i] = "caption"
                    captions[i] = Caption(line, date)

        title = doc.title or self._take_title(lines, kinds, header_end)
        if title is not None:
            for i in range(header_end):
                if kinds[i] is None and _key(lines[i][1]) == _key(title):
                    kinds[i] = "title"

        text, starts = self._body(lines, kinds)
        dateline = found.dateline if found is not None else doc.dateline
        agency = found.agency if found is not None else None
        reported_by = agency or (reported[0] if reported else None) or doc.reported_by
        glued = found.byline if found is not None else None  # "By Jane Doe KABUL, March 3 -" on one line
        byline = (bylines[0] if bylines else None) or glued or doc.byline
        new = dataclasses.replace(
            doc,
            text=text,
            id=text_id(text),
            title=title,
            captions=_placed(captions, starts, len(text)),
            dateline=dateline,
            reported_by=reported_by,
            byline=byline,
        )
        if not text:
            return dataclasses.replace(new, dropped=Drop("clean", "empty after cleaning"))
        if len(text) < self.settings.min_chars:
            return dataclasses.replace(new, dropped=Drop("clean", f"too short: {len(text)} characters"))
        return new

    @staticmethod
    def _dateline(
        lines: list[tuple[int, str]], kinds: list[str | None], reference: dt.date | None
    ) -> tuple[int | None, DatelineMatch | None]:
        """The dateline is at the start of the first few candidate lines of the body."""
        seen = 0
        for i, (_, line) in enumerate(lines):
            if kinds[i] is not None:
                continue
            found = find_dateline(line, reference)
            if found is not None and len(line) > found.length + 10:
                return i, found
            seen += 1
            if seen >= 6:
                break
        return None, None

    @staticmethod
    def _header_end(lines: list[tuple[int, str]], kinds: list[str | None], dateline_at: int | None) -> int:
        """Index of the first line of report prose (the dateline or the first long line)."""
        for i, (_, line) in enumerate(lines):
            if i == dateline_at or (kinds[i] is None and _is_prose(line)):
                return i
        return min(len(lines), 3)

    @staticmethod
    def _repeated(
        lines: list[tuple[int, str]],
        kinds: list[str | None],
        header_end: int,
        captions: dict[int, Caption],
        reference: dt.date | None,
    ) -> None:
        """Lines printed more than once: a short one near the top is a photo caption, elsewhere furniture;
        a repeated paragraph of prose is kept once."""
        where: dict[str, list[int]] = {}
        for i, (_, line) in enumerate(lines):
            if kinds[i] is None:
                where.setdefault(_key(line), []).append(i)
        for indices in where.values():
            if len(indices) < 2:
                continue
            first = indices[0]
            line = lines[first][1]
            if not is_short(line):
                for i in indices[1:]:
                    kinds[i] = "repeat"
                continue
            adjacent = any(b - a == 1 for a, b in itertools.pairwise(indices))
            if first < header_end or adjacent:
                _, date = dated_caption(line, reference)
                kinds[first] = "caption"
                captions[first] = Caption(line, date)
                for i in indices[1:]:
                    kinds[i] = "repeat"
            else:
                for i in indices:
                    kinds[i] = "furniture"

    @staticmethod
    def _take_title(lines: list[tuple[int, str]], kinds: list[str | None], header_end: int) -> str | None:
        """The first headline-like line of the page header, when metadata gave no title."""
        candidates = [i for i in range(len(lines)) if kinds[i] is None]
        for i in candidates[:3]:
            if i > header_end:
                break
            if i == header_end and len(candidates) < 2:
                break
            block, line = lines[i]
            alone = sum(1 for b, _ in lines if b == block) == 1  # a headline stands in a block of its own
            if alone and _headline_like(line) and not _is_prose(line) and any(j > i for j in candidates):
                return line
            if i >= header_end:
                break
        return None

    @staticmethod
    def _body(lines: list[tuple[int, str]], kinds: list[str | None]) -> tuple[str, dict[int, int]]:
        """Body paragraphs separated by a blank line; wrapped lines of one paragraph joined by a space.

        Also returns, for each body line, the offset of its paragraph in the text, so that the lines taken out
        (captions) can say where they stood."""
        paragraphs: list[str] = []
        current: list[str] = []
        starts: dict[int, int] = {}
        offset = 0
        last_block = -1
        broken = True
        for i, (block, line) in enumerate(lines):
            if kinds[i] is not None:
                broken = True
                continue
            new_paragraph = (
                broken
                or block != last_block
                or (current and _SENTENCE_END.search(current[-1]) and _PARAGRAPH_START.match(line))
            )
            if new_paragraph and current:
                paragraphs.append(" ".join(current))
                offset += len(paragraphs[-1]) + 2
                current = []
            current.append(line)
            starts[i] = offset
            last_block = block
            broken = False
        if current:
            paragraphs.append(" ".join(current))
        return "\n\n".join(paragraphs), starts


def _placed(captions: dict[int, Caption], starts: dict[int, int], length: int) -> tuple[Caption, ...]:
    """Captions in page order, each with `at`: the offset of the body paragraph that followed it (the text's
    length when none did). A caption always ends a paragraph, so the next body line starts one."""
    body_lines = sorted(starts)
    placed = []
    for i in sorted(captions):
        after = next((starts[j] for j in body_lines if j > i), length)
        placed.append(dataclasses.replace(captions[i], at=after))
    return tuple(placed)
