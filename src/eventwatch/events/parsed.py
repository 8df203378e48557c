"""A parsed sentence's tokens with their attributes read once, for the coder's rules to walk.

Why: the rules (modality, cue filtering, actor roles) climb heads and scan children dozens of times per token, and
every `token.head`, `token.children` or `doc[i]` of spaCy builds a new `Token` object, whose string attributes are
looked up again on each read: on news, some 50 `Token` objects were made per token parsed, a fifth of the coder's
time. A `Tok` holds the same attributes as plain Python values, its children as `Tok`s and its head as their index in
its view, so a climb is a chain of cheap reads. The values are spaCy's own (read from the `Doc` once, never computed
otherwise), so the rules see what they saw before. The root's head is the root itself, as in spaCy (whose `token.head
is token` is false for a parsed root only because it builds a new object: every climb stops at the root either way,
by its "ROOT" label or an unchanged index; `tests/events/test_parsed.py`).

A view holds no reference cycle, so it dies with its last reference (the cache's, `KEEP`) and lets go of its spaCy
Doc at once (kept on only where something else holds it, as `nlp/remembering.py` does): the view owns its tokens and
a token its children, while a token reaches its view, and so its head, by a weak reference. With a token pointing at
its view (and its head) and the view at its tokens, each dropped view waited, with its Doc, for the collector's
middle generation (a worker's peak +40 MB, speed49). A token whose view was let go while the token was still read
(only if `KEEP` newer views were built meanwhile) reads the view `parsed` gives for its Doc: the same values, in new
`Tok`s.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from eventwatch.geo.view import doc_text, strings_of

# Views kept at once: more than the sentences one batch of the events stage reads again (coding, the arbiter's
# verdicts), few enough to stay small (some 8 kB a sentence). The oldest goes first; a view is rebuilt if needed.
KEEP = 1024


class Tok:
    """One token of a `Parsed` Doc: spaCy's attributes as plain values (the subset the rules read)."""

    __slots__ = ("_doc", "_head", "_view", "children", "dep_", "ent_type_", "i", "idx", "is_title", "lemma_",
                 "like_num", "lower_", "pos_", "tag_", "text")

    def __init__(self, view: weakref.ref[Parsed], doc: Doc, i: int, head: int, idx: int, text: str, lower: str,
                 lemma: str, pos: str, tag: str, dep: str, ent_type: str, like_num: bool, is_title: bool) -> None:
        self._view, self._doc, self._head, self.i, self.idx, self.text = view, doc, head, i, idx, text
        self.lower_, self.lemma_, self.pos_, self.tag_, self.dep_ = lower, lemma, pos, tag, dep
        self.ent_type_, self.like_num, self.is_title = ent_type, like_num, is_title
        self.children: list[Tok] = []  # in the order of the text, as spaCy's lefts then rights

    @property
    def doc(self) -> Parsed:
        """The view the token belongs to (held weakly: see the module's docstring)."""
        view = self._view()
        return view if view is not None else parsed(self._doc)

    @property
    def head(self) -> Tok:
        """The token's syntactic head (the root's is the root itself)."""
        view = self._view()
        return (view if view is not None else parsed(self._doc)).toks[self._head]

    def nbor(self, offset: int = 1) -> Tok:
        """The token `offset` places away (IndexError outside the Doc, as spaCy)."""
        j = self.i + offset
        if not 0 <= j < len(self.doc.toks):
            raise IndexError(f"no token at {j}")
        return self.doc.toks[j]

    @property
    def subtree(self) -> Iterator[Tok]:
        """The token and its descendants, in the order of the text (as spaCy's `subtree`)."""
        for child in self.children:
            if child.i < self.i:
                yield from child.subtree
        yield self
        for child in self.children:
            if child.i > self.i:
                yield from child.subtree

    @property
    def left_edge(self) -> Tok:
        return self.doc.toks[self.doc.doc[self.i].left_edge.i]

    @property
    def right_edge(self) -> Tok:
        return self.doc.toks[self.doc.doc[self.i].right_edge.i]

    @property
    def sent_start(self) -> int:
        """The index of the first token of the token's sentence (spaCy's `token.sent.start`)."""
        return self.doc.sentence_start(self.i)


class Parsed:
    """A spaCy Doc's tokens as `Tok`s, with its text (spaCy joins every token's text anew on each `.text`)."""

    __slots__ = ("__weakref__", "doc", "starts", "text", "toks", "totals")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text: str = doc_text(doc)
        # whether the clause headed by a token states a running total (`totals.running_total`), by the head's
        # index: every count and trigger of a clause asks the same question of the same clause
        self.totals: dict[int, bool] = {}
        self.starts: list[int] | None = None  # each token's sentence start, read at the first question
        # every attribute of every token in one array (spaCy's own values: its hashes and ids, read as spaCy's
        # `Token` properties read them), not a `Token` made and asked ten times per token
        rows: list[list[int]] = doc.to_array(_ATTRS).tolist() if len(doc) else []
        # one list of strings for the string columns, column after column (`strings_of` keeps them)
        text, lower, lemma, pos, tag, dep, ent = (strings_of(doc, [r[c] for r in rows]) for c in range(7))
        me = weakref.ref(self)
        toks: list[Tok] = [Tok(me, doc, i, i + (r[7] - _WRAP if r[7] >= _HALF else r[7]), r[8], text[i], lower[i],
                               lemma[i], pos[i], tag[i], dep[i], ent[i], bool(r[9]), bool(r[10]))
                           for i, r in enumerate(rows)]  # r[7], HEAD: the head's offset, as an unsigned 64-bit number
        self.toks = toks
        for tok in toks:
            if tok._head != tok.i:
                toks[tok._head].children.append(tok)

    def __getitem__(self, i: int) -> Tok:
        return self.toks[i]

    def sentence_start(self, i: int) -> int:
        """spaCy's `doc[i].sent.start`, from the sentence starts read once: spaCy answers each question by making a
        `Token` and two `Span`s and asking the whole Doc whether it has sentence starts (a scan of every token),
        asked for a sentence's tokens one after the other by the modality rules (`imperative`). The same walk as
        spaCy's: back from the token to the nearest token marked as a sentence start, or to the first. A Doc with
        hooks for its sentences, or without sentence starts (spaCy raises), is asked as before."""
        starts = self.starts
        if starts is None:
            doc = self.doc
            if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks \
                    or not doc.has_annotation("SENT_START"):
                return int(doc[i].sent.start)
            starts = []
            current = 0
            for j, flag in enumerate(doc.to_array("SENT_START").tolist() if len(doc) else []):
                if flag == 1:
                    current = j
                starts.append(current)
            self.starts = starts
        return starts[i]

    def __len__(self) -> int:
        return len(self.toks)


# the columns of `Doc.to_array` a view is built from, in the order `Parsed` reads them (HEAD: the offset to the head)
_ATTRS: list[int | str] = ["ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "HEAD", "IDX", "LIKE_NUM",
                           "IS_TITLE"]

_HALF, _WRAP = 1 << 63, 1 << 64

_kept: dict[int, Parsed] = {}


def parsed(doc: Doc) -> Parsed:
    """The view of `doc`, built at its first use and kept among the `KEEP` most recent (by the Doc's identity: the
    view holds the Doc, so its id is not reused while kept)."""
    view = _kept.get(id(doc))
    if view is not None and view.doc is doc:
        return view
    view = Parsed(doc)
    _kept[id(doc)] = view
    if len(_kept) > KEEP:
        del _kept[next(iter(_kept))]
    return view


def ancestors(token: Tok, *, itself: bool = False) -> Iterator[Tok]:
    """The heads above `token`, nearest first, up to its sentence's root (spaCy's `Token.ancestors`); with `itself`,
    the token first. One walk up the parse for the rules that climb it, each with its own stop rule; a walk's bound,
    where it keeps one, is an `itertools.islice` of this."""
    if itself:
        yield token
    while token.head is not token:
        token = token.head
        yield token


def tokens(sent: SpacySpan) -> list[Tok]:
    """The tokens of a sentence (a span of its Doc) as `Tok`s."""
    return parsed(sent.doc).toks[sent.start:sent.end]


def text_of(sent: SpacySpan) -> str:
    """The sentence's text (spaCy's `Span.text`, cut from the Doc's text read once)."""
    return parsed(sent.doc).text[sent.start_char:sent.end_char]
