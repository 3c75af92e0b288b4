"""The landscape map: the 50 states, DC and Puerto Rico drawn from bundled Census geometry.

State outlines come from tracker/web/data/us_states_albers.json, built once by
scripts/build_us_map.py from the us-atlas package (US Census Bureau cartographic boundaries,
already in d3.geoAlbersUsa's 975x610 layout with Alaska and Hawaii inset lower left). Nothing is
fetched at run time. Puerto Rico is not in that layout and gets a small labelled square lower
right; DC and the small north-eastern states also get a labelled box off the coast, joined to the
state by a leader line, so they are as easy to see and select as large ones. Tracked cities and
counties with a known latitude/longitude are points placed by the same projection
(tracker/web/albers.py); places without coordinates are only listed in the table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tracker.labels import STATE_NAMES
from tracker.web.albers import project

DATA = Path(__file__).resolve().parent / "data" / "us_states_albers.json"

# Small states labelled in a column off the Atlantic coast: (box x, box y) of the label box.
CALLOUT_W, CALLOUT_H = 46, 17
CALLOUTS: dict[str, tuple[float, float]] = {
    "MA": (925, 196), "RI": (925, 216), "CT": (925, 236), "NJ": (925, 256),
    "DE": (925, 276), "MD": (925, 296), "DC": (925, 316),
}  # fmt: skip
# Puerto Rico's square (not in the Albers layout): x, y, size.
PR_BOX = (905.0, 545.0, 34.0)


@dataclass
class Point:
    slug: str
    name: str
    level: str
    protective: int
    restrictive: int
    cx: float | None = None
    cy: float | None = None
    tone: str = "none"


@dataclass
class Callout:
    """A label box off the coast for a small state, with a leader line to the state."""

    x: float
    y: float
    w: float
    h: float
    line: tuple[float, float, float, float]  # x1, y1 (box side), x2, y2 (state)


@dataclass
class Tile:
    """One state (or DC, Puerto Rico) on the map: outline, label point and counts."""

    code: str
    name: str
    d: str  # SVG path of the outline; empty for Puerto Rico, drawn as a square
    label_x: float
    label_y: float
    protective: int
    restrictive: int
    tracked: int
    tone: str
    callout: Callout | None = None
    square: tuple[float, float, float] | None = None  # x, y, size, for Puerto Rico
    places: list[Point] = field(default_factory=list)  # every tracked city/county (table)

    @property
    def points(self) -> list[Point]:
        """The places that have coordinates, drawn on the map."""
        return [p for p in self.places if p.cx is not None]


@cache
def geometry() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def tone(protective: int, restrictive: int) -> str:
    """The colour class: which kind of enacted measure a state or point holds."""
    if protective and restrictive:
        return "mixed"
    if protective:
        return "protective"
    if restrictive:
        return "restrictive"
    return "none"


def _tile(code: str, counts: dict[str, int], shapes: dict[str, dict]) -> Tile:
    p, r = counts.get("protective", 0), counts.get("restrictive", 0)
    shape = shapes.get(code)
    if shape is None:  # Puerto Rico
        x, y, size = PR_BOX
        label = (x + size / 2, y + size / 2)
        d = ""
    else:
        label = tuple(shape["label"])
        d = shape["d"]
    tile = Tile(
        code, STATE_NAMES[code], d, label[0], label[1], p, r, counts.get("tracked", 0), tone(p, r)
    )
    if shape is None:
        tile.square = PR_BOX
    if code in CALLOUTS:
        bx, by = CALLOUTS[code]
        tile.callout = Callout(
            bx, by, CALLOUT_W, CALLOUT_H, (bx, by + CALLOUT_H / 2, label[0], label[1])
        )
        tile.label_x, tile.label_y = bx + CALLOUT_W / 2, by + CALLOUT_H / 2
    return tile


def build_tiles(state_counts: dict[str, dict[str, int]], places: list[dict]) -> list[Tile]:
    """Every state with its outline and counts, and points for its tracked cities and counties."""
    shapes = geometry()["states"]
    codes = [*shapes, "PR"]  # the 50 states and DC from the geometry, and Puerto Rico
    tiles = {code: _tile(code, state_counts.get(code, {}), shapes) for code in codes}
    local = [p for p in places if p["level"] in ("city", "county") and p["state"] in tiles]
    local.sort(key=lambda p: (p["longitude"] is None, p["longitude"] or 0.0, p["name"]))
    for place in local:
        point = Point(
            place["slug"], place["name"], place["level"],
            place["protective"], place["restrictive"],
        )  # fmt: skip
        point.tone = tone(point.protective, point.restrictive)
        lat, lon = place.get("latitude"), place.get("longitude")
        if lat is not None and lon is not None:
            x, y = project(lat, lon)
            point.cx, point.cy = round(x, 1), round(y, 1)
        tiles[place["state"]].places.append(point)
    # States with a label box last, DC on top, so their leader lines are drawn over neighbours.
    return sorted(tiles.values(), key=lambda t: (t.callout is not None, t.code == "DC"))


def view_box() -> str:
    data = geometry()
    return f"0 0 {data['width']} {data['height']}"
