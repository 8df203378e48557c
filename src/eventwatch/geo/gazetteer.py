"""The gazetteer: places and their names, compiled once into the user's cache directory and loaded from there.

Loading reads the place table (a pickle of parallel columns) and opens the name index read-only; names are looked
up on demand and memoised, so the first use costs well under a second and memory stays small.
"""

from __future__ import annotations

import pickle
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from eventwatch.errors import EventwatchError
from eventwatch.geo.build import ADM1, ADM2, CITY, COUNTRY, INDEX_VERSION, Q_LANDMARK, REGION, Columns, build_index
from eventwatch.geo.normalize import key, skeleton
from eventwatch.records import Place, Span
from eventwatch.settings import cache_root

__all__ = ["ADM1", "ADM2", "CITY", "COUNTRY", "Q_LANDMARK", "REGION", "Gazetteer", "cache_dir", "get_gazetteer"]

Q_FUZZY = 4
NOT_NAMED = 99  # `lookup_quality` of a row that carries no such name


class GazetteerLoadError(EventwatchError):
    code = "E102"


# The compiled index's files in `cache_dir()`, as `geo/build.py` writes them and `Gazetteer.load` reads them (the
# runner's first run checks for them too: `runner/prebuild.py`)
INDEX_FILES = ("entities.pkl", "names.sqlite")


def cache_dir() -> Path:
    """Where the compiled index lives: $EVENTWATCH_CACHE, else $XDG_CACHE_HOME/eventwatch, else ~/.cache/eventwatch."""
    return cache_root() / f"geo-v{INDEX_VERSION}"


SEAT_POPULATION, SEAT_SHARE = 10_000, 0.25  # a town named like its division is its seat from this size (`seat`)


class Gazetteer:
    """Places (towns, divisions, countries, regions) with their names; see `eventwatch.geo.build` for sources."""

    def __init__(self, cols: Columns, db_path: Path) -> None:
        self.cols = cols
        self.db_path = db_path
        self._local = threading.local()
        self.country_index: dict[str, int] = {
            cols.country[i]: i for i in range(len(cols.gid)) if cols.kind[i] == COUNTRY
        }
        self._iso3 = _iso3_table()
        self.lookup = lru_cache(maxsize=100_000)(self._lookup)
        self.fuzzy = lru_cache(maxsize=50_000)(self._fuzzy)
        self._seats: dict[int, int | None] = {}
        self._towns_in: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]] | None = None
        self._by_gid: dict[int, int] | None = None
        self._divided: frozenset[str] | None = None

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        """Load the compiled index, building it first (under a minute) when it is missing or out of date."""
        directory = directory or cache_dir()
        pkl, db = (directory / name for name in INDEX_FILES)
        if not (pkl.exists() and db.exists()):
            build_index(directory)
        try:
            with pkl.open("rb") as fh:
                version, cols = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError) as exc:
            raise GazetteerLoadError(f"cannot read the gazetteer index in {directory}: {exc}; delete it") from exc
        if version != INDEX_VERSION:
            build_index(directory)
            return cls.load(directory)
        return cls(cols, db)

    # -- name index ---------------------------------------------------------------------------------------------
    def _con(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.db_path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def _lookup(self, k: str) -> tuple[tuple[int, int], ...]:
        """(row, quality) for every place with this name key (0 main, 1 alternate, 2 derived, 3 alias)."""
        if not k:
            return ()
        rows = self._con().execute("SELECT eid, q FROM names WHERE k = ?", (k,)).fetchall()
        return tuple((int(e), int(q)) for e, q in rows)

    def lookup_quality(self, row: int, k: str) -> int:
        """The quality with which `row` carries the name key `k` (`NOT_NAMED` when it does not)."""
        for r, q in self.lookup(k):
            if r == row:
                return q
        return NOT_NAMED

    def _fuzzy(self, k: str) -> tuple[tuple[int, str], ...]:
        """(row, matched key) for places whose name shares the consonant skeleton of `k`."""
        s = skeleton(k)
        if len(s) < 2:
            return ()
        rows = self._con().execute("SELECT eid, k FROM skel WHERE s = ? LIMIT 5000", (s,)).fetchall()
        return tuple((int(e), str(m)) for e, m in rows)

    # -- places ------------------------------------------------------------------------------------------------
    def seat(self, row: int) -> int | None:
        """The town ACLED places a division-wide event at: the country's capital when it lies in the division, else
        a town of some size named like the division (most provinces are named after their capital: Magway, Bago,
        Kerman; GeoNames' PPLA codes are not in the data we ship), else the division's largest town.

        "Of some size" is 10,000 people, or a quarter of the division's largest town (`SEAT_SHARE`): a district is
        named after the town it is run from even where a bigger town lies in it (Falam's district, run from Falam,
        5,000 people, not from Tedim, 13,000), but a village that merely shares a county's name is not its seat
        (McLean, 800 people, in McLean County, run from Bloomington, 78,000).

        Found for each division when it is first asked for, among its own towns (in row order, the first of the
        best rank winning), and memoised: ranking the towns of every division at once normalised the names of
        some 54,000 towns, 0.7 CPU seconds of every process's first placed event (each worker's start)."""
        if row in self._seats:
            return self._seats[row]
        if self._towns_in is None:
            self._towns_in = _towns_by_division(self.cols)
        divisions, towns = self._towns_in
        c = self.cols
        best: int | None = None
        best_rank = (False, False, -1)
        div_key: str | None = None
        members = towns[int(np.searchsorted(divisions, row, "left")):int(np.searchsorted(divisions, row, "right"))]
        floor = min(SEAT_POPULATION, max((c.population[int(i)] for i in members), default=0) * SEAT_SHARE)
        for i in members:
            i = int(i)
            own = key(c.name[i]) if c.population[i] >= floor and c.population[i] > 0 else None
            if own is not None and div_key is None:
                div_key = key(c.name[row])
            rank = (c.fcode[i] == "PPLC", own is not None and div_key is not None and div_key.startswith(own),
                    c.population[i])
            if best is None or rank > best_rank:
                best, best_rank = i, rank
        self._seats[row] = best
        return best

    def row_of(self, place: Place) -> int | None:
        """The division or town row a `Place` came from (by GeoNames id and name), for the few callers that need
        the hierarchy again."""
        if place.geonameid is None:
            return None
        if self._by_gid is None:
            self._by_gid = {g: i for i, g in enumerate(self.cols.gid) if g > 0}
        row = self._by_gid.get(place.geonameid)
        return row if row is not None and self.cols.name[row] == place.name else None

    def has_divisions(self, iso2: str) -> bool:
        """Whether the country has first-level divisions in the gazetteer (Curacao and Aruba have none)."""
        if self._divided is None:
            c = self.cols
            self._divided = frozenset(c.country[i] for i in range(len(c.gid)) if c.kind[i] == ADM1)
        return iso2 in self._divided

    def __len__(self) -> int:
        return len(self.cols.gid)

    def country_row(self, iso2: str) -> int | None:
        return self.country_index.get(iso2.upper())

    def iso3(self, iso2: str) -> str:
        return self._iso3.get(iso2, "")

    def country_name(self, iso2: str) -> str:
        row = self.country_index.get(iso2)
        return self.cols.name[row] if row is not None else ""

    def admin1_name(self, row: int) -> str | None:
        c = self.cols
        if c.kind[row] == ADM1:
            return c.name[row]
        a1 = c.admin1[row]
        return c.name[a1] if a1 >= 0 else None

    def admin2_name(self, row: int) -> str | None:
        c = self.cols
        if c.kind[row] == ADM2:
            return c.name[row]
        a2 = c.admin2[row]
        return c.name[a2] if a2 >= 0 else None

    def place(self, row: int, *, span: Span | None = None, precision: int | None = None) -> Place:
        """The `Place` record of a row; divisions, countries and regions get ACLED precision 3."""
        c = self.cols
        kind = c.kind[row]
        iso2 = c.country[row]
        if precision is None:
            precision = 1 if kind == CITY else 3
        return Place(
            name=c.name[row],
            latitude=c.lat[row],
            longitude=c.lon[row],
            country=iso2,
            geonameid=c.gid[row] if c.gid[row] > 0 else None,
            feature_code=c.fcode[row],
            iso3=self._iso3.get(iso2, ""),
            country_name=self.country_name(iso2) if iso2 else "",
            admin1=self.admin1_name(row) if kind not in (COUNTRY, REGION) else None,
            admin2=self.admin2_name(row) if kind in (CITY, ADM2) else None,
            geo_precision=precision,
            span=span,
        )


@lru_cache(maxsize=4)
def capitals(gaz: Gazetteer) -> dict[str, int]:
    """Each country's capital (GeoNames' PPLC) by ISO code."""
    cols = gaz.cols
    return {cols.country[i]: i for i in range(len(cols.gid)) if cols.fcode[i] == "PPLC"}


def _towns_by_division(cols: Columns) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Every (division, town) pair, sorted by division then town row: a town counts in its admin1, its admin2 and
    the division its admin1 belongs to (a division ACLED splits into parts)."""
    admin1 = np.asarray(cols.admin1, dtype=np.int64)
    towns = np.flatnonzero(np.asarray(cols.kind) == CITY).astype(np.int64)
    a1 = admin1[towns]
    parent = np.where(a1 >= 0, admin1[np.maximum(a1, 0)], -1)
    divisions = np.concatenate([a1, np.asarray(cols.admin2, dtype=np.int64)[towns], parent])
    rows = np.concatenate([towns, towns, towns])
    kept = divisions >= 0
    order = np.lexsort((rows[kept], divisions[kept]))
    return divisions[kept][order], rows[kept][order]


def _iso3_table() -> dict[str, str]:
    import pycountry

    table = {str(c.alpha_2): str(c.alpha_3) for c in pycountry.countries}
    table["XK"] = "XKX"
    return table


_LOCK = threading.Lock()
_INSTANCE: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded (or built) on first call."""
    global _INSTANCE
    with _LOCK:
        if _INSTANCE is None:
            _INSTANCE = Gazetteer.load()
        return _INSTANCE
