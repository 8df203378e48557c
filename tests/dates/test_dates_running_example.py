"""The running example (read from ../shared/eval at test time, never copied): its dates against 2021-01-05."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventwatch.dates import find_dates, leading_date

REF = dt.date(2021, 1, 5)
ARTICLE = "articles/iran-2021-01-05-soleimani-posters.txt"


def _text(shared_eval: Path) -> str:
    return (shared_eval / ARTICLE).read_text(encoding="utf-8")


def test_body_dates(shared_eval: Path) -> None:
    text = _text(shared_eval)
    found = {r.span.text: r for r in find_dates(text, REF) if r.span}
    assert (found["January 3, 2020"].value, found["January 3, 2020"].granularity) == ("2020-01-03", "day")
    assert (found["November 2019"].value, found["November 2019"].granularity) == ("2019-11", "month")
    recent = found["In recent days"]
    assert recent.granularity in ("week", "range") and recent.last == REF
    assert (REF - recent.first).days == 6


def test_caption_dates(shared_eval: Path) -> None:
    captions = [split for line in _text(shared_eval).splitlines() if (split := leading_date(line, REF))]
    assert [ref.value for ref, _ in captions] == ["2021-01-04", "2021-01-02", "2021-01-03", "2020-12-31"]
    assert all(rest.startswith("Rebellious") for _, rest in captions)


def test_no_dates_from_numbers(shared_eval: Path) -> None:
    text = _text(shared_eval)
    spans = [r.span for r in find_dates(text, REF) if r.span]
    for number in ("728 x 90", "1,500", "PS752"):
        position = text.index(number)
        assert not any(s.start < position + len(number) and position < s.end for s in spans), number
