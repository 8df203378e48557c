"""Duplicate detection: exact copies by content hash, near copies (syndicated wire stories, the same report
on two sites) by MinHash LSH over word shingles.

A near copy is kept but linked to its original (`duplicate_of`), so that the same story printed twice never
counts as two independent confirmations of an event. The MinHash permutations use a fixed seed and
candidates are ranked deterministically, so two runs link the same copies to the same originals.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from datasketch import LeanMinHash, MinHash, MinHashLSH

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
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=_SEED)
    m.update_batch(sorted(shingles(text)))
    return m


class Dedupe:
    """Pipeline stage `dedupe`: drops exact duplicates seen earlier in the run, links near duplicates.

    `known` holds (doc_id, text) of documents already stored, so that a copy of a stored report is linked to
    it across runs. A document whose id is already stored is left as it is: the store ignores re-ingestion.
    """

    name = "dedupe"
    version = "1"
    requires: tuple[str, ...] = ("text", "id")
    assigns: tuple[str, ...] = ("duplicate_of",)

    def __init__(self, settings: Settings, known: Iterable[tuple[str, str]] = ()) -> None:
        self.threshold = settings.near_duplicate_threshold
        # The LSH index finds candidates; the Jaccard estimate decides. datasketch cannot band at exactly 1.0.
        self._lsh = MinHashLSH(threshold=min(self.threshold, 0.95), num_perm=NUM_PERM)
        # Only the hash values are kept (LeanMinHash, 1 KB): a MinHash also holds its permutations (2.6 KB more).
        self._hashes: dict[str, LeanMinHash] = {}
        self._order: dict[str, int] = {}
        self._root: dict[str, str] = {}
        self._known: set[str] = set()
        self._seen: set[str] = set()
        for doc_id, text in known:
            if doc_id not in self._hashes:
                self._add(doc_id, minhash(text))
                self._known.add(doc_id)

    def _add(self, doc_id: str, signature: MinHash, original: str | None = None) -> None:
        self._lsh.insert(doc_id, signature)
        self._hashes[doc_id] = LeanMinHash(signature)
        self._order[doc_id] = len(self._order)
        self._root[doc_id] = self._root.get(original, original) if original else doc_id

    def __call__(self, doc: Document) -> Document:
        if doc.id in self._seen:
            original = self._root.get(doc.id, doc.id)
            return dataclasses.replace(
                doc, duplicate_of=original, dropped=Drop("dedupe", f"exact duplicate of {original}")
            )
        self._seen.add(doc.id)
        if doc.id in self._known:
            return doc
        signature = minhash(doc.text)
        best: tuple[float, int, str] | None = None
        for candidate in self._lsh.query(signature):
            similarity = float(signature.jaccard(self._hashes[candidate]))
            if similarity < self.threshold:
                continue
            rank = (-similarity, self._order[candidate], candidate)
            if best is None or rank < best:
                best = rank
        if best is None:
            self._add(doc.id, signature)
            return doc
        original = self._root[best[2]]
        self._add(doc.id, signature, original)
        return dataclasses.replace(doc, duplicate_of=original)
