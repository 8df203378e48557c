"""The least-recently-used bound shared by the merge's cache and the dedupe index's entries."""

from __future__ import annotations

from eventwatch.lru import keep_recent


def test_items_used_move_to_the_recent_end_and_the_oldest_go_beyond_the_limit() -> None:
    kept = {"a": 1, "b": 2, "c": 3}
    keep_recent(kept, [("a", 10), ("d", 4)], limit=3)
    assert list(kept.items()) == [("c", 3), ("a", 10), ("d", 4)]  # "b", least recently used, went


def test_a_key_used_twice_keeps_its_last_value_and_place() -> None:
    kept: dict[str, int] = {}
    keep_recent(kept, [("x", 1), ("y", 2), ("x", 3)], limit=5)
    assert list(kept.items()) == [("y", 2), ("x", 3)]


def test_nothing_used_still_trims_to_the_limit() -> None:
    kept = {i: i for i in range(6)}
    keep_recent(kept, [], limit=2)
    assert kept == {4: 4, 5: 5}


def test_keep_recent_keeps_the_last_used_up_to_the_limit() -> None:
    kept = {k: k.upper() for k in "abcdef"}
    keep_recent(kept, [("b", "B"), ("a", "A")], 4)  # b and a were just used: the least recently used (c, d) go
    assert list(kept) == ["e", "f", "b", "a"]
    keep_recent(kept, [], 2)
    assert kept == {"b": "B", "a": "A"}
    keep_recent(kept, [("b", "B")], 10)
    assert list(kept) == ["a", "b"]
