"""The outlet registry: who publishes news, as team-written data (`data/sources/outlets/*.tsv`) and user files.

Each row names an outlet (its names, its web domains), its home country, ACLED's `source_scale` and its kind, and
for state-affiliated, partisan and advocacy outlets the side whose voice it is and the conflicts (countries) that
side is a party to. The registry is data so that an analyst can read, correct and extend it without touching code:
a user file given in the `outlets` setting (`--outlets FILE`) uses the same columns, and its rows win over the
packaged ones (same `id`: the row is replaced; same name or domain: the user's outlet is found instead).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry

from eventwatch.errors import RegistryError
from eventwatch.records import Outlet

COLUMNS: tuple[str, ...] = ("id", "name", "aliases", "domains", "country", "scale", "kind", "side", "party_to", "note")
SCALES: tuple[str, ...] = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")
KINDS: tuple[str, ...] = ("wire", "international", "national", "local", "state-affiliated", "partisan", "advocacy",
                          "ngo", "social-media")
SIDES: tuple[str, ...] = ("government", "opposition movement", "armed group", "party")
# Kinds that always speak for a side; advocacy may (a movement's lobby) or may not (a single-issue campaign).
SIDED_KINDS: frozenset[str] = frozenset({"state-affiliated", "partisan"})
_EXTRA_COUNTRIES = frozenset({"XK"})  # Kosovo: ACLED codes it, ISO 3166 has only a user-assigned code
_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]\Z")


@dataclass(frozen=True, slots=True)
class RegistryRow:
    """One outlet with every name and domain it is known by, and where the row was read (file:line)."""

    outlet: Outlet
    names: tuple[str, ...]
    domains: tuple[str, ...]
    note: str
    origin: str


def is_country(code: str) -> bool:
    """An ISO 3166-1 alpha-2 code, or Kosovo's XK, which ACLED codes and ISO leaves user-assigned."""
    return code in _EXTRA_COUNTRIES or pycountry.countries.get(alpha_2=code) is not None


def normalize_name(name: str) -> str:
    """The key a name is looked up by: no accents, case, punctuation or leading "the" ("The Bajío News" =
    "bajio news"; "PMOI/MEK" = "pmoi mek")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().replace("&", " and ")
    text = re.sub(r"[^\w]+", " ", text).strip()
    return text.removeprefix("the ").strip()


def host_of(url: str) -> str:
    """The host of a URL or bare domain, lower-cased, without "www." ("https://www.irna.ir/news/1" -> "irna.ir")."""
    text = url.strip().lower()
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    text = re.split(r"[/?#]", text, maxsplit=1)[0]
    text = text.rsplit("@", 1)[-1].split(":", 1)[0].strip(".")
    return text.removeprefix("www.")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def _row(fields: dict[str, str], origin: str) -> RegistryRow:
    def fail(why: str) -> RegistryError:
        return RegistryError(f"{origin}: {why}")

    oid, name, kind, side = fields["id"], fields["name"], fields["kind"], fields["side"]
    if not _ID.match(oid):
        raise fail(f"id {oid!r} must be lower-case letters, digits and dashes")
    if not name:
        raise fail("an outlet needs a name")
    if kind not in KINDS:
        raise fail(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if fields["scale"] not in SCALES:
        raise fail(f"scale {fields['scale']!r} is not one of {', '.join(SCALES)}")
    if not is_country(fields["country"]):
        raise fail(f"country {fields['country']!r} is not an ISO 3166-1 alpha-2 code")
    if side and side not in SIDES:
        raise fail(f"side {side!r} is not one of {', '.join(SIDES)}")
    if kind in SIDED_KINDS and not side:
        raise fail(f"a {kind} outlet needs a side ({', '.join(SIDES)})")
    if side and kind not in SIDED_KINDS | {"advocacy"}:
        raise fail(f"a {kind} outlet speaks for no side: leave side empty or make it partisan or advocacy")
    party_to = _split(fields["party_to"])
    bad = [c for c in party_to if not is_country(c)]
    if bad:
        raise fail(f"party_to {bad} are not ISO 3166-1 alpha-2 codes")
    if party_to and not side:
        raise fail("party_to needs a side")
    if side and not party_to:
        party_to = (fields["country"],)
    domains = tuple(host_of(d) for d in _split(fields["domains"]))
    for domain in domains:
        if not _DOMAIN.match(domain):
            raise fail(f"domain {domain!r} is not a host name like irna.ir")
    outlet = Outlet(oid, name, fields["country"], fields["scale"], kind, side, party_to)
    return RegistryRow(outlet, (name, *_split(fields["aliases"])), domains, fields["note"], origin)


def parse_registry(text: str, origin: str) -> list[RegistryRow]:
    """Rows of one registry file: tab-separated (comma-separated when `origin` ends in .csv), a header row naming
    the columns (id, name, kind, scale and country are required; the others may be left out), `#` comments."""
    delimiter = "," if origin.lower().endswith(".csv") else "\t"
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise RegistryError(f"{origin}: no header row (the columns are {', '.join(COLUMNS)})")
    header = [h.strip().lower() for h in next(csv.reader([numbered[0][1]], delimiter=delimiter))]
    missing = [c for c in ("id", "name", "country", "scale", "kind") if c not in header]
    if missing:
        raise RegistryError(f"{origin}: the header must name the columns {', '.join(COLUMNS)} (missing {missing})")
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise RegistryError(f"{origin}: unknown column(s) {unknown}; the columns are {', '.join(COLUMNS)}")
    rows, seen = [], set()
    for number, line in numbered[1:]:
        cells = next(csv.reader([line], delimiter=delimiter))
        if len(cells) > len(header):
            raise RegistryError(f"{origin}:{number}: {len(cells)} cells for {len(header)} columns")
        fields = {c: "" for c in COLUMNS} | {h: v.strip() for h, v in zip(header, cells, strict=False)}
        row = _row(fields, f"{origin}:{number}")
        if row.outlet.id in seen:
            raise RegistryError(f"{origin}:{number}: id {row.outlet.id!r} appears twice in the file")
        seen.add(row.outlet.id)
        rows.append(row)
    return rows


class Registry:
    """Outlets looked up by id, by web domain (a subdomain finds its parent) and by any of their names."""

    def __init__(self, layers: Iterable[Sequence[RegistryRow]]) -> None:
        """`layers`: the packaged rows, then each user file's; a later layer's row with the same id replaces the
        earlier one, and its names and domains shadow an earlier layer's (within a layer, a shared name stays
        shared and is decided by country)."""
        by_id: dict[str, tuple[int, RegistryRow]] = {}
        for layer, rows in enumerate(layers):
            for row in rows:
                by_id.pop(row.outlet.id, None)  # a later layer's row replaces the earlier one and moves last
                by_id[row.outlet.id] = (layer, row)
        self.rows: tuple[RegistryRow, ...] = tuple(row for _, row in by_id.values())
        self._by_id = {oid: row for oid, (_, row) in by_id.items()}
        self._by_domain: dict[str, RegistryRow] = {}
        self._by_name: dict[str, list[RegistryRow]] = {}
        self._finder: re.Pattern[str] | None = None
        key_layer: dict[str, int] = {}
        for layer, row in by_id.values():  # in layer order: a later layer's name or domain shadows an earlier one's
            for domain in row.domains:
                self._by_domain[domain] = row
            for key in {normalize_name(n) for n in row.names} - {""}:
                same = key_layer.get(key) == layer
                self._by_name[key] = [*self._by_name.get(key, []), row] if same else [row]
                key_layer[key] = layer

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, outlet_id: str) -> Outlet | None:
        row = self._by_id.get(outlet_id)
        return row.outlet if row else None

    def row(self, outlet_id: str) -> RegistryRow | None:
        return self._by_id.get(outlet_id)

    def by_domain(self, url: str) -> Outlet | None:
        """The outlet of a URL or host: the host itself, else its parent domains ("english.alarabiya.net")."""
        labels = host_of(url).split(".")
        for i in range(len(labels) - 1):
            row = self._by_domain.get(".".join(labels[i:]))
            if row is not None:
                return row.outlet
        return None

    def by_name(self, name: str, country: str | None = None, *, exact: bool = False) -> Outlet | None:
        """The outlet a name is known by; a name two outlets share ("The Star") is decided by `country` (the
        report's), else left unresolved rather than guessed. `exact`, for names read from running text or a
        title rather than from a credit: a one-word name must be written as the registry writes it ("MAP" the
        Moroccan agency, not a "Map" link; "Reuters", not "reuters")."""
        key = normalize_name(name)
        rows = self._by_name.get(key, [])
        if exact and len(key.split()) < 2:
            rows = [r for r in rows if " ".join(name.split()) in r.names]
        if len(rows) > 1 and country:
            rows = [r for r in rows if r.outlet.country == country]
        return rows[0].outlet if len(rows) == 1 else None

    def find_in(self, text: str, country: str | None = None) -> Outlet | None:
        """The first outlet named inside a phrase ("the state news agency IRNA", "Houthi-run Al-Masirah TV"),
        written as the registry writes it (a one-word name exactly; longer names in any case)."""
        if self._finder is None:
            self._finder = _name_finder(n for row in self.rows for n in row.names)
        for match in self._finder.finditer(text):
            found = self.by_name(match.group(0), country, exact=True)
            if found is not None:
                return found
        return None


def _name_finder(names: Iterable[str]) -> re.Pattern[str]:
    """One alternation of every name, longest first, between word boundaries; one-word names match their case."""
    exact: set[str] = set()
    loose: set[str] = set()
    for name in names:
        (loose if len(normalize_name(name).split()) >= 2 else exact).add(name)
    parts = [re.escape(n) for n in sorted(exact, key=len, reverse=True)]
    loose_parts = [re.escape(n) for n in sorted(loose, key=len, reverse=True)]
    alternation = "|".join([*(f"(?i:{p})" for p in loose_parts), *parts]) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _packaged() -> list[tuple[str, str]]:
    folder = resources.files("eventwatch.data").joinpath("sources").joinpath("outlets")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)
    return [(f"sources/outlets/{f.name}", f.read_text(encoding="utf-8")) for f in files]


@lru_cache(maxsize=8)
def load_registry(extra: tuple[str, ...] = ()) -> Registry:
    """The packaged registry, then each user file of `extra` in order (read once per process)."""
    layers = [[row for origin, text in _packaged() for row in parse_registry(text, origin)]]
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise RegistryError(f"cannot read the outlet registry file {path}: {exc}") from exc
        layers.append(parse_registry(text, str(path)))
    return Registry(layers)
