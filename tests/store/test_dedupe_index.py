"""The near-duplicate index kept in the store: the same links as the index in memory within a run, and across
runs what an index rebuilt from the stored texts would give, written with each batch."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.clean import text_id
from eventwatch.dedupe import Dedupe, layout
from eventwatch.records import Document, Drop
from eventwatch.settings import Settings
from eventwatch.store import Store

STORY = (
    "Police fired tear gas at hundreds of protesters who gathered outside the parliament in the capital on "
    "Monday to demand the resignation of the interior minister, witnesses said. Several people were injured "
    "and at least twelve were detained, according to a rights group that monitored the demonstration."
)
SYNDICATED = STORY.replace("Several people were injured", "Several people were hurt")
THIRD = SYNDICATED.replace("at least twelve", "at least 12")


def doc(text: str) -> Document:
    return Document(raw=text, text=text, id=text_id(text), origin=f"{text_id(text)[:8]}.txt")


def stage(store: Store, threshold: float = 0.8) -> Dedupe:
    config = Settings(near_duplicate_threshold=threshold)
    return Dedupe(config, index=store.dedupe_index(layout(threshold)))


def run(store: Store, dedupe: Dedupe, texts: list[str]) -> list[Document]:
    out = dedupe.pipe([doc(t) for t in texts])
    store.write_batch(out)
    return out


def test_links_across_runs_and_exact_copies_within_one(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        first = run(store, stage(store), [STORY])
    with Store(tmp_path / "s.duckdb") as store:
        dedupe = stage(store)
        copy, again = run(store, dedupe, [SYNDICATED, STORY])
        assert copy.duplicate_of == first[0].id and copy.dropped is None
        assert again.dropped is None and again.duplicate_of is None  # stored: left to the store
        (twice,) = run(store, dedupe, [STORY])  # seen in this run already (an earlier batch): an exact copy
        assert twice.dropped is not None and twice.dropped.reason == f"exact duplicate of {first[0].id}"
    with Store(tmp_path / "s.duckdb") as store:
        (third,) = run(store, stage(store), [THIRD])
        assert third.duplicate_of == first[0].id  # the copy's original, as within one run


def test_store_written_before_the_index_is_indexed(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([doc(STORY)])
    with Store(tmp_path / "s.duckdb") as store:
        (copy,) = run(store, stage(store), [SYNDICATED])
        assert copy.duplicate_of == text_id(STORY)


def test_a_document_not_stored_does_not_count_in_a_later_run(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        dedupe = stage(store)
        (first,) = dedupe.pipe([doc(STORY)])
        store.write_batch([dataclasses.replace(first, dropped=Drop("events", "ValueError: broken"))])
    with Store(tmp_path / "s.duckdb") as store:
        dedupe = stage(store)
        copy, story = run(store, dedupe, [SYNDICATED, STORY])
        assert copy.duplicate_of is None
        assert story.dropped is None and story.duplicate_of == copy.id
        # the story's entry, indexed by the first run, replaced by this run's (one row, seen by run 2), and the
        # copy's new one added beside it
        assert store.con.execute("SELECT id, seen FROM dedupe_index ORDER BY seen, id").fetchall() == sorted(
            [(copy.id, 2), (text_id(STORY), 2)])


def test_a_batch_not_written_leaves_the_index_as_it_was(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        stage(store).pipe([doc(STORY)])  # the run is killed before its batch is written
    with Store(tmp_path / "s.duckdb") as store:
        assert store.con.execute("SELECT count(*) FROM dedupe_index").fetchone() == (0,)
        (copy,) = run(store, stage(store), [SYNDICATED])
        assert copy.duplicate_of is None


def test_another_threshold_keys_the_index_again(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        run(store, stage(store, 0.8), [STORY])
    with Store(tmp_path / "s.duckdb") as store:
        (copy,) = run(store, stage(store, 0.6), [SYNDICATED])
        assert copy.duplicate_of == text_id(STORY)


words = st.lists(st.sampled_from(["police", "protest", "fire", "city", "army", "road", "market", "strike"]),
                 min_size=4, max_size=12)


@settings(max_examples=25, deadline=None)
@given(texts=st.lists(words.map(" ".join), min_size=1, max_size=12), size=st.integers(1, 5))
def test_same_links_as_the_index_in_memory(tmp_path_factory: object, texts: list[str], size: int) -> None:
    from pytest import TempPathFactory

    assert isinstance(tmp_path_factory, TempPathFactory)
    memory = Dedupe(Settings())
    expected = [memory(doc(t)) for t in texts]
    with Store(tmp_path_factory.mktemp("d") / "s.duckdb") as store:
        dedupe = stage(store)
        got: list[Document] = []
        for start in range(0, len(texts), size):
            got += run(store, dedupe, texts[start:start + size])
    assert [(d.duplicate_of, d.dropped) for d in got] == [(d.duplicate_of, d.dropped) for d in expected]
