"""A parsed Doc's words as plain values, read once, for the place ruler and the place finder to walk.

Why: the ruler (`geo/ruler.py`) and the finder (`geo/recognize.py`) look at the words around every capitalised word
and entity many times over ("near X", "X district", "Columbus, Ohio", a run of capitalised words), and every
`doc[i]` of spaCy builds a new `Token` whose string attributes are looked up again on each read. A `Word` holds the
attributes they read as plain Python values, all read from the Doc in one array (`Doc.to_array`), so a look at a
neighbour is a list index and an attribute read. The values are spaCy's own, never computed otherwise, so the rules
see what they saw before (`tests/geo/test_view.py`). Only what no component after the NER changes is held (the
entities, which the ruler rewrites, are read from the Doc), so one view serves the ruler and, later, the finder.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:  # spaCy is imported by whoever parses; the gazetteer's tools import this module without it
    from spacy.tokens import Doc

# spaCy's string of a hash: a hash is a function of its string alone (the same in every vocabulary), and reading it
# from the vocabulary decodes a new `str` each time; a hundred thousand are kept, then the memory starts anew
_STRINGS: dict[int, str] = {}
_STRINGS_KEPT = 100_000


def strings_of(doc: Doc, hashes: list[int]) -> list[str]:
    """The strings of spaCy hashes (or symbol ids) of `doc`'s vocabulary, as `doc.vocab.strings[h]` gives them."""
    known = _STRINGS
    if len(known) > _STRINGS_KEPT:
        known.clear()
    missing = [h for h in hashes if h not in known]
    if missing:
        store = doc.vocab.strings
        for h in missing:
            known[h] = store[h]
    return [known[h] for h in hashes]


def doc_text(doc: Doc) -> str:
    """The Doc's text (spaCy joins every token's text anew on each `.text`), from its view when it has one."""
    view = doc.user_data.get(_KEY)
    return view.text if isinstance(view, Words) else str(doc.text)


_ATTRS: list[int | str] = ["ORTH", "LOWER", "IS_ALPHA", "IS_LOWER", "POS", "SENT_START", "SPACY", "IDX"]
_KEY = "eventwatch_words"  # the view's key in the Doc's user_data


class Word:
    """One token: `text`, `lower_`, `is_alpha`, `is_lower`, `whitespace_` (" " or ""), `i`, `idx` as spaCy's;
    `propn` for `pos_ == "PROPN"`; `is_sent_start` true where spaCy's is True (not None, not False)."""

    __slots__ = ("i", "idx", "is_alpha", "is_lower", "is_sent_start", "lower_", "propn", "text", "whitespace_")

    def __init__(self, i: int, idx: int, text: str, lower: str, alpha: bool, is_lower: bool, propn: bool,
                 sent_start: bool, space: bool) -> None:
        self.i, self.idx, self.text, self.lower_ = i, idx, text, lower
        self.is_alpha, self.is_lower, self.propn, self.is_sent_start = alpha, is_lower, propn, sent_start
        self.whitespace_ = " " if space else ""


class Run:
    """Words start..end of a view (a slice, as `doc[start:end]`): its words and its text as spaCy's `Span.text`."""

    __slots__ = ("end", "start", "text", "words")

    def __init__(self, view: Words, start: int, end: int) -> None:
        self.start, self.end = start, end
        self.words = view.words[start:end]
        self.text = view.text[self.words[0].idx:self.words[-1].idx + len(self.words[-1].text)] if self.words else ""

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> Word:
        return self.words[i]


class Words:
    """The words of a Doc (see the module docstring); indexed and sliced as the Doc is."""

    __slots__ = ("text", "words")

    def __init__(self, doc: Doc) -> None:
        self.text: str = doc.text
        rows: list[list[int]] = doc.to_array(_ATTRS).tolist() if len(doc) else []
        texts = strings_of(doc, [r[0] for r in rows])
        lowers = strings_of(doc, [r[1] for r in rows])
        propn = doc.vocab.strings["PROPN"]  # the part of speech's id, as `Doc.to_array` gives it
        self.words = [Word(i, idx, texts[i], lowers[i], bool(alpha), bool(is_lower), pos == propn, start == 1,
                           bool(space))
                      for i, (_, _, alpha, is_lower, pos, start, space, idx) in enumerate(rows)]

    def __len__(self) -> int:
        return len(self.words)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    @overload
    def __getitem__(self, i: int) -> Word: ...

    @overload
    def __getitem__(self, i: slice) -> Run: ...

    def __getitem__(self, i: int | slice) -> Word | Run:
        if isinstance(i, slice):
            start, stop, _ = i.indices(len(self.words))
            return Run(self, start, max(start, stop))
        return self.words[i]


def words(doc: Doc) -> Words:
    """The view of `doc`, built at its first use and kept with it (the view holds no reference to the Doc)."""
    view = doc.user_data.get(_KEY)
    if isinstance(view, Words):
        return view
    view = Words(doc)
    doc.user_data[_KEY] = view
    return view
