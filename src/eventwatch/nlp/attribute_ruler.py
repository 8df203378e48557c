"""The attribute ruler's patterns looked up in dicts rather than matched (`FastAttributeRuler`: the same
annotations).

Why the attribute ruler is replaced: en_core_web_sm's `attribute_ruler` (the tag map: fine tag -> part of speech
and morphology, and some word-and-tag exceptions) runs spaCy's `Matcher` over every token for all of its 179
patterns (some with IN and REGEX predicates, evaluated token by token) and builds a `Span` for every match: on the
short sentence Docs the events stage parses, that was about a tenth of spaCy's time. Nearly all of the patterns are
one token testing DEP, LOWER, TAG or IS_SPACE by equality, IN or NOT_IN: those are found by looking each token's
values up in a dict keyed by one of the tested values (the pattern's other tests then checked), on the hashes spaCy
stores. The few others (two tokens, REGEX) keep a `Matcher` each, run only on a Doc holding the word or label they
cannot match without. The matches are applied exactly as the attribute ruler applies them: in the order of its
patterns (a later pattern overrides an earlier one on the same token), with spaCy's own `set_token_attrs`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

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
