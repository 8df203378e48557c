"""bench/bench_worker.py's clocks: a wrapped method gives what it gave, its calls and CPU are summed under its name,
an iterator is read inside the clock, and only the wrapped object is touched (the worker's stages compute as
before)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_worker import Clocks


class Stage:
    def __init__(self) -> None:
        self.spent = 0

    def pipe(self, items: list[int]) -> Iterator[int]:
        for item in items:
            started = time.process_time()
            while time.process_time() - started < 0.002:  # CPU the clock must see
                self.spent += 1
            yield item * 2


def test_a_wrapped_method_gives_its_answer_and_is_timed_under_its_name() -> None:
    clocks, stage, other = Clocks(), Stage(), Stage()
    clocks.wrap(stage, "pipe", "double", consume=True)
    assert stage.pipe([1, 2, 3]) == [2, 4, 6]
    assert stage.pipe([4]) == [8]
    assert clocks.calls == {"double": 2}
    assert clocks.seconds["double"] >= 0.006  # the items' CPU, spent while the iterator was read inside the clock
    assert "pipe" not in vars(other)  # another object of the class keeps the method as it was
    assert list(other.pipe([5])) == [10] and clocks.calls == {"double": 2}
    clocks.clear()
    assert clocks.seconds == {} and clocks.calls == {}


def test_without_consume_the_answer_is_handed_back_unread() -> None:
    clocks, stage = Clocks(), Stage()
    clocks.wrap(stage, "pipe", "lazy")
    out = stage.pipe([1])
    assert not isinstance(out, list)
    assert list(out) == [2]
