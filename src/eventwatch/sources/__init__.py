"""According to whom: the outlet that published a report, who claims each event, and loaded language.

The small API other parts use:
- `load_registry(extra_files)`: the outlet registry (packaged data plus the user's files), `Registry.get(id)`,
  `Registry.by_domain(url)`, `Registry.by_name(name, country)`;
- `outlet_for(doc, registry)`: a document's `Outlet` and what named it;
- `find_claims(text, start, end)`: who asserts what a sentence reports ("according to", "X said", ...);
- `find_loaded(text)` and `loaded_score(text, spans)`: loaded language and name-calling, and a 0-1 score;
- `is_partisan(outlet, country)`: whether an outlet speaks for a side in a country's conflicts;
  `partisan_only(reports)`: whether every report of an event does;
- `FindOutlet`: the pipeline stage `outlet`, before `events` (the outlet's country helps place the report);
  `Sources`: the stage `sources`, after `events` (claims, loaded language, partisan_only, confidence).
"""

from eventwatch.sources.claims import Claim, find_claims
from eventwatch.sources.loaded import TECHNIQUES, find_loaded, loaded_score
from eventwatch.sources.outlets import outlet_for
from eventwatch.sources.partisan import alpha2, is_partisan, partisan_only
from eventwatch.sources.registry import KINDS, SCALES, SIDES, Registry, RegistryRow, load_registry, normalize_name
from eventwatch.sources.stage import FindOutlet, Sources

__all__ = [
    "KINDS",
    "SCALES",
    "SIDES",
    "TECHNIQUES",
    "Claim",
    "FindOutlet",
    "Registry",
    "RegistryRow",
    "Sources",
    "alpha2",
    "find_claims",
    "find_loaded",
    "is_partisan",
    "load_registry",
    "loaded_score",
    "normalize_name",
    "outlet_for",
    "partisan_only",
]
