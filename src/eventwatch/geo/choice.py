"""A mention's chosen reading, and the rule that a document reads each name once."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Choice:
    row: int
    score: float
    partial: bool
    fuzzy: bool
    fallback: bool = False  # the place its qualifier names, the mention itself being unknown there
    qualified: bool = False  # lies in the place its qualifier names
    landmark: bool = False  # named by a site in it ("the White House")


def once_per_name(keys: list[str], qualified_mention: list[bool], final: list[Choice | None]) -> list[Choice | None]:
    """One reading per name in a document (mentions in text order): a name said without a qualifier takes the
    place its qualified mention names ("Paris, Texas ... in Paris"), else the best-supported reading among its
    mentions. One wrong reading repeated is the commonest error in local news. A name qualified two ways ("Paris,
    Texas" and "Paris, France") is read, where it is bare, in the sense last established before it (else the
    first one after it), as a reader does."""
    out = list(final)
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if k and final[i] is not None:
            by_key.setdefault(k, []).append(i)
    for indices in by_key.values():
        if len(indices) < 2:
            continue
        settled = [(i, c) for i in indices if (c := final[i]) is not None and c.qualified]
        if not settled:
            best = max((c for i in indices if (c := final[i]) is not None), key=lambda c: c.score)
        for i in indices:
            choice = final[i]
            if choice is None or qualified_mention[i] or choice.fallback:
                continue
            if settled:
                before = [c for j, c in settled if j < i]
                best = before[-1] if before else settled[0][1]
            if choice.row != best.row:
                out[i] = replace(best, qualified=False, fallback=False)
    return out
