"""Time expressions: find them in news text and normalise them against the report's date.

`find_dates` scans a text, `parse_date` reads one expression, `leading_date` splits a caption's date off, and
`printed_days` finds the calendar days of captions and datelines (with their own rule for a missing year).
"""

from __future__ import annotations

from eventwatch.dates.detect import find_dates
from eventwatch.dates.single import leading_date, parse_date, printed_days

__all__ = ["find_dates", "leading_date", "parse_date", "printed_days"]
