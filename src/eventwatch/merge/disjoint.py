"""Disjoint sets (union-find), shared by the merge's three groupings: the graph's components, the independent
sources of an event, and the countries `recompute` clusters together with reports of no country.

The smaller of two roots becomes the root of their union, so which member stands for a set, and therefore the
order groups come out in, does not depend on the order the unions were made in: the merge must be independent of
the order reports arrive in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T", str, int)


class Disjoint(Generic[T]):
    """Members given at the start, joined in pairs; `find` halves paths as it goes (near-constant time per call)."""

    __slots__ = ("parent",)

    def __init__(self, members: Iterable[T] = ()) -> None:
        self.parent: dict[T, T] = {m: m for m in members}

    def find(self, member: T) -> T:
        """The root of a member's set (a KeyError for a member never added: a caller's mistake, not a new set)."""
        parent = self.parent
        while parent[member] != member:
            parent[member] = parent[parent[member]]
            member = parent[member]
        return member

    def union(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
