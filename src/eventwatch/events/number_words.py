"""Number words: the counts a report states ("over 1,500", "twenty-one", "dozens"), read as ACLED reads them.

Apart from `counts.py` (which finds the tolls) because every part that counts reads numbers through here: the
fatalities, the crowd sizes (`crowd.py`), the running totals, the other side's dead and the retold attacks. ACLED
codes the lowest figure a report supports: "over 1,500" is 1500, "20-25" is 20, "dozens" is 12. The number words and
vague-count conventions are data (`counts.toml`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.events.codebook import load_codebook

QUALIFIER = (
    r"(?:(?:at least|over|more than|nearly|almost|about|around|some|approximately|roughly|up to|an estimated|"
    r"as many as|fewer than|less than|estimated|a total of|a further|another|at most|close to)\s+)?"
)


@lru_cache(maxsize=1)
def number_tables() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    counts = load_codebook().counts
    return counts["words"], counts["vague"], counts["multipliers"]


@lru_cache(maxsize=1)
def number_regex() -> str:
    """A regex alternation for one count: digits, number words, or a vague count (longest first)."""
    words, vague, _ = number_tables()
    names = sorted([*words, *vague], key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    digits = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
    numeric = rf"(?:{digits})(?:\s*(?:-|to|–)\s*(?:{digits}))?(?:\s+(?:hundred|thousand|million))?"
    return rf"(?:{numeric}|(?:{alternation})(?:[\s-]+(?:{alternation}))*)"


def parse_count(text: str) -> int | None:
    """The conservative integer a count phrase states: "over 1,500" -> 1500, "dozens" -> 12, "two" -> 2.

    Ranges give their lower bound; "tens of thousands" and "three hundred" are composed; anything without a
    number ("no report", "unknown") gives None.
    """
    words, vague, multipliers = number_tables()
    low = text.lower().strip()
    low = LEADING_QUALIFIER.sub("", low).strip()
    for phrase, pattern in _vague_patterns():
        if pattern.fullmatch(low) or low == phrase:
            return vague[phrase]
    m = _NUMERIC.match(low)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= multipliers[m.group(2)]
        return int(value)
    total = 0
    current = 0
    seen = False
    for token in re.split(r"[\s-]+", low):
        if token in ("and", "a", "an", "single") and seen:
            continue  # "a single soldier" is one, not a = 1 plus single = 1
        if token in multipliers and seen:
            current = max(current, 1) * multipliers[token]
            if multipliers[token] >= 1000:
                total += current
                current = 0
            continue
        if token in words:
            if token in ("a", "an") and seen:
                continue
            current += words[token]
            seen = True
            continue
        if token in vague and not seen:
            return vague[token]
        break
    if not seen:
        return None
    return total + current


LEADING_QUALIFIER = re.compile(r"^" + QUALIFIER)


@lru_cache(maxsize=1)
def _vague_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each vague count with the phrase pattern `parse_count` reads it by, longest first: compiled once, not looked
    up in `re`'s cache at every call (some 0.3% of a worker's CPU, speed51)."""
    _, vague, _ = number_tables()
    return tuple((phrase, re.compile(rf"(?:a |an )?{re.escape(phrase)}(?: of)?(?: \w+)?"))
                 for phrase in sorted(vague, key=len, reverse=True))


_NUMERIC = re.compile(
    r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:-|to|–)\s*\d[\d,]*)?(?:\s+(hundred|thousand|million))?"
)
# A determiner alone ("a", "the") read where a count stands is no count.
NOT_A_COUNT = re.compile(r"^(?:a|an|the)$", re.IGNORECASE)


def is_count_word(word: str) -> bool:
    """True for a word that states how many: digits ("40,000") or a number or vague count word ("dozens")."""
    words, vague, multipliers = number_tables()
    low = word.lower()
    return bool(_DIGIT_WORD.fullmatch(low)) or low in words or low in vague or low in multipliers


_DIGIT_WORD = re.compile(r"\d[\d,.]*")
