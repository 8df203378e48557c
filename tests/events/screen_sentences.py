"""The sentences the screens' equivalence tests run on: the demo articles (team-written, in examples/) split where a
sentence or a line ends. Shared by the tests that prove a cheap screen passes everything the full test finds
(`test_literals`, `test_actor_screens`, `test_prefilter_level`, `test_locate_screens`), which each add their own
sentences and cased copies."""

from __future__ import annotations

import re
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def demo_texts() -> list[str]:
    """The demo articles' texts, in file-name order."""
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(EXAMPLES.glob("*.txt"))]


def split_lines(texts: list[str]) -> list[str]:
    """Every non-blank sentence or line of `texts`, in order."""
    return [line for text in texts for line in re.split(r"(?<=[.!?])\s+|\n+", text) if line.strip()]
