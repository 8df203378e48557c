from __future__ import annotations

import dataclasses

import pytest

from eventwatch.pipeline import Pipeline, PipelineError
from eventwatch.records import Document, Drop


class Upper:
    name = "upper"
    version = "1"
    requires: tuple[str, ...] = ("raw",)
    assigns: tuple[str, ...] = ("text",)

    def __call__(self, doc: Document) -> Document:
        return dataclasses.replace(doc, text=doc.raw.upper())


class Boom:
    name = "boom"
    version = "2"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        if "BAD" in doc.text:
            raise ValueError("cannot handle this one")
        return doc


class Counter:
    name = "count"
    version = "1"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("id",)

    def __init__(self) -> None:
        self.seen = 0

    def __call__(self, doc: Document) -> Document:
        self.seen += 1
        return dataclasses.replace(doc, id=str(len(doc.text)))


def test_a_failing_stage_drops_that_document_and_the_batch_goes_on() -> None:
    counter = Counter()
    docs = [Document(raw="good one"), Document(raw="bad one"), Document(raw="fine")]
    out = list(Pipeline([Upper(), Boom(), counter]).run(docs, batch_size=2))
    assert [d.text for d in out] == ["GOOD ONE", "BAD ONE", "FINE"]
    assert out[1].dropped == Drop("boom", "ValueError: cannot handle this one")
    assert out[0].dropped is None and out[2].dropped is None
    assert counter.seen == 2  # the dropped document skipped the later stage


def test_strict_reraises() -> None:
    with pytest.raises(ValueError):
        list(Pipeline([Upper(), Boom()], strict=True).run([Document(raw="bad")]))


def test_a_stage_whose_requirement_nobody_assigns_is_refused_at_construction() -> None:
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([Boom()])


def test_signature_names_stages_and_versions() -> None:
    assert Pipeline([Upper(), Boom()]).signature == "upper@1,boom@2"


def test_already_dropped_documents_pass_through_untouched() -> None:
    doc = Document(raw="x", dropped=Drop("read", "binary file"))
    assert list(Pipeline([Upper()]).run([doc])) == [doc]
