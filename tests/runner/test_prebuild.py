"""A first cluster run's gazetteer index is built in a child process, not in the workers' server (prebuild.py)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from eventwatch.runner import prebuild


def test_a_missing_index_is_built_in_a_child_process(tmp_path: Path) -> None:
    ran: list[Sequence[str]] = []
    (tmp_path / "entities.pkl").write_bytes(b"")  # one file of three: the names and the ruler's list are missing
    assert prebuild.build_apart(tmp_path, ran.append)
    assert ran == [[sys.executable, "-m", "eventwatch.runner.prebuild"]]


def test_nothing_is_run_when_every_file_is_there(tmp_path: Path) -> None:
    ran: list[Sequence[str]] = []
    for name in prebuild.BUILT:
        (tmp_path / name).write_bytes(b"")
    assert not prebuild.build_apart(tmp_path, ran.append)
    assert ran == []


def test_the_files_checked_are_those_the_place_ruler_reads() -> None:
    from eventwatch.geo import gazetteer, ruler_names

    for name in prebuild.BUILT:  # each name is written in the module that builds or reads it
        assert name in Path(gazetteer.__file__).read_text() + Path(ruler_names.__file__).read_text()


def test_the_server_builds_apart_before_it_loads_the_pipeline() -> None:
    import inspect

    from eventwatch.runner import preload

    source = inspect.getsource(preload.load_shared)
    assert 0 < source.index("build_apart()") < source.index("load_nlp(settings)")
