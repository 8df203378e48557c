"""Counts of what reading did, so that a run can report every file and record it did not turn into text."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from eventwatch.records import Document


@dataclass(slots=True)
class ReadStats:
    """Mutable tallies filled while `iter_documents` runs; pass one in to read them afterwards.

    `skipped` counts records that are not documents (a WARC request, a 404, an image) by reason: they are
    expected in a crawl and not errors. `dropped` counts documents that could not be read, by reason.
    """

    files: int = 0
    documents: int = 0
    bytes_read: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)

    def count(self, doc: Document) -> None:
        """Tally one document read, or its drop by the reason's first part ("too large: 12 MB" counts as "too
        large"), whether it came from a whole file or from one shard of it."""
        if doc.dropped is None:
            self.documents += 1
        else:
            self.dropped[doc.dropped.reason.split(":")[0]] += 1

    def as_dict(self) -> dict[str, object]:
        """The tallies for a run's summary and JSON output, reasons sorted so that the same run prints the same."""
        return {
            "files": self.files,
            "documents": self.documents,
            "bytes_read": self.bytes_read,
            "dropped": dict(sorted(self.dropped.items())),
            "skipped": dict(sorted(self.skipped.items())),
        }
