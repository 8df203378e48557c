"""The one runner: a plain list of stages applied to a stream of documents.

A stage is a small callable `Document -> Document` with a name, a version and declared `requires` /
`assigns` (as spaCy components declare theirs), optionally batched through `pipe`. The CLI, the Python API,
the HTTP API and the distributed runner all build the same list and call `Pipeline.run`.
A stage that raises turns the document into a `Drop` (unless `strict`), and the batch goes on.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from eventwatch.errors import EventwatchError
from eventwatch.records import Document, Drop


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class PipelineError(EventwatchError):
    code = "E010"


def drop(doc: Document, stage: str, reason: str) -> Document:
    return dataclasses.replace(doc, dropped=Drop(stage, reason))


class Pipeline:
    def __init__(self, stages: Sequence[Stage], *, strict: bool = False) -> None:
        self.stages = list(stages)
        self.strict = strict
        self._check_order()

    def _check_order(self) -> None:
        """Fail at construction, not mid-run, when a stage needs a field no earlier stage assigns."""
        assigned = {"raw", "origin", "published", "url", "title", "source"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in assigned]
            if missing:
                raise PipelineError(f"stage {stage.name!r} requires {missing} which no earlier stage assigns")
            assigned.update(stage.assigns)

    @property
    def signature(self) -> str:
        """Names and versions of the stages: stored with results so that a change of code is visible."""
        return ",".join(f"{s.name}@{s.version}" for s in self.stages)

    def run(self, docs: Iterable[Document], batch_size: int = 16) -> Iterator[Document]:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)

    def run_batch(self, docs: list[Document]) -> list[Document]:
        for stage in self.stages:
            live = [i for i, d in enumerate(docs) if d.dropped is None]
            if not live:
                break
            pipe = getattr(stage, "pipe", None)
            if pipe is not None:
                try:
                    out = list(pipe([docs[i] for i in live]))
                except Exception:
                    if self.strict:
                        raise
                    out = [self._apply(stage, docs[i]) for i in live]
                for i, new in zip(live, out, strict=True):
                    docs[i] = new
            else:
                for i in live:
                    docs[i] = self._apply(stage, docs[i])
        return docs

    def _apply(self, stage: Stage, doc: Document) -> Document:
        try:
            return stage(doc)
        except Exception as exc:
            if self.strict:
                raise
            return drop(doc, stage.name, f"{type(exc).__name__}: {exc}"[:500])
