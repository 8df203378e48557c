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


# Bytes of a text's UTF-8 form deleted before counting: those that are not ASCII letters (not ASCII capitals), and
# those of ASCII. Why: `capitals` is asked of every report's whole text (`casing.needs_case`, `dates/detect.py`), and
# a loop of `str.isalpha` over each character cost some 4% of a worker; `bytes.translate` counts in C. A character
# beyond ASCII is written with bytes of 128 and above only, so the bytes left after deleting ASCII's are exactly
# those characters, read one by one as before.
_HIGH = bytes(range(128, 256))
_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha()) + _HIGH
_NOT_CAPITALS = bytes(b for b in range(128) if not chr(b).isupper()) + _HIGH
_ASCII = bytes(range(128))


def capitals(text: str) -> tuple[int, int] | None:
    """(capitals, letters) of `text`, or None when fewer than `MIN_LETTERS` letters are written: too little to judge
    its case. Counted as `str.isalpha` and `str.isupper` count: ASCII from the UTF-8 bytes, the rest by character."""
    raw = text.encode("utf-8", "surrogatepass")
    letters = len(raw.translate(None, _NOT_LETTERS))
    upper = len(raw.translate(None, _NOT_CAPITALS))
    if len(raw) != len(text):  # characters beyond ASCII: counted one by one
        beyond = [c for c in raw.translate(None, _ASCII).decode("utf-8", "surrogatepass") if c.isalpha()]
        letters += len(beyond)
        upper += sum(1 for c in beyond if c.isupper())
    if letters < MIN_LETTERS:
        return None
    return upper, letters


def same_length(text: str, convert: Callable[[str], str]) -> str:
    """`convert(text)` (`str.lower`, `str.upper`) of the same length: where the whole text would change length, a
    character whose converted form has another length ("İ" -> "i̇", "ß" -> "SS") keeps its own."""
    out = convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(convert(c)) != 1 else convert(c) for c in text)
