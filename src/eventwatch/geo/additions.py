"""What the project adds to GeoNames while compiling the gazetteer: plain division names, continents and regions,
country aliases, news abbreviations of divisions, counties GeoNames no longer holds and landmarks (data files in
`eventwatch/data/geo/`).

Called by `eventwatch.geo.build.build_index` once every place has its row.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from eventwatch.geo.build import (
    ADJECTIVE_ENDINGS,
    ADM1,
    ADM2,
    CITY,
    Q_ALIAS,
    Q_LANDMARK,
    Q_MAIN,
    REGION,
    TYPE_SUFFIXES,
    Columns,
    GazetteerBuildError,
    data_rows,
)
from eventwatch.geo.normalize import key


def plain_division_names(cols: Columns) -> None:
    """Division names still carrying their type word get the plain form a reader writes: the seat's name where the
    division is named after it ("Kurskaya oblast'" -> "Kursk"), else the name without the word ("Southern Province"
    -> "Southern")."""
    seat: dict[int, int] = {}
    for idx in range(len(cols.gid)):
        a1 = cols.admin1[idx]
        if cols.kind[idx] == CITY and a1 >= 0 and (a1 not in seat or cols.population[idx] > cols.population[seat[a1]]):
            seat[a1] = idx
    for idx in range(len(cols.gid)):
        if cols.kind[idx] != ADM1:
            continue
        name = cols.name[idx].rstrip("'’")
        suffix = next((x for x in TYPE_SUFFIXES if name.lower().endswith(x)), None)
        if suffix is None or not name.isascii():
            continue
        bare = name[: -len(suffix)].strip()
        town = cols.name[seat[idx]] if idx in seat else ""
        if len(town) >= 4 and " " not in bare and (key(bare).startswith(key(town)) or (
                key(bare).endswith(ADJECTIVE_ENDINGS) and key(bare)[:4] == key(town)[:4])):
            bare = town  # "Kaluzhskaya oblast'" -> "Kaluga", "Nizhegorodskaya" -> "Nizhniy Novgorod"
        if bare:
            cols.name[idx] = bare


def add_team_places(cols: Columns, names: dict[int, list[tuple[str, int]]], country_row: dict[str, int],
                     gnc: Path) -> None:
    """Continents and regions, country aliases and news-style abbreviations of divisions."""
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    cont_ids = {c["name"]: int(c["geonameId"]) for c in continents.values()}
    for i, row in enumerate(data_rows("regions.tsv")):
        name, alts, lat, lon, kind = row[0], row[1], float(row[2]), float(row[3]), row[4]
        idx = cols.add(cont_ids.get(name, -(i + 1)), name, lat, lon, REGION, kind, "", population=10**8)
        names[idx].append((name, Q_MAIN))
        for alt in alts.split("|") if alts else []:
            names[idx].append((alt, Q_ALIAS))
    by_gid = {gid: idx for idx, gid in enumerate(cols.gid) if gid > 0}
    for alias, target in data_rows("aliases.tsv"):
        if target in country_row:
            names[country_row[target]].append((alias, Q_ALIAS))
        elif target.startswith("geonameid:"):  # a town's short form ("L.A."), by the town's GeoNames id
            town = by_gid.get(int(target.partition(":")[2]))
            if town is None:
                raise GazetteerBuildError(f"aliases.tsv: no place {target!r} for {alias!r}")
            names[town].append((alias, Q_ALIAS))
    by_name: dict[tuple[str, str], int] = {}
    for idx in range(len(cols.gid)):
        if cols.kind[idx] in (ADM1, CITY):
            k = (key(cols.name[idx]), cols.country[idx])
            old = by_name.get(k)
            if old is None or (-cols.kind[idx], -cols.population[idx]) < (-cols.kind[old], -cols.population[old]):
                by_name[k] = idx
    alone = {row[0] for row in data_rows("postal_codes_alone.txt")}
    for abbrevs, full, iso2 in data_rows("admin_abbreviations.tsv"):
        row_id = by_name.get((key(full), iso2))
        if row_id is None:
            continue
        for abbrev in abbrevs.split("|"):
            if iso2 == "US" and len(abbrev) == 2 and abbrev.isupper() and abbrev not in alone:
                continue  # bare postal codes that are words or other abbreviations (LA, IN, OR) are too ambiguous
            names[row_id].append((abbrev, Q_ALIAS))


def split_divisions(cols: Columns, names: dict[int, list[tuple[str, int]]], iso_row: dict[str, int],
                    splits: dict[str, tuple[tuple[str, str], ...]]) -> None:
    """ACLED's parts of a first-level division ("Shan-North", "Shan-South", "Shan-East") become divisions of their
    own, each centred on its town; the division's towns and districts go to the part whose centre is nearest, so
    that an event in Lashio has admin1 Shan-North as ACLED writes it."""
    for code, parts in splits.items():
        parent = iso_row.get(code)
        if parent is None:
            continue
        members = [i for i in range(len(cols.gid)) if cols.admin1[i] == parent and cols.kind[i] in (CITY, ADM2)]
        centres: list[tuple[int, float, float]] = []
        for part, town in parts:
            seat = next((i for i in members if cols.kind[i] == CITY and key(cols.name[i]) == key(town)), None)
            if seat is None:
                raise GazetteerBuildError(f"acled_divisions.tsv: no town {town!r} in {code} to centre {part!r} on")
            # a part keeps its division as its parent (admin1 of a first-level row), for "Bago" the town
            row = cols.add(0, part, cols.lat[seat], cols.lon[seat], ADM1, "ADM1", cols.country[parent], parent)
            names[row].append((part, Q_ALIAS))
            centres.append((row, cols.lat[seat], cols.lon[seat]))
        for i in members:
            nearest = min(centres, key=lambda c: (c[1] - cols.lat[i]) ** 2 + (c[2] - cols.lon[i]) ** 2)[0]
            cols.admin1[i] = nearest
            cols.population[nearest] += cols.population[i] if cols.kind[i] == CITY else 0


def add_counties(cols: Columns, names: dict[int, list[tuple[str, int]]], iso_row: dict[str, int]) -> None:
    """Counties news names that GeoNames' current second-level divisions do not hold (`counties.tsv`): "Croft,
    Yorkshire", "Rockingham, Northamptonshire", "Reading, Berkshire". Without a row such a qualifier names nothing in
    England, and the bare name falls to a namesake abroad (Berkshire County, Massachusetts; Yorkshire, Virginia).
    Each is a second-level division of its first-level one, at its own point; no town is filed under it (the
    towns keep GeoNames' current units). First-level divisions since merged into others (`former_divisions.tsv`:
    Vietnam's 29 provinces merged away in 2025, "Binh Phuoc") are rows of the same kind under the division that
    holds them today."""
    _add_rows(cols, names, iso_row, ["counties.tsv", "former_divisions.tsv"], ADM2, "ADM2")


def add_villages(cols: Columns, names: dict[int, list[tuple[str, int]]], iso_row: dict[str, int]) -> set[int]:
    """Villages news names as where an event happened that cities500 does not hold (`villages.tsv`: a crossroads
    town such as Caracollo in Oruro department, a river post such as Eteringbang on the Cuyuni). Without a row
    the name is no place at all and its event falls to the region's town, the dateline or the country; with one it is
    a town of its division at the row's point, of the row's rough size. Returns the rows, which `_write` keeps out of
    the close-spelling table (only their own names find them)."""
    return _add_rows(cols, names, iso_row, ["villages.tsv"], CITY, "PPL")


def _add_rows(cols: Columns, names: dict[int, list[tuple[str, int]]], iso_row: dict[str, int],
              filenames: list[str], kind: int, feature: str) -> set[int]:
    """The team's rows of `filenames` (name, alternative names, latitude, longitude, first-level division's code,
    population) added as places of `kind` under their division, each found by its own names; returns the rows. A
    code no division carries fails the build, naming the file and the row."""
    added: set[int] = set()
    for filename in filenames:
        for name, alts, lat, lon, code, population in data_rows(filename):
            parent = iso_row.get(code)
            if parent is None:
                raise GazetteerBuildError(f"{filename}: no first-level division {code!r} for {name!r}")
            idx = cols.add(0, name, float(lat), float(lon), kind, feature, cols.country[parent], parent,
                           population=int(population))
            names[idx].append((name, Q_MAIN))
            names[idx].extend((alt, Q_ALIAS) for alt in alts.split("|") if alt)
            added.add(idx)
    return added


def add_landmarks(cols: Columns, names: dict[int, list[tuple[str, int]]]) -> None:
    """Sites news names instead of their town ("outside the White House"), as names of that town."""
    towns: dict[tuple[str, str], list[int]] = defaultdict(list)
    for idx in range(len(cols.gid)):
        if cols.kind[idx] == CITY:
            towns[(key(cols.name[idx]), cols.country[idx])].append(idx)
    for landmarks, where, iso2 in data_rows("landmarks.tsv"):
        town, _, admin = where.partition(", ")  # "Arlington, Virginia" among several Arlingtons
        rows = [i for i in towns.get((key(town), iso2), [])
                if not admin or (cols.admin1[i] >= 0 and key(cols.name[cols.admin1[i]]) == key(admin))]
        if not rows:
            raise GazetteerBuildError(f"landmarks.tsv: no town {where!r} in {iso2}")
        best = max(rows, key=lambda i: cols.population[i])
        names[best].extend((name, Q_LANDMARK) for name in landmarks.split("|"))
