"""The near-duplicate index kept in the store: each indexed document's MinHash values (`dedupe_index`) and its
LSH band keys (`dedupe_bands`), so that the process that writes holds only the batch at hand, however large the
store grows (in memory the index cost about 4 KB a document, seeded from every stored text at each start).

An entry counts when its document was seen in this run or is stored: a document indexed by an earlier run that
a later stage dropped (and so was not stored) is absent, as it would have been for an index rebuilt from the
stored texts. The stage's entries of a batch are written with the batch (`Store.write_batch`), in its
transaction, so a run killed mid-way leaves an index that matches the documents stored. A store written before
the index existed is indexed from its stored texts when first opened for a run (in id order, each document its
own original, as the index built at each start used to be); a store indexed for another threshold's bands is
keyed again from its stored hash values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pyarrow as pa

from eventwatch.dedupe import Entry, band_keys, stored_entry
from eventwatch.lru import keep_recent

if TYPE_CHECKING:
    from eventwatch.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS dedupe_index (id VARCHAR PRIMARY KEY, seq BIGINT, root VARCHAR, hash_values BLOB,
    seen BIGINT);
CREATE TABLE IF NOT EXISTS dedupe_bands (key BIGINT, id VARCHAR);
CREATE INDEX IF NOT EXISTS dedupe_bands_key ON dedupe_bands (key);
CREATE TABLE IF NOT EXISTS dedupe_layout (bands INTEGER, band_rows INTEGER);
"""
_CHUNK = 1000
# Entries kept in memory, the most recently used (about 1.2 KB each): a bound whatever the store's size.
_KEEP = 4096


def _bytes(value: object) -> bytes:
    if not isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(f"hash values stored as {type(value).__name__}")
    return bytes(value)


class StoreIndex:
    """`eventwatch.dedupe.DedupeIndex` over the store's tables; entries added wait for the store's next write."""

    def __init__(self, store: Store, bands: tuple[int, int]) -> None:
        self.store, self.bands = store, bands
        self.pending: dict[str, tuple[Entry, list[int]]] = {}
        self.recent: dict[str, Entry] = {}  # entries that count, used most recently (a cache, bounded)
        con = store.con
        with store.transaction():
            con.execute(DDL)
            self._seed()
            self._layout()
        # fetchall: a result left unfinished would block the connection's next `register` (DuckDB 2.0)
        ((run, seq),) = con.execute("SELECT coalesce(max(seen), 0) + 1, coalesce(max(seq), -1) + 1 "
                                    "FROM dedupe_index").fetchall()
        self.run, self.next_seq = int(run), int(seq)

    def _seed(self) -> None:
        """Stored documents not indexed yet (a store written before the index existed): indexed now, in id order,
        each its own original."""
        con = self.store.con
        ((top,),) = con.execute("SELECT coalesce(max(seq), -1) + 1 FROM dedupe_index").fetchall()
        seq = int(top)
        # a page at a time, by id (a cursor would not see this transaction's tables)
        after = ""
        while rows := con.execute("SELECT id, text FROM documents WHERE id > ? AND id NOT IN (SELECT id FROM "
                                  "dedupe_index) ORDER BY id LIMIT ?", [after, _CHUNK]).fetchall():
            after = str(rows[-1][0])
            entries = []
            for doc_id, text in rows:
                entries.append(stored_entry(str(doc_id), str(text), seq, self.bands))
                seq += 1
            self._write(entries, new=True)

    def _layout(self) -> None:
        """Band keys for this threshold's layout: computed again from the stored hash values when it changed."""
        con = self.store.con
        rows = con.execute("SELECT bands, band_rows FROM dedupe_layout").fetchall()
        row = rows[0] if rows else None
        if row == self.bands:
            return
        if row is not None:
            con.execute("DELETE FROM dedupe_bands")
            after = ""
            while rows := con.execute("SELECT id, hash_values FROM dedupe_index WHERE id > ? ORDER BY id LIMIT ?",
                                      [after, _CHUNK]).fetchall():
                after = str(rows[-1][0])
                keyed = [(str(i), band_keys(_bytes(v), self.bands)) for i, v in rows]
                self._insert_bands([(i, k) for i, keys in keyed for k in keys])
        con.execute("DELETE FROM dedupe_layout")
        con.execute("INSERT INTO dedupe_layout VALUES (?, ?)", list(self.bands))

    def _valid(self, rows: list[tuple[object, ...]]) -> list[Entry]:
        """Entries from rows (id, seq, root, values, seen), keeping those that count (see the module)."""
        entries = [Entry(str(r[0]), int(str(r[1])), str(r[2]), _bytes(r[3]), int(str(r[4]))) for r in rows]
        old = sorted({e.id for e in entries if e.seen != self.run})
        stored = {str(r[0]) for r in self.store.con.execute(
            "SELECT id FROM documents WHERE list_contains(?, id)", [old]).fetchall()} if old else set()
        return [e for e in entries if e.seen == self.run or e.id in stored]

    def entries(self, ids: Sequence[str]) -> dict[str, Entry]:
        found = {i: self.pending[i][0] for i in ids if i in self.pending}
        found.update({i: self.recent[i] for i in ids if i not in found and i in self.recent})
        missing = [i for i in ids if i not in found]
        if missing:
            # `list_contains` over an indexed column is a look-up in its index, not a scan (DuckDB 2.0)
            rows = self.store.con.execute("SELECT id, seq, root, hash_values, seen FROM dedupe_index "
                                          "WHERE list_contains(?, id)", [missing]).fetchall()
            found.update({e.id: e for e in self._valid(rows)})
        self._remember([found[i] for i in ids if i in found and i not in self.pending])
        return found

    def candidates(self, keys: Sequence[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        if keys:
            rows = self.store.con.execute("SELECT key, list(id ORDER BY id) FROM dedupe_bands "
                                          "WHERE list_contains(?, key) GROUP BY key", [list(keys)]).fetchall()
            out = {int(k): [str(i) for i in ids] for k, ids in rows}
        wanted = set(keys)
        for entry, entry_keys in self.pending.values():
            for key in entry_keys:
                if key in wanted and entry.id not in out.get(key, ()):
                    out.setdefault(key, []).append(entry.id)
        return out

    def add(self, entries: Sequence[tuple[Entry, list[int]]]) -> None:
        for entry, keys in entries:
            self.pending[entry.id] = (entry, keys or self.pending.get(entry.id, (entry, []))[1])
        self._remember([entry for entry, _ in entries])

    def _remember(self, entries: Sequence[Entry]) -> None:
        """Keep the entries used most recently (a copy's candidates are mostly recent documents), up to `_KEEP`."""
        keep_recent(self.recent, ((entry.id, entry) for entry in entries), _KEEP)

    def commit(self) -> None:
        """Write the entries added since the last write (the store calls this inside its batch's transaction)."""
        if self.pending:
            self._write(list(self.pending.values()), new=False)
            self.pending = {}

    def _write(self, entries: list[tuple[Entry, list[int]]], *, new: bool) -> None:
        indexed = set() if new else self.store.stored_ids("dedupe_index", "id", [e.id for e, _ in entries])
        # an id indexed before has its bands already (the same id is the same text, so the same keys)
        self._insert_bands([(e.id, k) for e, keys in entries if e.id not in indexed for k in keys])
        # new ids by a plain INSERT, those indexed before replaced: DuckDB runs INSERT OR REPLACE as a MERGE whose
        # join reads every row of the table, so only the (rare) batch with an id indexed before pays it
        fresh = [(e, k) for e, k in entries if e.id not in indexed]
        if fresh:
            self._insert_entries(fresh, "INSERT")
        if len(fresh) < len(entries):
            self._insert_entries([(e, k) for e, k in entries if e.id in indexed], "INSERT OR REPLACE")

    def _insert_entries(self, entries: list[tuple[Entry, list[int]]], verb: str) -> None:
        con = self.store.con
        ids = [e.id for e, _ in entries]
        table = pa.table({
            "id": pa.array(ids, pa.string()), "seq": pa.array([e.seq for e, _ in entries], pa.int64()),
            "root": pa.array([e.root for e, _ in entries], pa.string()),
            "hash_values": pa.array([e.values for e, _ in entries], pa.binary()),
            "seen": pa.array([e.seen for e, _ in entries], pa.int64())})
        con.register("eventwatch_dedupe", table)
        try:
            con.execute(f"{verb} INTO dedupe_index SELECT id, seq, root, hash_values, seen FROM eventwatch_dedupe")
        finally:
            con.unregister("eventwatch_dedupe")

    def _insert_bands(self, pairs: list[tuple[str, int]]) -> None:
        if not pairs:
            return
        table = pa.table({"key": pa.array([k for _, k in pairs], pa.int64()),
                          "id": pa.array([i for i, _ in pairs], pa.string())})
        con = self.store.con
        con.register("eventwatch_bands", table)
        try:
            con.execute("INSERT INTO dedupe_bands SELECT key, id FROM eventwatch_bands")
        finally:
            con.unregister("eventwatch_bands")
