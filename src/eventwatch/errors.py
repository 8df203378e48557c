"""Errors a user must act on, each with a stable code (as spaCy's `errors.py` does).

The CLI turns any `EventwatchError` into a one-line message and a non-zero exit code; anything else is a bug.
"""

from __future__ import annotations


class EventwatchError(Exception):
    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class InputNotFound(EventwatchError):
    code = "E001"


class NoReadableInput(EventwatchError):
    code = "E002"


class BadRecord(EventwatchError):
    code = "E003"


class SettingsError(EventwatchError):
    code = "E004"


class ModelMissing(EventwatchError):
    code = "E005"


class StoreError(EventwatchError):
    code = "E006"


class EvalDataMissing(EventwatchError):
    code = "E007"


class RegistryError(EventwatchError):
    """A row of an outlet registry file (packaged or the user's `outlets` files) that cannot be used."""

    code = "E030"
