"""d3.geoAlbersUsa in Python, so places land where the bundled state outlines put them.

The state geometry in tracker/web/data/us_states_albers.json was projected by
d3.geoAlbersUsa().scale(1300).translate([487.5, 305]); this module repeats that projection for a
latitude/longitude: the lower 48 on a conic equal-area (Albers) projection with standard
parallels 29.5 and 45.5, Alaska and Hawaii on their own conic projections, scaled and moved into
the lower-left insets exactly as d3 does (d3-geo src/projection/albersUsa.js).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SCALE = 1300.0
TRANSLATE = (487.5, 305.0)


@dataclass(frozen=True)
class ConicEqualArea:
    """d3.geoConicEqualArea with rotate([lambda0, 0]), center, parallels, scale and translate."""

    rotate: float  # degrees added to longitude
    center: tuple[float, float]  # (lon, lat) in degrees, before rotation as in d3
    parallels: tuple[float, float]
    scale: float
    translate: tuple[float, float]

    def _raw(self, lam: float, phi: float) -> tuple[float, float]:
        sy0 = math.sin(math.radians(self.parallels[0]))
        n = (sy0 + math.sin(math.radians(self.parallels[1]))) / 2
        c = 1 + sy0 * (2 * n - sy0)
        r0 = math.sqrt(c) / n
        r = math.sqrt(c - 2 * n * math.sin(phi)) / n
        return r * math.sin(lam * n), r0 - r * math.cos(lam * n)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        lam = math.radians(lon + self.rotate)
        lam = (lam + math.pi) % (2 * math.pi) - math.pi  # wrap to [-pi, pi) like d3's rotation
        x, y = self._raw(lam, math.radians(lat))
        cx, cy = self._raw(math.radians(self.center[0]), math.radians(self.center[1]))
        tx, ty = self.translate
        return tx + self.scale * (x - cx), ty - self.scale * (y - cy)


LOWER48 = ConicEqualArea(96, (-0.6, 38.7), (29.5, 45.5), SCALE, TRANSLATE)
ALASKA = ConicEqualArea(
    154, (-2, 58.5), (55, 65), 0.35 * SCALE,
    (TRANSLATE[0] - 0.307 * SCALE, TRANSLATE[1] + 0.201 * SCALE),
)  # fmt: skip
HAWAII = ConicEqualArea(
    157, (-3, 19.9), (8, 18), SCALE,
    (TRANSLATE[0] - 0.205 * SCALE, TRANSLATE[1] + 0.212 * SCALE),
)  # fmt: skip


def region(lat: float, lon: float) -> str:
    """Which part of the composite projection a point belongs to: "AK", "HI" or "48"."""
    if lat >= 50 and (lon <= -129 or lon >= 170):
        return "AK"
    if 18 <= lat <= 23 and -161 <= lon <= -154:
        return "HI"
    return "48"


def project(lat: float, lon: float) -> tuple[float, float]:
    """SVG (x, y) in the 975x610 map box for a latitude and longitude in degrees."""
    projection = {"AK": ALASKA, "HI": HAWAII}.get(region(lat, lon), LOWER48)
    return projection(lon, lat)
