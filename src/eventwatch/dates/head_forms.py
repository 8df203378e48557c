"""Days printed at a report's head in forms the sentence scanner does not read (issues 10 and 12, dates54).

A report's own day is printed once, at its head: in its dateline ("SFAX, 14 février 2026 - ...") or on a date line
above the body ("Lomé, le mercredi 4 mars 2026"). Two forms of it were left unread, so the report had no day and
every "on Friday" or "On 3 April" of it was left undated:

- a day written in the desk's own language, French, Spanish or Portuguese ("le vendredi 26 septembre 2025", "14 de
  febrero de 2026"): a translated release or a francophone desk keeps the head as it was written, while the body is
  in English. The month and weekday names are data (`data/dates/foreign_days.tsv`), read here only: in an English
  sentence "mars" or "mai" may be other words.
- a day printed with dots ("SKOPJE, 18.05.2026 -"): the sentence scanner reads it (`numeric.dotted`, always day
  first), but the printed days of captions and datelines (`single.printed_days`) took only written and ISO days.

`head_days` is `printed_days` with both: what the clean stage reads a dateline's or a head line's day with.

Team-written examples: "TAMALE, 4 mars 2026 - Traders blocked the road on Tuesday" is of 4 March 2026 (the
blockade of 3 March); "Lomé, le mercredi 4 mars 2026" above a report dates it 4 March 2026; "TAMALE, 04.03.2026 -"
is 4 March 2026.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from eventwatch.dates import calendar as cal
from eventwatch.dates.lexicon import tsv_rows
from eventwatch.dates.single import PRINTED_KINDS, printed_days
from eventwatch.records import DateRef, Span

# a dotted day is a printed day at a report's head as a written one is
HEAD_KINDS = PRINTED_KINDS | {"dotted_dmy"}


@cache
def _names() -> tuple[dict[str, int], re.Pattern[str]]:
    """The foreign month numbers by name, and the pattern of a foreign day: an optional article ("le", "el"), an
    optional weekday, the day ("1er", "1º"), an optional "de", the month, an optional "de", the year."""
    rows = tsv_rows("foreign_days.tsv")
    months = {name: int(number) for name, kind, number, _ in rows if kind == "month"}
    weekdays = [name for name, kind, _, _ in rows if kind == "weekday"]

    def alternation(names: list[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    pattern = re.compile(
        rf"(?<!\w)(?:(?:le|el|o)\s+)?(?:(?:{alternation(weekdays)}),?\s+)?(?P<day>\d{{1,2}})(?:er|º|°)?"
        rf"\s+(?:de\s+)?(?P<month>{alternation(list(months))})\.?,?\s+(?:de\s+)?(?P<year>\d{{4}})(?!\w)",
        re.IGNORECASE)
    return months, pattern


def foreign_days(text: str) -> list[tuple[Span, DateRef]]:
    """The whole days written in French, Spanish or Portuguese in `text`, each with its span, in text order; an
    impossible day (30 février) is none."""
    months, pattern = _names()
    out: list[tuple[Span, DateRef]] = []
    for m in pattern.finditer(text):
        day = cal.valid_day(int(m["year"]), months[m["month"].lower()], int(m["day"]))
        if day is not None:
            span = Span(m.start(), m.end(), m.group())
            out.append((span, DateRef(day.isoformat(), "day", day, day, span)))
    return out


def head_days(text: str, reference: dt.date | None) -> list[tuple[Span, DateRef | None]]:
    """The days printed in a report's head text (a dateline's window, a head line): `printed_days` with dotted days,
    and the foreign days (`foreign_days`), in text order; a day the two read alike is listed once."""
    days: list[tuple[Span, DateRef | None]] = list(printed_days(text, reference, HEAD_KINDS))
    taken = [span for span, _ in days]
    days += [(span, ref) for span, ref in foreign_days(text)
             if not any(span.start < other.end and other.start < span.end for other in taken)]
    return sorted(days, key=lambda pair: pair[0].start)
