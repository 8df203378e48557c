"""Importing spaCy without its command line, in the processes that build the stages.

`import spacy` imports `spacy.cli` for one name, `spacy.info` (`from .cli.info import info`), and with it every
command of spaCy's command line: typer, weasel, httpx and requests (for `spacy download`), the training and
project commands. Nothing here runs them, and that import is some 0.1-0.2 CPU s of every process that loads the
model (a cluster's worker pays it at each start; measured with `python -X importtime`, a quarter of spaCy's import).
`import_spacy` imports spaCy with `spacy.cli` and `spacy.cli.info` held by placeholders for the length of that one
import, then removes them: `spacy.info` is a function that imports the real one when called, and `import
spacy.cli` afterwards (a user's `spacy.cli.download`) imports the real command line as before. spaCy itself, its
pipelines and what they compute are untouched (no other module of spaCy imports `spacy.cli`).
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_PLACEHOLDERS = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported from spaCy's command line when it is called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> ModuleType:
    """spaCy, imported without its command line when this process has not imported it yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    held = {name: ModuleType(name) for name in _PLACEHOLDERS}
    held["spacy.cli.info"].info = _info  # type: ignore[attr-defined]
    sys.modules.update(held)
    try:
        import spacy
    finally:
        for name, module in held.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy
