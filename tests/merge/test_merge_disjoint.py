"""The merge's union-find: sets and their roots independent of the order of unions."""

from __future__ import annotations

import itertools

import pytest

from eventwatch.merge.disjoint import Disjoint


def _sets(d: Disjoint[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in d.parent:
        out.setdefault(d.find(m), set()).add(m)
    return out


def test_the_smallest_member_is_the_root_whatever_the_order_of_unions() -> None:
    pairs = [("d", "b"), ("e", "c"), ("b", "e")]
    results = []
    for order in itertools.permutations(pairs):
        d = Disjoint("abcdef")
        for a, b in order:
            d.union(a, b)
        results.append(_sets(d))
    assert all(r == {"a": {"a"}, "b": {"b", "c", "d", "e"}, "f": {"f"}} for r in results)


def test_a_member_never_added_is_an_error_not_a_new_set() -> None:
    d = Disjoint([1, 2])
    d.union(1, 2)
    assert d.find(2) == 1
    with pytest.raises(KeyError):
        d.find(3)
