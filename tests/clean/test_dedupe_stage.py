"""Duplicates: exact copies dropped, near copies linked to their original, known documents seeded."""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.clean import text_id
from eventwatch.dedupe import NUM_PERM, Dedupe, hash_values, layout, shingles
from eventwatch.records import Document
from eventwatch.settings import Settings

STORY = (
    "Police fired tear gas at hundreds of protesters who gathered outside the parliament in the capital on "
    "Monday to demand the resignation of the interior minister, witnesses said. Several people were injured "
    "and at least twelve were detained, according to a rights group that monitored the demonstration."
)
SYNDICATED = STORY.replace("Several people were injured", "Several people were hurt")
OTHER = (
    "Dock workers in the port city walked off the job on Tuesday over unpaid wages, halting container traffic "
    "for the second time this month, a union spokesperson said. Management said talks would resume on Friday."
)


def doc(text: str) -> Document:
    return Document(raw=text, text=text, id=text_id(text))


def test_exact_duplicate_is_dropped_and_linked() -> None:
    stage = Dedupe(Settings())
    first = stage(doc(STORY))
    second = stage(doc(STORY))
    assert first.dropped is None and first.duplicate_of is None
    assert second.duplicate_of == first.id
    assert second.dropped is not None and second.dropped.reason == f"exact duplicate of {first.id}"


def test_near_duplicate_is_kept_and_linked_unrelated_is_not() -> None:
    stage = Dedupe(Settings())
    original = stage(doc(STORY))
    copy = stage(doc(SYNDICATED))
    other = stage(doc(OTHER))
    assert copy.dropped is None and copy.duplicate_of == original.id
    assert other.duplicate_of is None


def test_copy_of_a_copy_links_to_the_first_original() -> None:
    stage = Dedupe(Settings())
    original = stage(doc(STORY))
    stage(doc(SYNDICATED))
    third = stage(doc(SYNDICATED.replace("at least twelve", "at least 12")))
    assert third.duplicate_of == original.id


def test_known_documents_seed_the_index() -> None:
    stored_id = text_id(STORY)
    stage = Dedupe(Settings(), known=[(stored_id, STORY)])
    assert stage(doc(SYNDICATED)).duplicate_of == stored_id
    again = stage(doc(STORY))  # already stored: the store ignores it; it is not its own duplicate
    assert again.dropped is None and again.duplicate_of is None


def test_threshold_setting_is_used() -> None:
    strict = Dedupe(Settings(near_duplicate_threshold=1.0))
    strict(doc(STORY))
    assert strict(doc(SYNDICATED)).duplicate_of is None


words = st.lists(
    st.sampled_from(["police", "protest", "fire", "city", "army", "road", "market", "strike", "crowd", "vote"]),
    min_size=5,
)


@settings(max_examples=50, deadline=None)
@given(texts=st.lists(words.map(" ".join), min_size=1, max_size=8))
def test_deterministic_and_never_self_linked(texts: list[str]) -> None:
    def run() -> list[tuple[str | None, bool]]:
        stage = Dedupe(Settings())
        out = [stage(doc(t)) for t in texts]
        for d in out:
            assert d.duplicate_of != d.id or d.dropped is not None
        return [(d.duplicate_of, d.dropped is None) for d in out]

    assert run() == run()


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(words.map(" ".join), min_size=1, max_size=10), threshold=st.sampled_from([0.5, 0.8, 1.0]))
def test_same_links_as_datasketch_lsh(texts: list[str], threshold: float) -> None:
    """The band keys find what datasketch's MinHashLSH finds: the same links as an index built with it."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=min(threshold, 0.95), num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    order: dict[str, int] = {}
    root: dict[str, str] = {}
    seen: set[str] = set()
    expected: list[tuple[str | None, bool]] = []
    for text in texts:
        d = doc(text)
        if d.id in seen:
            expected.append((root[d.id], False))
            continue
        seen.add(d.id)
        sig = datasketch_minhash(text)
        ranked = sorted((-float(sig.jaccard(hashes[c])), order[c], c) for c in lsh.query(sig)
                        if sig.jaccard(hashes[c]) >= threshold)
        root[d.id] = root[ranked[0][2]] if ranked else d.id
        lsh.insert(d.id, sig)
        hashes[d.id], order[d.id] = sig, len(order)
        expected.append((root[d.id] if ranked else None, True))
    stage = Dedupe(Settings(near_duplicate_threshold=threshold))
    assert [(d.duplicate_of, d.dropped is None) for d in (stage(doc(t)) for t in texts)] == expected


def datasketch_minhash(text: str) -> MinHash:
    """The document's MinHash as datasketch computes it (what `eventwatch.dedupe` computes without importing it)."""
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch(sorted(shingles(text)))
    return m


@settings(max_examples=60, deadline=None)
@given(text=st.one_of(st.text(max_size=300), words.map(" ".join)))
def test_hash_values_are_datasketchs(text: str) -> None:
    assert hash_values(text) == np.asarray(datasketch_minhash(text).hashvalues, dtype="<u8").tobytes()


@settings(max_examples=60, deadline=None)
@given(text=st.one_of(st.text(max_size=300), words.map(" ".join)), size=st.integers(1, 4))
def test_shingles_are_the_texts_word_n_grams(text: str, size: int) -> None:
    """Every run of `size` words in a row, as the slices of the word list give them (one shingle for a shorter
    text, none for a text of no word)."""
    found = re.findall(r"\w+", text.casefold())
    grams = [found[i:i + size] for i in range(len(found) - size + 1)] if len(found) > size else [found] * bool(found)
    assert shingles(text, size) == {" ".join(g).encode("utf-8") for g in grams}


def test_layout_is_datasketchs_optimum() -> None:
    """The bands chosen for each threshold are MinHashLSH's (its optimum, integrated by scipy), 0.01 to 1.0."""
    from datasketch.lsh import _optimal_param

    for hundredths in range(1, 101):
        threshold = hundredths / 100
        expected = _optimal_param(min(threshold, 0.95), NUM_PERM, 0.5, 0.5)
        assert layout(threshold) == (int(expected[0]), int(expected[1])), threshold
    assert layout(0.8) == (9, 13)
