"""A dict kept as a least-recently-used cache: the bound on what a long run holds in memory for things it can
read or compute again (the merge's reports and comparisons, the dedupe index's entries), whatever the corpus size."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def keep_recent(kept: dict[K, V], used: Iterable[tuple[K, V]], limit: int) -> None:
    """Put the items just used at the recent end of `kept` (a dict keeps insertion order) and let the least
    recently used go beyond `limit`: what is kept is a cache, so only the time to read it again is at stake."""
    for key, value in used:
        kept.pop(key, None)
        kept[key] = value
    for key in list(islice(kept, max(0, len(kept) - limit))):
        del kept[key]
