"""The attribute ruler's patterns looked up in dicts rather than matched (`FastAttributeRuler`: the same
annotations).

Why the attribute ruler is replaced: en_core_web_sm's `attribute_ruler` (the tag map: fine tag -> part of speech
and morphology, and some word-and-tag exceptions) runs spaCy's `Matcher` over every token for all of its 179
patterns (some with IN and REGEX predicates, evaluated token by token) and builds a `Span` for every match: on the
short sentence Docs the events stage parses, that was about a tenth of spaCy's time. Nearly all of the patterns are
one token testing DEP, LOWER, TAG or IS_SPACE by equality, IN or NOT_IN: those are found by looking each token's
values up in a dict keyed by one of the tested values (the pattern's other tests then checked), on the hashes spaCy
stores. The few others (two tokens, REGEX) keep a `Matcher` each, run only on a Doc holding the word or label they
cannot match without (for a token tested by a REGEX alone, one of the Doc's words, tags or labels that the
expression finds: en_core_web_sm's "nothin'" pattern is such a token, whose `Matcher` ran on every Doc, making a
spaCy `Token` for each of its words, a third of the ruler's CPU). Which one-token patterns a token matches depends
on its four values alone, so it is remembered for each row of values met (`_MEMO` rows, then forgotten). The matches
are applied exactly as the attribute ruler applies them: in the order of its patterns (a later pattern overrides an
earlier one on the same token), with spaCy's own `set_token_attrs`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
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
# Rows of a token's values whose one-token matches are remembered (a row and its matches, some 200 bytes: 13 MB at
# most); distinct rows grow with the vocabulary met, so the memory is emptied when full.
_MEMO = 65536

Test = tuple[int, bool, frozenset[int]]  # (position in a token's values, wanted inside the set?, the set)


@dataclass(frozen=True, slots=True)
class _OneToken:
    number: int  # the pattern's number in the attribute ruler (its precedence)
    tests: tuple[Test, ...]  # besides the key


@dataclass(slots=True)
class _Found:
    """The values a regular expression finds, among those of a token's position (a REGEX test's need)."""

    regex: re.Pattern[str]
    seen: dict[int, bool] = field(default_factory=dict)  # value's hash -> found; bounded by `_MEMO`

    def in_any(self, vocab: Any, values: set[int]) -> bool:
        for value in values:
            hit = self.seen.get(value)
            if hit is None:
                if len(self.seen) >= _MEMO:
                    self.seen.clear()
                # what spaCy's REGEX predicate searches: the string of the token's value
                hit = self.seen[value] = bool(self.regex.search(vocab.strings[value]))
            if hit:
                return True
        return False


Need = tuple[int, "frozenset[int] | _Found"]  # (position, values or an expression): the Doc must hold one


@dataclass(frozen=True, slots=True)
class _Other:
    number: int
    matcher: Matcher
    needs: tuple[Need, ...]  # one per pattern: the Doc must meet one of them, else no match


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
        self.memo: dict[tuple[int, ...], tuple[int, ...]] = {}  # a row of values -> its one-token patterns' numbers

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

    def _needs(self, patterns: Sequence[list[dict[str, Any]]]) -> tuple[Need, ...]:
        """For each pattern, one (position, values or expression) its match cannot do without (a token every match
        holds: not optional); () if some pattern has none."""
        out: list[Need] = []
        for pattern in patterns:
            found: Need | None = None
            held = [spec for spec in pattern if "OP" not in spec]  # an optional or repeated token: not held
            for spec in held:
                tests = [t[0] for t in (_tests(self.vocab, {a: v}) for a, v in spec.items() if a in _ATTRS[:3])
                         if t is not None and t[0][1]]
                if tests:
                    pos, _, values = min(tests, key=lambda t: t[0])  # a word before a tag or a label
                    found = (pos, values)
                    break
            for spec in held if found is None else ():  # else a value a REGEX test finds (a set is cheaper)
                regexes = [(_ATTRS.index(a), v["REGEX"]) for a, v in spec.items() if a in _ATTRS[:3]
                           and isinstance(v, dict) and len(v) == 1 and isinstance(v.get("REGEX"), str)]
                if regexes:
                    found = (regexes[0][0], _Found(re.compile(regexes[0][1])))
                    break
            if found is None:
                return ()
            out.append(found)
        return tuple(out)

    def __call__(self, doc: Doc) -> Doc:
        rows: list[tuple[int, ...]] = list(map(tuple, doc.to_array(list(_ATTRS)).tolist())) if len(doc) else []
        matches: list[tuple[int, int, int]] = []  # (pattern number, start, end)
        memo = self.memo
        for i, row in enumerate(rows):
            numbers = memo.get(row)
            if numbers is None:
                numbers = self._one_token(row)
                if len(memo) >= _MEMO:
                    memo.clear()
                memo[row] = numbers
            matches.extend((number, i, i + 1) for number in numbers)
        present: list[set[int]] | None = None
        for other in self.others:
            if other.needs:
                if present is None:
                    present = [{row[p] for row in rows} for p in range(len(_ATTRS))]
                if not any(present[p] & need if isinstance(need, frozenset) else need.in_any(self.vocab, present[p])
                           for p, need in other.needs):
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

    def _one_token(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The numbers of the one-token patterns a token of these values matches, in the order they are found."""
        return tuple(pattern.number for pos, table in enumerate(self.keyed) for pattern in table.get(row[pos], ())
                     if all((row[p] in values) == inside for p, inside, values in pattern.tests))

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
