"""Whether an answer is the very entity a gold toponym names, wherever each corpus draws that entity's point.

Why: the share within 161 km scores a point, yet a country, continent, region or division has no one point, and
the corpora draw them by different conventions. GeoWebNews draws them at GeoNames' points (its gold carries the
GeoNames id); GeoVirus at Wikipedia's (its gold carries the Wikipedia page): Canada at 60°N 95°W against
GeoNames' 60.1°N 113.6°W, 1,031 km apart, Europe 652 km apart, Queensland 477 km. No single point serves both,
so a right answer is a miss in one of them whichever point the geocoder gives. Comparing entities where the gold
names one serves both corpora with one rule:

- GeoNames id (GeoWebNews): the same id is the same entity. This is how GeoWebNews' own protocol scores a
  system that answers GeoNames ids (the answer's point is looked up by its id).
- Wikipedia page (GeoVirus): an answer that is an area (country, continent, region, first- or second-level
  division) and bears the page's title as its name is the page's entity, provided, for a country or division,
  that the gold point lies inside it (within 161 km of one of its towns), so that a namesake elsewhere is not
  taken for it (a province of Angola named Zaire is not the page "Zaire", drawn in the Congo). A town is never
  matched by name: its point is no convention, and "Paris" in Texas is not the page "Paris".

Anything else is scored by the point alone, as before. The evaluation reports both figures: the point alone,
like for like with published point-based results, and the same entity or within 161 km.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING
from urllib.parse import unquote

from eventwatch.geo.build import ADM1, ADM2, CITY, COUNTRY
from eventwatch.geo.distance import km

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Gazetteer
    from eventwatch.records import Place

INSIDE_KM = 161.0
AREA_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLIX", "PCLF", "TERR", "CONT", "RGN", "ADM1", "ADM2"})


def page_title(url: str) -> str:
    """The title of a Wikipedia page address ("https://en.wikipedia.org/wiki/Democratic_Republic_of_the_Congo")."""
    return unquote(url.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ").strip() if url else ""


class EntityJudge:
    """Decides whether an answer is the gold's own entity (see the module's docstring)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._towns: dict[tuple[int, int | str], list[tuple[float, float]]] | None = None

    def _towns_of(self, scope: tuple[int, int | str]) -> list[tuple[float, float]]:
        """Town points by (kind, division row) and by (COUNTRY, ISO code), built once on first use."""
        if self._towns is None:
            c = self.gaz.cols
            towns: dict[tuple[int, int | str], list[tuple[float, float]]] = defaultdict(list)
            for row, kind in enumerate(c.kind):
                if kind != CITY:
                    continue
                point = (c.lat[row], c.lon[row])
                towns[(COUNTRY, c.country[row])].append(point)
                if c.admin1[row] >= 0:
                    towns[(ADM1, c.admin1[row])].append(point)
                if c.admin2[row] >= 0:
                    towns[(ADM2, c.admin2[row])].append(point)
            self._towns = dict(towns)
        return self._towns.get(scope, [])

    def _inside(self, place: Place, lat: float, lon: float) -> bool:
        """Whether a gold point lies in the answered country or division (near one of its towns); a continent or
        region has no towns of its own and is taken by its name."""
        if place.feature_code in ("CONT", "RGN"):
            return True
        if place.feature_code in ("ADM1", "ADM2"):
            row = self.gaz.row_of(place)
            if row is None:
                return False
            scope: tuple[int, int | str] = (self.gaz.cols.kind[row], row)
        else:
            scope = (COUNTRY, place.country)
        return any(km(lat, lon, t_lat, t_lon) <= INSIDE_KM for t_lat, t_lon in self._towns_of(scope))

    def same(self, place: Place, *, lat: float, lon: float, geonameid: int | None, page: str) -> bool:
        """Whether `place` is the entity the gold names by its GeoNames id or its Wikipedia page."""
        if geonameid is not None:
            return place.geonameid == geonameid
        title = page_title(page)
        if not title or place.feature_code not in AREA_CODES or title != place.name:
            return False
        return self._inside(place, lat, lon)
