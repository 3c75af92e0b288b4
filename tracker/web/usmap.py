"""The landscape map: a tile-grid cartogram of the 50 states, DC and Puerto Rico.

Each state is one labelled square in a grid that keeps rough geographic neighbours, so small
states are as visible as large ones and nothing needs a map server or downloaded geometry. Tracked
cities and counties appear as points on their state's square, ordered west to east by longitude
where it is known (their position inside the square is schematic, not to scale).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.labels import STATE_NAMES

# (column, row) of each state's square.
GRID: dict[str, tuple[int, int]] = {
    "AK": (0, 0), "ME": (11, 0),
    "VT": (10, 1), "NH": (11, 1),
    "WA": (0, 2), "ID": (1, 2), "MT": (2, 2), "ND": (3, 2), "MN": (4, 2), "IL": (5, 2),
    "WI": (6, 2), "MI": (7, 2), "NY": (8, 2), "RI": (9, 2), "MA": (10, 2),
    "OR": (0, 3), "NV": (1, 3), "WY": (2, 3), "SD": (3, 3), "IA": (4, 3), "IN": (5, 3),
    "OH": (6, 3), "PA": (7, 3), "NJ": (8, 3), "CT": (9, 3),
    "CA": (0, 4), "UT": (1, 4), "CO": (2, 4), "NE": (3, 4), "MO": (4, 4), "KY": (5, 4),
    "WV": (6, 4), "VA": (7, 4), "MD": (8, 4), "DE": (9, 4),
    "AZ": (1, 5), "NM": (2, 5), "KS": (3, 5), "AR": (4, 5), "TN": (5, 5), "NC": (6, 5),
    "SC": (7, 5), "DC": (8, 5),
    "OK": (3, 6), "LA": (4, 6), "MS": (5, 6), "AL": (6, 6), "GA": (7, 6),
    "HI": (0, 7), "TX": (3, 7), "FL": (8, 7), "PR": (10, 7),
}  # fmt: skip


CELL = 64  # square size in SVG units
GAP = 4
POINT_BAND = 14  # height of the strip at the bottom of a square where places sit


@dataclass
class Point:
    slug: str
    name: str
    level: str
    protective: int
    restrictive: int
    cx: float = 0.0
    cy: float = 0.0
    tone: str = "none"


@dataclass
class Tile:
    code: str
    name: str
    x: int
    y: int
    protective: int
    restrictive: int
    tracked: int
    tone: str
    points: list[Point] = field(default_factory=list)


def tone(protective: int, restrictive: int) -> str:
    """The colour class: which kind of enacted measure a square or point holds."""
    if protective and restrictive:
        return "mixed"
    if protective:
        return "protective"
    if restrictive:
        return "restrictive"
    return "none"


def build_tiles(state_counts: dict[str, dict[str, int]], places: list[dict]) -> list[Tile]:
    """Tiles of every state with its counts, and points for its tracked cities and counties."""
    tiles: dict[str, Tile] = {}
    for code, (col, row) in GRID.items():
        c = state_counts.get(code, {})
        p, r = c.get("protective", 0), c.get("restrictive", 0)
        tiles[code] = Tile(
            code, STATE_NAMES[code], col * (CELL + GAP), row * (CELL + GAP), p, r,
            c.get("tracked", 0), tone(p, r),
        )  # fmt: skip
    local = [p for p in places if p["level"] in ("city", "county") and p["state"] in tiles]
    local.sort(key=lambda p: (p["longitude"] is None, p["longitude"] or 0.0, p["name"]))
    by_state: dict[str, list[dict]] = {}
    for place in local:
        by_state.setdefault(place["state"], []).append(place)
    for code, group in by_state.items():
        tile = tiles[code]
        step = CELL / (len(group) + 1)
        for i, place in enumerate(group, start=1):
            point = Point(
                place["slug"], place["name"], place["level"],
                place["protective"], place["restrictive"],
            )  # fmt: skip
            point.cx = round(tile.x + step * i, 1)
            point.cy = tile.y + CELL - POINT_BAND / 2
            point.tone = tone(point.protective, point.restrictive)
            tile.points.append(point)
    return list(tiles.values())


def view_box() -> str:
    cols = max(c for c, _ in GRID.values()) + 1
    rows = max(r for _, r in GRID.values()) + 1
    return f"0 0 {cols * (CELL + GAP) - GAP} {rows * (CELL + GAP) - GAP}"
