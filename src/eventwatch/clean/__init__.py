"""Cleaning stages: scraped text to article body and metadata (`Clean`), and language identification
(`LanguageFilter`, defined in `eventwatch.language`)."""

from __future__ import annotations

from eventwatch.clean.stage import Clean, text_id
from eventwatch.language import LanguageFilter

__all__ = ["Clean", "LanguageFilter", "text_id"]
