"""Duplicate detection: exact copies by content hash, near copies (syndicated wire stories, the same report
on two sites) by MinHash LSH over word shingles.

A near copy is kept but linked to its original (`duplicate_of`), so that the same story printed twice never
counts as two independent confirmations of an event. The MinHash permutations use a fixed seed and
candidates are ranked deterministically, so two runs link the same copies to the same originals.

The index of documents seen (their hash values and LSH band keys) lives behind `DedupeIndex`: in memory for a
run without a store, in the store itself otherwise (`eventwatch.store.dedupe_index`), so that the one process
that writes holds only the batch at hand however large the store grows. The stage works a batch at a time: one
look-up of the batch's ids and band keys, then the documents in order, each compared with what the index held
and with the batch's earlier documents.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import numpy as np
import numpy.typing as npt

from eventwatch.records import Document, Drop
from eventwatch.settings import Settings

NUM_PERM = 128
SHINGLE_WORDS = 3
_SEED = 1
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word n-grams of the lower-cased text (a text shorter than n words is one shingle)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    # each n-gram as the tuple of its words (the list zipped with its shifts, the shortest ending it), joined: no
    # slice of the list per n-gram
    return {" ".join(gram).encode("utf-8") for gram in zip(*(words[i:] for i in range(size)), strict=False)}


# datasketch 2.0's MinHash (scheme "affine32", the default), computed here so that neither the driver nor a worker
# imports datasketch at run time: its package imports its LSH module, which imports scipy.integrate, 0.8 CPU seconds
# of every process's start (the driver's and each worker's, which builds the stage list). The values are the same
# bit for bit (tests/clean/test_dedupe_stage.py compares them and the layout with datasketch's own, still a test
# dependency).
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_EMPTY = np.uint32(0xFFFFFFFF)


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """datasketch's affine permutations h -> a * h + b (mod 2**32, `a` odd), drawn from the seed as it draws them."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def minhash_values(items: Iterable[bytes], num_perm: int = NUM_PERM, seed: int = _SEED) -> npt.NDArray[np.uint32]:
    """The MinHash of a set of byte strings: each item's SHA-1 (its first 4 bytes, little-endian), the MurmurHash3
    finaliser, each permutation, and the least value per permutation (all 2**32 - 1 for no item)."""
    # the first 4 bytes of every digest, read as little-endian uint32 at once (not one `struct.unpack` per item)
    hv = np.frombuffer(b"".join([hashlib.sha1(item).digest()[:4] for item in items]), dtype="<u4").astype(np.uint32)
    if not len(hv):
        return np.full(num_perm, _EMPTY, dtype=np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = (hv ^ (hv >> s3)).reshape(-1, 1)
    a, b = _permutations(num_perm, seed)
    return np.asarray(np.minimum(np.full(num_perm, _EMPTY, dtype=np.uint32), (hv * a + b).min(axis=0)),
                      dtype=np.uint32)


def hash_values(text: str) -> bytes:
    """The document's MinHash as it is kept: its 128 hash values (uint64, little-endian), 1 KB."""
    # in the set's own order: the least value per permutation is the same in any order (no sort needed)
    return np.asarray(minhash_values(shingles(text)), dtype="<u8").tobytes()


@lru_cache(maxsize=16)
def layout(threshold: float) -> tuple[int, int]:
    """The LSH bands (how many, of how many hash values) for a similarity threshold: MinHashLSH's own optimum
    (equal weights of false positives and negatives; it cannot band at exactly 1.0, so at most 0.95): 9 bands of
    13 for the default 0.8.

    datasketch integrates each candidate's false-positive and false-negative probability with scipy's `quad`;
    both integrands are polynomials of degree bands x rows <= NUM_PERM, which Gauss-Legendre quadrature on 65 nodes
    integrates exactly (up to rounding), so the same candidate wins, tried in the same order (a test compares
    the two on a grid of thresholds)."""
    t = min(threshold, 0.95)
    nodes, weights = np.polynomial.legendre.leggauss(NUM_PERM // 2 + 1)
    below, above = t / 2 * (nodes + 1), t + (1 - t) / 2 * (nodes + 1)  # the nodes mapped onto [0, t] and [t, 1]
    best, found = float("inf"), (0, 0)
    for bands in range(1, NUM_PERM + 1):
        for rows in range(1, NUM_PERM // bands + 1):
            false_pos = t / 2 * float(weights @ (1 - (1 - below**rows) ** bands))
            false_neg = (1 - t) / 2 * float(weights @ ((1 - above**rows) ** bands))
            error = 0.5 * false_pos + 0.5 * false_neg
            if error < best:
                best, found = error, (bands, rows)
    return found


def band_keys(values: bytes, bands: tuple[int, int]) -> list[int]:
    """One signed 64-bit key per LSH band (the layout, the band's number and its hash values, hashed): two
    documents are candidates when they share a key, i.e. agree on every value of a band, as in MinHashLSH."""
    count, rows = bands
    width = rows * 8
    return [int.from_bytes(hashlib.blake2b(bytes([count, rows, band]) + values[band * width:(band + 1) * width],
                                           digest_size=8).digest(), "little", signed=True)
            for band in range(count)]


def jaccard(a: bytes, b: bytes) -> float:
    """MinHash's Jaccard estimate: the share of equal hash values."""
    return float(np.count_nonzero(np.frombuffer(a, dtype="<u8") == np.frombuffer(b, dtype="<u8"))) / NUM_PERM


@dataclass(frozen=True, slots=True)
class Entry:
    """A document in the index: its place in the order documents were indexed (ties between equally similar
    originals go to the earlier one), the original it copies (itself when none), its hash values, and the run
    that last saw it (a document seen twice in one run is an exact copy)."""

    id: str
    seq: int
    root: str
    values: bytes
    seen: int


def stored_entry(doc_id: str, text: str, seq: int, bands: tuple[int, int]) -> tuple[Entry, list[int]]:
    """The entry and band keys of a document stored before the index held it: its own original, seen by no run
    yet (0), placed at `seq` in the order (the memory index's `known`, a store indexed from its stored texts)."""
    values = hash_values(text)
    return Entry(doc_id, seq, doc_id, values, 0), band_keys(values, bands)


class DedupeIndex(Protocol):
    """Where the stage keeps documents seen. `run` is this run's number; `next_seq` the next place in the order.
    `entries` gives only entries that count (seen in this run, or of a stored document); `candidates` the ids
    indexed under each band key (that may not count). `add`
    keeps entries (new ones, or stored ones now seen in this run) for the store's next write."""

    run: int
    next_seq: int

    def entries(self, ids: Sequence[str]) -> dict[str, Entry]: ...

    def candidates(self, keys: Sequence[int]) -> dict[int, list[str]]: ...

    def add(self, entries: Sequence[tuple[Entry, list[int]]]) -> None: ...


class MemoryIndex:
    """The index in this process's memory: a run without a store, and tests. `known` are (id, text) of documents
    stored before (each its own original)."""

    def __init__(self, bands: tuple[int, int], known: Iterable[tuple[str, str]] = ()) -> None:
        self.run, self.next_seq = 1, 0
        self._entries: dict[str, Entry] = {}
        self._bands: dict[int, list[str]] = {}
        for doc_id, text in known:
            if doc_id not in self._entries:
                self.add([stored_entry(doc_id, text, self.next_seq, bands)])
                self.next_seq += 1

    def entries(self, ids: Sequence[str]) -> dict[str, Entry]:
        return {i: self._entries[i] for i in ids if i in self._entries}

    def candidates(self, keys: Sequence[int]) -> dict[int, list[str]]:
        return {k: self._bands[k] for k in keys if k in self._bands}

    def add(self, entries: Sequence[tuple[Entry, list[int]]]) -> None:
        for entry, keys in entries:
            if entry.id not in self._entries:
                for key in keys:
                    self._bands.setdefault(key, []).append(entry.id)
            self._entries[entry.id] = entry


class Dedupe:
    """Pipeline stage `dedupe`: drops exact duplicates seen earlier in the run, links near duplicates.

    Documents stored by earlier runs are in the index (`known` seeds a memory index with them; a store's index
    holds them), so that a copy of a stored report is linked to it across runs. A document whose id is already
    stored is left as it is: the store ignores re-ingestion.
    """

    name = "dedupe"
    version = "1"
    requires: tuple[str, ...] = ("text", "id")
    assigns: tuple[str, ...] = ("duplicate_of",)

    def __init__(self, settings: Settings, known: Iterable[tuple[str, str]] = (),
                 index: DedupeIndex | None = None) -> None:
        self.threshold = settings.near_duplicate_threshold
        self.bands = layout(self.threshold)
        self.index: DedupeIndex = index if index is not None else MemoryIndex(self.bands, known)

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: Sequence[Document]) -> list[Document]:
        """The batch in order; the index gains its entries only once the whole batch is done (a batch that fails
        half-way leaves the index as it was, and is tried document by document)."""
        run = self.index.run
        stored = self.index.entries(sorted({d.id for d in docs}))
        values = {d.id: hash_values(d.text) for d in docs if d.id not in stored}
        keys = {i: band_keys(v, self.bands) for i, v in values.items()}
        found = self.index.candidates(sorted({k for ks in keys.values() for k in ks}))
        near = self.index.entries(sorted({i for ids in found.values() for i in ids}))
        batch: dict[str, Entry] = {}  # entries this batch adds or sees again
        batch_bands: dict[int, list[str]] = {}
        seq = self.index.next_seq
        out = []
        for doc in docs:
            entry = batch.get(doc.id) or stored.get(doc.id)
            if entry is not None and entry.seen == run:
                out.append(dataclasses.replace(doc, duplicate_of=entry.root,
                                               dropped=Drop("dedupe", f"exact duplicate of {entry.root}")))
                continue
            if entry is not None:  # stored by an earlier run: now seen in this one
                batch[doc.id] = dataclasses.replace(entry, seen=run)
                out.append(doc)
                continue
            mine = values[doc.id]
            ids: set[str] = set()
            for key in keys[doc.id]:
                ids.update(found.get(key, ()))
                ids.update(batch_bands.get(key, ()))
            best: tuple[float, int, str] | None = None
            origin: dict[str, Entry] = {}
            for cand_id in ids:
                cand = batch.get(cand_id) or near.get(cand_id)
                if cand is None:  # indexed by an earlier run, but neither stored nor seen in this one
                    continue
                origin[cand_id] = cand
                similarity = jaccard(mine, cand.values)
                if similarity < self.threshold:
                    continue
                rank = (-similarity, cand.seq, cand.id)
                if best is None or rank < best:
                    best = rank
            root = doc.id if best is None else origin[best[2]].root
            new = Entry(doc.id, seq, root, mine, run)
            seq += 1
            batch[doc.id] = new
            for key in keys[doc.id]:
                batch_bands.setdefault(key, []).append(doc.id)
            out.append(doc if best is None else dataclasses.replace(doc, duplicate_of=root))
        self.index.add([(e, keys.get(e.id, [])) for e in batch.values()])
        self.index.next_seq = seq
        return out
