"""How a text is written in capitals, for the readers that restore case (`events/casing.py`, `dates/detect.py`,
`dates/name_case.py`) and the evaluation that re-writes a labelled set in one case (`evaluation/lettercase.py`).

One count of capitals and one length-keeping conversion serve them all, so "too few letters to judge" and "a
character whose other case has another length" mean the same thing wherever text without case is read: every
offset into such text must still point into the original.
"""

from __future__ import annotations

from collections.abc import Callable

# fewer letters than this say nothing of how a text is written
MIN_LETTERS = 20


def capitals(text: str) -> tuple[int, int] | None:
    """(capitals, letters) of `text`, or None when fewer than `MIN_LETTERS` letters are written: too little to judge
    its case."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    return sum(1 for c in letters if c.isupper()), len(letters)


def same_length(text: str, convert: Callable[[str], str]) -> str:
    """`convert(text)` (`str.lower`, `str.upper`) of the same length: where the whole text would change length, a
    character whose converted form has another length ("İ" -> "i̇", "ß" -> "SS") keeps its own."""
    out = convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(convert(c)) != 1 else convert(c) for c in text)
