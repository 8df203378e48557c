"""Scoring a labelled set with its text re-written all in lower case or all in capitals (`--case` of `eval geo`,
`eval acled` and `eval all`).

Why: one genre eventwatch is judged on is regional police news written all in lower case, and wire archives come
all in capitals (MUC-4); `events/casing.py` restores case before parsing. How much places and events lose on such
text is measured on the same labelled text as written and transformed, so the difference is the case's alone (a
transform of the same data, not the held-out lower-case genre: its words, names and sentences stay those of the
original).

The gold points into the text by character offsets, so the transform keeps the length: a character whose lower or
upper case is longer ("ß" -> "SS", "İ" -> "i̇") stays as written (`changed_length` counts them in a set).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, TypeVar, cast

from eventwatch.textcase import same_length

Case = Literal["as-written", "lower", "upper"]
CASES: tuple[Case, ...] = ("as-written", "lower", "upper")
T = TypeVar("T")


def _convert(case: Case) -> Callable[[str], str] | None:
    if case not in CASES:
        raise ValueError(f"case must be one of {CASES}, not {case!r}")
    return None if case == "as-written" else str.lower if case == "lower" else str.upper


def recase(text: str, case: Case) -> str:
    """`text` all in lower case or all in capitals (unchanged "as-written"), of the same length: a character whose
    other case has another length keeps its own ("Straße" -> "STRAßE")."""
    convert = _convert(case)
    return text if convert is None else same_length(text, convert)


def changed_length(texts: Sequence[str], case: Case) -> int:
    """How many characters of `texts` `recase` keeps as written because their other case has another length."""
    convert = _convert(case)
    if convert is None:
        return 0
    return sum(1 for text in texts for c in text if len(convert(c)) != 1)


def recased(predict: Callable[[Sequence[str]], list[T]], case: Case) -> Callable[[Sequence[str]], list[T]]:
    """A function of texts (a classifier, an extractor) that reads each text re-cased first."""
    if case == "as-written":
        return predict

    def read(texts: Sequence[str]) -> list[T]:
        return predict([recase(t, case) for t in texts])

    return read


def as_case(value: str) -> Case:
    """A command-line choice as a `Case` (checked)."""
    _convert(cast("Case", value))
    return cast("Case", value)
